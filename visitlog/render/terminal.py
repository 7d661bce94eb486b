"""Rich tables for the terminal. CJK text is measured by display width, so columns align."""

from __future__ import annotations

import io
import os
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


def render_sheet(sheet: Sheet, width: int | None = None) -> str:
    """Render a sheet as a Rich table; colour only on a terminal and without NO_COLOR."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    tty = os.isatty(1) and not os.environ.get("NO_COLOR")
    console = Console(
        file=buffer, width=width or shutil.get_terminal_size((100, 24)).columns,
        force_terminal=tty, no_color=not tty, highlight=False, emoji=False,
    )
    # the title is printed on its own, not as the table's title: Rich crops a table title
    # to the table's width, which cut "[holiday week …]" off narrow tables
    table = Table(show_edge=False, header_style="bold", pad_edge=False,
                  box=None if not tty else None)
    for column in sheet.columns:
        table.add_column(column.label(), justify=column.align, overflow="fold")
    for index, row in enumerate(sheet.rows):
        style = sheet.styles[index] if index < len(sheet.styles) else None
        table.add_row(*[Text(_cell(v)) for v in row], style=style)
    if sheet.title:
        console.print(Text(sheet.title))
    console.print(table)
    for line in sheet.footer:
        console.print(Text(line))
    return buffer.getvalue()
