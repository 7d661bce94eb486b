"""SPEC's demand transition table through the CLI: every legal move, every illegal one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.templates import Templates
from tests.voice_helpers import Cli, federation

pytestmark = pytest.mark.engines

# How to bring a fresh demand (#1, raised 2026-11-01) into each status.
PATHS: dict[str, list[list[str]]] = {
    "open": [],
    "assigned": [["assign", "1", "--to", "县人社局"]],
    "escalated": [["escalate", "1"]],
    "resolved": [["resolve", "1", "--note", "已补发"]],
    "resolved_after_assign": [["assign", "1", "--to", "县人社局"], ["resolve", "1", "--note", "x"]],
    "resolved_after_escalate": [["escalate", "1"], ["resolve", "1", "--note", "x"]],
    "closed": [["resolve", "1", "--note", "x"], ["feedback", "1", "--satisfaction", "满意"]],
}

ACTIONS: dict[str, list[str]] = {
    "assign": ["assign", "1", "--to", "镇工会"],
    "escalate": ["escalate", "1"],
    "resolve": ["resolve", "1", "--note", "办结"],
    "very_satisfied": ["feedback", "1", "--satisfaction", "very_satisfied"],
    "satisfied": ["feedback", "1", "--satisfaction", "satisfied"],
    "basic": ["feedback", "1", "--satisfaction", "基本满意"],
    "unsatisfied": ["feedback", "1", "--satisfaction", "不满意"],
}

# (start, action) -> resulting status; None = refused (exit 2, nothing changed)
TABLE: dict[tuple[str, str], str | None] = {}
for _start in PATHS:
    _status = _start.split("_after_")[0]
    for _action in ACTIONS:
        TABLE[(_start, _action)] = None
    if _status in ("open", "assigned", "escalated"):
        TABLE[(_start, "assign")] = "assigned"
        TABLE[(_start, "resolve")] = "resolved"
    if _status in ("open", "assigned"):
        TABLE[(_start, "escalate")] = "escalated"
    if _status == "resolved":
        for _rating in ("very_satisfied", "satisfied", "basic"):
            TABLE[(_start, _rating)] = "closed"
        TABLE[(_start, "unsatisfied")] = "open" if _start == "resolved" else "assigned"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, templates: Templates) -> Cli:
    runner = Cli(tmp_path, monkeypatch)
    templates.built(runner, one_wages_demand)
    return runner


def one_wages_demand(cli: Cli) -> None:
    """The federation, and 王伟's demand 1 加班费未足额发放 at 金海 (wages, open)."""
    federation(cli)
    cli("demand", "add", "加班费未足额发放", "--enterprise", "金海", "--officer", "王伟",
        "--date", "2026-11-01", "--category", "wages")


@pytest.mark.parametrize(("start", "action"), sorted(TABLE), ids=lambda v: str(v))
def test_transition_table(cli: Cli, start: str, action: str) -> None:
    for step in PATHS[start]:
        cli("demand", *step)
    expected = TABLE[(start, action)]
    before = cli.dump()
    before_status = cli.json("demand", "show", "1")["status"]
    if expected is None:
        result = cli("demand", *ACTIONS[action], code=2)
        assert "nothing was changed" in result.output or "Unknown" in result.output
        assert cli.dump() == before
        assert cli.json("demand", "show", "1")["status"] == before_status
    else:
        cli("demand", *ACTIONS[action])
        shown = cli.json("demand", "show", "1")
        assert shown["status"] == expected
        last = shown["history"][-1]
        assert (last["from_status"], last["to_status"]) == (before_status, expected)
        assert last["at"] == "2026-11-22"


def test_illegal_moves_named_in_the_issue(cli: Cli) -> None:
    before = cli.dump()
    cli("demand", "feedback", "1", "--satisfaction", "satisfied", code=2)  # rating unresolved
    assert cli.dump() == before
    cli("demand", "resolve", "1", "--note", "x")
    cli("demand", "feedback", "1", "--satisfaction", "satisfied")
    closed = cli.dump()
    cli("demand", "resolve", "1", "--note", "again", code=2)  # resolving a closed demand
    cli("demand", "assign", "1", "--to", "x", code=2)
    cli("demand", "escalate", "1", code=2)
    assert cli.dump() == closed


@pytest.mark.parametrize("args", [
    ["feedback", "1", "--satisfaction", "delighted"],  # unknown rating
    ["resolve", "99", "--note", "x"],  # no such demand
    ["resolve", "1", "--note", "  "],  # empty resolution note
    ["assign", "1", "--to", " "],  # empty unit
    ["assign", "1", "--to", "x", "--date", "2026-10-01"],  # before the demand was raised
    ["assign", "1", "--to", "x", "--date", "2026-12-01"],  # in the future
])
def test_bad_input_changes_nothing(cli: Cli, args: list[str]) -> None:
    before = cli.dump()
    cli("demand", *args, code=2)
    assert cli.dump() == before


def test_undo_reverts_a_transition_and_its_history(cli: Cli) -> None:
    cli("demand", "assign", "1", "--to", "县人社局")
    cli("demand", "escalate", "1")
    result = cli("undo")
    assert "escalating demand #1" in result.output
    shown = cli.json("demand", "show", "1")
    assert shown["status"] == "assigned"
    assert [h["action"] for h in shown["history"]] == ["add", "assign"]
    cli("undo")
    cli("undo")
    cli("demand", "show", "1", code=2)
