"""The SPEC tests' logbooks, each named for what it holds (built once per run through the CLI
and copied into each test: tests/templates.py)."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    JINHAI,
    RIGHTS,
    officers_and_enterprises,
)
from tests.templates import Templates


def one_visit(cli: Cli) -> Cli:
    """王伟 (权益保障部, since 2026-01-05) visited 江苏金海新能源科技有限公司 on 2026-11-16."""
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    return cli


def one_demand(cli: Cli) -> Cli:
    """one_visit's, and the demand 加班费 at 金海 (demand 1, open)."""
    one_visit(cli)
    cli.ok("demand", "add", "加班费", "--enterprise", "金海")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, officers_and_enterprises)


@pytest.fixture
def demand_book(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, one_demand)


@pytest.fixture
def visit_book(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, one_visit)
