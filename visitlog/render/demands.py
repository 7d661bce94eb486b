"""Sheets and cards for demands: the listing, one demand's history, categories, the report."""

from __future__ import annotations

from datetime import date
from typing import Any

from visitlog.demand_models import Category, Demand, DemandEvent
from visitlog.demand_rules import RATINGS, STATUSES, is_overdue
from visitlog.i18n import get_lang, t
from visitlog.render.sheet import Column, Sheet

_TERMS = {term.key: term for term in (*STATUSES, *RATINGS)}


def term_label(key: str | None) -> str | None:
    """A status or rating in the current language (keys stay keys in data formats)."""
    if key is None:
        return None
    term = _TERMS.get(key)
    return term.label(get_lang()) if term else key


def redacted() -> str:
    return t("demand.redacted")


LIST_COLUMNS = [
    Column("id", "col.id", "right"), Column("raised", "demand.col.raised"),
    Column("enterprise", "col.enterprise"), Column("category", "demand.col.category"),
    Column("text", "demand.col.text"), Column("status", "col.status"),
    Column("due", "demand.col.due"), Column("overdue", "demand.col.overdue"),
    Column("assigned_to", "demand.col.assigned_to"),
    Column("satisfaction", "demand.col.satisfaction"), Column("officer", "col.officer"),
    Column("dept", "col.dept"), Column("escalated", "demand.col.escalated"),
    Column("resolved_on", "demand.col.resolved_on"), Column("visit_id", "demand.col.visit"),
    Column("reception_id", "demand.col.reception"),
]


TERMINAL_COLUMNS = 10


def demands_sheet(demands: list[Demand], today: date, redact: bool = False,
                  labels: bool = False) -> Sheet:
    """Every demand as a row; `labels` shows statuses and ratings in words (terminal)."""
    show = term_label if labels else (lambda key: key)
    zh = labels and get_lang() == "zh"
    rows = [[
        d.id, d.raised.isoformat(), d.enterprise, d.category_name if zh else d.category,
        redacted() if redact else d.text,
        show(d.status), d.due.isoformat(), is_overdue(d.due, d.status, today), d.assigned_to,
        show(d.satisfaction), d.officer, d.dept, d.escalated,
        d.resolved_on.isoformat() if d.resolved_on else None, d.visit_id, d.reception_id,
    ] for d in demands]
    styles = ["red" if r[7] else None for r in rows]
    columns = list(LIST_COLUMNS)
    if labels:  # the terminal shows what fits; data formats carry every column
        columns, rows = columns[:TERMINAL_COLUMNS], [r[:TERMINAL_COLUMNS] for r in rows]
    return Sheet(t("demand.title", count=len(rows)), columns, rows, styles=styles)


HISTORY_COLUMNS = [
    Column("at", "col.date"), Column("action", "demand.col.action"),
    Column("from_status", "demand.col.from"), Column("to_status", "demand.col.to"),
    Column("detail", "demand.col.detail"), Column("officer", "col.officer"),
]
_PRIVATE_ACTIONS = ("resolve", "feedback", "escalate")


def history_sheet(events: list[DemandEvent], redact: bool = False) -> Sheet:
    rows = [[
        e.at.isoformat(), e.action, e.from_status, e.to_status,
        _detail(e, redact), e.officer,
    ] for e in events]
    return Sheet(t("demand.history"), list(HISTORY_COLUMNS), rows)


def _detail(event: DemandEvent, redact: bool) -> str:
    if not redact or event.action not in _PRIVATE_ACTIONS or not event.detail:
        return event.detail
    if event.action == "feedback":  # the rating stays; the worker's words go
        rating, _sep, note = event.detail.partition("; ")
        return f"{rating}; {redacted()}" if note else rating
    return redacted()


def demand_data(demand: Demand, events: list[DemandEvent], today: date,
                redact: bool = False) -> dict[str, Any]:
    record = demands_sheet([demand], today, redact).records()[0]
    record["resolution"] = redacted() if redact and demand.resolution else demand.resolution
    record["history"] = history_sheet(events, redact).records()
    return record


def demand_card(demand: Demand, events: list[DemandEvent], today: date,
                redact: bool = False) -> str:
    overdue = is_overdue(demand.due, demand.status, today)
    lines = [
        f"#{demand.id}  {demand.raised.isoformat()}  {demand.enterprise}  "
        f"[{demand.category_name if get_lang() == 'zh' else demand.category}]",
        f"{t('demand.col.text')}: {redacted() if redact else demand.text}",
        f"{t('col.status')}: {term_label(demand.status)}  {t('demand.col.due')}: "
        f"{demand.due.isoformat()}" + (f"  ({t('demand.col.overdue')})" if overdue else ""),
    ]
    if demand.officer:
        lines.append(f"{t('col.officer')}: {demand.officer}（{demand.dept}）")
    if demand.assigned_to:
        lines.append(f"{t('demand.col.assigned_to')}: {demand.assigned_to}")
    if demand.resolution:
        note = redacted() if redact else demand.resolution
        lines.append(f"{t('demand.col.resolution')}: {note}")
    if demand.satisfaction:
        lines.append(f"{t('demand.col.satisfaction')}: {term_label(demand.satisfaction)}")
    lines.append(f"{t('demand.history')}:")
    for e in events:
        who = f"  {e.officer}" if e.officer else ""
        change = f"{term_label(e.from_status)} → " if e.from_status else ""
        detail = _detail(e, redact)
        lines.append(f"  {e.at.isoformat()}  {e.action}: {change}{term_label(e.to_status)}"
                     + (f"  {detail}" if detail else "") + who)
    return "\n".join(lines) + "\n"


def categories_sheet(categories: list[Category]) -> Sheet:
    columns = [Column("key", "demand.col.category"), Column("name", "demand.col.name"),
               Column("days", "demand.col.days", "right")]
    rows = [[c.key, c.zh, c.days] for c in categories]
    return Sheet(t("demand.categories_title", count=len(rows)), columns, rows)
