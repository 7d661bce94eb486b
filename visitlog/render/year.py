"""The year report in every format: SPEC's JSON shape, a flat sheet, and the terminal table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from visitlog.domain.sixones import BEHIND, DONE, Progress, days_in_year, elapsed_days
from visitlog.domain.vocab import ROLE_KEYS, SIX_ONE_KEYS
from visitlog.domain.year_report import OfficerYear, YearReport
from visitlog.i18n import t
from visitlog.render.labels import label, progress_word, role_labels
from visitlog.render.sheet import Column, Sheet
from visitlog.render.week import calendar_notes

BAR_WIDTH = 4
STATUS_MARKS = {DONE: "✓", "on_track": "·", BEHIND: "!"}
NEVER_MARK = "✗"


def six_ones_data(six_ones: dict[str, Progress]) -> dict[str, dict[str, Any]]:
    return {k: _progress_data(p) for k, p in six_ones.items()}


@lru_cache(maxsize=4096)
def _progress_data(p: Progress) -> dict[str, Any]:
    """One dict per distinct progress (a province's report repeats few): only read after."""
    return {"done": p.done, "target": p.target, "status": p.status,
            "target_full": p.target_full}


def part_year_note(joined: date | None, retired_on: date | None) -> str:
    """'joined on …' / 'retired on …' for an officer active on part of the year."""
    notes = []
    if joined is not None:
        notes.append(t("year.joined_on", date=joined.isoformat()))
    if retired_on is not None:
        notes.append(t("year.retired_on", date=retired_on.isoformat()))
    return t("year.note_sep").join(notes)


def officer_data(row: OfficerYear, six_ones: dict[str, dict[str, Any]] | None = None
                 ) -> dict[str, Any]:
    return {"officer": row.officer, "dept": row.dept, "weeks_met": row.weeks_met,
            "weeks_due": row.weeks_due,
            "six_ones": six_ones_data(row.six_ones) if six_ones is None else six_ones,
            "roles": dict(row.roles)}


def year_data(report: YearReport) -> dict[str, Any]:
    # officers alike share one six_ones dict (domain/year_figures): written once, read after
    shared: dict[int, dict[str, dict[str, Any]]] = {}
    officers = []
    for row in report.officers:
        six_ones = shared.get(id(row.six_ones))
        if six_ones is None:
            six_ones = shared[id(row.six_ones)] = six_ones_data(row.six_ones)
        officers.append(officer_data(row, six_ones))
    return {"year": report.year, "as_of": report.as_of.isoformat(), "officers": officers,
            "calendar_official": report.calendar_official}


def year_sheet(report: YearReport) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept"),
               Column("weeks_met", "year.col.weeks_met", "right"),
               Column("weeks_due", "year.col.weeks_due", "right")]
    for key in SIX_ONE_KEYS:  # keys name the CSV columns; spreadsheets and pages get words
        columns += [_TermColumn(f"{key}_done", "year.col.done", "right", term=key),
                    _TermColumn(f"{key}_target", "year.col.target", "right", term=key),
                    _TermColumn(f"{key}_status", "year.col.status", "left", progress_word,
                                term=key)]
    columns += [_TermColumn(f"role_{key}", "", "right", term=key) for key in ROLE_KEYS]
    columns += [Column("joined", "year.col.joined"), Column("retired_on", "year.col.retired_on")]
    rows = []
    for r in report.officers:
        row: list[Any] = [r.officer, r.dept, r.weeks_met, r.weeks_due]
        for key in SIX_ONE_KEYS:
            p = r.six_ones[key]
            row += [p.done, p.target, p.status]
        rows.append(row + [r.roles[key] for key in ROLE_KEYS] + [
            r.joined.isoformat() if r.joined else None,
            r.retired_on.isoformat() if r.retired_on else None])
    return Sheet(_title(report), columns, rows, footer=[_summary(report)],
                 notes=calendar_notes(report.guessed_years))


def _title(report: YearReport) -> str:
    fraction = elapsed_days(report.as_of) / days_in_year(report.year)
    return t("year.title", year=report.year, as_of=report.as_of.isoformat(),
             elapsed=f"{fraction:.1%}")


def _summary(report: YearReport) -> str:
    all_done = sum(all(p.status == DONE for p in r.six_ones.values()) for r in report.officers)
    behind = sum(any(p.status == BEHIND for p in r.six_ones.values()) for r in report.officers)
    return t("year.summary", officers=len(report.officers), all_done=all_done, behind=behind)


def bar(done: int, target: int, width: int = BAR_WIDTH) -> str:
    """A progress bar that never overflows: full at or past the target."""
    filled = width if target <= 0 or done >= target else (done * width) // target
    return "█" * filled + "░" * (width - filled)


def progress_cell(p: Progress) -> str:
    return f"{bar(p.done, p.target)} {p.done}/{p.target}{STATUS_MARKS[p.status]}"


def never_cell(roles: dict[str, int]) -> str:
    never = [k for k in ROLE_KEYS if not roles[k]]
    return f"{NEVER_MARK} {role_labels(never)}" if never else ""


def year_text(report: YearReport) -> str:
    """One row per officer: weeks, a progress bar per category, roles never exercised."""
    from visitlog.render.terminal import render_sheet

    columns = [Column("officer", "col.officer"), Column("dept", "col.dept"),
               Column("weeks", "year.col.weeks", "right")]
    columns += [Column(key, "") for key in SIX_ONE_KEYS]
    columns.append(Column("never", "year.col.never"))
    part_year = any(r.joined or r.retired_on for r in report.officers)
    if part_year:  # only when someone joined or retired during the year
        columns.append(Column("part_year", "year.col.part_year"))
    rows, styles = [], []
    for r in report.officers:
        rows.append([r.officer, r.dept, f"{r.weeks_met}/{r.weeks_due}",
                     *(progress_cell(r.six_ones[k]) for k in SIX_ONE_KEYS),
                     never_cell(r.roles)])
        if part_year:
            rows[-1].append(part_year_note(r.joined, r.retired_on))
        behind = any(p.status == BEHIND for p in r.six_ones.values())
        styles.append("red" if behind else None)
    footer = [_summary(report), t("year.legend")]
    if part_year:
        footer.append(t("year.prorated_legend"))
    sheet = Sheet(_title(report), [_labelled(c) for c in columns], rows,
                  footer=footer, styles=styles,
                  notes=calendar_notes(report.guessed_years))
    return render_sheet(sheet)


def _labelled(column: Column) -> Column:
    """Category columns are headed by the category's name in the current language."""
    if column.label_key or column.key not in SIX_ONE_KEYS:
        return column
    return _CategoryColumn(column.key, "", column.align)


class _CategoryColumn(Column):
    def label(self) -> str:
        return label(self.key)


@dataclass(frozen=True)
class _TermColumn(Column):
    """A column about one category or role: headed by its name in the current language."""

    term: str = ""

    def label(self) -> str:
        name = label(self.term)
        return t(self.label_key, category=name) if self.label_key else name
