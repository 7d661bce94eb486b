"""The programme tables travel (migration 0006): practice days, campaigns, points, interviews,
assignments and reception links go through export and merge; targets and assignments set in
both logbooks meet instead of clashing; interview logs add up."""

from __future__ import annotations

import json
from pathlib import Path

from tests.exchange_support import run, snapshot


def _officer_book(db: Path, count: int) -> Path:
    run(db, "officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    run(db, "enterprise", "add", "江苏金海新能源", "--town", "金城镇")
    run(db, "target", "set", "outreach=5")
    run(db, "assign", "王伟", "--enterprise", "金海", "--town", "金城镇")
    run(db, "campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
        "--target", "100")
    run(db, "campaign", "point", "add", "大访谈", "一号点", "--town", "金城镇")
    run(db, "interview", "log", "大访谈", "--point", "一号点", "--count", str(count),
        "--date", "2026-11-18", "--officer", "王伟")
    run(db, "practice", "log", "chair", "--officer", "王伟", "--date", "2026-11-20")
    run(db, "reception", "log", "--date", "2026-11-15", "--host", "张主席", "-e", "金海")
    return db


def _campaign(db: Path) -> dict:
    return json.loads(run(db, "report", "campaign", "大访谈", "--format", "json"))


def test_the_same_targets_and_assignments_meet_and_interviews_add_up(tmp_path: Path) -> None:
    a = _officer_book(tmp_path / "a.db", 5)
    b = _officer_book(tmp_path / "b.db", 5)  # the same figure: still an entry of its own
    out = run(a, "merge", str(b))
    assert "targets: 0 added" in out and "assignments: 0 added" in out
    assert "interviews: 1 added" in out and "practice days: 0 added" in out
    assert "reception enterprises: 0 added" in out
    assert _campaign(a)["interviewed"] == 10
    assert len(json.loads(run(a, "assign", "list", "--format", "json"))) == 2
    assert json.loads(run(a, "target", "show", "--format", "json")) == json.loads(
        run(b, "target", "show", "--format", "json"))
    before = snapshot(a)
    assert " 0 added, 0 updated" in run(a, "merge", str(b))
    assert snapshot(a) == before


def test_a_bundle_carries_the_programme_tables(tmp_path: Path) -> None:
    a = _officer_book(tmp_path / "a.db", 7)
    bundle = tmp_path / "a.jsonl"
    run(a, "export", str(bundle))
    lines = [json.loads(x) for x in bundle.read_text(encoding="utf-8").splitlines()[1:]]
    tables = {line["table"] for line in lines}
    assert {"practice_days", "campaigns", "campaign_points", "interviews", "assignments",
            "reception_enterprises", "targets"} <= tables
    [interview] = [x["row"] for x in lines if x["table"] == "interviews"]
    assert len(interview["campaign_uid"]) == len(interview["point_uid"]) == 32

    c = tmp_path / "c.db"
    run(c, "merge", str(bundle))
    assert _campaign(c) == _campaign(a)
    for args in (("report", "practice", "--month", "2026-11"), ("assign", "list"),
                 ("reception", "list")):
        assert run(c, *args, "--format", "json") == run(a, *args, "--format", "json")
    assert snapshot(c) == snapshot(a)
