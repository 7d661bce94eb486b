"""Merge properties on small random logbooks built through the CLI: idempotent, commutative,
nothing lost; and undo takes a merge back in one step."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import scaled
from tests.exchange_support import copy_db, run, snapshot

OFFICERS = ["王伟", "李娜", "张强"]
ENTERPRISES = ["江苏金海新能源", "常州恒丰电气", "华阳汽车零部件"]
DAYS = ["2026-11-02", "2026-11-03", "2026-11-09", "2026-11-10", "2026-11-16", "2026-11-17"]
DEPTS = ["权益保障部", "组织部"]
NOTES = ["", "了解职工诉求", "=SUM(A1)", "带\"引号\"的备注"]
KINDS = ["chair", "office", "worker"]
POINTS = ["一号点", "二号点"]
CAMPAIGN = "大访谈"

logbooks = st.fixed_dictionaries({
    "officers": st.lists(st.tuples(st.sampled_from(OFFICERS), st.sampled_from(DEPTS)),
                         min_size=1, max_size=3, unique_by=lambda o: o[0]),
    "enterprises": st.lists(st.sampled_from(ENTERPRISES), min_size=1, max_size=3, unique=True),
    "visits": st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.sampled_from(DAYS),
                                 st.sampled_from(NOTES)), max_size=6),
    "retire": st.booleans(),
    "leave": st.booleans(),
    "edit": st.booleans(),
    # programmes (migration 0006): practice days, a campaign's interviews, assignments, a
    # reception, targets
    "practice": st.lists(st.tuples(st.integers(0, 2), st.sampled_from(DAYS),
                                   st.sampled_from(KINDS)), max_size=3),
    "interviews": st.lists(st.tuples(st.sampled_from(POINTS), st.integers(1, 30),
                                     st.sampled_from(DAYS)), max_size=3),
    "assign": st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3)), max_size=3),
    "reception": st.sampled_from([None, *NOTES]),
    "target": st.sampled_from([None, 4, 6]),
})
SETTINGS = settings(max_examples=scaled(20), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def build(db: Path, spec: dict) -> None:
    officers = [name for name, _dept in spec["officers"]]
    for name, dept in spec["officers"]:
        run(db, "officer", "add", name, "--dept", dept, "--since", "2026-01-01")
    for name in spec["enterprises"]:
        run(db, "enterprise", "add", name, "--town", "金湖镇")
    seen = set()
    for o, e, day, note in spec["visits"]:
        firms = spec["enterprises"]
        officer, enterprise = officers[o % len(officers)], firms[e % len(firms)]
        if (officer, enterprise, day) in seen:
            continue
        seen.add((officer, enterprise, day))
        run(db, "log", enterprise, "--officer", officer, "--date", day, "--note", note,
            "--role", "investigator", "--outcome", "members_joined=3")
    if spec["leave"]:
        run(db, "leave", "add", officers[0], "--from", "2026-11-09", "--to", "2026-11-10")
    if spec["edit"] and seen:
        run(db, "visit", "edit", "1", "--note", "改过的备注")
    if spec["retire"]:
        run(db, "officer", "retire", officers[-1], "--on", "2026-11-12")
    build_programmes(db, spec, officers)


def build_programmes(db: Path, spec: dict, officers: list[str]) -> None:
    firms = spec["enterprises"]
    for o, day, kind in dict.fromkeys((o % len(officers), d, k) for o, d, k in spec["practice"]):
        run(db, "practice", "log", kind, "--officer", officers[o], "--date", day,
            "--enterprise", firms[0])
    run(db, "campaign", "create", CAMPAIGN, "--from", "2026-11-01", "--to", "2026-11-30",
        "--target", "100")
    for point in POINTS:
        run(db, "campaign", "point", "add", CAMPAIGN, point, "--town", "金湖镇")
    for point, count, day in spec["interviews"]:
        run(db, "interview", "log", CAMPAIGN, "--point", point, "--count", str(count),
            "--date", day, "--officer", officers[0])
    for o, e in spec["assign"]:
        where = ["--town", "金湖镇"] if e == 3 else ["--enterprise", firms[e % len(firms)]]
        run(db, "assign", officers[o % len(officers)], *where)
    if spec["reception"] is not None:
        run(db, "reception", "log", "--date", "2026-11-15", "--host", "张主席", "-e", firms[0],
            "--note", spec["reception"])
    if spec["target"] is not None:
        run(db, "target", "set", f"outreach={spec['target']}")


def visit_keys(db: Path) -> set[tuple[str, str, str]]:
    visits = json.loads(run(db, "visit", "list", "--format", "json"))
    return {(v["date"], v["officer"], v["enterprise"]) for v in visits}


def reports(db: Path) -> list[str]:
    return [*(run(db, "report", "week", "--week", w, "--format", "json")
              for w in ("2026-W45", "2026-W46", "2026-W47")),
            run(db, "report", "year", "--format", "json"),
            run(db, "report", "practice", "--month", "2026-11", "--format", "json"),
            run(db, "report", "campaign", CAMPAIGN, "--format", "json"),
            run(db, "assign", "list", "--format", "json"),
            receptions(db)]


def receptions(db: Path) -> list[dict]:
    """The reception listing; its enterprises are in the order they were typed, which for a
    reception known to both logbooks depends on which one was merged into which."""
    rows = json.loads(run(db, "reception", "list", "--format", "json"))
    return [{**r, "enterprises": sorted(r["enterprises"])} for r in rows]


def interviewed(db: Path) -> int:
    return json.loads(run(db, "report", "campaign", CAMPAIGN, "--format", "json"))["interviewed"]


@SETTINGS
@given(a=logbooks, b=logbooks)
def test_merge_is_idempotent_commutative_and_loses_nothing(a: dict, b: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        d = Path(folder)
        build(d / "a.db", a)
        build(d / "b.db", b)
        ab = copy_db(d / "a.db", d / "ab.db")
        ba = copy_db(d / "b.db", d / "ba.db")
        run(ab, "merge", str(d / "b.db"))
        run(ba, "merge", str(d / "a.db"))

        assert snapshot(ab) == snapshot(ba)  # the same rows, the same uids, the same stamps
        assert reports(ab) == reports(ba)

        once = snapshot(ab)
        again = run(ab, "merge", str(d / "b.db"))
        assert "0 added, 0 updated" in again and "updated, 0 unchanged" not in again
        run(d / "b.db", "export", str(d / "b.jsonl"))
        run(ab, "merge", str(d / "b.jsonl"))
        run(ab, "merge", str(d / "a.db"))
        assert snapshot(ab) == once

        assert visit_keys(ab) == visit_keys(d / "a.db") | visit_keys(d / "b.db")
        names = {o["name"] for o in json.loads(run(ab, "officer", "list", "--format", "json"))}
        assert names == {n for n, _ in a["officers"]} | {n for n, _ in b["officers"]}
        firms = {e["name"] for e in json.loads(run(ab, "enterprise", "list", "--format", "json"))}
        assert firms == set(a["enterprises"]) | set(b["enterprises"])
        # interview logs are additive: each is an entry of its own, none is lost or doubled
        assert interviewed(ab) == interviewed(d / "a.db") + interviewed(d / "b.db")
        tables = {table for table, _row in once}
        assert {"campaigns", "campaign_points"} <= tables


@SETTINGS
@given(a=logbooks)
def test_merging_a_logbook_into_a_copy_of_itself_changes_nothing(a: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        d = Path(folder)
        build(d / "a.db", a)
        before = snapshot(d / "a.db")
        copy = copy_db(d / "a.db", d / "copy.db")
        out = run(d / "a.db", "merge", str(copy))
        assert " 0 added, 0 updated" in out
        assert snapshot(d / "a.db") == before


def test_undo_takes_a_whole_merge_back(tmp_path: Path) -> None:
    spec = {"officers": [("王伟", "权益保障部"), ("李娜", "组织部")],
            "enterprises": ENTERPRISES, "retire": True, "leave": True, "edit": True,
            "visits": [(0, 0, DAYS[0], "x"), (1, 1, DAYS[1], "y"), (0, 2, DAYS[2], "")],
            "practice": [(0, DAYS[0], "chair")], "interviews": [("一号点", 5, DAYS[1])],
            "assign": [(0, 0), (1, 3)], "reception": "x", "target": 6}
    build(tmp_path / "a.db", spec)
    run(tmp_path / "b.db", "officer", "add", "王伟", "--dept", "组织部", "--since", "2025-01-01")
    before = snapshot(tmp_path / "b.db")
    run(tmp_path / "b.db", "merge", str(tmp_path / "a.db"))
    assert visit_keys(tmp_path / "b.db") == visit_keys(tmp_path / "a.db")
    out = run(tmp_path / "b.db", "undo")
    assert "merging a.db" in out
    assert snapshot(tmp_path / "b.db") == before


def test_latest_edit_wins_and_is_reported(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(a, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(a, "enterprise", "add", "江苏金海新能源")
    run(a, "log", "金海", "--officer", "王伟", "--date", "2026-11-16", "--note", "first")
    copy_db(a, b)
    run(b, "visit", "edit", "1", "--note", "edited in b")
    run(a, "officer", "retire", "王伟", "--on", "2026-11-20")
    out = run(a, "merge", str(b))
    assert "took the incoming edit of" in out
    visits = json.loads(run(a, "visit", "list", "--format", "json"))
    assert visits[0]["note"] == "edited in b"
    out = run(b, "merge", str(a))
    officers = json.loads(run(b, "officer", "list", "--format", "json"))
    assert officers[0]["retired_on"] == "2026-11-20"
    assert snapshot(a) == snapshot(b)


@settings(max_examples=scaled(8), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=logbooks, b=logbooks, c=logbooks)
def test_three_logbooks_merge_to_the_same_result_in_any_order(a: dict, b: dict, c: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        d = Path(folder)
        books = {"a": d / "a.db", "b": d / "b.db", "c": d / "c.db"}
        for name, spec in zip("abc", (a, b, c), strict=True):
            build(books[name], spec)
        results = []
        for order in ("abc", "cab", "bca"):
            target = copy_db(books[order[0]], d / f"{order}.db")
            # the other two merged into one first, then that one into the first
            middle = copy_db(books[order[1]], d / f"{order}-mid.db")
            run(middle, "merge", str(books[order[2]]))
            run(target, "merge", str(middle))
            results.append((snapshot(target), reports(target)))
        assert results[0] == results[1] == results[2]


def _set_uid(db: Path, table: str, name: str, uid: str) -> None:
    """Give a row a chosen uid, as merge does, without stamping it as an edit."""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute(f'UPDATE "{table}" SET updated_at = NULL WHERE name = ?', (name,))
    conn.execute(f'UPDATE "{table}" SET uid = ?, updated_at = \'\' WHERE name = ?', (uid, name))
    conn.commit()
    conn.close()


def test_a_tie_between_two_versions_falls_the_same_way_in_any_merge_order(
    tmp_path: Path,
) -> None:
    """The same practice day, created at two enterprises in b and c (a tie: neither edited).
    The enterprises' uids converge differently depending on which logbook comes first (a's
    are the smallest of one and not the other), so a tie broken on uids would depend on the
    order; broken on the enterprises' names it does not."""
    uids = {"a": ("9" * 32, "1" * 32), "b": ("5" * 32, "7" * 32), "c": ("6" * 32, "8" * 32)}
    books = {}
    for name, (x, y) in uids.items():
        db = books[name] = tmp_path / f"{name}.db"
        run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
        for firm, uid in zip(ENTERPRISES[:2], (x, y), strict=True):
            run(db, "enterprise", "add", firm)
            _set_uid(db, "enterprises", firm, uid)
    run(books["b"], "practice", "log", "chair", "--officer", "王伟", "--date", DAYS[4],
        "--enterprise", ENTERPRISES[0])
    run(books["c"], "practice", "log", "chair", "--officer", "王伟", "--date", DAYS[4],
        "--enterprise", ENTERPRISES[1])
    results = []
    for order in ("abc", "bca", "cab", "acb"):
        target = copy_db(books[order[0]], tmp_path / f"{order}.db")
        middle = copy_db(books[order[1]], tmp_path / f"{order}-mid.db")
        run(middle, "merge", str(books[order[2]]))
        run(target, "merge", str(middle))
        results.append(snapshot(target))
    assert results[0] == results[1] == results[2] == results[3]


def test_a_merge_moves_its_progress_bar_by_every_row_it_took(tmp_path: Path) -> None:
    """The bar (drawn on a terminal) is moved a thousand rows at a time and ends at the total."""
    from datetime import date

    from visitlog.service import merge
    from visitlog.service.context import Context

    run(tmp_path / "a.db", "officer", "add", "王伟", "--dept", "组织部", "--since", "2020-01-06")
    lines = ["date,officer,enterprise"] + [
        f"{date.fromordinal(date(2020, 1, 6).toordinal() + i).isoformat()},王伟,金海"
        for i in range(2_400)]
    (tmp_path / "v.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(tmp_path / "a.db", "enterprise", "add", "金海")
    run(tmp_path / "a.db", "visit", "import", str(tmp_path / "v.csv"))
    moves: list[int] = []
    totals: list[int | None] = []

    def start(total: int | None):  # noqa: ANN202
        totals.append(total)
        return moves.append

    ctx = Context(tmp_path / "b.db", date(2026, 11, 20))
    merge.merge_files(ctx, [tmp_path / "a.db"], start)
    ctx.close()
    assert len(totals) == 1 and totals[0] > 2_400  # the visits and what they refer to
    assert moves[:2] == [merge.PROGRESS_STEP] * 2 and sum(moves) == totals[0]
