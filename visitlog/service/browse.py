"""`browse`: the command line that serves the logbook read-only with Datasette."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from visitlog.errors import Fault
from visitlog.service.context import Context
from visitlog.store.exchange import checkpoint

METADATA = Path(__file__).resolve().parent.parent / "datasette-metadata.json"


def browse_command_line(ctx: Context, host: str, port: int) -> list[str]:
    """`datasette -i LOGBOOK --metadata …`: immutable, so Datasette never writes to it."""
    if importlib.util.find_spec("datasette") is None:
        raise Fault("browse.not_installed")
    with ctx.logbook.read():  # creates and migrates a logbook that is not there yet
        pass
    checkpoint(ctx.logbook.conn)  # immutable mode reads the main file only, not the WAL
    return [sys.executable, "-m", "datasette", "serve", "-i", str(ctx.db_path),
            "--metadata", str(METADATA), "--host", host, "--port", str(port)]
