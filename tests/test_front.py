"""The front door (cli/front.py) runs `visitlog log` without Typer: it must accept exactly what
the Typer command accepts, give the same results, and hand everything else to Typer.

(Every `cli("log", …)` in the suite already goes through the front door: tests/conftest.py.)
"""

from __future__ import annotations

import shutil

import pytest
from typer.core import TyperArgument as Argument
from typer.core import TyperOption as Option

from tests.conftest import Cli, run_front
from tests.templates import Templates
from visitlog.cli import front
from visitlog.cli.root import COMMANDS
from visitlog.cli.root import cli as root_command

FULL = "江苏金海新能源科技有限公司"


def _declared(command) -> dict[str, tuple[str, bool]]:  # noqa: ANN001 - a click command
    """option word -> (parameter name, takes a value), from a click command's parameters."""
    words = {}
    for param in command.params:
        if isinstance(param, Option) and param.name not in (
                "version", "help", "install_completion", "show_completion"):
            for word in (*param.opts, *param.secondary_opts):
                words[word] = (param.name, not param.is_flag)
    return words


def test_log_options_are_the_typer_commands_own() -> None:
    command = root_command.get_command(None, "log")
    # the global options too, hidden (cli/globalopts.py)
    assert _declared(command) == {**front.LOG_OPTIONS, **front.GLOBAL_OPTIONS}
    assert {p.name for p in command.params if getattr(p, "multiple", False)} == front.REPEATABLE
    assert [p.name for p in command.params if isinstance(p, Argument)] == ["enterprise"]
    defaults = front.LogCommand()
    for param in command.params:
        if isinstance(param, Option):
            assert getattr(defaults, param.name) == (list(param.default) if param.multiple
                                                     else param.default), param.name
    assert COMMANDS["log"][0] == "visitlog.cli.visits"


def test_the_generated_tables_are_current() -> None:
    """cli/declared.py is what `python -m visitlog.cli.declare` writes from the Typer
    declarations today (as sqlite-utils checks its docs with `cog --check`)."""
    from visitlog.cli import declare

    assert declare.TARGET.read_text(encoding="utf-8") == declare.generate(), (
        "cli/declared.py is stale: run python -m visitlog.cli.declare")


def test_global_options_are_the_root_commands_own() -> None:
    # --version and --help are eager: they go to Typer
    assert _declared(root_command) == front.GLOBAL_OPTIONS


@pytest.mark.parametrize(("argv", "fields"), [
    (["log", "金海"], {"enterprise": "金海", "date": "today", "role": [], "new": False}),
    (["log", "金海", "--officer", "王伟", "-d", "昨天", "-r", "a", "--role", "b", "-n", "x",
      "--outcome", "k=1", "--outcome=j=2", "--new"],
     {"officer": "王伟", "date": "昨天", "role": ["a", "b"], "note": "x",
      "outcome": ["k=1", "j=2"], "new": True}),
    (["--db", "x.db", "--lang", "zh", "--debug", "log", "--officer=王伟", "金海"],
     {"db": "x.db", "lang": "zh", "debug": True, "officer": "王伟", "enterprise": "金海"}),
    (["--db=log", "log", "log"], {"db": "log", "enterprise": "log"}),
    (["log", "--date", "-1d", "金海"], {"date": "-1d"}),
    (["log", "--note", "--new", "金海"], {"note": "--new", "new": False}),
    (["log", "--officer", "a", "--officer", "b", "金海"], {"officer": "b"}),
    (["log", "--", "-金海"], {"enterprise": "-金海"}),
    (["log", "--note=", "金海"], {"note": ""}),
    # the global options among the command's own (cli/globalopts.py); the later one wins
    (["--db", "a.db", "log", "金海", "--db", "b.db", "--lang=en", "--debug"],
     {"db": "b.db", "lang": "en", "debug": True, "enterprise": "金海"}),
    (["log", "--note", "--db", "金海"], {"note": "--db", "db": None}),
], ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_plain_log_commands_are_parsed(argv: list[str], fields: dict) -> None:
    command = front.parse_log(argv)
    assert command is not None
    for name, value in fields.items():
        assert getattr(command, name) == value, name


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["-h"], ["--version"], ["log"], ["log", "--help"], ["log", "金海", "-h"],
    ["log", "a", "b"], ["log", "金海", "--bogus"], ["log", "金海", "--officer"],
    ["log", "-d2026-11-19", "金海"], ["log", "金海", "--db", ""], ["--db", "", "log", "金海"],
    ["log", "金海", "--lang", "fr"], ["log", "金海", "--debug=1"],
    ["--lang", "fr", "log", "金海"], ["--debug=1", "log", "金海"], ["log", "金海", "--new=1"],
    ["log", "-", "x"], ["visit", "add", "金海"], ["report", "week"], ["--db"], ["--db", "log"],
    ["lo", "金海"], ["log", "金海", "-d=x"],
], ids=" ".join)
def test_anything_else_goes_to_typer(argv: list[str]) -> None:
    assert front.parse_log(argv) is None


CASES = [
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-19"],
    ["log", "jhxny", "--officer", "王伟", "--date", "2026-11-18", "-r", "investigator",
     "--role", "服务员", "--note", "了解职工诉求 \"加班\" = 1", "--outcome", "members_joined=3",
     "--outcome", "指导组建工会=1"],
    ["log", "金海", "--officer=王伟", "--date=2026-11-17", "--role=organizer"],
    ["--db", "{db}", "--lang", "zh", "log", "--officer", "王伟", "金海", "-d", "2026-11-16"],
    ["--db={db}", "--debug", "log", "金海", "--officer", "王伟", "-d", "-5d"],
    ["log", "金海", "--db", "{db}", "--officer", "王伟", "-d", "-6d", "--lang", "en", "--debug"],
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-19"],  # the same again: refused
    ["--lang", "zh", "log", "金海", "--officer", "王伟", "--date", "2026-11-19"],
    ["log", "金海", "--officer", "王伟", "--date", "2099-01-01"],
    ["log", "金海", "--officer", "王伟", "--date", "someday"],
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-12", "--role", "dancer"],
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-12", "--outcome", "x"],
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-12", "--outcome", "members_joined=-1"],
    ["log", "金", "--officer", "王伟", "--date", "2026-11-12"],
    ["log", "金海"],  # no officer configured
    ["log", "无名厂", "--officer", "王伟", "--date", "2026-11-11"],
    ["log", "无名厂", "--officer", "王伟", "--date", "2026-11-11", "--new"],
    ["log", "金海", "--officer", "nobody", "--date", "2026-11-11"],
    ["log", "--officer", "王伟", "--", "-金海"],
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-10", "--note", "a\x1b[31mb"],
]


def twin_logbooks(cli: Cli) -> None:
    """Two officers and two enterprises in the suite's logbook, and a copy of it, front.db."""
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-05")
    cli.ok("officer", "add", "李娜", "--dept", "办公室", "--since", "2026-01-05")
    cli.ok("enterprise", "add", FULL, "--alias", "金海")
    cli.ok("enterprise", "add", "金山机械厂")
    shutil.copy(cli.db, cli.tmp_path / "front.db")


@pytest.fixture
def twin(cli: Cli, templates: Templates) -> tuple[Cli, str, str]:
    templates.built(cli, twin_logbooks)
    return cli, str(cli.db), str(cli.tmp_path / "front.db")


def test_the_front_door_and_typer_give_the_same_results(twin: tuple[Cli, str, str]) -> None:
    cli, typer_db, front_db = twin
    for argv in CASES:
        cli.monkeypatch.setenv("VISITLOG_DB", typer_db)
        cli.typer_only = True
        expected = cli(*(a.replace("{db}", typer_db) for a in argv))
        cli.monkeypatch.setenv("VISITLOG_DB", front_db)
        ran = run_front([a.replace("{db}", front_db) for a in argv])
        assert ran is not None, argv
        assert (ran.exit_code, ran.stdout, ran.stderr.replace(front_db, typer_db)) == (
            expected.exit_code, expected.stdout, expected.stderr), argv
    cli.monkeypatch.setenv("VISITLOG_DB", typer_db)
    typer_rows = cli.dump()
    cli.monkeypatch.setenv("VISITLOG_DB", front_db)
    assert [r for r in cli.dump() if "uid" not in r] != []
    assert _without_uids(cli.dump()) == _without_uids(typer_rows)


def _without_uids(rows: list[str]) -> list[str]:
    """The dumps of two logbooks differ in random uids and timestamps only."""
    import re

    return [re.sub(r"'[0-9a-f]{32}'|'\d{4}-\d\d-\d\dT[^']*'", "?", r) for r in rows]


def test_the_configured_officer_is_used(twin: tuple[Cli, str, str]) -> None:
    cli, _typer_db, _front_db = twin
    cli.ok("config", "set", "officer", "李娜")
    ran = run_front(["log", "金山", "--date", "2026-11-19"])
    assert ran is not None and ran.exit_code == 0, ran
    assert "李娜 → 金山机械厂" in ran.stdout


def test_a_failed_first_log_leaves_no_logbook(cli: Cli) -> None:
    ran = run_front(["log", "金海", "--officer", "王伟"])
    assert ran is not None and ran.exit_code == 2
    assert ran.stderr.count("\n") == 1 and "Traceback" not in ran.stderr
    assert not cli.db.exists()


def test_debug_shows_the_traceback(twin: tuple[Cli, str, str]) -> None:
    ran = run_front(["--debug", "log", "金海", "--officer", "nobody"])
    assert ran is not None and ran.exit_code == 2
    assert "Traceback" in ran.stderr and "nobody" in ran.stderr.splitlines()[-1]


def test_an_unreadable_logbook_is_a_fault_on_both_paths(twin: tuple[Cli, str, str]) -> None:
    """SPEC: an unreadable logbook is exit 1 (`--db` does not pre-check it as a usage error)."""
    import os

    cli, typer_db, _front_db = twin
    if os.geteuid() == 0:
        pytest.skip("root reads a file of mode 000")
    os.chmod(typer_db, 0)
    try:
        for argv in (["--db", typer_db, "log", "金海", "--officer", "王伟"],
                     ["--db", typer_db, "officer", "list"]):
            ran = run_front(argv) or cli(*argv)
            assert ran.exit_code == 1, (argv, ran.stderr)
    finally:
        os.chmod(typer_db, 0o600)


def test_shell_completion_is_answered_without_typer(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("_VISITLOG_COMPLETE", "bash_complete")
    monkeypatch.setenv("COMP_WORDS", "visitlog repo")
    monkeypatch.setenv("COMP_CWORD", "1")
    assert front.run(["log", "金海", "--officer", "王伟"]) == 0  # (the words are in COMP_WORDS)
    assert capsys.readouterr().out == "plain,report\n"  # (tests/test_completion.py: the rest)


def test_ctrl_c_says_aborted_on_both_paths(twin: tuple[Cli, str, str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import visitlog.service.visits as visits

    cli, typer_db, _front_db = twin

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(visits, "log_visit", interrupted)
    argv = ["log", "金海", "--officer", "王伟", "--date", "2026-11-19"]
    ran = run_front(argv)
    cli.typer_only = True
    typer_ran = cli(*argv)
    assert ran is not None
    assert (ran.exit_code, ran.stderr) == (typer_ran.exit_code, typer_ran.stderr) == (
        130, "Aborted\n")
    assert cli("visit", "list", "--format", "json").json() == []


# `report week`: the section head's Monday command, through the same front door.

def test_week_options_are_the_typer_commands_own() -> None:
    from visitlog.cli.showing import Format

    report = root_command.get_command(None, "report")
    command = report.get_command(None, "week")
    assert _declared(command) == {**front.WEEK_OPTIONS, **front.GLOBAL_OPTIONS}
    assert not [p for p in command.params if isinstance(p, Argument)]
    assert not [p for p in command.params if getattr(p, "multiple", False)]
    defaults = front.WeekCommand()
    for param in command.params:
        if isinstance(param, Option):
            assert getattr(defaults, param.name) == param.default, param.name
    assert front.FORMATS == tuple(f.value for f in Format)
    assert COMMANDS["report"][0] == "visitlog.cli.reports"
    assert _declared(report) == {}  # the group has no options of its own but --help


@pytest.mark.parametrize(("argv", "fields"), [
    (["report", "week"], {"week": "this", "dept": None, "fmt": "table", "output": None}),
    (["report", "week", "--week", "last", "--dept", "权益", "--format", "json", "-o", "w.json"],
     {"week": "last", "dept": "权益", "fmt": "json", "output": "w.json"}),
    (["--db=x.db", "--lang", "zh", "report", "week", "-w", "W47", "-f", "csv"],
     {"db": "x.db", "lang": "zh", "week": "W47", "fmt": "csv"}),
    (["--db", "report", "report", "week", "--week=2026-11-19", "--format=markdown"],
     {"db": "report", "week": "2026-11-19", "fmt": "markdown"}),
    (["report", "week", "--dept", "-x"], {"dept": "-x"}),
    (["report", "week", "--officer=王伟"], {"officer": "王伟", "dept": None}),
    (["report", "week", "--db", "x.db", "--lang", "en", "-f", "json"],
     {"db": "x.db", "lang": "en", "fmt": "json"}),
], ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_plain_week_commands_are_parsed(argv: list[str], fields: dict) -> None:
    command = front.parse_week(argv)
    assert command is not None
    for name, value in fields.items():
        assert getattr(command, name) == value, name


@pytest.mark.parametrize("argv", [
    ["report"], ["report", "--help", "week"], ["report", "week", "--help"],
    ["report", "week", "-h"], ["report", "week", "W47"], ["report", "year"],
    ["report", "week", "--format", "JSON"], ["report", "week", "--format", "pdf"],
    ["report", "week", "-fjson"], ["report", "week", "--week"], ["report", "week", "--bogus"],
    ["report", "week", "--output", ""], ["report", "week", "-o", "."],
    ["report", "week", "--db", ""], ["--lang", "fr", "report", "week"], ["week"],
    ["report", "week", "--lang", "fr"],
    ["log", "金海"], ["report", "report", "week"], ["--", "report", "week"],
], ids=" ".join)
def test_anything_else_but_a_plain_week_goes_to_typer(argv: list[str]) -> None:
    assert front.parse_week(argv) is None


WEEK_CASES = [
    ["report", "week", "--week", "2026-W47"],
    ["report", "week", "--week", "2026-W47", "--format", "json"],
    ["report", "week", "-w", "W46", "-f", "csv"],
    ["report", "week", "--week", "2026-W47", "--format", "markdown", "--dept", "权益"],
    ["--lang", "zh", "report", "week", "--week", "last"],
    ["--lang", "zh", "report", "week", "--format", "csv"],
    ["report", "week", "--format", "html", "--output", "{out}.html"],
    ["report", "week", "--format", "xlsx", "--output", "{out}.xlsx"],
    ["report", "week", "--format", "csv", "--output", "{out}.csv"],
    ["report", "week", "--output", "{out}.json"],  # no --format: as the name says
    ["report", "week", "-o", "{out}.xlsx"],
    ["report", "week", "-o", "{out}.csv", "--format", "markdown"],  # --format wins
    ["report", "week", "-o", "{out}.txt"],
    ["report", "week", "--format", "xlsx"],  # needs --output: exit 2
    ["report", "week", "--week", "2026-W49"],  # the future: exit 2
    ["report", "week", "--week", "someday"],
    ["report", "week", "--dept", "无此部门"],
    ["--db", "{db}", "--debug", "report", "week", "--format", "json"],
    ["report", "week", "--format", "json", "--db", "{db}", "--lang", "en"],
    ["report", "week", "--output", "{missing}/w.txt"],  # cannot write: exit 1
    ["report", "week", "--week", "2026-W47", "--officer", "李娜", "--format", "json"],
    ["report", "week", "--week", "2026-W47", "--officer", "王伟", "--dept", "权益"],
    ["report", "week", "--officer", "王伟", "--dept", "办公室"],  # not theirs: exit 2
    ["report", "week", "--officer", "nobody"],
]


def test_week_reports_are_the_same_through_both_doors(twin: tuple[Cli, str, str],
                                                      tmp_path) -> None:  # noqa: ANN001
    cli, typer_db, _front_db = twin
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17", "-r", "investigator")
    cli.ok("log", "金山", "--officer", "王伟", "--date", "2026-11-10")
    cli.ok("log", "金山", "--officer", "李娜", "--date", "2026-11-18", "--note", "=1+1")
    for argv in WEEK_CASES:
        outputs = []
        for door in ("typer", "front"):
            out = str(tmp_path / f"out-{door}")
            words = [a.replace("{db}", typer_db).replace("{out}", out)
                     .replace("{missing}", str(tmp_path / "nowhere")) for a in argv]
            if door == "typer":
                cli.typer_only = True
                ran = cli(*words)
            else:
                ran = run_front(words)
                assert ran is not None, argv
            written = sorted(tmp_path.glob(f"out-{door}.*"))
            outputs.append((ran.exit_code, ran.stdout,
                            ran.stderr.replace(out, "OUT").replace(str(tmp_path), "TMP"),
                            [p.read_bytes() if p.suffix != ".xlsx" else p.stat().st_size > 0
                             for p in written]))
            for path in written:
                path.unlink()
        assert outputs[0] == outputs[1], argv
        assert outputs[0][0] in (0, 1, 2) and (outputs[0][0] == 0) == (outputs[0][2] == ""), argv


# `visitlog --help`: the root's page, served without Typer where click's layout is fixed.

def _page(argv: list[str], columns: str, lang_env: str, typer_path: bool) -> tuple[int, str, str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "COLUMNS": columns, "VISITLOG_LANG": lang_env}
    code = ("import sys; from visitlog.cli.root import main; main()" if typer_path else
            "import sys; from visitlog.cli.front import main; main()")
    done = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True,
                          text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--lang", "zh", "--help"],
                                  ["--lang=en", "-h"], ["--lang", "en", "--help"]],
                         ids=" ".join)
@pytest.mark.parametrize("columns", ["80", "120", "60"])
def test_the_root_help_page_is_typers_own(argv: list[str], columns: str) -> None:
    for lang_env in ("zh", "en"):
        assert _page(argv, columns, lang_env, typer_path=False) == _page(
            argv, columns, lang_env, typer_path=True), (argv, columns, lang_env)


def test_the_root_help_page_is_served_without_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    from visitlog.cli import roothelp

    assert roothelp.serves(80) and roothelp.serves(200) and not roothelp.serves(79)
    for argv in (["--help"], ["-h"], ["--lang", "zh", "--help"], ["--lang=zh", "-h"]):
        assert front.parse_root_help(argv) is not None, argv
    for argv in ([], ["--help", "--lang", "zh"], ["--lang", "fr", "--help"], ["--db", "x", "-h"],
                 ["report", "--help"], ["--lang", "--help"], ["--version"], ["-h", "-h"]):
        assert front.parse_root_help(argv) is None, argv
    monkeypatch.setenv("COLUMNS", "100")
    ran = run_front(["--help"])
    assert ran is not None and ran.exit_code == 0 and ran.stdout.startswith("Usage: visitlog")
    monkeypatch.setenv("COLUMNS", "70")
    assert run_front(["--help"]) is None  # a narrow terminal: Typer lays it out
