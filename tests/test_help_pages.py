"""Every help page in the reader's language, from the message catalog (visitlog/i18n/help.py).

A command added without its words fails here, with the catalog lines to add (their English
filled in from the declaration): see cli/helpwords.py for where a page finds its words.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator

import pytest
from typer import _click
from typer.core import TyperOption

from tests.conftest import Cli
from visitlog.cli.helppage import columns, fill, short_help
from visitlog.cli.helpwords import page_key, param_keys
from visitlog.i18n import set_lang
from visitlog.i18n.help import MESSAGES as HELP


def _is_group(command: _click.Command) -> bool:
    return hasattr(command, "list_commands")


def _walk() -> Iterator[tuple[list[str], _click.Command, _click.Context]]:
    from visitlog.cli.root import cli

    def walk(command: _click.Command, ctx: _click.Context, path: list[str]) -> Iterator:
        yield path, command, ctx
        if _is_group(command):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                yield from walk(sub, _click.Context(sub, info_name=name, parent=ctx),
                                [*path, name])

    yield from walk(cli, _click.Context(cli, info_name="visitlog"), [])


COMMANDS = list(_walk())
PATHS = [path for path, _c, _x in COMMANDS]


def _declared(text: str | None) -> str:
    return inspect.cleandoc(text or "")


def _visible(command: _click.Command) -> list[_click.Parameter]:
    return [p for p in command.params if not p.hidden]


def test_the_walk_finds_every_command() -> None:
    assert len(PATHS) > 80
    assert ["report", "week"] in PATHS and ["demand", "category", "set"] in PATHS


def test_every_command_and_parameter_has_its_words_in_the_catalog() -> None:
    """The lines to add to visitlog/i18n/help.py, English filled in, Chinese to write."""
    missing = []
    for path, command, _ctx in COMMANDS:
        if page_key(path) not in HELP:
            missing.append((page_key(path), _declared(command.help)))
        for param in _visible(command):
            own, usual = param_keys(path, param.name or "")
            if own not in HELP and usual not in HELP:
                missing.append((own, _declared(getattr(param, "help", ""))))
            if param.param_type_name == "argument" and not (
                    f"help.metavar.{'.'.join(path)}.{param.name}" in HELP
                    or f"help.metavar.{param.name}" in HELP):
                missing.append((f"help.metavar.{param.name}", (param.name or "").upper()))
    lines = "\n".join(f'    "{key}": ("…中文…", {en!r}),' for key, en in missing)
    assert not missing, f"add to visitlog/i18n/help.py:\n{lines}"


def test_the_catalogs_english_is_what_each_command_declares() -> None:
    """The declarations keep their English for readers of the code; the page shows the
    catalog's, so the two must not drift."""
    drift = []
    for path, command, _ctx in COMMANDS:
        if not path:
            continue  # the root declares ROOT_HELP, compared below
        pair = HELP.get(page_key(path))
        if pair and command.help and pair[1] != _declared(command.help):
            drift.append((page_key(path), _declared(command.help)))
        for param in _visible(command):
            own, usual = param_keys(path, param.name or "")
            pair = HELP.get(own) or HELP.get(usual)
            declared = _declared(getattr(param, "help", ""))
            if pair and declared and pair[1] != declared:
                drift.append((own, declared))
    lines = "\n".join(f'    "{key}": ("…", {en!r}),' for key, en in drift)
    assert not drift, f"the catalog's English differs from the declaration:\n{lines}"


def test_the_roots_words_are_the_declared_ones() -> None:
    from visitlog.cli.root import ROOT_HELP, ROOT_OPTIONS

    assert HELP["help.page.root"][1] == ROOT_HELP
    for option, declared in ROOT_OPTIONS.items():
        assert HELP[f"help.param.{option.lstrip('-').replace('-', '_')}"][1] == declared


def test_no_help_words_are_left_unused() -> None:
    """A command renamed or removed takes its words with it."""
    used = set()
    for path, command, _ctx in COMMANDS:
        used.add(page_key(path))
        for param in [*_visible(command), TyperOption(param_decls=["--help"], is_flag=True)]:
            used.update(param_keys(path, param.name or ""))
    unused = sorted(key for key in HELP if key.startswith(("help.page.", "help.param."))
                    and key not in used)
    assert not unused, unused


def test_chinese_help_words_are_chinese() -> None:
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for key, (zh, _en) in HELP.items():
        if key.startswith(("help.page.", "help.param.")):
            assert cjk.search(zh), key


# ---- every page, in both languages ---------------------------------------------------------

# the framework's own English: its headings, its metavars, its notes
FRAMEWORK_ENGLISH = re.compile(
    r"\b(Usage|Options|Arguments|Commands|Show this message|default|required|TEXT|INTEGER|"
    r"PATH|FILE|OPTIONS|COMMAND|ARGS|Example|Error|Missing|Invalid)\b|<str>|<int|x>=|<=x")


def _page(path: list[str], lang: str, monkeypatch: pytest.MonkeyPatch) -> str:
    from visitlog.cli.root import cli as root_command

    monkeypatch.setenv("COLUMNS", "80")
    set_lang(lang)
    try:
        ctx = _click.Context(root_command, info_name="visitlog", **root_command.context_settings)
        command = root_command
        for name in path:
            command = command.get_command(ctx, name)
            ctx = _click.Context(command, info_name=name, parent=ctx)
        return command.get_help(ctx)
    finally:
        set_lang("")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "root")
def test_every_page_in_chinese_holds_no_framework_english(
        path: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(path, "zh", monkeypatch)
    assert page.startswith("用法：visitlog" + "".join(f" {p}" for p in path)), page
    assert "选项：" in page and "显示此帮助并退出" in page
    assert not FRAMEWORK_ENGLISH.search(page), (FRAMEWORK_ENGLISH.search(page), page)
    assert all(columns(line) <= 78 or " " not in line.strip() for line in page.splitlines()), \
        page


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "root")
def test_every_page_in_english(path: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(path, "en", monkeypatch)
    assert page.startswith("Usage: visitlog" + "".join(f" {p}" for p in path)), page
    assert "Options:" in page and "Show this message and exit." in page
    assert not re.search(r"[\u4e00-\u9fff]{2,}：", page)  # no Chinese heading or label
    command = dict((tuple(p), c) for p, c, _x in COMMANDS)[tuple(path)]
    if not _is_group(command):
        assert "Example: visitlog " in page
        assert "示例：visitlog " in _page(path, "zh", monkeypatch)


def test_a_page_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _page(["log"], "zh", monkeypatch) + "\n" == """\
用法：visitlog log [选项] 企业

  记录一次企业走访。

  示例：visitlog log 金海 --role 调查员 --date 昨天 --note "了解职工诉求"

参数：
  企业  企业：全称、简称、名称的一部分或拼音。  [必填]

选项：
  --officer 姓名     默认：config set officer 设置的本人。
  -d, --date 日期    2026-11-20、11-20、昨天、fri …  [默认：today]
  -r, --role 角色    宣传员|调查员|指导员|协调员|服务员，或 publicist…；多个角
                     色重复此选项。
  -n, --note 备注    走访情况。
  --outcome 键=数量  键=数量，如 members_joined=35；可重复。
  --new              企业不存在时新建。
  -h, --help         显示此帮助并退出。
"""


def test_a_group_page_in_chinese_lists_its_commands_in_chinese(cli: Cli) -> None:
    cli.lang("zh")
    cli.monkeypatch.setenv("COLUMNS", "80")
    out = cli.ok("demand", "category", "--help")
    assert out.startswith("用法：visitlog demand category [选项] 命令 [参数]...\n")
    assert "  list  列出诉求类别及其办理时限（天数，0 = 当天）\n" in out
    out = cli.ok("report", "year", "--help")
    assert "  -y, --year 年份" in out and "[1900–9999]" in out and "[默认：table]" in out


def test_the_language_after_the_command_chooses_the_page(cli: Cli) -> None:
    assert cli.ok("log", "--lang", "zh", "--help").startswith("用法：visitlog log [选项] 企业")
    cli.lang("zh")
    assert cli.ok("log", "--help", "--lang", "en").startswith("Usage: visitlog log [OPTIONS]")


# ---- usage errors, from their cause ---------------------------------------------------------

USAGE = [
    (["log"], "用法错误：缺少参数 企业（查看 visitlog log --help）",
     "Usage error: Missing argument ENTERPRISE. (see visitlog log --help)"),
    (["--db", "x.db"], "用法错误：缺少命令（查看 visitlog --help）",
     "Usage error: Missing command. (see visitlog --help)"),
    (["lgo"], "用法错误：没有命令 'lgo'（是否想用：'log'）（查看 visitlog --help）",
     "Usage error: No such command 'lgo'. Did you mean 'log'? (see visitlog --help)"),
    (["demand", "category", "set", "x"], "用法错误：缺少参数 天数（查看 visitlog demand category "
     "set --help）", "Usage error: Missing argument DAYS. (see visitlog demand category set "
     "--help)"),
    # (a demand or a visit is named by its number or its reference: tests/test_exchange_refs.py)
    (["achieve", "edit", "x"], "用法错误：成果编号 的值无效：'x' 不是整数（查看 visitlog achieve "
     "edit --help）", "Usage error: Invalid value for ID: 'x' is not a valid integer. (see "
     "visitlog achieve edit --help)"),
    (["report", "year", "--year", "1"], "用法错误：'--year' / '-y' 的值无效：1 超出范围"
     "（1900–9999）（查看 visitlog report year --help）", "Usage error: Invalid value for "
     "'--year' / '-y': 1 is not in the range 1900<=x<=9999. (see visitlog report year --help)"),
    (["officer", "list", "--active=1"], "用法错误：选项 '--active' 不接受值（查看 visitlog officer "
     "list --help）", "Usage error: Option '--active' does not take a value. (see visitlog "
     "officer list --help)"),
    (["undo", "now"], "用法错误：多余的参数（now）（查看 visitlog undo --help）",
     "Usage error: Got unexpected extra argument(s) (now) (see visitlog undo --help)"),
]


@pytest.mark.parametrize(("args", "zh", "en"), USAGE, ids=lambda v: " ".join(v)
                         if isinstance(v, list) else "")
def test_usage_errors_are_worded_from_their_cause(cli: Cli, args: list[str], zh: str,
                                                  en: str) -> None:
    assert cli.fail(2, *args) == en
    cli.lang("zh")
    assert cli.fail(2, *args) == zh


def test_usage_is_not_read_back_from_clicks_english() -> None:
    from pathlib import Path

    source = (Path(__file__).parent.parent / "visitlog" / "cli" / "usage.py").read_text("utf-8")
    assert "import re" not in source and ".message" not in source.replace("exc.message)", "")


# ---- the layout -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "width", "lines"), [
    ("one two three", 7, ["one two", "three"]),
    ("记录一次企业走访。", 8, ["记录一次", "企业走", "访。"]),  # a closing mark stays with a word
    ("（visit add 的简写）", 12, ["（visit add", "的简写）"]),
    ("示例：visitlog log 金海 --note \"了解职工诉求\"", 30,
     ["示例：visitlog log 金海 --note", "\"了解职工诉求\""]),  # a command line breaks at spaces
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
])
def test_chinese_wraps_by_columns(text: str, width: int, lines: list[str]) -> None:
    assert fill(text, width, cjk=True).splitlines() == lines


@pytest.mark.parametrize(("text", "limit", "line"), [
    ("List visits, newest first.\n\nExample: …", 45, "List visits, newest first."),
    ("Import visits from a CSV file, all or nothing; visits already logged are skipped.", 40,
     "Import visits from a CSV file, all or..."),
    ("列出走访，最新的在前。\n\n示例：…", 45, "列出走访，最新的在前"),
    ("从 CSV 文件导入走访，全部成功或全部不导入。", 20, "从 CSV 文件导入走访…"),
])
def test_a_commands_line_in_its_group(text: str, limit: int, line: str) -> None:
    assert short_help(text, limit) == line
