"""Printouts: the heatmap on one landscape A4 page in colours with a legend, names kept on one
line in html reports, and terminal tables that never split a date or an ID."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.templates import Templates
from visitlog.render.sheet import Column, Sheet
from visitlog.render.terminal import rich_table


def three_visits_of_the_year(cli: Cli) -> Cli:
    """欧阳建国 (three visits in 2026) and 王伟 (since June), the enterprise 金海."""
    cli.ok("officer", "add", "欧阳建国", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("officer", "add", "王伟", "--dept", "组织部", "--since", "2026-06-01")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    for day in ("2026-01-07", "2026-03-04", "2026-11-18"):
        cli.ok("log", "金海", "--officer", "欧阳建国", "--date", day)
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, three_visits_of_the_year)
    return cli


def test_the_heatmap_page_is_a_landscape_a4_grid_of_colours(book: Cli) -> None:
    book.lang("zh")
    page = book.ok("report", "heatmap", "--format", "html")
    assert "@page { size: A4 landscape;" in page and "print-color-adjust: exact" in page
    rows = re.findall(r"<tr><td class=\"name\">(.*?)</td>(.*?)</tr>", page)
    assert [name for name, _ in rows] == ["欧阳建国", "王伟"]
    for _name, cells in rows:
        squares = re.findall(r'<td class="cell" style="background:(#[0-9a-f]{6})" '
                             r'title="2026-W\d\d [^"]*"></td>', cells)
        assert len(squares) == 53  # ISO 2026 has 53 weeks; no words inside a cell
    first = re.findall(r'background:(#[0-9a-f]{6})', rows[0][1])
    assert first[1] == "#2e7d32" and first[2] == "#c62828"  # W02 met, W03 missed
    assert re.findall(r'background:(#[0-9a-f]{6})', rows[1][1])[0] == "#d9d9d9"  # not yet active
    legend = re.search(r'<p class="legend">(.*)</p>', page)
    assert legend is not None
    assert re.findall(r'<span style="background:(#[0-9a-f]{6})"></span>([^<　]*)',
                      legend[1]) == [("#2e7d32", "已完成"), ("#c62828", "未完成"),
                                     ("#d9d9d9", "不作要求"), ("#81c784", "已走访（不作要求）"),
                                     ("#f9a825", "本周进行中")]
    assert legend[1].endswith("右侧：完成周数/应完成周数")


def test_the_heatmap_grid_fits_the_width_of_landscape_a4() -> None:
    from visitlog.render.heatmap_page import CSS

    def mm(selector: str) -> float:
        found = re.search(re.escape(selector) + r" \{[^}]*?width: ([\d.]+)mm", CSS)
        assert found, selector
        return float(found[1])

    assert mm("table") <= 297 - 2 * 8  # the sheet less its margins
    assert mm("table") - mm(".name") - mm(".dept") - mm(".count") >= 53 * 4  # 4 mm a week


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                        else None)


@pytest.mark.skipif(CHROMIUM is None or shutil.which("pdfinfo") is None,
                    reason="needs headless Chromium and pdfinfo (.ci/run installs them)")
def test_the_heatmap_prints_on_one_landscape_page(book: Cli, tmp_path: Path) -> None:
    out, pdf = tmp_path / "heatmap.html", tmp_path / "heatmap.pdf"
    book.ok("report", "heatmap", "--format", "html", "-o", str(out))
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", out.as_uri()], capture_output=True, timeout=120,
                   check=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert size and float(size[1]) > float(size[2]), info  # landscape


def test_names_stay_on_one_line_in_html_reports(book: Cli) -> None:
    page = book.ok("report", "year", "--format", "html")
    assert "td.name, td.date { white-space: nowrap; }" in page
    assert '<td class="name">欧阳建国</td>' in page and '<td class="name">权益保障部</td>' in page


# ---- terminal tables at 80 columns --------------------------------------------------------

NOTE = "了解职工诉求，企业反映用工紧张，工会协调人社部门组织招聘会，并对接职业技能培训"


def _sheet() -> Sheet:
    columns = [Column("id", "col.id", "right"), Column("date", "col.date"),
               Column("officer", "col.officer"), Column("enterprise", "col.enterprise"),
               Column("note", "col.note")]
    rows = [[1042, date(2026, 11, 18), "欧阳建国", "江苏金海新能源科技有限公司", NOTE],
            [7, date(2026, 1, 5), "王伟", "苏州华星电子有限公司", NOTE[:20]]]
    return Sheet("", columns, rows)


@pytest.mark.parametrize("width", [80, 60, 40])
def test_a_folded_table_never_splits_a_date_or_an_id(width: int) -> None:
    text = rich_table(_sheet(), width, tty=False)
    assert all(len(line) <= width * 2 for line in text.splitlines())
    for token in ("2026-11-18", "2026-01-05", "1042"):
        assert token in text, (token, text)


def test_a_visit_listing_at_80_columns_keeps_its_dates(book: Cli) -> None:
    book.monkeypatch.setenv("COLUMNS", "80")
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17", "--note", NOTE * 2)
    text = book.ok("visit", "list")
    for day in ("2026-11-18", "2026-11-17", "2026-03-04", "2026-01-07"):
        assert day in text, text
