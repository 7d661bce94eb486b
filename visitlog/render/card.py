"""One officer's card, laid out for an 80-column terminal (CJK measured by display width)."""

from __future__ import annotations

from typing import Any

from visitlog.domain.text import printable
from visitlog.domain.vocab import ROLE_KEYS, SIX_ONE_KEYS
from visitlog.domain.year_report import OfficerCard, part_year_dates
from visitlog.i18n import t
from visitlog.render.labels import label, progress_word, role_labels
from visitlog.render.year import (
    BEHIND,
    NEVER_MARK,
    STATUS_MARKS,
    bar,
    part_year_note,
    six_ones_data,
)

WIDTH = 80
TOP_ENTERPRISES = 5


def card_data(c: OfficerCard) -> dict[str, Any]:
    o = c.officer
    return {
        "officer": o.name, "dept": o.dept, "since": o.since.isoformat(),
        "retired_on": o.retired_on.isoformat() if o.retired_on else None,
        "year": c.year, "as_of": c.as_of.isoformat(), "active": c.active,
        "weeks_met": c.weeks_met,
        "weeks_due": c.weeks_due, "streak": c.streak, "six_ones": six_ones_data(c.six_ones),
        "roles": dict(c.roles), "enterprises_visited": len(c.enterprises),
        "enterprises": [{"enterprise": n, "visits": v, "last_visit": d}
                        for n, v, d in c.enterprises],
        "recent_visits": [{"id": v.id, "date": v.date.isoformat(), "enterprise": v.enterprise,
                           "roles": list(v.roles)} for v in c.recent],
    }


def card_sheets(c: OfficerCard) -> list:
    from visitlog.render.sheet import Column, Sheet

    o = c.officer
    head = Sheet(t("card.title", name=o.name, dept=o.dept, year=c.year, as_of=c.as_of.isoformat()),
                 [Column("officer", "col.officer"), Column("dept", "col.dept"),
                  Column("year", "card.col.year", "right"), Column("as_of", "card.col.as_of"),
                  Column("weeks_met", "card.col.weeks_met", "right"),
                  Column("weeks_due", "card.col.weeks_due", "right"),
                  Column("streak", "col.streak", "right")],
                 [[o.name, o.dept, c.year, c.as_of.isoformat(), c.weeks_met, c.weeks_due,
                   c.streak]])
    six = Sheet(t("card.six_ones"), [
        Column("category", "achieve.col.category", words=label),
        Column("done", "card.col.done", "right"),
        Column("target", "target.col.target", "right"),
        Column("status", "col.status", words=progress_word),
    ], [[k, p.done, p.target, p.status] for k, p in c.six_ones.items()])
    roles = Sheet(t("card.roles"), [Column("role", "col.roles", words=label),
                                         Column("visits", "col.visits", "right")],
                  [[k, c.roles[k]] for k in ROLE_KEYS])
    visits = Sheet(t("card.enterprises", count=len(c.enterprises)), [
        Column("enterprise", "col.enterprise"), Column("visits", "col.visits", "right"),
        Column("last_visit", "coverage.col.last_visit")], [list(e) for e in c.enterprises])
    return [head, six, roles, visits]


def _fit(text: str, cells: int) -> str:
    from rich.cells import set_cell_size

    return set_cell_size(text, cells)


def _not_active(c: OfficerCard) -> str:
    o = c.officer
    if o.since > c.as_of:
        return t("card.not_yet", name=o.name, since=o.since.isoformat(), year=c.year,
                 as_of=c.as_of.isoformat())
    return t("card.retired", name=o.name, year=c.year,
             retired=o.retired_on.isoformat() if o.retired_on else "")


def _weeks_line(c: OfficerCard) -> str:
    """A retired officer's streak is the one they left with, and the line says so."""
    retired = c.officer.retired_on
    if retired is not None and retired <= c.as_of and c.active:
        return t("card.weeks_retired", met=c.weeks_met, due=c.weeks_due, streak=c.streak,
                 retired=retired.isoformat())
    return t("card.weeks", met=c.weeks_met, due=c.weeks_due, streak=c.streak)


def card_text(c: OfficerCard) -> str:
    o = c.officer
    lines = [
        _fit(t("card.title", name=o.name, dept=o.dept, year=c.year, as_of=c.as_of.isoformat()),
             WIDTH).rstrip(),
        _weeks_line(c),
    ]
    joined, left = part_year_dates(o.since, o.retired_on, c.year)
    if c.active and (joined or left):
        lines.append(_fit(t("card.part_year", dates=part_year_note(joined, left)),
                          WIDTH).rstrip())
    lines += ["", t("card.six_ones")]
    for key in SIX_ONE_KEYS:
        p = c.six_ones[key]
        # not active that year: no judgement of the calendar (the JSON keeps SPEC's status)
        status = f"{STATUS_MARKS[p.status]} {t('year.status.' + p.status)}" if c.active else "-"
        full = t("card.target_full", full=p.target_full) if p.target_full != p.target else ""
        lines.append(f"  {_fit(label(key), 12)} {bar(p.done, p.target, 10)} "
                     f"{p.done:>3}/{p.target:<3} {status}{full}")
    lines += ["", t("card.roles")]
    for key in ROLE_KEYS:
        count = c.roles[key]
        never = f" {NEVER_MARK} {t('card.never')}" if not count else ""
        lines.append(f"  {_fit(label(key), 14)} {count:>4}{never}")
    lines += ["", t("card.enterprises", count=len(c.enterprises))]
    for name, visits, last in c.enterprises[:TOP_ENTERPRISES]:
        lines.append(f"  {_fit(name, 56)} {visits:>4}  {last}")
    lines += ["", t("card.recent")]
    for v in c.recent:
        lines.append(_fit(f"  {v.date.isoformat()}  {_fit(v.enterprise, 40)}  "
                          f"{role_labels(v.roles)}", WIDTH).rstrip())
    if not c.recent:
        lines.append("  -")
    behind = [k for k, p in c.six_ones.items() if p.status == BEHIND]
    if not c.active:  # not "behind": not there
        lines += ["", _fit(_not_active(c), WIDTH).rstrip()]
    elif behind:
        lines += ["", _fit(t("card.behind", categories=role_labels(behind)), WIDTH).rstrip()]
    return printable("\n".join(line.rstrip() for line in lines) + "\n")
