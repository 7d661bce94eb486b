"""Floors for the benchmark: what the same work costs without visitlog.

    python bench/floors.py insert DB          argparse + sqlite3 inserting one row
    python bench/floors.py week DB WEEK [--dept D]
                                              the week report's queries, bare through sqlite3
"""

from __future__ import annotations

import argparse
import sqlite3


def insert(db: str) -> None:
    insert_row(db, "2026-11-19", "王伟", "江苏金海新能源科技有限公司")


def insert_row(db: str, day: str, officer: str, enterprise: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS visits (id INTEGER PRIMARY KEY, date TEXT, "
                 "officer TEXT, enterprise TEXT)")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO visits (date, officer, enterprise) VALUES (?, ?, ?)",
                 (day, officer, enterprise))
    conn.execute("COMMIT")
    conn.close()


def week(db: str, week_name: str, dept: str | None) -> None:
    """Visits per officer this week and the ISO weeks each met this year, as plain SQL."""
    conn = sqlite3.connect(db)
    officers = conn.execute(
        "SELECT id, name, dept FROM officers WHERE (? IS NULL OR dept = ?) ORDER BY dept, pinyin",
        (dept, dept)).fetchall()
    ids = str([o[0] for o in officers])
    visits = conn.execute(
        "SELECT v.officer_id, count(*), group_concat(e.name) FROM json_each(?) j "
        "CROSS JOIN visits v ON v.officer_id = j.value AND v.week = ? "
        "JOIN enterprises e ON e.id = v.enterprise_id GROUP BY v.officer_id",
        (ids, week_name)).fetchall()
    met = conn.execute(
        "SELECT j.value, (SELECT count(DISTINCT week) FROM visits WHERE officer_id = j.value "
        "AND week BETWEEN ? AND ?) FROM json_each(?) j",
        (week_name[:4] + "-W01", week_name, ids)).fetchall()
    print(len(officers), len(visits), len(met))


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("insert")
    p.add_argument("db")
    p = sub.add_parser("week")
    p.add_argument("db")
    p.add_argument("week")
    p.add_argument("--dept")
    args = parser.parse_args()
    if args.what == "insert":
        insert(args.db)
    else:
        week(args.db, args.week, args.dept)


if __name__ == "__main__":
    main()
