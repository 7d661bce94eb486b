"""Schema facts shared by the connection and the migrations (no sqlite-utils import here)."""

from __future__ import annotations

# Bump together with a new migration appended in migrations.py (a test checks they agree).
SCHEMA_VERSION = 2

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
    "achievements": (
        "id", "date", "officer_id", "category", "count", "description", "visit_id",
    ),
    "targets": ("id", "officer_id", "year", "category", "target"),
}
