"""Random sequences of demand commands against a reference model of SPEC's table."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import scaled
from visitlog.domain.demand_rules import next_status
from visitlog.domain.errors import Invalid
from visitlog.service.context import Context
from visitlog.service.demands import DemandDraft, Step, add_demand, apply_step

TODAY = date(2026, 11, 22)
ACTIONS = st.sampled_from([
    ("assign", None), ("escalate", None), ("resolve", None), ("feedback", "very_satisfied"),
    ("feedback", "satisfied"), ("feedback", "basic"), ("feedback", "unsatisfied"),
])


def _model(status: str, handed_on: bool, action: str, rating: str | None) -> str | None:
    """SPEC's table written out independently of demand_rules."""
    if action == "assign":
        return "assigned" if status in ("open", "assigned", "escalated") else None
    if action == "escalate":
        return "escalated" if status in ("open", "assigned") else None
    if action == "resolve":
        return "resolved" if status in ("open", "assigned", "escalated") else None
    if status != "resolved":
        return None
    if rating != "unsatisfied":
        return "closed"
    return "assigned" if handed_on else "open"


@settings(max_examples=scaled(25), deadline=None)
@given(st.lists(ACTIONS, max_size=10))
def test_random_sequences_follow_the_table(actions: list[tuple[str, str | None]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ctx = Context(Path(tmp) / "t.db", TODAY)
        with ctx.logbook.write("enterprise.add", name="x") as conn:
            conn.execute("INSERT INTO enterprises (name) VALUES ('恒达纺织')")
        demand = add_demand(ctx, DemandDraft("x", "恒达纺织", TODAY))
        status, handed_on, events = "open", False, 1
        for action, rating in actions:
            expected = _model(status, handed_on, action, rating)
            step = Step(action, TODAY, unit="镇工会", note="n", rating=rating)
            before = list(ctx.logbook.conn.iterdump())
            try:
                status = apply_step(ctx, demand.id, step).status
                events += 1
            except Invalid:
                assert expected is None
                assert list(ctx.logbook.conn.iterdump()) == before
                continue
            assert status == expected
            handed_on = handed_on or action in ("assign", "escalate")
        conn = sqlite3.connect(ctx.db_path)
        assert conn.execute("SELECT count(*) FROM demand_events").fetchone()[0] == events
        conn.close()
        ctx.close()


def test_next_status_refuses_unknown_from_states() -> None:
    for action in ("assign", "escalate", "resolve", "feedback"):
        try:
            next_status(action, "closed", "satisfied")
        except Invalid as exc:
            assert exc.key == "demand.illegal"
        else:
            raise AssertionError(action)
