"""`browse`: Datasette in immutable mode on 127.0.0.1, with the shipped descriptions."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

import pytest

from tests.exchange_support import run
from tests.templates import Templates
from visitlog.service import browse

HAS_DATASETTE = importlib.util.find_spec("datasette") is not None


def one_visit(db: Path) -> None:
    """王伟, 江苏金海新能源 and his visit of 2026-11-16 (12 members joined)."""
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "enterprise", "add", "江苏金海新能源")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-16", "--outcome",
        "members_joined=12")


@pytest.fixture
def db(tmp_path: Path, templates: Templates) -> Path:
    db = tmp_path / "county.db"
    templates.built(db, one_visit)
    return db


def test_without_datasette_it_says_how_to_install(db: Path, monkeypatch) -> None:
    monkeypatch.setattr(browse.importlib.util, "find_spec", lambda name: None)
    from typer.testing import CliRunner

    from visitlog.cli.root import app

    result = CliRunner().invoke(app, ["--db", str(db), "--lang", "en", "browse"])
    assert result.exit_code == 1
    assert "pip install 'visitlog[browse]'" in result.output


def test_command_line_serves_the_snapshot_locally_by_default(db: Path) -> None:
    """The snapshot (never the logbook: see tests/faults/test_browse.py)."""
    argv = browse.command_line(db, Path("m.json"), "127.0.0.1", 8001)
    assert argv[3] == str(db)
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    assert "--metadata" in argv


def test_metadata_describes_every_table_under_the_files_name(db: Path) -> None:
    metadata = browse.metadata_for(db)
    tables = metadata["databases"]["county"]["tables"]
    for table in ("officers", "enterprises", "visits", "leaves", "visit_details", "week_figures"):
        assert tables[table]["description"]
    assert "uid" in tables["visits"]["columns"]


def test_metadata_lists_every_table_and_view_of_a_logbook(db: Path) -> None:
    import sqlite3

    tables = browse.metadata_for(db)["databases"]["county"]["tables"]
    conn = sqlite3.connect(db)
    try:
        names = conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', "
                             "'view') AND name NOT LIKE 'sqlite_%'").fetchall()
        for name, kind in names:
            assert name in tables, name
            assert tables[name].get("description") or tables[name].get("hidden"), name
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
            if "uid" in columns and kind == "table":
                described = set(tables[name]["columns"])
                assert {"uid", "updated_at"} <= described, name
                assert described <= columns, name
    finally:
        conn.close()


@pytest.mark.skipif(not HAS_DATASETTE, reason="datasette not installed "
                    "(pip install 'visitlog[browse]')")
def test_datasette_serves_the_logbook_read_only(db: Path, tmp_path: Path) -> None:
    from datasette.app import Datasette

    from visitlog.service.context import Context
    from visitlog.store.browse_snapshot import Snapshot

    context = Context(db_path=db, today=__import__("datetime").date(2026, 11, 22))
    browse.prepare(context)
    (tmp_path / "served").mkdir()
    snapshot = Snapshot(tmp_path / "served" / db.name, context.logbook.conn)  # as `browse`
    ds = Datasette(files=[str(snapshot.path)], metadata=browse.metadata_for(db))

    async def fetch(path: str) -> dict:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return response.json()

    details = asyncio.run(fetch("/county/visit_details.json?_shape=array"))
    assert details[0]["officer"] == "王伟" and details[0]["enterprise"] == "江苏金海新能源"
    figures = asyncio.run(fetch("/county/week_figures.json?_shape=array"))
    assert figures == [{**figures[0], "week": "2026-W47", "members_joined": 12}]
    years = asyncio.run(fetch("/county/year_figures.json?_shape=array"))
    assert years == [{**years[0], "year": "2026", "visits": 1, "members_joined": 12}]
    visits = asyncio.run(fetch("/county/visits.json?_labels=on&_shape=array"))
    assert visits[0]["officer_id"]["label"] == "王伟"  # named foreign keys are followed
    page = asyncio.run(ds.client.get("/county/visits"))
    assert "走访记录" in page.text
