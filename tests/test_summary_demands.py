"""`report summary` takes its demand figures from the ledger, the same as `report demands`."""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines


def test_summary_demand_figures_come_from_the_ledger(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源", "--employees", "400")
    cli.ok("demand", "add", "食堂饭菜太贵", "--enterprise", "金海", "--officer", "王伟",
           "--due", "2026-11-01")
    cli.ok("demand", "add", "加班费计算有误", "--enterprise", "金海", "--officer", "王伟")
    cli.ok("demand", "resolve", "2", "--note", "已补发")
    cli.ok("demand", "feedback", "2", "--satisfaction", "satisfied")
    summary = cli("report", "summary", "--format", "json").json()["demands"]
    ledger = cli("report", "demands", "--format", "json").json()
    assert summary == {"raised": 2, "resolved": 1, "overdue": 1, "satisfaction_rate": 1.0}
    assert (summary["raised"], summary["resolved"], summary["overdue"]) == (
        ledger["raised"], ledger["resolved"], ledger["overdue"])
