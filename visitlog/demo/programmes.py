"""Example data for the other programmes, loaded after the example federation by `demo`:
assignments (挂钩), a quarter of practice days (三个一天) and a 100-day interview campaign (大访谈)
in progress with 30 interview points. Deterministic for a given today; everything goes through
the services (and the campaign through its CSV imports), as a federation's office would do it.
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

from visitlog.domain.programmes_rules import GROUP_KEYS, PRACTICE_KEYS, month_bounds, month_key
from visitlog.service.context import Context

CAMPAIGN = "百日万名青年职工大访谈"
CAMPAIGN_DAYS = 100
CAMPAIGN_TARGET = 6000
POINT_KINDS = ("职工服务中心", "新就业形态劳动者驿站", "工业园区访谈点")
GROUP_WEIGHTS = (55, 30, 15)  # frontline, new_forms, other
TOWN_DEPT = "基层工作部"  # its officers each take a whole town (分片包镇)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _active_officers(files: dict[str, Path], today: date) -> list[dict[str, str]]:
    retired = {r["officer"]: r["date"] for r in _csv(files["retirements"])}
    return [o for o in _csv(files["officers"])
            if o["name"] not in retired or retired[o["name"]] > today.isoformat()]


def load_programmes(ctx: Context, files: dict[str, Path]) -> dict[str, int]:
    rng = random.Random(f"programmes-{ctx.today.isoformat()}")
    officers = _active_officers(files, ctx.today)
    enterprises = _csv(files["enterprises"])
    return {
        "assignments": _assign(ctx, rng, officers, files),
        "practice_days": _practice(ctx, rng, officers),
        "interviews": _campaign(ctx, rng, enterprises, files["officers"].parent),
    }


def _assign(ctx: Context, rng: random.Random, officers: list[dict[str, str]],
            files: dict[str, Path]) -> int:
    from visitlog.service.assignments import assign

    visited: dict[str, Counter] = defaultdict(Counter)
    town_of = {e["name"]: e["town"] for e in _csv(files["enterprises"])}
    for visit in _csv(files["visits"]):
        visited[visit["officer"]][visit["enterprise"]] += 1
    added = 0
    for officer in officers:
        mine = visited[officer["name"]]
        if not mine:
            continue
        if officer["dept"] == TOWN_DEPT:
            towns = Counter(town_of[name] for name in mine.elements())
            result = assign(ctx, officer["name"], [], [towns.most_common(1)[0][0]], False)
        else:
            regular = [name for name, _n in mine.most_common(5)]
            others = sorted(set(town_of) - set(mine))  # never visited: shows up as unvisited
            picked = regular + rng.sample(others, 1)
            result = assign(ctx, officer["name"], picked, [], False)
        added += result.added
    return added


def _practice(ctx: Context, rng: random.Random, officers: list[dict[str, str]]) -> int:
    """Three months of practice days: most officers complete, a few miss a day."""
    from visitlog.service.practice import log_practice_days

    first_month = (ctx.today.replace(day=1) - timedelta(days=40)).replace(day=1)
    entries = []
    for officer in officers:
        since = date.fromisoformat(officer["since"])
        month = first_month
        while month <= ctx.today:
            start, end = month_bounds(month_key(month))
            start, end = max(start, since), min(end, ctx.today)
            for kind in PRACTICE_KEYS:
                if start <= end and rng.random() < (0.6 if end == ctx.today else 0.92):
                    day = start + timedelta(days=rng.randint(0, (end - start).days))
                    entries.append((officer["name"], day, kind))
            month = month_bounds(month_key(month))[1] + timedelta(days=1)
    return log_practice_days(ctx, entries)


def _campaign(ctx: Context, rng: random.Random, enterprises: list[dict[str, str]],
              directory: Path) -> int:
    """A 100-day campaign started 60 days ago, a little behind its pace."""
    from visitlog.service.campaign_imports import import_interviews_file, import_points_file
    from visitlog.service.campaigns import create_campaign

    start = ctx.today - timedelta(days=60)
    end = start + timedelta(days=CAMPAIGN_DAYS - 1)
    create_campaign(ctx, CAMPAIGN, start, end, CAMPAIGN_TARGET, 40)
    towns = sorted({e["town"] for e in enterprises if e.get("town")})
    points = [(f"{town}{kind}", town) for town in towns for kind in POINT_KINDS][:30]
    points_file = directory / "campaign_points.csv"
    with points_file.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([("name", "town"), *points])
    import_points_file(ctx, CAMPAIGN, points_file)
    rows = []
    day = start
    while day <= ctx.today:
        for _ in range(rng.randint(1, 4)):
            name = rng.choice(points)[0]
            group = rng.choices(GROUP_KEYS, weights=GROUP_WEIGHTS)[0]
            online = "yes" if rng.random() < 0.35 else "no"
            rows.append((day.isoformat(), name, rng.randint(5, 35), group, online))
        day += timedelta(days=1)
    interviews_file = directory / "campaign_interviews.csv"
    with interviews_file.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(
            [("date", "point", "count", "group", "online"), *rows])
    return import_interviews_file(ctx, CAMPAIGN, interviews_file).added
