"""Sheets and cards for demands: the listing, one demand's history, categories, the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from visitlog.domain.demand_models import Category, Demand, DemandEvent
from visitlog.domain.demand_rules import is_overdue
from visitlog.domain.text import printable
from visitlog.i18n import get_lang, t
from visitlog.render.labels import action_word, demand_word, names_of
from visitlog.render.sheet import Column, Sheet


def term_label(key: str | None) -> str | None:
    """A status or rating in the current language (keys stay keys in data formats)."""
    return None if key is None else demand_word(key)


def redacted() -> str:
    return t("demand.redacted")


LIST_COLUMNS = [
    Column("id", "col.id", "right"), Column("ref", "ref.column"),
    Column("raised", "demand.col.raised"),
    Column("enterprise", "col.enterprise"), Column("category", "demand.col.category"),
    Column("text", "demand.col.text"), Column("status", "col.status", words=demand_word),
    Column("due", "demand.col.due"), Column("overdue", "demand.col.overdue"),
    Column("assigned_to", "demand.col.assigned_to"),
    Column("satisfaction", "demand.col.satisfaction", words=demand_word),
    Column("officer", "col.officer"),
    Column("dept", "col.dept"), Column("escalated", "demand.col.escalated"),
    Column("resolved_on", "demand.col.resolved_on"), Column("visit_id", "demand.col.visit"),
    Column("reception_id", "demand.col.reception"),
]


TERMINAL_COLUMNS = 11


def demands_sheet(demands: list[Demand], today: date, redact: bool = False,
                  labels: bool = False) -> Sheet:
    """Every demand as a row (keys; the views for people show words); `labels`: only the
    columns that fit a terminal."""
    rows = [[
        d.id, d.ref, d.raised.isoformat(), d.enterprise, d.category,
        redacted() if redact else d.text,
        d.status, d.due.isoformat(), is_overdue(d.due, d.status, today), d.assigned_to,
        d.satisfaction, d.officer, d.dept, d.escalated,
        d.resolved_on.isoformat() if d.resolved_on else None, d.visit_id, d.reception_id,
    ] for d in demands]
    styles = ["red" if r[8] else None for r in rows]
    names = names_of({d.category: d.category_name or d.category for d in demands})
    columns = [replace(c, words=names) if c.key == "category" else c for c in LIST_COLUMNS]
    if labels:  # the terminal shows what fits; data formats carry every column
        columns, rows = columns[:TERMINAL_COLUMNS], [r[:TERMINAL_COLUMNS] for r in rows]
    return Sheet(t("demand.title", count=len(rows)), columns, rows, styles=styles)


HISTORY_COLUMNS = [
    Column("at", "col.date"), Column("action", "demand.col.action"),
    Column("from_status", "demand.col.from", words=demand_word),
    Column("to_status", "demand.col.to", words=demand_word),
    Column("detail", "demand.col.detail"), Column("officer", "col.officer"),
]
_PRIVATE_ACTIONS = ("resolve", "feedback", "escalate")


def history_sheet(events: list[DemandEvent], redact: bool = False,
                  categories: dict[str, str] | None = None) -> Sheet:
    """Each step as a row; people read actions, statuses and the details' keys in words
    (`categories`: the demand categories' names by key)."""
    rows = [[
        e.at.isoformat(), e.action, e.from_status, e.to_status,
        _detail(e, redact), e.officer,
    ] for e in events]
    shown = [[
        at, action_word(action), term_label(before), term_label(after),
        detail_words(action, detail, categories or {}), officer,
    ] for at, action, before, after, detail, officer in rows]
    return Sheet(t("demand.history"), list(HISTORY_COLUMNS), rows, shown_rows=shown)


def detail_words(action: str, detail: str, categories: dict[str, str]) -> str:
    """A history line's detail as people read it: `add` keeps "category; due D", `assign`
    "unit; due D" and `feedback` "rating; note" (stored so): the keys become words."""
    if not detail or action not in ("add", "assign", "feedback"):
        return detail
    head, sep, rest = (detail.partition("; ") if action == "feedback"
                       else detail.rpartition("; ") if "; due " in detail else (detail, "", ""))
    zh = get_lang() == "zh"
    if action == "feedback":
        head = demand_word(head)
    elif action == "add" and zh:
        head = categories.get(head, head)
    if rest.startswith("due ") and action in ("add", "assign"):
        rest = t("demand.detail.due", due=rest[4:])
    return head + (("；" if zh else "; ") + rest if sep else "")


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
        f"#{demand.id}  {demand.ref}  {demand.raised.isoformat()}  {demand.enterprise}  "
        f"[{category_label(demand)}]",
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
        detail = detail_words(e.action, _detail(e, redact),
                              {demand.category: category_label(demand)})
        lines.append(f"  {e.at.isoformat()}  {action_word(e.action)}: {change}"
                     f"{term_label(e.to_status)}"
                     + (f"  {detail}" if detail else "") + who)
    return printable("\n".join(lines) + "\n")


def category_label(demand: Demand) -> str:
    """The demand's category in the chosen language: its Chinese name in Chinese, else its key."""
    return demand.category_name if get_lang() == "zh" and demand.category_name else \
        demand.category


def categories_sheet(categories: list[Category]) -> Sheet:
    columns = [Column("key", "demand.col.category"), Column("name", "demand.col.name"),
               Column("days", "demand.col.days", "right")]
    rows = [[c.key, c.zh, c.days] for c in categories]
    return Sheet(t("demand.categories_title", count=len(rows)), columns, rows)
