"""The heatmap as a page to print: the whole year on one landscape A4 sheet, one coloured
square per officer and week (no words in the cells), a legend under the grid.

53 week columns, the officer, the department and weeks met/due fit 281 mm of landscape A4 at
about 4 mm a week; rows run on to further sheets, with the week numbers repeated, only when
a federation has more officers than one sheet holds (~50).
"""

from __future__ import annotations

from html import escape

from visitlog.domain.year_report import (
    FUTURE,
    IN_PROGRESS,
    MET,
    MET_NOT_DUE,
    MISSED,
    NOT_DUE,
    Heatmap,
)
from visitlog.i18n import get_lang, t
from visitlog.render.labels import heat_word

COLOURS = {MET: "#2e7d32", MET_NOT_DUE: "#81c784", MISSED: "#c62828", NOT_DUE: "#d9d9d9",
           IN_PROGRESS: "#f9a825", FUTURE: "#ffffff"}

CSS = """
@page { size: A4 landscape; margin: 8mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
       font-size: 7.5pt; color: #222; margin: 8mm; }
@media print { body { margin: 0; } }
h1 { font-size: 11pt; margin: 0 0 2mm; }
table { border-collapse: collapse; table-layout: fixed; width: 281mm; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { padding: 0; height: 3.6mm; overflow: hidden; }
th.week { font-size: 5.5pt; font-weight: normal; color: #555; text-align: left; }
.name { width: 20mm; white-space: nowrap; text-overflow: ellipsis; text-align: left; }
.dept { width: 18mm; white-space: nowrap; text-overflow: ellipsis; text-align: left;
        color: #555; }
.count { width: 11mm; white-space: nowrap; text-align: right; padding-left: 1mm; }
th.count { white-space: normal; font-size: 5.5pt; font-weight: normal; }
td.cell { border: 0.25mm solid #fff; }
p.legend { margin: 2mm 0 0; }
p.legend span { display: inline-block; width: 3mm; height: 3mm; vertical-align: -0.5mm;
                margin: 0 1mm 0 4mm; border: 0.2mm solid #999; }
"""


def heatmap_html(h: Heatmap) -> str:
    title = t("heatmap.title", year=h.year, as_of=h.as_of.isoformat())
    lang = "zh-CN" if get_lang() == "zh" else "en"
    weeks = "".join(f'<th class="week">{int(week[6:]) if _numbered(week) else ""}</th>'
                    for week in h.weeks)
    head = (f'<tr><th class="name">{escape(t("col.officer"))}</th>'
            f'<th class="dept">{escape(t("col.dept"))}</th>{weeks}'
            f'<th class="count">{escape(t("heatmap.col.met_due"))}</th></tr>')
    rows = []
    for row in h.rows:
        cells = "".join(
            f'<td class="cell" style="background:{COLOURS[cell]}" '
            f'title="{escape(week)} {escape(heat_word(cell))}"></td>'
            for week, cell in zip(h.weeks, row.cells, strict=True))
        rows.append(f'<tr><td class="name">{escape(_safe(row.officer))}</td>'
                    f'<td class="dept">{escape(_safe(row.dept))}</td>{cells}'
                    f'<td class="count">{row.weeks_met}/{row.weeks_due}</td></tr>')
    legend = "".join(f'<span style="background:{COLOURS[key]}"></span>{escape(heat_word(key))}'
                     for key in (MET, MISSED, NOT_DUE, MET_NOT_DUE, IN_PROGRESS))
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
        f"<h1>{escape(title)}</h1>", "<table>", f"<thead>{head}</thead>", "<tbody>",
        *rows, "</tbody>", "</table>",
        f'<p class="legend">{legend}　{escape(t("heatmap.right"))}</p>', "</body>", "</html>",
    ]) + "\n"


def _safe(text: str) -> str:
    """A name as every html output shows it: a leading = + - @ neutralised."""
    from visitlog.render.writers import neutralise

    return str(neutralise(text))


def _numbered(week: str) -> bool:
    """Week numbers shown above the grid: the first, and every fifth."""
    number = int(week[6:])
    return number == 1 or number % 5 == 0
