"""met_weeks: the stored bit sets of met weeks, and the bit rules that read them.

The table is kept by triggers on visits; whatever writes visits (log, edit, delete, import,
undo, a bulk import that rebuilds it) must leave it equal to a recount from the visits. The
bit rules must agree with rules.py's week-by-week ones.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from visitlog.domain import rules, weekbits
from visitlog.domain.dates import week_key
from visitlog.domain.models import Enterprise, NewVisit
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store
from visitlog.store import visits as visit_store
from visitlog.store.connection import open_logbook


def recount(conn) -> dict[tuple[int, int], int]:  # noqa: ANN001
    bits: dict[tuple[int, int], int] = {}
    for officer_id, week in conn.execute("SELECT DISTINCT officer_id, week FROM visits"):
        key = (int(week[:4]), officer_id)
        bits[key] = bits.get(key, 0) | 1 << (int(week[6:8]) - 1)
    return bits


def stored(conn) -> dict[tuple[int, int], int]:  # noqa: ANN001
    # no empty rows left behind either (undo must restore the logbook exactly)
    return {(y, o): w for y, o, w in conn.execute("SELECT year, officer_id, weeks FROM met_weeks")}


def month_recount(conn) -> list[tuple]:  # noqa: ANN001
    return conn.execute(
        "SELECT officer_id, substr(date, 1, 7), count(*), sum(roles & 1), sum((roles >> 4) & 1), "
        "sum(members_joined), sum(models_built) FROM visits GROUP BY 1, 2 ORDER BY 1, 2").fetchall()


def month_stored(conn) -> list[tuple]:  # noqa: ANN001
    return conn.execute(
        "SELECT officer_id, month, visits, role_publicist, role_helper, members_joined, "
        "models_built FROM visit_months ORDER BY 1, 2").fetchall()


def last_visits(conn) -> tuple[list, list]:  # noqa: ANN001
    """(stored, recounted) latest visit of each enterprise."""
    return (conn.execute("SELECT enterprise_id, last FROM enterprise_last_visits ORDER BY 1")
            .fetchall(),
            conn.execute("SELECT enterprise_id, max(date) FROM visits GROUP BY 1 ORDER BY 1")
            .fetchall())


def test_triggers_follow_every_write(tmp_path: Path) -> None:
    rng = random.Random(7)
    logbook = open_logbook(tmp_path / "l.db")
    with logbook.write_unjournaled() as conn:
        officers = [officer_store.insert_officer(conn, f"干部{i}", "部", date(2020, 1, 1),
                                                 (f"g{i}", f"g{i}")) for i in range(4)]
        places = [enterprise_store.insert_enterprise(conn, Enterprise(0, f"E{i}"), ("e", "e"))
                  for i in range(3)]
        for _ in range(400):
            day = date(2024, 12, 20) + timedelta(days=rng.randrange(0, 40))
            officer, place = rng.choice(officers), rng.choice(places)
            action = rng.random()
            if action < 0.6 and not visit_store.visit_exists(conn, officer, day, place):
                roles = tuple(rng.sample(("publicist", "helper", "organizer"), rng.randrange(3)))
                visit_store.insert_visit(conn, NewVisit(
                    day, officer, place, roles, "", {"members_joined": rng.randrange(4)}))
            ids = [r[0] for r in conn.execute("SELECT id FROM visits")]
            if ids and 0.6 <= action < 0.8:
                visit_store.delete_visit(conn, rng.choice(ids))
            elif ids and action >= 0.8:
                visit_id = rng.choice(ids)
                conn.execute("UPDATE OR IGNORE visits SET date = ?, week = ?, officer_id = ?, "
                             "enterprise_id = ?, roles = ?, models_built = ? WHERE id = ?",
                             (day.isoformat(), week_key(day), officer, rng.choice(places),
                              rng.randrange(32), rng.randrange(3), visit_id))
            assert stored(conn) == recount(conn)
            assert month_stored(conn) == month_recount(conn)
            stored_last, recounted_last = last_visits(conn)
            assert stored_last == recounted_last
    logbook.close()


def test_import_and_undo_keep_it(cli, tmp_path: Path) -> None:  # noqa: ANN001
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2024-01-01")
    cli.ok("enterprise", "add", "金海")
    rows = ["date,officer,enterprise"] + [
        f"{(date(2024, 1, 1) + timedelta(days=d)).isoformat()},王伟,金海" for d in range(0, 600, 4)]
    path = tmp_path / "visits.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cli.ok("visit", "import", str(path))
    conn = sqlite3.connect(cli.db)
    assert stored(conn) == recount(conn) and recount(conn)
    assert month_stored(conn) == month_recount(conn)
    conn.close()
    cli.ok("undo")
    conn = sqlite3.connect(cli.db)
    assert stored(conn) == recount(conn) == {}
    assert month_stored(conn) == month_recount(conn) == []
    conn.close()


def test_bulk_import_rebuilds_it(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(visit_store, "REBUILD_MIN_ROWS", 10)
    logbook = open_logbook(tmp_path / "l.db")
    with logbook.write_unjournaled() as conn:
        officer = officer_store.insert_officer(conn, "王伟", "部", date(2020, 1, 1), ("w", "w"))
        place = enterprise_store.insert_enterprise(conn, Enterprise(0, "E"), ("e", "e"))
        uid = visit_store.ordered_uids(conn)
        rows = [(d.isoformat(), week_key(d), officer, place, 0, "", 0, 0, 0, 0, 0, 0, uid())
                for d in (date(2025, 1, 1) + timedelta(days=i) for i in range(0, 300, 3))]
        with visit_store.bulk_loading(conn, len(rows)):
            visit_store.insert_visit_rows(conn, rows)
        assert stored(conn) == recount(conn) and recount(conn)
        assert month_stored(conn) == month_recount(conn)
        assert last_visits(conn)[0] == last_visits(conn)[1]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'met_weeks_insert'"
                            ).fetchone()[0] == 1
    logbook.close()


weeks = st.integers(min_value=1, max_value=53)
bitsets = st.integers(min_value=0, max_value=(1 << 53) - 1)


@given(due=bitsets, met=bitsets, upto=weeks, in_progress=st.booleans())
def test_bit_rules_match_week_by_week_rules(due: int, met: int, upto: int,
                                            in_progress: bool) -> None:
    year = 2026
    names = [f"{year}-W{n:02d}" for n in range(upto, 0, -1)]  # newest first
    current = names[0] if in_progress else "2099-W01"
    facts = [rules.WeekFact(w, bool(due >> (int(w[6:]) - 1) & 1),
                            bool(met >> (int(w[6:]) - 1) & 1)) for w in names]
    pending = weekbits.week_bit(current) & ~met if in_progress else 0
    assert weekbits.year_to_date(due, met, upto, pending) == rules.year_to_date(facts, current)
    streak, whole = weekbits.streak_in_year(due, met, upto, pending)
    assert streak == rules.streak(facts, current)
    counted = sum(rules.counts_as_due(f.week, f.due, f.met, current) for f in facts)
    assert whole == (streak == counted)
    # the week report's one-pass form of the two
    assert weekbits.week_in_year(due, met, weekbits.first_weeks(upto), pending) == (
        *rules.year_to_date(facts, current), streak, whole)


def test_month_plan_reads_cut_months_from_the_visits(tmp_path: Path) -> None:
    from visitlog.store.annual import month_plan, roles_by_officer, visit_totals

    logbook = open_logbook(tmp_path / "l.db")
    with logbook.write_unjournaled() as conn:
        officer = officer_store.insert_officer(conn, "王伟", "部", date(2020, 1, 1), ("w", "w"))
        place = enterprise_store.insert_enterprise(conn, Enterprise(0, "E"), ("e", "e"))
        for day in (date(2026, 1, 31), date(2026, 2, 10), date(2026, 3, 5), date(2026, 3, 20)):
            visit_store.insert_visit(conn, NewVisit(day, officer, place, ("helper",), "",
                                                    {"members_joined": day.day}))
        assert month_plan(conn, date(2026, 1, 1), date(2026, 11, 22)) == (("2026-01", "2026-11"),
                                                                          [])
        # 10 March cuts March, which has a visit after it; 15 January has none before it
        assert month_plan(conn, date(2026, 1, 15), date(2026, 3, 10)) == (
            ("2026-01", "2026-02"), [("2026-03-01", "2026-03-10")])
        assert month_plan(conn, date(2026, 2, 11), date(2026, 3, 10)) == (
            None, [("2026-02-11", "2026-02-31"), ("2026-03-01", "2026-03-10")])
        assert month_plan(conn, date(2026, 3, 6), date(2026, 3, 19)) == (
            None, [("2026-03-06", "2026-03-19")])
        for first, last in ((date(2026, 1, 1), date(2026, 12, 31)),
                            (date(2026, 2, 1), date(2026, 3, 10)),
                            (date(2026, 3, 6), date(2026, 3, 31)),
                            (date(2025, 12, 1), date(2026, 1, 30))):
            want = [d for d in (31, 10, 5, 20) if first <= _day(d) <= last]
            assert visit_totals(conn, first, last)[0] == len(want)
            assert visit_totals(conn, first, last)[1] == (1 if want else 0)
            assert visit_totals(conn, first, last)[2]["members_joined"] == sum(want)
            assert roles_by_officer(conn, first, last).get(officer, {}).get("helper", 0) == len(
                want)
    logbook.close()


def _day(n: int) -> date:
    return {31: date(2026, 1, 31), 10: date(2026, 2, 10), 5: date(2026, 3, 5),
            20: date(2026, 3, 20)}[n]
