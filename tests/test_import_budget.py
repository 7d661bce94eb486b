"""Start-up cannot silently regress: `visitlog log …` must not import heavy modules.

Runs the real command under `python -X importtime` on a prepared logbook and reads which
modules were imported. pydantic (Typer ≥ 0.29), Rich, openpyxl, pypinyin, holidays and
sqlite-utils each cost 40-300 ms; none is needed to log a visit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pydantic", "rich", "openpyxl", "pypinyin", "holidays", "sqlite_utils")
# what `log` alone does without: Typer (and its click), dataclasses and the inspect it imports
FRAMEWORK = ("typer", "click", "dataclasses", "inspect", "traceback")


def _run(args: list[str], env: dict[str, str], importtime: bool = False
         ) -> subprocess.CompletedProcess:
    flags = ["-X", "importtime"] if importtime else []
    return subprocess.run([sys.executable, *flags, "-m", "visitlog", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def logbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("budget")
    env = {**os.environ, "VISITLOG_TODAY": "2026-11-20", "VISITLOG_LANG": "en",
           "VISITLOG_CONFIG": str(tmp / "config.json"), "VISITLOG_CACHE_DIR": str(tmp)}
    db = tmp / "logbook.db"
    for args in (["init"], ["officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01"],
                 ["enterprise", "add", "江苏金海新能源科技有限公司"]):
        result = _run(["--db", str(db), *args], env)
        assert result.returncode == 0, result.stderr
    return db, env


def _imported(stderr: str) -> set[str]:
    modules = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            modules.add(line.rsplit("|", 1)[1].strip())
    return modules


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_log_imports_nothing_heavy(logbook: tuple[Path, dict[str, str]]) -> None:
    db, env = logbook
    result = _run(["--db", str(db), "log", "金海", "--officer", "王伟", "--date", "2026-11-19",
                   "--role", "investigator", "--note", "了解职工诉求"], env, importtime=True)
    assert result.returncode == 0, result.stderr
    modules = _imported(result.stderr)
    assert "visitlog.service.visits" in modules  # the parse really saw the log path
    assert _heavy(modules) == []
    # the front door (cli/front.py): not even the framework, nor dataclasses' inspect
    assert sorted(modules & set(FRAMEWORK)) == []


def test_a_mistyped_log_goes_to_the_full_command_line(logbook: tuple[Path, dict[str, str]]
                                                      ) -> None:
    db, env = logbook
    result = _run(["--db", str(db), "log", "金海", "--bogus"], env, importtime=True)
    assert result.returncode == 2
    assert "typer" in _imported(result.stderr)
    assert [line for line in result.stderr.splitlines()
            if not line.startswith("import time:")] == [
        "Usage error: No such option: --bogus (see visitlog log --help)"]


def test_help_imports_nothing_heavy(logbook: tuple[Path, dict[str, str]]) -> None:
    _db, env = logbook
    result = _run(["--help"], {**env, "COLUMNS": "100"}, importtime=True)
    assert result.returncode == 0, result.stderr
    assert _heavy(_imported(result.stderr)) == []
    # the root's page comes from the front door (cli/roothelp.py), without the framework
    assert sorted(_imported(result.stderr) & {"typer", "click", "sqlite_utils"}) == []


def test_the_check_would_notice(logbook: tuple[Path, dict[str, str]]) -> None:
    """The parser sees a heavy import when there is one (here: the week report's holidays)."""
    db, env = logbook
    env = {**env, "VISITLOG_CACHE_DIR": str(db.parent / "empty-cache")}
    result = _run(["--db", str(db), "report", "week", "--format", "json"], env,
                  importtime=True)
    assert result.returncode == 0, result.stderr
    assert "holidays" in _heavy(_imported(result.stderr))


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_the_week_report_imports_neither_the_framework_nor_anything_heavy(
        logbook: tuple[Path, dict[str, str]], fmt: str) -> None:
    """`report week` comes through the front door too; with the holiday calendar cached (the
    logbook fixture's first week report filled it) it needs none of the heavy modules."""
    db, env = logbook
    args = ["--db", str(db), "report", "week", "--week", "2026-W47", "--format", fmt]
    assert _run(args, env).returncode == 0  # fills the calendar cache
    result = _run(args, env, importtime=True)
    assert result.returncode == 0, result.stderr
    modules = _imported(result.stderr)
    assert "visitlog.service.week" in modules
    # a table measures CJK widths with rich.cells (a light module), not Rich's tables
    assert [m for m in _heavy(modules) if not m.startswith(("rich.cells", "rich._"))
            and m != "rich"] == []
    assert not modules & {"rich.table", "rich.console"}
    assert sorted(modules & {"typer", "click"}) == []
