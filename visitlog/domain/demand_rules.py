"""Demands (诉求): statuses, ratings and SPEC's transition table, as pure functions.

| command  | allowed from               | goes to                                          |
|----------|----------------------------|--------------------------------------------------|
| add      | —                          | open                                             |
| assign   | open, assigned, escalated  | assigned                                         |
| escalate | open, assigned             | escalated                                        |
| resolve  | open, assigned, escalated  | resolved                                         |
| feedback | resolved                   | closed (basic or better); unsatisfied: assigned   |
|          |                            | if ever assigned or escalated, else open         |
"""

from __future__ import annotations

from datetime import date

from visitlog.domain.errors import Invalid
from visitlog.domain.vocab import Term

STATUSES: tuple[Term, ...] = (
    Term("open", "登记", "open"),
    Term("assigned", "交办", "assigned"),
    Term("escalated", "上报", "escalated"),
    Term("resolved", "办结", "resolved"),
    Term("closed", "回访满意", "closed"),
)

# Best first: a rating "basic or better" closes a demand and counts as satisfied.
RATINGS: tuple[Term, ...] = (
    Term("very_satisfied", "非常满意", "very satisfied"),
    Term("satisfied", "满意", "satisfied"),
    Term("basic", "基本满意", "basically satisfied"),
    Term("unsatisfied", "不满意", "unsatisfied"),
)

STATUS_KEYS = tuple(term.key for term in STATUSES)
SATISFIED = frozenset({"very_satisfied", "satisfied", "basic"})
DONE = frozenset({"resolved", "closed"})

ALLOWED_FROM: dict[str, frozenset[str]] = {
    "assign": frozenset({"open", "assigned", "escalated"}),
    "escalate": frozenset({"open", "assigned"}),
    "resolve": frozenset({"open", "assigned", "escalated"}),
    "feedback": frozenset({"resolved"}),
}


def next_status(action: str, current: str, rating: str | None = None,
                ever_handed_on: bool = False) -> str:
    """The status `action` leads to from `current`, or Invalid when SPEC's table forbids it.

    `ever_handed_on`: the demand was once assigned or escalated (decides where an
    unsatisfied rating sends it back to).
    """
    if current not in ALLOWED_FROM[action]:
        allowed = ", ".join(sorted(ALLOWED_FROM[action], key=STATUS_KEYS.index))
        raise Invalid("demand.illegal", action=action, status=current, allowed=allowed)
    if action == "feedback":
        if rating in SATISFIED:
            return "closed"
        return "assigned" if ever_handed_on else "open"
    return {"assign": "assigned", "escalate": "escalated", "resolve": "resolved"}[action]


def is_overdue(due: date, status: str, today: date) -> bool:
    """SPEC: due before today and not resolved or closed."""
    return due < today and status not in DONE


def satisfaction_rate(latest_ratings: list[str | None]) -> float | None:
    """Demands whose latest rating is basic or better / demands with a rating (None at 0)."""
    rated = [r for r in latest_ratings if r]
    if not rated:
        return None
    return sum(1 for r in rated if r in SATISFIED) / len(rated)
