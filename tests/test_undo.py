"""`undo` reverts each change exactly: after undoing step N the logbook is as before N."""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

JINHAI = "江苏金海新能源科技有限公司"


def rows(cli: Cli) -> list[str]:
    """The logbook's data rows, leaving out the undo journal itself."""
    if cli.engine == "postgres":  # (tests/pg_server.dump: "table: row")
        return [line for line in cli.dump() if not line.startswith("undo_")]
    return [line for line in cli.dump()
            if line.startswith("INSERT INTO") and "undo_" not in line.split()[2]]


def test_undo_walks_back_every_kind_of_change(cli: Cli) -> None:
    officers = cli.csv("officers.csv", "name,dept,since\n李娜,组织部,2026-02-02\n张敏,组织部,\n")
    enterprises = cli.csv("ent.csv", "name,town,aliases\n苏州华星电子有限公司,虎丘区,华星;HX\n"
                          "常熟波司登服饰有限公司,,\n")
    visits = cli.csv("visits.csv", "date,officer,enterprise,roles,members_joined\n"
                     "2026-11-02,李娜,华星,helper,4\n2026-11-03,张敏,HX,,\n")
    leave = cli.csv("leave.csv", "officer,from,to,reason\n李娜,2026-11-09,2026-11-13,年假\n")
    steps = [
        ("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05"),
        ("enterprise", "add", JINHAI, "--alias", "金海", "--employees", "30", "--union"),
        ("officer", "import", str(officers)),
        ("enterprise", "import", str(enterprises)),
        ("visit", "import", str(visits)),
        ("leave", "import", str(leave)),
        ("log", "金海", "--officer", "王伟", "-r", "helper", "--outcome", "members_joined=2"),
        ("log", "波司登", "--officer", "王伟", "--new", "--date", "2026-11-10"),
        ("log", "新厂", "--officer", "王伟", "--new", "--date", "2026-11-11"),
        ("visit", "edit", "3", "--note", "改", "--date", "2026-11-18", "--enterprise", "华星"),
        ("visit", "delete", "1"),
        ("leave", "add", "王伟", "--from", "2026-11-16", "--to", "2026-11-17"),
        ("officer", "retire", "张敏", "--on", "2026-11-20"),
        ("config", "set", "min_available_days", "2"),
        ("config", "set", "calendar", "weekdays"),
    ]
    cli.ok("init")
    states = []
    for step in steps:
        states.append(rows(cli))
        cli.ok(*step)
    for step, state in zip(reversed(steps), reversed(states), strict=True):
        out = cli.ok("undo")
        assert out.startswith("Undone: "), step
        assert rows(cli) == state, f"undo of {step} left the logbook different"
    assert cli.ok("undo") == "Nothing to undo\n"
