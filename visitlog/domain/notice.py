"""The weekly 通报: the week report's figures, grouped for one printable page (pure)."""

from __future__ import annotations

from typing import NamedTuple

from visitlog.domain.rules import rate
from visitlog.domain.week_report import WeekReport

TOP_STREAKS = 5


class DeptRate(NamedTuple):
    dept: str
    due: int
    met: int
    rate: float | None


class Notice(NamedTuple):
    week: WeekReport
    depts: list[DeptRate]  # ranked by rate, best first (none due last)
    met: list[tuple[str, str]]  # (officer, dept) due and met
    missed: list[tuple[str, str]]  # due and not (yet) met
    streaks: list[tuple[str, str, int]]  # the longest streaks
    visits: int
    enterprises: int
    outcomes: dict[str, int]
    demands_raised: int
    demands_overdue: int


def dept_rates(report: WeekReport) -> list[DeptRate]:
    """Each department's due and met officers, ranked by rate (the week report's rules)."""
    counts: dict[str, list[int]] = {}
    for r in report.officers:
        due_met = counts.setdefault(r.dept, [0, 0])
        due_met[0] += r.due
        due_met[1] += r.due and r.met
    rows = [DeptRate(d, due, met, rate(met, due)) for d, (due, met) in counts.items()]
    return sorted(rows, key=lambda d: (d.rate is None, -(d.rate or 0), -d.due, d.dept))


def build_notice(report: WeekReport, visits: int, enterprises: int, outcomes: dict[str, int],
                 raised: int, overdue: int) -> Notice:
    streaks = sorted(((r.officer, r.dept, r.streak) for r in report.officers if r.streak),
                     key=lambda s: (-s[2], s[1], s[0]))[:TOP_STREAKS]
    return Notice(report, dept_rates(report),
                  [(r.officer, r.dept) for r in report.officers if r.due and r.met],
                  [(r.officer, r.dept) for r in report.officers if r.due and not r.met],
                  streaks, visits, enterprises, outcomes, raised, overdue)
