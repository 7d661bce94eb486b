"""The year rules (SPEC "Rules the numbers follow") and `report year` end to end."""

from __future__ import annotations

from datetime import date

import pytest

from tests.annual_helpers import Cli, small_logbook
from tests.templates import Templates
from visitlog.domain.errors import Invalid
from visitlog.domain.sixones import elapsed_days, status, target_for
from visitlog.service.year import year_period

pytestmark = pytest.mark.engines

# (done, target, as_of, status): the boundary is exact, without rounding.
STATUS_TABLE = [
    (5, 10, date(2028, 7, 1), "on_track"),  # leap year: 10 x 183/366 = 5 exactly
    (4, 10, date(2028, 7, 1), "behind"),
    (5, 10, date(2026, 7, 2), "behind"),  # 10 x 183/365 = 5.01…: 5 is not enough
    (6, 10, date(2026, 7, 2), "on_track"),
    (10, 10, date(2026, 1, 1), "done"),
    (11, 10, date(2026, 12, 31), "done"),
    (9, 10, date(2026, 12, 31), "behind"),  # a year that is over: the whole target is due
    (0, 0, date(2026, 3, 1), "done"),
    (0, 1, date(2026, 1, 1), "behind"),  # 1 x 1/365 > 0
    (1, 365, date(2026, 1, 1), "on_track"),  # 365 x 1/365 = 1 exactly
    (0, 365, date(2026, 1, 1), "behind"),
    (2, 4, date(2026, 7, 2), "behind"),  # 4 x 183/365 = 2.005…
]


@pytest.mark.parametrize(("done", "target", "as_of", "expected"), STATUS_TABLE)
def test_six_ones_status(done: int, target: int, as_of: date, expected: str) -> None:
    assert status(done, target, as_of) == expected


@pytest.mark.parametrize(("as_of", "days"), [
    (date(2028, 2, 29), 60), (date(2028, 12, 31), 366), (date(2026, 12, 31), 365),
    (date(2026, 1, 1), 1),
])
def test_elapsed_days(as_of: date, days: int) -> None:
    assert elapsed_days(as_of) == days


@pytest.mark.parametrize(("own", "default", "expected"), [
    ({"matters": 5}, {"matters": 12}, 5),
    (None, {"matters": 12}, 12),
    ({"friends": 3}, {"outreach": 2}, 10),
    (None, None, 10),
    ({"matters": 0}, {"matters": 12}, 0),
])
def test_target_precedence(own: dict | None, default: dict | None, expected: int) -> None:
    assert target_for("matters", own, default) == expected


# (year, as_of, today) -> (year, as_of, current week, last week counted)
PERIODS = [
    ((None, None, date(2026, 11, 22)), (2026, date(2026, 11, 22), "2026-W47", "2026-W47")),
    ((2025, None, date(2026, 11, 22)), (2025, date(2025, 12, 31), "2026-W47", "2025-W52")),
    ((2026, None, date(2027, 1, 2)), (2026, date(2026, 12, 31), "2026-W53", "2026-W53")),
    ((2027, None, date(2027, 1, 2)), (2027, date(2027, 1, 2), "2026-W53", "2026-W53")),
    ((2028, None, date(2029, 1, 5)), (2028, date(2028, 12, 31), "2029-W01", "2028-W52")),
    ((None, date(2026, 6, 30), date(2026, 11, 22)),
     (2026, date(2026, 6, 30), "2026-W27", "2026-W27")),
    ((2024, None, date(2024, 12, 31)), (2024, date(2024, 12, 31), "2025-W01", "2024-W52")),
]


@pytest.mark.parametrize(("given", "expected"), PERIODS)
def test_year_period(given: tuple, expected: tuple) -> None:
    period = year_period(*given)
    assert (period.year, period.as_of, period.current_week, period.last_week) == expected


def test_iso_week_year_not_begun_has_no_weeks() -> None:
    assert not year_period(2027, None, date(2027, 1, 2)).has_weeks


@pytest.mark.parametrize("given", [
    (2027, None, date(2026, 11, 22)),  # a future year
    (2026, date(2026, 11, 23), date(2026, 11, 22)),  # as-of in the future
    (2025, date(2026, 3, 1), date(2026, 11, 22)),  # as-of outside the year
])
def test_year_period_refused(given: tuple) -> None:
    with pytest.raises(Invalid):
        year_period(*given)


@pytest.fixture
def cli(tmp_path, monkeypatch, templates: Templates) -> Cli:  # noqa: ANN001
    cli = Cli(tmp_path, monkeypatch, "2026-03-04")
    templates.built(cli, small_logbook)
    return cli


def _progress(done: int, target: int, state: str, full: int | None = None) -> dict:
    """A six-ones entry; `full` is the unprorated target of someone active part of the year."""
    return {"done": done, "target": target, "status": state,
            "target_full": target if full is None else full}


def test_report_year_json_exact(cli: Cli) -> None:
    behind = {"bargaining": _progress(0, 1, "behind"), "brand": _progress(0, 1, "behind"),
              "friends": _progress(0, 10, "behind"), "innovation": _progress(0, 3, "behind")}
    assert cli.json("report", "year") == {
        "year": 2026, "as_of": "2026-03-04", "calendar_official": True,
        "officers": [
            {"officer": "王伟", "dept": "办公室", "weeks_met": 3, "weeks_due": 8,
             "six_ones": {"outreach": _progress(1, 2, "on_track"), **behind,
                          "matters": _progress(2, 12, "behind")},
             "roles": {"publicist": 1, "investigator": 2, "organizer": 0, "coordinator": 0,
                       "helper": 1}},
            # joined on 2026-02-16: active 319 of 365 days, targets prorated (rounded up)
            {"officer": "李娜", "dept": "组织部", "weeks_met": 1, "weeks_due": 2,
             "six_ones": {"outreach": _progress(0, 4, "behind"), **behind,
                          "friends": _progress(0, 9, "behind", 10),
                          "matters": _progress(0, 11, "behind", 12)},
             "roles": {"publicist": 0, "investigator": 0, "organizer": 1, "coordinator": 0,
                       "helper": 0}},
        ],
    }


def test_report_year_key_order_follows_vocabulary(cli: Cli) -> None:
    officer = cli.json("report", "year")["officers"][0]
    assert list(officer["six_ones"]) == ["outreach", "bargaining", "brand", "matters",
                                         "friends", "innovation"]


def test_report_year_as_of_and_dept(cli: Cli) -> None:
    report = cli.json("report", "year", "--as-of", "2026-01-31", "--dept", "办公室")
    assert report["as_of"] == "2026-01-31"
    [wang] = report["officers"]
    # W01 not due (joined on a Thursday); W02-W04 due; W05 (as-of week) on leave
    assert (wang["weeks_met"], wang["weeks_due"]) == (2, 3)
    assert wang["six_ones"]["matters"] == _progress(0, 12, "behind")
    assert wang["roles"]["publicist"] == 0


def test_report_year_as_of_ignores_later_visits_of_its_week(cli: Cli) -> None:
    cli("log", "恒润", "--officer", "李娜", "--date", "2026-03-04")
    [li] = cli.json("report", "year", "--as-of", "2026-03-03", "--dept", "组织部")["officers"]
    # W10 is in progress on 2026-03-03 and not met yet: it does not count
    assert (li["weeks_met"], li["weeks_due"]) == (1, 2)
    [li] = cli.json("report", "year", "--dept", "组织部")["officers"]
    assert (li["weeks_met"], li["weeks_due"]) == (2, 3)


def test_report_year_over(cli: Cli) -> None:
    report = cli.json("report", "year", "--year", "2025")
    assert report["as_of"] == "2025-12-31"
    [zhang] = report["officers"]  # the only officer active in 2025
    assert zhang["officer"] == "张强"
    assert zhang["six_ones"]["outreach"] == _progress(0, 4, "behind")


def test_report_year_refusals(cli: Cli) -> None:
    cli("report", "year", "--year", "2027", code=2)
    cli("report", "year", "--as-of", "2026-03-05", code=2)


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown"])
def test_report_year_formats(cli: Cli, fmt: str) -> None:
    out = cli("report", "year", "--format", fmt)
    assert "王伟" in out and "李娜" in out


def test_report_year_table_marks_unused_roles(cli: Cli, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "200")
    out = cli("report", "year")
    line = next(line for line in out.splitlines() if "李娜" in line)
    assert "✗ publicist, investigator, coordinator, helper" in line
    assert "░" in line and "0/11!" in line  # 12 prorated: she joined on 2026-02-16
    assert line.rstrip().endswith("joined on 2026-02-16")
