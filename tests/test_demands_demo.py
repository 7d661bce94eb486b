"""The example federation's demands and reception days (visitlog/demo/voice.py)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from tests.voice_helpers import Cli
from visitlog.demo.data import write_example_federation
from visitlog.demo.voice import write_voice


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("today", [date(2026, 11, 22), date(2027, 1, 4)], ids=str)
def test_voice_files_are_deterministic_and_plausible(tmp_path: Path, today: date) -> None:
    write_example_federation(tmp_path / "a", today)
    write_example_federation(tmp_path / "b", today)
    first, second = write_voice(tmp_path / "a", today), write_voice(tmp_path / "b", today)
    for key in first:
        assert first[key].read_bytes() == second[key].read_bytes()
    receptions = _rows(first["receptions"])
    assert len(receptions) == 16
    for row in receptions:
        day = date.fromisoformat(row["date"])
        assert day.weekday() == 6 and day <= today
        assert 1 <= len(row["enterprises"].split(";")) <= 5
    for row in _rows(first["demand_events"]):
        assert date.fromisoformat(row["date"]) <= today


def test_demo_has_demands_in_every_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = Cli(tmp_path, monkeypatch)
    cli("demo")
    demands = cli.json("demand", "list")
    assert {d["status"] for d in demands} == {"open", "assigned", "escalated", "resolved",
                                              "closed"}
    assert any(d["overdue"] for d in demands)
    assert any(d["reception_id"] for d in demands)
    assert any(d["satisfaction"] == "unsatisfied" for d in demands)
    assert len(cli.json("reception", "list")) == 16
    report = cli.json("report", "reception")
    assert report["attended"] and report["not_attended"]
    assert cli.json("reception", "roster", "--from", "2026-12-01", "--to", "2026-12-31")
