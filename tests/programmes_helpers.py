"""Running the CLI in-process for the programmes' tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from visitlog.cli.root import app


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


class Cli:
    """`visitlog --db DB …` with a fixed today, English messages and a private config."""

    def __init__(self, tmp: Path, today: str = "2026-11-22") -> None:
        self.db = tmp / "logbook.db"
        self.env = {"VISITLOG_TODAY": today, "VISITLOG_LANG": "en",
                    "VISITLOG_CONFIG": str(tmp / "config.json"), "VISITLOG_DB": None,
                    "NO_COLOR": "1", "COLUMNS": "160"}
        self.runner = CliRunner()

    def __call__(self, *args: str, today: str | None = None) -> Result:
        env = dict(self.env)
        if today:
            env["VISITLOG_TODAY"] = today
        res = self.runner.invoke(app, ["--db", str(self.db), *args], env=env)
        return Result(res.exit_code, res.stdout, res.stderr)

    def ok(self, *args: str, today: str | None = None) -> Result:
        res = self(*args, today=today)
        assert res.code == 0, (args, res.out, res.err)
        return res


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
