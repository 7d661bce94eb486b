"""What a merged file can carry (issue 22, points 4, 5 and 11): every row passes the checks of a
typed command, or the whole file is refused with its line (counted from the top of the file),
exit 2, the logbook byte for byte unchanged and every report still working."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults import crafted
from tests.faults.conftest import content_hash, invoke, seed, sized
from tests.templates import Templates

EXAMPLES = sized("MERGE_EXAMPLES", 60, 15)
REPORTS = (("report", "week"), ("report", "year"), ("report", "heatmap"), ("officer", "list"),
           ("visit", "list"), ("demand", "list"), ("achieve", "list"), ("report", "summary"),
           ("report", "officer", "乙"))


@pytest.fixture
def db(tmp_path: Path, templates: Templates) -> Path:
    path = tmp_path / "visitlog.db"
    templates.built(path, seed, ["甲"], ["甲公司"])
    return path


def refused(db: Path, bundle: Path, *words: str) -> str:
    """Merge `bundle`: exit 2, one line holding `words`, the logbook unchanged."""
    before = content_hash(db)
    result = invoke(db, "merge", str(bundle))
    assert result.exit_code == 2, result.output
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert content_hash(db) == before
    return lines[0]


def reports_work(db: Path) -> None:
    for words in REPORTS:
        result = invoke(db, *words)
        assert result.exit_code in (0, 2), (words, result.output)  # 2: 乙 not merged
        assert result.exception is None or isinstance(result.exception, SystemExit), words
    for fmt in ("xlsx", "html"):
        out = db.parent / f"week.{fmt}"
        result = invoke(db, "report", "year", "--output", str(out))
        assert result.exit_code == 0, result.output


def test_the_crafted_bundle_merges(db: Path, tmp_path: Path) -> None:
    bundle = crafted.write(tmp_path / "b.jsonl", [crafted.line(t, r) for t, r in crafted.rows()])
    result = invoke(db, "merge", str(bundle))
    assert result.exit_code == 0, result.output
    reports_work(db)


# (table, column, value, line of the row, what the message says)
VALUES = [
    ("officers", "retired_on", "garbage", 2, "officers.retired_on): not a valid YYYY-MM-DD date"),
    ("officers", "retired_on", "2025-12-31", 2, "officers.retired_on): before since"),
    ("officers", "since", "2026-02-30", 2, "not a valid YYYY-MM-DD date"),
    ("officers", "since", 20260101, 2, "not a valid YYYY-MM-DD date"),
    ("officers", "name", "乙\x00", 2, "officers.name): holds control characters"),
    ("officers", "name", "乙\x1b[31m", 2, "holds control characters"),
    ("officers", "name", "", 2, "officers.name): must not be empty"),
    ("officers", "name", None, 2, "must not be empty"),
    ("officers", "dept", ["办公室"], 2, "officers.dept): not valid text"),
    ("officers", "name", "x" * 201, 2, "longer than 200 characters"),
    ("officers", "updated_at", "~", 2, "officers.updated_at): not a valid time of edit"),
    ("officers", "updated_at", 5, 2, "not a valid time of edit"),
    ("officers", "updated_at", "2999-01-01T00:00:00.000Z", 2, "later than this computer's clock"),
    ("officers", "uid", "", 2, "officers.uid): not a valid identifier"),
    ("enterprises", "employees", -1, 3, "enterprises.employees): not between 0 and 999999999"),
    ("enterprises", "employees", "30", 3, "not a whole number"),
    ("enterprises", "has_union", 2, 3, "not between 0 and 1"),
    ("visits", "roles", "publicist", 4, "visits.roles): not a whole number"),
    ("visits", "roles", 64, 4, "not between 0 and 31"),
    ("visits", "members_joined", float("inf"), 4, "not a whole number"),
    ("visits", "members_joined", 2**63 - 1, 4, "not between 0 and 1000000"),
    ("visits", "members_joined", -5, 4, "not between 0 and 1000000"),
    ("visits", "members_joined", True, 4, "not a whole number"),
    ("visits", "date", "2026-11-21", 4, "visits.date): after today (2026-11-20)"),
    ("visits", "date", "20261118", 4, "not a valid YYYY-MM-DD date"),
    ("visits", "week", "2026-W01", 4, "visits.week): does not match the date (it is 2026-W47)"),
    ("visits", "note", "x" * 10_001, 4, "visits.note): longer than 10000 characters"),
    ("visits", "note", "a\x00b", 4, "holds control characters"),
    ("visits", "officer_uid", 7, 4, "visits.officer_uid): not a valid identifier"),
    ("achievements", "count", 0, 5, "achievements.count): not between 1 and 1000000"),
    ("achievements", "category", "karma", 5, "not a known value"),
    ("demands", "status", "done", 6, "demands.status): not a known value (assigned, closed"),
    ("demands", "category", "nope", 6, "demands.category): not a known value"),
    ("demands", "satisfaction", "ecstatic", 6, "not a known value"),
    ("demands", "escalated", 1.0, 6, "not a whole number"),
]


@pytest.mark.parametrize(("table", "column", "value", "line", "says"), VALUES,
                         ids=[f"{v[0]}.{v[1]}={str(v[2])[:12]!r}" for v in VALUES])
def test_a_value_no_command_could_write_refuses_the_file(
        db: Path, tmp_path: Path, table: str, column: str, value: Any, line: int,
        says: str) -> None:
    bundle = crafted.with_value(tmp_path / "b.jsonl", table, column, value)
    refused(db, bundle, f"b.jsonl line {line} (", says, "nothing was merged")
    reports_work(db)


def test_the_message_in_chinese(db: Path, tmp_path: Path) -> None:
    bundle = crafted.with_value(tmp_path / "b.jsonl", "officers", "retired_on", "garbage")
    result = invoke(db, "merge", str(bundle), lang="zh")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"错误：{bundle} 第 2 行（officers.retired_on）："
        "不是 YYYY-MM-DD 格式的有效日期；未合并任何数据")


# lines no JSON parser should be trusted with, and rows of the wrong shape
RAW = [
    ("deep", "[" * 100_000, "line 3 is not valid bundle content"),
    ("deep_object", '{"table": "visits", "row": ' + '{"a": ' * 50_000, "line 3 is not valid"),
    ("surrogate", json.dumps({"table": "officers", "row": {
        **crafted.rows()[0][1], "uid": "9" * 32, "name": "丙\ud800"}}),
     "line 3 (officers.name): not valid text"),
    ("not_an_object", '["officers", {}]', "line 3 is not valid bundle content"),
    ("row_not_object", '{"table": "officers", "row": [1, 2]}', "line 3 is not valid"),
    ("nan", '{"table": "visits", "row": {"uid": "' + "8" * 32 + '", "roles": NaN}}',
     "line 3 (visits.roles): not a whole number"),
    ("huge_int", '{"table": "visits", "row": {"uid": "' + "8" * 32 + '", "roles": '
     + "9" * 5000 + "}}", "line 3 is not valid bundle content"),
    ("long_line", json.dumps({"table": "visits", "row": {"note": "x" * (1 << 20)}}),
     "line 3 is too long (over 1048576 bytes)"),
]


@pytest.mark.parametrize(("text", "says"), [r[1:] for r in RAW], ids=[r[0] for r in RAW])
def test_a_line_the_parser_cannot_take_refuses_the_file(db: Path, tmp_path: Path, text: str,
                                                        says: str) -> None:
    bundle = crafted.raw_line(tmp_path / "b.jsonl", text, at=3)
    refused(db, bundle, says)


def test_a_ten_megabyte_note_is_refused_without_reading_it_whole(db: Path, tmp_path: Path
                                                                  ) -> None:
    bundle = crafted.with_value(tmp_path / "b.jsonl", "visits", "note", "x" * 10_000_000)
    refused(db, bundle, "line 4 is too long")


def test_a_bogus_stamp_cannot_undo_a_retirement(db: Path, tmp_path: Path) -> None:
    """`updated_at: "~"` sorted after every real stamp, so it won every later merge."""
    assert invoke(db, "officer", "retire", "甲", "--on", "2026-11-01").exit_code == 0
    officer = json.loads(invoke(db, "officer", "list", "--format", "json").stdout)[0]
    assert officer["retired_on"] == "2026-11-01"
    conn_rows = crafted.rows()
    uid = _uid_of(db, "officers", "甲")
    lines = [crafted.line("officers", {**conn_rows[0][1], "uid": uid, "name": "甲",
                                       "retired_on": None, "updated_at": "~"})]
    refused(db, crafted.write(tmp_path / "b.jsonl", lines), "officers.updated_at")


def _uid_of(db: Path, table: str, name: str) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT uid FROM {table} WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def test_a_clash_names_the_line_from_the_top_of_the_file(db: Path, tmp_path: Path) -> None:
    """Line 4 renames officer 丙 (line 3) to 乙, the name of line 2's officer: the message
    counts the header line too (it said line 3)."""
    officer = crafted.rows()[0][1]
    other = {**officer, "uid": "6" * 32, "name": "丙"}
    renamed = {**other, "name": "乙", "updated_at": "2026-11-19T08:00:00.000Z"}
    lines = [crafted.line("officers", officer), crafted.line("officers", other),
             crafted.line("officers", renamed)]
    bundle = crafted.write(tmp_path / "b.jsonl", lines)
    refused(db, bundle, "Line 4 (officers) clashes")


# hypothesis: any value in any column of the crafted bundle; the merge takes it (and every
# report still works) or refuses the file (exit 2, one line, the logbook unchanged)
VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.text(alphabet=st.characters(codec="utf-8"), max_size=10),
    st.sampled_from(["2026-11-18", "2026-02-29", "9999-12-31", "0001-01-01", "2026-W47",
                     "open", "closed", "friends", "wages", "乙", " 乙", "", "~",
                     "2026-11-20T09:00:00.000Z", "2126-01-01T00:00:00Z", "\ud800"]),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.none(),
                                                          max_size=1),
)
CELLS = [(table, column) for table, row in crafted.rows() for column in row]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "visitlog.db"
    seed(path, ["甲"], ["甲公司"])
    return path


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cell=st.sampled_from(CELLS), value=VALUE)
def test_any_value_is_merged_safely_or_refused(template: Path,
                                                tmp_path_factory: pytest.TempPathFactory,
                                                cell: tuple[str, str], value: Any) -> None:
    import shutil

    folder = tmp_path_factory.mktemp("merge")
    db = folder / "visitlog.db"
    shutil.copyfile(template, db)
    before = content_hash(db)
    bundle = folder / "b.jsonl"
    lines = []
    for table, row in crafted.rows():
        if table == cell[0]:
            row = {**row, cell[1]: value}
        lines.append(json.dumps({"table": table, "row": row}, sort_keys=True))  # ASCII escapes
    crafted.write(bundle, lines)
    result = invoke(db, "merge", str(bundle))
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception)
    if result.exit_code == 2:
        assert len([x for x in result.stderr.splitlines() if x.strip()]) == 1, result.stderr
        assert content_hash(db) == before  # and so every report works as it did
    else:
        reports_work(db)


def test_every_table_a_merge_takes_is_checked(tmp_path: Path) -> None:
    """A table that travels (it has a uid) and has no checks would let anything in."""
    import sqlite3

    from visitlog.service.incoming import TABLES
    from visitlog.store.exchange import identity_tables

    db = tmp_path / "visitlog.db"
    seed(db, ["甲"], ["甲公司"])
    conn = sqlite3.connect(db)
    try:
        travelling = {info.name for info in identity_tables(conn)}
    finally:
        conn.close()
    assert travelling - set(TABLES) == set()


@pytest.mark.parametrize(("table", "column", "value", "says"), [
    ("settings", "value", "abc", "settings.value): not a known value (0-7)"),
    ("settings", "key", "colour", "settings.key): not a known value"),
    ("demand_categories", "days", -1, "demand_categories.days): not between 0 and 3650"),
    ("demand_categories", "key", "欠薪 类", "demand_categories.key): not a known value"),
    ("reception_leaders", "name", "", "reception_leaders.name): must not be empty"),
])
def test_the_logbook_rules_are_checked_like_the_rows(
        db: Path, tmp_path: Path, table: str, column: str, value: Any, says: str) -> None:
    """Settings, demand categories and the leaders' list travel (issue 15): `config set`,
    `demand category set` and `reception leaders set` would refuse these values."""
    source = tmp_path / "source" / "visitlog.db"
    source.parent.mkdir()
    seed(source, ["甲"], ["甲公司"])
    for words in (("config", "set", "min_available_days", "4"),
                  ("reception", "leaders", "set", "周国华")):
        assert invoke(source, *words).exit_code == 0
    bundle = tmp_path / "b.jsonl"
    assert invoke(source, "export", str(bundle)).exit_code == 0
    lines = bundle.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        row = json.loads(line)
        if row.get("table") == table:
            row["row"][column] = value
            lines[number] = json.dumps(row, ensure_ascii=False)
            break
    else:
        raise AssertionError(f"no {table} row in the bundle")
    bundle.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused(db, bundle, says, "nothing was merged")


def test_the_checks_remember_only_what_passed() -> None:
    """A merge's checks are planned per row shape and remember the short texts that passed
    (service/incoming.py): a later row's bad value is refused all the same, and a value one
    check passed is not passed by another."""
    from datetime import UTC, date, datetime

    from visitlog.service import incoming

    rules = incoming.Rules(date(2026, 11, 20), datetime(2026, 11, 20, tzinfo=UTC),
                           frozenset({"wage"}))
    good = {"uid": "v1", "date": "2026-11-18", "week": "2026-W47", "roles": 3, "note": "",
            "members_joined": 2, "officer_uid": "o1"}
    for _ in range(3):
        incoming.check_row("visits", dict(good), rules)
    for column, value in (("date", "2026-11-21"), ("date", "20261118"), ("week", "2026-W01"),
                          ("roles", 64), ("members_joined", True), ("members_joined", -1),
                          ("note", "a\x00b"), ("officer_uid", 7), ("uid", "")):
        with pytest.raises(incoming.Bad) as bad:
            incoming.check_row("visits", {**good, column: value}, rules)
        assert bad.value.column == column
    incoming.check_row("officers", {"uid": "o1", "name": "outreach", "dept": "办公室",
                                    "since": "2026-01-01"}, rules)
    with pytest.raises(incoming.Bad):  # a name, but not a six-ones key
        incoming.check_row("achievements", {"uid": "a1", "category": "chair"}, rules)
    incoming.check_row("achievements", {"uid": "a1", "category": "outreach"}, rules)
    with pytest.raises(incoming.Bad):  # a six-ones key, but not a demand category
        incoming.check_row("demands", {"uid": "d1", "category": "outreach"}, rules)
