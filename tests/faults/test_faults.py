"""Faults the user cannot fix by retyping: each is one line on stderr, exit 1, a hint of what
to do, no traceback, and the file left exactly as it was (SPEC)."""

from __future__ import annotations

import hashlib
import os
import pwd
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import (
    assert_clean_failure,
    content_hash,
    count,
    env_for,
    integrity,
    is_root,
    record_figure,
    run,
    seed,
)

WRITE = ("log", "金海", "--officer", "王伟", "--note", "x")
READ = ("visit", "list", "--format", "json")
survived: list[str] = []


def _bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check(result: subprocess.CompletedProcess, path: Path, words: tuple[str, ...]) -> None:
    assert_clean_failure(result.stderr, result.returncode, 1)
    assert str(path.name) in result.stderr
    assert any(w in result.stderr for w in words), result.stderr


@pytest.fixture
def real_logbook(logbook: Path) -> Path:
    """The seeded logbook checkpointed into one file (no -wal), as after a normal exit."""
    conn = sqlite3.connect(logbook)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return logbook


@pytest.mark.parametrize("kind", ["random", "truncated", "text", "header_only", "zeroed_page"])
def test_corrupt_or_foreign_files(real_logbook: Path, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.db"
    data = real_logbook.read_bytes()
    rng = random.Random(kind)
    if kind == "random":
        path.write_bytes(bytes(rng.randrange(256) for _ in range(40_000)))
    elif kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "text":
        path.write_text("name,dept\n王伟,办公室\n", encoding="utf-8")
    elif kind == "header_only":
        path.write_bytes(b"SQLite format 3\x00" + bytes(rng.randrange(256) for _ in range(5000)))
    else:  # the schema page wiped: SQLite's header intact, everything else lost
        path.write_bytes(data[:100] + b"\x00" * (4096 - 100) + data[4096:])
    before = _bytes(path)
    for args in (WRITE, READ):
        result = run(path, *args)
        _check(result, path, ("damaged", "restore"))
        assert _bytes(path) == before
        survived.append(kind)
    zh = run(path, "--lang", "zh", *WRITE)
    _check(zh, path, ("损坏",))
    assert _bytes(path) == before


def test_another_programs_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = _bytes(path)
    for args in (WRITE, READ, ("init",)):
        result = run(path, *args)
        _check(result, path, ("another program",))
        assert _bytes(path) == before
    survived.append("foreign_sqlite")


def test_directory_where_the_logbook_should_be(tmp_path: Path) -> None:
    folder = tmp_path / "visitlog.db"
    folder.mkdir()
    for args in (WRITE, READ):
        result = run(folder, *args)
        _check(result, folder, ("directory",))
        result = run(folder, "--db", str(folder), *args)
        _check(result, folder, ("directory",))
    assert list(folder.iterdir()) == []
    survived.append("directory")


def _limit_file_size(limit: int):  # noqa: ANN202
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_full_disk_during_an_import(real_logbook: Path, tmp_path: Path) -> None:
    rows = "".join(f"2026-{1 + i % 10:02d}-{1 + i // 10 % 28:02d},王伟,城南机械厂,,{'x' * 3000}\n"
                   for i in range(280))
    visits = tmp_path / "visits.csv"
    visits.write_text("date,officer,enterprise,roles,note\n" + rows, encoding="utf-8")
    size = real_logbook.stat().st_size
    before = content_hash(real_logbook)
    result = run(real_logbook, "visit", "import", str(visits),
                 preexec_fn=_limit_file_size(size + 16_384))
    _check(result, real_logbook, ("full", "disk"))
    assert "not changed" in result.stderr
    assert integrity(real_logbook) == "ok"
    assert content_hash(real_logbook) == before
    survived.append("full_disk_import")


def test_full_disk_while_creating_the_logbook(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = run(db, "init", preexec_fn=_limit_file_size(8_192))
    _check(result, db, ("full", "disk"))
    # with room again, the same file becomes a working logbook
    again = run(db, "init")
    assert again.returncode == 0, again.stderr
    assert integrity(db) == "ok"
    survived.append("full_disk_create")


def test_full_disk_during_a_backup(real_logbook: Path, tmp_path: Path) -> None:
    # the limit leaves room for the logbook's 32 KiB -shm, not for a copy of its ~90 KiB
    before = content_hash(real_logbook)
    target = tmp_path / "backup.db"
    result = run(real_logbook, "backup", str(target), preexec_fn=_limit_file_size(50_000))
    _check(result, target, ("space", "disk"))
    assert not target.exists()
    assert not list(tmp_path.glob(".backup.db.*"))
    assert content_hash(real_logbook) == before
    survived.append("full_disk_backup")


# -- permissions: as root, chmod stops nothing, so run visitlog as `nobody` instead ------------

def _nobody() -> tuple[int, int] | None:
    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can enter (pytest's tmp_path is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="visitlog-faults-"))
    folder.chmod(0o755)
    yield folder
    for root, dirs, _files in os.walk(folder):
        for name in dirs:
            os.chmod(Path(root) / name, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _drop_to(uid: int, gid: int):  # noqa: ANN202
    def drop() -> None:
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
    return drop


def _interpreter_for(uid: int, gid: int) -> tuple[list[str], dict[str, str]] | None:
    """A Python that `nobody` can run with visitlog importable: this venv's, else the system's
    of the same version with the venv's site-packages and this checkout on PYTHONPATH."""
    import site
    import sys

    root = str(Path(__file__).resolve().parents[2])
    paths = os.pathsep.join([root, *site.getsitepackages()])
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    system = [f"{prefix}/bin/{version}" for prefix in ("/usr", "/usr/local")]
    for python, env in ((sys.executable, {}), *((p, {"PYTHONPATH": paths}) for p in system)):
        if not Path(python).exists():
            continue
        try:
            probe = subprocess.run([python, "-c", "import visitlog.cli.root"], capture_output=True,
                                   env={**os.environ, **env}, preexec_fn=_drop_to(uid, gid),
                                   cwd="/", timeout=60)
        except OSError:
            continue
        if probe.returncode == 0:
            return [python, "-m", "visitlog"], env
    return None


def _run_limited(db: Path, *args: str) -> subprocess.CompletedProcess:
    """Run as `nobody` when we are root (chmod does not bind root), else as ourselves."""
    if not is_root():
        return run(db, *args)
    ids = _nobody()
    if ids is None:
        pytest.skip("running as root and there is no `nobody` user: chmod cannot stop root")
    found = _interpreter_for(*ids)
    if found is None:
        pytest.skip("running as root, and `nobody` can run no Python that imports visitlog")
    command, extra = found
    return subprocess.run([*command, *args], env=env_for(db, **extra), capture_output=True,
                          text=True, timeout=60, preexec_fn=_drop_to(*ids), cwd="/")


def _give(path: Path, mode: int, to_nobody: bool) -> None:
    path.chmod(mode)
    if is_root() and to_nobody:
        ids = _nobody()
        if ids is not None:
            os.chown(path, *ids)


def _make(shared_dir: Path) -> Path:
    db = shared_dir / "visitlog.db"
    seed(db, ["王伟"], ["江苏金海新能源科技有限公司"])
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


def test_unreadable_logbook(shared_dir: Path) -> None:
    db = _make(shared_dir)
    _give(db, 0o000, to_nobody=False)
    before = _bytes(db)
    for args in (WRITE, READ):
        result = _run_limited(db, *args)
        _check(result, db, ("permission",))
    assert _bytes(db) == before
    survived.append("unreadable")


def test_read_only_logbook_file(shared_dir: Path) -> None:
    db = _make(shared_dir)
    _give(shared_dir, 0o755, to_nobody=True)
    _give(db, 0o444, to_nobody=False)
    before = _bytes(db)
    result = _run_limited(db, *WRITE)
    _check(result, db, ("read-only", "permission"))
    assert _bytes(db) == before
    survived.append("read_only_file")


def test_read_only_folder(shared_dir: Path) -> None:
    db = _make(shared_dir)
    _give(db, 0o600, to_nobody=True)
    shared_dir.chmod(0o555)
    before = _bytes(db)
    result = _run_limited(db, *WRITE)
    _check(result, db, ("read-only", "permission"))
    assert _bytes(db) == before
    new = shared_dir / "new.db"
    result = _run_limited(new, *WRITE)
    _check(result, new, ("permission", "folder"))
    assert not new.exists()
    survived.append("read_only_folder")


def test_zz_record_faults() -> None:
    record_figure("faults", sorted(set(survived)))
    assert count  # keeps the shared helper import used when figures are off
