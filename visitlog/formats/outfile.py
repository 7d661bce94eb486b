"""Every file visitlog writes: created readable by its owner only (0600), beside its target,
and renamed into place, so a reader never sees half a file and a crash leaves the old one.

An output named by the user (`--output`, `export FILE`) is checked first: never the logbook
this command works on, nor its -wal, -shm or -journal (writing there destroyed the logbook or
lost a committed visit), nor a symbolic link (renaming over it would replace the link, and
writing through it would replace whatever it points at). A device or a pipe (/dev/null, a
FIFO) is written into as it is: renaming a file over it would replace the device itself.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from visitlog.domain.errors import Invalid, cannot_write

# the logbook of this process's command (set once its path is known: cli/state.AppState)
_LOGBOOKS: list[Path] = []
SIDECARS = ("-wal", "-shm", "-journal")
STDOUT = "-"


def guard_logbook(path: Path) -> None:
    """Remember the logbook of this command: no output may be written over it."""
    _LOGBOOKS.clear()
    _LOGBOOKS.append(path)


def is_stdout(path: Path) -> bool:
    return str(path) == STDOUT


def check_output(path: Path) -> None:
    """Refuse (exit 2) an output that is the logbook, one of its SQLite files, or a link."""
    if not path.name:  # `--output ""`: the current folder
        raise Invalid("output.cannot_write", path=str(path), reason=os.strerror(errno.EISDIR))
    for logbook in _LOGBOOKS:
        if _is_logbook_file(path, logbook):
            raise Invalid("output.is_logbook", path=str(path))
    if path.is_symlink():
        raise Invalid("output.is_symlink", path=str(path))


def _is_logbook_file(path: Path, logbook: Path) -> bool:
    try:
        target = path.resolve()
        base = logbook.resolve()
    except (OSError, RuntimeError):  # a loop of links: refused as a link below
        return False
    names = {base.name, *(base.name + side for side in SIDECARS)}
    if target.parent == base.parent and target.name in names:
        return True
    for name in names:  # another name for the same file (a hard link)
        with suppress(OSError):
            if path.exists() and os.path.samefile(path, base.with_name(name)):
                return True
    return False


def write_output(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Check `path` (see check_output), then write it through `write` atomically, 0600;
    `-` is standard output."""
    if is_stdout(path):
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (a test's capture)
            import io

            data = io.BytesIO()
            write(data)
            sys.stdout.write(data.getvalue().decode("utf-8", "surrogateescape"))
            return
        sys.stdout.flush()
        write(buffer)
        buffer.flush()
        return
    check_output(path)
    write_private(path, write)


def write_private(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write `path` through a 0600 temporary file beside it, renamed into place."""
    if path.exists() and not path.is_file() and not path.is_dir():
        _write_into(path, write)
        return
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        os.fchmod(fd, 0o600)  # O_CREAT's mode passes through the umask; say it outright
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise cannot_write(str(path), exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _write_into(path: Path, write: Callable[[BinaryIO], None]) -> None:
    try:
        with path.open("wb") as out:
            write(out)
    except OSError as exc:
        raise cannot_write(str(path), exc) from exc
