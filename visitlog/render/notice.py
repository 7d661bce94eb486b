"""The weekly 通报 on one page: the terminal, markdown, html (A4, to print), csv/xlsx, JSON."""

from __future__ import annotations

from typing import Any

from visitlog.domain.notice import Notice
from visitlog.i18n import t
from visitlog.render.labels import label
from visitlog.render.sheet import Column, Sheet


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def notice_data(n: Notice) -> dict[str, Any]:
    s = n.week.summary
    return {
        "week": n.week.week, "start": n.week.start.isoformat(), "end": n.week.end.isoformat(),
        "as_of": n.week.as_of.isoformat(), "holiday_week": n.week.holiday_week,
        "summary": {"officers": s.officers, "due": s.due, "met": s.met, "rate": s.rate},
        "departments": [{"dept": d.dept, "due": d.due, "met": d.met, "rate": d.rate}
                        for d in n.depts],
        "met": [{"officer": o, "dept": d} for o, d in n.met],
        "missed": [{"officer": o, "dept": d} for o, d in n.missed],
        "streaks": [{"officer": o, "dept": d, "streak": k} for o, d, k in n.streaks],
        "visits": n.visits, "enterprises_visited": n.enterprises, "outcomes": dict(n.outcomes),
        "demands": {"raised": n.demands_raised, "overdue": n.demands_overdue},
    }


def notice_sheets(n: Notice) -> list[Sheet]:
    w, s = n.week, n.week.summary
    title = t("notice.title", week=w.week, start=w.start.isoformat(), end=w.end.isoformat(),
              as_of=w.as_of.isoformat())
    head = Sheet(title, [Column("figure", "notice.col.figure"),
                         Column("value", "notice.col.value", "right")], [
        [t("notice.rate"), _rate(s.rate)], [t("notice.due"), s.due], [t("notice.met"), s.met],
        [t("notice.visits"), n.visits], [t("notice.enterprises"), n.enterprises],
        [t("notice.demands_raised"), n.demands_raised],
        [t("notice.demands_overdue"), n.demands_overdue]],
        footer=[t("week.holiday", days=w.official_workdays)] if w.holiday_week else [])
    depts = Sheet(t("notice.depts"), [
        Column("dept", "col.dept"), Column("due", "notice.due", "right"),
        Column("met", "notice.met", "right"), Column("rate", "notice.rate", "right")],
        [[d.dept, d.due, d.met, _rate(d.rate)] for d in n.depts])
    people = Sheet(t("notice.people"), [
        Column("status", "col.status"), Column("officers", "notice.col.officers")], [
        [t("status.met"), "、".join(o for o, _ in n.met) or "-"],
        [t("status.missed"), "、".join(o for o, _ in n.missed) or "-"]])
    streaks = Sheet(t("notice.streaks"), [
        Column("officer", "col.officer"), Column("dept", "col.dept"),
        Column("streak", "col.streak", "right")], [list(row) for row in n.streaks])
    outcomes = Sheet(t("notice.outcomes"), [
        Column("outcome", "notice.col.outcome", words=label),
        Column("count", "notice.col.value", "right")],
        [[key, count] for key, count in n.outcomes.items() if count])
    return [head, depts, people, streaks, outcomes]


A4 = ("<style>@page { size: A4; margin: 14mm; } body { font-size: 10pt; } "
      "table { page-break-inside: avoid; }</style>")


def notice_page(n: Notice) -> str:
    """The sheets as one html page laid out for A4 paper."""
    from visitlog.render.html import to_html

    page = to_html(notice_sheets(n))
    return page.replace("</head>", A4 + "</head>", 1) if "</head>" in page else A4 + page
