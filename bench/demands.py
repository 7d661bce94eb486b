"""Workers' demands for a benchmark logbook, written straight into its tables.

visitlog has no demand import (SPEC names none: demands are raised one by one), so the
generator inserts them itself, deterministically, with their history: every demand's `add`
step, and the steps that brought it to its status (assigned, resolved, rated). Two demands per
officer per year of the window, older ones mostly closed and rated, recent ones still open.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

RATINGS = (("very_satisfied", 45), ("satisfied", 35), ("basic", 15), ("unsatisfied", 5))
UNITS = ("区人社局", "镇劳动保障所", "企业工会", "市总法律援助中心")


def add_demands(db: Path, today: date, years: int, seed: int) -> int:
    rng = random.Random(seed)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        officers = [r[0] for r in conn.execute("SELECT id FROM officers")]
        enterprises = [r[0] for r in conn.execute("SELECT id FROM enterprises")]
        categories = conn.execute("SELECT key, days FROM demand_categories").fetchall()
        first = today - timedelta(days=365 * years)
        conn.execute("BEGIN")
        count = 0
        for officer in officers:
            for _ in range(2 * years):
                count += _add_one(conn, rng, officer, rng.choice(enterprises),
                                  rng.choice(categories), first, today)
        conn.execute("COMMIT")
        return count
    finally:
        conn.close()


def _add_one(conn: sqlite3.Connection, rng: random.Random, officer: int, enterprise: int,
             category: tuple[str, int], first: date, today: date) -> int:
    raised = first + timedelta(days=rng.randrange((today - first).days + 1))
    due = raised + timedelta(days=max(category[1], 1))
    age = (today - raised).days
    roll = rng.random()
    status = ("closed" if roll < 0.8 else "resolved" if roll < 0.92 else "assigned") \
        if age > 60 else ("open" if roll < 0.3 else "assigned" if roll < 0.6 else "resolved")
    steps = [(raised, "add", None, "open", f"{category[0]}; due {due.isoformat()}")]
    assigned_to = resolved_on = satisfaction = None
    if status != "open":
        assigned_to = rng.choice(UNITS)
        # (never after today: a merge refuses a history step dated in the future)
        steps.append((min(today, raised + timedelta(days=1)), "assign", "open", "assigned",
                      assigned_to))
    if status in ("resolved", "closed"):
        resolved_on = min(today, raised + timedelta(days=rng.randrange(1, 40)))
        steps.append((resolved_on, "resolve", "assigned", "resolved", "已办结"))
    if status == "closed":
        satisfaction = rng.choices([r for r, _ in RATINGS], [w for _, w in RATINGS])[0]
        rated = resolved_on
        if satisfaction == "unsatisfied":  # rated down: back to the unit (SPEC's table)
            status, resolved_on = "assigned", None
        steps.append((rated, "feedback", "resolved", status, satisfaction))
    demand = conn.execute(
        "INSERT INTO demands (text, enterprise_id, officer_id, category, raised, due, status, "
        "assigned_to, resolved_on, resolution, satisfaction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)",
        ("职工反映的诉求", enterprise, officer, category[0], raised.isoformat(), due.isoformat(),
         status, assigned_to, resolved_on.isoformat() if resolved_on else None,
         "已办结" if resolved_on else "", satisfaction)).lastrowid
    conn.executemany(
        "INSERT INTO demand_events (demand_id, at, action, from_status, to_status, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(demand, at.isoformat(), action, before, after, detail)
         for at, action, before, after, detail in steps])
    return 1
