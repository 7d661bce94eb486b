"""At home in a pipe: `-` as a FILE is standard input (imports, merge) or standard output
(`--output -`, `export -`); FORCE_COLOR / CLICOLOR_FORCE colour a pipe, NO_COLOR wins."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import Cli
from tests.templates import Templates


def officer_enterprise_campaign(cli: Cli) -> Cli:
    """王伟, 金海, the campaign 大访谈 with one point."""
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    cli.ok("campaign", "create", "大访谈", "--from", "2026-09-01", "--to", "2026-12-31",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "金湖镇职工服务中心")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, officer_enterprise_campaign)
    return cli


# (command, a file it takes on standard input, how many rows it adds)
IMPORTS = [
    (["officer", "import"], "name,dept\n李娜,组织部\n", 1),
    (["enterprise", "import"], "name,town\n苏州华星电子有限公司,虎丘区\n", 1),
    (["leave", "import"], "officer,from,to,reason\n王伟,2026-11-02,2026-11-03,年假\n", 1),
    (["visit", "import"], "date,officer,enterprise,roles,note\n2026-11-16,王伟,金海,调查员,x\n", 1),
    (["achieve", "import"], "date,officer,category,count,description\n"
                            "2026-11-16,王伟,matters,1,追回欠薪\n", 1),
    (["target", "import"], "officer,year,category,target\n,2026,matters,12\n", 1),
    (["campaign", "point", "import", "大访谈"], "name,town\n金城镇职工之家,金城镇\n", 1),
    (["interview", "import", "大访谈"], "date,point,count,group,online\n"
                                      "2026-11-16,金湖镇职工服务中心,5,frontline,no\n", 1),
]


@pytest.mark.parametrize(("command", "text", "added"), IMPORTS, ids=lambda v: " ".join(v)
                         if isinstance(v, list) else "")
def test_every_import_reads_standard_input(book: Cli, command: list[str], text: str,
                                           added: int) -> None:
    result = book(*command, "-", input=text)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Imported {added} from standard input"), result.stdout
    again = book(*command, "-", input=text)  # importing the same rows twice changes nothing
    assert again.exit_code == 0
    if command[0] not in ("interview", "target"):  # additive entries; targets set anew
        assert "skipped" in again.stdout and "Imported 0" in again.stdout


def test_a_bad_file_on_standard_input_is_named_so(book: Cli) -> None:
    before = book.dump()
    book.lang("zh")
    result = book("officer", "import", "-", input="nom\n李娜\n")
    assert result.exit_code == 2
    assert result.stderr == "错误：标准输入 缺少列：name, dept\n"
    assert book.dump() == before


def test_export_to_standard_output_merges_from_standard_input(book: Cli, tmp_path) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    exported = book("export", "-")
    assert exported.exit_code == 0
    first = json.loads(exported.stdout.splitlines()[0])
    assert first["format"] == "visitlog-bundle"
    assert exported.stderr.startswith("Exported ") and "to standard output" in exported.stderr
    other = Cli(tmp_path / "other", book.monkeypatch)
    (tmp_path / "other").mkdir()
    other.monkeypatch.setenv("VISITLOG_DB", str(tmp_path / "other" / "b.db"))
    merged = other("merge", "-", input=exported.stdout)
    assert merged.exit_code == 0, merged.stderr
    assert merged.stdout.startswith("Merged the bundle standard input")
    visits = json.loads(other.ok("visit", "list", "--format", "json"))
    assert [v["enterprise"] for v in visits] == ["江苏金海新能源科技有限公司"]


def test_a_backup_through_a_pipe(book: Cli) -> None:
    from visitlog.cli.root import app

    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    backup = CliRunner().invoke(app, ["backup", "-"])
    assert backup.exit_code == 0, backup.stderr
    assert backup.stdout_bytes.startswith(b"SQLite format 3\x00")
    assert "standard output" in backup.stderr
    book.ok("visit", "delete", "1")
    restored = CliRunner().invoke(app, ["restore", "-"], input=backup.stdout_bytes)
    assert restored.exit_code == 0, restored.stderr
    assert "standard input" in restored.stdout
    assert len(json.loads(book.ok("visit", "list", "--format", "json"))) == 1


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "markdown", "html"])
def test_output_dash_is_standard_output(book: Cli, fmt: str) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    for command in (["report", "week"], ["visit", "list"], ["report", "year"]):
        assert book.ok(*command, "-f", fmt, "-o", "-") == book.ok(*command, "-f", fmt)
    assert not (book.tmp_path / "-").exists()


def test_an_xlsx_on_standard_output(book: Cli) -> None:
    from visitlog.cli.root import app

    result = CliRunner().invoke(app, ["officer", "list", "-f", "xlsx", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK\x03\x04")
    assert book.fail(2, "officer", "list", "-f", "xlsx").startswith("Error: ")  # a terminal


@pytest.mark.parametrize(("env", "coloured"), [
    ({}, False),
    ({"FORCE_COLOR": "1"}, True), ({"CLICOLOR_FORCE": "1"}, True),
    ({"FORCE_COLOR": "0"}, False), ({"CLICOLOR_FORCE": "0"}, False),
    ({"FORCE_COLOR": "1", "TERM": "dumb"}, True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ({"CLICOLOR_FORCE": "1", "NO_COLOR": "1"}, False),
])
def test_forced_colour_on_a_pipe_and_no_color_wins(book: Cli, env: dict[str, str],
                                                   coloured: bool) -> None:
    book.monkeypatch.delenv("NO_COLOR")
    for name in ("FORCE_COLOR", "CLICOLOR_FORCE"):
        book.monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        book.monkeypatch.setenv(name, value)
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    for command in (["report", "week"], ["officer", "list"], ["report", "heatmap"]):
        assert ("\x1b[" in book.ok(*command)) == coloured, command
