"""Shared set-up for the annual tests: run the CLI against a temporary logbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import visitlog.cli.root
from visitlog.i18n import set_lang


class Cli:
    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: str) -> None:
        self.runner = CliRunner()
        monkeypatch.setenv("VISITLOG_DB", str(tmp_path / "log.db"))
        monkeypatch.setenv("VISITLOG_CONFIG", str(tmp_path / "config.toml"))
        monkeypatch.setenv("VISITLOG_LANG", "en")
        monkeypatch.setenv("NO_COLOR", "1")
        self.monkeypatch = monkeypatch
        self.today(today)

    def today(self, day: str) -> None:
        self.monkeypatch.setenv("VISITLOG_TODAY", day)

    def lang(self, lang: str) -> None:
        self.monkeypatch.setenv("VISITLOG_LANG", lang)
        set_lang(lang)

    def __call__(self, *args: str, code: int = 0) -> str:
        result = self.runner.invoke(visitlog.cli.root.app, list(args))
        assert result.exit_code == code, (args, result.output, result.exception)
        return result.output

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--format", "json"))


def small_logbook(cli: Cli) -> None:
    """Two officers on a Monday-to-Friday calendar, as of Wednesday 2026-03-04 (2026-W10)."""
    cli("config", "set", "calendar", "weekdays")
    cli("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01")
    cli("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-02-16")
    cli("officer", "add", "张强", "--dept", "组织部", "--since", "2025-01-01")
    cli("officer", "retire", "张强", "--on", "2025-12-01")
    cli("leave", "add", "王伟", "--from", "2026-01-26", "--to", "2026-01-30")
    for name in ("江苏金海新能源科技有限公司", "常州恒润精密机械有限公司"):
        cli("enterprise", "add", name)
    cli("log", "金海", "--officer", "王伟", "--date", "2026-01-05", "--role", "investigator")
    cli("log", "恒润", "--officer", "王伟", "--date", "2026-01-14", "-r", "调查员", "-r", "服务员",
        "--outcome", "members_joined=12", "--outcome", "unions_formed=1")
    cli("log", "金海", "--officer", "王伟", "--date", "2026-03-04", "--role", "publicist",
        "--outcome", "disputes_resolved=2")
    cli("log", "金海", "--officer", "李娜", "--date", "2026-02-17", "--role", "organizer",
        "--outcome", "members_joined=30")
    cli("target", "set", "matters=12", "--year", "2026")
    cli("target", "set", "outreach=2", "--officer", "王伟", "--year", "2026")
    cli("achieve", "outreach", "安全生产宣讲", "--officer", "王伟", "--date", "2026-01-10")
    cli("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-02-01",
        "--count", "2")
    cli("achieve", "outreach", "去年的宣讲", "--officer", "王伟", "--date", "2025-12-30",
        "--count", "5")
