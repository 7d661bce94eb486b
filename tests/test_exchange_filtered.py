"""A filtered bundle carries everything its reports need (issue 15): merging every officer's
bundle into an empty logbook, in any order and any number of times, gives every listing and
report the source logbook gives, ids aside. On small generated logbooks and on the example
federation; and `export --dept/--officer` resolve as every report's filters do."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import scaled
from tests.exchange_everything import differences, everything
from tests.exchange_support import TODAY, run
from tests.templates import Templates
from tests.test_exchange_merge import CAMPAIGN, DAYS, build, logbooks

WEEKS = ["2026-W45", "2026-W46", "2026-W47"]


def officers_of(db: Path, today: str = TODAY) -> list[str]:
    return [o["name"] for o in json.loads(run(db, "officer", "list", "--format", "json",
                                              today=today))]


def rebuild(source: Path, folder: Path, order: list[int], today: str = TODAY,
            twice: bool = False) -> Path:
    """Every officer's bundle of `source`, merged into an empty logbook in `order`."""
    names = officers_of(source, today)
    for name in names:
        run(source, "export", str(folder / f"{name}.jsonl"), "--officer", name, today=today)
    target = folder / "merged.db"
    for _round in range(2 if twice else 1):
        for i in order:
            run(target, "merge", str(folder / f"{names[i % len(names)]}.jsonl"), today=today)
    return target


def _with_strays(db: Path, spec: dict) -> None:
    """What the issue saw go missing: a demand one officer wrote up on another's visit, an
    interview entry nobody logged (`interview import`), the reception leaders, a rule."""
    officers = [name for name, _dept in spec["officers"]]
    visits = json.loads(run(db, "visit", "list", "--format", "json"))
    if visits and len(officers) > 1:
        theirs = visits[0]
        other = next(n for n in officers if n != theirs["officer"])
        run(db, "demand", "add", "三名职工反映加班费未足额发放", "--enterprise",
            theirs["enterprise"], "--visit", str(theirs["id"]), "--officer", other,
            "--date", theirs["date"])
    csv = db.parent / "interviews.csv"
    csv.write_text(f"date,point,count,group,online\n{DAYS[0]},一号点,7,frontline,no\n",
                   encoding="utf-8")
    run(db, "interview", "import", CAMPAIGN, str(csv))
    run(db, "reception", "leaders", "set", "周国华", "吴秀英")
    if spec["retire"]:
        run(db, "config", "set", "min_available_days", "2")


def _compare(source: Path, merged: Path, today: str = TODAY, **scope: list[str]) -> None:
    scope = {"weeks": WEEKS, "years": ["2026"], "months": ["2026-11"], **scope}
    a, b = everything(source, today, **scope), everything(merged, today, **scope)
    assert differences(a, b) == []


@settings(max_examples=scaled(12), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(spec=logbooks, order=st.permutations(range(3)), twice=st.booleans())
def test_every_officers_bundle_rebuilds_every_listing_and_report(
    spec: dict, order: list[int], twice: bool,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        d = Path(folder)
        build(d / "source.db", spec)
        _with_strays(d / "source.db", spec)
        merged = rebuild(d / "source.db", d, order, twice=twice)
        _compare(d / "source.db", merged)


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("federation") / "demo.db"
    run(db, "demo", today="2026-11-20")
    return db


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_the_example_federation_is_rebuilt_from_its_officers_bundles(
    federation: Path, tmp_path: Path, order: str,
) -> None:
    count = len(officers_of(federation, "2026-11-20"))
    indexes = list(range(count)) if order == "forward" else list(reversed(range(count)))
    merged = rebuild(federation, tmp_path, indexes, today="2026-11-20", twice=order == "backward")
    _compare(federation, merged, today="2026-11-20",
             weeks=["2026-W47", "2026-W40", "2026-W01", "2025-W30"], years=["2026", "2025"],
             months=["2026-11", "2026-06"])


def _export(lang: str, db: Path, *args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from visitlog.cli.root import app

    result = CliRunner().invoke(app, ["--db", str(db), "--lang", lang, "export", *args],
                                env={"VISITLOG_TODAY": TODAY})
    return result.exit_code, result.stdout, result.stderr


def two_departments(db: Path) -> None:
    """王伟 (权益保障部) and 李娜 (组织部)."""
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "officer", "add", "李娜", "--dept", "组织部", "--since", "2026-01-01")


@pytest.fixture
def two_depts(tmp_path: Path, templates: Templates) -> Path:
    db = tmp_path / "two.db"
    templates.built(db, two_departments)
    return db


def test_export_dept_takes_a_unique_part_like_every_report(two_depts: Path) -> None:
    out = two_depts.parent / "rights.jsonl"
    code, _stdout, _stderr = _export("en", two_depts, str(out), "--dept", "权益")
    assert code == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["filters"]["dept"] == "权益保障部"
    assert [r["row"]["name"] for r in rows[1:] if r["table"] == "officers"] == ["王伟"]


@pytest.mark.parametrize(("lang", "args", "message"), [
    ("en", ["--dept", "不存在的部门"],
     "Error: No department matches '不存在的部门'; departments: 权益保障部、组织部\n"),
    ("zh", ["--dept", "不存在的部门"],
     "错误：找不到部室「不存在的部门」；现有部室：权益保障部、组织部\n"),
    ("en", ["--dept", "部"], "Error: '部' matches several departments: 权益保障部、组织部\n"),
    ("en", ["--officer", "张三"], "Error: No officer matches '张三'\n"),
    ("en", ["--officer", "王伟", "--dept", "组织部"], None),
])
def test_export_refuses_an_unknown_or_ambiguous_filter_and_writes_nothing(
    two_depts: Path, lang: str, args: list[str], message: str | None,
) -> None:
    out = two_depts.parent / "x.jsonl"
    code, stdout, stderr = _export(lang, two_depts, str(out), *args)
    assert code == 2 and stdout == "" and not out.exists()
    if message is not None:
        assert stderr == message


def test_several_bundles_merge_in_one_step_like_one_after_the_other(tmp_path: Path) -> None:
    """`merge A B C`: one transaction, one undo step; a line an earlier bundle of the same run
    brought (the county's enterprises, in every officer's bundle) is counted unchanged."""
    from tests.exchange_support import snapshot

    spec = {"officers": [("王伟", "权益保障部"), ("李娜", "组织部"), ("张强", "组织部")],
            "enterprises": ["江苏金海新能源", "常州恒丰电气"], "retire": False, "leave": True,
            "edit": False, "visits": [(0, 0, DAYS[0], "x"), (1, 1, DAYS[1], ""),
                                      (2, 0, DAYS[4], "")],
            "practice": [], "interviews": [("一号点", 5, DAYS[1])], "assign": [],
            "reception": None, "target": 6}
    source = tmp_path / "source.db"
    build(source, spec)
    names = officers_of(source)
    for name in names:
        run(source, "export", str(tmp_path / f"{name}.jsonl"), "--officer", name)
    files = [str(tmp_path / f"{name}.jsonl") for name in names]
    one_by_one, at_once = tmp_path / "one.db", tmp_path / "once.db"
    for file in files:
        run(one_by_one, "merge", file)
    out = run(at_once, "merge", *files)
    assert out.count("Merged the bundle") == 3
    assert "  enterprises: 0 added, 0 updated, 2 unchanged" in out  # the 2nd and 3rd bundles
    _compare(one_by_one, at_once)
    assert snapshot(one_by_one) == snapshot(at_once)
    run(at_once, "undo")
    assert json.loads(run(at_once, "officer", "list", "--format", "json")) == []


def test_logbooks_merged_together_into_an_empty_one_meet_on_their_shared_rows(
    tmp_path: Path,
) -> None:
    """An empty logbook takes the first logbook's rows without looking each one up; the
    second, in the same step, still meets them by name (the roster both imported)."""
    from tests.exchange_support import snapshot

    books = []
    for name, (officer, day) in {"a": ("王伟", DAYS[0]), "b": ("李娜", DAYS[1])}.items():
        db = tmp_path / f"{name}.db"
        for who, dept in (("王伟", "权益保障部"), ("李娜", "组织部")):
            run(db, "officer", "add", who, "--dept", dept, "--since", "2026-01-01")
        run(db, "enterprise", "add", "江苏金海新能源", "--town", "金湖镇")
        run(db, "log", "金海", "--officer", officer, "--date", day)
        books.append(str(db))
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    out = run(together, "merge", *books)
    assert out.count("officers: 2 added") == 1 and "officers: 0 added" in out  # b's: met
    for book in books:
        run(apart, "merge", book)
    assert snapshot(together) == snapshot(apart)
    _compare(apart, together)
