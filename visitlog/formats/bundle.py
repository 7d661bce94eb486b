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
        first = fh.readline()
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


def read_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for each row line, with the line number in any error."""
    try:
        with path.open(encoding="utf-8") as fh:
            fh.readline()
            for number, text in enumerate(fh, start=2):
                if not text.strip():
                    continue
                item = _parse(text, number, path)
                if not isinstance(item.get("table"), str) or not isinstance(item.get("row"), dict):
                    raise Invalid("merge.bad_line", path=str(path), line=number)
                yield item["table"], item["row"]
    except UnicodeDecodeError as exc:
        raise Invalid("merge.not_bundle", path=str(path)) from exc


def _parse(text: str, number: int, path: Path) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise Invalid("merge.bad_line", path=str(path), line=number)
    return value
