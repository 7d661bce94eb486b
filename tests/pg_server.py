"""A throw-away PostgreSQL cluster for the test run: initdb + pg_ctl on a unix socket in a
temp folder, started once per session (on first use) and removed afterwards.

The server binaries are Debian's (/usr/lib/postgresql/N/bin) or any on PATH. initdb refuses
to run as root (CI runs as root): there the cluster belongs to the `postgres` user (or
`nobody`) through runuser. Each test gets a schema of its own in one database (its URL sets
search_path), which is much faster than a database per test.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

SKIP_NO_SERVER = ("PostgreSQL server binaries (initdb, pg_ctl) not found: the PostgreSQL "
                  "half of the suite is skipped (Debian: apt install postgresql)")
SKIP_NO_DRIVER = ("psycopg is not installed: the PostgreSQL half of the suite is skipped "
                  "(pip install -e '.[postgres]')")
DATABASE = "visitlog_tests"
USER = "visitlog"


def server_bin() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest Debian version first, then PATH)."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit()
                         else 0, reverse=True):
        if os.access(os.path.join(folder, "initdb"), os.X_OK):
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found and shutil.which("pg_ctl") else None


def _owner() -> str | None:
    """Who runs the server: ourselves, or (as root) an unprivileged user."""
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user to own the test cluster")


class Server:
    """A running cluster; `new_url()` gives an empty logbook (a fresh schema)."""

    def __init__(self, durable: bool = False) -> None:
        """durable: fsync and synchronous commits on, as a real server (the benchmark, set
        beside SQLite's synchronous=FULL); off for the tests."""
        binaries = server_bin()
        if binaries is None:
            raise FileNotFoundError(SKIP_NO_SERVER)
        self.bin = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="vl-pg-"))
        self.owner = _owner()
        self.data = self.folder / "data"
        self._numbers = itertools.count(1)
        self._pool: list[str] = []  # emptied schemas, migrated, ready for the next test
        self._seeds: list[str] | None = None
        if self.owner:
            shutil.chown(self.folder, user=self.owner)
        self._as_owner("initdb", "-D", str(self.data), "-U", USER, "--auth=trust",
                       "--no-locale", "-E", "UTF8", "--no-sync")
        options = f"-k {self.folder} -c listen_addresses='' -c max_connections=120"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._as_owner("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-s",
                       "-l", str(self.folder / "server.log"), "start")
        self.base = f"postgresql://{USER}@/{DATABASE}?host={self.folder}"
        self.admin(f"CREATE DATABASE {DATABASE}", database="postgres")

    def _as_owner(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.owner:
            command = ["runuser", "-u", self.owner, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def admin(self, sql: str, database: str = DATABASE) -> None:
        import psycopg

        with psycopg.connect(f"postgresql://{USER}@/{database}?host={self.folder}",
                             autocommit=True) as conn:
            conn.execute(sql)

    def new_url(self, prefix: str = "t") -> str:
        """An empty logbook: a new schema, named by the URL's search_path."""
        schema = f"{prefix}{next(self._numbers)}"
        self.admin(f"CREATE SCHEMA {schema}")
        return self.schema_url(schema)

    # -- a pool of migrated schemas: creating the schema costs ~200 DDL statements (0.5-2 s);
    # emptying one that a test used costs a TRUNCATE and the migrations' seed rows

    def acquire(self) -> str:
        """The URL of an empty, migrated logbook (from the pool when one is free)."""
        if self._pool:
            return self.schema_url(self._pool.pop())
        url = self.new_url("p")
        from visitlog.store.connection import open_logbook
        from visitlog.store.location import DbUrl

        open_logbook(DbUrl(url), "tests").close()
        if self._seeds is None:
            self._seeds = self._seed_rows(url)
        return url

    def release(self, url: str) -> None:
        """Empty a test's logbook (every table but the schema's own records, ids restarted,
        the migrations' seed rows back) and put it back into the pool."""
        import psycopg

        schema = url.rsplit("%3D", 1)[1]
        try:
            with psycopg.connect(url, autocommit=False) as conn:
                tables = [r[0] for r in conn.execute(
                    "SELECT relname FROM pg_class WHERE relnamespace = "
                    "to_regnamespace(current_schema()) AND relkind = 'r' "
                    "AND relname NOT IN ('visitlog_schema', 'visitlog_migrations')")]
                version = conn.execute("SELECT version FROM visitlog_schema").fetchone()
                from visitlog.store.schema import SCHEMA_VERSION

                if not tables or version is None or version[0] != SCHEMA_VERSION:
                    return  # a test that changed the schema itself: not reused
                names = ", ".join(f'"{t}"' for t in tables)
                conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
                for statement in self._seeds or ():
                    conn.execute(statement)
        except psycopg.Error:
            return
        self._pool.append(schema)

    def _seed_rows(self, url: str) -> list[str]:
        """INSERTs of the rows a freshly migrated logbook holds (demand categories …)."""
        import psycopg

        statements = []
        with psycopg.connect(url, autocommit=True) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT relname FROM pg_class WHERE relnamespace = "
                "to_regnamespace(current_schema()) AND relkind = 'r' "
                "AND relname NOT IN ('visitlog_schema', 'visitlog_migrations')")]
            for table in tables:
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
                if not rows:
                    continue
                cur = conn.execute(f'SELECT * FROM "{table}" LIMIT 0')
                columns = ", ".join(f'"{d.name}"' for d in cur.description)
                for row in rows:
                    values = ", ".join(psycopg.sql.quote(v) for v in row)
                    statements.append(f'INSERT INTO "{table}" ({columns}) OVERRIDING SYSTEM '
                                      f"VALUE VALUES ({values})")
        return statements

    def schema_url(self, schema: str) -> str:
        return f"{self.base}&options=-csearch_path%3D{schema}"

    def stop(self) -> None:
        try:
            self._as_owner("pg_ctl", "-D", str(self.data), "-m", "immediate", "-s", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def dump(url: str) -> list[str]:
    """Every row of every table of a PostgreSQL logbook, to compare before and after."""
    import psycopg

    rows: list[str] = []
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                rows.append(f"{table}: {row!r}")
    return rows
