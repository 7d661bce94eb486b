"""The five roles (五大员) as people type them: the key, the Chinese name, the common English
words for it, or a unique prefix."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from visitlog.domain.errors import Invalid
from visitlog.domain.vocab import ROLES, parse_roles, resolve_term


@pytest.mark.parametrize(("typed", "key"), [
    ("publicist", "publicist"), ("propagandist", "publicist"), ("Propagandist", "publicist"),
    ("宣传员", "publicist"), ("investigator", "investigator"), ("researcher", "investigator"),
    ("调查员", "investigator"), ("organizer", "organizer"), ("guide", "organizer"),
    ("instructor", "organizer"), ("organiser", "organizer"), ("指导员", "organizer"),
    ("coordinator", "coordinator"), ("协调员", "coordinator"), ("helper", "helper"),
    ("server", "helper"), ("service", "helper"), ("服务员", "helper"),
    # prefixes: of a key or name first, of another word only where none begins so
    ("in", "investigator"), ("inst", "organizer"), ("res", "investigator"),
    ("prop", "publicist"), ("guid", "organizer"), ("ser", "helper"), ("se", "helper"),
    ("p", "publicist"), ("c", "coordinator"), ("h", "helper"), ("宣", "publicist"),
    ("g", "organizer"), ("s", "helper"),
])
def test_a_role_as_typed(typed: str, key: str) -> None:
    assert resolve_term(ROLES, typed, "role").key == key


@pytest.mark.parametrize("typed", ["waiter", "", "x"])
def test_a_role_that_is_not_one(typed: str) -> None:
    with pytest.raises(Invalid):
        resolve_term(ROLES, typed, "role")


def test_roles_in_a_list_take_the_english_words_too() -> None:
    assert parse_roles(["guide;server", "researcher、propagandist"]) == [
        "publicist", "investigator", "organizer", "helper"]


def test_log_takes_the_english_words(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    cli.ok("log", "金海", "--officer", "王伟", "--role", "guide", "-r", "server",
           "--date", "2026-11-18")
    visits = json.loads(cli.ok("visit", "list", "--format", "json"))
    assert visits[0]["roles"] == ["organizer", "helper"]
