"""Queries behind the week figures: aggregates over the stored ISO-week column."""

from __future__ import annotations

import sqlite3
from collections import defaultdict


def visits_of_week(conn: sqlite3.Connection, week: str) -> dict[int, list[tuple[str, str, int]]]:
    """officer_id -> [(date, enterprise name, roles mask)] for every visit in the week."""
    rows = conn.execute(
        "SELECT v.officer_id, v.date, e.name, v.roles FROM visits v "
        "JOIN enterprises e ON e.id = v.enterprise_id WHERE v.week = ? "
        # By name within a day, not by id: the report must not depend on the order in which
        # visits reached this logbook (merged logbooks number rows differently).
        "ORDER BY v.officer_id, v.date, e.name",
        (week,),
    )
    by_officer: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    for officer_id, day, enterprise, roles in rows:
        by_officer[officer_id].append((day, enterprise, roles))
    return by_officer


def met_weeks(
    conn: sqlite3.Connection, first_week: str, last_week: str, officer_ids: list[int] | None
) -> dict[int, set[str]]:
    """officer_id -> the weeks in [first_week, last_week] with at least one visit."""
    if officer_ids is None:
        rows = conn.execute(
            "SELECT officer_id, group_concat(week) FROM (SELECT DISTINCT officer_id, week "
            "FROM visits WHERE week BETWEEN ? AND ?) GROUP BY officer_id",
            (first_week, last_week),
        )
    else:
        rows = conn.execute(
            "SELECT officer_id, group_concat(week) FROM (SELECT DISTINCT v.officer_id, v.week "
            "FROM json_each(?) j JOIN visits v ON v.officer_id = j.value "
            "AND v.week BETWEEN ? AND ?) GROUP BY officer_id",
            (str(officer_ids), first_week, last_week),
        )
    return {officer_id: set(weeks.split(",")) for officer_id, weeks in rows}


def met_weeks_through(conn: sqlite3.Connection, officer_id: int, last_week: str) -> set[str]:
    """Every week up to `last_week` in which the officer visited (for long streaks)."""
    rows = conn.execute(
        "SELECT DISTINCT week FROM visits WHERE officer_id = ? AND week <= ?",
        (officer_id, last_week),
    )
    return {row[0] for row in rows}
