"""The coverage report: every enterprise, its last visit, visits and visiting officers."""

from __future__ import annotations

from typing import Any

from visitlog.domain.year_report import Coverage
from visitlog.i18n import t
from visitlog.render.sheet import Column, Sheet


def coverage_data(c: Coverage) -> dict[str, Any]:
    return {
        "as_of": c.as_of.isoformat(), "since": c.since.isoformat() if c.since else None,
        "never": c.never,
        "enterprises": [
            {"enterprise": r.enterprise, "town": r.town,
             "last_visit": r.last_visit.isoformat() if r.last_visit else None,
             "visits": r.visits, "officers": r.officers}
            for r in c.enterprises
        ],
        "summary": {"enterprises": c.total, "visited": c.visited,
                    "never_visited": c.total - c.visited, "listed": len(c.enterprises)},
    }


def coverage_sheet(c: Coverage) -> Sheet:
    columns = [Column("enterprise", "col.enterprise"), Column("town", "col.town"),
               Column("last_visit", "coverage.col.last_visit"),
               Column("visits", "col.visits", "right"), Column("officers", "coverage.col.officers")]
    rows = [[r.enterprise, r.town, r.last_visit.isoformat() if r.last_visit else None,
             r.visits, r.officers] for r in c.enterprises]
    if c.never:
        title = t("coverage.title_never", count=len(rows))
    elif c.since:
        title = t("coverage.title_since", since=c.since.isoformat(), count=len(rows))
    else:
        title = t("coverage.title", count=len(rows))
    footer = t("coverage.summary", total=c.total, visited=c.visited, never=c.total - c.visited)
    return Sheet(title, columns, rows, footer=[footer])


def coverage_text(c: Coverage) -> str:
    from visitlog.render.terminal import render_sheet

    sheet = coverage_sheet(c)
    never = t("coverage.never")
    rows = [[*row[:2], row[2] or never, *row[3:]] for row in sheet.rows]
    styles: list[str | None] = ["red" if not r.visits else None for r in c.enterprises]
    return render_sheet(Sheet(sheet.title, sheet.columns, rows, sheet.footer, styles))
