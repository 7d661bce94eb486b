"""The example federation generator: deterministic, and consistent with the spec's rules."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from visitlog.demo.data import write_example_federation

ROLES = {"publicist", "investigator", "organizer", "coordinator", "helper"}
CATEGORIES = {"outreach", "bargaining", "brand", "matters", "friends", "innovation"}
OUTCOMES = [
    "unions_formed",
    "members_joined",
    "unions_upgraded",
    "disputes_resolved",
    "enterprises_relieved",
    "models_built",
]
TODAYS = [date(2026, 11, 22), date(2026, 11, 18), date(2026, 10, 5), date(2027, 1, 4)]
FILES = ["officers", "enterprises", "visits", "leave", "achievements", "targets", "retirements"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture(scope="module", params=TODAYS, ids=str)
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    today = request.param
    paths = write_example_federation(tmp_path_factory.mktemp("demo"), today)
    data = {key: _rows(path) for key, path in paths.items()}
    data["today"] = today
    data["paths"] = paths
    return data


def _officers(demo: dict) -> dict[str, dict]:
    officers = {o["name"]: dict(o) for o in demo["officers"]}
    for o in officers.values():
        o["since"] = _day(o["since"])
        o["retire"] = None
        o["leave"] = []
    for r in demo["retirements"]:
        officers[r["officer"]]["retire"] = _day(r["date"])
    for row in demo["leave"]:
        officers[row["officer"]]["leave"].append((_day(row["from"]), _day(row["to"])))
    return officers


def _active(o: dict, d: date) -> bool:
    return o["since"] <= d and (o["retire"] is None or d < o["retire"])


def test_deterministic(tmp_path: Path) -> None:
    today = date(2026, 11, 22)
    first = write_example_federation(tmp_path / "a", today)
    second = write_example_federation(tmp_path / "b", today)
    other = write_example_federation(tmp_path / "c", today, seed=7)
    assert sorted(first) == sorted(FILES)
    for key in FILES:
        assert first[key].read_bytes() == second[key].read_bytes(), key
    assert first["visits"].read_bytes() != other["visits"].read_bytes()


def test_files_are_plain_utf8_with_headers(demo: dict) -> None:
    for key in FILES:
        raw = demo["paths"][key].read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        raw.decode("utf-8")
    header = demo["paths"]["visits"].read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join(["date", "officer", "enterprise", "roles", "note", *OUTCOMES])
    assert list(demo["officers"][0]) == ["name", "dept", "since"]
    assert list(demo["enterprises"][0]) == ["name", "town", "industry", "employees", "union"]
    assert list(demo["achievements"][0]) == ["date", "officer", "category", "count", "description"]


def test_officers_and_enterprises(demo: dict) -> None:
    today = demo["today"]
    officers = _officers(demo)
    assert 20 <= len(officers) <= 30
    assert len({o["dept"] for o in officers.values()}) == 5
    joined = [o for o in officers.values() if today - o["since"] <= timedelta(weeks=10)]
    assert any(o["since"].weekday() == 3 for o in joined)
    assert len([o for o in officers.values() if o["retire"]]) == 1
    names = [e["name"] for e in demo["enterprises"]]
    assert len(names) == len(set(names)) >= 300
    assert "江苏金海新能源科技有限公司" in names
    assert all(e["union"] in ("yes", "no") and int(e["employees"]) > 0 for e in demo["enterprises"])


def test_visits_respect_the_calendar(demo: dict) -> None:
    today, officers = demo["today"], _officers(demo)
    enterprises = {e["name"] for e in demo["enterprises"]}
    seen = set()
    for v in demo["visits"]:
        d, o = _day(v["date"]), officers[v["officer"]]
        assert d <= today
        assert _active(o, d), v
        assert not any(a <= d <= b for a, b in o["leave"]), v
        assert v["enterprise"] in enterprises
        identity = (v["date"], v["officer"], v["enterprise"])
        assert identity not in seen
        seen.add(identity)
        roles = v["roles"].split(";")
        assert 1 <= len(roles) <= 3 and set(roles) <= ROLES and len(set(roles)) == len(roles)
        assert v["note"]
        assert all(int(v[k]) >= 0 for k in OUTCOMES)
    first = min(_day(v["date"]) for v in demo["visits"])
    assert (today - first).days > 500


def test_current_week_is_in_progress(demo: dict) -> None:
    today, officers = demo["today"], _officers(demo)
    monday = today - timedelta(days=today.weekday())
    week = [monday + timedelta(days=i) for i in range(7)]
    active = {n for n, o in officers.items() if any(_active(o, d) for d in week)}
    met = {v["officer"] for v in demo["visits"] if _day(v["date"]) >= monday}
    assert met and met <= active
    assert active - met
    assert any(_day(r["from"]) <= week[-1] and _day(r["to"]) >= monday for r in demo["leave"])


def test_leave_rows(demo: dict) -> None:
    rows = demo["leave"]
    assert 8 <= len(rows) <= 12
    for r in rows:
        start, end = _day(r["from"]), _day(r["to"])
        assert 0 <= (end - start).days <= 9 and r["reason"]
    assert any(
        _day(r["from"]).weekday() == 0 and (_day(r["to"]) - _day(r["from"])).days == 4 for r in rows
    )


def test_achievements_and_targets(demo: dict) -> None:
    today, officers = demo["today"], _officers(demo)
    seen = set()
    for a in demo["achievements"]:
        assert a["category"] in CATEGORIES and a["officer"] in officers
        assert _day(a["date"]) <= today and int(a["count"]) >= 1
        identity = (a["date"], a["officer"], a["category"], a["description"])
        assert identity not in seen
        seen.add(identity)
    this_year = [a for a in demo["achievements"] if _day(a["date"]).year == today.year]
    assert {a["officer"] for a in this_year} >= {
        n for n, o in officers.items() if _active(o, today)
    }
    for t in demo["targets"]:
        assert t["category"] in CATEGORIES and int(t["target"]) > 0
        assert t["officer"] == "" or t["officer"] in officers
    assert any(t["officer"] == "" for t in demo["targets"])
