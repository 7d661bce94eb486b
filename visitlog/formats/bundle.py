"""The bundle file: JSON Lines, one header line, then one line per row.

    {"format": "visitlog-bundle", "format_version": 1, "schema_version": 4, ...}
    {"table": "officers", "row": {"uid": "…", "name": "王伟", …}}
    {"table": "visits", "row": {"uid": "…", "officer_uid": "…", "enterprise_uid": "…", …}}

Rows refer to each other by uid, never by integer id; referenced tables come first, so a
reader can stream the file. The file is written beside its destination and renamed into
place, readable by its owner only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from visitlog.domain.errors import Invalid

FORMAT = "visitlog-bundle"
FORMAT_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_LINE = 1 << 20  # bytes in one line of a bundle


def write_bundle(path: Path, header: dict[str, Any],
                 rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
    """Write the bundle atomically with mode 0600 (`-`: standard output); returns the number
    of rows written."""
    import io

    from visitlog.formats.outfile import write_output

    count = [0]

    def write(out: BinaryIO) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=False)
        try:
            count[0] = _write_lines(text, header, rows)
            text.flush()
        finally:
            text.detach()  # the file is closed by its owner, not by this wrapper

    write_output(path, write)
    return count[0]


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


# What read_rows yields for a line already merged from another bundle in the same run.
REPEATED: dict[str, Any] = {}


def read_rows(path: Path, seen: dict[bytes, str] | None = None
              ) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, table, row) for each row line, with the line number in any error.

    Reading is bounded: a line longer than MAX_LINE bytes (no row of a logbook comes near it:
    its longest texts are notes of at most 10,000 characters) is refused without being read
    whole, and a line nested too deeply for the parser is a bad line, not a crash.

    `seen` (digest of a line -> its table) holds the lines of bundles merged before this one
    in the same run: such a line is yielded as (number, table, REPEATED) without being read
    again. Merging a row twice changes nothing (merge is idempotent and order-independent),
    and the week bundles of a county's officers repeat the county's enterprises line for
    line."""
    from hashlib import blake2b

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
            digest = blake2b(raw, digest_size=16).digest() if seen is not None else b""
            if seen is not None and digest in seen:
                yield number, seen[digest], REPEATED
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise Invalid("merge.not_bundle", path=str(path)) from exc
            if not text.strip():
                continue
            item = _parse(text, number, path)
            if not isinstance(item.get("table"), str) or not isinstance(item.get("row"), dict):
                raise Invalid("merge.bad_line", path=str(path), line=number)
            if seen is not None:
                seen[digest] = item["table"]
            yield number, item["table"], item["row"]


def _parse(text: str, number: int, path: Path) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: `[` nested 100,000 deep
        value = None
    if not isinstance(value, dict):
        raise Invalid("merge.bad_line", path=str(path), line=number)
    return value
