"""`officer edit`, `officer unretire`, `leave list` ids, `leave edit ID`, `leave delete ID`:
through the CLI, with undo, export/merge, and bad input refused with nothing changed."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from tests.templates import Templates


def rows(cli: Cli) -> list[str]:
    return [line for line in cli.dump()
            if line.startswith("INSERT INTO") and "undo_" not in line.split()[2]]


def listing(cli: Cli, *args: str) -> list[dict]:
    return json.loads(cli.ok(*args, "--format", "json"))


def two_officers_one_on_leave(cli: Cli) -> Cli:
    """王伟 (on leave 2026-11-09..13) and 王晓明, the enterprise 金海."""
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("officer", "add", "王晓明", "--dept", "组织部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    cli.ok("leave", "add", "王伟", "--from", "2026-11-09", "--to", "2026-11-13", "--reason", "年假")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, two_officers_one_on_leave)
    return cli


def test_edit_moves_an_officer_to_another_department_and_renames(book: Cli) -> None:
    state = rows(book)
    out = book.ok("officer", "edit", "王伟", "--dept", "组织部", "--name", "王大伟",
                  "--since", "2026-02-02")
    assert out == "Updated officer 王大伟 (组织部, from 2026-02-02)\n"
    officers = {o["name"]: o for o in listing(book, "officer", "list")}
    assert (officers["王大伟"]["dept"], officers["王大伟"]["since"]) == ("组织部", "2026-02-02")
    # the new name resolves (and its pinyin); the week report lists the officer in the new dept
    book.ok("log", "金海", "--officer", "wangdawei", "--date", "2026-11-18")
    week = book.week("--dept", "组织部")
    assert [o["officer"] for o in week["officers"]] == ["王大伟", "王晓明"]
    assert book.ok("undo").startswith("Undone: logging visit")
    assert book.ok("undo") == "Undone: editing officer 王伟\n"
    assert rows(book) == state


def test_unretire_takes_a_retirement_back(book: Cli) -> None:
    book.ok("officer", "retire", "王伟", "--on", "2026-11-02")
    assert [o["officer"] for o in book.week()["officers"]] == ["王晓明"]
    assert book.ok("officer", "unretire", "王伟") == (
        "王伟 is active again (retirement taken back)\n")
    assert listing(book, "officer", "list")[0]["retired_on"] is None
    assert sorted(o["officer"] for o in book.week()["officers"]) == ["王伟", "王晓明"]
    assert book.ok("undo") == "Undone: taking back 王伟's retirement\n"
    assert listing(book, "officer", "list")[0]["retired_on"] == "2026-11-02"


@pytest.mark.parametrize(("args", "message"), [
    (("officer", "edit", "王伟"), "Error: Nothing to change; give --name, --dept or --since"),
    (("officer", "edit", "王伟", "--name", "王晓明"), "Error: Officer 王晓明 already exists"),
    (("officer", "edit", "王伟", "--since", "2026-11-30"), None),  # retired on 11-30 below
    (("officer", "edit", "王伟", "--dept", " "), None),
    (("officer", "edit", "王伟", "--since", "明年"), None),
    (("officer", "unretire", "王晓明"), "Error: 王晓明 is not retired"),
    (("leave", "edit", "9"), "Error: Nothing to change; give --from, --to or --reason"),
    (("leave", "edit", "9", "--reason", "病假"), "Error: No leave #9 (see visitlog leave list)"),
    (("leave", "edit", "1", "--to", "2026-11-01"), None),
    (("leave", "edit", "2", "--from", "2026-11-09", "--to", "2026-11-13"),
     "Error: 王伟's leave 2026-11-09–2026-11-13 is already recorded"),
    (("leave", "delete", "9"), "Error: No leave #9 (see visitlog leave list)"),
    (("leave", "delete", "x"), None),
])
def test_bad_input_exits_2_and_changes_nothing(book: Cli, args: tuple, message: str | None
                                               ) -> None:
    book.ok("officer", "retire", "王伟", "--on", "2026-11-30")
    book.ok("leave", "add", "王伟", "--from", "2026-11-16", "--to", "2026-11-17")
    before = book.dump()
    line = book.fail(2, *args)
    if message:
        assert line == message
    assert book.dump() == before


def test_leave_list_shows_ids_and_edit_and_delete_use_them(book: Cli) -> None:
    assert listing(book, "leave", "list") == [
        {"id": 1, "officer": "王伟", "from": "2026-11-09", "to": "2026-11-13", "reason": "年假"}]
    assert book.ok("leave", "list").splitlines()[1].split() == ["#", "officer", "from", "to",
                                                               "reason"]
    # the leave made W46 not due; shortened to two days, it is due again
    assert book.week("--week", "2026-W46")["officers"][0]["due"] is False
    state = rows(book)
    assert book.ok("leave", "edit", "1", "--from", "2026-11-12", "--reason", "病假") == (
        "Updated leave #1: 王伟, 2026-11-12 to 2026-11-13\n")
    assert listing(book, "leave", "list")[0]["reason"] == "病假"
    assert book.week("--week", "2026-W46")["officers"][0]["due"] is True
    assert book.ok("leave", "delete", "1") == (
        "Deleted leave #1: 王伟, 2026-11-12 to 2026-11-13 (visitlog undo restores it)\n")
    assert listing(book, "leave", "list") == []
    assert book.ok("undo") == "Undone: deleting leave #1 (王伟, 2026-11-12 to 2026-11-13)\n"
    assert book.ok("undo") == "Undone: editing leave #1 (王伟)\n"
    assert rows(book) == state


def test_messages_in_chinese(book: Cli) -> None:
    book.lang("zh")
    assert book.ok("leave", "edit", "1", "--to", "2026-11-12") == (
        "已修改请假 #1：王伟 2026-11-09～2026-11-12\n")
    assert book.ok("officer", "edit", "王伟", "--dept", "组织部") == (
        "已修改干部 王伟（组织部，2026-01-05 起）\n")
    assert book.fail(2, "officer", "unretire", "王伟") == "错误：王伟 没有离岗记录"


def test_edits_travel_with_export_and_merge(book: Cli) -> None:
    other = book.tmp_path / "other.db"
    first, second = book.tmp_path / "a.bundle", book.tmp_path / "b.bundle"
    book.ok("officer", "retire", "王晓明", "--on", "2026-11-02")
    book.ok("export", str(first))
    book.ok("--db", str(other), "merge", str(first))
    book.ok("officer", "edit", "王伟", "--dept", "组织部", "--name", "王大伟")
    book.ok("officer", "unretire", "王晓明")
    book.ok("leave", "edit", "1", "--reason", "病假")
    book.ok("export", str(second))
    book.ok("--db", str(other), "merge", str(second))
    theirs = listing(book, "--db", str(other), "officer", "list")
    assert {(o["name"], o["dept"], o["retired_on"]) for o in theirs} == {
        ("王大伟", "组织部", None), ("王晓明", "组织部", None)}
    assert listing(book, "--db", str(other), "leave", "list")[0]["reason"] == "病假"


def test_renaming_the_configured_me_keeps_them_me(book: Cli) -> None:
    book.ok("config", "set", "officer", "王伟")
    out = book.ok("officer", "edit", "王伟", "--name", "王大伟")
    assert out == ("Updated officer 王大伟 (权益保障部, from 2026-01-05)\n"
                   "Your default officer (me) is now 王大伟\n")
    assert book.ok("config", "get", "officer") == "王大伟\n"
    book.ok("log", "金海", "--date", "2026-11-18")  # "me" still logs, as the new name
    assert [o["officer"] for o in book.week()["officers"] if o["met"]] == ["王大伟"]


def test_renaming_someone_else_leaves_me_alone(book: Cli) -> None:
    book.ok("config", "set", "officer", "王晓明")
    assert book.ok("officer", "edit", "王伟", "--name", "王大伟") == (
        "Updated officer 王大伟 (权益保障部, from 2026-01-05)\n")
    assert book.ok("config", "get", "officer") == "王晓明\n"
