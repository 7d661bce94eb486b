"""Prorated six-ones targets (SPEC "Rules the numbers follow"; issue 18): an officer active on
part of a calendar year has each target prorated and is measured against their active days.

Pure rules in a table; `report year` and `report officer` against a naive day-by-day oracle
over joiners and retirees in several years; the cards and the year table say "joined on" /
"retired on"."""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta
from fractions import Fraction

import pytest

from tests.conftest import Cli
from tests.templates import Templates
from visitlog.domain.sixones import (
    Share,
    active_days,
    active_share,
    progress,
    prorated,
    prorated_status,
)

DEFAULTS = {"outreach": 4, "bargaining": 1, "brand": 1, "matters": 10, "friends": 10,
            "innovation": 3}


@pytest.mark.parametrize(("since", "retired", "year", "as_of", "share"), [
    (date(2024, 1, 1), None, 2026, date(2026, 11, 19), Share(365, 323, 365)),
    (date(2026, 11, 2), None, 2026, date(2026, 11, 19), Share(60, 18, 365)),
    (date(2025, 1, 1), date(2026, 7, 1), 2026, date(2026, 11, 19), Share(181, 181, 365)),
    (date(2024, 3, 1), date(2024, 3, 2), 2024, date(2024, 12, 31), Share(1, 1, 366)),
    (date(2024, 1, 2), None, 2024, date(2024, 1, 1), Share(365, 0, 366)),
    (date(2023, 5, 5), date(2024, 1, 1), 2024, date(2024, 6, 1), Share(0, 0, 366)),
    (date(2023, 5, 5), date(2025, 1, 1), 2024, date(2024, 6, 1), Share(366, 153, 366)),
])
def test_active_share(since: date, retired: date | None, year: int, as_of: date,
                      share: Share) -> None:
    assert active_share(since, retired, year, as_of) == share
    assert active_days(since, retired, date(year, 1, 1), date(year, 12, 31)) == share.in_year


@pytest.mark.parametrize(("full", "share", "target"), [
    (10, Share(60, 18, 365), 2),      # 1.64 -> 2
    (4, Share(181, 181, 365), 2),     # 1.98 -> 2
    (1, Share(1, 1, 366), 1),         # never rounded down to nothing
    (3, Share(122, 10, 366), 1),      # exactly 1.0 -> 1
    (12, Share(183, 10, 366), 6),     # exactly 6.0 -> 6
    (0, Share(60, 18, 365), 0),
])
def test_prorated_target_is_rounded_up(full: int, share: Share, target: int) -> None:
    assert prorated(full, share) == target


@pytest.mark.parametrize(("done", "target", "share", "status"), [
    (2, 2, Share(60, 18, 365), "done"),
    (1, 2, Share(60, 30, 365), "on_track"),   # 1 x 60 >= 2 x 30, exactly
    (1, 3, Share(60, 21, 365), "behind"),     # 60 < 63
    (1, 3, Share(60, 20, 365), "on_track"),   # 60 >= 60
    (0, 1, Share(60, 0, 365), "on_track"),    # nothing of their year has passed
])
def test_prorated_status_compares_exactly(done: int, target: int, share: Share,
                                          status: str) -> None:
    assert prorated_status(done, target, share) == status


def test_a_whole_year_is_unchanged() -> None:
    whole = progress({"matters": 3}, None, None, date(2026, 6, 1),
                     active_share(date(2020, 1, 1), None, 2026, date(2026, 6, 1)))
    assert {k: (p.target, p.target_full) for k, p in whole.items()} == {
        k: (v, v) for k, v in DEFAULTS.items()}
    assert whole == progress({"matters": 3}, None, None, date(2026, 6, 1))


# ---- through the CLI, against a naive oracle ----------------------------------------------

OFFICERS = [  # name, since, retired on
    ("全年", "2023-06-01", None),
    ("新到", "2025-03-17", None),
    ("年末到", "2026-11-02", None),
    ("去年退", "2024-02-01", "2025-09-01"),
    ("今年退", "2024-07-15", "2026-04-30"),
    ("短暂", "2024-05-06", "2024-08-01"),
    ("跨年", "2024-12-30", "2026-01-02"),
]
CATEGORIES = list(DEFAULTS)


def _oracle(year: int, as_of: date, achievements: list[tuple[str, str, str, int]],
            targets: dict[str, int]) -> dict[str, dict]:
    days = [date(year, 1, 1) + timedelta(n)
            for n in range((date(year + 1, 1, 1) - date(year, 1, 1)).days)]
    result = {}
    for name, since, retired in OFFICERS:
        def active(day: date, since: str = since, retired: str | None = retired) -> bool:
            return date.fromisoformat(since) <= day and (
                retired is None or day < date.fromisoformat(retired))
        in_year = sum(active(d) for d in days)
        to_date = sum(active(d) for d in days if d <= as_of)
        if to_date == 0:
            continue  # not listed: not active on any day of the year up to as_of
        six = {}
        for category in CATEGORIES:
            full = targets.get(category, DEFAULTS[category])
            part = in_year < len(days)
            target = math.ceil(Fraction(full * in_year, len(days))) if part else full
            fraction = Fraction(to_date, in_year) if part else Fraction(
                (as_of - date(year, 1, 1)).days + 1, len(days))
            done = sum(n for who, day, cat, n in achievements if who == name and cat == category
                       and date(year, 1, 1) <= date.fromisoformat(day) <= as_of)
            status = ("done" if done >= target else
                      "on_track" if done >= target * fraction else "behind")
            six[category] = {"done": done, "target": target, "status": status,
                             "target_full": full}
        result[name] = six
    return result


@pytest.fixture
def staff(cli: Cli, templates: Templates) -> tuple[Cli, list[tuple[str, str, str, int]]]:
    return cli, templates.built(cli, joined_and_retired)


def joined_and_retired(cli: Cli) -> list[tuple[str, str, str, int]]:
    """OFFICERS (some retired), a 2025 target and 160 random achievements (seeded): the
    achievements (officer, day, category, count)."""
    rng = random.Random(18)
    for name, since, retired in OFFICERS:
        cli.ok("officer", "add", name, "--dept", "办公室", "--since", since)
        if retired:
            cli.ok("officer", "retire", name, "--on", retired)
    cli.ok("target", "set", "matters=12", "--year", "2025")
    lines = ["date,officer,category,count,description"]
    achievements = []
    for i in range(160):
        name, since, retired = rng.choice(OFFICERS)
        first = date.fromisoformat(since)
        last = date.fromisoformat(retired) - timedelta(1) if retired else date(2026, 11, 19)
        day = first + timedelta(rng.randrange((last - first).days + 1))
        category, count = rng.choice(CATEGORIES), rng.choice([1, 1, 1, 2])
        achievements.append((name, day.isoformat(), category, count))
        lines.append(f"{day},{name},{category},{count},成果{i}")
    cli.ok("achieve", "import", str(cli.csv("achievements.csv", "\n".join(lines) + "\n")))
    return achievements


@pytest.mark.parametrize(("today", "year", "as_of"), [
    ("2026-11-19", 2026, None), ("2026-11-19", 2025, None), ("2026-11-19", 2024, None),
    ("2026-11-19", 2026, "2026-03-31"), ("2026-11-19", 2025, "2025-08-31"),
    ("2026-11-19", 2024, "2024-07-01"),
])
def test_report_year_follows_the_proration_rule(staff: tuple, today: str, year: int,
                                                as_of: str | None) -> None:
    cli, achievements = staff
    cli.today(today)
    extra = ["--as-of", as_of] if as_of else []
    got = json.loads(cli.ok("report", "year", "--year", str(year), *extra, "--format", "json"))
    end = date.fromisoformat(as_of) if as_of else (
        date.fromisoformat(today) if year == 2026 else date(year, 12, 31))
    want = _oracle(year, end, achievements, {"matters": 12} if year == 2025 else {})
    assert {o["officer"]: o["six_ones"] for o in got["officers"]} == want
    prorated_rows = sum(p["target"] != p["target_full"] for six in want.values()
                        for p in six.values())
    assert prorated_rows > 0  # the oracle is exercised, not only the whole-year path
    if as_of:
        cli.today(as_of)  # the card has no --as-of: it is as of today
    for name in want:  # the card gives the same figures
        card = json.loads(cli.ok("report", "officer", name, "--year", str(year),
                                 "--format", "json"))
        assert card["six_ones"] == want[name], name


def test_year_table_and_cards_say_joined_on_and_retired_on(staff: tuple) -> None:
    cli, _ = staff
    cli.monkeypatch.setenv("COLUMNS", "240")
    table = cli.ok("report", "year")
    rows = {line.split()[0]: line for line in table.splitlines()[2:] if line.strip()}
    assert rows["年末到"].rstrip().endswith("joined on 2026-11-02")
    assert rows["今年退"].rstrip().endswith("retired on 2026-04-30")
    assert rows["跨年"].rstrip().endswith("retired on 2026-01-02")
    assert "joined on" not in rows["全年"] and "retired on" not in rows["全年"]
    assert table.splitlines()[-1] == (
        "Officers who joined or retired during the year have their six-ones targets prorated "
        "by their active days (rounded up), and their progress measured against those days")
    card = cli.ok("report", "officer", "今年退").splitlines()
    assert card[1].startswith("Weekly visits: ") and "; retired on 2026-04-30, with a streak" \
        in card[1]
    assert card[2] == "Part of the year (retired on 2026-04-30): targets prorated by active days"
    assert any(line.endswith("(full year 10)") for line in card)
    cli.lang("zh")
    card = cli.ok("report", "officer", "年末到").splitlines()
    assert card[2] == "年内2026-11-02 到岗：六个一目标按在岗天数折算"
    csv_rows = cli.ok("report", "year", "--format", "csv").splitlines()
    assert csv_rows[0].split(",")[-2:] == ["joined", "retired_on"]
