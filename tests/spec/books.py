"""What the SPEC tests share: names and helpers that build small logbooks."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path
from typing import Any

from tests.conftest import Cli

JINHAI = "江苏金海新能源科技有限公司"


HENGDA_JX = "常州恒达机械有限公司"


HENGDA_DZ = "常州恒达电子有限公司"


HUAXING = "苏州华星电子有限公司"


RIGHTS = "权益保障部"


ORG = "组织部"


def officers_and_enterprises(cli: Cli, since: str = "2026-01-05") -> Cli:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", since)
    cli.ok("officer", "add", "王伟东", "--dept", ORG, "--since", since)
    cli.ok("officer", "add", "李娜", "--dept", ORG, "--since", since)
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("enterprise", "add", HENGDA_JX)
    cli.ok("enterprise", "add", HENGDA_DZ)
    cli.ok("enterprise", "add", HUAXING, "--alias", "华星")
    return cli


def visits(cli: Cli, *args: str) -> list[dict]:
    return cli("visit", "list", "--format", "json", *args).json()


def rows(report: dict) -> dict[str, dict]:
    return {row["officer"]: row for row in report["officers"]}


LISTINGS = [["officer", "list"], ["enterprise", "list"], ["visit", "list"], ["leave", "list"]]


BOUNDARIES = [
    # name, officer add/retire/leave arguments, listed in W46, available days in W46
    ("since Mon", ["--since", "2026-11-09"], None, None, True, 5),
    ("since Wed", ["--since", "2026-11-11"], None, None, True, 3),
    ("since Thu", ["--since", "2026-11-12"], None, None, True, 2),
    ("since Sat", ["--since", "2026-11-14"], None, None, True, 0),
    ("since Sun", ["--since", "2026-11-15"], None, None, True, 0),
    ("since next Mon", ["--since", "2026-11-16"], None, None, False, 0),
    ("retire Thu", [], "2026-11-12", None, True, 3),
    ("retire Wed", [], "2026-11-11", None, True, 2),
    ("retire Tue", [], "2026-11-10", None, True, 1),
    ("retire Mon", [], "2026-11-09", None, False, 0),
    ("leave Wed-Fri", [], None, ("2026-11-11", "2026-11-13"), True, 2),
    ("leave Thu-Fri", [], None, ("2026-11-12", "2026-11-13"), True, 3),
    ("leave Fri", [], None, ("2026-11-13", "2026-11-13"), True, 4),
    ("leave weekend", [], None, ("2026-11-14", "2026-11-15"), True, 5),
    ("leave into Tue", [], None, ("2026-11-02", "2026-11-10"), True, 3),
]


def boundary_book(cli: Cli) -> None:
    cli.ok("enterprise", "add", JINHAI)
    for name, since, retire, leave, _listed, _days in BOUNDARIES:
        cli.ok("officer", "add", name, "--dept", RIGHTS, *(since or ["--since", "2026-01-05"]))
        if retire:
            cli.ok("officer", "retire", name, "--on", retire)
        if leave:
            cli.ok("leave", "add", name, "--from", leave[0], "--to", leave[1])


def week_monday(week: str) -> str:
    from datetime import date

    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1).isoformat()


FORMULAS = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx"]


SIX_KEYS = ["outreach", "bargaining", "brand", "matters", "friends", "innovation"]


ROLE_KEYS = ["publicist", "investigator", "organizer", "coordinator", "helper"]


OUTCOME_KEYS = ["unions_formed", "members_joined", "unions_upgraded", "disputes_resolved",
                "enterprises_relieved", "models_built"]


def js(cli: Cli, *args: str) -> Any:
    return json.loads(cli.ok(*args, "--format", "json"))


def federation(cli: Cli, today: str = "2026-11-22") -> None:
    """Two active officers, one retired before 2026, three enterprises (SPEC's names)."""
    cli.today(today)
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2025-06-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-03-10")
    cli.ok("officer", "add", "张强", "--dept", "组织部", "--since", "2024-01-01")
    cli.ok("officer", "retire", "张强", "--on", "2026-01-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--town", "金海镇", "--employees",
           "300")
    cli.ok("enterprise", "add", "苏州大成机械", "--town", "大成镇", "--employees", "50")
    cli.ok("enterprise", "add", "未访企业", "--town", "金海镇")


ROLE_INPUTS = [
    ("publicist", "publicist"), ("宣传员", "publicist"), ("宣", "publicist"), ("pub", "publicist"),
    ("新思想新理论宣传员", "publicist"), ("新思想", "publicist"), ("Publicist", "publicist"),
    ("investigator", "investigator"), ("调查员", "investigator"), ("调查", "investigator"),
    ("inv", "investigator"), ("organizer", "organizer"), ("指导员", "organizer"),
    ("o", "organizer"), ("建会", "organizer"), ("coordinator", "coordinator"),
    ("协调员", "coordinator"), ("c", "coordinator"), ("劳动关系", "coordinator"),
    ("helper", "helper"), ("服务员", "helper"), ("服", "helper"), ("h", "helper"),
]


SIX_ONE_INPUTS = [
    ("outreach", "outreach"), ("宣教活动", "outreach"), ("宣教", "outreach"), ("out", "outreach"),
    ("组织一系列宣教活动", "outreach"), ("组织", "outreach"), ("bargaining", "bargaining"),
    ("集体协商", "bargaining"), ("ba", "bargaining"), ("集", "bargaining"),
    ("参与一次集体协商", "bargaining"), ("brand", "brand"), ("特色品牌", "brand"), ("br", "brand"),
    ("matters", "matters"), ("职工实事", "matters"), ("ma", "matters"), ("帮办", "matters"),
    ("friends", "friends"), ("职工朋友", "friends"), ("f", "friends"), ("结交", "friends"),
    ("innovation", "innovation"), ("创新成果", "innovation"), ("i", "innovation"),
    ("创", "innovation"),
]


OUTCOME_INPUTS = [
    ("unions_formed", "unions_formed"), ("指导组建工会", "unions_formed"),
    ("指导", "unions_formed"), ("unions_f", "unions_formed"),
    ("members_joined", "members_joined"), ("新入会会员", "members_joined"),
    ("新入会", "members_joined"), ("me", "members_joined"),
    ("unions_upgraded", "unions_upgraded"), ("基层工会提档升级", "unions_upgraded"),
    ("基层", "unions_upgraded"), ("unions_u", "unions_upgraded"),
    ("disputes_resolved", "disputes_resolved"), ("化解劳动关系矛盾", "disputes_resolved"),
    ("d", "disputes_resolved"), ("enterprises_relieved", "enterprises_relieved"),
    ("协助企业解难纾困", "enterprises_relieved"), ("协助", "enterprises_relieved"),
    ("e", "enterprises_relieved"), ("models_built", "models_built"),
    ("打造工作典型", "models_built"), ("打造", "models_built"), ("mo", "models_built"),
]


PRACTICE_INPUTS = [
    ("chair", "chair"), ("基层工会主席", "chair"), ("基层", "chair"), ("主席", "chair"),
    ("ch", "chair"), ("office", "office"), ("工会办公室专职干部", "office"), ("工会", "office"),
    ("办公室", "office"), ("o", "office"), ("worker", "worker"), ("普通职工", "worker"),
    ("普通", "worker"), ("职工", "worker"), ("w", "worker"),
]


GROUP_INPUTS = [
    ("frontline", "frontline"), ("一线职工", "frontline"), ("一线", "frontline"),
    ("f", "frontline"), ("new_forms", "new_forms"), ("新就业形态", "new_forms"),
    ("新", "new_forms"), ("n", "new_forms"), ("other", "other"), ("其他", "other"),
    ("其", "other"), ("ot", "other"),
]


STATUS_INPUTS = [
    ("open", "open"), ("登记", "open"), ("登", "open"), ("op", "open"),
    ("assigned", "assigned"), ("交办", "assigned"), ("交", "assigned"), ("a", "assigned"),
    ("escalated", "escalated"), ("上报", "escalated"), ("上", "escalated"), ("e", "escalated"),
    ("resolved", "resolved"), ("办结", "resolved"), ("办", "resolved"), ("r", "resolved"),
    ("closed", "closed"), ("回访满意", "closed"), ("回", "closed"), ("c", "closed"),
]


RATING_INPUTS = [
    ("very_satisfied", "very_satisfied", "closed"), ("非常满意", "very_satisfied", "closed"),
    ("非常", "very_satisfied", "closed"), ("v", "very_satisfied", "closed"),
    ("satisfied", "satisfied", "closed"), ("满意", "satisfied", "closed"),
    ("满", "satisfied", "closed"), ("s", "satisfied", "closed"),
    ("basic", "basic", "closed"), ("基本满意", "basic", "closed"), ("基本", "basic", "closed"),
    ("b", "basic", "closed"), ("unsatisfied", "unsatisfied", "open"),
    ("不满意", "unsatisfied", "open"), ("不", "unsatisfied", "open"), ("u", "unsatisfied", "open"),
]


def _year_logbook(cli: Cli) -> None:
    """SPEC's year rules on a Monday-to-Friday calendar, today Wednesday 2026-03-04 (W10)."""
    cli.today("2026-03-04")
    cli.ok("config", "set", "calendar", "weekdays")
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-01")
    cli.ok("officer", "add", "李娜", "--dept", "组织部", "--since", "2026-02-16")
    cli.ok("officer", "add", "张强", "--dept", "组织部", "--since", "2025-01-01")
    cli.ok("officer", "retire", "张强", "--on", "2025-12-01")
    cli.ok("officer", "add", "赵敏", "--dept", "组织部", "--since", "2025-01-01")
    cli.ok("officer", "retire", "赵敏", "--on", "2026-01-02")  # active on 1 January only
    cli.ok("leave", "add", "王伟", "--from", "2026-01-26", "--to", "2026-01-30")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("enterprise", "add", "常州恒润精密机械有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2025-12-30", "--role", "helper")  # W01
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-01-05", "--role", "investigator")
    cli.ok("log", "恒润", "--officer", "王伟", "--date", "2026-01-14", "-r", "调查员", "-r",
           "服务员")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-03-04", "--role", "publicist")
    cli.ok("log", "金海", "--officer", "李娜", "--date", "2026-02-17", "--role", "organizer")
    cli.ok("target", "set", "matters=12")
    cli.ok("target", "set", "outreach=2", "--officer", "王伟")
    cli.ok("achieve", "outreach", "安全生产宣讲", "--officer", "王伟", "--date", "2026-01-10")
    cli.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-02-01",
           "--count", "2")
    cli.ok("achieve", "outreach", "去年的宣讲", "--officer", "王伟", "--date", "2025-12-30",
           "--count", "5")


# (as-of, done, target, status): elapsed = ((as_of − 1 Jan).days + 1) / days in the year
STATUS_TABLE = [
    ("2026-01-05", 1, 73, "on_track"),  # 73 × 5/365 = 1 exactly
    ("2026-01-06", 1, 73, "behind"),  # 1.2
    ("2026-08-07", 6, 10, "on_track"),  # 10 × 219/365 = 6 exactly
    ("2026-08-08", 6, 10, "behind"),  # 6.03: rounding would say on track
    ("2026-08-08", 7, 10, "on_track"),
    ("2026-01-01", 0, 1, "behind"),  # 1/365 > 0
    ("2026-01-01", 1, 1, "done"),
    ("2026-12-31", 9, 10, "behind"),
    ("2026-12-31", 11, 10, "done"),
    ("2026-06-01", 0, 0, "done"),
    ("2028-01-06", 1, 61, "on_track"),  # leap year: 61 × 6/366 = 1 exactly
    ("2028-01-07", 1, 61, "behind"),
    ("2028-07-01", 5, 10, "on_track"),  # 10 × 183/366 = 5
    ("2026-07-02", 5, 10, "behind"),  # 10 × 183/365 = 5.01
]


# How to bring a fresh demand to each status (after `demand add`).
PATHS: dict[str, list[tuple[str, ...]]] = {
    "open": [],
    "assigned": [("assign", "--to", "人社局")],
    "escalated": [("escalate",)],
    "resolved": [("resolve", "--note", "办好了")],
    "closed": [("resolve", "--note", "办好了"), ("feedback", "--satisfaction", "satisfied")],
}


ACTIONS: dict[str, tuple[str, ...]] = {
    "assign": ("assign", "--to", "劳动监察大队"),
    "escalate": ("escalate",),
    "resolve": ("resolve", "--note", "处理完毕"),
    "very_satisfied": ("feedback", "--satisfaction", "very_satisfied"),
    "satisfied": ("feedback", "--satisfaction", "satisfied"),
    "basic": ("feedback", "--satisfaction", "basic"),
    "unsatisfied": ("feedback", "--satisfaction", "unsatisfied"),
}


# SPEC's table: (status, action) → new status, or None when refused.
TRANSITIONS: dict[tuple[str, str], str | None] = {
    (status, action): None for status in PATHS for action in ACTIONS}


def _demand_in(cli: Cli, status: str) -> str:
    out = cli.ok("demand", "add", f"诉求 {status}", "--enterprise", "金海", "--officer", "王伟")
    demand = re.search(r"#(\d+)", out)[1]
    for step in PATHS[status]:
        cli.ok("demand", step[0], demand, *step[1:])
    return demand


def _campaign(cli: Cli) -> None:
    federation(cli)
    cli.ok("campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "金湖镇职工服务中心", "--town", "金湖镇")
    cli.ok("campaign", "point", "add", "大访谈", "大成站")


# --as-of → (as_of, interviewed, days_left, required, actual, on_track)
PACE_TABLE = [
    ("2026-10-15", ("2026-10-15", 0, 30, 100 / 30, None, True)),  # not started
    ("2026-11-01", ("2026-11-01", 0, 29, 100 / 29, 0.0, False)),
    ("2026-11-05", ("2026-11-05", 20, 25, 80 / 25, 20 / 5, True)),
    ("2026-11-06", ("2026-11-06", 20, 24, 80 / 24, 20 / 6, True)),  # 20 ≥ 100 × 6/30
    ("2026-11-07", ("2026-11-07", 20, 23, 80 / 23, 20 / 7, False)),  # 20 < 23.3
    ("2026-11-22", ("2026-11-22", 30, 8, 70 / 8, 30 / 22, False)),
    ("2026-12-05", ("2026-11-30", 30, 0, None, 30 / 30, False)),  # capped at `to`
]


FORMULA = re.compile(r"^[=+\-@\t\r\n]")


def _everything(cli: Cli) -> None:
    """A logbook whose names and notes all look like spreadsheet formulas."""
    _campaign(cli)
    cli.ok("officer", "add", "=HYPERLINK(1)", "--dept", "+dept", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "@ent", "--town", "-town", "--employees", "500")
    cli.ok("log", "@ent", "--officer", "=HYP", "--date", "2026-11-20", "--note", "=cmd", "-r", "h")
    cli.ok("achieve", "matters", "=SUM(A1)", "--officer", "=HYP", "--date", "2026-11-20")
    cli.ok("demand", "add", "=evil", "--enterprise", "@ent", "--officer", "=HYP")
    cli.ok("demand", "assign", "1", "--to=-unit")
    cli.ok("reception", "log", "--date", "2026-11-15", "--host", "=host", "-e", "@ent",
           "--note", "+n")
    cli.ok("practice", "log", "chair", "--officer", "=HYP", "--date", "2026-11-20")
    cli.ok("campaign", "point", "add", "大访谈", "=pt", "--town", "-t")
    cli.ok("interview", "log", "大访谈", "--point", "=pt", "--count", "2", "--date", "2026-11-20")
    cli.ok("assign", "=HYP", "--enterprise", "@ent")
    cli.ok("reception", "leaders", "set", "=leader")


REPORTS = [
    ("report", "year"), ("report", "officer", "=HYP"), ("report", "heatmap"),
    ("report", "coverage"), ("report", "coverage", "--since", "2026-11-21"),
    ("report", "summary"), ("report", "demands"),
    ("report", "reception", "--min-employees", "0"), ("report", "practice", "--month", "2026-11"),
    ("report", "campaign", "大访谈"), ("report", "assigned"),
    ("demand", "list"), ("demand", "show", "1"), ("achieve", "list"), ("target", "show"),
    ("reception", "list"), ("reception", "roster", "--from", "2026-12-01", "--to", "2026-12-31"),
    ("reception", "leaders", "list"), ("assign", "list"), ("campaign", "list"),
]


def _cells(path: Path, fmt: str) -> list[str]:
    if fmt == "csv":
        return [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
                for c in row]
    if fmt == "html":
        return [html.unescape(c) for c in
                re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", path.read_text(encoding="utf-8"), re.S)]
    import openpyxl

    book = openpyxl.load_workbook(path)
    return [v for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
            for v in row if isinstance(v, str)]


ZH_ERRORS = [
    (("practice", "log", "zz", "--officer", "王伟"),
     "错误：未知的实践日类型「zz」；可选：chair (基层工会主席), office (工会办公室专职干部), "
     "worker (普通职工)"),
    (("interview", "log", "大访谈", "--point", "大成", "--count", "1", "--group", "zz"),
     "错误：未知的访谈对象类别「zz」；可选：frontline (一线职工), new_forms (新就业形态), "
     "other (其他)"),
    (("target", "set", "matters=x"), "错误：目标职工实事 应为非负整数，而不是「x」"),
    (("demand", "add", "", "--enterprise", "金海"), "错误：诉求内容 不能为空"),
    (("log", "金海", "--officer", "王伟", "--outcome", "members_joined=x"),
     "错误：成效新入会会员 应为非负整数，而不是「x」"),
]


def officer(cli: Cli, name: str = "王伟", since: str = "2026-01-05", dept: str = RIGHTS) -> None:
    cli.ok("officer", "add", name, "--dept", dept, "--since", since)


USAGE_ZH = [
    (["demand", "resolve", "1"],
     "用法错误：缺少选项 '--note' / '-n'（查看 visitlog demand resolve --help）"),
    (["log"], "用法错误：缺少参数 企业（查看 visitlog log --help）"),
    (["bogus"], "用法错误：没有命令 'bogus'（查看 visitlog --help）"),
    (["log", "金海", "--officer", "王伟", "--bogus"],
     "用法错误：没有选项 --bogus（查看 visitlog log --help）"),
    (["report", "week", "--dept"],
     "用法错误：选项 '--dept' 需要一个值（查看 visitlog report week --help）"),
    (["log", "金海", "--new=yes"],
     "用法错误：选项 '--new' 不接受值（查看 visitlog log --help）"),
    (["log", "金海", "恒达", "--officer", "王伟"],
     "用法错误：多余的参数（恒达）（查看 visitlog log --help）"),
    (["achieve", "edit", "x"],
     "用法错误：成果编号 的值无效：'x' 不是整数（查看 visitlog achieve edit --help）"),
    (["enterprise", "add", "新厂", "--employees", "-5"],
     "用法错误：'--employees' 的值无效：-5 超出范围（不小于 0）"
     "（查看 visitlog enterprise add --help）"),
    (["report", "week", "--format", "pdf"],
     "用法错误：'--format' / '-f' 的值无效：'pdf' 不是可选值之一（'table', 'json', 'csv', "
     "'markdown', 'html', 'xlsx'）（查看 visitlog report week --help）"),
    (["report", "week", "--output", "."],
     "用法错误：'--output' / '-o' 的值无效：'.' 是一个目录，请写文件名"
     "（查看 visitlog report week --help）"),
    (["--lang", "fr", "report", "week"],
     "用法错误：--lang 的值无效：zh | en（查看 visitlog --help）"),
]


def campaign_book(cli: Cli) -> None:
    officer(cli, since="2024-01-01")
    cli.ok("campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "金湖站", "--town", "金湖镇")
    cli.ok("interview", "log", "大访谈", "--point", "金湖站", "--count", "19", "--officer", "王伟",
           "--date", "2026-11-10", "--group", "frontline", "--online")
