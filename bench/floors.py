"""Floors for the benchmark: what the same work costs without visitlog.

    python bench/floors.py insert DB          argparse + sqlite3 inserting one row
    python bench/floors.py week DB WEEK [--dept D]
                                              the week report's queries, bare through sqlite3
    python bench/floors.py import DB CSVDIR   the visits CSV into a table of visitlog's columns
                                              and indexes: csv + dicts + executemany, bare
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


def import_visits(db: str, folder: str) -> None:
    """What a visit import must do at least, without visitlog: names to ids from the officers
    and enterprises CSVs, each visit row parsed (dates and roles cached by their text) and
    inserted in batches in one transaction into a table with visitlog's columns and unique
    identity, then visitlog's other indexes built (after the rows, the cheaper order).
    Not done here: validation, undo, the report tables visitlog keeps (met weeks, months)."""
    import csv
    import itertools
    from datetime import date
    from pathlib import Path

    base = Path(folder)
    with (base / "officers.csv").open(encoding="utf-8-sig", newline="") as handle:
        officers = {row[0]: i for i, row in enumerate(itertools.islice(csv.reader(handle), 1,
                                                                         None), 1)}
    with (base / "enterprises.csv").open(encoding="utf-8-sig", newline="") as handle:
        enterprises = {row[0]: i for i, row in enumerate(itertools.islice(
            csv.reader(handle), 1, None), 1)}
    roles_bit = {k: 1 << i for i, k in enumerate(
        ("publicist", "investigator", "organizer", "coordinator", "helper"))}
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -65536")
    outcomes = ("unions_formed", "members_joined", "unions_upgraded", "disputes_resolved",
                "enterprises_relieved", "models_built")
    conn.execute("DROP TABLE IF EXISTS visits")
    conn.execute(
        "CREATE TABLE visits (id INTEGER PRIMARY KEY, date TEXT NOT NULL, week TEXT NOT NULL, "
        "officer_id INTEGER NOT NULL, enterprise_id INTEGER NOT NULL, roles INTEGER NOT NULL, "
        "note TEXT NOT NULL, " + ", ".join(f"{k} INTEGER NOT NULL DEFAULT 0" for k in outcomes)
        + ", uid TEXT DEFAULT (lower(hex(randomblob(16)))), updated_at TEXT DEFAULT '', "
        "UNIQUE (officer_id, date, enterprise_id))")
    days: dict[str, tuple[str, str]] = {}
    masks: dict[str, int] = {"": 0}
    conn.execute("BEGIN IMMEDIATE")
    with (base / "visits.csv").open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        at = {name: i for i, name in enumerate(header)}
        extra = [k for k in outcomes if k in at]
        insert = ("INSERT OR IGNORE INTO visits (date, week, officer_id, enterprise_id, roles, "
                  f"note{''.join(', ' + k for k in extra)}) VALUES (?, ?, ?, ?, ?, ?"
                  f"{', ?' * len(extra)})")
        d, o, e, r, n = (at[k] for k in ("date", "officer", "enterprise", "roles", "note"))
        picks = [at[k] for k in extra]
        while batch := list(itertools.islice(reader, 5000)):
            rows = []
            for row in batch:
                day = days.get(row[d])
                if day is None:
                    parsed = date.fromisoformat(row[d])
                    year, week, _ = parsed.isocalendar()
                    day = days[row[d]] = (parsed.isoformat(), f"{year}-W{week:02d}")
                mask = masks.get(row[r])
                if mask is None:
                    mask = masks[row[r]] = sum(roles_bit[k] for k in row[r].split(";"))
                rows.append((*day, officers[row[o]], enterprises[row[e]], mask, row[n],
                             *(int(row[i] or 0) for i in picks)))
            conn.executemany(insert, rows)
    for sql in ("CREATE INDEX visits_officer_week ON visits (officer_id, week)",
                "CREATE INDEX visits_week ON visits (week, officer_id)",
                "CREATE INDEX visits_date ON visits (date)",
                "CREATE INDEX visits_enterprise_date ON visits (enterprise_id, date)",
                "CREATE UNIQUE INDEX visits_uid ON visits (uid)"):
        conn.execute(sql)
    conn.execute("COMMIT")
    print(conn.execute("SELECT count(*) FROM visits").fetchone()[0])
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("insert")
    p.add_argument("db")
    p = sub.add_parser("week")
    p.add_argument("db")
    p.add_argument("week")
    p.add_argument("--dept")
    p = sub.add_parser("import")
    p.add_argument("db")
    p.add_argument("folder")
    args = parser.parse_args()
    if args.what == "insert":
        insert(args.db)
    elif args.what == "import":
        import_visits(args.db, args.folder)
    else:
        week(args.db, args.week, args.dept)


if __name__ == "__main__":
    main()
