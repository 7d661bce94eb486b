"""The stable command surface: every command and option SPEC names, and undo.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    HENGDA_JX,
    HUAXING,
    JINHAI,
    ORG,
    RIGHTS,
    visits,
)

pytestmark = pytest.mark.engines

# ---- Commands: the stable surface ---------------------------------------------------------


@pytest.mark.parametrize(("command", "options"), [
    ("init", []),
    ("demo", ["--db"]),
    ("officer add", ["--dept", "--since"]),
    ("officer list", ["--format", "--output"]),
    ("officer retire", ["--on"]),
    ("officer import", []),
    ("enterprise add", ["--town", "--industry", "--employees", "--union", "--no-union",
                        "--alias"]),
    ("enterprise list", ["--format", "--output"]),
    ("enterprise import", []),
    ("log", ["--officer", "--date", "--role", "--note", "--outcome", "--new"]),
    ("visit add", ["--officer", "--date", "--role", "--note", "--outcome", "--new"]),
    ("visit list", ["--officer", "--enterprise", "--from", "--to", "--format", "--output"]),
    ("visit show", []),
    ("visit edit", []),
    ("visit delete", []),
    ("visit import", []),
    ("undo", []),
    ("leave add", ["--from", "--to", "--reason"]),
    ("leave list", ["--format", "--output"]),
    ("report week", ["--week", "--dept", "--format", "--output"]),
    ("config get", []),
    ("config set", []),
    ("config list", []),
])
def test_commands_and_options_named_in_spec_exist(cli: Cli, command: str,
                                                  options: list[str]) -> None:
    out = cli.ok(*command.split(), "--help")
    assert out.startswith(f"Usage: visitlog {command} ")
    for option in options:
        assert f"{option} " in out or f"{option}," in out or f"/{option}" in out, option


def test_enterprise_add_with_every_option(cli: Cli) -> None:
    cli.ok("enterprise", "add", JINHAI, "--town", "金城镇", "--industry", "新能源",
           "--employees", "320", "--union", "--alias", "金海", "--alias", "JH")
    cli.ok("enterprise", "add", HUAXING, "--no-union")
    cli.ok("enterprise", "add", HENGDA_JX)
    listed = cli("enterprise", "list", "--format", "json").json()
    assert sorted(listed, key=lambda e: e["name"]) == [
        {"name": HENGDA_JX, "town": None, "industry": None, "employees": None, "union": None,
         "aliases": []},
        {"name": JINHAI, "town": "金城镇", "industry": "新能源", "employees": 320,
         "union": True, "aliases": ["JH", "金海"]},
        {"name": HUAXING, "town": None, "industry": None, "employees": None, "union": False,
         "aliases": []},
    ]


def test_officer_since_defaults_to_the_day_added_and_may_be_ahead(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    assert cli.ok("officer", "add", "李娜", "--dept", ORG, "--since", "2026-12-01") == (
        f"Added officer 李娜 ({ORG}, from 2026-12-01)\n")  # joining next month
    assert [(o["name"], o["since"]) for o in cli("officer", "list", "--format", "json").json()
            ] == [("王伟", "2026-11-19"), ("李娜", "2026-12-01")]


def test_undo_says_what_it_undid_step_by_step(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18")
    book.ok("leave", "add", "李娜", "--from", "2026-11-16", "--to", "2026-11-17")
    book.ok("officer", "retire", "王伟东", "--on", "2026-11-20")
    book.ok("config", "set", "calendar", "weekdays")
    assert book.ok("undo") == "Undone: setting calendar = weekdays\n"
    assert book.ok("undo") == "Undone: retiring 王伟东 on 2026-11-20\n"
    assert book.ok("undo") == "Undone: leave for 李娜, 2026-11-16 to 2026-11-17\n"
    assert book.ok("undo") == f"Undone: logging visit #1 (2026-11-18 王伟 → {JINHAI})\n"
    assert book.ok("config", "get", "calendar") == "official\n"
    assert book("officer", "list", "--format", "json").json()[2]["retired_on"] is None
    assert book("leave", "list", "--format", "json").json() == []
    assert visits(book) == []


# ---- SPEC: "`undo` says what it undid": a default target is everyone's, not "(*)"


def test_undo_of_a_default_target_names_everyone(demand_book: Cli) -> None:
    demand_book.ok("target", "set", "matters=12")
    assert demand_book.ok("undo") == "Undone: setting 2026 targets (everyone (default))\n"
    demand_book.ok("target", "set", "matters=12")
    demand_book.lang("zh")
    assert demand_book.ok("undo") == "已撤销：设置 2026 年目标（全体干部（默认））\n"
    demand_book.lang("en")
    demand_book.ok("target", "set", "matters=3", "--officer", "王伟")
    assert demand_book.ok("undo") == "Undone: setting 2026 targets (王伟)\n"
