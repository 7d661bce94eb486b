"""`-` as a FILE (SPEC "Numbers, files and outputs"): standard input for a file that is read
(the imports, merge) and standard output for one that is written (`export -`; `--output -`
goes through cli/showing.py).

The readers take a path (a CSV's encoding is detected, and its rows counted, by reading it
more than once; merge tells a bundle from a logbook by its first bytes), so standard input is
copied into a private file first; what is said about that file names standard input instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from visitlog.domain.errors import VisitlogError

STDIO = "-"


def is_stdio(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDIO


def shown_name(path: Path) -> str:
    """How a FILE is named in a confirmation: its name, or 标准输入 / standard input."""
    from visitlog.i18n import t

    return t("io.stdin") if is_stdio(path) else path.name


@contextmanager
def readable(path: Path) -> Iterator[Path]:
    """`path`, or for `-` a private copy of standard input, removed afterwards."""
    if not is_stdio(path):
        yield path
        return
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="visitlog-stdin-"))  # readable by the owner only
    copy = folder / "stdin"
    try:
        with copy.open("wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        try:
            yield copy
        except VisitlogError as exc:
            _name_standard_input(exc, copy)
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def writable(path: Path) -> Iterator[Path]:
    """`path`, or for `-` a private file whose content goes to standard output once written."""
    if not is_stdio(path):
        yield path
        return
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="visitlog-stdout-"))
    copy = folder / "stdout"
    try:
        yield copy
        sys.stdout.flush()
        with copy.open("rb") as written:
            shutil.copyfileobj(written, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _name_standard_input(exc: VisitlogError, copy: Path) -> None:
    from visitlog.i18n import t

    label = t("io.stdin")
    for name, value in exc.params.items():
        if isinstance(value, str) and str(copy) in value:
            exc.params[name] = value.replace(str(copy), label)
        elif value == copy.name and name in ("file", "path", "source"):
            exc.params[name] = label
