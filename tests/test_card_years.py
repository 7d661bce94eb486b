"""`report officer NAME --year Y` of a year the officer was not active in (on any day up to its
as-of date; the year report leaves them out): the card says so, not "behind" on everything;
its JSON says `"active": false`."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines


def _card(cli: Cli, *args: str) -> dict:
    return json.loads(cli.ok("report", "officer", *args, "--format", "json"))


def test_a_year_before_the_officer_joined_or_after_they_left(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2024-09-24")
    cli.ok("officer", "add", "李娜", "--dept", "办公室", "--since", "2020-01-01")
    cli.ok("officer", "retire", "李娜", "--on", "2025-01-01")
    before = cli.ok("report", "officer", "王伟", "--year", "2023")
    assert before.endswith("\n\n王伟 is active from 2024-09-24: not in 2023 (up to 2023-12-31)\n")
    assert "Behind" not in before and "behind" not in before
    after = cli.ok("report", "officer", "李娜", "--year", "2025")
    assert after.endswith("\n\n李娜 left on 2025-01-01: not active in 2025\n")
    cli.lang("zh")
    assert cli.ok("report", "officer", "李娜", "--year", "2026").endswith(
        "\n\n李娜 已于 2025-01-01 离岗，2026 年不在岗\n")
    cli.lang("en")
    assert not _card(cli, "王伟", "--year", "2023")["active"]
    assert not _card(cli, "李娜", "--year", "2025")["active"]
    # the years they were active in, the joining and the leaving year included
    for name, year in (("王伟", "2024"), ("王伟", "2026"), ("李娜", "2024"), ("李娜", "2020")):
        card = _card(cli, name, "--year", year)
        assert (card["year"], card["active"]) == (int(year), True)
        assert "not active" not in cli.ok("report", "officer", name, "--year", year)


def test_log_on_a_day_the_officer_is_not_active_says_so(cli: Cli) -> None:
    """Logged all the same (a late entry is real), with a note: most likely a wrong --officer
    or --date. Both doors say the same (every `log` here goes through the front door)."""
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-11-02")
    cli.ok("officer", "add", "李娜", "--dept", "办公室", "--since", "2020-01-01")
    cli.ok("officer", "retire", "李娜", "--on", "2026-11-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    out = cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-10-30")
    assert out.splitlines()[1:] == ["Note: 王伟 is active from 2026-11-02, not yet on 2026-10-30."]
    out = cli.ok("log", "金海", "--officer", "李娜", "--date", "2026-11-01")
    assert out.splitlines()[1:] == [
        "Note: 李娜 left on 2026-11-01 (the visit is dated 2026-11-01)."]
    assert cli.ok("log", "金海", "--officer", "李娜", "--date", "2026-10-31").endswith(
        "(2 visits this week).\n")  # her last day: no note
    cli.typer_only = True
    cli.lang("zh")
    out = cli.ok("visit", "add", "金海", "--officer", "王伟", "--date", "2026-10-29")
    assert out.splitlines()[1:] == ["提示：王伟 自 2026-11-02 起在岗，2026-10-29 尚未在岗。"]
