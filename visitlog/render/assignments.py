"""挂钩 assignments: the listing and the `report assigned` views."""

from __future__ import annotations

from typing import Any

from visitlog.domain.programme_reports import AssignedReport, Assignment
from visitlog.i18n import t
from visitlog.render.labels import assign_kind_word
from visitlog.render.sheet import Column, Sheet


def assignments_sheet(assignments: list[Assignment]) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept"),
               Column("kind", "assign.col.kind", words=assign_kind_word),
               Column("assigned", "assign.col.assigned")]
    rows = [[a.officer, a.dept, a.kind, a.target] for a in assignments]
    return Sheet(t("assign.list_title", count=len(rows)), columns, rows)


def assigned_data(report: AssignedReport) -> dict[str, Any]:
    officers = [
        {"officer": o.officer, "dept": o.dept, "assigned": len(o.enterprises),
         "unvisited": o.unvisited,
         "enterprises": [{"enterprise": e.enterprise, "town": e.town, "via": e.via,
                          "last_visit": e.last_visit.isoformat() if e.last_visit else None,
                          "visited": e.visited} for e in o.enterprises]}
        for o in report.officers
    ]
    return {
        "as_of": report.as_of.isoformat(), "since": report.since.isoformat(),
        "within_days": report.within_days, "officers": officers,
        "summary": {"assigned": sum(o["assigned"] for o in officers),
                    "unvisited": sum(o["unvisited"] for o in officers)},
    }


def assigned_sheet(report: AssignedReport) -> Sheet:
    columns = [Column("officer", "col.officer"), Column("dept", "col.dept"),
               Column("enterprise", "col.enterprise"), Column("town", "col.town"),
               Column("via", "assign.col.via", words=assign_kind_word),
               Column("last_visit", "assign.col.last_visit"),
               Column("visited", "assign.col.visited")]
    rows, styles = [], []
    for o in report.officers:
        for e in o.enterprises:
            rows.append([o.officer, o.dept, e.enterprise, e.town, e.via,
                         e.last_visit.isoformat() if e.last_visit else None, e.visited])
            styles.append(None if e.visited else "red")
    total = sum(len(o.enterprises) for o in report.officers)
    unvisited = sum(o.unvisited for o in report.officers)
    footer = [t("assign.summary", assigned=total, unvisited=unvisited,
                since=report.since.isoformat())]
    return Sheet(t("assign.report_title", as_of=report.as_of.isoformat(),
                   days=report.within_days), columns, rows, footer=footer, styles=styles)
