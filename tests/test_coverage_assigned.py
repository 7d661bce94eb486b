"""`report coverage --assigned` is the assignment view of `report assigned` (issue: 挂钩)."""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines


def test_coverage_assigned_equals_report_assigned(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源", "--town", "金湖镇")
    cli.ok("enterprise", "add", "常州恒润精密机械", "--town", "金湖镇")
    cli.ok("assign", "王伟", "--town", "金湖镇")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    args = ("--within", "8w", "--format", "json")
    coverage = cli("report", "coverage", "--assigned", *args).json()
    assert coverage == cli("report", "assigned", *args).json()
    (officer,) = coverage["officers"]
    assert (officer["officer"], officer["assigned"], officer["unvisited"]) == ("王伟", 2, 1)
