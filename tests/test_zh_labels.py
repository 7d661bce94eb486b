# ruff: noqa: E501 - exact tables, CJK counts double
"""Chinese users read words, not keys: demand statuses, ratings, history actions and
categories, assignment kinds and six-ones categories in tables and markdown (csv and json
keep the stable keys)."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.templates import Templates

pytestmark = pytest.mark.engines


def demands_in_chinese(cli: Cli) -> Cli:
    """In Chinese, today 2026-11-19: 王伟, two enterprises, two demands (one closed), his
    assignments and an achievement."""
    cli.lang("zh")
    cli.today("2026-11-02")
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "恒达纺织有限公司", "--town", "新桥镇")
    cli.ok("enterprise", "add", "金海电子有限公司", "--town", "龙潭镇")
    cli.ok("demand", "add", "食堂饭菜涨价", "-e", "恒达", "--category", "contract",
           "--officer", "王伟")
    cli.ok("demand", "add", "宿舍漏水", "-e", "金海", "--category", "安全", "--officer", "王伟")
    for day, args in [("2026-11-03", ["assign", "1", "--to", "企业工会", "--due", "2026-11-20"]),
                      ("2026-11-10", ["resolve", "1", "--note", "已补贴"]),
                      ("2026-11-12", ["feedback", "1", "--satisfaction", "very_satisfied",
                                      "--note", "很好"])]:
        cli.today(day)
        cli.ok("demand", *args, "--officer", "王伟")
    cli.ok("assign", "王伟", "--enterprise", "恒达")
    cli.ok("assign", "王伟", "--town", "龙潭镇")
    cli.ok("achieve", "matters", "帮职工追讨欠薪", "--officer", "王伟", "--date", "2026-11-05")
    cli.today("2026-11-19")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, demands_in_chinese)


def _ref(book: Cli, number: int) -> str:
    """A demand's short reference (random: store/refs.py), to put into an expected output."""
    import json

    return next(d["ref"] for d in json.loads(book.ok("demand", "list", "--format", "json"))
                if d["id"] == number)


def test_demand_show_history_in_words(book: Cli) -> None:
    assert book.ok("demand", "show", "1") == (
        f"#1  {_ref(book, 1)}  2026-11-02  恒达纺织有限公司  [劳动合同]\n"
        "诉求内容: 食堂饭菜涨价\n"
        "状态: 回访满意  办理期限: 2026-11-20\n"
        "干部: 王伟（权益保障部）\n"
        "承办单位: 企业工会\n"
        "办理结果: 已补贴\n"
        "满意度: 非常满意\n"
        "办理记录:\n"
        "  2026-11-02  登记: 登记  劳动合同；期限 2026-11-17  王伟\n"
        "  2026-11-03  交办: 登记 → 交办  企业工会；期限 2026-11-20  王伟\n"
        "  2026-11-10  办结: 交办 → 办结  已补贴  王伟\n"
        "  2026-11-12  回访: 办结 → 回访满意  非常满意；很好  王伟\n")


def test_demand_show_markdown_in_words(book: Cli) -> None:
    assert book.ok("demand", "show", "1", "--format", "markdown") == (
        "## 诉求清单（1）\n\n"
        "| 编号 | 简码 | 登记日期 | 企业 | 类别 | 诉求内容 | 状态 | 办理期限 | 已超期 | 承办单位 "
        "| 满意度 | 干部 | 部室 | 曾上报 | 办结日期 | 走访 | 接待日 |\n"
        "|---:|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        f"| 1 | {_ref(book, 1)} | 2026-11-02 | 恒达纺织有限公司 | 劳动合同 | 食堂饭菜涨价 | 回访满意 | 2026-11-20 | 否 "
        "| 企业工会 | 非常满意 | 王伟 | 权益保障部 | 否 | 2026-11-10 |  |  |\n"
        "\n"
        "## 办理记录\n\n"
        "| 日期 | 操作 | 原状态 | 新状态 | 说明 | 干部 |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-11-02 | 登记 |  | 登记 | 劳动合同；期限 2026-11-17 | 王伟 |\n"
        "| 2026-11-03 | 交办 | 登记 | 交办 | 企业工会；期限 2026-11-20 | 王伟 |\n"
        "| 2026-11-10 | 办结 | 交办 | 办结 | 已补贴 | 王伟 |\n"
        "| 2026-11-12 | 回访 | 办结 | 回访满意 | 非常满意；很好 | 王伟 |\n")


def test_demand_show_keeps_keys_in_json_and_csv(book: Cli) -> None:
    import json

    shown = json.loads(book.ok("demand", "show", "1", "--format", "json"))
    assert (shown["category"], shown["status"], shown["satisfaction"]) == (
        "contract", "closed", "very_satisfied")
    assert [(h["action"], h["to_status"], h["detail"]) for h in shown["history"]] == [
        ("add", "open", "contract; due 2026-11-17"),
        ("assign", "assigned", "企业工会; due 2026-11-20"),
        ("resolve", "resolved", "已补贴"),
        ("feedback", "closed", "very_satisfied; 很好")]
    csv = book.ok("demand", "show", "1", "--format", "csv")
    assert "2026-11-12,feedback,resolved,closed,very_satisfied; 很好,王伟\n" in csv
    assert ",contract,食堂饭菜涨价,closed,2026-11-20,no,企业工会,very_satisfied," in csv


def test_demand_show_in_english_reads_words(book: Cli) -> None:
    book.lang("en")
    out = book.ok("demand", "show", "1")
    assert "satisfaction: very satisfied\n" in out
    assert "  2026-11-12  rated: resolved → closed  very satisfied; 很好  王伟\n" in out


def test_report_demands_categories_and_statuses_in_words(book: Cli) -> None:
    assert book.ok("report", "demands") == (
        "2026 年职工诉求办理情况（截至 2026-11-19）\n"
        "范围  登记  办结  按期办结  超期未结  上报  已回访  满意率  非常满意  满意  基本满意  不满意\n"
        "全部     2     1         1         1     0       1  100.0%         1     0         0       0\n"
        "按类别\n"
        "类别      登记  办结  按期办结  超期未结  上报  已回访  满意率  非常满意  满意  基本满意  不满意\n"
        "劳动合同     1     1         1         0     0       1  100.0%         1     0         0       0\n"
        "安全         1     0         0         1     0       0                 0     0         0       0\n"
        "按部室（登记干部所在部室）\n"
        "部室        登记  办结  按期办结  超期未结  上报  已回访  满意率  非常满意  满意  基本满意  不满意\n"
        "权益保障部     2     1         1         1     0       1  100.0%         1     0         0       0\n"
        "超期未结诉求（1，超期最久的在前）\n"
        "编号  企业              类别  干部  登记日期    办理期限    超期天数  状态  承办单位\n"
        "   2  金海电子有限公司  安全  王伟  2026-11-02  2026-11-05        14  登记          \n")
    markdown = book.ok("report", "demands", "--format", "markdown")
    assert "| 劳动合同 | 1 | 1 | 1 | 0 | 0 | 1 | 100.0% | 1 | 0 | 0 | 0 |\n" in markdown
    assert "| 2 | 金海电子有限公司 | 安全 | 王伟 | 2026-11-02 | 2026-11-05 | 14 | 登记 |  |\n" in markdown
    csv = book.ok("report", "demands", "--format", "csv")
    assert "contract,1,1,1,0,0,1,100.0%,1,0,0,0\n" in csv
    assert "2,金海电子有限公司,safety,王伟,2026-11-02,2026-11-05,14,open,\n" in csv


def test_assign_list_kinds_in_words(book: Cli) -> None:
    assert book.ok("assign", "list") == (
        "挂钩（2）\n"
        "干部  部室        类型      挂钩对象        \n"
        "王伟  权益保障部  挂钩企业  恒达纺织有限公司\n"
        "王伟  权益保障部  分片包镇  龙潭镇          \n")
    assert book.ok("assign", "list", "--format", "markdown").endswith(
        "| 王伟 | 权益保障部 | 挂钩企业 | 恒达纺织有限公司 |\n"
        "| 王伟 | 权益保障部 | 分片包镇 | 龙潭镇 |\n")
    assert book.ok("assign", "list", "--format", "csv") == (
        "officer,dept,kind,assigned\n"
        "王伟,权益保障部,enterprise,恒达纺织有限公司\n"
        "王伟,权益保障部,town,龙潭镇\n")


def test_achieve_list_categories_in_words(book: Cli) -> None:
    assert book.ok("achieve", "list") == (
        "六个一成果（1）\n"
        "编号  日期        干部  类别      数量  内容            走访\n"
        "   1  2026-11-05  王伟  职工实事     1  帮职工追讨欠薪      \n")
    assert book.ok("achieve", "list", "--format", "markdown").endswith(
        "| 1 | 2026-11-05 | 王伟 | 职工实事 | 1 | 帮职工追讨欠薪 |  |\n")
    assert "1,2026-11-05,王伟,matters,1,帮职工追讨欠薪,\n" in book.ok(
        "achieve", "list", "--format", "csv")


def test_demand_list_markdown_in_words(book: Cli) -> None:
    markdown = book.ok("demand", "list", "--format", "markdown")
    assert (f"| 2 | {_ref(book, 2)} | 2026-11-02 | 金海电子有限公司 | 安全 | 宿舍漏水 | 登记 "
            "| 2026-11-05 | 是 "
            "|  |  | 王伟 | 权益保障部 | 否 |  |  |  |\n") in markdown


def test_html_and_xlsx_show_words(book: Cli) -> None:
    html = book.ok("demand", "show", "1", "--format", "html")
    assert "<td>回访</td><td>办结</td><td>回访满意</td><td>非常满意；很好</td>" in html
    from openpyxl import load_workbook

    path = book.tmp_path / "assign.xlsx"
    book.ok("assign", "list", "--format", "xlsx", "--output", str(path))
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[3]] == ["王伟", "权益保障部", "分片包镇", "龙潭镇"]
