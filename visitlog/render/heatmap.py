"""The heatmap: officers x ISO weeks in one screen, readable with and without colour.

Marks are plain ASCII so CJK terminals (where ■ or █ may be two cells wide) keep the grid
aligned: # met, x missed, . not due, + met though not due, o in progress; colour only adds
to them. So the # of a row are its weeks_met, and its # and x its weeks_due.
"""

from __future__ import annotations

from typing import Any

from visitlog.domain.text import printable
from visitlog.domain.year_report import (
    FUTURE,
    IN_PROGRESS,
    MET,
    MET_NOT_DUE,
    MISSED,
    NOT_DUE,
    Heatmap,
)
from visitlog.i18n import t
from visitlog.render.labels import heat_word
from visitlog.render.sheet import Column, Sheet

NAME_CELLS = 8
MARKS = {MET: ("#", "green"), MISSED: ("x", "red"), NOT_DUE: (".", "dim"),
         IN_PROGRESS: ("o", "yellow"), FUTURE: (" ", ""), MET_NOT_DUE: ("+", "cyan")}


def heatmap_data(h: Heatmap) -> dict[str, Any]:
    return {"year": h.year, "as_of": h.as_of.isoformat(), "current_week": h.current_week,
            "weeks": h.weeks,
            "officers": [{"officer": r.officer, "dept": r.dept, "cells": r.cells,
                          "weeks_met": r.weeks_met, "weeks_due": r.weeks_due} for r in h.rows]}


def heatmap_sheet(h: Heatmap) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept"),
               Column("weeks_met", "year.col.weeks_met", "right"),
               Column("weeks_due", "year.col.weeks_due", "right")]
    columns += [Column(week[5:], words=heat_word) for week in h.weeks]
    rows = [[r.officer, r.dept, r.weeks_met, r.weeks_due, *r.cells] for r in h.rows]
    return Sheet(_title(h), columns, rows)


def _title(h: Heatmap) -> str:
    return t("heatmap.title", year=h.year, as_of=h.as_of.isoformat())


def _ruler(weeks: int) -> str:
    """Week numbers above the grid: 1 at the first column, then every tenth week."""
    line = [" "] * weeks
    for number in (1, *range(10, weeks + 1, 10)):
        for offset, digit in enumerate(str(number)):
            if number - 1 + offset < weeks:
                line[number - 1 + offset] = digit
    return "".join(line)


def heatmap_text(h: Heatmap) -> str:
    import io

    from rich.cells import set_cell_size
    from rich.console import Console
    from rich.text import Text

    from visitlog.render.terminal import colour_wanted

    buffer = io.StringIO()
    colour = colour_wanted()
    console = Console(file=buffer, width=200, force_terminal=colour, no_color=not colour,
                      highlight=False, emoji=False,
                      color_system="standard" if colour else None)  # whatever TERM says
    console.print(Text(printable(_title(h))))
    console.print(Text(" " * (NAME_CELLS + 1) + _ruler(len(h.weeks))))
    for row in h.rows:
        # a name is shown with its control characters escaped, as in every other table
        line = Text(set_cell_size(printable(row.officer), NAME_CELLS) + " ")
        for cell in row.cells:
            mark, style = MARKS[cell]
            line.append(mark, style=style if colour else "")
        line.append(f" {row.weeks_met}/{row.weeks_due}")
        console.print(line)
    console.print(Text(t("heatmap.legend")))
    return buffer.getvalue()
