"""SPEC's campaign and practice rules, implemented again independently here, against the JSON
the documented commands print for random campaigns and random months."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import scaled
from tests.programmes_helpers import Cli

GROUPS = ("frontline", "new_forms", "other")
SLOW = settings(max_examples=scaled(20), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

entry = st.tuples(st.integers(0, 120), st.integers(0, 2), st.integers(1, 500),
                  st.sampled_from(GROUPS), st.booleans())


def expected_campaign(start: date, end: date, target: int, entries: list, today: date,
                      as_of_given: date | None) -> dict:
    as_of = min(as_of_given or today, end)
    counted = [e for e in entries if start <= e[0] <= as_of]
    interviewed = sum(e[2] for e in counted)
    total = (end - start).days + 1
    elapsed = max(0, min(total, (as_of - start).days + 1))
    left = total - elapsed
    if interviewed >= target:
        required = 0
    elif left == 0:
        required = None
    else:
        required = (target - interviewed) / left
    return {
        "from": start.isoformat(), "to": end.isoformat(), "as_of": as_of.isoformat(),
        "target": target, "interviewed": interviewed,
        "online": sum(e[2] for e in counted if e[4]),
        "offline": sum(e[2] for e in counted if not e[4]),
        "days_total": total, "days_left": left, "required_per_day": required,
        "actual_per_day": interviewed / elapsed if elapsed else None,
        "on_track": elapsed == 0 or Fraction(interviewed) >= Fraction(target) * elapsed / total,
        "points": [{"point": f"P{i}", "interviewed": sum(e[2] for e in counted if e[1] == i)}
                   for i in range(3)],
        "groups": {g: sum(e[2] for e in counted if e[3] == g) for g in GROUPS},
    }


@SLOW
@given(start=st.dates(date(2025, 1, 1), date(2026, 12, 31)), length=st.integers(0, 120),
       target=st.integers(1, 3000), entries=st.lists(entry, max_size=8),
       today_offset=st.integers(-5, 140), as_of_offset=st.one_of(st.none(),
                                                                 st.integers(-10, 150)))
def test_random_campaigns_match_spec(start: date, length: int, target: int, entries: list,
                                     today_offset: int, as_of_offset: int | None) -> None:
    end = start + timedelta(days=length)
    today = start + timedelta(days=today_offset)
    dated = [(start + timedelta(days=min(off, length)), *rest) for off, *rest in entries]
    dated = [e for e in dated if e[0] <= today]  # the future cannot be logged
    with tempfile.TemporaryDirectory() as tmp:
        cli = Cli(Path(tmp), today.isoformat())
        cli.ok("campaign", "create", "C", "--from", start.isoformat(), "--to", end.isoformat(),
               "--target", str(target))
        for i in range(3):
            cli.ok("campaign", "point", "add", "C", f"P{i}")
        for day, point, count, group, online in dated:
            cli.ok("interview", "log", "C", "--point", f"P{point}", "--count", str(count),
                   "--date", day.isoformat(), "--group", group, *(["--online"] if online else []))
        as_of = start + timedelta(days=as_of_offset) if as_of_offset is not None else None
        args = ["--as-of", as_of.isoformat()] if as_of else []
        data = cli.ok("report", "campaign", "C", *args, "--format", "json").json()
    want = expected_campaign(start, end, target, dated, today, as_of)
    got = {k: data[k] for k in want}
    got["points"] = [{"point": p["point"], "interviewed": p["interviewed"]} for p in got["points"]]
    assert got == want


officer = st.tuples(st.integers(-120, 10), st.one_of(st.none(), st.integers(1, 90)))
practice = st.tuples(st.integers(0, 4), st.integers(-70, 0), st.sampled_from(
    ("chair", "office", "worker")))


@SLOW
@given(officers=st.lists(officer, min_size=1, max_size=5),
       days=st.lists(practice, max_size=15), month_back=st.integers(0, 2))
def test_random_practice_months_match_spec(officers: list, days: list, month_back: int) -> None:
    today = date(2026, 11, 22)
    month_first = date(2026, 11 - month_back, 1)
    month_last = (month_first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    month = month_first.isoformat()[:7]
    people = []
    for i, (since_off, retire_len) in enumerate(officers):
        since = today + timedelta(days=since_off)
        retire = since + timedelta(days=retire_len) if retire_len else None
        people.append((f"干部{i}", since, retire))
    with tempfile.TemporaryDirectory() as tmp:
        cli = Cli(Path(tmp), today.isoformat())
        for name, since, retire in people:
            cli.ok("officer", "add", name, "--dept", "办公室", "--since", since.isoformat())
            if retire:
                cli.ok("officer", "retire", name, "--on", retire.isoformat())
        done = set()
        for who, offset, kind in days:
            name = people[who % len(people)][0]
            day = today + timedelta(days=offset)
            if (name, day, kind) in done:
                continue
            cli.ok("practice", "log", kind, "--officer", name, "--date", day.isoformat())
            done.add((name, day, kind))
        data = cli.ok("report", "practice", "--month", month, "--format", "json").json()
    rows = []
    for name, since, retire in people:
        kinds = {k for n, d, k in done if n == name and month_first <= d <= month_last}
        # listed when active in the month, or with a day logged in it all the same (issue 18)
        if since <= month_last and (retire is None or retire > month_first) or kinds:
            rows.append({"officer": name, "chair": "chair" in kinds, "office": "office" in kinds,
                         "worker": "worker" in kinds, "complete": len(kinds) == 3})
    got = [{k: o[k] for k in ("officer", "chair", "office", "worker", "complete")}
           for o in data["officers"]]
    assert data["month"] == month
    assert sorted(got, key=lambda r: r["officer"]) == rows
    assert data["summary"] == {"complete": sum(r["complete"] for r in rows),
                               "officers": len(rows)}
