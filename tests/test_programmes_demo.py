"""The example federation's programmes, and the programmes' commands' help and docs."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from tests.programmes_helpers import Cli
from visitlog.cli import programme_reports, programmes

README = Path(__file__).resolve().parent.parent / "docs" / "guide.en.md"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = Cli(tmp_path_factory.mktemp("demo"))
    cli.ok("demo")
    return cli


def test_demo_campaign_is_in_progress(demo: Cli) -> None:
    data = demo.ok("report", "campaign", "大访谈", "--format", "json").json()
    assert data["days_total"] == 100 and 0 < data["days_left"] < 100
    assert len(data["points"]) == 30
    assert 0 < data["interviewed"] < data["target"]
    assert data["online"] + data["offline"] == data["interviewed"] == sum(data["groups"].values())
    assert sum(p["interviewed"] for p in data["points"]) == data["interviewed"]


def test_demo_practice_and_assignments(demo: Cli) -> None:
    month = demo.ok("report", "practice", "--format", "json").json()
    assert month["summary"]["officers"] == len(month["officers"]) >= 20
    last = demo.ok("report", "practice", "--month", "last", "--format", "json").json()
    assert 0 < last["summary"]["complete"] < last["summary"]["officers"]
    assigned = demo.ok("report", "assigned", "--format", "json").json()
    assert len(assigned["officers"]) >= 20
    assert 0 < assigned["summary"]["unvisited"] < assigned["summary"]["assigned"]
    assert any(a["kind"] == "town" for a in demo.ok("assign", "list", "--format", "json").json())


def _commands(app: typer.Typer) -> list:
    found = [c.callback for c in app.registered_commands]
    for group in app.registered_groups:
        found += _commands(group.typer_instance)
    return found


@pytest.mark.parametrize("callback", [
    *_commands(programmes.practice_app), *_commands(programmes.campaign_app),
    *_commands(programmes.interview_app), *_commands(programmes.assign_app),
    programme_reports.practice_command, programme_reports.campaign_command,
    programme_reports.assigned_command,
], ids=lambda c: c.__name__)
def test_every_command_has_an_example(callback) -> None:  # noqa: ANN001
    assert "Example: visitlog " in (callback.__doc__ or "")


@pytest.mark.parametrize("words", [
    "visitlog practice log", "visitlog report practice", "visitlog campaign create",
    "visitlog campaign point add", "visitlog interview log",
    "visitlog report campaign", "visitlog assign", "visitlog report assigned",
])
def test_readme_names_the_commands(words: str) -> None:
    assert f"`{words}" in README.read_text(encoding="utf-8")


def test_help_lists_the_programmes(tmp_path: Path) -> None:
    out = Cli(tmp_path).ok("--help").out
    for name in ("practice", "campaign", "interview", "assign"):
        assert name in out
