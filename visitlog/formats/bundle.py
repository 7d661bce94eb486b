"""The bundle file: JSON Lines, one header line, then one line per row.

    {"format": "visitlog-bundle", "format_version": 1, "schema_version": 4, ...}
    {"table": "officers", "row": {"uid": "…", "name": "王伟", …}}
    {"table": "visits", "row": {"uid": "…", "officer_uid": "…", "enterprise_uid": "…", …}}

Rows refer to each other by uid, never by integer id; referenced tables come first, so a
reader can stream the file. The file is written beside its destination and renamed into
place, readable by its owner only.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from visitlog.domain.errors import Invalid, cannot_write

FORMAT = "visitlog-bundle"
FORMAT_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_LINE = 1 << 20  # bytes in one line of a bundle


def write_bundle(path: Path, header: dict[str, Any],
                 rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
    """Write the bundle atomically with mode 0600; returns the number of rows written."""
    if not path.name:  # `export ""`: the current folder
        raise Invalid("output.cannot_write", path=str(path), reason=os.strerror(errno.EISDIR))
    if path.exists() and not path.is_file() and not path.is_dir():
        return _write_into(path, header, rows)
    temp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            count = _write_lines(out, header, rows)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise cannot_write(str(path), exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def _write_into(path: Path, header: dict[str, Any],
                rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
    """A device or a pipe (/dev/stdout, a FIFO) is written into as it is: renaming a file
    over it would replace the device itself (as root, /dev/null would become a file)."""
    try:
        with path.open("w", encoding="utf-8", newline="\n") as out:
            return _write_lines(out, header, rows)
    except OSError as exc:
        raise cannot_write(str(path), exc) from exc


def _write_lines(out: TextIO, header: dict[str, Any],
                 rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
    """The header line, then one line per row; returns the number of rows."""
    out.write(_line({"format": FORMAT, "format_version": FORMAT_VERSION, **header}))
    count = 0
    for table, row in rows:
        out.write(_line({"table": table, "row": row}))
        count += 1
    return count


def _line(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError as exc:
        raise Invalid("merge.cannot_read", path=str(path), reason=exc.strerror) from exc


def read_header(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        first = fh.readline(MAX_LINE + 1)
    if len(first) > MAX_LINE:
        raise Invalid("merge.not_bundle", path=str(path))
    try:  # text mode would decode a whole buffer, failing on bytes past the first line
        header = _parse(first.decode("utf-8"), 1, path)
    except UnicodeDecodeError as exc:
        raise Invalid("merge.not_bundle", path=str(path)) from exc
    if header.get("format") != FORMAT or not isinstance(header.get("schema_version"), int):
        raise Invalid("merge.not_bundle", path=str(path))
    return header


def count_rows(path: Path) -> int:
    """Row lines in the bundle (for a progress bar): a fast pass over the bytes."""
    with path.open("rb") as fh:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    return max(lines - 1, 0)


def read_rows(path: Path) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, table, row) for each row line, with the line number in any error.

    Reading is bounded: a line longer than MAX_LINE bytes (no row of a logbook comes near it:
    its longest texts are notes of at most 10,000 characters) is refused without being read
    whole, and a line nested too deeply for the parser is a bad line, not a crash."""
    with path.open("rb") as fh:
        fh.readline()
        number = 1
        while True:
            raw = fh.readline(MAX_LINE + 1)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                raise Invalid("incoming.too_long_line", path=str(path), line=number,
                              limit=MAX_LINE)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise Invalid("merge.bad_line", path=str(path), line=number) from exc
            if not text.strip():
                continue
            item = _parse(text, number, path)
            if not isinstance(item.get("table"), str) or not isinstance(item.get("row"), dict):
                raise Invalid("merge.bad_line", path=str(path), line=number)
            yield number, item["table"], item["row"]


def _parse(text: str, number: int, path: Path) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: `[` nested 100,000 deep
        value = None
    if not isinstance(value, dict):
        raise Invalid("merge.bad_line", path=str(path), line=number)
    return value
