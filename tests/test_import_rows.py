"""A bad import row is named by its line in the file (a spreadsheet's row number, the header
being 1) and by its count among the data rows (SPEC: "the row number"): the two differ after
blank lines and notes that span lines."""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines


def test_blank_lines_do_not_count_as_data_rows(cli: Cli) -> None:
    path = cli.csv("officers.csv", "name,dept\n王伟,办公室\n\n,组织部\n")
    assert cli.fail(2, "officer", "import", str(path)) == (
        "Error: line 4 (data row 2): name must not be empty; nothing was imported")
    cli.lang("zh")
    assert cli.fail(2, "officer", "import", str(path)).endswith(
        "第 4 行（第 2 条数据）：姓名 不能为空；未导入任何数据")


def test_a_note_over_two_lines_is_one_row(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    path = cli.csv("visits.csv", "date,officer,enterprise,note\n"
                   '2026-11-16,王伟,江苏金海新能源科技有限公司,"第一行\n第二行"\n'
                   "2026-11-17,无名,江苏金海新能源科技有限公司,\n")
    assert cli.fail(2, "visit", "import", str(path)).startswith(
        "Error: line 4 (data row 2): No officer matches '无名'")
    assert cli("visit", "list", "--format", "json").json() == []


def test_the_row_is_counted_across_batches(cli: Cli) -> None:
    from datetime import date, timedelta

    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2010-01-04")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    days = [date(2012, 1, 1) + timedelta(days=i) for i in range(5_001)]
    lines = [f"{d.isoformat()},王伟,江苏金海新能源科技有限公司" for d in days]
    path = cli.csv("visits.csv", "date,officer,enterprise\n" + "\n".join(lines)
                   + "\n2026-11-17,王伟,无此企业\n")
    assert cli.fail(2, "visit", "import", str(path)).startswith(
        "Error: line 5003 (data row 5002): No enterprise matches '无此企业'")
    assert cli("visit", "list", "--format", "json").json() == []


def test_a_bad_row_over_two_lines_is_named_by_its_first(cli: Cli) -> None:
    path = cli.csv("officers.csv", 'name,dept,since\n王伟,"办公\n室",someday\n')
    assert cli.fail(2, "officer", "import", str(path)).startswith(
        "Error: line 2 (data row 1): ")


def test_a_header_cell_over_the_csv_limit_is_bad_input(cli: Cli) -> None:
    for what in ("officer", "visit"):
        path = cli.csv(f"{what}.csv", 'date,officer,enterprise,name,dept,"' + "x" * 140_000
                       + '"\n')
        assert cli.fail(2, what, "import", str(path)).startswith(
            "Error: line 1 (the header): malformed CSV"), what
