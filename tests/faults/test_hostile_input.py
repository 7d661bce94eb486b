"""Hostile and malformed input (hypothesis): any Unicode, control characters, huge fields,
SQL- and formula-looking text, broken CSV files in any encoding. Never a traceback; exit 0 or
2; on failure the logbook is unchanged; text is stored exactly as typed."""

from __future__ import annotations

import itertools
import json
import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.faults.conftest import TODAY, content_hash, invoke, record_figure, seed, sized

EXAMPLES = sized("EXAMPLES", 60, 15)
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

NASTY = [
    "'; DROP TABLE visits; --", 'Robert"); DELETE FROM officers;--', "=cmd|' /C calc'!A0",
    "+SUM(A1:A9)", "-1+1", "@HYPERLINK(\"http://x\")", "\t=1", "\r\n=2", "%s %d {0} {name}",
    "王伟\u200b", "\u202eevil", "😀" * 50, "a\x00b", "\x1b[31mred", "x" * 20_000, " ", "",
    "NULL", "0", "-", "--", "--help", "99999999999999999999999", "-99999999d", "0001-01-01",
    "9999-12-31", "0001-W01", "a\u2028b\x85c", "江苏金海新能源科技有限公司", "金海", "jhxny",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=300),
                 st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
tried = {"count": 0}


def _outcome_ok(result, db: Path, before: str) -> None:  # noqa: ANN001 - click Result
    tried["count"] += 1
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert content_hash(db) == before
        assert len([x for x in result.stderr.splitlines() if x.strip()]) == 1, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "visitlog.db"
    seed(path, ["王伟", "李娜"], ["江苏金海新能源科技有限公司", "城南机械厂"])
    return path


days = itertools.count(1)


def _next_day() -> str:
    return (date.fromisoformat(TODAY) - timedelta(days=next(days))).isoformat()


@SETTINGS
@given(note=text)
def test_notes_round_trip_exactly(db: Path, note: str) -> None:
    before = content_hash(db)
    result = invoke(db, "log", "城南机械厂", "--officer", "王伟", "--date", _next_day(),
                    f"--note={note}")
    _outcome_ok(result, db, before)
    if result.exit_code == 0:
        visit_id = re.search(r"#(\d+)", result.stdout).group(1)
        card = invoke(db, "visit", "show", str(visit_id), "--format", "json")
        assert json.loads(card.stdout)["note"] == note
    else:
        assert "\x00" in note or len(note) > 10_000


@SETTINGS
@given(name=text, dept=text)
def test_officer_names_are_kept_or_refused(db: Path, name: str, dept: str) -> None:
    before = content_hash(db)
    result = invoke(db, "officer", "add", f"--dept={dept}", "--", name)
    _outcome_ok(result, db, before)
    if result.exit_code == 0:
        listed = json.loads(invoke(db, "officer", "list", "--format", "json").stdout)
        assert name.strip() in [o["name"] for o in listed]


COMMANDS = [
    lambda a, b: ["log", a, "--officer", b],
    lambda a, b: ["log", "城南机械厂", "--officer", "王伟", f"--date={a}", f"--role={b}"],
    lambda a, b: ["log", "城南机械厂", "--officer", "王伟", "--date", "2020-01-01",
                  f"--outcome={a}"],
    lambda a, b: ["visit", "show", a],
    lambda a, b: ["visit", "edit", "1", f"--note={a}", f"--enterprise={b}"],
    lambda a, b: ["visit", "edit", a, f"--date={b}"],
    lambda a, b: ["visit", "delete", a],
    lambda a, b: ["visit", "list", f"--officer={a}", f"--from={b}"],
    lambda a, b: ["enterprise", "add", f"--town={b}", f"--alias={a}", "--", a + b],
    lambda a, b: ["leave", "add", f"--from={a}", f"--to={b}", "--", "王伟"],
    lambda a, b: ["report", "week", f"--week={a}"],
    lambda a, b: ["report", "week", f"--dept={a}", "--format", "csv"],
    lambda a, b: ["officer", "retire", f"--on={b}", "--", a],
    lambda a, b: ["config", "set", "min_available_days", a],
    lambda a, b: ["backup", str(Path("/nonexistent-dir") / (a or "x"))],
    lambda a, b: ["restore", a or "missing"],
    lambda a, b: ["enterprise", "add", "--employees", a, "--", b],
    lambda a, b: ["visit", "list", "--limit", a, "--format", "csv"],
    lambda a, b: ["officer", "list", f"--dept={a}", "--format", "markdown"],
    lambda a, b: ["leave", "add", "--from", "2026-11-02", f"--to={a}", f"--reason={b}", "--",
                  "李娜"],
    lambda a, b: ["undo"],
]

# Found by hand, the way an outside fuzzer would: numbers too large for SQLite, dates past the
# ISO week range, files that are not regular files. Each is bad input: exit 2, nothing changed.
OUT_OF_RANGE = [
    ["enterprise", "add", "超大", "--employees", "99999999999999999999"],
    ["visit", "show", "99999999999999999999999"],
    ["visit", "edit", "99999999999999999999999", "--note", "x"],
    ["visit", "delete", "99999999999999999999999"],
    ["visit", "list", "--limit", "99999999999999999999999"],
    ["log", "金海", "--officer", "王伟", "--date", "-99999999d"],
    ["log", "金海", "--officer", "王伟", "--date", "99999999 days ago"],
    ["log", "金海", "--officer", "王伟", "--date", "0001-01-01"],
    ["report", "week", "--week", "0001-W01"],
    ["leave", "add", "王伟", "--from", "0001-01-01", "--to", "9999-12-31"],
    ["log", "金海", "--officer", "王伟", "--outcome", "members_joined=99999999999999999999"],
]


@pytest.mark.parametrize("args", OUT_OF_RANGE, ids=lambda a: " ".join(a)[:40])
def test_out_of_range_numbers_and_dates_are_bad_input(db: Path, args: list[str]) -> None:
    before = content_hash(db)
    result = invoke(db, *args)
    assert result.exit_code in (0, 2), result.output
    assert "Internal error" not in result.output
    if result.exit_code == 2:
        assert content_hash(db) == before


@pytest.mark.parametrize("today", ["0001-01-01", "9999-12-31", "2026-13-01", "tomorrow"])
def test_an_impossible_today_is_bad_input(db: Path, today: str, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("VISITLOG_TODAY", today)
    from visitlog.cli.root import app

    result = CliRunner().invoke(app, ["--db", str(db), "report", "week"],
                                env={"VISITLOG_TODAY": today})
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("special", ["/dev/null", "fifo"])
def test_a_logbook_that_is_not_a_regular_file(tmp_path: Path, special: str) -> None:

    path = Path(special)
    if special == "fifo":
        path = tmp_path / "fifo"
        os.mkfifo(path)
    result = invoke(path, "visit", "list")
    assert result.exit_code == 1
    assert "regular file" in result.stderr


@SETTINGS
@given(which=st.integers(0, len(COMMANDS) - 1), a=text, b=text)
def test_every_command_survives_hostile_arguments(db: Path, which: int, a: str, b: str) -> None:
    before = content_hash(db)
    args = COMMANDS[which](a, b)
    result = invoke(db, *args)
    if args[0] == "backup":  # a directory that does not exist: a fault, not bad input
        assert result.exit_code in (1, 2) and "Traceback" not in result.output
        assert content_hash(db) == before
        return
    _outcome_ok(result, db, before)


# -- imports ----------------------------------------------------------------------------------

FORMATS = {
    "officer": ["name", "dept", "since", "姓名", "部门"],
    "enterprise": ["name", "town", "industry", "employees", "union", "aliases", "企业名称"],
    "visit": ["date", "officer", "enterprise", "roles", "note", "members_joined", "日期"],
    "leave": ["officer", "from", "to", "reason", "干部"],
}
cell = st.one_of(st.sampled_from(NASTY[:-3] + ["2026-11-02", "王伟", "城南机械厂", "yes",
                                                "12", "-3", "99999999999999999999999"]),
                 st.text(max_size=30))


@st.composite
def csv_bytes(draw, area: str) -> bytes:  # noqa: ANN001
    columns = draw(st.lists(st.sampled_from(FORMATS[area] + ["extra", ""]), max_size=7))
    rows = draw(st.lists(st.lists(cell, max_size=8), max_size=6))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    lines = [sep.join(columns)] + [sep.join(r) for r in rows]
    body = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16",
                                     "latin-1", "raw"]))
    if encoding == "raw":
        return draw(st.binary(max_size=400))
    return body.encode(encoding, errors="replace")


@pytest.mark.parametrize("area", list(FORMATS))
def test_imports_survive_malformed_files(db: Path, area: str, tmp_path: Path) -> None:
    @SETTINGS
    @given(data=csv_bytes(area))
    def check(data: bytes) -> None:
        path = tmp_path / "input.csv"
        path.write_bytes(data)
        before = content_hash(db)
        result = invoke(db, area, "import", str(path))
        _outcome_ok(result, db, before)
        if result.exit_code == 2:  # a bad row names its line; a bad file names the file
            assert "line" in result.stderr.lower() or "input.csv" in result.stderr, result.stderr

    check()


@pytest.mark.parametrize("content", [
    "name,dept\n\"" + "x" * 200_000 + "\",d\n",          # a cell over csv's field limit
    "\"" + "x" * 200_000 + "\",dept\nA,b\n",             # the same in the header
    "name,dept\n\"unterminated,d\n",
    "name,dept\n" + "A,b\n" * 3 + "\x00,\x00\n",
])
def test_officer_import_of_broken_csv_is_bad_input(db: Path, tmp_path: Path,
                                                   content: str) -> None:
    path = tmp_path / "officers.csv"
    path.write_text(content, encoding="utf-8")
    before = content_hash(db)
    result = invoke(db, "officer", "import", str(path))
    assert result.exit_code == 2, result.output
    assert "line" in result.stderr.lower()
    assert content_hash(db) == before


def test_bad_row_names_its_line(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "visits.csv"
    path.write_text("date,officer,enterprise\n2026-11-02,王伟,城南机械厂\n"
                    "not a date,王伟,城南机械厂\n", encoding="utf-8")
    before = content_hash(db)
    result = invoke(db, "visit", "import", str(path))
    assert result.exit_code == 2
    assert "3" in result.stderr and "line" in result.stderr.lower()
    assert content_hash(db) == before


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_chinese_windows_files_import_correctly(tmp_path: Path, encoding: str) -> None:
    db = tmp_path / "visitlog.db"
    path = tmp_path / "officers.csv"
    path.write_bytes("姓名,部门,入职日期\r\n张晓燕,权益保障部,2026-03-01\r\n欧阳明,组织部,\r\n"
                     .encode(encoding))
    result = invoke(db, "officer", "import", str(path))
    assert result.exit_code == 0, result.output
    listed = json.loads(invoke(db, "officer", "list", "--format", "json").stdout)
    assert {(o["name"], o["dept"]) for o in listed} == {("张晓燕", "权益保障部"),
                                                       ("欧阳明", "组织部")}


def test_zz_record_inputs_tried() -> None:
    record_figure("hypothesis_inputs", tried["count"])
    record_figure("command_shapes", len(COMMANDS))
