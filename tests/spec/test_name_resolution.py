"""ENTERPRISE and NAME: exact, alias, unique part, pinyin; candidates; log --new.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    HENGDA_DZ,
    HENGDA_JX,
    HUAXING,
    JINHAI,
    ORG,
    RIGHTS,
    officer,
    visits,
)

pytestmark = pytest.mark.engines

# ---- Name resolution -----------------------------------------------------------------------


@pytest.fixture
def names(book: Cli) -> Cli:
    book.ok("enterprise", "add", "恒达")  # an exact name that is also part of two others
    book.ok("enterprise", "add", "金海精密", "--alias", "JHJM")
    return book


@pytest.mark.parametrize(("typed", "expected"), [
    (JINHAI, JINHAI),  # exact
    (f"  {JINHAI} ", JINHAI),  # surrounding spaces do not count
    ("恒达", "恒达"),  # exact beats substring
    ("华星", HUAXING),  # alias
    ("JHJM", "金海精密"),  # alias
    ("机械", HENGDA_JX),  # unique substring
    ("新能源", JINHAI),
    ("jhxny", JINHAI),  # pinyin initials
    ("JHXNY", JINHAI),
    ("jinhaixin", JINHAI),  # full pinyin, part of the name
    ("huaxing", HUAXING),
    ("hengda", "恒达"),  # the whole pinyin of one name beats containing it
    ("jinhai", JINHAI),  # ... or of an alias (金海), though 金海精密 contains it too
    ("czhdjx", HENGDA_JX),
])
def test_enterprise_resolution(names: Cli, typed: str, expected: str) -> None:
    names.ok("log", typed, "--officer", "王伟")
    assert visits(names)[0]["enterprise"] == expected


@pytest.mark.parametrize(("typed", "message"), [
    ("常州恒达", f"Error: '常州恒达' matches several enterprises: {HENGDA_JX}、{HENGDA_DZ}"),
    ("电子", f"Error: '电子' matches several enterprises: {HENGDA_DZ}、{HUAXING}"),
    ("czhd", f"Error: 'czhd' matches several enterprises: {HENGDA_JX}、{HENGDA_DZ}"),
    ("不存在", "Error: No enterprise matches '不存在'; add --new to create it"),
    ("zzz", "Error: No enterprise matches 'zzz'; add --new to create it"),
])
def test_enterprise_no_match_or_several(names: Cli, typed: str, message: str) -> None:
    before = names.dump()
    assert names.fail(2, "log", typed, "--officer", "王伟") == message
    assert names.dump() == before


@pytest.mark.parametrize(("typed", "expected"), [
    ("王伟", "王伟"), ("李娜", "李娜"), ("wangwei", "王伟"), ("伟东", "王伟东"),
    ("ww", "王伟"), ("wwd", "王伟东"), ("lina", "李娜"), ("ln", "李娜"),
])
def test_officer_resolution(book: Cli, typed: str, expected: str) -> None:
    book.ok("log", "金海", "--officer", typed)
    assert visits(book)[0]["officer"] == expected


@pytest.mark.parametrize(("typed", "candidates"), [
    ("李", "李娜"), ("娜", "李娜"), ("东", "王伟东"), ("l", "李娜"),
])
def test_one_character_never_resolves_by_part(book: Cli, typed: str, candidates: str) -> None:
    """Issue 18: a surname picked the one officer who had it; one character names an officer
    only as the whole name (tests/test_single_character.py)."""
    assert book.fail(2, "log", "金海", "--officer", typed) == (
        f"Error: '{typed}' is a single character, which names nothing by part or by pinyin "
        f"initial; type more of the name: {candidates}")


def test_officer_no_match_or_several(book: Cli) -> None:
    assert book.fail(2, "log", "金海", "--officer", "王") == (
        "Error: '王' is a single character, which names nothing by part or by pinyin "
        "initial; type more of the name: 王伟、王伟东")
    assert book.fail(2, "log", "金海", "--officer", "wang") == (
        "Error: 'wang' matches several officers: 王伟、王伟东")
    assert book.fail(2, "log", "金海", "--officer", "张三") == "Error: No officer matches '张三'"
    assert book.fail(2, "officer", "retire", "王") == (
        "Error: '王' is a single character, which names nothing by part or by pinyin "
        "initial; type more of the name: 王伟、王伟东")


def test_at_most_ten_candidates(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    for i in range(12):
        cli.ok("officer", "add", f"张强{i:02d}", "--dept", ORG)
    line = cli.fail(2, "log", "x", "--new", "--officer", "张强")
    assert line.startswith("Error: '张强' matches several officers: 张强00、张强01、")
    assert line.count("、") == 9 and "张强10" not in line


def test_log_new_creates_a_missing_enterprise(book: Cli) -> None:
    assert book.ok("log", "新开的厂", "--new", "--officer", "王伟") == (
        "✓ Logged #1: 2026-11-19 王伟 → 新开的厂 (-). Created enterprise 新开的厂. "
        "Week 2026-W47 is met (1 visit this week).\n")
    # an existing name or alias is used, not created again
    assert book.ok("log", "新开的厂", "--new", "--officer", "李娜") == (
        "✓ Logged #2: 2026-11-19 李娜 → 新开的厂 (-). "
        "Week 2026-W47 is met (1 visit this week).\n")
    assert book.ok("log", "华星", "--new", "--officer", "李娜") == (
        f"✓ Logged #3: 2026-11-19 李娜 → {HUAXING} (-). "
        "Week 2026-W47 is met (2 visits this week).\n")
    assert len(book("enterprise", "list", "--format", "json").json()) == 5
    assert book.ok("undo") == f"Undone: logging visit #3 (2026-11-19 李娜 → {HUAXING})\n"


# ---- SPEC: "`log ... --new` creates a missing enterprise on the spot"; errors are "one clear
# line": only `log` / `visit add` have --new, so only they suggest it


def test_only_log_suggests_new_for_a_missing_enterprise(cli: Cli) -> None:
    officer(cli)
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-02")
    with_new = "Error: No enterprise matches '不存在'; add --new to create it"
    assert cli.fail(2, "log", "不存在", "--officer", "王伟") == with_new
    assert cli.fail(2, "visit", "add", "不存在", "--officer", "王伟") == with_new
    plain = "Error: No enterprise matches '不存在'"
    for args in (["visit", "edit", "1", "--enterprise", "不存在"],
                 ["visit", "list", "--enterprise", "不存在"],
                 ["practice", "log", "chair", "--officer", "王伟", "--enterprise", "不存在"],
                 ["demand", "add", "x", "--enterprise", "不存在"],
                 ["reception", "log", "--date", "2026-11-15", "--host", "H",
                  "--enterprise", "不存在"],
                 ["assign", "王伟", "--enterprise", "不存在"]):
        assert cli.fail(2, *args) == plain, args
    visits = cli.csv("v.csv", "date,officer,enterprise\n2026-11-03,王伟,不存在\n")
    assert cli.fail(2, "visit", "import", str(visits)) == (
        "Error: line 2 (data row 1): No enterprise matches '不存在'; nothing was imported")
    cli.lang("zh")
    assert cli.fail(2, "assign", "王伟", "--enterprise", "不存在") == "错误：找不到企业「不存在」"


# ---- SPEC: NAME resolves (exact, alias, unique substring, pinyin): the confirmation names
# the officer it resolved to, not what was typed


def test_target_set_confirms_the_resolved_officer(cli: Cli) -> None:
    officer(cli)
    cli.ok("officer", "add", "王伟东", "--dept", "组织部")
    assert cli.ok("target", "set", "matters=4", "--officer", "wwd") == (
        "Set 2026 targets for 王伟东: matters=4\n")
    assert cli.ok("target", "set", "matters=5", "--officer", "伟东", "--year", "2025") == (
        "Set 2025 targets for 王伟东: matters=5\n")
