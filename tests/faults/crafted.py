"""A generator of crafted bundles: a valid bundle of one officer's week, then any row or value
replaced by what an attacker (or a broken tool) could write into the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HEADER = {"format": "visitlog-bundle", "format_version": 1, "schema_version": 9,
          "exported_at": "2026-11-20T08:00:00+00:00", "source": "crafted.db", "redacted": False,
          "filters": {"officer": None, "dept": None, "since": None}}
OFFICER = "0" * 31 + "1"
ENTERPRISE = "0" * 31 + "2"
VISIT = "0" * 31 + "3"
DEMAND = "0" * 31 + "4"
ACHIEVEMENT = "0" * 31 + "5"


def rows() -> list[tuple[str, dict[str, Any]]]:
    """A bundle's rows that merge cleanly: an officer 乙, an enterprise, a visit, a demand,
    an achievement."""
    return [
        ("officers", {"uid": OFFICER, "updated_at": "", "name": "乙", "dept": "办公室",
                      "since": "2026-01-01", "retired_on": None, "pinyin": "yi",
                      "initials": "y"}),
        ("enterprises", {"uid": ENTERPRISE, "updated_at": "", "name": "乙公司", "town": "城南镇",
                         "industry": None, "employees": 30, "has_union": 1,
                         "pinyin": "yigongsi", "initials": "ygs"}),
        ("visits", {"uid": VISIT, "updated_at": "", "date": "2026-11-18", "week": "2026-W47",
                    "officer_uid": OFFICER, "enterprise_uid": ENTERPRISE, "roles": 3,
                    "note": "谈加班费", "unions_formed": 0, "members_joined": 2,
                    "unions_upgraded": 0, "disputes_resolved": 0, "enterprises_relieved": 0,
                    "models_built": 0}),
        ("achievements", {"uid": ACHIEVEMENT, "updated_at": "", "date": "2026-11-18",
                          "officer_uid": OFFICER, "category": "friends", "count": 2,
                          "description": "结交职工朋友", "visit_uid": VISIT}),
        ("demands", {"uid": DEMAND, "updated_at": "", "text": "加班费",
                     "enterprise_uid": ENTERPRISE, "officer_uid": OFFICER, "visit_uid": VISIT,
                     "reception_uid": None,
                     "category": "wages", "raised": "2026-11-18", "due": "2026-11-25",
                     "status": "open", "assigned_to": None, "escalated": 0,
                     "resolved_on": None, "resolution": "", "satisfaction": None}),
    ]


def line(table: str, row: Any) -> str:
    return json.dumps({"table": table, "row": row}, ensure_ascii=False, sort_keys=True)


def write(path: Path, lines: list[str], header: dict[str, Any] | None = None) -> Path:
    text = json.dumps(header or HEADER, ensure_ascii=False) + "\n" + "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def with_value(path: Path, table: str, column: str, value: Any) -> Path:
    """The valid bundle with one value of one row replaced."""
    lines = []
    for name, row in rows():
        if name == table:
            row = {**row, column: value}
        lines.append(line(name, row))
    return write(path, lines)


def raw_line(path: Path, text: str, at: int = 2) -> Path:
    """The valid bundle with the line `text` put in as line `at` of the file."""
    lines = [line(name, row) for name, row in rows()]
    lines.insert(at - 2, text)
    return write(path, lines)
