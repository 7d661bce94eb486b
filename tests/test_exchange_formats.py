"""Reports and listings as files: xlsx read back with openpyxl, html parsed and (when
Chromium is there) rendered headless."""

from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.exchange_support import run
from tests.templates import Templates
from visitlog.cli.root import app

CHROMIUM = Path("/usr/bin/chromium")


def formula_like_texts(db: Path) -> None:
    """王伟 and an officer named like a formula, 江苏金海新能源, two visits with notes that a
    spreadsheet or a page must not run."""
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "officer", "add", "=cmd|' /C calc'!A0", "--dept", "+部", "--since", "2026-01-01")
    run(db, "enterprise", "add", "江苏金海新能源", "--employees", "1260")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-16", "--note", "@SUM(1)",
        "--outcome", "members_joined=12")
    run(db, "log", "金海", "--officer", "王伟", "--date", "2026-11-17",
        "--note", "<script>alert('x')</script> & 职工")


@pytest.fixture
def db(tmp_path: Path, templates: Templates) -> Path:
    db = tmp_path / "a.db"
    templates.built(db, formula_like_texts)
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
    from openpyxl.utils import get_column_letter

    enterprise = get_column_letter(headers.index("企业") + 1)
    assert ws.column_dimensions[enterprise].width >= 14  # 江苏金海新能源: 14 columns wide

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


def test_year_report_as_xlsx_has_every_header_in_chinese(db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "year.xlsx"
    _zh(db, "report", "year", "--format", "xlsx", "--output", str(out))
    headers = [c.value for c in load_workbook(out).worksheets[0][1]]
    assert headers[:7] == ["干部", "部室", "完成周", "应完成周", "宣教活动完成", "宣教活动目标",
                           "宣教活动进度"]
    assert headers[-7:] == ["宣传员", "调查员", "指导员", "协调员", "服务员", "到岗日期",
                            "离岗日期"]
    assert not [h for h in headers if h.isascii()]
    csv_header = _zh(db, "report", "year", "--format", "csv").lstrip("\ufeff").splitlines()[0]
    assert csv_header.split(",")[4:7] == ["outreach_done", "outreach_target", "outreach_status"]


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


def _chromium(*args: str) -> subprocess.CompletedProcess:
    chromium = shutil.which("chromium") or str(CHROMIUM)
    with tempfile.TemporaryDirectory(prefix="visitlog-chromium-") as profile:
        result = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120, check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def _page_cells(html: str) -> list[str]:
    page = _Page()
    page.feed(html)
    return [c for c in page.headers + page.cells if c.strip()]


NO_CHROMIUM = "headless Chromium not installed (apt-get install chromium; .ci/run installs it)"


@pytest.mark.skipif(not (CHROMIUM.exists() or shutil.which("chromium")), reason=NO_CHROMIUM)
def test_html_renders_in_headless_chromium_with_the_chinese_text_intact(
    db: Path, tmp_path: Path
) -> None:
    for args in (("report", "week"), ("report", "year"), ("visit", "list")):
        out = tmp_path / f"{args[1]}.html"
        _zh(db, *args, "--format", "html", "--output", str(out))
        source = out.read_text(encoding="utf-8")
        dom = _chromium("--dump-dom", out.as_uri()).stdout
        # the browser decoded the page as UTF-8: every header and cell reads as written
        assert _page_cells(dom) == _page_cells(source), args
        assert "王伟" in dom and "<table>" in dom
    assert "干部" in _page_cells(source) and "&lt;script&gt;" in dom


def _cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


@pytest.mark.skipif(not (CHROMIUM.exists() or shutil.which("chromium")), reason=NO_CHROMIUM)
@pytest.mark.skipif(shutil.which("pdftotext") is None or not _cjk_font(),
                    reason="printing Chinese needs a CJK font and pdftotext "
                    "(apt-get install fonts-wqy-microhei poppler-utils; .ci/run installs them)")
def test_html_prints_to_pdf_with_the_chinese_glyphs(db: Path, tmp_path: Path) -> None:
    """Printed, the page's text comes back out of the PDF: every glyph was drawn from a font
    that has it (a missing glyph prints as a box, and its text does not survive)."""
    out, pdf = tmp_path / "week.html", tmp_path / "week.pdf"
    _zh(db, "report", "week", "--format", "html", "--output", str(out))
    _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", out.as_uri())
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    printed = "".join(text.split())
    for cell in _page_cells(out.read_text(encoding="utf-8")):
        assert "".join(cell.split()) in printed, cell
    assert "王伟" in printed and "权益保障部" in printed and "一周进一企" in printed


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _shown(value: object) -> str:
    """A cell as LibreOffice writes it to CSV (dates in the workbook's yyyy-mm-dd format)."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    return str(value)


# Every sheet to its own UTF-8 CSV file, named <file>-<sheet>.csv (LibreOffice 7.2+)
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice not installed (apt-get install "
                    "libreoffice-calc-nogui; .ci/run installs it)")
def test_xlsx_opens_in_libreoffice_and_converts_back_to_the_same_rows(
    db: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    for i, rating in enumerate(("satisfied", "basic", "unsatisfied"), start=1):
        _zh(db, "demand", "add", f"诉求{i}", "--enterprise", "金海", "--visit", "1")
        _zh(db, "demand", "resolve", str(i), "--note", "已办结")
        _zh(db, "demand", "feedback", str(i), "--satisfaction", rating)
    books = {
        "week": ("report", "week"), "year": ("report", "year"), "summary": ("report", "summary"),
        "visits": ("visit", "list"), "officers": ("officer", "list"),
        "demands": ("demand", "list"),
    }
    for name, args in books.items():
        _zh(db, *args, "--format", "xlsx", "--output", str(tmp_path / f"{name}.xlsx"))
    converted = tmp_path / "csv"
    result = subprocess.run(
        [str(_soffice()), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", CSV_FILTER, "--outdir", str(converted),
         *(str(tmp_path / f"{name}.xlsx") for name in books)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    for name in books:
        for ws in load_workbook(tmp_path / f"{name}.xlsx").worksheets:
            path = converted / f"{name}-{ws.title}.csv"
            assert path.exists(), (path, sorted(p.name for p in converted.iterdir()))
            with path.open(encoding="utf-8", newline="") as fh:
                back = [row for row in csv.reader(fh)]
            rows = [[_shown(c.value) for c in row] for row in ws.iter_rows()]
            assert len(back) == len(rows), (name, ws.title)
            for mine, theirs in zip(rows, back, strict=True):
                theirs += [""] * (len(mine) - len(theirs))
                for cell, value in zip(mine, theirs, strict=True):
                    if _is_float(cell) and "." in cell:
                        assert float(value) == pytest.approx(float(cell)), (name, cell, value)
                    else:
                        assert value == cell, (name, ws.title, mine, theirs)

    def first_sheet(name: str) -> str:
        title = load_workbook(tmp_path / f"{name}.xlsx").worksheets[0].title
        return (converted / f"{name}-{title}.csv").read_text(encoding="utf-8")

    # a float is shown in full and read back; text keeps its markup and its neutralising '
    assert "satisfaction_rate,满意率,0.66666" in first_sheet("summary")
    visits = first_sheet("visits")
    assert "<script>alert('x')</script> & 职工" in visits and "'@SUM(1)" in visits


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
