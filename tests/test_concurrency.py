"""Several officers' processes writing one logbook at once lose nothing (WAL, busy timeout)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

from tests.conftest import Cli

WORKER = textwrap.dedent("""
    import sys
    from visitlog.cli.root import cli
    officer, days = sys.argv[1], sys.argv[2:]
    for day in days:
        try:
            cli.main(["log", "金海", "--officer", officer, "--date", day], prog_name="visitlog")
        except SystemExit as exc:
            if exc.code != 0:
                sys.exit(exc.code)
""")


def test_parallel_writers_lose_nothing(cli: Cli) -> None:
    officers = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆"]
    for name in officers:
        cli.ok("officer", "add", name, "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    days = [f"2026-11-{d:02d}" for d in range(2, 14)]
    env = dict(os.environ)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, name, *days], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for name in officers]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    conn = sqlite3.connect(cli.db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (
            len(officers) * len(days),)
    finally:
        conn.close()
    assert len(cli("visit", "list", "--format", "json").json()) == len(officers) * len(days)
