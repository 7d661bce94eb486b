"""Six-ones targets: set (a logbook default or one officer's own), show, import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from visitlog.domain.errors import Invalid
from visitlog.domain.sixones import target_for
from visitlog.domain.text import ascii_digits
from visitlog.domain.vocab import SIX_ONE_KEYS, SIX_ONES, resolve_term
from visitlog.domain.year_report import TargetRow  # noqa: F401 - the report's records
from visitlog.service.context import Context
from visitlog.service.imports import ImportResult
from visitlog.service.names import resolve_officer
from visitlog.service.visits import parse_count
from visitlog.store import officers as officer_store
from visitlog.store import targets as store

TARGET_COLUMNS = {
    "officer": ("干部", "姓名"), "year": ("年度", "年份"), "category": ("类别", "六个一"),
    "target": ("目标", "目标数"),
}
MIN_YEAR, MAX_YEAR = 2000, 2100


def parse_targets(items: list[str] | tuple[str, ...]) -> dict[str, int]:
    """`CATEGORY=N` pairs (key, Chinese name or prefix) to {category key: N}."""
    if not items:
        raise Invalid("target.none")
    targets: dict[str, int] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise Invalid("target.bad", text=item)
        term = resolve_term(SIX_ONES, key, "category")
        targets[term.key] = parse_count(value, f"target {term.key}")
    return targets


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Invalid("target.bad_year", year=year)
    return year


def set_targets(ctx: Context, items: list[str], officer: str | None, year: int
                ) -> tuple[str | None, dict[str, int]]:
    """(the officer's full name, or None for everyone's default; the targets set)."""
    targets = parse_targets(items)
    name = None
    check_year(year)
    with ctx.logbook.write("target.set", year=year, officer=officer or "*") as conn:
        officer_id = None
        if officer:
            officer_id, name = resolve_officer(conn, officer)
            ctx.logbook.describe_step(officer=name)
        for category, target in targets.items():
            store.set_target(conn, officer_id, year, category, target)
    return name, targets


def show_targets(ctx: Context, year: int) -> list[TargetRow]:
    with ctx.logbook.read() as conn:
        defaults = store.targets_of_year(conn, year).get(None, {})
        own = store.officer_targets_of_year(conn, year)
    rows = [TargetRow("", key, target_for(key, None, defaults),
                      "logbook" if key in defaults else "spec") for key in SIX_ONE_KEYS]
    order = {key: i for i, key in enumerate(SIX_ONE_KEYS)}
    rows += [TargetRow(name, category, target, "officer")
             for name, category, target in sorted(own, key=lambda r: order.get(r[1], 99))]
    return rows


def targets_for_officers(conn: sqlite3.Connection, year: int
                         ) -> tuple[dict[str, int], dict[int, dict[str, int]]]:
    """(the logbook default, officer_id -> own targets) for a year, for the reports."""
    targets = store.targets_of_year(conn, year)
    default = targets.pop(None, {})
    return default, {k: v for k, v in targets.items() if k is not None}


def import_targets_file(ctx: Context, path: Path) -> ImportResult:
    """CSV officer,year,category,target (empty officer: the default); later rows win."""
    from visitlog.service.imports import _rows

    added = 0
    with ctx.logbook.write("target.import", file=path.name) as conn:
        officers = officer_store.officer_ids_by_name(conn)

        def parse(values: dict[str, str]) -> tuple[int | None, int, str, int]:
            name = values.get("officer", "").strip()
            officer = officers.get(name) if name else None
            if name and officer is None:
                raise Invalid("officer.not_found", name=name, candidates="")
            year_text = ascii_digits(values["year"])
            if year_text is None or len(year_text) > 4:
                raise Invalid("target.bad_year", year=values["year"].strip())
            category = resolve_term(SIX_ONES, values["category"], "category").key
            target = parse_count(values["target"], "target")
            return officer, check_year(int(year_text)), category, target

        for officer, year, category, target in _rows(
            path, TARGET_COLUMNS, ("year", "category", "target"), parse
        ):
            store.set_target(conn, officer, year, category, target)
            added += 1
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, 0)
