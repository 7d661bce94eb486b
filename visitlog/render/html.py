"""Sheets as one standalone web page: inline CSS, no network resources, printable."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from visitlog.i18n import get_lang
from visitlog.render.cells import typed
from visitlog.render.sheet import Sheet

CSS = """
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
       margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #bbb; padding: .25em .6em; vertical-align: top; }
th { background: #eee; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name, td.date { white-space: nowrap; }
tbody tr:nth-child(even) { background: #f7f7f7; }
p.footer { color: #555; }
p.note { color: #a00; }
@media print { body { margin: 0; } thead { display: table-header-group; }
               tr { page-break-inside: avoid; } tbody tr:nth-child(even) { background: none; } }
"""


def to_html(sheets: list[Sheet], title: str | None = None) -> str:
    page_title = title or (sheets[0].title if sheets else "visitlog")
    lang = "zh-CN" if get_lang() == "zh" else "en"
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(page_title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
    ]
    for sheet in sheets:
        parts.append(_table(sheet))
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _table(sheet: Sheet) -> str:
    sheet = sheet.for_people()
    head = "".join(f'<th scope="col">{escape(c.label())}</th>' for c in sheet.columns)
    rows = []
    for row in sheet.rows:
        cells = "".join(_cell(v, c.align, c.key)
                        for v, c in zip(row, sheet.columns, strict=True))
        rows.append(f"<tr>{cells}</tr>")
    parts = [f"<h2>{escape(sheet.title)}</h2>" if sheet.title else ""]
    parts += [f'<p class="note">{escape(str(typed(line)))}</p>' for line in sheet.notes]
    parts.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows)
                 + "\n</tbody>\n</table>")
    parts += [f'<p class="footer">{escape(str(typed(line)))}</p>' for line in sheet.footer]
    return "\n".join(p for p in parts if p)


# columns of names kept on one line (a Chinese name wraps between any two characters when a
# wide report squeezes its column: 王\n伟)
NAME_COLUMNS = frozenset({"officer", "dept", "enterprise", "name", "host", "town", "point",
                          "campaign", "leader"})


def _cell(value: Any, align: str, key: str = "") -> str:
    shown = typed(value)
    text = "" if shown is None else (shown.isoformat() if isinstance(shown, date) else str(shown))
    numeric = align == "right" or (isinstance(shown, int | float) and not isinstance(shown, bool))
    if numeric:
        return f'<td class="num">{escape(text)}</td>'
    if key in NAME_COLUMNS:
        return f'<td class="name">{escape(text)}</td>'
    if isinstance(shown, date):
        return f'<td class="date">{escape(text)}</td>'
    return f"<td>{escape(text)}</td>"
