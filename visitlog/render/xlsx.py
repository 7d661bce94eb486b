"""Sheets as an Excel workbook: one worksheet per sheet, Chinese headers, frozen header row,
column widths to fit, dates as dates, numbers as numbers, formulas neutralised."""

from __future__ import annotations

import re
from datetime import date
from typing import BinaryIO

from visitlog.render.cells import display_width, typed
from visitlog.render.sheet import Sheet

MAX_WIDTH = 60
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
# the C0 control characters a worksheet cannot hold (all but tab, LF and CR; openpyxl refuses
# them): a note is stored as typed, and shown in a workbook with U+FFFD in their place
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value: object) -> object:
    value = typed(value)
    return _NOT_IN_XLSX.sub("\ufffd", value) if isinstance(value, str) else value


def write_xlsx(sheets: list[Sheet], out: BinaryIO) -> None:
    """The workbook, written into the open binary file `out`."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for sheet in (s.for_people() for s in sheets):
        ws = book.create_sheet(_title(sheet.title, used))
        ws.append([c.label() for c in sheet.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        widths = [display_width(c.label()) for c in sheet.columns]
        for row in sheet.rows:
            values = [_cell(v) for v in row]
            ws.append(values)
            for i, value in enumerate(values):
                widths[i] = max(widths[i], 10 if isinstance(value, date)
                                else display_width("" if value is None else str(value)))
        for i, column in enumerate(sheet.columns, start=1):
            letter = ws.cell(row=1, column=i).column_letter
            ws.column_dimensions[letter].width = min(widths[i - 1], MAX_WIDTH) + 2
            for cell in ws[letter][1:]:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                if column.align == "right":
                    cell.alignment = Alignment(horizontal="right")
        ws.freeze_panes = "A2"
        if sheet.footer or sheet.notes:  # a worksheet has no title row: notes go below too
            ws.append([])
            for line in [*sheet.notes, *sheet.footer]:
                ws.append([_cell(line)])
    if not sheets:
        book.create_sheet("-")
    book.save(out)


def _title(title: str, used: set[str]) -> str:
    """A worksheet name Excel accepts (≤ 31 characters, none of []:*?/\\), unique."""
    base = _BAD_TITLE.sub("_", title).strip("'") or "Sheet"
    base = base[:31]
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name
