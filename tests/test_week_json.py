"""The week report's JSON, written row by row (render/week.week_json), is json.dumps of its
shape (render/week.week_data) byte for byte, whatever the names hold and however many rows."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from visitlog.domain.week_report import OfficerWeek, WeekReport, WeekSummary
from visitlog.render.week import week_data, week_json

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)
rows = st.builds(OfficerWeek, texts, texts, st.booleans(), st.booleans(),
                 st.integers(0, 9), st.lists(texts, max_size=3),
                 st.sampled_from([(), ("helper",), ("publicist", "investigator")]),
                 st.integers(0, 400), st.integers(0, 53), st.integers(0, 53), st.integers(0, 7))


def report(officers: list[OfficerWeek], rate: float | None = 0.895,
           guessed: tuple[int, ...] = ()) -> WeekReport:
    return WeekReport("2026-W47", date(2026, 11, 16), date(2026, 11, 22), date(2026, 11, 20),
                      False, 5, officers, WeekSummary(len(officers), 3, 2, rate), guessed)


def reference(week: WeekReport) -> bytes:
    return (json.dumps(week_data(week), ensure_ascii=False, indent=2) + "\n").encode()


@given(st.lists(rows, max_size=5), st.sampled_from([None, 0.0, 1 / 3, 5e-05, 1.0]),
       st.sampled_from([(), (2026,)]))
def test_week_json_is_json_dumps_byte_for_byte(officers: list[OfficerWeek],
                                               rate: float | None,
                                               guessed: tuple[int, ...]) -> None:
    week = report(officers, rate, guessed)
    assert week_json(week) == reference(week)


def test_names_json_escapes() -> None:
    row = OfficerWeek('王"伟\\', "部\x00\n\t", True, False, 0, ["a\u2028b", "😀", "x"], (),
                      0, 1, 2, 3)
    week = report([row, row._replace(enterprises=[])])
    assert week_json(week) == reference(week)
