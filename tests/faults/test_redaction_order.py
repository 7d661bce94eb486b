"""A redacted text never replaces a text that is not redacted, in any merge order (issue 22,
point 6: a full bundle then a redacted one kept a note; the other order, or a logbook that had
merged the redacted bundle and edited the row since, blanked it for good)."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults.conftest import invoke, sized

EXAMPLES = sized("REDACTION_EXAMPLES", 10, 3)
NOTE = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"),
               min_size=1, max_size=20).filter(lambda s: s.strip() != "")


def ok(db: Path, *args: str) -> str:
    result = invoke(db, *args)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def texts(db: Path) -> dict[str, list[str]]:
    """What redaction blanks, by table: visits' notes, demands' texts and resolutions."""
    conn = sqlite3.connect(db)
    try:
        return {
            "visits": [r[0] for r in conn.execute("SELECT note FROM visits ORDER BY date")],
            "demands": [f"{r[0]}|{r[1]}" for r in conn.execute(
                "SELECT text, resolution FROM demands ORDER BY raised")],
            "demand_events": [r[0] for r in conn.execute(
                "SELECT detail FROM demand_events ORDER BY at, action")],
        }
    finally:
        conn.close()


def sources(folder: Path, note: str, text: str) -> tuple[dict[str, list[str]], list[Path]]:
    """Logbook A's texts, and three bundles of it: full (F), redacted (R), and the full export
    of a logbook B that merged R and edited the visit since (its stamp is the latest)."""
    a, b = folder / "a.db", folder / "b.db"
    ok(a, "officer", "add", "甲", "--dept", "办公室", "--since", "2026-01-01")
    ok(a, "log", "甲公司", "--new", "--officer", "甲", "--date", "2026-11-16", f"--note={note}")
    ok(a, "demand", "add", "--enterprise", "甲公司", "--officer", "甲", "--visit", "1", "--", text)
    ok(a, "demand", "resolve", "1", f"--note={note}已解决", "--date", "2026-11-20")
    full, redacted, edited = folder / "F.jsonl", folder / "R.jsonl", folder / "FB.jsonl"
    ok(a, "export", str(full))
    ok(a, "export", "--redact", str(redacted))
    ok(b, "merge", str(redacted))
    ok(b, "visit", "edit", "1", "--role", "helper")
    ok(b, "export", str(edited))
    return texts(a), [full, redacted, edited]


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(note=NOTE, text=NOTE)
def test_no_merge_order_loses_a_text(tmp_path_factory: pytest.TempPathFactory, note: str,
                                     text: str) -> None:
    folder = tmp_path_factory.mktemp("redaction")
    expected, bundles = sources(folder, note, text)
    results = []
    for n, order in enumerate(itertools.permutations(bundles)):
        target = folder / f"x{n}.db"
        for bundle in order:
            ok(target, "merge", str(bundle))
        got = texts(target)
        assert got == expected, [b.name for b in order]
        results.append(got)
        if n == 0:  # and merging everything again changes nothing
            for bundle in order:
                ok(target, "merge", str(bundle))
            assert texts(target) == expected


def test_the_redacted_texts_travel_as_unknown(tmp_path: Path) -> None:
    _, (full, redacted, edited) = sources(tmp_path, "谈加班费", "三名职工反映加班费")
    rows = [json.loads(x) for x in edited.read_text(encoding="utf-8").splitlines()[1:]]
    marks = {r["table"]: r["row"].get("_redacted") for r in rows if r["row"].get("_redacted")}
    assert marks == {"visits": ["note"], "demands": ["resolution", "text"],
                     "demand_events": ["detail"]}
    # a text typed over the blank is real: it is not marked, and it wins by its stamp
    b = tmp_path / "b.db"
    ok(b, "visit", "edit", "1", "--note", "B 写的")
    again = tmp_path / "again.jsonl"
    ok(b, "export", str(again))
    visit = next(json.loads(x)["row"] for x in again.read_text(encoding="utf-8").splitlines()[1:]
                 if json.loads(x)["table"] == "visits")
    assert "_redacted" not in visit and visit["note"] == "B 写的"
    ok(b, "merge", str(full))
    assert texts(b)["visits"] == ["B 写的"]


def test_undo_of_the_merge_that_filled_a_text_blanks_it_again(tmp_path: Path) -> None:
    _, (full, _redacted, _edited) = sources(tmp_path, "谈加班费", "反映加班费")
    b = tmp_path / "b.db"
    ok(b, "merge", str(full))
    assert texts(b)["visits"] == ["谈加班费"]
    ok(b, "undo")
    assert texts(b)["visits"] == [""]
    ok(b, "merge", str(full))  # still known as redacted: filled again
    assert texts(b)["visits"] == ["谈加班费"]
