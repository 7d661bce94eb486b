"""A single character never resolves by substring or pinyin initial: only as a whole name or
alias. Through both doors of `log` (cli/front.py and the Typer app)."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.templates import Templates

JINHAI = "江苏金海新能源科技有限公司"


def single_character_alias(cli: Cli) -> Cli:
    """王晓明, 金海 and 天宇纺织 (alias 宇, a single character)."""
    cli.ok("officer", "add", "王晓明", "--dept", "组织部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("enterprise", "add", "天宇纺织有限公司", "--alias", "宇")
    return cli


@pytest.fixture(params=["front", "typer"])
def book(cli: Cli, request: pytest.FixtureRequest, templates: Templates) -> Cli:
    templates.built(cli, single_character_alias)
    cli.typer_only = request.param == "typer"
    return cli


def test_a_surname_does_not_pick_the_one_officer_who_has_it(book: Cli) -> None:
    before = book.dump()
    assert book.fail(2, "log", "天宇", "--officer", "王") == (
        "Error: '王' is a single character, which names nothing by part or by pinyin initial; "
        "type more of the name: 王晓明")
    book.ok("officer", "add", "王伟", "--dept", "组织部", "--since", "2026-01-05")
    before = book.dump()
    assert book.fail(2, "log", "天宇", "--officer", "王").endswith(": 王伟、王晓明")
    assert book.fail(2, "log", "天宇", "--officer", "w").endswith(": 王伟、王晓明")
    assert book.dump() == before
    book.lang("zh")
    assert book.fail(2, "log", "天宇", "--officer", "王") == (
        "错误：「王」只有一个字，不按部分或拼音首字母匹配；请输入更多字：王伟、王晓明")


def test_a_single_character_enterprise_resolves_only_as_its_alias(book: Cli) -> None:
    assert book.fail(2, "log", "金", "--officer", "王晓明").startswith(
        "Error: '金' is a single character")
    assert book.ok("log", "宇", "--officer", "王晓明").startswith(
        "✓ Logged #1: 2026-11-19 王晓明 → 天宇纺织有限公司")
    assert book.fail(2, "log", "厂", "--officer", "王晓明") == (
        "Error: No enterprise matches '厂'; add --new to create it")


def test_an_officer_named_by_one_character_is_found_by_it(book: Cli) -> None:
    book.ok("officer", "add", "王", "--dept", "组织部", "--since", "2026-01-05")
    assert book.ok("log", "金海", "--officer", "王").startswith("✓ Logged #1: 2026-11-19 王 →")
    assert book.ok("report", "officer", "王", "--format", "json").count('"王"') >= 1


def test_two_characters_still_resolve_by_part(book: Cli) -> None:
    assert book.ok("log", "天宇", "--officer", "晓明").startswith("✓ Logged #1")
