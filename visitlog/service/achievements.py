"""Achievements toward the six ones (六个一): record, import, list, edit, delete."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

from visitlog.domain.errors import Duplicate, Invalid, NotFound
from visitlog.domain.models import Achievement, NewAchievement
from visitlog.domain.text import clean_name
from visitlog.domain.vocab import SIX_ONES, resolve_term
from visitlog.service.context import Context
from visitlog.service.imports import ImportResult
from visitlog.service.names import resolve_officer
from visitlog.service.refs import optional_row_id
from visitlog.service.visits import inactive_note, parse_count, require_officer
from visitlog.store import achievements as store

ACHIEVEMENT_COLUMNS = {
    "date": ("日期",), "officer": ("干部", "姓名"), "category": ("类别", "六个一", "项目"),
    "count": ("数量", "次数"), "description": ("内容", "说明", "描述", "事项"),
}


def category_key(text: str) -> str:
    return resolve_term(SIX_ONES, text, "category").key


def check_count(count: int) -> int:
    if count < 1:
        raise Invalid("achieve.bad_count", value=count)
    return parse_count(str(count), "count")


@dataclass(frozen=True)
class AchievementDraft:
    category: str
    description: str
    officer: str | None
    date: date
    count: int = 1
    visit_id: int | str | None = None  # a local number or a short reference (service/refs)


class AchievementAdded(NamedTuple):
    achievement: Achievement
    inactive: tuple[str, date] | None  # the officer was not active that day: why


def add_achievement(ctx: Context, draft: AchievementDraft) -> AchievementAdded:
    officer_text = require_officer(draft.officer, ctx.officer_me)
    category = category_key(draft.category)
    description = clean_name(draft.description, "description")
    count = check_count(draft.count)
    with ctx.logbook.write("achieve.add", date=draft.date.isoformat()) as conn:
        officer_id, officer = resolve_officer(conn, officer_text)
        item = NewAchievement(draft.date, officer_id, category, count, description,
                              optional_row_id(conn, "visits", draft.visit_id))
        _check(conn, item)
        achievement_id = store.insert_achievement(conn, item)
        ctx.logbook.describe_step(id=achievement_id, officer=officer, category=category)
        achievement = store.get_achievement(conn, achievement_id)
        inactive = inactive_note(conn, officer_id, draft.date)
    assert achievement is not None
    return AchievementAdded(achievement, inactive)


def _check(conn: sqlite3.Connection, item: NewAchievement, other_than: int | None = None
           ) -> None:
    if item.visit_id is not None and not store.visit_exists(conn, item.visit_id):
        raise NotFound("visit.not_found", id=item.visit_id)
    if store.achievement_exists(conn, item, other_than):
        raise Duplicate("achieve.exists", date=item.date.isoformat(), category=item.category,
                        description=item.description)


@dataclass(frozen=True)
class AchievementChanges:
    """Fields to change; None leaves a field as it is (visit_id 0 unlinks the visit)."""

    category: str | None = None
    description: str | None = None
    officer: str | None = None
    date: date | None = None
    count: int | None = None
    visit_id: int | str | None = None


def edit_achievement(ctx: Context, achievement_id: int, changes: AchievementChanges) -> Achievement:
    with ctx.logbook.write("achieve.edit", id=achievement_id) as conn:
        current = store.get_new_achievement(conn, achievement_id)
        if current is None:
            raise NotFound("achieve.not_found", id=achievement_id)
        visit_id = current.visit_id if changes.visit_id in (None, "") else (
            optional_row_id(conn, "visits", changes.visit_id) or None)
        updated = current._replace(
            date=changes.date or current.date,
            officer_id=resolve_officer(conn, changes.officer)[0]
            if changes.officer else current.officer_id,
            category=category_key(changes.category) if changes.category else current.category,
            count=check_count(changes.count) if changes.count is not None else current.count,
            description=clean_name(changes.description, "description")
            if changes.description is not None else current.description,
            visit_id=visit_id,
        )
        _check(conn, updated, other_than=achievement_id)
        store.update_achievement(conn, achievement_id, updated)
        achievement = store.get_achievement(conn, achievement_id)
    assert achievement is not None
    return achievement


def delete_achievement(ctx: Context, achievement_id: int) -> Achievement:
    with ctx.logbook.write("achieve.delete", id=achievement_id) as conn:
        achievement = store.get_achievement(conn, achievement_id)
        if achievement is None:
            raise NotFound("achieve.not_found", id=achievement_id)
        store.delete_achievement(conn, achievement_id)
        ctx.logbook.describe_step(officer=achievement.officer, category=achievement.category,
                                  date=achievement.date.isoformat())
    return achievement


@dataclass(frozen=True)
class AchievementFilter:
    officer: str | None = None
    category: str | None = None
    first: date | None = None
    last: date | None = None


def list_achievements(ctx: Context, filters: AchievementFilter) -> list[Achievement]:
    category = category_key(filters.category) if filters.category else None
    with ctx.logbook.read() as conn:
        officer_id = resolve_officer(conn, filters.officer)[0] if filters.officer else None
        return store.list_achievements(conn, officer_id, category, filters.first, filters.last)


def import_achievements_file(ctx: Context, path: Path) -> ImportResult:
    """CSV date,officer,category,count,description: all or nothing, existing rows skipped."""
    from visitlog.domain.dates import parse_past_date
    from visitlog.service.imports import _batches, _rows
    from visitlog.store import officers as officer_store

    with ctx.logbook.write("achieve.import", file=path.name) as conn:
        officers = officer_store.officer_ids_by_name(conn)

        def parse(values: dict[str, str]) -> NewAchievement:
            day = parse_past_date(values["date"], ctx.today)
            officer = officers.get(values["officer"].strip())
            if officer is None:
                raise Invalid("officer.not_found", name=values["officer"], candidates="")
            count_text = values.get("count", "").strip() or "1"
            count = check_count(parse_count(count_text, "count"))
            return NewAchievement(day, officer, category_key(values["category"]), count,
                                  clean_name(values["description"], "description"))

        before = conn.total_changes
        seen = 0
        required = ("date", "officer", "category", "description")
        with ctx.logbook.bulk_insert("achievements"):
            for batch in _batches(_rows(path, ACHIEVEMENT_COLUMNS, required, parse)):
                store.insert_achievements_ignoring_existing(conn, batch)
                seen += len(batch)
            added = conn.total_changes - before  # before bulk_insert journals its range
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, seen - added)
