"""Sheets for `report demands` and `report reception`, and the reception listings."""

from __future__ import annotations

from datetime import date

from visitlog.domain.demand_models import Reception
from visitlog.i18n import t
from visitlog.render.labels import demand_word, names_of
from visitlog.render.sheet import Column, Sheet

_FIGURES = ("raised", "resolved", "resolved_on_time", "overdue", "escalated", "rated")
_RATINGS = ("very_satisfied", "satisfied", "basic", "unsatisfied")


def _rate(value: float | None) -> str | None:
    return None if value is None else f"{value:.1%}"


def _group_sheet(title: str, key: str, label_key: str, groups: list[dict],
                 words=None) -> Sheet:  # noqa: ANN001 - a Column.words function or None
    columns = [Column(key, label_key, words=words)]
    columns += [Column(f, f"demand.fig.{f}", "right") for f in _FIGURES]
    columns.append(Column("satisfaction_rate", "demand.fig.satisfaction_rate", "right"))
    columns += [Column(r, f"demand.rating.{r}", "right") for r in _RATINGS]
    rows = [[g[key], *(g[f] for f in _FIGURES), _rate(g["satisfaction_rate"]),
             *(g["ratings"][r] for r in _RATINGS)] for g in groups]
    return Sheet(title, columns, rows)


def demand_report_sheets(report: dict) -> list[Sheet]:
    total = {**report, "scope": t("demand.all")}
    title = t("demand.report_title", year=report["year"], as_of=report["as_of"])
    names = names_of({g["category"]: g["name"] for g in report["by_category"]})
    sheets = [
        _group_sheet(title, "scope", "demand.col.scope", [total]),
        _group_sheet(t("demand.by_category"), "category", "demand.col.category",
                     report["by_category"], names),
        _group_sheet(t("demand.by_dept"), "dept", "col.dept", report["by_dept"]),
    ]
    columns = [Column("id", "col.id", "right"), Column("enterprise", "col.enterprise"),
               Column("category", "demand.col.category", words=names),
               Column("officer", "col.officer"),
               Column("raised", "demand.col.raised"), Column("due", "demand.col.due"),
               Column("days_overdue", "demand.col.days_overdue", "right"),
               Column("status", "col.status", words=demand_word),
               Column("assigned_to", "demand.col.assigned_to")]
    rows = [[d[c.key] for c in columns] for d in report["overdue_demands"]]
    sheets.append(Sheet(t("demand.overdue_title", count=len(rows)), columns, rows))
    return sheets


def receptions_sheet(receptions: list[Reception]) -> Sheet:
    columns = [Column("id", "col.id", "right"), Column("ref", "ref.column"),
               Column("date", "col.date"),
               Column("host", "reception.col.host"),
               Column("enterprises", "reception.col.enterprises"),
               Column("participants", "reception.col.participants", "right"),
               Column("demands", "reception.col.demands", "right"), Column("note", "col.note")]
    rows = [[r.id, r.ref, r.date.isoformat(), r.host, list(r.enterprises), r.participants,
             r.demands, r.note] for r in receptions]
    return Sheet(t("reception.title", count=len(rows)), columns, rows)


def roster_sheet(duties: list[tuple[date, str]]) -> Sheet:
    from visitlog.domain.dates import week_key

    columns = [Column("date", "col.date"), Column("week", "reception.col.week"),
               Column("leader", "reception.col.leader")]
    rows = [[day.isoformat(), week_key(day), leader] for day, leader in duties]
    return Sheet(t("reception.roster_title", count=len(rows)), columns, rows)


def leaders_sheet(names: list[str]) -> Sheet:
    columns = [Column("turn", "reception.col.turn", "right"),
               Column("leader", "reception.col.leader")]
    rows = [[turn, name] for turn, name in enumerate(names, start=1)]
    return Sheet(t("reception.leaders_title", count=len(rows)), columns, rows)


def coverage_data(coverage) -> dict:  # noqa: ANN001 - service.receptions.Coverage
    return {
        "year": coverage.year, "min_employees": coverage.min_employees,
        "receptions": coverage.receptions,
        "enterprises": len(coverage.attended) + len(coverage.not_attended),
        "attended": [{"enterprise": n, "town": town, "employees": staff, "times": times,
                      "last": last} for n, town, staff, times, last in coverage.attended],
        "not_attended": [{"enterprise": n, "town": town, "employees": staff}
                         for n, town, staff in coverage.not_attended],
    }


def coverage_sheets(data: dict) -> list[Sheet]:
    base = [Column("enterprise", "col.enterprise"), Column("town", "col.town"),
            Column("employees", "col.employees", "right")]
    attended = base + [Column("times", "reception.col.times", "right"),
                       Column("last", "reception.col.last")]
    missing = Sheet(t("reception.not_attended_title", count=len(data["not_attended"]),
                      year=data["year"], min=data["min_employees"]),
                    base, [[r[c.key] for c in base] for r in data["not_attended"]])
    seen = Sheet(t("reception.attended_title", count=len(data["attended"]),
                   year=data["year"], receptions=data["receptions"]),
                 attended, [[r[c.key] for c in attended] for r in data["attended"]])
    return [missing, seen]
