"""三个一天 reports in every format: SPEC's JSON shape, sheets, the terminal grid."""

from __future__ import annotations

from typing import Any

from visitlog.domain.programme_reports import PracticeMonth, PracticeYear
from visitlog.domain.programmes_rules import PRACTICE_KEYS, PRACTICE_KINDS
from visitlog.i18n import get_lang, t
from visitlog.render.sheet import Column, Sheet


def kind_label(key: str) -> str:
    term = next(k for k in PRACTICE_KINDS if k.key == key)
    return term.full if get_lang() == "zh" else term.en


def kind_list(keys: list[str] | tuple[str, ...]) -> str:
    return ("、" if get_lang() == "zh" else ", ").join(kind_label(k) for k in keys)


def practice_month_data(report: PracticeMonth) -> dict[str, Any]:
    return {
        "month": report.month,
        "officers": [{"officer": r.officer, "dept": r.dept, **r.kinds, "complete": r.complete}
                     for r in report.officers],
        "summary": {"complete": report.complete, "officers": len(report.officers)},
    }


def practice_month_sheet(report: PracticeMonth) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept")]
    columns += [Column(k, f"practice.kind.{k}") for k in PRACTICE_KEYS]
    columns.append(Column("complete", "practice.col.complete"))
    rows = [[r.officer, r.dept, *(r.kinds[k] for k in PRACTICE_KEYS), r.complete]
            for r in report.officers]
    footer = [t("practice.summary", complete=report.complete, officers=len(report.officers))]
    return Sheet(t("practice.title", month=report.month), columns, rows, footer=footer,
                 styles=[None if r.complete else "yellow" for r in report.officers])


def practice_year_data(report: PracticeYear) -> dict[str, Any]:
    return {
        "year": report.year, "months": report.months,
        "officers": [{"officer": r.officer, "dept": r.dept, "months": r.months,
                      "complete": r.complete} for r in report.officers],
    }


def practice_year_sheet(report: PracticeYear) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept")]
    columns += [Column(m) for m in report.months]
    columns.append(Column("complete", "practice.col.months_complete", "right"))
    rows = [[r.officer, r.dept, *(r.months[m] for m in report.months), r.complete]
            for r in report.officers]
    return Sheet(t("practice.year_title", year=report.year), columns, rows)


class _MonthColumn(Column):
    def label(self) -> str:  # "11" rather than "2026-11": the year is in the title
        return self.key[5:]


def practice_year_text(report: PracticeYear) -> str:
    """The grid with ✓ (complete), ✗ (incomplete) and · (not active) per month."""
    from visitlog.render.terminal import render_sheet

    marks = {True: "✓", False: "✗", None: "·"}
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept")]
    columns += [_MonthColumn(m, "", "center") for m in report.months]
    columns.append(Column("complete", "practice.col.months_complete", "right"))
    sheet = Sheet(t("practice.year_title", year=report.year), columns, [
        [r.officer, r.dept, *(marks[r.months[m]] for m in report.months), r.complete]
        for r in report.officers
    ], footer=[t("practice.year_legend")])
    return render_sheet(sheet)
