"""Read an import CSV: detect UTF-8 (with or without BOM) or GB18030, map headers, stream rows.

Excel on Chinese Windows saves CSV as GBK/GB18030; such files are detected and read, not
refused. The file is streamed, never held in memory.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

from visitlog.domain.errors import Invalid

_CHUNK = 1 << 20


def detect_encoding(path: Path, whole: bool = True) -> str:
    """utf-8-sig when the file decodes as UTF-8, else gb18030 when that decodes.

    `whole=False` looks at the first chunk only (a million-row import must not read its file
    twice); the reader then refuses a file that stops decoding further on (Records)."""
    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                    if not whole and len(chunk) == _CHUNK:
                        break  # more to come: the reader checks the rest as it goes
                else:
                    decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
        except OSError as exc:
            raise Invalid("import.unreadable", file=str(path), reason=exc.strerror) from exc
    raise Invalid("import.encoding", file=str(path))


def check_file(path: Path) -> None:
    """An import's FILE must be a file: a missing one, or a folder, is bad input."""
    if not path.is_file():
        raise Invalid("import.is_folder" if path.is_dir() else "import.missing", file=str(path))


def read_rows(
    path: Path, columns: dict[str, tuple[str, ...]], required: tuple[str, ...]
) -> Iterator[tuple[int, int, dict[str, str]]]:
    """Yield (line number, row number, {column key: text}) for each data row: the file line it
    starts on (the header being 1) and the data row's count (blank rows skipped).

    `columns` maps each column key to the header names accepted for it (the key itself and
    Chinese aliases); unknown header columns are ignored, missing required ones refused.
    """
    check_file(path)
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        reader = csv.reader(handle)
        header, positions = _read_header(reader, path, columns, required)
        number, ended = 0, reader.line_num
        try:
            for row in reader:
                start, ended = ended + 1, reader.line_num  # a quoted note may span lines
                if not any(cell.strip() for cell in row):
                    continue
                number += 1
                if any(cell.strip() for cell in row[len(header):]):
                    # an unquoted comma in a name would shift every later column
                    raise Invalid("import.extra_fields", line=start, row=number,
                                  count=len(row), expected=len(header))
                values = {key: (row[i] if i < len(row) else "") for key, i in positions.items()}
                yield start, number, values
        except csv.Error as exc:
            raise Invalid("import.bad_csv", line=ended + 1, row=number + 1,
                          reason=str(exc)) from exc


class Records:
    """Rows as tuples of the requested columns, for large files (the visits import).

    Iterating yields `(value, ...)` in the order of `keys` ("" for a column the file lacks),
    the first key being a required one; `line` is the file line of the row last yielded and
    `fraction()` how far through the file the reader is.
    """

    def __init__(self, path: Path, columns: dict[str, tuple[str, ...]],
                 required: tuple[str, ...], keys: tuple[str, ...]) -> None:
        check_file(path)
        self.path, self.columns, self.required, self.keys = path, columns, required, keys
        self.encoding = detect_encoding(path, whole=False)
        self.size = path.stat().st_size or 1
        self._raw = None
        self._start = 0

    def estimated_rows(self) -> int:
        """A rough row count from the file's size and its first rows (for choosing a plan)."""
        with self.path.open("rb") as handle:
            head = handle.read(1 << 16)
        lines = head.count(b"\n")
        return self.size * max(lines - 1, 1) // max(len(head), 1) if lines > 1 else 1

    def fraction(self) -> float:
        return min(1.0, self._raw.tell() / self.size) if self._raw is not None else 0.0

    @property
    def line(self) -> int:
        """The file line the row last yielded starts on (for error messages)."""
        return self._start

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        try:
            yield from self._rows()
        except UnicodeDecodeError as exc:  # past the chunk detect_encoding looked at
            raise Invalid("import.encoding", file=str(self.path)) from exc

    def _rows(self) -> Iterator[tuple[str, ...]]:
        with self.path.open("r", encoding=self.encoding, newline="") as handle:
            self._raw = handle.buffer
            reader = csv.reader(handle)
            header, positions = _read_header(reader, self.path, self.columns, self.required)
            width = len(header)
            # a column the file lacks reads the "" appended to each row
            pick = itemgetter(*(positions.get(key, width) for key in self.keys))
            pad = [""] * width
            number = 0  # data rows so far (the consumer counts the ones it was given)
            ended = reader.line_num  # the line the previous record ended on
            try:
                for row in reader:
                    self._start, ended = ended + 1, reader.line_num
                    if len(row) != width:
                        if any(cell.strip() for cell in row[width:]):
                            # an unquoted comma in a note would silently cut it short
                            raise Invalid("import.extra_fields", line=self._start,
                                          row=number + 1, count=len(row), expected=width)
                        row = (row + pad)[:width]
                    row.append("")
                    values = pick(row)
                    if not values[0].strip() and not "".join(row).strip():
                        continue  # a blank line
                    number += 1
                    yield values
            except csv.Error as exc:
                raise Invalid("import.bad_csv", line=ended + 1, row=number + 1,
                              reason=str(exc)) from exc


def _read_header(reader, path: Path, columns: dict[str, tuple[str, ...]],  # noqa: ANN001
                 required: tuple[str, ...]) -> tuple[list[str], dict[str, int]]:
    """The header row and each known column's position; a header that is missing, breaks
    csv (e.g. a cell over its field size limit) or lacks a required column is refused."""
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise Invalid("import.bad_header", line=reader.line_num, reason=str(exc)) from exc
    if header is None:
        raise Invalid("import.empty", file=str(path))
    positions = _map_header(header, columns)
    missing = [key for key in required if key not in positions]
    if missing:
        raise Invalid("import.missing_columns", file=str(path), columns=", ".join(missing))
    return header, positions


def _map_header(header: list[str], columns: dict[str, tuple[str, ...]]) -> dict[str, int]:
    lookup = {}
    for key, names in columns.items():
        for name in (key, *names):
            lookup[name.strip().lower()] = key
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = lookup.get(cell.strip().lower())
        if key is not None and key not in positions:
            positions[key] = index
    return positions
