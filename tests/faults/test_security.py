"""The logbook holds workers' personal circumstances: files are private, spreadsheet cells
cannot run formulas, and no SQL is ever built from what a user typed."""

from __future__ import annotations

import ast
import csv
import io
import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.faults.conftest import env_for, invoke, visitlog_command

ROOT = Path(__file__).resolve().parents[2] / "visitlog"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_logbook_wal_shm_and_backups_are_private(tmp_path: Path, umask: int) -> None:
    db = tmp_path / "new" / "visitlog.db"
    env = env_for(db)

    def with_umask() -> None:
        os.umask(umask)

    for args in (["officer", "add", "王伟", "--dept", "办公室"],
                 ["enterprise", "add", "金海"],
                 ["backup", str(tmp_path / "b.db")]):
        result = subprocess.run([*visitlog_command(), *args], env=env, capture_output=True,
                                text=True, preexec_fn=with_umask)
        assert result.returncode == 0, result.stderr
    assert _mode(db) == 0o600
    assert _mode(db.parent) & 0o077 == 0  # the folder visitlog created is private too
    assert _mode(tmp_path / "b.db") == 0o600
    # -wal and -shm exist while a connection is open; SQLite gives them the logbook's mode
    from visitlog.store.connection import open_logbook

    logbook = open_logbook(db)
    try:
        with logbook.write("settings.set", key="x") as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('probe', '1')")
        for suffix in ("-wal", "-shm"):
            side = Path(str(db) + suffix)
            assert side.exists() and _mode(side) == 0o600, suffix
    finally:
        logbook.close()
    result = subprocess.run([*visitlog_command(), "restore", str(tmp_path / "b.db")], env=env,
                            capture_output=True, text=True, preexec_fn=with_umask)
    assert result.returncode == 0, result.stderr
    kept = list(db.parent.glob("visitlog.db.*.bak"))
    assert kept and all(_mode(k) == 0o600 for k in kept)
    assert _mode(db) == 0o600


FORMULAS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", "\n=x"]


def _csv_notes(text: str) -> list[str]:
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    return [r["note"] for r in rows]


def test_csv_output_neutralises_formulas_unless_raw(logbook: Path, monkeypatch) -> None:  # noqa: ANN001
    for i, note in enumerate(FORMULAS):
        assert invoke(logbook, "log", "金海", "--officer", "王伟", "--date",
                      f"2026-11-{10 + i:02d}", f"--note={note}").exit_code == 0
    safe = invoke(logbook, "visit", "list", "--format", "csv")
    assert sorted(_csv_notes(safe.stdout)) == sorted("'" + n for n in FORMULAS)
    monkeypatch.setenv("VISITLOG_RAW_CELLS", "1")
    raw = invoke(logbook, "visit", "list", "--format", "csv")
    assert sorted(_csv_notes(raw.stdout)) == sorted(FORMULAS)
    # JSON is data, not a spreadsheet: always exact
    monkeypatch.delenv("VISITLOG_RAW_CELLS")
    assert "=1+1" in invoke(logbook, "visit", "list", "--format", "json").stdout


# -- no SQL from user text ----------------------------------------------------------------------
# Every execute() whose SQL is not one string literal, and why its variable part is safe.
# A new entry here needs a reviewer's eye: the variable part must be a schema constant, a
# catalogue of fixed fragments, or an int(); never text a user typed or a file contained.
SQL_BUILT_FROM_CONSTANTS = {
    ("store/completion.py", "names"): "one of _QUERIES' literal statements, chosen by kind; "
                                      "the typed text is a parameter",
    ("store/connection.py", "_transaction"): "BEGIN / BEGIN IMMEDIATE literals",
    ("store/connection.py", "_create_triggers"): "table and columns from schema.JOURNALED",
    ("store/connection.py", "bulk_insert"): "table name given by service code, a constant",
    ("store/connection.py", "_max_rowid"): "same table name as bulk_insert",
    ("store/connection.py", "_open"): "busy timeout: an int",
    ("store/connection.py", "_migrate"): "schema.SCHEMA_VERSION",
    ("store/connection.py", "_create_from_snapshot"): "store/fresh.py's statements and table "
                                                      "names, generated from the migrations",
    ("store/snapshot.py", "migrated_logbook"): "schema.SCHEMA_VERSION",
    ("store/snapshot.py", "schema_of"): "table names read from sqlite_master of a logbook the "
                                        "migrations just built",
    ("store/backup.py", "replace_contents"): "page size: an int read from SQLite",
    # a logbook file from outside, on a private copy: object names read from its sqlite_master
    # are quoted (_quote doubles any "), definitions executed are visitlog's own (store/fresh)
    ("store/own_schema.py", "reference"): "store/fresh.py's statements, into :memory:",
    ("store/own_schema.py", "_drop"): "a type from sqlite_master (index/trigger/view), a "
                                      "quoted name",
    ("store/own_schema.py", "migrate"): "schema.SCHEMA_VERSION",
    ("store/own_schema.py", "rebuild_own"): "visitlog's own definitions; quoted table names "
                                            "of visitlog's derived tables",
    ("store/own_schema.py", "_rebuild_table"): "visitlog's definition, quoted column names "
                                               "read by PRAGMA table_info",
    ("store/migrations.py", "_run"): "statements of a migration in this file",
    # the PostgreSQL engine: the driver layer runs the store's own (reviewed) statements,
    # rewritten by store/pg/dialect.py; parameters stay parameters (lite.render quotes them,
    # tests/test_pg_shared.py sends hostile text through)
    ("store/exchange.py", "_foreign_keys"): "PRAGMA over a table name read from sqlite_master",
    ("store/pg/connection.py", "_run"): "the store's statements, rewritten by dialect.py",
    ("store/pg/connection.py", "executemany"): "the store's statements, rewritten",
    ("store/pg/connection.py", "_transaction"): "BEGIN literals; lock_timeout and the lock "
                                                "key: ints",
    ("store/pg/connection.py", "_migrate"): "SCHEMA_TABLE constant",
    ("store/pg/connection.py", "schema_version"): "SCHEMA_TABLE constant",
    ("store/pg/connection.py", "_max_id"): "table name given by service code (bulk_insert)",
    ("store/pg/lite.py", "execute"): "the engine's statements, parameters rendered by render()",
    ("store/pg/lite.py", "executemany"): "the same, row by row",
    ("store/pg/weekly.py", "keep_streak_carries"): "_NOTHING_SINCE and _KEEP constants",
    ("store/pg/migrations.py", "pg_0013_streak_carries"): "0013's own statements (constants "
                                                          "of store/migrations.py), by ddl()",
    ("store/pg/migrations.py", "execute"): "the same (0013's replay without its triggers)",
    ("store/visits.py", "ordered_uids"): "_UID_START or _UID_START_PG constant",
    ("store/weekly.py", "streak_carries"): "one ? per basis, nothing else",
    ("store/enterprises.py", "find_enterprises"): "SQL from the _FIND table, keyed by stage",
    ("store/officers.py", "get_officer"): "_COLUMNS constant",
    ("store/officers.py", "active_or_practising"): "_COLUMNS constant",
    ("store/officers.py", "find_officers"): "SQL fragments chosen by stage",
    ("store/officers.py", "list_officers"): "_COLUMNS and fixed fragments",
    ("store/officers.py", "active_officers"): "_COLUMNS constant",
    ("store/undo.py", "_revert"): "tables/columns filtered through schema.JOURNALED",
    ("store/visits.py", "insert_visit"): "_INSERT constant",
    ("store/visits.py", "insert_visits"): "_INSERT constant",
    ("store/visits.py", "get_visit"): "_SELECT constant",
    ("store/visits.py", "get_new_visit"): "_OUTCOME_COLS constant",
    ("store/visits.py", "update_visit"): "column names from a fixed list",
    ("store/visits.py", "list_visits"): "_SELECT and int(limit)",
    ("store/visits.py", "insert_visits_ignoring_existing"): "_INSERT constant",
    # reviewed when the areas were merged: each interpolates only module constants or names
    ("store/achievements.py", "done_by_officer"): "two fixed query texts",
    ("store/achievements.py", "get_achievement"): "_SELECT constant",
    ("store/achievements.py", "list_achievements"): "_SELECT constant",
    ("store/achievements.py", "insert_achievement"): "_INSERT constant",
    ("store/achievements.py", "insert_achievements_ignoring_existing"): "_INSERT constant",
    ("store/annual.py", "officer_roles"): "_ROLE_SUMS built from vocab.ROLE_KEYS",
    ("store/annual.py", "roles_by_officer"): "_ROLE_SUMS built from vocab.ROLE_KEYS",
    ("store/annual.py", "visit_totals"): "sums over vocab.OUTCOME_KEYS",
    ("store/annual.py", "officer_visit_totals"): "_OFFICER_TOTALS: sums over vocab.OUTCOME_KEYS",
    ("store/annual.py", "_visits_between"): "comparison operators chosen from two literals",
    ("store/migrations.py", "m0007_report_tables"): "columns and triggers from store/schema",
    ("store/migrations.py", "m0013_streak_carries"): "triggers from store/schema",
    ("store/weekly.py", "keep_streak_carries"): "busy timeout: an int read from SQLite",
    ("store/migrations.py", "m0014_visit_identity_index"): "schema_version: an int from SQLite",
    ("store/visits.py", "_build_identity"): "the identity index's SQL from sqlite_master",
    ("store/demands.py", "demand_counts"): "_COUNTS with a _GROUPS constant",
    ("store/demands.py", "get_demand"): "_SELECT constant",
    ("store/demands.py", "list_demands"): "_SELECT constant and fixed filters",
    ("store/demands.py", "update_demand"): "keyword names in service",
    ("store/programmes.py", "campaign_totals"): "a fixed WHERE fragment",
    ("store/programmes.py", "find_campaigns"): "SQL chosen by stage",
    ("store/programmes.py", "find_points"): "SQL chosen by stage",
    ("store/programmes.py", "get_campaign"): "_CAMPAIGN constant",
    ("store/receptions.py", "get_reception"): "_SELECT constant",
    ("store/receptions.py", "list_receptions"): "_SELECT constant",
    ("store/visits.py", "insert_visit_rows"): "_INSERT_OR_IGNORE constant",
    ("store/visits.py", "bulk_loading"): "ints; names from sqlite_master",
    ("store/exchange.py", "_natural_keys"): "names from the own schema",
    ("store/exchange.py", "count_rows"): "names from the own schema",
    ("store/exchange.py", "uid_of_row"): "names from the own schema",
    ("store/exchange.py", "iter_rows"): "names from the own schema",
    ("store/exchange.py", "iter_links"): "names from the own schema",
    ("store/refs.py", "refs_of"): "table names checked against refs.REF_TABLES",
    ("store/refs.py", "ids_by_ref"): "table names checked against refs.REF_TABLES",
    ("store/refs.py", "row_exists"): "table names checked against refs.REF_TABLES",
    ("store/exchange.py", "rowid_by_alias"): "names from service/merge.ALIASES",
    ("store/exchange.py", "links_of_row"): "names from the own schema",
    ("store/exchange.py", "update_row"): "names from the own schema",
    ("store/exchange.py", "value_of_row"): "names from the own schema",
    ("store/exchange.py", "iter_portable"): "names from the own schema",
    ("store/exchange.py", "insert_rows"): "names from the own schema",
    ("store/exchange.py", "rowid_by_uid"): "names from the own schema",
    ("store/exchange.py", "_one"): "names from the own schema",
    ("store/exchange.py", "identity_tables"): "names from the own schema",
    ("store/exchange.py", "_column_names"): "names from the own schema",
    ("store/exchange.py", "insert_row"): "names from the own schema",
    ("store/migrations.py", "_give_identity"): "table names from schema.IDENTITY_TABLES, "
                                               "PROGRAMME_IDENTITY_TABLES and "
                                               "RULE_IDENTITY_TABLES",
    ("store/migrations.py", "m0006_programme_identities"): "schema.PROGRAMME_IDENTITY_TABLES",
    ("store/migrations.py", "m0012_rule_identities"): "stamp_trigger of a fixed table name",
    ("store/migrations.py", "_set_uid_default"): "table names from sqlite_master",
    ("store/enterprise_edits.py", "set_fields"): "columns from the EDITABLE constant",
    ("store/enterprise_edits.py", "move_references"): "tables from the REFERRERS constant",
    ("store/enterprise_edits.py", "references"): "tables from the REFERRERS constant",
    ("store/migrations.py", "m0010_calendar"): "NEW_UID and stamp_trigger of a fixed table name",
}
EXECUTE = {"execute", "executemany", "executescript"}


def _sql_calls() -> list[tuple[str, str, bool]]:
    """(module path, enclosing function, SQL is a literal) for every execute() in visitlog."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in EXECUTE and node.args):
                    first = node.args[0]
                    literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                    found.append((path.relative_to(ROOT).as_posix(), func.name, literal))
    return found


def test_sql_runs_only_in_the_store() -> None:
    outside = {(m, f) for m, f, _ in _sql_calls() if not m.startswith("store/")}
    assert outside == set()


def test_no_sql_is_built_from_user_text() -> None:
    built = {(m, f) for m, f, literal in _sql_calls() if not literal}
    unexplained = built - set(SQL_BUILT_FROM_CONSTANTS)
    assert unexplained == set(), f"SQL built at run time; parameterize it or review: {unexplained}"
