"""`visitlog next` in every format: JSON an array of {enterprise, town, last_visit, reasons}."""

from __future__ import annotations

from typing import Any

from visitlog.domain.next_plan import NextPlan
from visitlog.i18n import t
from visitlog.render.sheet import Column, Sheet


def next_data(plan: NextPlan) -> list[dict[str, Any]]:
    return [{"enterprise": s.enterprise, "town": s.town, "last_visit": s.last_visit,
             "reasons": list(s.reasons)} for s in plan.stops]


def reason_word(reason: str) -> str:
    return t(f"next.reason.{reason}")


def next_sheet(plan: NextPlan) -> Sheet:
    columns = [Column("rank", "next.col.rank", "right"), Column("enterprise", "col.enterprise"),
               Column("town", "next.col.town"), Column("last_visit", "next.col.last_visit"),
               Column("reasons", "next.col.reasons", words=reason_word)]
    rows = [[n, s.enterprise, s.town, s.last_visit or t("next.never"), list(s.reasons)]
            for n, s in enumerate(plan.stops, start=1)]
    footer = [] if rows else [t("next.nothing")]
    return Sheet(t("next.title", officer=plan.officer, date=plan.today.isoformat()), columns,
                 rows, footer=footer)
