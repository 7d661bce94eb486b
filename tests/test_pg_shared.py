"""A shared logbook on PostgreSQL: what only a server has — who undoes what, many writers at
once, connection faults, the driver missing — and the SQL rewriting behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli
from visitlog.store.pg.dialect import ddl, translate

JINHAI = "江苏金海新能源科技有限公司"


@pytest.fixture
def pg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_server) -> Cli:  # noqa: ANN001
    return Cli(tmp_path, monkeypatch, pg_server.new_url())


def as_user(cli: Cli, user: str) -> None:
    """The OS user the next commands run as (who an undo step belongs to)."""
    cli.monkeypatch.setenv("LOGNAME", user)
    cli.monkeypatch.setenv("USER", user)


def seed(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-01")
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("enterprise", "add", "苏州华星电子有限公司")


@pytest.mark.postgres
def test_undo_reverts_the_callers_own_last_change(pg: Cli) -> None:
    seed(pg)
    as_user(pg, "wang")
    pg.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17")
    as_user(pg, "li")
    pg.ok("log", "华星", "--officer", "李娜", "--date", "2026-11-18")
    as_user(pg, "wang")
    assert pg.ok("undo") == f"Undone: logging visit #1 (2026-11-17 王伟 → {JINHAI})\n"
    visits = pg("visit", "list", "--format", "json").json()
    assert [v["officer"] for v in visits] == ["李娜"]  # li's visit stays
    as_user(pg, "li")
    assert pg.ok("undo") == "Undone: logging visit #2 (2026-11-18 李娜 → 苏州华星电子有限公司)\n"
    assert pg.ok("undo") == "Nothing to undo\n"


@pytest.mark.postgres
def test_undo_is_refused_when_someone_else_changed_the_rows_since(pg: Cli) -> None:
    as_user(pg, "wang")
    pg.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    as_user(pg, "li")
    pg.ok("officer", "retire", "王伟", "--on", "2026-11-01")
    as_user(pg, "wang")
    before = pg.dump()
    assert pg.fail(2, "undo") == (
        "Error: Cannot undo adding officer 王伟: li has changed the same rows since. "
        "Nothing was changed")
    assert pg.dump() == before


@pytest.mark.postgres
def test_undo_is_refused_when_others_built_on_the_change(pg: Cli) -> None:
    seed(pg)
    as_user(pg, "wang")
    pg.ok("enterprise", "add", "常熟波司登服饰有限公司")
    as_user(pg, "li")
    pg.ok("log", "波司登", "--officer", "李娜", "--date", "2026-11-18")
    as_user(pg, "wang")
    assert pg.fail(2, "undo") == (
        "Error: Cannot undo adding enterprise 常熟波司登服饰有限公司: someone else has changed "
        "the same rows since. Nothing was changed")
    assert len(pg("visit", "list", "--format", "json").json()) == 1


@pytest.mark.postgres
def test_redo_re_applies_the_callers_own_undo(pg: Cli) -> None:
    seed(pg)
    as_user(pg, "wang")
    pg.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17")
    as_user(pg, "li")
    pg.ok("log", "华星", "--officer", "李娜", "--date", "2026-11-18")
    pg.ok("undo")
    as_user(pg, "wang")
    pg.ok("undo")
    as_user(pg, "li")
    pg.ok("officer", "add", "张敏", "--dept", "组织部")  # clears li's redo, not wang's
    assert pg.ok("redo") == "Nothing to redo\n"
    as_user(pg, "wang")
    assert pg.ok("redo") == f"Redone: logging visit #1 (2026-11-17 王伟 → {JINHAI})\n"
    assert pg.ok("redo") == "Nothing to redo\n"
    visits = pg("visit", "list", "--format", "json").json()
    assert [(v["id"], v["officer"]) for v in visits] == [(1, "王伟")]
    assert pg.ok("undo") == f"Undone: logging visit #1 (2026-11-17 王伟 → {JINHAI})\n"


@pytest.mark.postgres
def test_redo_is_refused_when_someone_else_changed_the_rows_since(pg: Cli) -> None:
    as_user(pg, "wang")
    pg.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    pg.ok("officer", "edit", "王伟", "--dept", "组织部")
    pg.ok("undo")
    as_user(pg, "li")
    pg.ok("officer", "edit", "王伟", "--dept", "办公室")
    as_user(pg, "wang")
    before = pg.dump()
    assert pg.fail(2, "redo") == (
        "Error: Cannot redo editing officer 王伟: li has changed the same rows since. "
        "Nothing was changed")
    assert pg.dump() == before
    pg.lang("zh")
    assert pg.fail(2, "redo") == "错误：无法重做修改干部 王伟：li之后修改了同样的记录；未做任何修改"


def _visitlog(url: str, tmp: Path, *args: str, **env: str) -> subprocess.Popen:
    script = Path(sys.executable).parent / "visitlog"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VISITLOG_")}
    environment.update(VISITLOG_DB=url, VISITLOG_TODAY="2026-11-19", VISITLOG_LANG="en",
                       VISITLOG_CONFIG=str(tmp / "config.json"), **env)
    return subprocess.Popen([str(script), *args], env=environment, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.postgres
def test_twenty_processes_logging_at_once_lose_nothing(pg: Cli) -> None:
    names = [f"干部{n:02d}" for n in range(20)]
    pg.csv("officers.csv", "name,dept,since\n" + "".join(
        f"{name},组织部,2026-01-01\n" for name in names))
    pg.ok("officer", "import", str(pg.tmp_path / "officers.csv"))
    pg.ok("enterprise", "add", JINHAI)
    processes = [_visitlog(pg.db, pg.tmp_path, "log", "金海", "--officer", name,
                           "--date", "2026-11-16", "--role", "helper", USER=f"u{n}")
                 for n, name in enumerate(names)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in processes]
    for p in processes:
        p.stdout.close()
        p.stderr.close()
    assert results == [(0, "")] * 20
    report = pg.week("--week", "2026-W47")
    assert report["summary"]["met"] == 20
    assert sorted(r["officer"] for r in report["officers"] if r["met"]) == sorted(names)
    assert len(pg("visit", "list", "--format", "json").json()) == 20
    year = pg("report", "year", "--format", "json").json()
    assert sum(o["roles"]["helper"] for o in year["officers"]) == 20


@pytest.mark.postgres
def test_a_server_that_cannot_be_reached_is_one_line_exit_1(cli: Cli, tmp_path: Path) -> None:
    cli.monkeypatch.setenv("VISITLOG_DB", f"postgresql://nobody@/visitlog?host={tmp_path}")
    line = cli.fail(1, "report", "week")
    assert line.startswith(f"Error: Cannot connect to the PostgreSQL logbook "
                           f"postgresql://nobody@/visitlog?host={tmp_path}: ")


@pytest.mark.postgres
def test_a_missing_database_is_one_line_exit_1(cli: Cli, pg_server) -> None:  # noqa: ANN001
    url = pg_server.base.replace("/visitlog_tests?", "/no_such_db?")
    line = cli.fail(1, "--db", url, "log", "金海", "--officer", "王伟")
    assert line == (f"Error: Cannot connect to the PostgreSQL logbook {url}: "
                    'database "no_such_db" does not exist')


@pytest.mark.postgres
def test_a_password_in_the_url_is_never_shown(cli: Cli, tmp_path: Path) -> None:
    url = f"postgresql://officer:s3cret@/visitlog?host={tmp_path}"
    line = cli.fail(1, "--db", url, "init")
    assert "s3cret" not in line
    assert line.startswith(f"Error: Cannot connect to the PostgreSQL logbook "
                           f"postgresql://officer:***@/visitlog?host={tmp_path}: ")


def test_without_the_driver_a_url_says_what_to_install(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['psycopg'] = None; "
            "from visitlog.store.pg import lite; lite._library_paths = lambda: []; "
            "sys.argv = ['visitlog', '--db', 'postgresql://u@localhost/x', 'report', 'week']; "
            "from visitlog.cli.front import main; main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "VISITLOG_LANG": "en",
                                 "VISITLOG_CONFIG": str(tmp_path / "c.json")})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("Error: A PostgreSQL logbook needs its driver: "
                             "pip install 'visitlog[postgres]'\n")


def test_log_on_sqlite_never_imports_the_driver(tmp_path: Path) -> None:
    code = ("import sys; sys.argv = ['visitlog', '--db', sys.argv[1], 'log', 'x']; "
            "from visitlog.cli.front import run; run(sys.argv[1:]); "
            "print(sorted(m for m in sys.modules "
            "if m.startswith(('psycopg', 'visitlog.store.pg'))))")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "l.db")],
                            capture_output=True, text=True,
                            env={**os.environ, "VISITLOG_CONFIG": str(tmp_path / "c.json")})
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(("sqlite", "postgres"), [
    ("SELECT id FROM t WHERE a = ? AND b IS ?",
     "SELECT id FROM t WHERE a = %s AND b IS NOT DISTINCT FROM %s"),
    ("SELECT 1 FROM t WHERE x IS NOT NULL AND y IS NOT :y",
     "SELECT 1 FROM t WHERE x IS NOT NULL AND y IS DISTINCT FROM %(y)s"),
    ("INSERT OR IGNORE INTO t (a) VALUES (?)",
     "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"),
    ("SELECT name FROM t ORDER BY town, name DESC LIMIT ?",
     "SELECT name FROM t ORDER BY town NULLS FIRST, name DESC NULLS LAST LIMIT %s"),
    ("SELECT group_concat(DISTINCT officer_id) FROM v",
     "SELECT string_agg(DISTINCT CAST(officer_id AS text), ','::text) FROM v"),
    ("SELECT max(a, b), max(c) FROM t WHERE instr(n, ?) > 0",
     "SELECT greatest(a, b), max(c) FROM t WHERE strpos(n, %s) > 0"),
    ("SELECT id FROM (SELECT id FROM t) ORDER BY id", "SELECT id FROM (SELECT id FROM t) AS "
     "vl_sub1 ORDER BY id NULLS FIRST"),
    ("SELECT rowid, 'rowid ? %' FROM t WHERE 1", "SELECT id, 'rowid ? %%' FROM t WHERE TRUE"),
    ("SELECT m.x FROM json_each(?) j CROSS JOIN m ON m.id = j.value",
     "SELECT m.x FROM (SELECT CAST(x AS bigint) AS value FROM json_array_elements_text("
     "CAST(%s AS json)) AS t(x)) j JOIN m ON m.id = j.value"),
    ("INSERT INTO c (day, kind) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET kind = "
     "excluded.kind WHERE kind IS NOT excluded.kind",
     "INSERT INTO c (day, kind) VALUES (%s, %s) ON CONFLICT (day) DO UPDATE SET kind = "
     "excluded.kind WHERE c.kind IS DISTINCT FROM excluded.kind"),
    ("INSERT INTO s (k, at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
     "INSERT INTO s (k, at) VALUES (%s, to_char(clock_timestamp() AT TIME ZONE 'UTC', "
     "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))"),
])
def test_the_store_sql_as_postgresql_reads_it(sqlite: str, postgres: str) -> None:
    assert translate(sqlite) == postgres


@pytest.mark.parametrize(("sqlite", "postgres"), [
    ("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL, \"end\" TEXT, n INTEGER)",
     'CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, text TEXT COLLATE '
     '"C" NOT NULL, "end" TEXT COLLATE "C", n BIGINT)'),
    ("CREATE TABLE s (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
     'CREATE TABLE s (key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL,\n'
     "    id BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE\n)"),
    ("CREATE INDEX i ON t (a, b) WHERE a IS NOT NULL",
     "CREATE INDEX i ON t (a NULLS FIRST, b NULLS FIRST) WHERE a IS NOT NULL"),
    ("ALTER TABLE t ADD COLUMN note TEXT DEFAULT '%'",
     "ALTER TABLE t ADD COLUMN note TEXT COLLATE \"C\" DEFAULT '%%'"),
])
def test_migrations_as_postgresql_reads_them(sqlite: str, postgres: str) -> None:
    assert ddl(sqlite) == postgres


@pytest.mark.postgres
def test_both_drivers_give_the_same_answers(pg: Cli) -> None:
    """libpq through ctypes (store/pg/lite.py, the default) and psycopg itself (where that
    libpq cannot be loaded): the same rows, the same errors."""
    seed(pg)
    pg.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17", "--role", "helper",
          "--note", "it's 100% 'quoted'", "--outcome", "members_joined=12")
    commands = (("report", "week", "--format", "json"), ("report", "year", "--format", "json"),
                ("report", "summary", "--format", "json"), ("visit", "list", "--format", "json"),
                ("report", "coverage", "--format", "json"))
    lite = [pg(*c).stdout for c in commands]
    duplicate = pg.fail(2, "log", "金海", "--officer", "王伟", "--date", "2026-11-17")
    pg.monkeypatch.setenv("VISITLOG_PG_DRIVER", "psycopg")
    assert [pg(*c).stdout for c in commands] == lite
    assert pg.fail(2, "log", "金海", "--officer", "王伟", "--date", "2026-11-17") == duplicate
    assert "it's 100% 'quoted'" in lite[3]


HOSTILE = ["O'Brien", "'; DROP TABLE visits; --", "back\\slash\\'", "100% %s %(x)s", "$$ $a$",
           "E'\\x41'", "名字\t带\n换行", "\u202eRTL", "😀 emoji", "''", ""]


@pytest.mark.postgres
@pytest.mark.parametrize("driver", ["lite", "psycopg"])
def test_hostile_text_is_stored_exactly_as_typed(pg: Cli, driver: str) -> None:
    """Parameters stay parameters: each text comes back exactly, nothing else changes."""
    if driver == "psycopg":
        pg.monkeypatch.setenv("VISITLOG_PG_DRIVER", "psycopg")
    pg.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    for n, text in enumerate(HOSTILE):
        pg.ok("enterprise", "add", f"企业{n:02d}")
        pg.ok("log", f"企业{n:02d}", "--officer", "王伟", "--date", "2026-11-16",
              "--note", text)
    notes = {v["enterprise"]: v["note"] for v in pg("visit", "list", "--format", "json").json()}
    assert [notes[f"企业{n:02d}"] for n in range(len(HOSTILE))] == HOSTILE
    assert pg.fail(2, "log", "企业00", "--officer", "王伟", "--date", "2026-11-17",
                   "--note", "nul\x00byte").startswith("Error: ")


@pytest.mark.parametrize(("text", "shown", "name"), [
    ("postgresql://wang@server/office", "postgresql://wang@server/office", "office"),
    ("postgres://wang:s3cret@server:5433/office?sslmode=require",
     "postgres://wang:***@server:5433/office?sslmode=require", "office"),
    ("POSTGRESQL:///office?host=/run/postgresql", "POSTGRESQL:///office?host=/run/postgresql",
     "office"),
    ("postgresql://u@/db?host=/tmp&password=hush", "postgresql://u@/db?host=/tmp&password=***",
     "db"),
])
def test_a_url_is_a_server_logbook_shown_without_its_password(text: str, shown: str,
                                                              name: str) -> None:
    from visitlog.store.location import DbUrl, location_of

    where = location_of(text)
    assert isinstance(where, DbUrl)
    assert (str(where), where.name, where.url) == (shown, name, text)


def test_anything_else_is_a_file() -> None:
    from visitlog.store.location import location_of

    assert location_of("~/office.db") == Path("~/office.db").expanduser()
    assert location_of("postgresql.db") == Path("postgresql.db")
