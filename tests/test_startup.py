"""Start-up is a budget: `visitlog log` must not pay for heavy libraries it does not use.

Each check runs `python -X importtime -m visitlog …` in a fresh process and reads the
modules it imported from stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pydantic", "rich", "sqlite_utils", "openpyxl", "pypinyin", "holidays")


def run(args: list[str], env: dict[str, str], importtime: bool = True) -> tuple[int, set[str]]:
    flags = ["-X", "importtime"] if importtime else []
    proc = subprocess.run([sys.executable, *flags, "-m", "visitlog", *args], env=env,
                          capture_output=True, text=True, timeout=60)
    modules = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            modules.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.returncode, modules


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp: Path = tmp_path_factory.mktemp("startup")
    env = dict(os.environ, VISITLOG_DB=str(tmp / "logbook.db"),
               VISITLOG_CONFIG=str(tmp / "config.json"), VISITLOG_TODAY="2026-11-19",
               VISITLOG_LANG="en", NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    run(["officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05"], env, False)
    run(["enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海"], env, False)
    return env


@pytest.mark.parametrize("args", [["--help"], ["log", "--help"], ["visit", "--help"]],
                         ids=" ".join)
def test_help_imports_nothing_heavy(env: dict[str, str], args: list[str]) -> None:
    _code, modules = run(args, env)
    assert "visitlog" in modules
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


@pytest.mark.parametrize(
    "args",
    [["log", "金海", "--officer", "王伟", "--date", "2026-11-16"],
     ["log", "jhxny", "--officer", "王伟", "--date", "2026-11-17", "-r", "调查员"]],
    ids=["alias", "pinyin"],
)
def test_log_of_a_known_enterprise_imports_nothing_heavy(env: dict[str, str],
                                                         args: list[str]) -> None:
    # holidays is not needed either: the confirmation counts the week's visits, not due-ness
    _code, modules = run(args, env)
    assert "sqlite3" in modules
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_user_dirs_are_platformdirs_own(monkeypatch) -> None:  # noqa: ANN001
    """config.py reads the XDG rule itself on Linux (start-up); it must agree with platformdirs
    (for the config, the logbook, and the holiday calendar's cache)."""
    import platformdirs

    from visitlog import config

    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux shortcut only")
    monkeypatch.delenv("VISITLOG_CONFIG", raising=False)
    for xdg in ("", "  ", "/tmp/xdg-here"):
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        assert config.config_path().parent == Path(
            platformdirs.user_config_dir("visitlog", appauthor=False))
        assert config.default_db_path().parent == Path(
            platformdirs.user_data_dir("visitlog", appauthor=False))
        assert config.user_dir("cache") == Path(
            platformdirs.user_cache_dir("visitlog", appauthor=False))  # the holidays' cache
