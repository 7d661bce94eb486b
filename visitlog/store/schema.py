"""Schema facts shared by the connection and the migrations (no sqlite-utils import here)."""

from __future__ import annotations

# Bump together with a new migration appended in migrations.py (a test checks they agree).
SCHEMA_VERSION = 4

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
}

# 0004_identities: every data table carries a stable uid and the time of its last edit, so
# that `merge` can tell rows apart across logbooks; journaled, so that `undo` restores them.
# Tables of other areas are listed too: they get identities when they exist.
IDENTITY_TABLES = (
    "officers", "enterprises", "enterprise_aliases", "visits", "leaves",
    "achievements", "targets", "demands", "demand_events", "receptions",
)
IDENTITY_COLUMNS = ("uid", "updated_at")
for _table in IDENTITY_TABLES:
    if _table in JOURNALED and "uid" not in JOURNALED[_table]:
        JOURNALED[_table] = (*JOURNALED[_table], *IDENTITY_COLUMNS)

