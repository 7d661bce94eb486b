"""`backup` and `restore`: consistent copies of the logbook, and a validated way back.

A backup is an online copy by SQLite's backup API, so it can be taken while officers log.
A restore checks the file first (SQLite, integrity, visitlog's tables, not newer), keeps the
logbook it replaces as a timestamped copy next to it, then swaps the contents in one step.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from visitlog.domain.errors import Fault, Invalid, LogbookUnusable
from visitlog.formats.outfile import check_output
from visitlog.service.context import Context
from visitlog.store import backup as store
from visitlog.store.connection import open_logbook, translate_sqlite_error
from visitlog.store.location import DbUrl


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: Path | None
    ignored: tuple[str, ...] = ()  # what the backup held that is not visitlog's


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


_SIDECARS = ("-journal", "-wal", "-shm")


def _sweep_leftovers(folder: Path, prefix: str, suffix: str = "") -> None:
    """Remove temporary copies left by a backup or restore that was killed: exactly
    `<prefix><pid><suffix>` and SQLite's files beside it (`-journal`, `-wal`, `-shm`: a copy
    killed mid-write leaves its journal), and only when that process is gone."""
    try:
        names = [entry.name for entry in folder.iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return
    # (not a glob: a logbook's name may hold [ ] * ?, and must not match other files)
    for name in names:
        leftover = folder / name
        for side in _SIDECARS:
            if name.endswith(side):
                name = name[:-len(side)]
                break
        if not name.endswith(suffix):
            continue
        pid = name[len(prefix):len(name) - len(suffix)]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            _remove(leftover)
        except OSError:
            pass  # alive, or not ours to signal: leave it


def check_destination(dest: Path, force: bool) -> None:
    """A backup's FILE: a new file in a folder that exists (or, forced, a file to replace)."""
    check_output(dest)  # not the logbook's -wal/-shm/-journal, not a link (even with --force)
    if dest.is_dir():
        raise Invalid("backup.is_directory", path=str(dest))
    if dest.exists() and not dest.is_file():  # a device or FIFO: --force must not replace it
        raise Invalid("backup.not_a_file", path=str(dest))
    if dest.exists() and not force:
        raise Invalid("backup.exists", path=str(dest))
    if not dest.parent.is_dir():  # a typo in the path: retype it (as --output and export)
        raise Invalid("backup.no_folder", folder=str(dest.parent))


def backup_logbook(ctx: Context, dest: Path, force: bool = False) -> Path:
    """Write a consistent 0600 copy of the logbook to `dest`; refuse to overwrite unless forced."""
    if isinstance(ctx.db_path, DbUrl):
        from visitlog.service.server_backup import backup_server

        return backup_server(ctx, dest, force)
    if not ctx.db_path.exists():  # a directory or a FIFO is reported by open_logbook
        raise Invalid("backup.no_logbook", path=str(ctx.db_path))
    if _same_file(dest, ctx.db_path):
        raise Invalid("backup.same_file", path=str(dest))
    check_destination(dest, force)
    conn = ctx.logbook.conn
    _sweep_leftovers(dest.parent, f".{dest.name}.", ".tmp")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        store.copy_to_new_file(conn, tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        _remove(tmp)
        raise Fault("backup.cannot_write", path=str(dest), reason=exc.strerror or str(exc)) from exc
    except sqlite3.Error as exc:
        _remove(tmp)
        raise _write_fault(exc, dest) from exc
    except BaseException:
        _remove(tmp)
        raise
    return dest


def _write_fault(exc: sqlite3.Error, dest: Path) -> Fault:
    error = translate_sqlite_error(exc, dest)
    if error.key == "db.locked":
        return error
    return Fault("backup.cannot_write", path=str(dest), reason=str(exc))


def restore_logbook(ctx: Context, source: Path, stamp: str,
                    keep_in: Path | None = None) -> Restored:
    """Replace the logbook by the backup `source`, keeping the old one as `<name>.<stamp>.bak`."""
    if isinstance(ctx.db_path, DbUrl):
        from visitlog.service.server_backup import restore_server

        return restore_server(ctx, source, stamp, keep_in or source.parent)
    if not source.is_file():
        raise Invalid("restore.is_folder" if source.is_dir() else "restore.missing",
                      path=str(source))
    if ctx.db_path.exists() and _same_file(source, ctx.db_path):
        raise Invalid("restore.same_file", path=str(source))
    ctx.close()
    ctx.db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _sweep_leftovers(ctx.db_path.parent, f".{ctx.db_path.name}.restore-")
    tmp = ctx.db_path.with_name(f".{ctx.db_path.name}.restore-{os.getpid()}")
    try:
        ignored = _validated_copy(source, tmp, ctx.today)
        kept = _swap_in(ctx.db_path, tmp, stamp)
    finally:
        _remove(tmp)
    return Restored(source, kept, tuple(ignored))


def _validated_copy(source: Path, tmp: Path, today: date) -> list[str]:
    """Copy `source` into `tmp` (0600) and check the copy: what is checked is what is put in.
    The copy keeps visitlog's own schema only and every row passes a typed command's checks
    (service/outside.py); returns what was ignored."""
    try:
        if not store.has_sqlite_header(source):
            raise Fault("restore.not_sqlite", path=str(source))
    except OSError as exc:
        raise Fault("restore.unreadable", path=str(source), reason=exc.strerror) from exc
    try:
        store.copy_file_to_new_file(source, tmp)
        integrity, version, missing = store.inspect_file(tmp)
    except OSError as exc:
        raise Fault("restore.cannot_write", path=str(tmp.parent), reason=exc.strerror) from exc
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            raise translate_sqlite_error(exc, tmp) from exc
        raise Fault("restore.corrupt", path=str(source), reason=str(exc)) from exc
    if integrity != "ok":
        raise Fault("restore.corrupt", path=str(source), reason=integrity)
    if missing:
        raise Fault("restore.not_logbook", path=str(source), tables=", ".join(sorted(missing)))
    if store.is_newer(version):
        raise Fault("restore.newer", path=str(source), version=version)
    from visitlog.service import outside

    ignored = outside.keep_own(tmp, source)
    outside.check_rows(tmp, source, today)
    store.forget_history(tmp)  # a restore is not undone step by step: the old file is kept
    return ignored


def _kept_path(db_path: Path, stamp: str) -> Path:
    kept = db_path.with_name(f"{db_path.name}.{stamp}.bak")
    n = 1
    while kept.exists():
        kept = db_path.with_name(f"{db_path.name}.{stamp}-{n}.bak")
        n += 1
    return kept


def _swap_in(db_path: Path, tmp: Path, stamp: str) -> Path | None:
    if not db_path.exists():
        os.replace(tmp, db_path)
        return None
    kept = _kept_path(db_path, stamp)
    try:
        logbook = open_logbook(db_path)
    except LogbookUnusable:
        return _swap_file(db_path, tmp, kept)
    try:
        healthy = store.inspect(logbook.conn)[0] == "ok"
    except sqlite3.Error:
        healthy = False
    if not healthy:
        logbook.close()
        return _swap_file(db_path, tmp, kept)
    try:
        store.copy_to_new_file(logbook.conn, kept)
        store.replace_contents(tmp, logbook.conn)
    except OSError as exc:
        _remove(kept)
        raise Fault("restore.cannot_write", path=str(kept), reason=exc.strerror) from exc
    except sqlite3.Error as exc:
        _remove(kept)  # nothing was replaced: no copy to keep
        raise translate_sqlite_error(exc, db_path) from exc
    finally:
        logbook.close()
    return kept


def _swap_file(db_path: Path, tmp: Path, kept: Path) -> Path:
    """The current logbook is damaged: keep its bytes as they are and rename the copy in."""
    try:
        store.create_private(kept)
        shutil.copyfile(db_path, kept)
        for suffix in ("-wal", "-shm"):  # a stale WAL must never be replayed into the new file
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        os.replace(tmp, db_path)
    except OSError as exc:
        raise Fault("restore.cannot_write", path=str(db_path), reason=exc.strerror) from exc
    return kept
