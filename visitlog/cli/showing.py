"""Hand a listing or report to its renderer in the chosen format (no framework here: the front
door, cli/front.py, runs `report week` without it)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from visitlog.domain.errors import Invalid

TYPE_CHECKING = False
if TYPE_CHECKING:
    from visitlog.render.sheet import Sheet


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"


# `--output week.xlsx` without --format: the format its name says (else the terminal's table)
_SUFFIXES = {".xlsx": Format.xlsx, ".html": Format.html, ".htm": Format.html,
             ".csv": Format.csv, ".json": Format.json, ".md": Format.markdown,
             ".markdown": Format.markdown}


def format_of_name(name: str) -> Format | None:
    """The format a file's name asks for (`周报.xlsx`: xlsx), or None."""
    dot = name.rfind(".")
    return _SUFFIXES.get(name[dot:].lower()) if dot > 0 else None


def show(fmt: Format, output: Path | None, sheets: list[Sheet] | Callable[[], list[Sheet]],
         data: Any, text: str | None = None, page: Callable[[], str] | None = None,
         json_bytes: Callable[[], bytes] | None = None) -> None:
    """Write `data` as JSON, the sheets as csv/markdown/html/xlsx/table; `text` replaces the
    table view, `page` the html page (the heatmap's, laid out to print), `json_bytes` the JSON
    of `data` as render writes it itself (the week report's, row by row). xlsx is a binary
    file: it needs --output (exit 2 without).

    `sheets` and `data` may be given as functions that build them: only the one the format
    needs is then built (a province's week report as JSON need not build its sheet)."""
    from visitlog.formats.outfile import write_output
    from visitlog.render import writers

    if output is not None and str(output) == "-":  # `--output -`: standard output
        output = None
        if fmt is Format.xlsx:
            import io

            from visitlog.render.xlsx import write_xlsx

            book = io.BytesIO()
            write_xlsx(sheets() if callable(sheets) else sheets, book)
            emit(book.getvalue(), None)
            return
    if fmt is Format.json:
        if json_bytes is not None:
            emit(json_bytes(), output)
        else:
            emit(writers.to_json(data() if callable(data) else data), output)
        return
    if fmt is Format.html and page is not None:
        emit(page(), output)
        return
    if callable(sheets):
        sheets = sheets()

    if fmt is Format.xlsx:
        if output is None:
            raise Invalid("export.xlsx_needs_output")
        from visitlog.render.xlsx import write_xlsx

        write_output(output, lambda out: write_xlsx(sheets, out))
    elif fmt is Format.html:
        from visitlog.render.html import to_html

        emit(to_html(sheets), output)
    elif fmt is Format.csv:
        safe = not raw_cells()
        emit("\n".join(writers.to_csv(s, safe) for s in sheets), output,
                     bom=output is not None)
    elif fmt is Format.markdown:
        emit("\n".join(writers.to_markdown(s) for s in sheets), output)
    else:
        from visitlog.render.terminal import render_sheet

        rendered = text if text is not None else "".join(render_sheet(s) for s in sheets)
        if output is not None and "\x1b" in rendered:
            # coloured because stdout is a terminal, but going to a file: plain text there
            # (every ESC is the renderer's own: what users typed is shown escaped)
            import re

            rendered = re.sub(r"\x1b\[[0-9;]*m", "", rendered)
        emit(rendered, output)


def emit(text: str | bytes, output: Path | None, bom: bool = False) -> None:
    """Print to stdout, or write the file (see formats/outfile: 0600, renamed into place,
    never the logbook nor through a link; with a BOM for CSV so Excel reads UTF-8). Bytes are
    UTF-8 already: written as they are where the stream takes bytes."""
    import sys

    if output is None:
        if isinstance(text, bytes):
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is not None:
                sys.stdout.flush()
                buffer.write(text)
                buffer.flush()
                return
            text = text.decode("utf-8")
        sys.stdout.write(text)
        return
    from visitlog.formats.outfile import write_output

    data = text if isinstance(text, bytes) else text.encode("utf-8")
    write_output(output, lambda out: out.write((b"\xef\xbb\xbf" if bom else b"") + data))


def raw_cells() -> bool:
    """VISITLOG_RAW_CELLS=1 turns off formula neutralising in csv output (SPEC's default is on).

    An environment variable rather than a flag: it then applies to every listing and report
    without a new parameter on each command, and nobody turns it on by a slip of the keyboard.
    """
    import os

    return os.environ.get("VISITLOG_RAW_CELLS", "") == "1"
