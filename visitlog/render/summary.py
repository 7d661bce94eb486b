"""The federation summary: SPEC's JSON shape, a figures sheet, and the county-report sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

from visitlog.domain.vocab import OUTCOME_KEYS
from visitlog.domain.year_report import Summary
from visitlog.i18n import t
from visitlog.render.labels import label
from visitlog.render.sheet import Column, Sheet


def _zh_date(day: date, with_year: bool) -> str:
    return (f"{day.year}年" if with_year else "") + f"{day.month}月{day.day}日"


def summary_sentence(s: Summary) -> str:
    """One sentence in the style of a county federation's report, always in Chinese."""
    period = f"{_zh_date(s.first, True)}至{_zh_date(s.last, s.last.year != s.first.year)}"
    return t("summary.sentence", "zh", period=period, enterprises=s.enterprises_visited,
             **s.outcomes)


def summary_data(s: Summary) -> dict[str, Any]:
    d = s.demands
    data = {
        "from": s.first.isoformat(), "to": s.last.isoformat(), "visits": s.visits,
        "enterprises_visited": s.enterprises_visited, "officers": s.officers,
        "outcomes": dict(s.outcomes),
        "demands": {"raised": d.raised, "resolved": d.resolved, "overdue": d.overdue,
                    "satisfaction_rate": d.satisfaction_rate},
        "sentence": summary_sentence(s),
    }
    if s.officer:  # --officer: whose figures these are (the federation's shape unchanged)
        data["officer"] = s.officer
    return data


def summary_sheet(s: Summary) -> Sheet:
    d = s.demands
    figures: list[tuple[str, str, Any]] = [
        ("visits", t("summary.visits"), s.visits),
        ("enterprises_visited", t("summary.enterprises_visited"), s.enterprises_visited),
        ("officers", t("summary.officers"), s.officers),
        *((key, label(key), s.outcomes[key]) for key in OUTCOME_KEYS),
        ("demands_raised", t("summary.demands_raised"), d.raised),
        ("demands_resolved", t("summary.demands_resolved"), d.resolved),
        ("demands_overdue", t("summary.demands_overdue"), d.overdue),
        ("satisfaction_rate", t("summary.satisfaction_rate"), d.satisfaction_rate),
    ]
    columns = [Column("key"), Column("figure", "summary.col.figure"),
               Column("value", "summary.col.value", "right")]
    footer = [summary_sentence(s)]
    if not s.demands_tracked:
        footer.append(t("summary.no_demands"))
    period = {"first": s.first.isoformat(), "last": s.last.isoformat()}
    title = (t("summary.title_officer", officer=s.officer, **period) if s.officer
             else t("summary.title", **period))
    return Sheet(title, columns, [list(f) for f in figures], footer=footer)


def summary_text(s: Summary) -> str:
    from visitlog.render.terminal import render_sheet

    sheet = summary_sheet(s)
    rows = [row[1:] for row in sheet.rows]
    rate = s.demands.satisfaction_rate
    rows[-1][1] = "-" if rate is None else f"{rate:.1%}"
    # title and sentence on lines of their own: the table would wrap them, and the sentence
    # is meant to be pasted whole
    table = render_sheet(Sheet("", sheet.columns[1:], rows, footer=sheet.footer[1:]))
    return f"{sheet.title}\n{table}{sheet.footer[0]}\n"
