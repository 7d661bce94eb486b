"""Moving between the engines: SQLite -> PostgreSQL -> SQLite by `merge` gives the same
reports; backup and restore on a server with PostgreSQL's own tools; browse refuses a URL."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.test_oracle import load, random_federation

pytestmark = pytest.mark.postgres

REPORTS = (
    ("report", "week", "--week", "2026-W47"), ("report", "week", "--week", "2026-W05"),
    ("report", "week", "--week", "2025-W40", "--dept", "组织部"),
    ("report", "year"), ("report", "year", "--year", "2025"), ("report", "summary"),
    ("report", "coverage"), ("report", "heatmap"), ("officer", "list"), ("leave", "list"),
)


def reports(cli: Cli) -> dict[tuple[str, ...], str]:
    out = {}
    for args in REPORTS:
        fmt = () if args[1] == "heatmap" else ("--format", "json")
        result = cli(*args, *fmt)
        out[args] = f"{result.exit_code} {result.stdout} {result.stderr}"
    return out


def test_sqlite_to_postgresql_to_sqlite_gives_the_same_reports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_server) -> None:  # noqa: ANN001
    county = Cli(tmp_path / "county", monkeypatch)
    (tmp_path / "county").mkdir()
    fed = random_federation(random.Random(7))
    load(county, fed)
    county.ok("achieve", "friends", "结交职工朋友", "--officer", fed.officers[0].name,
              "--date", fed.today.isoformat())
    want = reports(county)

    url = pg_server.new_url()
    assert "Merged the logbook logbook.db" in county.ok("--db", url, "merge", str(county.db))
    server = Cli(tmp_path, monkeypatch, url)
    server.today(fed.today.isoformat())
    assert reports(server) == want

    laptop = tmp_path / "laptop.db"
    county.ok("--db", str(laptop), "merge", url)
    county.db = laptop
    county.monkeypatch.setenv("VISITLOG_DB", str(laptop))
    assert reports(county) == want
    county.monkeypatch.setenv("VISITLOG_DB", url)
    # and again: a merge is idempotent on both sides
    assert "0 added, 0 updated" in server.ok("merge", str(laptop))
    assert reports(server) == want


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump not installed")
def test_backup_and_restore_on_a_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        pg_server) -> None:  # noqa: ANN001
    cli = Cli(tmp_path, monkeypatch, pg_server.new_url())
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("log", "江苏金海新能源科技有限公司", "--new", "--officer", "王伟",
           "--date", "2026-11-16")
    week = cli.week()
    import psycopg

    conn = psycopg.connect(cli.db, autocommit=True)
    conn.execute("INSERT INTO streak_carries (year, officer_id, streak, first_year, basis) "
                 "VALUES (2026, 1, 9, 2025, 'b')")  # as a report keeps one
    backup = tmp_path / "office.dump"
    assert cli.ok("backup", str(backup)) == (
        f"Backed up {cli.db} to {backup} (readable by you only)\n")
    assert backup.stat().st_mode & 0o777 == 0o600
    assert cli.fail(2, "backup", str(backup)).startswith("Error: ")  # no overwrite
    cli.ok("log", "江苏金海新能源科技有限公司", "--officer", "王伟", "--date", "2026-11-17")
    cli.ok("officer", "add", "李娜", "--dept", "组织部")
    before = cli.dump()
    not_a_dump = cli.csv("visits.csv", "date,officer\n")
    line = cli.fail(1, "restore", str(not_a_dump))
    assert line == f"Error: {not_a_dump} is not a backup of a PostgreSQL logbook " \
                   "(pg_dump's custom format)"
    assert cli.dump() == before
    out = cli.ok("restore", str(backup))
    assert out.startswith(f"Restored the logbook {cli.db} from {backup}; the replaced "
                          "logbook is kept as ")
    assert cli.week() == week
    assert [o["name"] for o in cli("officer", "list", "--format", "json").json()] == ["王伟"]
    # the logbook goes on as before: ids, undo, the report tables' triggers
    assert cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18").startswith(
        "✓ Logged #2: 2026-11-18")
    assert cli.ok("undo").startswith("Undone: logging visit #2")
    # the history starts afresh: the backup's steps are not replayed by undo
    assert cli.ok("undo") == "Nothing to undo\n"
    assert len(cli("visit", "list", "--format", "json").json()) == 1
    assert conn.execute("SELECT count(*) FROM streak_carries").fetchone() == (0,)  # derived
    conn.close()


def test_browse_refuses_a_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 pg_server) -> None:  # noqa: ANN001
    cli = Cli(tmp_path, monkeypatch, pg_server.new_url())
    assert cli.fail(2, "browse") == (
        "Error: browse serves SQLite logbook files only; for a PostgreSQL logbook use the "
        "server's own tools (psql …), or merge it into a SQLite file first")
