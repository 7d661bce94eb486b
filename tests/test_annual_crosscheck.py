"""`report year --format json` against a naive re-implementation of SPEC's rules.

The example federation (leave, retirements, a Thursday joiner, holiday weeks, officer and
default targets) is loaded through `visitlog demo`; the expected figures are recomputed here
straight from its CSV files, day by day, with the `holidays` package.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from tests.annual_helpers import Cli
from visitlog.demo.data import write_example_federation

ROLES = ["publicist", "investigator", "organizer", "coordinator", "helper"]
DEFAULTS = {"outreach": 4, "bargaining": 1, "brand": 1, "matters": 10, "friends": 10,
            "innovation": 3}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _expected(files: dict[str, Path], year: int, today: date) -> dict:
    import holidays

    calendar = holidays.country_holidays("CN", years=range(year - 1, year + 3))
    as_of = today if year == today.year else date(year, 12, 31)
    retire = {r["officer"]: date.fromisoformat(r["date"]) for r in _rows(files["retirements"])}
    leaves = defaultdict(list)
    for r in _rows(files["leave"]):
        leaves[r["officer"]].append((date.fromisoformat(r["from"]), date.fromisoformat(r["to"])))
    visits = _rows(files["visits"])
    achievements = _rows(files["achievements"])
    targets = {(r["officer"], r["category"]): int(r["target"]) for r in _rows(files["targets"])
               if int(r["year"]) == year}
    current = today.isocalendar()[:2]
    officers = []
    for o in _rows(files["officers"]):
        name, since = o["name"], date.fromisoformat(o["since"])
        end = retire.get(name)

        def active(day: date) -> bool:
            return since <= day and (end is None or day < end)  # noqa: B023

        if not any(active(date(year, 1, 1) + timedelta(d))
                   for d in range((as_of - date(year, 1, 1)).days + 1)):
            continue
        met_weeks = {date.fromisoformat(v["date"]).isocalendar()[:2] for v in visits
                     if v["officer"] == name}
        weeks_met = weeks_due = 0
        monday = date.fromisocalendar(year, 1, 1)
        while monday.isocalendar()[0] == year and monday.isocalendar()[:2] <= current:
            days = [monday + timedelta(i) for i in range(7)]
            available = sum(1 for d in days if calendar.is_working_day(d) and active(d)
                            and not any(a <= d <= b for a, b in leaves[name]))
            key = monday.isocalendar()[:2]
            met = key in met_weeks
            if available >= 3 and (met or key != current):
                weeks_due += 1
                weeks_met += met
            monday += timedelta(7)
        # SPEC: an officer active on fewer days of the year than it has gets each target
        # prorated, ceil(full x active days / days in the year), and is measured against the
        # active days up to as_of; counted here day by day
        days = (date(year + 1, 1, 1) - date(year, 1, 1)).days
        year_days = [date(year, 1, 1) + timedelta(d) for d in range(days)]
        active_in_year = sum(1 for d in year_days if active(d))
        active_to_date = sum(1 for d in year_days if d <= as_of and active(d))
        part = active_in_year < days
        elapsed = (Fraction(active_to_date, active_in_year) if part else
                   Fraction((as_of - date(year, 1, 1)).days + 1, days))
        six = {}
        for category, default in DEFAULTS.items():
            full = targets.get((name, category), targets.get(("", category), default))
            target = math.ceil(Fraction(full * active_in_year, days)) if part else full
            done = sum(int(a["count"]) for a in achievements
                       if a["officer"] == name and a["category"] == category
                       and date(year, 1, 1) <= date.fromisoformat(a["date"]) <= as_of)
            state = ("done" if done >= target else
                     "on_track" if done >= target * elapsed else "behind")
            six[category] = {"done": done, "target": target, "status": state,
                             "target_full": full}
        in_year = [v for v in visits if v["officer"] == name
                   and date(year, 1, 1) <= date.fromisoformat(v["date"]) <= as_of]
        roles = {r: sum(r in v["roles"].split(";") for v in in_year) for r in ROLES}
        officers.append({"officer": name, "dept": o["dept"], "weeks_met": weeks_met,
                         "weeks_due": weeks_due, "six_ones": six, "roles": roles})
    return {"year": year, "as_of": as_of.isoformat(), "officers": officers}


@pytest.mark.parametrize(("today", "year"), [
    ("2026-11-22", 2026), ("2026-11-18", 2026), ("2026-11-22", 2025), ("2027-01-04", 2026),
    ("2026-10-05", 2026),
])
def test_report_year_matches_naive_rules(tmp_path, monkeypatch, today: str, year: int) -> None:  # noqa: ANN001
    cli = Cli(tmp_path, monkeypatch, today)
    cli("demo")
    files = write_example_federation(tmp_path / "csv", date.fromisoformat(today))
    report = cli.json("report", "year", "--year", str(year))
    expected = _expected(files, year, date.fromisoformat(today))
    got = {o["officer"]: o for o in report["officers"]}
    want = {o["officer"]: o for o in expected["officers"]}
    assert report["as_of"] == expected["as_of"]
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name
