"""Read an import CSV: detect UTF-8 (with or without BOM) or GB18030, map headers, stream rows.

Excel on Chinese Windows saves CSV as GBK/GB18030; such files are detected and read, not
refused. The file is streamed, never held in memory.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from visitlog.errors import Invalid

_CHUNK = 1 << 20


def detect_encoding(path: Path) -> str:
    """utf-8-sig when the whole file decodes as UTF-8, else gb18030 when that decodes."""
    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
        except OSError as exc:
            raise Invalid("import.unreadable", file=str(path), reason=exc.strerror) from exc
    raise Invalid("import.encoding", file=str(path))


def read_rows(
    path: Path, columns: dict[str, tuple[str, ...]], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, {column key: text}) for each data row.

    `columns` maps each column key to the header names accepted for it (the key itself and
    Chinese aliases); unknown header columns are ignored, missing required ones refused.
    """
    if not path.is_file():
        raise Invalid("import.missing", file=str(path))
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
        except csv.Error as exc:  # e.g. a header cell over csv's field size limit
            raise Invalid("import.bad_csv", line=reader.line_num, reason=str(exc)) from exc
        if header is None:
            raise Invalid("import.empty", file=str(path))
        positions = _map_header(header, columns)
        missing = [key for key in required if key not in positions]
        if missing:
            raise Invalid("import.missing_columns", file=str(path), columns=", ".join(missing))
        try:
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                values = {key: (row[i] if i < len(row) else "") for key, i in positions.items()}
                yield reader.line_num, values
        except csv.Error as exc:
            raise Invalid("import.bad_csv", line=reader.line_num, reason=str(exc)) from exc


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
