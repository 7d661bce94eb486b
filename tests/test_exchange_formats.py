"""Reports and listings as files: xlsx read back with openpyxl, html parsed and (when
Chromium is there) rendered headless."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.exchange_support import run
from visitlog.cli.root import app

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    db = tmp_path / "a.db"
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "officer", "add", "=cmd|' /C calc'!A0", "--dept", "+部", "--since", "2026-01-01")
    run(db, "enterprise", "add", "江苏金海新能源", "--employees", "1260")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-16", "--note", "@SUM(1)",
        "--outcome", "members_joined=12")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-17",
        "--note", "<script>alert('x')</script> & 职工")
    return db


def _zh(db: Path, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), "--lang", "zh", *args],
                                env={"VISITLOG_TODAY": "2026-11-22"})
    assert result.exit_code == code, result.output
    return result.stdout


def test_xlsx_has_chinese_headers_typed_cells_and_no_formulas(db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "visits.xlsx"
    _zh(db, "visit", "list", "--format", "xlsx", "--output", str(out))
    ws = load_workbook(out).worksheets[0]
    assert ws.title.startswith("走访记录")
    headers = [c.value for c in ws[1]]
    assert {"日期", "干部", "企业", "备注", "新入会会员"} <= set(headers)
    assert ws.freeze_panes == "A2"
    row = dict(zip(headers, [c.value for c in ws[3]], strict=True))  # newest first
    assert isinstance(row["日期"], datetime | date) and row["日期"].isoformat()[:10] == "2026-11-16"
    assert row["新入会会员"] == 12 and isinstance(row["新入会会员"], int)
    assert row["备注"] == "'@SUM(1)"
    assert ws.column_dimensions["D"].width >= 14  # 江苏金海新能源: 14 columns wide

    out = tmp_path / "officers.xlsx"
    _zh(db, "officer", "list", "--format", "xlsx", "--output", str(out))
    values = [c.value for row in load_workbook(out).worksheets[0].iter_rows() for c in row]
    assert not [v for v in values if isinstance(v, str) and v[:1] in "=+-@"]
    assert "'=cmd|' /C calc'!A0" in values and "'+部" in values


def test_week_report_as_xlsx(db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "week.xlsx"
    _zh(db, "report", "week", "--format", "xlsx", "--output", str(out))
    ws = load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]][:2] == ["干部", "部室"]
    names = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert "王伟" in names


def test_xlsx_needs_an_output_file(db: Path) -> None:
    _zh(db, "report", "week", "--format", "xlsx", code=2)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.headers: list[str] = []
        self.cells: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("th", "td") else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "th":
            self.headers.append(data)
        elif self._in == "td":
            self.cells.append(data)


def test_html_is_one_standalone_chinese_page(db: Path, tmp_path: Path) -> None:
    page_text = _zh(db, "report", "week", "--format", "html")
    page = _Page()
    page.feed(page_text)
    tags = dict(page.tags)
    assert tags["html"]["lang"] == "zh-CN"
    assert {"charset": "utf-8"} in [a for t, a in page.tags if t == "meta"]
    assert [t for t, _ in page.tags].count("table") == 1
    assert "干部" in page.headers and "王伟" in page.cells
    assert not [a for t, a in page.tags if t in ("link", "script", "img", "iframe")]
    assert "http" not in page_text
    assert "@media print" in page_text

    visits = _zh(db, "visit", "list", "--format", "html")
    assert "<script>" not in visits and "&lt;script&gt;" in visits

    out = tmp_path / "officers.html"
    _zh(db, "officer", "list", "--format", "html", "--output", str(out))
    listing = _Page()
    listing.feed(out.read_text(encoding="utf-8"))
    assert "'=cmd|' /C calc'!A0" in listing.cells and "'+部" in listing.cells


@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium not installed at "
                    "/usr/bin/chromium (apt-get install chromium)")
def test_html_renders_in_headless_chromium(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.html"
    _zh(db, "report", "week", "--format", "html", "--output", str(out))
    chromium = shutil.which("chromium") or str(CHROMIUM)
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "王伟" in result.stdout and "<table>" in result.stdout
