"""Sheets for achievements and targets."""

from __future__ import annotations

from visitlog.domain.models import Achievement
from visitlog.domain.year_report import TargetRow
from visitlog.i18n import t
from visitlog.render.labels import label
from visitlog.render.sheet import Column, Sheet


def achievements_sheet(items: list[Achievement]) -> Sheet:
    columns = [Column("id", "col.id", "right"), Column("date", "col.date"),
               Column("officer", "col.officer"),
               Column("category", "achieve.col.category", words=label),
               Column("count", "achieve.col.count", "right"),
               Column("description", "achieve.col.description"),
               Column("visit", "achieve.col.visit", "right")]
    rows = [[a.id, a.date.isoformat(), a.officer, a.category, a.count, a.description,
             a.visit_id] for a in items]
    return Sheet(t("achieve.title", count=len(rows)), columns, rows)


def _source_words(source: str) -> str:
    """spec | logbook | officer (csv and json keep the key) in the user's language."""
    return t(f"target.source.{source}")


def targets_sheet(rows: list[TargetRow], year: int) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("category", "achieve.col.category"),
               Column("label", "target.col.label"), Column("target", "target.col.target", "right"),
               Column("source", "target.col.source", words=_source_words)]
    data = [[r.officer, r.category, label(r.category), r.target, r.source] for r in rows]
    return Sheet(t("target.title", year=year), columns, data)
