"""Demands: the transition table, overdue, listings, satisfaction.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    ACTIONS,
    PATHS,
    TRANSITIONS,
    _demand_in,
    federation,
    js,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- demands --------------------------------------------------------------------------------------

for _status in ("open", "assigned", "escalated"):
    TRANSITIONS[(_status, "assign")] = "assigned"
    TRANSITIONS[(_status, "resolve")] = "resolved"
for _status in ("open", "assigned"):
    TRANSITIONS[(_status, "escalate")] = "escalated"
for _rating in ("very_satisfied", "satisfied", "basic"):
    TRANSITIONS[("resolved", _rating)] = "closed"
TRANSITIONS[("resolved", "unsatisfied")] = "open"  # never assigned nor escalated




@pytest.mark.parametrize(("status", "action"), sorted(TRANSITIONS), ids=str)
def test_demand_transition_table(cli: Cli, templates: Templates, status: str, action: str) -> None:
    templates.built(cli, federation)
    demand = _demand_in(cli, status)
    before = cli.dump()
    history = js(cli, "demand", "show", demand)["history"]
    expected = TRANSITIONS[(status, action)]
    if expected is None:
        cli.fail(2, "demand", ACTIONS[action][0], demand, *ACTIONS[action][1:])
        assert cli.dump() == before
        return
    cli.ok("demand", ACTIONS[action][0], demand, *ACTIONS[action][1:])
    shown = js(cli, "demand", "show", demand)
    assert shown["status"] == expected
    assert shown["history"][:-1] == history  # every transition is kept
    last = shown["history"][-1]
    assert (last["action"], last["from_status"], last["to_status"], last["at"]) == (
        ACTIONS[action][0], status, expected, "2026-11-22")


@pytest.mark.parametrize(("steps", "expected"), [
    ([], "open"),
    ([("assign", "--to", "人社局")], "assigned"),
    ([("escalate",)], "assigned"),
    ([("assign", "--to", "人社局"), ("escalate",)], "assigned"),
])
def test_unsatisfied_goes_back_to_assigned_if_ever_handed_on_else_open(
        cli: Cli, templates: Templates, steps: list[tuple[str, ...]], expected: str) -> None:
    templates.built(cli, federation)
    demand = _demand_in(cli, "open")
    for step in steps:
        cli.ok("demand", step[0], demand, *step[1:])
    for _round in range(2):  # and again after a second resolution
        cli.ok("demand", "resolve", demand, "--note", "办好了")
        cli.ok("demand", "feedback", demand, "--satisfaction", "不满意")
        assert js(cli, "demand", "show", demand)["status"] == expected


def test_unknown_demand_or_rating_exits_2(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    demand = _demand_in(cli, "resolved")
    before = cli.dump()
    cli.fail(2, "demand", "feedback", demand, "--satisfaction", "bogus")
    cli.fail(2, "demand", "resolve", "99", "--note", "x")
    cli.fail(2, "demand", "list", "--status", "bogus")
    assert cli.dump() == before


@pytest.mark.parametrize(("due", "status", "overdue"), [
    ("2026-11-21", "open", True), ("2026-11-22", "open", False), ("2026-11-23", "open", False),
    ("2026-11-01", "assigned", True), ("2026-11-01", "escalated", True),
    ("2026-11-01", "resolved", False), ("2026-11-01", "closed", False),
])
def test_overdue_is_due_before_today_and_not_resolved_or_closed(
        cli: Cli, templates: Templates, due: str, status: str, overdue: bool) -> None:
    templates.built(cli, federation)
    # a due date in the past is allowed at creation
    cli.ok("demand", "add", "x", "--enterprise", "金海", "--due", due, "--date", "2026-10-01")
    for step in PATHS[status]:
        cli.ok("demand", step[0], "1", *step[1:])
    listed = js(cli, "demand", "list")
    assert [(d["status"], d["due"], d["overdue"]) for d in listed] == [(status, due, overdue)]
    assert [d["id"] for d in js(cli, "demand", "list", "--overdue")] == ([1] if overdue else [])
    assert js(cli, "report", "demands")["overdue"] == int(overdue)


def test_demand_list_covers_every_status_with_spec_keys(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    for status in PATHS:
        _demand_in(cli, status)
    listed = js(cli, "demand", "list")
    assert sorted(d["status"] for d in listed) == sorted(PATHS)
    required = {"id", "text", "enterprise", "category", "status", "raised", "due", "overdue",
                "assigned_to", "satisfaction"}
    for d in listed:
        assert required <= d.keys()
    by_status = {d["status"]: d for d in listed}
    assert by_status["closed"]["satisfaction"] == "satisfied"
    assert by_status["open"]["satisfaction"] is None
    assert by_status["assigned"]["assigned_to"] == "人社局"
    assert by_status["open"]["enterprise"] == "江苏金海新能源科技有限公司"


def test_satisfaction_rate_uses_the_latest_rating(cli: Cli, templates: Templates) -> None:
    templates.built(cli, federation)
    for _ in range(4):
        _demand_in(cli, "resolved")
    cli.ok("demand", "feedback", "1", "-s", "unsatisfied")  # back to open …
    cli.ok("demand", "resolve", "1", "--note", "again")
    cli.ok("demand", "feedback", "1", "-s", "basic")  # … then basic: satisfied
    cli.ok("demand", "feedback", "2", "-s", "unsatisfied")  # latest rating unsatisfied
    cli.ok("demand", "feedback", "3", "-s", "very_satisfied")
    # demand 4 has no rating: not counted
    assert js(cli, "demand", "show", "1")["satisfaction"] == "basic"
    assert js(cli, "demand", "show", "2")["satisfaction"] == "unsatisfied"
    assert js(cli, "report", "demands")["satisfaction_rate"] == 2 / 3
    assert js(cli, "report", "summary")["demands"] == {
        "raised": 4, "resolved": 3, "overdue": 0, "satisfaction_rate": 2 / 3}


# ---- SPEC: an illegal demand transition is refused (exit 2) with one line in the chosen
# language: in Chinese the statuses and the step are named in Chinese (回访满意, 交办), not by key


def test_an_illegal_transition_is_worded_in_chinese(visit_book: Cli) -> None:
    visit_book.ok("demand", "add", "加班费", "-e", "金海", "--officer", "王伟")
    visit_book.ok("demand", "resolve", "1", "--note", "已补发", "--officer", "王伟")
    visit_book.ok("demand", "feedback", "1", "-s", "满意", "--officer", "王伟")
    before = visit_book.dump()
    assert visit_book.fail(2, "demand", "assign", "1", "--to", "人社局") == (
        "Error: A demand that is closed cannot take 'assign' (only from: open, assigned, "
        "escalated); nothing was changed")
    visit_book.lang("zh")
    assert visit_book.fail(2, "demand", "assign", "1", "--to", "人社局") == (
        "错误：诉求当前状态为 回访满意，不能执行 交办（仅限：登记、交办、上报）；未做任何修改")
    assert visit_book.fail(2, "demand", "feedback", "1", "-s", "满意") == (
        "错误：诉求当前状态为 回访满意，不能执行 回访（仅限：办结）；未做任何修改")
    assert visit_book.dump() == before


def test_a_town_when_no_enterprise_has_a_town_says_so(visit_book: Cli) -> None:
    assert visit_book.fail(2, "assign", "王伟", "--town", "金湖镇") == (
        "Error: No enterprise is in '金湖镇'; no enterprise has a town yet "
        "(enterprise add --town)")
    visit_book.lang("zh")
    assert visit_book.fail(2, "assign", "王伟", "--town", "金湖镇") == (
        "错误：没有企业位于「金湖镇」；还没有企业登记镇街（enterprise add --town）")
    visit_book.ok("enterprise", "add", "恒达", "--town", "金城镇")
    assert visit_book.fail(2, "assign", "王伟", "--town", "金湖镇") == (
        "错误：没有企业位于「金湖镇」；已有镇街：金城镇")
