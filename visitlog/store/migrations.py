"""Numbered, append-only schema migrations, applied on open and recorded in the file.

Uses sqlite-utils' Migrations (recorded in `_sqlite_migrations`); PRAGMA user_version mirrors
the number applied so that an up-to-date logbook opens without importing sqlite-utils.
Never edit an applied migration: append a new one and bump schema.SCHEMA_VERSION.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from visitlog.domain.vocab import OUTCOME_KEYS
from visitlog.store.schema import (
    IDENTITY_TABLES,
    LAST_VISIT_INSERT_TRIGGER,
    LAST_VISIT_REBUILD,
    LAST_VISIT_RECOUNT,
    LAST_VISIT_UPDATE_BODY,
    MET_WEEK_BIT,
    MET_WEEK_YEAR,
    MET_WEEKS_FORGET,
    MET_WEEKS_INSERT_TRIGGER,
    MET_WEEKS_REBUILD,
    PROGRAMME_IDENTITY_TABLES,
    RULE_IDENTITY_TABLES,
    STREAK_CARRY_TRIGGERS,
    VISIT_MONTH_COUNTS,
    VISIT_MONTHS_ADD,
    VISIT_MONTHS_INSERT_TRIGGER,
    VISIT_MONTHS_REBUILD,
    VISIT_MONTHS_REMOVE,
    VISITS_IDENTITY_INDEX,
)

migrations = Migrations("visitlog")


def _run(db: Database, statements: str) -> None:
    # executescript would COMMIT the surrounding transaction; run statement by statement.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_foundation")
def m0001_foundation(db: Database) -> None:
    _run(db, """
CREATE TABLE officers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    dept TEXT NOT NULL,
    since TEXT NOT NULL,
    retired_on TEXT,
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    town TEXT,
    industry TEXT,
    employees INTEGER,
    has_union INTEGER,
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE TABLE enterprise_aliases (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL UNIQUE,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_alias_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    week TEXT NOT NULL,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_visit_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_visit_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    roles INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    unions_formed INTEGER NOT NULL DEFAULT 0,
    members_joined INTEGER NOT NULL DEFAULT 0,
    unions_upgraded INTEGER NOT NULL DEFAULT 0,
    disputes_resolved INTEGER NOT NULL DEFAULT 0,
    enterprises_relieved INTEGER NOT NULL DEFAULT 0,
    models_built INTEGER NOT NULL DEFAULT 0,
    UNIQUE (officer_id, date, enterprise_id)
);
CREATE INDEX visits_officer_week ON visits (officer_id, week);
CREATE INDEX visits_week ON visits (week, officer_id);
CREATE INDEX visits_date ON visits (date);
CREATE INDEX visits_enterprise_date ON visits (enterprise_id, date);
CREATE TABLE leaves (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_leave_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (officer_id, start, "end")
);
CREATE INDEX leaves_end ON leaves ("end", officer_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE undo_steps (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    command TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE undo_entries (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    op TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    old TEXT
);
CREATE INDEX undo_entries_step ON undo_entries (step_id)
""")


@migrations(name="0002_annual")
def m0002_annual(db: Database) -> None:
    _run(db, """
CREATE TABLE achievements (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_achievement_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    category TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    description TEXT NOT NULL,
    visit_id INTEGER
        CONSTRAINT fk_achievement_visit REFERENCES visits(id) ON DELETE SET NULL
        DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (date, officer_id, category, description)
);
CREATE INDEX achievements_officer_date ON achievements (officer_id, date);
CREATE INDEX achievements_date ON achievements (date, officer_id);
CREATE INDEX achievements_visit ON achievements (visit_id);
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER
        CONSTRAINT fk_target_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    category TEXT NOT NULL,
    target INTEGER NOT NULL
);
CREATE UNIQUE INDEX targets_identity ON targets (year, category, coalesce(officer_id, 0))
""")


@migrations(name="0003_demands")
def m0003_demands(db: Database) -> None:
    """Workers' voice: the demand ledger with its history, and chairman reception days."""
    _run(db, """
CREATE TABLE demand_categories (
    key TEXT PRIMARY KEY,
    zh TEXT NOT NULL,
    days INTEGER NOT NULL
);
INSERT INTO demand_categories (key, zh, days) VALUES
    ('urgent', '紧急', 0), ('safety', '安全', 3), ('wages', '欠薪', 7),
    ('social_insurance', '社保', 15), ('contract', '劳动合同', 15),
    ('welfare', '福利', 30), ('general', '一般', 30);
CREATE TABLE receptions (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    host TEXT NOT NULL,
    participants INTEGER,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (date, host)
);
CREATE INDEX receptions_date ON receptions (date);
CREATE TABLE reception_enterprises (
    id INTEGER PRIMARY KEY,
    reception_id INTEGER NOT NULL
        CONSTRAINT fk_reception_enterprise_reception REFERENCES receptions(id)
        DEFERRABLE INITIALLY DEFERRED,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_reception_enterprise_enterprise REFERENCES enterprises(id)
        DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (reception_id, enterprise_id)
);
CREATE INDEX reception_enterprises_enterprise ON reception_enterprises (enterprise_id);
CREATE TABLE reception_leaders (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE demands (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_demand_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    officer_id INTEGER
        CONSTRAINT fk_demand_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id INTEGER
        CONSTRAINT fk_demand_visit REFERENCES visits(id) DEFERRABLE INITIALLY DEFERRED,
    reception_id INTEGER
        CONSTRAINT fk_demand_reception REFERENCES receptions(id) DEFERRABLE INITIALLY DEFERRED,
    category TEXT NOT NULL
        CONSTRAINT fk_demand_category REFERENCES demand_categories(key)
        DEFERRABLE INITIALLY DEFERRED,
    raised TEXT NOT NULL,
    due TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    assigned_to TEXT,
    escalated INTEGER NOT NULL DEFAULT 0,
    resolved_on TEXT,
    resolution TEXT NOT NULL DEFAULT '',
    satisfaction TEXT
);
CREATE INDEX demands_status_due ON demands (status, due);
CREATE INDEX demands_due ON demands (due);
CREATE INDEX demands_raised ON demands (raised);
CREATE INDEX demands_enterprise ON demands (enterprise_id);
CREATE INDEX demands_reception ON demands (reception_id);
CREATE TABLE demand_events (
    id INTEGER PRIMARY KEY,
    demand_id INTEGER NOT NULL
        CONSTRAINT fk_demand_event_demand REFERENCES demands(id) DEFERRABLE INITIALLY DEFERRED,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    officer TEXT
);
CREATE INDEX demand_events_demand ON demand_events (demand_id, id)
""")


# Tables from other areas are given identities only when they exist (numbering is reconciled
# at merge; the migration looks at what is there).
NEW_UID = "lower(hex(randomblob(16)))"
NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _set_uid_default(db: Database, table: str) -> None:
    """Give uid an expression default, so that every insert gets a fresh identity.

    ALTER TABLE cannot add a column with a non-constant default, but changing a column's
    default touches no stored row, which SQLite documents as safe to do by editing the
    schema text (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
    Changes"). Every existing row has been given a uid before the edit. A default costs
    nothing on insert, unlike a trigger (an extra UPDATE and undo entry per row).
    """
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    head, sep, tail = sql.rpartition(", uid TEXT")
    if not sep:
        raise RuntimeError(f"0004_identities: cannot find uid in {table}")
    sql = f"{head}, uid TEXT DEFAULT ({NEW_UID}){tail}"
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                   [sql, table])
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def uid_trigger(table: str) -> str:
    """The fallback where SQLite is built 'defensive' and the schema text cannot be edited."""
    return f"""
CREATE TRIGGER IF NOT EXISTS uid_{table} AFTER INSERT ON "{table}" WHEN new.uid IS NULL BEGIN
    UPDATE "{table}" SET uid = {NEW_UID} WHERE rowid = new.rowid;
END"""


def stamp_trigger(table: str) -> str:
    """An update that leaves updated_at alone bumps it; one that sets it (merge, undo) keeps
    the value it set. recursive_triggers is off, so the trigger's UPDATE does not refire it.
    A row without a uid is being given one (uid_trigger), which is not an edit."""
    return f"""
CREATE TRIGGER IF NOT EXISTS stamp_{table} AFTER UPDATE ON "{table}"
WHEN new.updated_at IS old.updated_at AND old.uid IS NOT NULL BEGIN
    UPDATE "{table}" SET updated_at = {NOW} WHERE rowid = new.rowid;
END"""


@migrations(name="0004_identities")
def m0004_identities(db: Database) -> None:
    """A uid on every row (unique, random), and updated_at: when the row was last edited.

    updated_at is '' until the first edit: a row created in two logbooks independently (the
    federation's roster imported by every officer) is not an edit, and must not outweigh a
    real one (a retirement) made earlier elsewhere when the logbooks are merged.
    """
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in IDENTITY_TABLES:
        if table in present:
            _give_identity(db, table)
    _run(db, BROWSE_VIEWS)


def _give_identity(db: Database, table: str) -> None:
    """uid (a fresh one for every existing row), updated_at '', the uid index, the triggers."""
    _run(db, f"""
ALTER TABLE "{table}" ADD COLUMN uid TEXT;
ALTER TABLE "{table}" ADD COLUMN updated_at TEXT DEFAULT '';
UPDATE "{table}" SET uid = {NEW_UID};
CREATE UNIQUE INDEX "{table}_uid" ON "{table}" (uid)""")
    try:
        _set_uid_default(db, table)
    except sqlite3.DatabaseError:
        db.execute(uid_trigger(table))
    db.execute(stamp_trigger(table))


# Read-only views for browsing the logbook (Datasette, any SQLite tool): names, not ids.
BROWSE_VIEWS = """
CREATE VIEW IF NOT EXISTS visit_details AS
SELECT v.id, v.date, v.week, o.name AS officer, o.dept, e.name AS enterprise, e.town,
       e.industry, v.roles, v.note, v.unions_formed, v.members_joined, v.unions_upgraded,
       v.disputes_resolved, v.enterprises_relieved, v.models_built, v.uid, v.updated_at
FROM visits v JOIN officers o ON o.id = v.officer_id JOIN enterprises e ON e.id = v.enterprise_id;
CREATE VIEW IF NOT EXISTS week_figures AS
SELECT v.week, o.dept, count(DISTINCT v.officer_id) AS officers_met, count(*) AS visits,
       count(DISTINCT v.enterprise_id) AS enterprises, sum(v.unions_formed) AS unions_formed,
       sum(v.members_joined) AS members_joined, sum(v.unions_upgraded) AS unions_upgraded,
       sum(v.disputes_resolved) AS disputes_resolved,
       sum(v.enterprises_relieved) AS enterprises_relieved, sum(v.models_built) AS models_built
FROM visits v JOIN officers o ON o.id = v.officer_id GROUP BY v.week, o.dept
"""


@migrations(name="0005_programmes")
def m0005_programmes(db: Database) -> None:
    """Practice days (三个一天), campaigns (大访谈): points, interviews; assignments (挂钩)."""
    _run(db, """
CREATE TABLE practice_days (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_practice_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('chair', 'office', 'worker')),
    enterprise_id INTEGER
        CONSTRAINT fk_practice_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (officer_id, date, kind)
);
CREATE INDEX practice_days_date ON practice_days (date, officer_id);
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    target INTEGER NOT NULL CHECK (target > 0),
    max_age INTEGER,
    CHECK ("end" >= start)
);
CREATE TABLE campaign_points (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL
        CONSTRAINT fk_point_campaign REFERENCES campaigns(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    town TEXT,
    UNIQUE (campaign_id, name)
);
CREATE TABLE interviews (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL
        CONSTRAINT fk_interview_campaign REFERENCES campaigns(id) DEFERRABLE INITIALLY DEFERRED,
    point_id INTEGER NOT NULL
        CONSTRAINT fk_interview_point REFERENCES campaign_points(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    grp TEXT NOT NULL CHECK (grp IN ('frontline', 'new_forms', 'other')),
    online INTEGER NOT NULL DEFAULT 0,
    officer_id INTEGER
        CONSTRAINT fk_interview_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX interviews_campaign_date ON interviews (campaign_id, date);
CREATE INDEX interviews_point ON interviews (point_id);
CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_assignment_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    enterprise_id INTEGER
        CONSTRAINT fk_assignment_enterprise REFERENCES enterprises(id)
        DEFERRABLE INITIALLY DEFERRED,
    town TEXT,
    CHECK ((enterprise_id IS NULL) <> (town IS NULL))
);
CREATE UNIQUE INDEX assignments_officer_enterprise ON assignments (officer_id, enterprise_id)
    WHERE enterprise_id IS NOT NULL;
CREATE UNIQUE INDEX assignments_officer_town ON assignments (officer_id, town)
    WHERE town IS NOT NULL;
CREATE INDEX assignments_enterprise ON assignments (enterprise_id);
CREATE INDEX assignments_town ON assignments (town)
""")


@migrations(name="0006_programme_identities")
def m0006_programme_identities(db: Database) -> None:
    """The tables of 0005 (and the reception-enterprise links, left out of 0004) travel too.

    0004 ran before these tables existed, so they get the same uid, updated_at and triggers
    now, every existing row keeping its content. Natural keys for merge: practice days,
    campaigns, points and reception links have UNIQUE constraints already; an interview is
    an entry of its own (SPEC: additive), so its uid is its only identity. Assignments and
    targets are unique through partial or expression indexes, which merge cannot match on:
    a plain unique index over the same columns names their key (NULLs are distinct in it,
    so it adds no constraint; merge compares with IS, so a NULL matches a NULL).
    """
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in PROGRAMME_IDENTITY_TABLES:
        columns = {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}
        if table in present and "uid" not in columns:  # an early logbook may have had 0004 late
            _give_identity(db, table)
    _run(db, """
CREATE UNIQUE INDEX IF NOT EXISTS assignments_key ON assignments (officer_id, enterprise_id, town);
CREATE UNIQUE INDEX IF NOT EXISTS targets_key ON targets (year, category, officer_id)""")
    _run(db, YEAR_VIEWS)


# The year's figures for browsing, beside 0004's week_figures: calendar years, as `report
# year` and `report summary` count visits, outcomes and achievements.
YEAR_VIEWS = """
CREATE VIEW IF NOT EXISTS year_figures AS
SELECT substr(v.date, 1, 4) AS year, o.dept, count(DISTINCT v.officer_id) AS officers_visiting,
       count(*) AS visits, count(DISTINCT v.enterprise_id) AS enterprises,
       sum(v.unions_formed) AS unions_formed, sum(v.members_joined) AS members_joined,
       sum(v.unions_upgraded) AS unions_upgraded, sum(v.disputes_resolved) AS disputes_resolved,
       sum(v.enterprises_relieved) AS enterprises_relieved, sum(v.models_built) AS models_built
FROM visits v JOIN officers o ON o.id = v.officer_id GROUP BY substr(v.date, 1, 4), o.dept;
CREATE VIEW IF NOT EXISTS six_ones_done AS
SELECT substr(a.date, 1, 4) AS year, o.name AS officer, o.dept, a.category,
       sum(a.count) AS done
FROM achievements a JOIN officers o ON o.id = a.officer_id
GROUP BY substr(a.date, 1, 4), a.officer_id, a.category
"""


@migrations(name="0007_report_tables")
def m0007_report_tables(db: Database) -> None:
    """Tables kept by triggers for the reports: met_weeks, each officer's met ISO weeks per
    week-year as a bit set (week reports read one integer per officer and year instead of
    every visit), visit_months, visits, roles and outcomes per officer and month, and
    enterprise_last_visits, each enterprise's latest visit."""
    db.execute("""
CREATE TABLE met_weeks (
    officer_id INTEGER NOT NULL,
    year INTEGER NOT NULL,
    weeks INTEGER NOT NULL,
    PRIMARY KEY (year, officer_id)
) WITHOUT ROWID""")
    # trigger bodies hold ';' themselves: one execute each
    db.execute(MET_WEEKS_INSERT_TRIGGER)
    db.execute(f"""
CREATE TRIGGER met_weeks_delete AFTER DELETE ON visits BEGIN{MET_WEEKS_FORGET}END""")
    db.execute(f"""
CREATE TRIGGER met_weeks_update AFTER UPDATE OF officer_id, week ON visits
WHEN old.officer_id IS NOT new.officer_id OR old.week IS NOT new.week BEGIN{MET_WEEKS_FORGET}
    INSERT INTO met_weeks (officer_id, year, weeks)
    VALUES (new.officer_id, {MET_WEEK_YEAR.format(v="new")}, {MET_WEEK_BIT.format(v="new")})
    ON CONFLICT (year, officer_id) DO UPDATE SET weeks = weeks | excluded.weeks;
END""")
    db.execute(MET_WEEKS_REBUILD)
    counts = ",\n    ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in VISIT_MONTH_COUNTS)
    db.execute(f"""
CREATE TABLE visit_months (
    officer_id INTEGER NOT NULL,
    month TEXT NOT NULL,
    {counts},
    PRIMARY KEY (month, officer_id)
) WITHOUT ROWID""")
    db.execute(VISIT_MONTHS_INSERT_TRIGGER)
    db.execute(f"""
CREATE TRIGGER visit_months_delete AFTER DELETE ON visits BEGIN{VISIT_MONTHS_REMOVE}END""")
    watched = ", ".join(("date", "officer_id", "roles", *OUTCOME_KEYS))
    db.execute(f"""
CREATE TRIGGER visit_months_update AFTER UPDATE OF {watched} ON visits
BEGIN{VISIT_MONTHS_REMOVE}{VISIT_MONTHS_ADD}END""")
    db.execute(VISIT_MONTHS_REBUILD)
    db.execute("""
CREATE TABLE enterprise_last_visits (
    enterprise_id INTEGER PRIMARY KEY,
    last TEXT NOT NULL
) WITHOUT ROWID""")
    db.execute(LAST_VISIT_INSERT_TRIGGER)
    db.execute(f"""
CREATE TRIGGER last_visit_delete AFTER DELETE ON visits BEGIN{LAST_VISIT_RECOUNT}END""")
    db.execute(f"""
CREATE TRIGGER last_visit_update AFTER UPDATE OF date, enterprise_id ON visits
BEGIN{LAST_VISIT_UPDATE_BODY}END""")
    db.execute(LAST_VISIT_REBUILD)
    # six-ones progress sums a year's achievements per officer and category: from the index
    db.execute("DROP INDEX IF EXISTS achievements_date")
    db.execute("CREATE INDEX achievements_date ON achievements (date, officer_id, category, count)")



@migrations(name="0008_demand_figures")
def m0008_demand_figures(db: Database) -> None:
    """The summary's and `report demands`' figures count a year's demands by status, due date,
    resolution, escalation and rating: one index holds every column they read, so a
    province's 20,000 demands a year are counted without a table lookup each (~40% faster).
    It starts with `raised`, so it serves what the plain `demands_raised` index did."""
    db.execute("DROP INDEX IF EXISTS demands_raised")
    db.execute("CREATE INDEX demands_figures ON demands (raised, status, due, resolved_on, "
               "escalated, satisfaction, category, officer_id)")


@migrations(name="0009_officer_order")
def m0009_officer_order(db: Database) -> None:
    """Every report lists officers by department, then pinyin, then name: read in that order
    from an index instead of sorting a province's 10,000 rows each time (~2.5% of its week
    report's work)."""
    db.execute("CREATE INDEX IF NOT EXISTS officers_order ON officers (dept, pinyin, name)")


@migrations(name="0010_calendar")
def m0010_calendar(db: Database) -> None:
    """The official calendar as the logbook's own data: a date is an official day off
    (`holiday`, 休) or a make-up working day (`workday`, 班), overriding the holidays
    package for that date. Its rows travel with export/merge (uid, updated_at, the natural
    key `day`). The column is `day`, not `date`: `export --since` keeps only rows whose
    `date` is on or after it, and a bundle's reports need the whole calendar."""
    db.execute(f"""
CREATE TABLE calendar_days (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL UNIQUE
        CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day) IS day),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    uid TEXT DEFAULT ({NEW_UID}),
    updated_at TEXT DEFAULT ''
)""")
    db.execute('CREATE UNIQUE INDEX "calendar_days_uid" ON calendar_days (uid)')
    db.execute(stamp_trigger("calendar_days"))


@migrations(name="0011_redacted_texts")
def m0011_redacted_texts(db: Database) -> None:
    """Texts that came in blank from a redacted bundle (`export --redact`): the row is named by
    its table and rowid. A redacted text is not an edit: a merge that brings the text later
    fills it in, whatever the stamps say, and an export names it redacted, so that it never
    blanks the text in another logbook (service/redaction.py)."""
    db.execute("""CREATE TABLE redacted_texts (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    col TEXT NOT NULL,
    UNIQUE (tbl, row_id, col)
)""")


@migrations(name="0012_rule_identities")
def m0012_rule_identities(db: Database) -> None:
    """The logbook's settings, demand categories and reception leaders get identities, so
    that they travel with export and merge like rows (matched by key, or by turn).

    The categories every logbook starts with get the same uid everywhere (a hash of their
    key), so that merging two logbooks does not rename them; a setting already set keeps
    updated_at '' (when it was set is not known)."""
    import hashlib

    for table in RULE_IDENTITY_TABLES:
        _give_identity(db, table)
    db.execute("DROP TRIGGER IF EXISTS stamp_demand_categories")
    for (key,) in db.execute("SELECT key FROM demand_categories").fetchall():
        uid = hashlib.md5(f"demand_categories:{key}".encode()).hexdigest()  # noqa: S324
        db.execute("UPDATE demand_categories SET uid = ? WHERE key = ?", [uid, key])
    db.execute(stamp_trigger("demand_categories"))


@migrations(name="0013_streak_carries")
def m0013_streak_carries(db: Database) -> None:
    """Each unbroken streak's part before a week-year, counted once and kept (schema.py's
    STREAK_CARRY_TRIGGERS forget it when what it was counted from changes): a week report
    reads one row per officer instead of following every unbroken streak back a year at a
    time, so its cost does not grow as officers keep their streaks up."""
    db.execute("""
CREATE TABLE streak_carries (
    year INTEGER NOT NULL,
    officer_id INTEGER NOT NULL,
    streak INTEGER NOT NULL,
    first_year INTEGER NOT NULL,
    basis TEXT NOT NULL,
    PRIMARY KEY (year, officer_id)
) WITHOUT ROWID""")
    db.execute("CREATE INDEX streak_carries_officer ON streak_carries (officer_id, year)")
    for trigger in STREAK_CARRY_TRIGGERS:
        db.execute(trigger)


@migrations(name="0014_visit_identity_index")
def m0014_visit_identity_index(db: Database) -> None:
    """The visits' identity (officer, date, enterprise) as a named unique index,
    `visits_identity`, instead of a UNIQUE constraint: a big import can then drop it and build
    it after the rows, one sort instead of millions of inserts in random order (~25% of a
    province's import), as it does the other indexes (store/visits.bulk_loading).

    The index SQLite built for the constraint holds exactly what the named index holds (the
    three columns and the rowid, in the same order): it is renamed into it by editing the
    schema text, as 0004 changes a default, with no row read or written. Where SQLite is built
    'defensive' and the text cannot be edited, the constraint stays, and imports keep it."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'visits'"
                     ).fetchone()[0]
    constraint = ",\n    UNIQUE (officer_id, date, enterprise_id)\n)"
    autoindex = [row[1] for row in db.execute("PRAGMA index_list(visits)") if row[3] == "u"]
    if not sql.endswith(constraint) or autoindex != ["sqlite_autoindex_visits_1"]:
        raise RuntimeError("0014_visit_identity_index: visits is not as 0001 made it")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    try:
        db.execute("PRAGMA writable_schema = ON")
        try:
            db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'visits'",
                       [sql[: -len(constraint)] + "\n)"])
            db.execute("UPDATE sqlite_master SET name = 'visits_identity', sql = ? "
                       "WHERE type = 'index' AND name = 'sqlite_autoindex_visits_1'",
                       [VISITS_IDENTITY_INDEX])
            db.execute(f"PRAGMA schema_version = {int(version) + 1}")
        finally:
            db.execute("PRAGMA writable_schema = OFF")
    except sqlite3.DatabaseError:
        return
    if db.execute("PRAGMA integrity_check(visits)").fetchone()[0] != "ok":
        raise RuntimeError("0014_visit_identity_index: visits fails its integrity check")


@migrations(name="0015_redo")
def m0015_redo(db: Database) -> None:
    """`redo`: an undo journals what it reverts as a step of its own, marked redo = 1, which
    `redo` reverts in turn (re-applying the change); any new change clears those steps."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(undo_steps)")}
    if "redo" not in columns:  # (a logbook of the branch where this was numbered 0010-0013)
        db.execute("ALTER TABLE undo_steps ADD COLUMN redo INTEGER NOT NULL DEFAULT 0")


def apply(conn) -> None:  # noqa: ANN001 - a sqlite3.Connection inside a transaction
    migrations.apply(Database(conn, recursive_triggers=False, execute_plugins=False))
