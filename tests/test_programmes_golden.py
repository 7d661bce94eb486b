"""Golden files for the terminal views (fixed width, no colour): practice month, campaign.

After an intended change: VISITLOG_GOLDEN=update pytest tests/test_programmes_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.programmes_helpers import Cli

pytestmark = pytest.mark.engines

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = Cli(tmp_path_factory.mktemp("golden"))
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2024-01-01")
    cli.ok("officer", "add", "李娜", "--dept", "办公室", "--since", "2024-01-01")
    for kind, day in (("主席", "2026-11-02"), ("办公室", "2026-11-03"), ("职工", "2026-11-04")):
        cli.ok("practice", "log", kind, "--officer", "王伟", "--date", day)
    cli.ok("practice", "log", "职工", "--officer", "李娜", "--date", "2026-11-04")
    cli.ok("campaign", "create", "大访谈", "--from", "2026-09-01", "--to", "2026-12-09",
           "--target", "10000")
    cli.ok("campaign", "point", "add", "大访谈", "金湖镇职工服务中心", "--town", "金湖镇")
    cli.ok("campaign", "point", "add", "大访谈", "城东骑手驿站", "--town", "城东街道")
    cli.ok("interview", "log", "大访谈", "-p", "金湖", "-c", "3000", "--date", "2026-10-01")
    cli.ok("interview", "log", "大访谈", "-p", "城东", "-c", "2000", "--online", "-g", "新就业形态")
    return cli


@pytest.mark.parametrize(("name", "args"), [
    ("practice_month_zh.txt", ("--lang", "zh", "report", "practice")),
    ("practice_year_en.txt", ("report", "practice", "--year", "2026")),
    ("campaign_zh.txt", ("--lang", "zh", "report", "campaign", "大访谈")),
    ("campaign_en.txt", ("report", "campaign", "大访谈", "--as-of", "2026-10-20")),
])
def test_golden(cli: Cli, name: str, args: tuple[str, ...]) -> None:
    out = cli.ok(*args).out
    path = GOLDEN / name
    if os.environ.get("VISITLOG_GOLDEN") == "update":
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")
