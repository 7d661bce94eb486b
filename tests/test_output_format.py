"""`--output FILE` without `--format`: the format FILE's name asks for (.xlsx .html .csv .json
.md), else the terminal's table; a --format given always wins. Both doors (cli/front.py serves
`report week`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.templates import Templates
from visitlog.cli.showing import Format, format_of_name

pytestmark = pytest.mark.engines


@pytest.mark.parametrize(("name", "fmt"), [
    ("周报.xlsx", Format.xlsx), ("w.XLSX", Format.xlsx), ("w.html", Format.html),
    ("w.htm", Format.html), ("w.csv", Format.csv), ("w.json", Format.json),
    ("w.md", Format.markdown), ("w.markdown", Format.markdown), ("w.txt", None),
    ("w", None), (".csv", None), ("w.csv.bak", None), ("w.tar.json", Format.json),
])
def test_format_of_name(name: str, fmt: Format | None) -> None:
    assert format_of_name(name) == fmt


def example_federation(cli: Cli) -> Cli:
    cli.ok("demo")
    return cli


@pytest.fixture
def demo(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, example_federation)


def _kind(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    text = data.decode("utf-8-sig")
    if text.startswith("<!DOCTYPE html>"):
        return "html"
    if text.startswith("{") or text.startswith("["):
        json.loads(text)
        return "json"
    if text.startswith("## ") or text.startswith("| "):
        return "markdown"
    if text.startswith("officer,") or text.startswith("id,"):
        return "csv"
    return "table"


@pytest.mark.parametrize("typer_only", [False, True], ids=["front door", "typer"])
@pytest.mark.parametrize(("args", "kind"), [
    (["-o", "{d}/周报.xlsx"], "xlsx"), (["-o", "{d}/w.html"], "html"),
    (["--output", "{d}/w.csv"], "csv"), (["-o", "{d}/w.json"], "json"),
    (["-o", "{d}/w.md"], "markdown"), (["-o", "{d}/w.txt"], "table"),
    (["-o", "{d}/w.csv", "--format", "json"], "json"),
    (["--format", "table", "-o", "{d}/w.csv"], "table"),
    (["-f", "markdown", "-o", "{d}/w.xlsx"], "markdown"),
])
def test_week_report_output_takes_its_format_from_the_name(
        demo: Cli, tmp_path: Path, typer_only: bool, args: list[str], kind: str) -> None:
    demo.typer_only = typer_only
    words = [a.replace("{d}", str(tmp_path)) for a in args]
    assert demo.ok("report", "week", *words) == ""
    assert _kind(Path(words[words.index("-o") + 1 if "-o" in words
                            else words.index("--output") + 1])) == kind


@pytest.mark.parametrize(("command", "name", "kind"), [
    (["visit", "list", "--officer", "王伟"], "v.json", "json"),
    (["visit", "list"], "v.csv", "csv"),
    (["report", "year"], "年报.xlsx", "xlsx"),
    (["report", "summary"], "s.html", "html"),
    (["demand", "list"], "d.md", "markdown"),
    (["report", "year", "--format", "csv"], "y.json", "csv"),
])
def test_listings_and_reports_too(demo: Cli, tmp_path: Path, command: list[str], name: str,
                                  kind: str) -> None:
    path = tmp_path / name
    assert demo.ok(*command, "-o", str(path)) == ""
    assert _kind(path) == kind
