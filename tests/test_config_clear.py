"""`config set KEY ""` clears a setting: the officer called "me" and the language are
forgotten, a logbook rule goes back to its default (and `undo` brings the old value back)."""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines


def test_an_empty_officer_clears_me(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    assert cli.ok("config", "set", "officer", "王伟") == "Set officer = 王伟\n"
    assert cli.ok("config", "set", "officer", "") == "Cleared officer\n"
    assert cli.ok("config", "get", "officer") == "\n"
    # with no "me" again, recording needs --officer
    assert "config set officer" in cli.fail(2, "log", "金海", "--date", "2026-11-18")
    assert cli.ok("config", "set", "officer", " ") == "Cleared officer\n"  # nothing to clear


def test_an_empty_rule_is_its_default_again(cli: Cli) -> None:
    cli.ok("config", "set", "min_available_days", "4")
    assert cli.ok("config", "set", "min_available_days", "") == (
        "min_available_days is back to its default, 3\n")
    assert cli.ok("config", "get", "min_available_days") == "3\n"
    assert cli.ok("undo") == "Undone: resetting min_available_days to its default\n"
    assert cli.ok("config", "get", "min_available_days") == "4\n"
    cli.lang("zh")
    assert cli.ok("config", "set", "calendar", "") == "calendar 已恢复默认值 official\n"
