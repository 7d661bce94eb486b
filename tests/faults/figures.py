"""Run the data-safety suite and write docs/reliability.md with the figures of this run.

    .venv/bin/python tests/faults/figures.py
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reliability.md"


def run_suite() -> tuple[dict, int, float, str]:
    with tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "figures.jsonl"
        env = {**os.environ, "VISITLOG_FIGURES": str(figures)}
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-rs", "tests/faults"],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        values: dict = {}
        if figures.exists():
            for line in figures.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                values[item["figure"]] = item["value"]
    counts = [line for line in proc.stdout.splitlines()
              if any(w in line for w in (" passed", " failed", " error"))]
    summary = counts[-1].strip() if counts else "no summary line"
    return values, proc.returncode, seconds, summary


def render(values: dict, code: int, seconds: float, summary: str) -> str:
    c = values.get("concurrency", {})
    ki, ke, kr, ku = (values.get(k, {}) for k in ("kills_import", "kills_edit",
                                                   "kills_restore", "kills_undo"))
    kills = sum(k.get("kills", 0) for k in (ki, ke, kr, ku))
    faults = ", ".join(values.get("faults", [])) or "—"
    rows = [
        ("Concurrent writers", "tests/faults/test_concurrency.py",
         f"{c.get('processes', '?')} processes at once: {c.get('loop_workers', '?')} workers × "
         f"{c.get('logs_per_worker', '?')} `log` commands, {c.get('cli_processes', '?')} separate "
         f"`visitlog log` processes, {c.get('imports', '?')} `visit import`s of "
         f"{c.get('import_rows', '?')} rows (each file twice at once), "
         f"{c.get('backups', '?')} online `backup`s; "
         f"{c.get('visits', '?')} visits, each exactly once, none locked, integrity ok "
         "(logbook and backups)"),
        ("Lock not available", "tests/faults/test_concurrency.py",
         "a test holds BEGIN IMMEDIATE; `log` with VISITLOG_BUSY_TIMEOUT_MS=200 exits 1 with "
         "one line (en and zh); readers still work"),
        ("Killed processes (SIGKILL)", "tests/faults/test_crash.py",
         f"{kills} kills survived: {ki.get('kills', '?')} during a {ki.get('rows', '?')}-row "
         f"import ({ki.get('applied', '?')} fully applied, {ki.get('not_applied', '?')} not at "
         f"all), {ke.get('kills', '?')} during `visit edit` ({ke.get('applied', '?')} applied, "
         f"{ke.get('not_applied', '?')} not), {ku.get('kills', '?')} during `undo` of that import "
         f"({ku.get('applied', '?')} applied, {ku.get('not_applied', '?')} not), "
         f"{kr.get('kills', '?')} during `restore`; after "
         "each: integrity ok, old or new state only, undo journal consistent, `undo` works. "
         "`merge` does not exist yet (skipped)"),
        ("Hostile input (hypothesis)", "tests/faults/test_hostile_input.py",
         f"{values.get('hypothesis_inputs', '?')} generated inputs: notes, names, "
         f"{values.get('command_shapes', '?')} command shapes, malformed officer/enterprise/"
         "visit/leave CSV files (missing/extra columns, "
         "separators, line endings, UTF-8/BOM/GBK/GB18030/UTF-16/Latin-1, random bytes); "
         "exit 0 or 2 only, one stderr line, logbook unchanged on failure, notes round-trip "
         "exactly; plus fixed cases an outside fuzzer finds (ids and counts too large for "
         "SQLite, dates past the ISO week range, NUL in a file name)"),
        ("Faults", "tests/faults/test_faults.py",
         f"exit 1, one line with what to do, file unchanged: {faults}"),
        ("Migrations", "tests/faults/test_migrations.py",
         "tests/faults/fixtures/logbook_v*.db (one per released schema) open and keep every "
         "row; a newer logbook is refused, byte for byte untouched"),
        ("Backup and restore", "tests/faults/test_backup_restore.py",
         "0600 copies, --force, online during writes, restore validates (not SQLite, not a "
         "logbook, newer, damaged, missing) and keeps the replaced logbook, restores over a "
         "damaged logbook and across page sizes, gives up at the busy timeout when locked"),
        ("Security", "tests/faults/test_security.py",
         "logbook, -wal, -shm, backups and kept copies 0600 (umask 022 and 000); csv cells "
         "neutralised (VISITLOG_RAW_CELLS=1 opts out); AST check: SQL only in store/, never "
         "built from user text"),
    ] + hostile_files_rows()
    table = "\n".join(f"| {a} | `{b}` | {c} |" for a, b, c in rows)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    status = "passed" if code == 0 else f"FAILED (exit {code})"
    return f"""# Reliability: what is tested, and the figures of the last run

Written by `tests/faults/figures.py` (rerun it to refresh these figures). The suite itself runs
in `make test`; knobs for longer runs: `VISITLOG_FAULTS_WORKERS`, `VISITLOG_FAULTS_LOGS`,
`VISITLOG_FAULTS_CLI`, `VISITLOG_FAULTS_IMPORT_ROWS`, `VISITLOG_FAULTS_IMPORT_KILLS`,
`VISITLOG_FAULTS_EDIT_KILLS`, `VISITLOG_FAULTS_RESTORE_KILLS`, `VISITLOG_FAULTS_SEED`.

Last run: {when}, {platform.system()} {platform.machine()}, Python {platform.python_version()},
SQLite {__import__("sqlite3").sqlite_version}, {os.cpu_count()} CPUs; tests/faults {status} in
{seconds:.0f} s ({summary}).

| what | test | how, and the figures |
|---|---|---|
{table}

When run as root, chmod does not stop reads or writes; the permission tests then run visitlog
as `nobody` (and skip, saying so, when that user or a Python it can run is missing).
"""


def hostile_files_rows() -> list[tuple[str, str, str]]:
    """What a file can carry (issue 22): the sizes come from the tests' own tables."""
    sys.path.insert(0, str(ROOT))
    from tests.faults import (
        test_browse,
        test_incoming,
        test_numbers,
        test_outputs,
        test_outside,
        test_redaction_order,
    )
    from visitlog.service.incoming import TABLES

    return [
        ("Incoming rows (merge)", "tests/faults/test_incoming.py",
         f"every row a merge brings in passes a typed command's checks ({len(TABLES)} tables, "
         f"each column declared): {len(test_incoming.VALUES)} crafted values no command could "
         f"write and {len(test_incoming.RAW)} lines no parser should trust (`[`×100,000, a lone "
         "surrogate, NaN, a 5,000-digit number, a 1 MiB line, a 10 MB note) each refuse the file "
         "with its line from the top, exit 2, logbook unchanged, every report still working; "
         f"hypothesis: {test_incoming.EXAMPLES} bundles with any value in any column merge or "
         "are refused, never an internal error"),
        ("Logbook files from outside", "tests/faults/test_outside.py",
         f"`restore` and `merge FILE.db` of a file with {len(test_outside.HOSTILE)} foreign "
         "schema objects (a trigger deleting visits, a table, a view, an index, visitlog's own "
         "trigger redefined): all ignored and named, visitlog's schema recreated, the file "
         "never written and no -wal/-shm left beside it; redefined tables rebuilt, rows that "
         "break visitlog's constraints or a typed command's checks refused (exit 2); a damaged "
         "source named as the source; logbooks of schema 1, 5 and 8 still restored and merged"),
        ("Redaction order", "tests/faults/test_redaction_order.py",
         f"hypothesis over texts ({test_redaction_order.EXAMPLES} examples × all 6 orders of a "
         "full, a redacted and a redacted-then-edited bundle): no order loses a text; the "
         "redacted texts travel marked; undo of a filling merge"),
        ("Outputs", "tests/faults/test_outputs.py",
         f"{len(test_outputs.FORMATS)} formats, export, backup and the config file created 0600 "
         "(umask 022 and 000), none left as temporary files; --output refuses the logbook, its "
         "-wal/-shm/-journal (by another path, a hard link) and symbolic links (exit 2); the "
         "heatmap escapes control characters"),
        ("Numbers", "tests/faults/test_numbers.py",
         f"{len(test_numbers.COMMANDS)} commands × {len(test_numbers.NOT_NUMBERS)} digit-like "
         f"inputs (①, ², ٣ …) and {len(test_numbers.IMPORTS)} imports: exit 2, one line, "
         "unchanged; full-width ０–９ taken as their values"),
        ("browse", "tests/faults/test_browse.py",
         "a snapshot refreshed while officers log and merge (never malformed); stopped by "
         "SIGTERM, SIGINT and SIGHUP with Datasette gone and its folder removed; bad SQL one "
         f"line, no traceback; {len(test_browse.BAD_ADDRESSES)} "
         "bad --port/--host and a port in use: exit 2, one line"),
        ("Smaller faults", "tests/faults/test_smaller.py, test_read_only.py",
         "a write that changes nothing keeps the oldest undo step; a first command on a full "
         "disk leaves no file; a dangling --db link is one line; a read-only logbook (file or "
         "folder) is read, exported and backed up"),
    ]


def main() -> int:
    values, code, seconds, summary = run_suite()
    DOC.write_text(render(values, code, seconds, summary), encoding="utf-8")
    print(f"wrote {DOC} ({summary})")
    return code


if __name__ == "__main__":
    sys.exit(main())
