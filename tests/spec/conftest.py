"""The SPEC tests' logbooks, each named for what it holds."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    RIGHTS,
    officer,
    officers_and_enterprises,
)


@pytest.fixture
def book(cli: Cli) -> Cli:
    return officers_and_enterprises(cli)


@pytest.fixture
def demand_book(cli: Cli) -> Cli:
    officer(cli)
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    cli.ok("demand", "add", "加班费", "--enterprise", "金海")
    return cli


@pytest.fixture
def visit_book(cli: Cli) -> Cli:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    return cli
