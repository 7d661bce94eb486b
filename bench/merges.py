"""The exchange jobs of `make bench` (issue 15), each timed as whole `visitlog` processes.

- The weekly office job: every officer of a county exports the week (`export --officer NAME
  --since MONDAY`) from their own logbook; the office merges the 50 bundles into the county
  logbook, which holds five years of history but not that week yet, with one
  `merge FILE...`. Budget: ≤ 3 s in all.
- A big merge: a city logbook (every visit of five years) merged into a city logbook that
  holds the same roster and enterprises but no visits, against `visit import` of the same
  visits into the same logbook, timed in the same run. Budget: ≥ 0.5× the import's rate.

Both check that the merged logbook reports what the source does.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

MONDAY = "2026-11-16"  # of the bench's week (run.WEEK)


def _delete_week(db: Path, monday: str) -> int:
    """The county logbook before the week: its visits from `monday` on taken out (through the
    triggers, as `visit delete` would)."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE demands SET visit_id = NULL WHERE visit_id IN "
                     "(SELECT id FROM visits WHERE date >= ?)", (monday,))
        conn.execute("UPDATE achievements SET visit_id = NULL WHERE visit_id IN "
                     "(SELECT id FROM visits WHERE date >= ?)", (monday,))
        gone = conn.execute("DELETE FROM visits WHERE date >= ?", (monday,)).rowcount
    conn.close()
    return gone


def weekly_office(visitlog: str, run: Callable, copy_db: Callable, info: dict, folder: Path,
                  week: str, cpu: Callable[[], float]) -> dict:
    """(seconds for all the merges, bundles, rows, the week report equal) of the office job."""
    full = Path(info["db"])
    with sqlite3.connect(full) as conn:
        officers = [r[0] for r in conn.execute("SELECT name FROM officers ORDER BY id")]
    conn.close()
    bundles = folder / "week-bundles"
    bundles.mkdir(exist_ok=True)
    for i, name in enumerate(officers):
        out = bundles / f"{i:03d}.jsonl"
        if not out.exists():
            run([visitlog, "--db", str(full), "export", str(out), "--officer", name,
                 "--since", MONDAY])
    files = sorted(bundles.glob("*.jsonl"))
    rows = sum(max(len(f.read_bytes().splitlines()) - 1, 0) for f in files)
    county = folder / "county-before-week.db"
    copy_db(full, county)
    taken_out = _delete_week(county, MONDAY)
    started = time.perf_counter()  # the office's one command: `merge` with every bundle
    wall, mem, rc = run([visitlog, "--db", str(county), "merge", *map(str, files)])
    seconds, cpu_seconds = time.perf_counter() - started, cpu()
    failed = rc != 0
    same = _report(visitlog, county, week) == _report(visitlog, full, week)
    return {"seconds": seconds, "cpu": cpu_seconds, "peak_mb": mem, "bundles": len(files),
            "rows": rows, "visits": taken_out, "same_report": same and not failed}


def _report(visitlog: str, db: Path, week: str) -> dict:
    import subprocess

    out = subprocess.run([visitlog, "--db", str(db), "report", "week", "--week", week,
                          "--format", "json"], capture_output=True, text=True, check=False)
    return json.loads(out.stdout) if out.returncode == 0 else {"exit": out.returncode}


def big_merge(visitlog: str, run: Callable, copy_db: Callable, info: dict, folder: Path,
              visits_csv: Path, cpu: Callable[[], float]) -> dict:
    """Seconds of merging the whole logbook into one holding its roster only, and of importing
    the same visits into another copy of that one, in the same run."""
    base = Path(info["base"])
    into = folder / "merge-into.db"
    imported = folder / "import-into.db"
    copy_db(base, into)
    copy_db(base, imported)
    wall, mem, rc = run([visitlog, "--db", str(imported), "visit", "import", str(visits_csv)])
    import_seconds, import_mb, import_cpu = wall, mem, cpu()
    wall, mem, rc_merge = run([visitlog, "--db", str(into), "merge", info["db"]])
    merge_cpu = cpu()
    with sqlite3.connect(into) as conn:
        merged = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    conn.close()
    for db in (into, imported):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    return {"merge_seconds": wall, "merge_mb": mem, "merge_cpu": merge_cpu,
            "import_cpu": import_cpu, "import_seconds": import_seconds,
            "import_mb": import_mb, "visits": merged, "ok": rc == 0 and rc_merge == 0}
