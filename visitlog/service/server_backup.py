"""`backup` and `restore` of a logbook on a PostgreSQL server (store/pg/dump.py: pg_dump,
pg_restore, psql). As with a file: the backup is written 0600 beside its name and renamed into
place; a restore checks the archive first (a pg_dump archive, visitlog's tables, not newer),
keeps the logbook it replaces as a backup next to the one restored, and is all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

from visitlog.domain.errors import Fault, Invalid
from visitlog.service.backup import Restored, check_destination
from visitlog.service.context import Context
from visitlog.store.location import DbUrl
from visitlog.store.pg import catalog, dump
from visitlog.store.schema import SCHEMA_VERSION


def backup_server(ctx: Context, dest: Path, force: bool) -> Path:
    check_destination(dest, force)
    with ctx.logbook.read() as conn:
        schema = catalog.current_schema(conn)  # type: ignore[arg-type]
    _dump_to(ctx.db_path, schema, dest)  # type: ignore[arg-type]
    return dest


def _dump_to(url: DbUrl, schema: str, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        dump.dump_schema(url, schema, tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
    except OSError as exc:
        raise Fault("backup.cannot_write", path=str(dest), reason=exc.strerror or str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def restore_server(ctx: Context, source: Path, stamp: str, keep_in: Path) -> Restored:
    if not source.is_file():
        raise Invalid("restore.is_folder" if source.is_dir() else "restore.missing",
                      path=str(source))
    url: DbUrl = ctx.db_path  # type: ignore[assignment]
    entries = dump.archive_entries(source)
    with ctx.logbook.read() as conn:
        schema = catalog.current_schema(conn)  # type: ignore[arg-type]
    dumped = {entry_schema for _line, kind, entry_schema, name in entries
              if kind == "TABLE" and name == "visitlog_schema"}
    if not dumped:
        raise Fault("pg.not_dump", path=str(source))
    if dumped != {schema}:
        raise Fault("pg.other_schema", path=str(source), schema=dumped.pop(), ours=schema)
    version = dump.archive_version(source, schema)
    if version is None:
        raise Fault("pg.not_dump", path=str(source))
    if version > SCHEMA_VERSION:
        raise Fault("restore.newer", path=str(source), version=version)
    keep_in.mkdir(parents=True, exist_ok=True, mode=0o700)
    kept = keep_in / f"{url.name}.{stamp}.dump"
    _dump_to(url, schema, kept)
    with ctx.logbook.read() as conn:
        drop = catalog.drop_statements(conn, schema)  # type: ignore[arg-type]
    ctx.close()
    # a restore is not undone step by step (the replaced logbook is kept): the undo history
    # forgotten, and the streaks the backup's reports kept
    dump.replay(url, source, dump.kept_entries(entries, schema), drop,
                catalog.after_restore(schema))
    return Restored(source, kept)
