"""Shared helpers for the demand and reception tests: a CLI runner on a temp logbook."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from visitlog.cli.root import app


class Cli:
    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = tmp_path / "logbook.db"
        self.monkeypatch = monkeypatch
        monkeypatch.setenv("VISITLOG_DB", str(self.db))
        monkeypatch.setenv("VISITLOG_CONFIG", str(tmp_path / "config.toml"))
        monkeypatch.setenv("VISITLOG_LANG", "en")
        self.today("2026-11-22")

    def today(self, day: str) -> None:
        self.monkeypatch.setenv("VISITLOG_TODAY", day)

    def __call__(self, *args: str, code: int = 0) -> Any:
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == code, (args, result.output, result.exception)
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--format", "json").stdout)

    def dump(self) -> list[str]:
        conn = sqlite3.connect(self.db)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()


def federation(cli: Cli) -> None:
    """Two officers in two departments and five enterprises of various sizes."""
    cli("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-01")
    for name, staff in (("江苏金海新能源科技有限公司", "1200"), ("恒达纺织有限公司", "300"),
                        ("明光电子有限公司", "299"), ("大成机械有限公司", "800"),
                        ("小桥食品厂", "40"), ("东方物流有限公司", "450")):
        cli("enterprise", "add", name, "--employees", staff)
