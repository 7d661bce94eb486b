"""`browse`: serve the logbook read-only with Datasette, when it is installed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from visitlog.domain.errors import Fault, Invalid
from visitlog.service.context import Context
from visitlog.store.exchange import checkpoint

METADATA = Path(__file__).resolve().parent.parent / "datasette-metadata.json"


def require_datasette() -> None:
    if importlib.util.find_spec("datasette") is None:
        raise Fault("browse.not_installed")


def metadata_for(db_path: Path) -> dict[str, Any]:
    """The shipped descriptions, filed under the name Datasette gives this file (its stem)."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    metadata["databases"] = {db_path.stem: databases.get("visitlog", {})}
    return metadata


def command_line(db_path: Path, metadata: Path, host: str, port: int) -> list[str]:
    """`datasette serve -i LOGBOOK`: immutable, so Datasette never writes to it."""
    return [sys.executable, "-m", "datasette", "serve", "-i", str(db_path),
            "--metadata", str(metadata), "--host", host, "--port", str(port)]


def refuse_server(ctx: Context) -> None:
    """Datasette reads SQLite files only: a logbook on a PostgreSQL server is refused (exit 2),
    saying so."""
    from visitlog.store.location import DbUrl

    if isinstance(ctx.db_path, DbUrl):
        raise Invalid("pg.browse")


def prepare(ctx: Context) -> None:
    """Create and migrate the logbook if needed, and fold the WAL into the main file (an
    immutable reader sees the main file only)."""
    refuse_server(ctx)
    with ctx.logbook.read():
        pass
    checkpoint(ctx.logbook.conn)
    ctx.close()


def serve(ctx: Context, host: str, port: int) -> int:
    """Run Datasette until it is stopped; its exit code."""
    prepare(ctx)
    with tempfile.TemporaryDirectory(prefix="visitlog-browse-") as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(metadata_for(ctx.db_path), ensure_ascii=False),
                            encoding="utf-8")
        try:
            return subprocess.call(command_line(ctx.db_path, metadata, host, port))
        except KeyboardInterrupt:
            return 0
