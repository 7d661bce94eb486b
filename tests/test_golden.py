"""The `report week` table, exactly as a section head sees it (no colour, 100 columns).

Run with UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, and review
the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

GOLDEN = Path(__file__).parent / "golden"


def build(cli: Cli) -> None:
    cli.today("2026-11-19")  # Thursday of 2026-W47, in progress
    for name, dept, since in [("王伟", "权益保障部", "2026-01-05"),
                              ("李娜", "权益保障部", "2026-11-19"),
                              ("张敏", "组织部", "2026-03-02"),
                              ("刘洋", "组织部", "2026-09-01")]:
        cli.ok("officer", "add", name, "--dept", dept, "--since", since)
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    cli.ok("enterprise", "add", "苏州华星电子有限公司", "--alias", "华星")
    for officer, enterprise, day, roles in [
        ("王伟", "金海", "2026-11-03", ["helper"]),
        ("王伟", "华星", "2026-11-10", []),
        ("王伟", "金海", "2026-11-17", ["investigator", "helper"]),
        ("王伟", "华星", "2026-11-18", ["publicist"]),
        ("刘洋", "金海", "2026-11-09", ["organizer"]),
    ]:
        args = ["log", enterprise, "--officer", officer, "--date", day]
        for role in roles:
            args += ["--role", role]
        cli.ok(*args)
    cli.ok("leave", "add", "张敏", "--from", "2026-11-16", "--to", "2026-11-20")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("name", "week"), [("week", "this"), ("week_holiday", "2026-W08")])
def test_week_table(cli: Cli, lang: str, name: str, week: str) -> None:
    build(cli)
    cli.lang(lang)
    # trailing spaces (Rich pads the title to the table's width) are not part of the contract,
    # and editors strip them from golden files
    out = cli.ok("report", "week", "--week", week)
    out = "\n".join(line.rstrip() for line in out.split("\n"))
    path = GOLDEN / f"{name}_{lang}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8"), f"differs from {path}; UPDATE_GOLDEN=1"


def test_past_week_markdown(cli: Cli) -> None:
    build(cli)
    out = cli.ok("report", "week", "--week", "last", "--format", "markdown")
    assert "2026-W46" in out and "| 王伟 |" in out.replace("  ", " ")
