"""Where data lives: --db, env, the user folders, VISITLOG_TODAY, the language.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    JINHAI,
    ORG,
    RIGHTS,
)

pytestmark = pytest.mark.engines

# ---- Where data lives --------------------------------------------------------------------


def test_db_option_beats_env_beats_user_data_dir(cli: Cli, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    option, env = tmp_path / "option.db", tmp_path / "env.db"
    monkeypatch.setenv("VISITLOG_DB", str(env))
    assert cli.ok("--db", str(option), "init") == f"Logbook ready: {option}\n"
    assert option.exists() and not env.exists()
    assert cli.ok("init") == f"Logbook ready: {env}\n"
    if sys.platform.startswith("linux"):  # platformdirs follows XDG_DATA_HOME on Linux
        monkeypatch.delenv("VISITLOG_DB")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        default = tmp_path / "data" / "visitlog" / "visitlog.db"
        assert cli.ok("init") == f"Logbook ready: {default}\n"
        assert default.stat().st_mode & 0o777 == 0o600


@pytest.mark.sqlite_only
def test_demo_takes_db_after_the_command(cli: Cli, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    out = cli.ok("demo", "--db", str(demo))
    assert out.startswith(f"Example federation loaded into {demo}: ")
    assert "2026-W47" in out.splitlines()[1]
    assert not cli.db.exists()  # VISITLOG_DB was not touched
    assert cli.ok("demo", "--db", str(demo)).startswith(f"{demo} already holds data")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_HOME is Linux's")
def test_user_settings_live_in_the_user_config_dir(book: Cli, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISITLOG_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    book.ok("config", "set", "officer", "李娜")
    book.ok("config", "set", "min_available_days", "4")
    stored = json.loads((tmp_path / "config" / "visitlog" / "config.json").read_text("utf-8"))
    assert stored == {"officer": "李娜"}  # the logbook's rule stays in the logbook
    assert book.ok("config", "list") == (
        "officer = 李娜\nlang = \nmin_available_days = 4\ncalendar = official\n")
    book.ok("--db", str(tmp_path / "other.db"), "officer", "add", "李娜", "--dept", ORG)
    assert book.ok("--db", str(tmp_path / "other.db"), "config", "get", "min_available_days") == (
        "3\n")


def test_visitlog_today_replaces_today(book: Cli) -> None:
    book.today("2026-03-04")
    assert book.ok("log", "金海", "--officer", "王伟").startswith(
        f"✓ Logged #1: 2026-03-04 王伟 → {JINHAI}")
    assert book.week()["week"] == "2026-W10"
    assert book.fail(2, "log", "金海", "--officer", "李娜", "--date", "2026-03-05") == (
        "Error: 2026-03-05 is in the future; only things that happened can be logged")


@pytest.mark.parametrize(("env", "args", "expected"), [
    ({"VISITLOG_LANG": "zh"}, [], "zh"),
    ({"VISITLOG_LANG": "en"}, [], "en"),
    ({"VISITLOG_LANG": "zh"}, ["--lang", "en"], "en"),
    ({"VISITLOG_LANG": "en"}, ["--lang", "zh"], "zh"),
    ({"LANG": "zh_CN.UTF-8"}, [], "zh"),
    ({"LANG": "zh_TW.UTF-8"}, [], "zh"),
    ({"LANG": "en_US.UTF-8"}, [], "en"),
    ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, [], "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, [], "zh"),
    ({"LANG": "zh_CN.UTF-8"}, ["--lang", "en"], "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, [], "zh"),
    ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_GB:zh"}, [], "en"),
    ({"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"}, [], "en"),  # gettext ignores it under C
    ({"LANGUAGE": "zh_CN"}, [], "en"),  # no locale set: C
    ({"LANG": "en_US.UTF-8", "LANGUAGE": ""}, [], "en"),
])
def test_language_choice(cli: Cli, monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                         args: list[str], expected: str) -> None:
    for var in ("VISITLOG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    out = cli.ok(*args, "officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    assert out == {"zh": f"已添加干部 王伟（{RIGHTS}，2026-01-05 起）\n",
                   "en": f"Added officer 王伟 ({RIGHTS}, from 2026-01-05)\n"}[expected]
    line = cli.fail(2, *args, "log", "不存在", "--officer", "王伟")
    assert line.startswith({"zh": "错误：", "en": "Error: "}[expected])


def test_configured_lang_sits_between_env_and_locale(cli: Cli,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISITLOG_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    cli.ok("config", "set", "lang", "zh")
    assert cli.ok("undo") == "没有可撤销的修改\n"  # config lang beats the locale
    monkeypatch.setenv("VISITLOG_LANG", "en")
    assert cli.ok("undo") == "Nothing to undo\n"  # the environment beats config
    assert cli.fail(2, "--lang", "fr", "undo").startswith("Usage error: ")


def test_json_keys_never_change_with_the_language(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "-r", "调查员")
    for command in (["report", "week"], ["visit", "list"], ["officer", "list"],
                    ["enterprise", "list"], ["leave", "list"]):
        book.lang("en")
        english = book.ok(*command, "--format", "json")
        book.lang("zh")
        assert book.ok(*command, "--format", "json") == english
        book.lang("en")
