"""Several officers' processes writing one logbook at once lose nothing (SPEC: WAL, busy
timeout), and a lock that cannot be had ends in one clear exit-1 line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from tests.faults.conftest import (
    TODAY,
    assert_clean_failure,
    count,
    env_for,
    integrity,
    record_figure,
    run,
    seed,
    sized,
    visitlog_command,
)

WORKERS = sized("WORKERS", 8, 3)
LOGS_PER_WORKER = sized("LOGS", 100, 20)
CLI_PROCESSES = sized("CLI", 16, 6)
IMPORT_ROWS = 1_500
ENTERPRISE = "江苏金海新能源科技有限公司"

# One worker process: runs `visitlog log` LOGS times in-process (each run opens the logbook,
# writes one transaction and closes it, exactly like a separate command) and reports the
# exit codes and error lines. Starting Python once per worker keeps the test fast on 2 cores.
WORKER = r"""
import contextlib, io, json, sys
from visitlog.cli.root import cli
officer, count, start = sys.argv[1], int(sys.argv[2]), sys.argv[3]
import datetime
day0 = datetime.date.fromisoformat(start)
results = []
for i in range(count):
    day = (day0 - datetime.timedelta(days=i)).isoformat()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            cli.main(["log", "江苏金海新能源科技有限公司", "--officer", officer, "--date", day,
                      "--note", f"{officer} {i}"], prog_name="visitlog")
            code = 0
        except SystemExit as exc:
            code = exc.code
    results.append([code, err.getvalue()])
print(json.dumps(results))
"""


def _visits_csv(path: Path, officer: str, rows: int) -> Path:
    day0 = date.fromisoformat(TODAY)
    lines = ["date,officer,enterprise,roles,note"]
    lines += [f"{(day0 - timedelta(days=i)).isoformat()},{officer},{ENTERPRISE},调查员,导入 {i}"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_many_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "visitlog.db"
    loop_officers = [f"干部{i}" for i in range(WORKERS)]
    cli_officers = [f"外勤{i}" for i in range(CLI_PROCESSES)]
    seed(db, [*loop_officers, *cli_officers, "导入甲", "导入乙"], [ENTERPRISE])
    imports = [_visits_csv(tmp_path / "a.csv", "导入甲", IMPORT_ROWS),
               _visits_csv(tmp_path / "b.csv", "导入乙", IMPORT_ROWS)]
    env = env_for(db)
    procs: list[tuple[str, subprocess.Popen]] = []
    for officer in loop_officers:
        procs.append(("loop", subprocess.Popen(
            [sys.executable, "-c", WORKER, officer, str(LOGS_PER_WORKER), TODAY],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    # each import twice at once: the second must skip every row the first added
    for csv_file in (*imports, *imports):
        procs.append(("import", subprocess.Popen(
            [*visitlog_command(), "visit", "import", str(csv_file)], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    backups = [tmp_path / f"during-{i}.db" for i in range(2)]
    for target in backups:  # online backups while everyone writes
        procs.append(("backup", subprocess.Popen(
            [*visitlog_command(), "backup", str(target)], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for officer in cli_officers:
        procs.append(("cli", subprocess.Popen(
            [*visitlog_command(), "log", ENTERPRISE, "--officer", officer, "--note", officer],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))

    failures = []
    for kind, proc in procs:
        out, err = proc.communicate(timeout=300)
        if kind == "loop":
            assert proc.returncode == 0, err
            failures += [r for r in json.loads(out) if r[0] != 0]
        elif proc.returncode != 0:
            failures.append([proc.returncode, err])
    assert failures == [], failures[:5]

    assert integrity(db) == "ok"
    for target in backups:
        assert integrity(target) == "ok"
        assert count(target, "SELECT count(*) FROM undo_entries WHERE step_id NOT IN "
                             "(SELECT id FROM undo_steps)") == 0
    for officer in loop_officers:
        assert count(db, "SELECT count(*) FROM visits v JOIN officers o ON o.id = v.officer_id "
                         "WHERE o.name = ?", officer) == LOGS_PER_WORKER
        notes = count(db, "SELECT count(DISTINCT note) FROM visits v JOIN officers o "
                          "ON o.id = v.officer_id WHERE o.name = ?", officer)
        assert notes == LOGS_PER_WORKER
    for officer in (*cli_officers,):
        assert count(db, "SELECT count(*) FROM visits v JOIN officers o ON o.id = v.officer_id "
                         "WHERE o.name = ? AND v.note = ?", officer, officer) == 1
    for officer in ("导入甲", "导入乙"):
        assert count(db, "SELECT count(*) FROM visits v JOIN officers o ON o.id = v.officer_id "
                         "WHERE o.name = ?", officer) == IMPORT_ROWS
    expected = WORKERS * LOGS_PER_WORKER + CLI_PROCESSES + 2 * IMPORT_ROWS
    assert count(db, "SELECT count(*) FROM visits") == expected
    record_figure("concurrency", {
        "processes": WORKERS + CLI_PROCESSES + 4 + len(backups), "loop_workers": WORKERS,
        "backups": len(backups),
        "logs_per_worker": LOGS_PER_WORKER, "cli_processes": CLI_PROCESSES,
        "imports": 4, "import_rows": IMPORT_ROWS, "visits": expected})


def test_lock_held_past_the_timeout_is_one_clear_line(logbook: Path) -> None:
    holder = sqlite3.connect(logbook, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = count(logbook, "SELECT count(*) FROM visits")
        result = run(logbook, "log", "金海", "--officer", "王伟",
                     env={"VISITLOG_BUSY_TIMEOUT_MS": "200"})
        assert_clean_failure(result.stderr, result.returncode, 1)
        assert "locked" in result.stderr and str(logbook) in result.stderr
        zh = run(logbook, "--lang", "zh", "log", "金海", "--officer", "王伟",
                 env={"VISITLOG_BUSY_TIMEOUT_MS": "200"})
        assert_clean_failure(zh.stderr, zh.returncode, 1)
        assert "稍后重试" in zh.stderr
        # readers are not blocked by a writer (WAL)
        listing = run(logbook, "visit", "list", "--format", "json",
                      env={"VISITLOG_BUSY_TIMEOUT_MS": "200"})
        assert listing.returncode == 0, listing.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert count(logbook, "SELECT count(*) FROM visits") == before
    assert integrity(logbook) == "ok"
