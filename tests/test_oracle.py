"""An independent oracle for `report week`, written from SPEC alone, against random federations.

Nothing here imports visitlog's rules or services: the oracle works out every figure from the
raw facts (officers, retirements, leave, visits) with the `holidays` package directly, and the
federation reaches visitlog only through the documented CSV imports and commands.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import holidays
import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

ENTERPRISES = ["江苏金海新能源科技有限公司", "苏州华星电子有限公司", "昆山立讯精密工业有限公司",
               "常熟波司登服饰有限公司", "张家港沙钢集团有限公司"]
NAMES = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵强", "黄磊", "周杰", "吴婷"]
DEPTS = ["权益保障部", "组织部", "宣教部"]
ROLES = ["publicist", "investigator", "organizer", "coordinator", "helper"]
# weeks always worth a look when they are not in the future
HOLIDAY_WEEKS = ["2025-W05", "2025-W40", "2026-W01", "2026-W07", "2026-W08", "2026-W41"]


# ---- the oracle -------------------------------------------------------------------------


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday_of(week: str) -> date:
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)


@cache
def cn_calendar() -> holidays.HolidayBase:
    return holidays.country_holidays("CN", years=range(2023, 2028))


@cache
def official_years() -> set[int]:
    from holidays.countries.china import ChinaStaticHolidays

    return set(ChinaStaticHolidays.special_public_holidays)


def workdays(week: str, calendar: str) -> list[date]:
    days = [monday_of(week) + timedelta(days=i) for i in range(7)]
    if calendar == "weekdays":
        return [d for d in days if d.weekday() < 5]
    return [d for d in days if cn_calendar().is_working_day(d)]


@dataclass
class Officer:
    name: str
    dept: str
    since: date
    retire: date | None = None
    leaves: list[tuple[date, date]] = field(default_factory=list)
    visits: dict[date, list[tuple[str, list[str]]]] = field(default_factory=dict)

    def active(self, day: date) -> bool:
        return self.since <= day and (self.retire is None or day < self.retire)

    def available(self, day: date) -> bool:
        return self.active(day) and not any(a <= day <= b for a, b in self.leaves)

    def visits_in(self, week: str) -> list[tuple[date, str, list[str]]]:
        monday = monday_of(week)
        return [(d, e, r) for d in sorted(self.visits) if monday <= d <= monday + timedelta(6)
                for e, r in self.visits[d]]


@dataclass
class Federation:
    today: date
    officers: list[Officer]
    min_days: int = 3
    calendar: str = "official"

    def due(self, officer: Officer, week: str) -> bool:
        return self.available_days(officer, week) >= self.min_days

    def available_days(self, officer: Officer, week: str) -> int:
        return sum(officer.available(d) for d in workdays(week, self.calendar))

    def counts(self, officer: Officer, week: str) -> tuple[bool, bool]:
        """(counts as due, met) with SPEC's in-progress rule."""
        met = bool(officer.visits_in(week))
        due = self.due(officer, week) and (met or week != iso_week(self.today))
        return due, met

    def report(self, week: str) -> dict:
        monday = monday_of(week)
        sunday = monday + timedelta(days=6)
        workday_count = len(workdays(week, self.calendar))
        rows = {}
        for o in self.officers:
            if not any(o.active(monday + timedelta(days=i)) for i in range(7)):
                continue
            visits = o.visits_in(week)
            streak = 0
            cursor = monday
            while cursor >= monday_of(iso_week(o.since)):
                due, met = self.counts(o, iso_week(cursor))
                if due:
                    if not met:
                        break
                    streak += 1
                cursor -= timedelta(days=7)
            ytd_due = ytd_met = 0
            for n in range(1, int(week[6:]) + 1):
                due, met = self.counts(o, f"{week[:4]}-W{n:02d}")
                ytd_due += due
                ytd_met += due and met
            rows[o.name] = {
                "officer": o.name, "dept": o.dept, "due": self.due(o, week),
                "met": bool(visits), "visits": len(visits),
                "enterprises": sorted({e for _d, e, _r in visits}),
                "roles": sorted({r for _d, _e, roles in visits for r in roles}),
                "streak": streak, "ytd_met": ytd_met, "ytd_due": ytd_due,
                "available_days": self.available_days(o, week),
            }
        due = sum(r["due"] for r in rows.values())
        met = sum(r["due"] and r["met"] for r in rows.values())
        return {
            "week": week, "start": monday.isoformat(), "end": sunday.isoformat(),
            "as_of": min(self.today, sunday).isoformat(),
            "holiday_week": workday_count < self.min_days, "official_workdays": workday_count,
            "officers": rows,
            "summary": {"officers": len(rows), "due": due, "met": met,
                        "rate": met / due if due else None},
            # official: the package holds the State Council's notice for every year of the
            # week (its China special-days table); plain weekdays guess nothing
            "calendar_official": self.calendar == "weekdays" or all(
                year in official_years() for year in (monday.year, sunday.year)),
        }


# ---- random federations -----------------------------------------------------------------


def random_federation(rng: random.Random) -> Federation:
    today = date(2025, 3, 1) + timedelta(days=rng.randrange(640))  # up to late 2026
    officers = []
    for name in rng.sample(NAMES, rng.randint(3, 7)):
        since = today - timedelta(days=rng.randrange(0, 720))
        o = Officer(name, rng.choice(DEPTS), since)
        if rng.random() < 0.3:
            o.retire = since + timedelta(days=rng.randint(1, max(1, (today - since).days + 14)))
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            start = since + timedelta(days=rng.randrange(max(1, (today - since).days + 7)))
            o.leaves.append((start, start + timedelta(days=rng.choice([0, 1, 2, 4, 4, 6, 9]))))
        keen = rng.choice([0.5, 0.8, 0.95, 1.0])
        monday = since - timedelta(days=since.weekday())
        while monday <= today:
            if rng.random() < keen:
                for _ in range(rng.choice([1, 1, 1, 2])):
                    day = monday + timedelta(days=rng.randrange(7))
                    if day > today or (not o.active(day) and rng.random() < 0.8):
                        continue
                    roles = rng.sample(ROLES, rng.randint(0, 2))
                    enterprise = rng.choice(ENTERPRISES)
                    if all(e != enterprise for e, _ in o.visits.get(day, [])):
                        o.visits.setdefault(day, []).append((enterprise, roles))
            monday += timedelta(days=7)
        officers.append(o)
    fed = Federation(today, officers)
    if rng.random() < 0.25:
        fed.min_days = rng.choice([0, 1, 2, 4, 5])
    if rng.random() < 0.15:
        fed.calendar = "weekdays"
    return fed


def load(cli: Cli, fed: Federation) -> None:
    cli.today(fed.today.isoformat())
    tmp: Path = cli.tmp_path
    cli.csv("officers.csv", "name,dept,since\n" + "".join(
        f"{o.name},{o.dept},{o.since}\n" for o in fed.officers))
    cli.csv("enterprises.csv", "name\n" + "".join(f"{e}\n" for e in ENTERPRISES))
    cli.csv("leave.csv", "officer,from,to,reason\n" + "".join(
        f"{o.name},{a},{b},年假\n" for o in fed.officers for a, b in o.leaves))
    cli.csv("visits.csv", "date,officer,enterprise,roles,note\n" + "".join(
        f"{d},{o.name},{e},{';'.join(r)},走访\n"
        for o in fed.officers for d in sorted(o.visits) for e, r in o.visits[d]))
    cli.ok("officer", "import", str(tmp / "officers.csv"))
    cli.ok("enterprise", "import", str(tmp / "enterprises.csv"))
    cli.ok("leave", "import", str(tmp / "leave.csv"))
    cli.ok("visit", "import", str(tmp / "visits.csv"))
    for o in fed.officers:
        if o.retire is not None:
            cli.ok("officer", "retire", o.name, "--on", o.retire.isoformat())
    if fed.min_days != 3:
        cli.ok("config", "set", "min_available_days", str(fed.min_days))
    if fed.calendar != "official":
        cli.ok("config", "set", "calendar", fed.calendar)


def weeks_to_check(rng: random.Random, fed: Federation) -> list[str]:
    current = iso_week(fed.today)
    weeks = {current, iso_week(fed.today - timedelta(days=7))}
    weeks |= {w for w in HOLIDAY_WEEKS if w <= current}
    first = min(o.since for o in fed.officers) - timedelta(days=14)
    span = max(1, (fed.today - first).days)
    weeks |= {iso_week(first + timedelta(days=rng.randrange(span))) for _ in range(4)}
    weeks |= {iso_week(o.retire) for o in fed.officers if o.retire and o.retire <= fed.today}
    return sorted(weeks)


def normalise(report: dict) -> dict:
    rows = {}
    for row in report["officers"]:
        row = dict(row, enterprises=sorted(row["enterprises"]), roles=sorted(row["roles"]))
        rows[row["officer"]] = row
    return dict(report, officers=rows)


@pytest.mark.parametrize("seed", range(30))
def test_week_report_agrees_with_the_oracle(cli: Cli, seed: int) -> None:
    rng = random.Random(seed)
    fed = random_federation(rng)
    load(cli, fed)
    for week in weeks_to_check(rng, fed):
        # the week typed as SPEC allows: its name, or any day of it
        spec = week if rng.random() < 0.7 else (
            monday_of(week) + timedelta(days=rng.randrange(7))).isoformat()
        got = normalise(cli.week("--week", spec))
        want = fed.report(week)
        assert got == want, f"seed {seed}, today {fed.today}, week {week}"
    dept = rng.choice(DEPTS)
    if all(o.dept != dept for o in fed.officers):  # an unknown --dept is refused (exit 2)
        assert cli.fail(2, "report", "week", "--dept", dept).startswith(
            f"Error: No department matches '{dept}'")
        dept = fed.officers[0].dept
    week = iso_week(fed.today - timedelta(days=7 * rng.randrange(30)))
    got = normalise(cli.week("--week", week, "--dept", dept))
    want = Federation(fed.today, [o for o in fed.officers if o.dept == dept], fed.min_days,
                      fed.calendar).report(week)
    assert got == want, f"seed {seed}, today {fed.today}, week {week}, dept {dept}"


def test_oracle_agrees_on_a_future_week(cli: Cli) -> None:
    fed = random_federation(random.Random(99))
    load(cli, fed)
    nxt = iso_week(fed.today + timedelta(days=7))
    assert cli(*["report", "week", "--week", nxt]).exit_code == 2
