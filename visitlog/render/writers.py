"""Plain-text writers: json, csv, markdown; spreadsheet formulas neutralised in csv.

A cell that starts with = + - @, a tab, CR or LF gets a leading ' so that a spreadsheet shows
it as text instead of running it (SPEC "Behaviour under bad input and faults").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from visitlog.render.sheet import Sheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ";".join(str(_plain(v)) for v in value)
    if value is None:
        return ""
    return value


# Past this many rows, JSON is written by orjson (~5 ms with its indent on a 10,000-officer
# report; Python's encoder takes ~0.5 s to indent it, as it falls back to pure Python). The
# bytes are json.dumps(indent=2)'s (tests/test_json_writer.py): orjson is imported only then,
# as it costs ~10 ms itself.
BIG_JSON_ROWS = 1_000
# orjson writes 0.00001 and 1e-7 where Python writes 1e-05 and 1e-07: a number token ending a
# line (as every number does once indented: strings end in a quote) that has four zeros
# after the point, or a one-digit negative exponent, is rewritten as Python writes it
_ORJSON_ONLY_FLOAT = rb"(?m)(?<=[ ])(-?(?:0\.0000[0-9]+|[0-9]+(?:\.[0-9]+)?e-[0-9]))(?=,?$)"


def to_json(data: Any) -> str | bytes:
    """JSON text indented by two spaces (json.dumps(indent=2, ensure_ascii=False)), as UTF-8
    bytes by orjson past BIG_JSON_ROWS rows (a listing's items, or a report's listed rows)."""
    rows = len(data) if isinstance(data, list) else sum(
        len(v) for v in data.values() if isinstance(v, list)) if isinstance(data, dict) else 0
    if rows > BIG_JSON_ROWS:
        import orjson

        try:
            text = orjson.dumps(data, default=_json_default, option=orjson.OPT_INDENT_2
                                | orjson.OPT_APPEND_NEWLINE | orjson.OPT_PASSTHROUGH_DATETIME)
        except TypeError:  # what orjson cannot write (an int past 64 bits …): json.dumps does
            pass
        else:
            return _python_floats(text) if b"0.0000" in text or b"e-" in text else text
    import json  # (csv, io and json are imported where used: a big report needs none)

    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def _python_floats(text: bytes) -> bytes:
    import re

    return re.sub(_ORJSON_ONLY_FLOAT, lambda m: repr(float(m[1])).encode(), text)


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _csv_line(cells: list[Any]) -> str:
    # csv quotes a cell only for the characters of its line terminator: with "\n" alone a
    # lone CR in a note went out unquoted and split the row in Excel. Write with "\r\n" (so
    # both force quoting) and end the line with "\n" as before.
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()[:-2] + "\n"


def to_csv(sheet: Sheet, safe: bool = True) -> str:
    lines = [_csv_line([c.key for c in sheet.columns])]
    for row in sheet.rows:
        cells = [_plain(v) for v in row]
        lines.append(_csv_line([neutralise(c) for c in cells] if safe else cells))
    return "".join(lines)


def _md_cell(value: Any) -> str:
    if isinstance(value, bool):  # a page for people: yes/no in their language
        from visitlog.i18n import t

        return t("export.yes") if value else t("export.no")
    if isinstance(value, list | tuple) and value:
        from visitlog.i18n import get_lang

        if get_lang() == "zh":
            value = "、".join(str(_plain(v)) for v in value)
    text = str(_plain(value))
    return text.replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def to_markdown(sheet: Sheet) -> str:
    sheet = sheet.for_people()
    lines = [f"## {sheet.title}", ""] if sheet.title else []
    if sheet.notes:
        lines += [*sheet.notes, ""]
    lines.append("| " + " | ".join(c.label() for c in sheet.columns) + " |")
    lines.append("|" + "|".join("---:" if c.align == "right" else "---" for c in sheet.columns)
                 + "|")
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in sheet.rows]
    if sheet.footer:
        lines += [""] + sheet.footer
    return "\n".join(lines) + "\n"
