"""Shared helpers of the data-safety suite: run visitlog as a real process or in-process,
seed a logbook, and fingerprint one (content hash) to prove it did not change."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.templates import Templates

TODAY = "2026-11-20"
FIGURES = Path(os.environ.get("VISITLOG_FIGURES", "")) if os.environ.get(
    "VISITLOG_FIGURES") else None


def sized(name: str, ci: int, dev: int) -> int:
    """How large a soak loop runs: env VISITLOG_FAULTS_<NAME> when set, else its full size
    under the `ci` profile (HYPOTHESIS_PROFILE=ci, as .ci/run runs) and a smaller one under
    `dev` (the default: the same checks, fewer rounds)."""
    explicit = os.environ.get(f"VISITLOG_FAULTS_{name}")
    if explicit:
        return int(explicit)
    return ci if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else dev


def visitlog_command() -> list[str]:
    """The installed entry point next to this interpreter, else `python -m visitlog`."""
    script = Path(sys.executable).parent / "visitlog"
    return [str(script)] if script.exists() else [sys.executable, "-m", "visitlog"]


def env_for(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISITLOG_")}
    env.update(VISITLOG_DB=str(db), VISITLOG_TODAY=TODAY, VISITLOG_LANG="en",
               VISITLOG_CONFIG=str(db.parent / "config.json"))
    env.update(extra)
    return env


def run(db: Path, *args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """Run visitlog in its own process against `db`."""
    extra_env = kwargs.pop("env", {})
    return subprocess.run([*visitlog_command(), *args], env=env_for(db, **extra_env),
                          capture_output=True, text=True, timeout=timeout, **kwargs)


def invoke(db: Path, *args: str, lang: str = "en"):  # noqa: ANN201 - click's Result
    """Run visitlog in this process (fast: for hypothesis)."""
    from visitlog.cli.root import app
    from visitlog.i18n import set_lang

    set_lang(lang)
    env = {"VISITLOG_TODAY": TODAY, "VISITLOG_LANG": lang, "VISITLOG_DB": str(db),
           "VISITLOG_CONFIG": str(db.parent / "config.json")}
    return CliRunner().invoke(app, ["--db", str(db), "--lang", lang, *args], env=env)


def assert_clean_failure(stderr: str, code: int, expected: int) -> None:
    """Exit `expected`, one line on stderr, no traceback."""
    assert code == expected, stderr
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr


def content_hash(db: Path) -> str:
    """A fingerprint of every row of every table (independent of page layout and WAL)."""
    conn = sqlite3.connect(db)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        conn.close()


def records_hash(db: Path) -> str:
    """content_hash without the undo journal (a restore starts it empty)."""
    conn = sqlite3.connect(db)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            if not line.startswith(('INSERT INTO "undo_', "INSERT INTO undo_")):
                digest.update(line.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def count(db: Path, sql: str, *params) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def undo_journal_consistent(db: Path) -> bool:
    """Every undo entry belongs to a step that exists."""
    return count(db, "SELECT count(*) FROM undo_entries WHERE step_id NOT IN "
                     "(SELECT id FROM undo_steps)") == 0


def seed(db: Path, officers: list[str], enterprises: list[str]) -> None:
    """A logbook with these officers (dept 办公室, since 2026-01-01) and enterprises."""
    folder = db.parent
    officers_csv = folder / f"{db.stem}-officers.csv"
    officers_csv.write_text("name,dept,since\n" + "".join(
        f"{name},办公室,2026-01-01\n" for name in officers), encoding="utf-8")
    enterprises_csv = folder / f"{db.stem}-enterprises.csv"
    enterprises_csv.write_text("name,town\n" + "".join(
        f"{name},城关镇\n" for name in enterprises), encoding="utf-8")
    for args in (("officer", "import", str(officers_csv)),
                 ("enterprise", "import", str(enterprises_csv))):
        result = invoke(db, *args)
        assert result.exit_code == 0, result.output


def record_figure(name: str, value) -> None:  # noqa: ANN001
    """Append a figure for docs/reliability.md when VISITLOG_FIGURES names a JSON-lines file."""
    if FIGURES is None:
        return
    with FIGURES.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"figure": name, "value": value}, ensure_ascii=False) + "\n")


@pytest.fixture
def logbook(tmp_path: Path, templates: Templates) -> Path:
    """A seeded logbook: officers 王伟, 李娜; enterprises 江苏金海新能源科技有限公司, 城南机械厂
    (seeded once per run, copied: tests/templates.py)."""
    db = tmp_path / "visitlog.db"
    templates.built(db, seed, ["王伟", "李娜"], ["江苏金海新能源科技有限公司", "城南机械厂"])
    return db


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
