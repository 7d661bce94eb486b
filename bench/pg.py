"""The PostgreSQL half of `make bench`: the same logbooks on a server on the same machine, the
same commands timed side by side with SQLite (interleaved run by run, so that a busy machine
disturbs both alike).

The server is a throw-away cluster (tests/pg_server.py: initdb + pg_ctl on a unix socket in a
temp folder, removed afterwards). Each scale's SQLite logbook is copied in table by table
(COPY, triggers off while loading, then the report tables recounted and the id sequences set):
what `merge` would do row by row in minutes.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SKIP = ("no PostgreSQL server binaries or no psycopg: the PostgreSQL half is skipped "
        "(apt install postgresql; pip install -e '.[postgres]')")


def available() -> bool:
    from tests.pg_server import server_bin

    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return server_bin() is not None


def start():  # noqa: ANN201 - tests.pg_server.Server
    from tests.pg_server import Server

    return Server(durable=True)


_SKIPPED_TABLES = ("undo_steps", "undo_entries", "met_weeks", "visit_months",
                   "enterprise_last_visits", "streak_carries", "_sqlite_migrations")


def load(server, sqlite_db: str, schema: str, visitlog: str, env: dict) -> str:  # noqa: ANN001
    """A PostgreSQL logbook in `schema` holding what the SQLite logbook holds; its URL."""
    import subprocess

    import psycopg

    server.admin(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    server.admin(f"CREATE SCHEMA {schema}")
    url = server.schema_url(schema)
    subprocess.run([visitlog, "--db", url, "init"], check=True, env=env, capture_output=True)
    source = sqlite3.connect(sqlite_db)
    with psycopg.connect(url, autocommit=False) as conn:
        conn.execute("SET session_replication_role = replica")  # no triggers, no FK checks
        tables = [r[0] for r in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            if table in _SKIPPED_TABLES:
                continue
            theirs = [r[1] for r in source.execute(f'PRAGMA table_info("{table}")')]
            ours = {r[0] for r in conn.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) "
                "AND attnum > 0 AND NOT attisdropped", (f'"{table}"',))}
            if not ours:
                continue
            columns = [c for c in theirs if c in ours]
            names = ", ".join(f'"{c}"' for c in columns)
            conn.execute(f'DELETE FROM "{table}"')
            with conn.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in source.execute(f'SELECT {names} FROM "{table}"'):
                    copy.write_row(row)
            if "id" in ours:
                conn.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                             f"greatest(1, (SELECT max(id) FROM \"{table}\")))")
        from visitlog.store.pg.migrations import REPORT_REBUILD

        for statement in REPORT_REBUILD.split(";;\n"):
            conn.execute(statement)
        conn.commit()
    source.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return url


def timed_pair(cmd: list[str], base: list[str], runs: int, run, cpu,  # noqa: ANN001
               cmd_after=None, base_after=None) -> tuple[float, float, float, float]:  # noqa
    """Median ms of `cmd` and of `base`, run alternately after one warm-up each; (cmd ms,
    cmd peak MB, base ms, cmd CPU ms)."""
    times, bases, cpus, peak = [], [], [], 0.0
    for i in range(runs + 1):
        wall_b, _m, _rc = run(base)
        if base_after:
            run(base_after)
        wall, mem, _rc = run(cmd)
        cpu_ms = cpu()  # the CPU time of the run just made
        if cmd_after:
            run(cmd_after)
        peak = max(peak, mem)
        if i:
            times.append(wall)
            bases.append(wall_b)
            cpus.append(cpu_ms)
    return (statistics.median(times) * 1000, peak, statistics.median(bases) * 1000,
            statistics.median(cpus) * 1000)
