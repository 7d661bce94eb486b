"""Practice days, interviews and achievements dated when the officer was not active (before their
first day, on or after their retirement) are recorded with the note `log` gives, and `report
practice` shows the entry's officer in that month."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from tests.templates import Templates

JINHAI = "江苏金海新能源科技有限公司"


def retired_and_not_yet_active(cli: Cli) -> Cli:
    """王伟; 张强 retired on 2026-10-01; 李娜 active from 2026-11-18; 金海; a campaign with a
    point."""
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("officer", "add", "张强", "--dept", "办公室", "--since", "2025-01-01")
    cli.ok("officer", "retire", "张强", "--on", "2026-10-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-11-18")
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("campaign", "create", "大访谈", "--from", "2026-10-01", "--to", "2026-12-31",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "金湖镇")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, retired_and_not_yet_active)
    return cli


RETIRED = "Note: 张强 left on 2026-10-01 (the entry is dated 2026-11-10)."
NOT_YET = "Note: 李娜 is active from 2026-11-18, not yet on 2026-11-10."


@pytest.mark.parametrize(("args", "note"), [
    (("practice", "log", "chair", "--officer", "张强", "--date", "2026-11-10"), RETIRED),
    (("practice", "log", "worker", "--officer", "李娜", "--date", "2026-11-10"), NOT_YET),
    (("interview", "log", "大访谈", "--point", "金湖镇", "--count", "5", "--officer", "张强",
      "--date", "2026-11-10"), RETIRED),
    (("achieve", "matters", "追回欠薪", "--officer", "张强", "--date", "2026-11-10"), RETIRED),
    (("achieve", "add", "friends", "结交", "--officer", "李娜", "--date", "2026-11-10"),
     NOT_YET),
])
def test_recorded_with_the_note_log_gives(book: Cli, args: tuple, note: str) -> None:
    out = book.ok(*args).splitlines()
    assert out[0].startswith("✓ ")
    assert out[1:] == [note]
    # and undone like anything else
    assert book.ok("undo").startswith("Undone: ")


def test_active_days_get_no_note(book: Cli) -> None:
    assert len(book.ok("practice", "log", "chair", "--officer", "王伟", "--date",
                       "2026-11-10").splitlines()) == 1
    assert len(book.ok("achieve", "matters", "实事", "--officer", "张强", "--date",
                       "2026-09-30").splitlines()) == 1


def test_the_same_note_as_log(book: Cli) -> None:
    """log gives it through both doors; the other entries in the same words (its wording for
    a visit aside)."""
    for typer_only in (False, True):
        book.typer_only = typer_only
        day = "2026-11-10" if not typer_only else "2026-11-11"
        lines = book.ok("log", "金海", "--officer", "张强", "--date", day).splitlines()
        assert lines[-1] == f"Note: 张强 left on 2026-10-01 (the visit is dated {day})."
    book.lang("zh")
    assert book.ok("practice", "log", "office", "--officer", "张强", "--date",
                   "2026-11-10").splitlines()[-1] == (
        "提示：张强 已于 2026-10-01 离岗（记录日期 2026-11-10）。")


def test_report_practice_lists_the_entry_s_officer_in_that_month(book: Cli) -> None:
    month = json.loads(book.ok("report", "practice", "--month", "2026-11", "--format", "json"))
    assert [o["officer"] for o in month["officers"]] == ["王伟", "李娜"]  # 张强 retired
    book.ok("practice", "log", "chair", "--officer", "张强", "--date", "2026-11-10")
    month = json.loads(book.ok("report", "practice", "--month", "2026-11", "--format", "json"))
    zhang = next(o for o in month["officers"] if o["officer"] == "张强")
    assert zhang == {"officer": "张强", "dept": "办公室", "chair": True, "office": False,
                     "worker": False, "complete": False}
    year = book.ok("report", "practice", "--year", "2026").splitlines()
    row = next(line for line in year if line.startswith("张强"))
    # inactive from October (·), but November's entry shows (✗: not all three)
    assert row.split()[2:13] == ["✗"] * 9 + ["·", "✗"]
