"""`enterprise edit`, `enterprise merge DUPLICATE --into NAME`, `enterprise delete`: through the
CLI, with undo/redo, export/merge, and bad input refused with nothing changed."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.templates import Templates

JINHAI = "江苏金海新能源科技有限公司"
DUP = "金海新能源"


def rows(cli: Cli) -> list[str]:
    """The logbook's data rows, leaving out the undo journal itself."""
    return [line for line in cli.dump()
            if line.startswith("INSERT INTO") and "undo_" not in line.split()[2]]


def enterprises(cli: Cli) -> dict[str, dict]:
    return {e["name"]: e for e in cli.json_of("enterprise", "list")}


def two_officers_three_enterprises(cli: Cli) -> Cli:
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("enterprise", "add", DUP, "--town", "金城镇", "--employees", "320", "--alias", "JH")
    cli.ok("enterprise", "add", "常州恒润精密机械有限公司")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, two_officers_three_enterprises)
    cli.json_of = lambda *args: __import__("json").loads(cli.ok(*args, "--format", "json"))
    return cli


def test_edit_changes_each_field_and_the_aliases(book: Cli) -> None:
    out = book.ok("enterprise", "edit", "金海", "--town", "金城镇", "--industry", "新能源",
                  "--employees", "420", "--union", "--alias", "金海科技", "--drop-alias", "金海")
    assert out == f"Updated enterprise {JINHAI}\n"
    assert enterprises(book)[JINHAI] == {
        "name": JINHAI, "town": "金城镇", "industry": "新能源", "employees": 420, "union": True,
        "aliases": ["金海科技"]} | {k: v for k, v in enterprises(book)[JINHAI].items()
                                   if k not in ("name", "town", "industry", "employees",
                                                "union", "aliases")}
    # the new alias resolves, the dropped one no more
    book.ok("log", "金海科技", "--officer", "王伟", "--date", "2026-11-02")
    assert "No enterprise matches '金海'" not in book.fail(2, "log", "金海", "--officer", "李娜")
    # '' clears a field; --no-union says it has none
    book.ok("enterprise", "edit", JINHAI, "--town", "", "--no-union")
    got = enterprises(book)[JINHAI]
    assert (got["town"], got["union"]) == (None, False)


def test_rename_keeps_visits_and_resolves_the_new_name_and_its_pinyin(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-02")
    book.ok("enterprise", "edit", "金海", "--name", "江苏金海新能源股份有限公司")
    visits = book.json_of("visit", "list")
    assert [v["enterprise"] for v in visits] == ["江苏金海新能源股份有限公司"]
    book.ok("log", "jhxnygf", "--officer", "王伟", "--date", "2026-11-03")


def test_rename_to_its_own_alias_takes_the_alias_as_the_name(book: Cli) -> None:
    book.ok("enterprise", "edit", DUP, "--name", "JH")
    assert enterprises(book)["JH"]["aliases"] == []


@pytest.mark.parametrize(("args", "message"), [
    (("enterprise", "edit", "金海"), "Error: Nothing to change; give --name, --town, --industry, "
     "--employees, --union/--no-union, --alias or --drop-alias"),
    (("enterprise", "edit", "金海", "--name", DUP), f"Error: Enterprise {DUP} already exists"),
    (("enterprise", "edit", "金海", "--name", "JH"), f"Error: Alias 'JH' already names {DUP}"),
    (("enterprise", "edit", "金海", "--alias", "JH"), f"Error: Alias 'JH' already names {DUP}"),
    (("enterprise", "edit", "金海", "--drop-alias", "JH"), f"Error: {JINHAI} has no alias 'JH'"),
    (("enterprise", "edit", "金海", "--town", "x\x07"), None),
    (("enterprise", "edit", "无此企业", "--town", "x"), None),
    (("enterprise", "merge", "金海", "--into", JINHAI),
     f"Error: '{JINHAI}' and the enterprise to merge into are the same"),
    (("enterprise", "merge", "无此企业", "--into", JINHAI), None),
])
def test_bad_input_exits_2_and_changes_nothing(book: Cli, args: tuple, message: str | None
                                               ) -> None:
    before = book.dump()
    line = book.fail(2, *args)
    if message:
        assert line == message
    assert book.dump() == before


def test_merge_moves_everything_and_keeps_the_old_name_as_an_alias(book: Cli) -> None:
    book.ok("log", DUP, "--officer", "王伟", "--date", "2026-11-02")
    book.ok("log", JINHAI, "--officer", "李娜", "--date", "2026-11-02")
    book.ok("demand", "add", "食堂太小", "--enterprise", DUP)
    book.ok("reception", "log", "--date", "2026-11-08", "--host", "王伟", "--enterprise", DUP,
            "--enterprise", JINHAI)
    book.ok("assign", "王伟", "--enterprise", DUP)
    book.ok("assign", "李娜", "--enterprise", DUP, "--enterprise", JINHAI)
    book.ok("practice", "log", "chair", "--officer", "王伟", "--date", "2026-11-04",
            "--enterprise", DUP)
    before = rows(book)
    out = book.ok("enterprise", "merge", "JH", "--into", "金海")
    assert out == f"Merged {DUP} into {JINHAI} (its name is kept as an alias)\n"
    listed = enterprises(book)
    assert sorted(listed) == sorted([JINHAI, "常州恒润精密机械有限公司"])
    # aliases follow, the duplicate's name is one; its empty fields were filled in
    assert listed[JINHAI]["aliases"] == sorted(["JH", "金海", DUP])
    assert (listed[JINHAI]["town"], listed[JINHAI]["employees"]) == ("金城镇", 320)
    assert {v["enterprise"] for v in book.json_of("visit", "list")} == {JINHAI}
    assert [d["enterprise"] for d in book.json_of("demand", "list")] == [JINHAI]
    reception = book.json_of("reception", "list")[0]
    assert reception["enterprises"] == [JINHAI]
    # the old spelling still resolves
    book.ok("log", DUP, "--officer", "王伟", "--date", "2026-11-10")
    coverage = {r["enterprise"]: r for r in book.json_of("report", "coverage")["enterprises"]}
    assert coverage[JINHAI]["visits"] == 3
    book.ok("undo")  # the log
    book.ok("undo")
    assert rows(book) == before
    assert book.ok("redo") == f"Redone: merging {DUP} into {JINHAI}\n"
    assert sorted(enterprises(book)) == sorted([JINHAI, "常州恒润精密机械有限公司"])


def test_merge_is_refused_when_two_visits_would_become_one(book: Cli) -> None:
    book.ok("log", DUP, "--officer", "王伟", "--date", "2026-11-02")
    book.ok("log", JINHAI, "--officer", "王伟", "--date", "2026-11-02")
    before = book.dump()
    line = book.fail(2, "enterprise", "merge", DUP, "--into", JINHAI)
    assert line == (f"Error: Cannot merge {DUP} into {JINHAI}: one officer visited both on the "
                    "same day (#1/#2 2026-11-02 王伟); edit or delete one of each pair first")
    assert book.dump() == before


def test_delete_only_what_nothing_refers_to(book: Cli) -> None:
    book.ok("log", DUP, "--officer", "王伟", "--date", "2026-11-02")
    before = book.dump()
    line = book.fail(2, "enterprise", "delete", DUP)
    assert line == (f"Error: {DUP} is still referred to by 1 record (visits, demands, receptions,"
                    f" assignments, practice days) and cannot be deleted; if it is a duplicate,"
                    f" use visitlog enterprise merge {DUP} --into THE-RIGHT-NAME")
    assert book.dump() == before
    state = rows(book)
    assert book.ok("enterprise", "delete", "恒润") == (
        "Deleted enterprise 常州恒润精密机械有限公司 (visitlog undo restores it)\n")
    assert "常州恒润精密机械有限公司" not in enterprises(book)
    assert book.ok("undo") == "Undone: deleting enterprise 常州恒润精密机械有限公司\n"
    assert rows(book) == state


def test_messages_in_chinese(book: Cli) -> None:
    book.lang("zh")
    assert book.ok("enterprise", "edit", "金海", "--town", "金城镇") == f"已修改企业 {JINHAI}\n"
    assert book.ok("undo") == f"已撤销：修改企业 {JINHAI}\n"
    assert book.fail(2, "enterprise", "edit", "金海").startswith("错误：没有要修改的内容")


def test_edits_and_merges_travel_with_export_and_merge(book: Cli) -> None:
    other = book.tmp_path / "other.db"
    first = book.tmp_path / "first.bundle"
    book.ok("log", DUP, "--officer", "王伟", "--date", "2026-11-02")
    book.ok("export", str(first))
    book.ok("--db", str(other), "merge", str(first))
    book.ok("enterprise", "edit", "金海", "--name", "江苏金海新能源股份有限公司",
            "--industry", "新能源")
    book.ok("enterprise", "merge", DUP, "--into", "江苏金海新能源股份有限公司")
    second = book.tmp_path / "second.bundle"
    book.ok("export", str(second))
    book.ok("--db", str(other), "merge", str(second))
    theirs = {e["name"]: e for e in book.json_of("--db", str(other), "enterprise", "list")}
    ours = theirs["江苏金海新能源股份有限公司"]
    assert ours["industry"] == "新能源"
    assert DUP in ours["aliases"]
    # the moved visit travels to the survivor; the deletion stays local (no tombstones)
    visits = book.json_of("--db", str(other), "visit", "list")
    assert [v["enterprise"] for v in visits] == ["江苏金海新能源股份有限公司"]
