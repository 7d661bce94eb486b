"""Names for shell completion (`visitlog log 常州<TAB>`), read straight from the logbook.

Completion runs on every TAB, so it opens the file read-only with sqlite3 alone (no
migrations, no journal, nothing written) and reads one index range: names beginning with
what was typed (the UNIQUE indexes on the names); only when none does, names holding it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

LIMIT = 50

# kind -> (names beginning with ?1 (up to ?2), names holding ?1)
_QUERIES: dict[str, tuple[str, str]] = {
    "enterprise": (
        "SELECT name FROM enterprises WHERE name >= ?1 AND name < ?1 || char(1114111) "
        "UNION SELECT e.name FROM enterprise_aliases a JOIN enterprises e "
        "ON e.id = a.enterprise_id WHERE a.alias >= ?1 AND a.alias < ?1 || char(1114111) "
        "ORDER BY 1 LIMIT ?2",
        "SELECT name FROM enterprises WHERE instr(name, ?1) > 0 ORDER BY 1 LIMIT ?2"),
    "officer": (
        "SELECT name FROM officers WHERE name >= ?1 AND name < ?1 || char(1114111) "
        "ORDER BY 1 LIMIT ?2",
        "SELECT name FROM officers WHERE instr(name, ?1) > 0 ORDER BY 1 LIMIT ?2"),
    "dept": (
        "SELECT DISTINCT dept FROM officers WHERE dept >= ?1 AND dept < ?1 || char(1114111) "
        "ORDER BY 1 LIMIT ?2",
        "SELECT DISTINCT dept FROM officers WHERE instr(dept, ?1) > 0 ORDER BY 1 LIMIT ?2"),
    "campaign": (
        "SELECT name FROM campaigns WHERE name >= ?1 AND name < ?1 || char(1114111) "
        "ORDER BY 1 LIMIT ?2",
        "SELECT name FROM campaigns WHERE instr(name, ?1) > 0 ORDER BY 1 LIMIT ?2"),
    "point": (
        "SELECT DISTINCT name FROM campaign_points WHERE name >= ?1 "
        "AND name < ?1 || char(1114111) ORDER BY 1 LIMIT ?2",
        "SELECT DISTINCT name FROM campaign_points WHERE instr(name, ?1) > 0 "
        "ORDER BY 1 LIMIT ?2"),
}
KINDS = frozenset(_QUERIES)


def names(path: Path, kind: str, typed: str) -> list[str]:
    """The names of `kind` that complete `typed`; none when the logbook cannot be read."""
    if kind not in _QUERIES or not path.is_file():
        return []
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                               timeout=0.05)
    except sqlite3.Error:
        return []
    try:
        begin, holding = _QUERIES[kind]
        found = [row[0] for row in conn.execute(begin, (typed, LIMIT))]
        if not found and typed:
            found = [row[0] for row in conn.execute(holding, (typed, LIMIT))]
        return [name for name in found if isinstance(name, str) and name]
    except sqlite3.Error:  # an older or damaged logbook: nothing to offer
        return []
    finally:
        conn.close()
