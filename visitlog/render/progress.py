"""A progress bar for long imports, on stderr, in plain text (no Rich: imports stay light).

Drawn in place when stderr is a terminal; otherwise, for a large file only, one line per
tenth of the file, so logs of scripted imports show that something is happening.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

LARGE_FILE_BYTES = 32 * 1024 * 1024
_WIDTH = 30


def import_progress(file_bytes: int, stream: TextIO | None = None
                    ) -> Callable[[int, float], None] | None:
    """A `progress(rows, fraction)` callback, or None when nothing should be shown."""
    out = stream or sys.stderr
    tty = out.isatty()
    if not tty and file_bytes < LARGE_FILE_BYTES:
        return None
    start = time.monotonic()
    state = {"tenth": -1}

    def progress(rows: int, fraction: float) -> None:
        elapsed = max(time.monotonic() - start, 1e-6)
        rate = rows / elapsed
        if tty:
            filled = int(fraction * _WIDTH)
            out.write(f"\r[{'#' * filled}{'.' * (_WIDTH - filled)}] {fraction:4.0%} "
                      f"{rows:,} rows {rate:,.0f}/s")
            if fraction >= 1.0:
                out.write("\n")
            out.flush()
            return
        tenth = int(fraction * 10)
        if tenth > state["tenth"]:
            state["tenth"] = tenth
            out.write(f"{fraction:4.0%} {rows:,} rows {rate:,.0f}/s\n")
            out.flush()

    return progress
