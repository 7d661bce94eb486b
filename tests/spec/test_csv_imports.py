"""CSV imports: headers, encodings, all-or-nothing, identities.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    HUAXING,
    JINHAI,
    ORG,
    RIGHTS,
    visits,
)

pytestmark = pytest.mark.engines

# ---- CSV imports ---------------------------------------------------------------------------


def test_officer_import_with_chinese_headers_and_bom(cli: Cli) -> None:
    path = cli.csv("干部.csv", "\ufeff姓名,部门,入职日期\n王伟,权益保障部,2026-01-05\n"
                   "李娜,组织部,\n张敏,组织部,2026-12-01\n")
    assert cli.ok("officer", "import", str(path)) == (
        "Imported 3 from 干部.csv; skipped 0 already present\n")
    assert [(o["name"], o["dept"], o["since"]) for o in
            cli("officer", "list", "--format", "json").json()] == [
        ("王伟", RIGHTS, "2026-01-05"), ("李娜", ORG, "2026-11-19"), ("张敏", ORG, "2026-12-01")]
    assert cli.ok("officer", "import", str(path)) == (
        "Imported 0 from 干部.csv; skipped 3 already present\n")


def test_enterprise_import_union_values(cli: Cli) -> None:
    path = cli.csv("e.csv", "企业名称,镇街,行业,职工人数,是否建会\n"
                   f"{JINHAI},金城镇,新能源,320,是\n甲,,,,否\n乙,,,,yes\n丙,,,,no\n丁,,,,1\n"
                   "戊,,,,0\n己,,,,\n")
    assert cli.ok("enterprise", "import", str(path)).startswith("Imported 7 from e.csv")
    unions = {e["name"]: e["union"] for e in cli("enterprise", "list", "--format", "json").json()}
    assert unions == {JINHAI: True, "甲": False, "乙": True, "丙": False, "丁": True,
                      "戊": False, "己": None}
    only_names = cli.csv("names.csv", "name\n庚\n")
    assert cli.ok("enterprise", "import", str(only_names)).startswith("Imported 1 ")
    bad = cli.csv("bad.csv", "name,union\n辛,maybe\n")
    assert cli.fail(2, "enterprise", "import", str(bad)).startswith("Error: line 2 (data row 1): ")


def test_visit_import_with_chinese_headers_roles_and_outcomes(book: Cli) -> None:
    path = book.csv("走访.csv", "\ufeff日期,干部,企业,角色,备注,新入会会员,unions_formed\n"
                    f"2026-11-16,王伟,{JINHAI},调查员;helper,了解诉求,12,1\n"
                    f"2026-11-17,李娜,华星,,,,\n")
    assert book.ok("visit", "import", str(path)) == (
        "Imported 2 from 走访.csv; skipped 0 already present\n")
    first = visits(book, "--officer", "王伟")[0]
    assert (first["roles"], first["note"], first["members_joined"], first["unions_formed"]) == (
        ["investigator", "helper"], "了解诉求", 12, 1)
    assert visits(book, "--officer", "李娜")[0]["enterprise"] == HUAXING  # an alias
    before = book.dump()
    assert book.ok("visit", "import", str(path)) == (
        "Imported 0 from 走访.csv; skipped 2 already present\n")
    assert book.dump() == before


@pytest.mark.parametrize(("text", "reason"), [
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,王伟,{JINHAI},boss,\n",
     "line 3 (data row 2): Unknown role 'boss'"),
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,张三,{JINHAI},,\n",
     "line 3 (data row 2): No officer matches '张三'"),
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,王伟,不存在,,\n",
     "line 3 (data row 2): No enterprise matches '不存在'"),
    (f"2026-11-16,王伟,{JINHAI},,\n2026-13-17,王伟,{JINHAI},,\n",
     "line 3 (data row 2): Unrecognised date '2026-13-17'"),
    # an unquoted comma in the note would silently cut it short
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,王伟,{JINHAI},,走访,座谈\n",
     "line 3 (data row 2) has 6 fields"),
])
def test_a_bad_visit_row_imports_nothing(book: Cli, text: str, reason: str) -> None:
    path = book.csv("v.csv", "date,officer,enterprise,roles,note\n" + text)
    before = book.dump()
    line = book.fail(2, "visit", "import", str(path))
    assert line.startswith(f"Error: {reason}"), line
    assert line.endswith("nothing was imported")
    assert book.dump() == before


@pytest.mark.parametrize("command", [["officer", "import"], ["enterprise", "import"],
                                     ["visit", "import"], ["leave", "import"]])
def test_missing_or_undecodable_file_is_bad_input(cli: Cli, command: list[str]) -> None:
    cli.ok("init")
    before = cli.dump()
    missing = cli.tmp_path / "missing.csv"
    assert cli.fail(2, *command, str(missing)) == f"Error: No such file: {missing}"
    utf16 = cli.tmp_path / "utf16.csv"
    utf16.write_bytes("name,dept\n王伟,x\n".encode("utf-16"))
    assert cli.fail(2, *command, str(utf16)) == (
        f"Error: {utf16} is neither UTF-8 nor GBK/GB18030 text")
    assert cli.fail(2, *command, str(cli.tmp_path)).startswith("Error: ")
    assert cli.dump() == before


def test_a_bad_officer_row_imports_nothing(cli: Cli) -> None:
    path = cli.csv("o.csv", "name,dept,since\n王伟,权益保障部,\n李娜,,\n")
    assert cli.fail(2, "officer", "import", str(path)) == (
        "Error: line 3 (data row 2): dept must not be empty; nothing was imported")
    assert cli("officer", "list", "--format", "json").json() == []


def test_leave_identity_and_import(book: Cli) -> None:
    path = book.csv("l.csv", "干部,开始,结束,事由\n王伟,2026-11-16,2026-11-17,年假\n"
                    "李娜,2026-11-18,2026-11-18,\n")
    assert book.ok("leave", "import", str(path)).startswith("Imported 2 from l.csv; skipped 0")
    assert book.ok("leave", "import", str(path)).startswith("Imported 0 from l.csv; skipped 2")
    assert book.fail(2, "leave", "add", "王伟", "--from", "2026-11-16", "--to", "2026-11-17") == (
        "Error: 王伟's leave 2026-11-16–2026-11-17 is already recorded")
