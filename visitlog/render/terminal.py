"""Rich tables for the terminal. CJK text is measured by display width, so columns align."""

from __future__ import annotations

import io
import os
import re
import shutil
from typing import Any

from visitlog.render.sheet import Sheet


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return str(value)


# Row styles the plain renderer can colour itself (SGR codes); any other goes to Rich.
_SGR = {None: "", "green": "32", "red": "31", "yellow": "33", "dim": "2"}


def render_sheet(sheet: Sheet, width: int | None = None) -> str:
    """Render a sheet as a table; coloured as `colour_wanted` says.

    A sheet that fits the terminal as it is is laid out here, exactly as Rich lays it out
    (tests compare the two); one that must be wrapped, or holds control characters, goes to
    Rich. Importing Rich's console costs a report ~50 ms: most tables never need it."""
    sheet = sheet.for_people()
    terminal = os.isatty(1)
    tty = colour_wanted()
    width = width or table_width(terminal)
    plain = plain_table(sheet, width or _UNBOUNDED, tty)
    return plain if plain is not None else rich_table(sheet, width or PIPE_WIDTH, tty)


def colour_wanted() -> bool:
    """Colour on standard output: on a terminal; on a pipe too with FORCE_COLOR or
    CLICOLOR_FORCE (set to anything but 0), whatever TERM says; never with NO_COLOR, which
    wins over both (no-color.org, bixense.com/clicolors)."""
    if os.environ.get("NO_COLOR"):
        return False
    if any(os.environ.get(name, "") not in ("", "0") for name in ("FORCE_COLOR",
                                                                 "CLICOLOR_FORCE")):
        return True
    return os.isatty(1)


# A table sent to a file or a pipe (stdout not a terminal, COLUMNS unset) has no width to fit:
# it keeps one line per row. Only a table Rich must lay out (control characters) folds there.
PIPE_WIDTH = 100
_UNBOUNDED = 1 << 30


def table_width(terminal: bool) -> int | None:
    """COLUMNS, else the terminal's width; None (no limit) when writing to a file or pipe."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if not terminal:
        return None
    return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns


def plain_table(sheet: Sheet, width: int, colour: bool = False) -> str | None:
    """The table laid out without Rich, or None when it does not fit on one line per row."""
    from rich.cells import cell_len  # CJK display widths; a light module

    if any(c.align not in ("left", "right") for c in sheet.columns):
        return None
    header = [c.label() for c in sheet.columns]
    rows = [[_cell(v) for v in row] for row in sheet.rows]
    texts = [sheet.title] if sheet.title else []
    texts += [*sheet.notes, *header, *sheet.footer, *(cell for row in rows for cell in row)]
    if any(not text.isprintable() or text != text.strip(" ") for text in texts):
        return None  # newlines, tabs, control characters, edge spaces: Rich's rules apply
    widths = [cell_len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], cell_len(cell))
    if sum(widths) + 2 * (len(widths) - 1) > width:
        return None
    if any(cell_len(line) > width for line in [sheet.title or "", *sheet.notes, *sheet.footer]):
        return None
    styles = [sheet.styles[i] if i < len(sheet.styles) else None for i in range(len(rows))]
    if colour and any(style not in _SGR for style in styles):
        return None
    lines = [sheet.title] if sheet.title else []
    lines += sheet.notes
    lines.append(_line(header, widths, sheet, "1" if colour else ""))
    for row, style in zip(rows, styles, strict=True):
        lines.append(_line(row, widths, sheet, _SGR[style] if colour else ""))
    lines += sheet.footer
    return "".join(line + "\n" for line in lines)


def _line(cells: list[str], widths: list[int], sheet: Sheet, sgr: str) -> str:
    from rich.cells import cell_len

    parts = []
    for cell, size, column in zip(cells, widths, sheet.columns, strict=True):
        pad = " " * (size - cell_len(cell))
        parts.append(pad + cell if column.align == "right" else cell + pad)
    text = "  ".join(parts)
    return f"\x1b[{sgr}m{text}\x1b[0m" if sgr else text


# a cell that reads as one token: a date (2026-11-20), a week (2026-W47), an ID (#42, 42), a
# number, a count against a target (3/4), a time
_ATOM = re.compile(r"[#+-]?[0-9][0-9,.:/×%-]*|[0-9]{4}-W[0-9]{2}|[0-9]{4}-[0-9]{2}")


def _atom_width(cells: list[str]) -> int:
    """The width of a column whose every cell is one such token (0 when one is not)."""
    filled = [cell for cell in cells if cell]
    if not filled or not all(_ATOM.fullmatch(cell) for cell in filled):
        return 0
    return max(len(cell) for cell in filled)


def rich_table(sheet: Sheet, width: int, tty: bool) -> str:
    """The table as Rich lays it out (folding cells that do not fit)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from visitlog.domain.text import printable  # Rich keeps an ESC typed into a note: shown escaped

    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width,
        force_terminal=tty, no_color=not tty, highlight=False, emoji=False,
        color_system="standard" if tty else None,  # whatever TERM says (dumb included)
    )
    # the title is printed on its own, not as the table's title: Rich crops a table title
    # to the table's width, which cut "[holiday week …]" off narrow tables
    table = Table(show_edge=False, header_style="bold", pad_edge=False,
                  box=None if not tty else None)
    cells = [[printable(_cell(v)) for v in row] for row in sheet.rows]
    for index, column in enumerate(sheet.columns):
        atom = _atom_width([row[index] for row in cells])
        if atom:  # dates, IDs, numbers, weeks: never split, the other columns fold instead
            table.add_column(column.label(), justify=column.align, no_wrap=True,
                             min_width=atom, overflow="fold")
        else:
            table.add_column(column.label(), justify=column.align, overflow="fold")
    for index, row in enumerate(cells):
        style = sheet.styles[index] if index < len(sheet.styles) else None
        table.add_row(*[Text(cell) for cell in row], style=style)
    if sheet.title:
        console.print(Text(printable(sheet.title)))
    for line in sheet.notes:
        console.print(Text(printable(line)))
    console.print(table)
    for line in sheet.footer:
        console.print(Text(printable(line)))
    return buffer.getvalue()
