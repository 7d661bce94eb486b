"""Vocabulary: a key, a Chinese name or a unique prefix of either.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    GROUP_INPUTS,
    OUTCOME_INPUTS,
    OUTCOME_KEYS,
    PRACTICE_INPUTS,
    RATING_INPUTS,
    ROLE_INPUTS,
    SIX_ONE_INPUTS,
    STATUS_INPUTS,
    _campaign,
    _demand_in,
    federation,
    js,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- vocabulary: key, Chinese name, or a unique prefix of either ----------------------------------



@pytest.mark.parametrize(("typed", "key"), ROLE_INPUTS)
def test_role_accepts_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str) -> None:
    templates.built(cli, federation)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-20", "--role", typed)
    assert js(cli, "visit", "list")[0]["roles"] == [key]




@pytest.mark.parametrize(("typed", "key"), SIX_ONE_INPUTS)
def test_six_ones_accept_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str) -> None:
    templates.built(cli, federation)
    cli.ok("achieve", typed, "宣讲", "--officer", "王伟", "--date", "2026-11-20")
    assert js(cli, "achieve", "list")[0]["category"] == key
    cli.ok("target", "set", f"{typed}=7", "--year", "2026")
    rows = js(cli, "target", "show", "--year", "2026")
    assert {r["category"]: r["target"] for r in rows if r["officer"] == ""}[key] == 7




@pytest.mark.parametrize(("typed", "key"), OUTCOME_INPUTS)
def test_outcome_accepts_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str) -> None:
    templates.built(cli, federation)
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-20", "--outcome", f"{typed}=3")
    visit = js(cli, "visit", "list")[0]
    assert {k: visit[k] for k in OUTCOME_KEYS} == {k: 3 if k == key else 0 for k in OUTCOME_KEYS}


@pytest.mark.parametrize("args", [
    ("--role", "员"),  # a suffix, not a prefix
    ("--role", "x"),
    ("--outcome", "m=1"),  # members_joined or models_built
    ("--outcome", "unions=1"),
    ("--outcome", "bogus=1"),
    ("--outcome", "=5"),  # no outcome named at all
    ("--outcome", " =5"),
    ("--outcome", "members_joined"),
    ("--outcome", "members_joined=-1"),
    ("--outcome", "members_joined=x"),
])
def test_log_refuses_unknown_or_ambiguous_vocabulary(
        cli: Cli, templates: Templates, args: tuple[str, ...]) -> None:
    templates.built(cli, federation)
    before = cli.dump()
    cli.fail(2, "log", "金海", "--officer", "王伟", "--date", "2026-11-20", *args)
    assert cli.dump() == before


@pytest.mark.parametrize("typed", ["职工", "b", "zz", ""])
def test_achieve_refuses_unknown_or_ambiguous_category(
        cli: Cli, templates: Templates, typed: str) -> None:
    templates.built(cli, federation)
    before = cli.dump()
    cli.fail(2, "achieve", typed, "x", "--officer", "王伟", "--date", "2026-11-20")
    cli.fail(2, "target", "set", f"{typed}=3")
    assert cli.dump() == before




@pytest.mark.parametrize(("typed", "key"), PRACTICE_INPUTS)
def test_practice_kind_accepts_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str) -> None:
    templates.built(cli, federation)
    cli.ok("practice", "log", typed, "--officer", "王伟", "--date", "2026-11-02")
    row = js(cli, "report", "practice", "--month", "2026-11")["officers"][0]
    assert (row["officer"], row["chair"], row["office"], row["worker"]) == (
        "王伟", key == "chair", key == "office", key == "worker")




@pytest.mark.parametrize(("typed", "key"), GROUP_INPUTS)
def test_interview_group_accepts_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str) -> None:
    templates.built(cli, _campaign)
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "4", "--group", typed,
           "--date", "2026-11-02")
    groups = js(cli, "report", "campaign", "大访谈")["groups"]
    assert groups == {g: 4 if g == key else 0 for g in ("frontline", "new_forms", "other")}




@pytest.mark.parametrize(("typed", "key"), STATUS_INPUTS)
def test_demand_status_filter_accepts_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str) -> None:
    templates.built(cli, federation)
    for status in ("open", "assigned", "escalated", "resolved", "closed"):
        _demand_in(cli, status)
    listed = js(cli, "demand", "list", "--status", typed)
    assert [d["status"] for d in listed] == [key]




@pytest.mark.parametrize(("typed", "key", "status"), RATING_INPUTS)
def test_rating_accepts_key_chinese_name_or_unique_prefix(
        cli: Cli, templates: Templates, typed: str, key: str, status: str) -> None:
    templates.built(cli, federation)
    demand = _demand_in(cli, "resolved")
    cli.ok("demand", "feedback", demand, "--satisfaction", typed)
    shown = js(cli, "demand", "show", demand)
    assert (shown["satisfaction"], shown["status"]) == (key, status)
