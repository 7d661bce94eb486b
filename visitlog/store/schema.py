"""Schema facts shared by the connection and the migrations (no sqlite-utils import here)."""

from __future__ import annotations

# Bump together with a new migration appended in migrations.py (a test checks they agree).
SCHEMA_VERSION = 6

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
IDENTITY_COLUMNS = ("uid", "updated_at")
for _table in (*IDENTITY_TABLES, *PROGRAMME_IDENTITY_TABLES):
    if _table in JOURNALED and "uid" not in JOURNALED[_table]:
        JOURNALED[_table] = (*JOURNALED[_table], *IDENTITY_COLUMNS)

