"""The logbook's schema on PostgreSQL: store/migrations.py's migrations, replayed.

One list of migrations serves both engines. Each SQLite migration (`store/migrations.py`,
numbered, append-only) runs here too, in the same order and under the same name, its
statements rewritten by `dialect.ddl` (types, identity columns, collation, NULL order); the
few that use what only SQLite has (editing the schema text, SQLite triggers) have a
PostgreSQL version in `OVERRIDES`, under the same name. Applied names are recorded in
`visitlog_migrations`, the number in `visitlog_schema` (PRAGMA user_version's stand-in).

To add a migration: append it to store/migrations.py as always. Plain DDL (CREATE TABLE /
INDEX, ALTER TABLE ADD COLUMN, INSERT) needs nothing more. A migration with triggers, PRAGMAs
or catalog queries needs its PostgreSQL version here (`@override("000N_name")`). Every
PostgreSQL test replays the migrations on a fresh schema first (tests/pg_server.py), so
one that does not run fails them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from visitlog.domain.vocab import OUTCOME_KEYS, ROLE_KEYS
from visitlog.store.pg.dialect import ddl
from visitlog.store.schema import (
    IDENTITY_TABLES,
    JOURNALED,
    PROGRAMME_IDENTITY_TABLES,
    SCHEMA_VERSION,
    VISIT_MONTH_COUNTS,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from visitlog.store.pg.connection import PgConnection

OVERRIDES: dict[str, Callable[[PgConnection], None]] = {}


def override(name: str) -> Callable[[Callable[[PgConnection], None]], Callable]:
    def register(fn: Callable[[PgConnection], None]) -> Callable[[PgConnection], None]:
        OVERRIDES[name] = fn
        return fn
    return register


class Replay:
    """What a SQLite migration is handed (`db.execute`), running each statement on the server."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = None) -> Any:
        return self.conn.execute_native(ddl(sql), params)


def apply(conn: PgConnection) -> None:
    """Apply every pending migration (inside the caller's transaction, under the write lock)."""
    from visitlog.store.migrations import migrations

    _run(conn, ENGINE_FUNCTIONS)
    conn.execute_native("CREATE TABLE IF NOT EXISTS visitlog_migrations "
                        "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    # the version, and the tables with an `id` (an INSERT's lastrowid is RETURNING id there):
    # read together in the one query that opens a logbook
    conn.execute_native("CREATE TABLE IF NOT EXISTS visitlog_schema "
                        "(version INTEGER NOT NULL, id_tables TEXT NOT NULL DEFAULT '')")
    done = {row[0] for row in conn.execute_native("SELECT name FROM visitlog_migrations")}
    for migration in migrations._migrations:
        if migration.name in done:
            continue
        step = OVERRIDES.get(migration.name)
        if step is not None:
            step(conn)
        else:
            migration.fn(Replay(conn))
        for extra in ENGINE_EXTRAS.get(migration.name, ()):
            conn.execute_native(extra)
        conn.execute_native(
            "INSERT INTO visitlog_migrations (name, applied_at) VALUES (%s, "
            "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'))",
            (migration.name,))
    _journal_every_table(conn)
    id_tables = ",".join(sorted(t for t in _tables(conn) if "id" in _columns(conn, t)))
    conn.execute_native("DELETE FROM visitlog_schema")
    conn.execute_native("INSERT INTO visitlog_schema (version, id_tables) VALUES (%s, %s)",
                        (SCHEMA_VERSION, id_tables))


def _run(conn: PgConnection, statements: str) -> None:
    for statement in statements.split(";;\n"):
        if statement.strip():
            conn.execute_native(statement.replace("%", "%%"))


# Functions the schema's triggers and the store's SQL use (CREATE OR REPLACE: every apply).
NEW_UID = "replace(CAST(gen_random_uuid() AS text), '-', '')"
NOW = """to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""
ENGINE_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION vl_count_true(bigint, boolean) RETURNS bigint
LANGUAGE sql IMMUTABLE AS 'SELECT coalesce($1, 0) + CASE WHEN $2 THEN 1 ELSE 0 END';;
CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = vl_count_true, STYPE = bigint);;
CREATE OR REPLACE FUNCTION vl_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- an update that leaves updated_at alone bumps it; one that sets it (merge, undo) keeps it
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at AND OLD.uid IS NOT NULL THEN
        NEW.updated_at := {NOW};
    END IF;
    RETURN NEW;
END $$;;
CREATE OR REPLACE FUNCTION vl_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    step text := current_setting('visitlog.step', true);
BEGIN
    IF step IS NULL OR step = '' THEN
        RETURN NULL;  -- not a journaled write (undo itself, migrations, settings)
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF current_setting('visitlog.bulk', true) = TG_TABLE_NAME THEN
            RETURN NULL;  -- journaled as one id range (Logbook.bulk_insert)
        END IF;
        INSERT INTO undo_entries (step_id, tbl, op, row_id, old)
        VALUES (CAST(step AS bigint), TG_TABLE_NAME, 'insert', NEW.id, NULL);
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO undo_entries (step_id, tbl, op, row_id, old)
        VALUES (CAST(step AS bigint), TG_TABLE_NAME, 'update', OLD.id,
                CAST(row_to_json(OLD) AS text));
    ELSE
        IF current_setting('visitlog.trim', true) = TG_TABLE_NAME THEN
            RETURN NULL;  -- a bulk insert removing its own rows (bulk_insert's trims_itself)
        END IF;
        INSERT INTO undo_entries (step_id, tbl, op, row_id, old)
        VALUES (CAST(step AS bigint), TG_TABLE_NAME, 'delete', OLD.id,
                CAST(row_to_json(OLD) AS text));
    END IF;
    RETURN NULL;
END $$
"""

# What PostgreSQL adds to a migration after it ran: who made each undo step (undo is per
# caller on a shared logbook) and the index the check "changed since by someone else" reads.
ENGINE_EXTRAS: dict[str, tuple[str, ...]] = {
    "0001_foundation": (
        'ALTER TABLE undo_steps ADD COLUMN who TEXT COLLATE "C" NOT NULL DEFAULT \'\'',
        "CREATE INDEX undo_steps_who ON undo_steps (who, id)",
        "CREATE INDEX undo_entries_row ON undo_entries (tbl, row_id, step_id)",
    ),
}


def _journal_every_table(conn: PgConnection) -> None:
    present = _tables(conn)
    for table in JOURNALED:
        if table in present:
            conn.execute_native(
                f'CREATE OR REPLACE TRIGGER undo_journal AFTER INSERT OR UPDATE OR DELETE '
                f'ON "{table}" FOR EACH ROW EXECUTE FUNCTION vl_journal()')


def _tables(conn: PgConnection) -> set[str]:
    from visitlog.store.pg.catalog import table_names

    return set(table_names(conn))


def _columns(conn: PgConnection, table: str) -> set[str]:
    from visitlog.store.pg.catalog import column_names

    return {name for name, _pk in column_names(conn, table)}


def _give_identity(conn: PgConnection, table: str) -> None:
    """0004/0006 on PostgreSQL: uid with an expression default (PostgreSQL allows one),
    updated_at '', the uid index, and the stamp trigger."""
    for statement in (
        f'ALTER TABLE "{table}" ADD COLUMN uid TEXT COLLATE "C"',
        f'ALTER TABLE "{table}" ADD COLUMN updated_at TEXT COLLATE "C" DEFAULT \'\'',
        f'UPDATE "{table}" SET uid = {NEW_UID}',
        f'ALTER TABLE "{table}" ALTER COLUMN uid SET DEFAULT {NEW_UID}',
        f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" (uid)',
        f'CREATE TRIGGER "stamp_{table}" BEFORE UPDATE ON "{table}" '
        "FOR EACH ROW EXECUTE FUNCTION vl_stamp()",
    ):
        conn.execute_native(statement)


@override("0004_identities")
def pg_0004_identities(conn: PgConnection) -> None:
    from visitlog.store.migrations import BROWSE_VIEWS

    present = _tables(conn)
    for table in IDENTITY_TABLES:
        if table in present:
            _give_identity(conn, table)
    for view in BROWSE_VIEWS.split(";\n"):
        if view.strip():
            conn.execute_native(ddl(view))


@override("0006_programme_identities")
def pg_0006_programme_identities(conn: PgConnection) -> None:
    from visitlog.store.migrations import YEAR_VIEWS

    present = _tables(conn)
    for table in PROGRAMME_IDENTITY_TABLES:
        if table in present and "uid" not in _columns(conn, table):
            _give_identity(conn, table)
    conn.execute_native("CREATE UNIQUE INDEX IF NOT EXISTS assignments_key "
                        "ON assignments (officer_id, enterprise_id, town)")
    conn.execute_native("CREATE UNIQUE INDEX IF NOT EXISTS targets_key "
                        "ON targets (year, category, officer_id)")
    year_figures, six_ones = (v for v in YEAR_VIEWS.split(";\n") if v.strip())
    conn.execute_native(ddl(year_figures))
    # PostgreSQL wants every selected column grouped (SQLite takes o.name from any row)
    conn.execute_native(ddl(six_ones.replace(
        "GROUP BY substr(a.date, 1, 4), a.officer_id, a.category",
        "GROUP BY substr(a.date, 1, 4), a.officer_id, o.name, o.dept, a.category")))


# -- 0007: the report tables, kept by PL/pgSQL triggers on visits (store/schema.py has the
# SQLite triggers and says what each table holds) ------------------------------------------

_WEEK_BIT = "(CAST(1 AS bigint) << (CAST(substr({v}.week, 7) AS integer) - 1))"
_WEEK_YEAR = "CAST(substr({v}.week, 1, 4) AS integer)"
_MET_ADD = f"""
        INSERT INTO met_weeks (officer_id, year, weeks)
        VALUES (NEW.officer_id, {_WEEK_YEAR.format(v="NEW")}, {_WEEK_BIT.format(v="NEW")})
        ON CONFLICT (year, officer_id) DO UPDATE SET weeks = met_weeks.weeks | excluded.weeks;"""
_MET_FORGET = f"""
        UPDATE met_weeks SET weeks = weeks & ~{_WEEK_BIT.format(v="OLD")}
        WHERE year = {_WEEK_YEAR.format(v="OLD")} AND officer_id = OLD.officer_id
          AND NOT EXISTS (SELECT 1 FROM visits
                          WHERE officer_id = OLD.officer_id AND week = OLD.week);
        DELETE FROM met_weeks
        WHERE year = {_WEEK_YEAR.format(v="OLD")} AND officer_id = OLD.officer_id
          AND weeks = 0;"""
_MONTH_VALUES = ["1", *(f"((NEW.roles >> {i}) & 1)" for i in range(len(ROLE_KEYS))),
                 *(f"NEW.{key}" for key in OUTCOME_KEYS)]
_MONTH_OLD = dict(zip(VISIT_MONTH_COUNTS,
                      ["1", *(f"((OLD.roles >> {i}) & 1)" for i in range(len(ROLE_KEYS))),
                       *(f"OLD.{key}" for key in OUTCOME_KEYS)], strict=True))
_MONTH_ADD = f"""
        INSERT INTO visit_months (officer_id, month, {", ".join(VISIT_MONTH_COUNTS)})
        VALUES (NEW.officer_id, substr(NEW.date, 1, 7), {", ".join(_MONTH_VALUES)})
        ON CONFLICT (month, officer_id) DO UPDATE SET
        {", ".join(f"{c} = visit_months.{c} + excluded.{c}" for c in VISIT_MONTH_COUNTS)};"""
_MONTH_REMOVE = f"""
        UPDATE visit_months SET
        {", ".join(f"{c} = {c} - {_MONTH_OLD[c]}" for c in VISIT_MONTH_COUNTS)}
        WHERE month = substr(OLD.date, 1, 7) AND officer_id = OLD.officer_id;
        DELETE FROM visit_months
        WHERE month = substr(OLD.date, 1, 7) AND officer_id = OLD.officer_id AND visits = 0;"""
_MONTH_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}"
                             for c in ("date", "officer_id", "roles", *OUTCOME_KEYS))
_LAST_ADD = """
        INSERT INTO enterprise_last_visits (enterprise_id, last)
        VALUES (NEW.enterprise_id, NEW.date)
        ON CONFLICT (enterprise_id) DO UPDATE
        SET last = greatest(enterprise_last_visits.last, excluded.last);"""
_LAST_RECOUNT = """
        DELETE FROM enterprise_last_visits WHERE enterprise_id = OLD.enterprise_id;
        INSERT INTO enterprise_last_visits (enterprise_id, last)
        SELECT enterprise_id, max(date) FROM visits WHERE enterprise_id = OLD.enterprise_id
        GROUP BY enterprise_id;"""

REPORT_TRIGGERS = f"""
CREATE OR REPLACE FUNCTION vl_met_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN{_MET_ADD}
    ELSIF TG_OP = 'DELETE' THEN{_MET_FORGET}
    ELSIF OLD.officer_id IS DISTINCT FROM NEW.officer_id OR OLD.week IS DISTINCT FROM NEW.week
    THEN{_MET_FORGET}{_MET_ADD}
    END IF;
    RETURN NULL;
END $$;;
CREATE OR REPLACE FUNCTION vl_visit_months() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN{_MONTH_ADD}
    ELSIF TG_OP = 'DELETE' THEN{_MONTH_REMOVE}
    ELSIF {_MONTH_CHANGED} THEN{_MONTH_REMOVE}{_MONTH_ADD}
    END IF;
    RETURN NULL;
END $$;;
CREATE OR REPLACE FUNCTION vl_last_visit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN{_LAST_ADD}
    ELSIF TG_OP = 'DELETE' THEN{_LAST_RECOUNT}
    ELSIF OLD.date IS DISTINCT FROM NEW.date
          OR OLD.enterprise_id IS DISTINCT FROM NEW.enterprise_id THEN{_LAST_RECOUNT}{_LAST_ADD}
    END IF;
    RETURN NULL;
END $$;;
CREATE TRIGGER met_weeks_change AFTER INSERT OR UPDATE OR DELETE ON visits
FOR EACH ROW EXECUTE FUNCTION vl_met_weeks();;
CREATE TRIGGER visit_months_change AFTER INSERT OR UPDATE OR DELETE ON visits
FOR EACH ROW EXECUTE FUNCTION vl_visit_months();;
CREATE TRIGGER last_visit_change AFTER INSERT OR UPDATE OR DELETE ON visits
FOR EACH ROW EXECUTE FUNCTION vl_last_visit()
"""

REPORT_REBUILD = f"""
INSERT INTO met_weeks (officer_id, year, weeks)
SELECT officer_id, year, sum(bit) FROM (
    SELECT DISTINCT officer_id, {_WEEK_YEAR.format(v="visits")} AS year,
           {_WEEK_BIT.format(v="visits")} AS bit
    FROM visits
) AS weeks GROUP BY officer_id, year;;
INSERT INTO visit_months (officer_id, month, {", ".join(VISIT_MONTH_COUNTS)})
SELECT officer_id, substr(date, 1, 7), count(*),
       {", ".join(f"sum((roles >> {i}) & 1)" for i in range(len(ROLE_KEYS)))},
       {", ".join(f"sum({key})" for key in OUTCOME_KEYS)}
FROM visits GROUP BY officer_id, substr(date, 1, 7);;
INSERT INTO enterprise_last_visits (enterprise_id, last)
SELECT enterprise_id, max(date) FROM visits GROUP BY enterprise_id
"""


@override("0007_report_tables")
def pg_0007_report_tables(conn: PgConnection) -> None:
    counts = ",\n    ".join(f"{c} BIGINT NOT NULL DEFAULT 0" for c in VISIT_MONTH_COUNTS)
    _run(conn, f"""
CREATE TABLE met_weeks (
    officer_id BIGINT NOT NULL,
    year INTEGER NOT NULL,
    weeks BIGINT NOT NULL,
    PRIMARY KEY (year, officer_id)
);;
CREATE TABLE visit_months (
    officer_id BIGINT NOT NULL,
    month TEXT COLLATE "C" NOT NULL,
    {counts},
    PRIMARY KEY (month, officer_id)
);;
CREATE TABLE enterprise_last_visits (
    enterprise_id BIGINT PRIMARY KEY,
    last TEXT COLLATE "C" NOT NULL
)""")
    _run(conn, REPORT_TRIGGERS)
    _run(conn, REPORT_REBUILD)
    conn.execute_native("DROP INDEX IF EXISTS achievements_date")
    conn.execute_native(ddl("CREATE INDEX achievements_date ON achievements "
                            "(date, officer_id, category, count)"))


@override("0010_calendar")
def pg_0010_calendar(conn: PgConnection) -> None:
    """The calendar's days: SQLite's GLOB and date() checks as a pattern and a date cast (an
    impossible date fails the cast, as it fails date(day) IS day), the uid's expression
    default and the stamp trigger as in 0004."""
    conn.execute_native(f"""
CREATE TABLE calendar_days (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    day TEXT COLLATE "C" NOT NULL UNIQUE
        CHECK (day ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
               AND to_char(CAST(day AS date), 'YYYY-MM-DD') = day),
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT COLLATE "C" NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    uid TEXT COLLATE "C" DEFAULT ({NEW_UID}),
    updated_at TEXT COLLATE "C" DEFAULT ''
)""")
    conn.execute_native('CREATE UNIQUE INDEX "calendar_days_uid" ON calendar_days (uid)')
    conn.execute_native('CREATE TRIGGER "stamp_calendar_days" BEFORE UPDATE ON calendar_days '
                        "FOR EACH ROW EXECUTE FUNCTION vl_stamp()")


@override("0012_rule_identities")
def pg_0012_rule_identities(conn: PgConnection) -> None:
    """Settings, demand categories and reception leaders get identities as in 0004; the
    categories every logbook starts with get the same uid everywhere (a hash of their key),
    exactly as on SQLite, so that a merge between the engines does not rename them."""
    import hashlib

    from visitlog.store.schema import RULE_IDENTITY_TABLES

    for table in RULE_IDENTITY_TABLES:
        _give_identity(conn, table)
    conn.execute_native("DROP TRIGGER IF EXISTS stamp_demand_categories ON demand_categories")
    for (key,) in conn.execute_native("SELECT key FROM demand_categories").fetchall():
        uid = hashlib.md5(f"demand_categories:{key}".encode()).hexdigest()  # noqa: S324
        conn.execute_native("UPDATE demand_categories SET uid = %s WHERE key = %s", (uid, key))
    conn.execute_native('CREATE TRIGGER "stamp_demand_categories" BEFORE UPDATE ON '
                        "demand_categories FOR EACH ROW EXECUTE FUNCTION vl_stamp()")


# -- 0013: streak carries, forgotten by triggers as store/schema.py's STREAK_CARRY_TRIGGERS ----

_FORGET_CARRIES = ("DELETE FROM streak_carries "
                   "WHERE officer_id = {v}.officer_id AND year > {v}.year;")
_FORGET_OFFICER = "DELETE FROM streak_carries WHERE officer_id = {v};"


def _forgetting(function: str, statement: str, old: str, new: str) -> str:
    """A trigger function running `statement` for the old row and then the new one."""
    return f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {statement.format(v=old)}
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {statement.format(v=new)}
    END IF;
    RETURN NULL;
END $$;;
"""


STREAK_CARRY_TRIGGERS = "\n" + "".join((
    _forgetting("vl_carries_met_weeks", _FORGET_CARRIES, "OLD", "NEW"),
    _forgetting("vl_carries_leaves", _FORGET_OFFICER, "OLD.officer_id", "NEW.officer_id"),
    _forgetting("vl_carries_officers", _FORGET_OFFICER, "OLD.id", "NEW.id"))) + """\
CREATE TRIGGER streak_carries_met_change AFTER INSERT OR DELETE ON met_weeks
FOR EACH ROW EXECUTE FUNCTION vl_carries_met_weeks();;
CREATE TRIGGER streak_carries_met_update AFTER UPDATE ON met_weeks FOR EACH ROW
WHEN (OLD.weeks IS DISTINCT FROM NEW.weeks OR OLD.officer_id IS DISTINCT FROM NEW.officer_id
      OR OLD.year IS DISTINCT FROM NEW.year)
EXECUTE FUNCTION vl_carries_met_weeks();;
CREATE TRIGGER streak_carries_leave_change AFTER INSERT OR UPDATE OR DELETE ON leaves
FOR EACH ROW EXECUTE FUNCTION vl_carries_leaves();;
CREATE TRIGGER streak_carries_officer_change AFTER INSERT OR DELETE OR UPDATE OF id, since,
retired_on ON officers FOR EACH ROW EXECUTE FUNCTION vl_carries_officers()
"""


@override("0013_streak_carries")
def pg_0013_streak_carries(conn: PgConnection) -> None:
    """The table and its index as SQLite's (replayed), the SQLite triggers in PL/pgSQL: a
    kept streak is forgotten when the officer's met weeks of an earlier year, their leave,
    since or retirement change, exactly when SQLite's triggers forget it."""
    from visitlog.store.migrations import m0013_streak_carries

    class TablesOnly(Replay):
        def execute(self, sql: str, params: Any = None) -> Any:
            if sql.lstrip().upper().startswith("CREATE TRIGGER"):
                return None
            return super().execute(sql, params)

    m0013_streak_carries(TablesOnly(conn))
    _run(conn, STREAK_CARRY_TRIGGERS)


@override("0014_visit_identity_index")
def pg_0014_visit_identity_index(conn: PgConnection) -> None:
    """The visits' identity as the named unique index `visits_identity` instead of the UNIQUE
    constraint 0001 made (PostgreSQL has no schema text to edit: the index is built, then the
    constraint dropped). Imports keep it on PostgreSQL (store/visits.bulk_loading)."""
    conn.execute_native(ddl("CREATE UNIQUE INDEX visits_identity "
                            "ON visits (officer_id, date, enterprise_id)"))
    for (name,) in conn.execute_native(
            "SELECT conname FROM pg_constraint WHERE conrelid = to_regclass('visits') "
            "AND contype = 'u' AND pg_get_constraintdef(oid) = "
            "'UNIQUE (officer_id, date, enterprise_id)'").fetchall():
        conn.execute_native(f'ALTER TABLE visits DROP CONSTRAINT "{name}"')


@override("0015_redo")
def pg_0015_redo(conn: PgConnection) -> None:
    """`redo`: undo_steps.redo, as on SQLite (store/migrations.m0015_redo)."""
    if "redo" not in _columns(conn, "undo_steps"):
        conn.execute_native(ddl("ALTER TABLE undo_steps ADD COLUMN redo INTEGER NOT NULL "
                                "DEFAULT 0"))
