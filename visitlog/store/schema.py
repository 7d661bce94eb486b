"""Schema facts shared by the connection and the migrations (no sqlite-utils import here)."""

from __future__ import annotations

from visitlog.domain.vocab import OUTCOME_KEYS, ROLE_KEYS

# Bump together with a new migration appended in migrations.py (a test checks they agree).
SCHEMA_VERSION = 15

# Tables whose changes `undo` can revert, with their columns (rowid excluded).
JOURNALED: dict[str, tuple[str, ...]] = {
    "officers": ("id", "name", "dept", "since", "retired_on", "pinyin", "initials"),
    "enterprises": (
        "id", "name", "town", "industry", "employees", "has_union", "pinyin", "initials",
    ),
    "enterprise_aliases": ("id", "alias", "enterprise_id", "pinyin", "initials"),
    "visits": (
        "id", "date", "week", "officer_id", "enterprise_id", "roles", "note",
        "unions_formed", "members_joined", "unions_upgraded", "disputes_resolved",
        "enterprises_relieved", "models_built",
    ),
    "leaves": ("id", "officer_id", "start", "end", "reason"),
    "settings": ("key", "value"),
    "demand_categories": ("key", "zh", "days"),
    "receptions": ("id", "date", "host", "participants", "note"),
    "reception_enterprises": ("id", "reception_id", "enterprise_id"),
    "reception_leaders": ("id", "position", "name"),
    "demands": (
        "id", "text", "enterprise_id", "officer_id", "visit_id", "reception_id", "category",
        "raised", "due", "status", "assigned_to", "escalated", "resolved_on", "resolution",
        "satisfaction",
    ),
    "demand_events": (
        "id", "demand_id", "at", "action", "from_status", "to_status", "detail", "officer",
    ),
    # 0005_programmes
    "practice_days": ("id", "officer_id", "date", "kind", "enterprise_id", "note"),
    "campaigns": ("id", "name", "start", "end", "target", "max_age"),
    "campaign_points": ("id", "campaign_id", "name", "town"),
    "interviews": (
        "id", "campaign_id", "point_id", "date", "count", "grp", "online", "officer_id",
    ),
    "assignments": ("id", "officer_id", "enterprise_id", "town"),
    "achievements": (
        "id", "date", "officer_id", "category", "count", "description", "visit_id",
    ),
    "targets": ("id", "officer_id", "year", "category", "target"),
    # 0010_calendar: the State Council's schedule typed in (identities from the start)
    "calendar_days": ("id", "day", "kind", "name", "uid", "updated_at"),
    # 0011_redacted_texts
    "redacted_texts": ("id", "tbl", "row_id", "col"),
}

# 0004_identities: every data table carries a stable uid and the time of its last edit, so
# that `merge` can tell rows apart across logbooks; journaled, so that `undo` restores them.
# Tables of other areas are listed too: they get identities when they exist.
IDENTITY_TABLES = (
    "officers", "enterprises", "enterprise_aliases", "visits", "leaves",
    "achievements", "targets", "demands", "demand_events", "receptions",
)
# 0006_programme_identities: the same for the tables 0004 ran before.
PROGRAMME_IDENTITY_TABLES = (
    "practice_days", "campaigns", "campaign_points", "interviews", "assignments",
    "reception_enterprises",
)
# 0012_rule_identities: the logbook's own rules travel too (issue 15): its settings
# (min_available_days, calendar), demand categories and reception leaders. A setting is sent
# only once it is set, and a later setting wins, so setting one stamps it.
RULE_IDENTITY_TABLES = ("settings", "demand_categories", "reception_leaders")
IDENTITY_COLUMNS = ("uid", "updated_at")
for _table in (*IDENTITY_TABLES, *PROGRAMME_IDENTITY_TABLES, *RULE_IDENTITY_TABLES):
    if _table in JOURNALED and "uid" not in JOURNALED[_table]:
        JOURNALED[_table] = (*JOURNALED[_table], *IDENTITY_COLUMNS)

# Met weeks as one integer per officer and ISO week-year: bit n-1 set when the officer logged
# a visit in week n. Kept by triggers on visits (so every writer, undo and merge included,
# keeps it right); a bulk import suspends the insert trigger and rebuilds it in one pass.
MET_WEEK_BIT = "(1 << (CAST(substr({v}.week, 7) AS INTEGER) - 1))"
MET_WEEK_YEAR = "CAST(substr({v}.week, 1, 4) AS INTEGER)"
MET_WEEKS_INSERT_TRIGGER = f"""
CREATE TRIGGER met_weeks_insert AFTER INSERT ON visits BEGIN
    INSERT INTO met_weeks (officer_id, year, weeks)
    VALUES (new.officer_id, {MET_WEEK_YEAR.format(v="new")}, {MET_WEEK_BIT.format(v="new")})
    ON CONFLICT (year, officer_id) DO UPDATE SET weeks = weeks | excluded.weeks;
END"""
MET_WEEKS_FORGET = """
    UPDATE met_weeks SET weeks = weeks & ~{bit}
    WHERE year = {year} AND officer_id = old.officer_id
      AND NOT EXISTS (SELECT 1 FROM visits WHERE officer_id = old.officer_id AND week = old.week);
    DELETE FROM met_weeks WHERE year = {year} AND officer_id = old.officer_id AND weeks = 0;
""".format(bit=MET_WEEK_BIT.format(v="old"), year=MET_WEEK_YEAR.format(v="old"))
MET_WEEKS_REBUILD = f"""
INSERT OR REPLACE INTO met_weeks (officer_id, year, weeks)
SELECT officer_id, year, sum(bit) FROM (
    SELECT DISTINCT officer_id, {MET_WEEK_YEAR.format(v="visits")} AS year,
           {MET_WEEK_BIT.format(v="visits")} AS bit
    FROM visits
) GROUP BY officer_id, year"""

# The same after a bulk import, grouped in the order of the table's key (year, officer), so
# that the rows go in as appends rather than scattered over the years
MET_WEEKS_RECOUNT = MET_WEEKS_REBUILD.replace(") GROUP BY officer_id, year",
                                              ") GROUP BY year, officer_id")
assert MET_WEEKS_RECOUNT != MET_WEEKS_REBUILD

# Visits, roles and outcomes per officer and calendar month, kept by triggers on visits like
# met_weeks: year reports and summaries add up months instead of reading every visit.
_MONTH_ROLES = tuple(f"role_{key}" for key in ROLE_KEYS)
VISIT_MONTH_COUNTS = ("visits", *_MONTH_ROLES, *OUTCOME_KEYS)


def _month_counts(v: str) -> list[str]:
    """What one visit (`new` or `old`) adds to its month's counts, in VISIT_MONTH_COUNTS order."""
    return ["1", *(f"(({v}.roles >> {i}) & 1)" for i in range(len(ROLE_KEYS))),
            *(f"{v}.{key}" for key in OUTCOME_KEYS)]


def _month_values(v: str) -> str:
    return f"{v}.officer_id, substr({v}.date, 1, 7), {', '.join(_month_counts(v))}"


_MONTH_COLUMNS = ", ".join(("officer_id", "month", *VISIT_MONTH_COUNTS))
VISIT_MONTHS_ADD = f"""
    INSERT INTO visit_months ({_MONTH_COLUMNS}) VALUES ({_month_values("new")})
    ON CONFLICT (month, officer_id) DO UPDATE SET
    {", ".join(f"{c} = {c} + excluded.{c}" for c in VISIT_MONTH_COUNTS)};
"""
_OLD_COUNTS = dict(zip(VISIT_MONTH_COUNTS, _month_counts("old"), strict=True))
VISIT_MONTHS_REMOVE = f"""
    UPDATE visit_months SET {", ".join(f"{c} = {c} - {_OLD_COUNTS[c]}" for c in VISIT_MONTH_COUNTS)}
    WHERE month = substr(old.date, 1, 7) AND officer_id = old.officer_id;
    DELETE FROM visit_months
    WHERE month = substr(old.date, 1, 7) AND officer_id = old.officer_id AND visits = 0;
"""
VISIT_MONTHS_INSERT_TRIGGER = f"""
CREATE TRIGGER visit_months_insert AFTER INSERT ON visits BEGIN{VISIT_MONTHS_ADD}END"""
VISIT_MONTHS_REBUILD = f"""
INSERT OR REPLACE INTO visit_months ({_MONTH_COLUMNS})
SELECT officer_id, substr(date, 1, 7), count(*),
       {", ".join(f"sum((roles >> {i}) & 1)" for i in range(len(ROLE_KEYS)))},
       {", ".join(f"sum({key})" for key in OUTCOME_KEYS)}
FROM visits GROUP BY officer_id, substr(date, 1, 7)"""
# The same after a bulk import: one pass over the table (in the file's order) and one sort; left
# to itself SQLite walks visits_officer_week, one scattered table read per visit (4.4 s -> 3.2 s
# on 2.6 million visits)
VISIT_MONTHS_RESCAN = VISIT_MONTHS_REBUILD.replace("FROM visits GROUP",
                                                   "FROM visits NOT INDEXED GROUP")
# and grouped in the order of the table's key (month, officer), as met_weeks above
VISIT_MONTHS_RECOUNT = VISIT_MONTHS_RESCAN.replace("GROUP BY officer_id, substr(date, 1, 7)",
                                                   "GROUP BY substr(date, 1, 7), officer_id")
assert VISIT_MONTHS_RECOUNT != VISIT_MONTHS_RESCAN

# Each enterprise's latest visit, kept by triggers on visits: "enterprises visited since D" is
# then one pass over 50,000 rows rather than one index seek per enterprise.
_LAST_VISIT_UPSERT = """
    INSERT INTO enterprise_last_visits (enterprise_id, last) VALUES (new.enterprise_id, new.date)
    ON CONFLICT (enterprise_id) DO UPDATE SET last = max(last, excluded.last);
"""
LAST_VISIT_RECOUNT = """
    DELETE FROM enterprise_last_visits WHERE enterprise_id = old.enterprise_id;
    INSERT INTO enterprise_last_visits (enterprise_id, last)
    SELECT enterprise_id, max(date) FROM visits WHERE enterprise_id = old.enterprise_id
    GROUP BY enterprise_id;
"""
LAST_VISIT_INSERT_TRIGGER = f"""
CREATE TRIGGER last_visit_insert AFTER INSERT ON visits BEGIN{_LAST_VISIT_UPSERT}END"""
LAST_VISIT_UPDATE_BODY = LAST_VISIT_RECOUNT + _LAST_VISIT_UPSERT
LAST_VISIT_REBUILD = """
INSERT OR REPLACE INTO enterprise_last_visits (enterprise_id, last)
SELECT enterprise_id, max(date) FROM visits GROUP BY enterprise_id"""

# The part of each unbroken streak that lies before a week-year (0013_streak_carries): counted
# once by a week report and kept, so that the next reports read one row per officer however
# long the streaks. A carry stays true while the officer's met weeks before that year, their
# leave, since and retirement are as they were (these triggers forget it when one changes)
# and the calendar is as it was (its `basis`, checked by domain/week_figures.CarryBasis).
_FORGET_CARRIES = ("DELETE FROM streak_carries "
                   "WHERE officer_id = {v}.officer_id AND year > {v}.year;")
_FORGET_OFFICER = "DELETE FROM streak_carries WHERE officer_id = {v};"
STREAK_CARRY_TRIGGERS = (
    f"""CREATE TRIGGER streak_carries_met_insert AFTER INSERT ON met_weeks BEGIN
    {_FORGET_CARRIES.format(v="new")} END""",
    f"""CREATE TRIGGER streak_carries_met_update AFTER UPDATE ON met_weeks
WHEN old.weeks IS NOT new.weeks OR old.officer_id IS NOT new.officer_id
  OR old.year IS NOT new.year BEGIN
    {_FORGET_CARRIES.format(v="old")} {_FORGET_CARRIES.format(v="new")} END""",
    f"""CREATE TRIGGER streak_carries_met_delete AFTER DELETE ON met_weeks BEGIN
    {_FORGET_CARRIES.format(v="old")} END""",
    *(f"""CREATE TRIGGER streak_carries_leave_{op.lower()} AFTER {op} ON leaves BEGIN
    {" ".join(_FORGET_OFFICER.format(v=f"{v}.officer_id") for v in vs)} END"""
      for op, vs in (("INSERT", ("new",)), ("UPDATE", ("old", "new")), ("DELETE", ("old",)))),
    # an officer's id may be taken again by a new officer once the last one is deleted
    *(f"""CREATE TRIGGER streak_carries_officer_{op.split()[0].lower()} AFTER {op} ON officers
    BEGIN {" ".join(_FORGET_OFFICER.format(v=f"{v}.id") for v in vs)} END"""
      for op, vs in (("INSERT", ("new",)), ("UPDATE OF id, since, retired_on", ("old", "new")),
                     ("DELETE", ("old",)))),
)

# 0014_visit_identity_index: a visit's identity, a plain unique index that a bulk import may
# drop and build again after its rows (store/visits.bulk_loading)
VISITS_IDENTITY_INDEX = ("CREATE UNIQUE INDEX visits_identity "
                         "ON visits (officer_id, date, enterprise_id)")
