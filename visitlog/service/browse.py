"""`browse`: serve a snapshot of the logbook read-only with Datasette, when it is installed.

Datasette never opens the logbook itself: it serves a snapshot, an online backup of the
logbook in a private temporary folder, refreshed every few seconds while officers keep
writing (a merge or a `log` during browsing once left Datasette's immutable view of the live
file "malformed"). Datasette opens the snapshot read-only; each refresh is one transaction,
so a page sees the old snapshot or the new one. On SIGTERM, SIGINT or SIGHUP the server is
stopped and the folder removed.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from visitlog.domain.errors import Fault, Invalid
from visitlog.service.context import Context
from visitlog.store import browse_snapshot as store

METADATA = Path(__file__).resolve().parent.parent / "datasette-metadata.json"
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


def require_datasette() -> None:
    if importlib.util.find_spec("datasette") is None:
        raise Fault("browse.not_installed")


def metadata_for(db_path: Path) -> dict[str, Any]:
    """The shipped descriptions, filed under the name Datasette gives this file (its stem)."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    metadata["databases"] = {db_path.stem: databases.get("visitlog", {})}
    return metadata


def command_line(snapshot: Path, metadata: Path, host: str, port: int) -> list[str]:
    """Datasette's `serve` of the snapshot (read-only: Datasette opens a file it may not
    treat as immutable with mode=ro), quiet on the console (cli/browse_child.py)."""
    return [sys.executable, "-m", "visitlog.cli.browse_child", str(snapshot),
            "--metadata", str(metadata), "--host", host, "--port", str(port)]


def refuse_server(ctx: Context) -> None:
    """Datasette reads SQLite files only: a logbook on a PostgreSQL server is refused (exit 2),
    saying so."""
    from visitlog.store.location import DbUrl

    if isinstance(ctx.db_path, DbUrl):
        raise Invalid("pg.browse")


def check_address(host: str, port: int) -> None:
    """Exit 2 with one line, before anything starts, when Datasette could not listen there."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise Invalid("browse.bad_host", host=host, reason=str(exc)) from exc
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise Invalid("browse.cannot_listen", host=host, port=port,
                          reason=exc.strerror or str(exc)) from exc


def prepare(ctx: Context) -> None:
    """Create and migrate the logbook if needed (a read opens it)."""
    refuse_server(ctx)
    with ctx.logbook.read():
        pass


class Stopped(Exception):
    """SIGTERM or SIGHUP reached `visitlog browse`."""


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def serve(ctx: Context, host: str, port: int, refresh: int) -> int:
    """Run Datasette on a snapshot refreshed every `refresh` seconds (0: never) until it is
    stopped; 0, or Datasette's exit code when it ended on its own. (check_address first.)"""
    prepare(ctx)
    with tempfile.TemporaryDirectory(prefix="visitlog-browse-") as folder, \
            stopped_by_signals():
        snapshot = Path(folder) / ctx.db_path.name  # its stem names the database in the URLs
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(metadata_for(ctx.db_path), ensure_ascii=False),
                            encoding="utf-8")
        served = store.Snapshot(snapshot, ctx.logbook.conn)
        child: subprocess.Popen | None = None
        try:
            child = subprocess.Popen(command_line(snapshot, metadata, host, port))
            while True:
                try:
                    return child.wait(timeout=refresh or None)
                except subprocess.TimeoutExpired:
                    served.refresh(ctx.logbook.conn)
        except (KeyboardInterrupt, Stopped):
            return 0
        finally:
            if child is not None:
                _stop(child)
            served.close()
            ctx.close()


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
