"""The week report in every format: SPEC's JSON shape, a sheet, and the terminal table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from visitlog.i18n import t

if TYPE_CHECKING:
    from visitlog.domain.week_report import WeekReport
    from visitlog.render.sheet import Sheet


def week_data(report: WeekReport) -> dict[str, Any]:
    return {
        "week": report.week, "start": report.start.isoformat(), "end": report.end.isoformat(),
        "as_of": report.as_of.isoformat(), "holiday_week": report.holiday_week,
        "official_workdays": report.official_workdays,
        "officers": [
            {"officer": officer, "dept": dept, "due": due, "met": met, "visits": visits,
             "enterprises": enterprises, "roles": roles, "streak": streak, "ytd_met": ytd_met,
             "ytd_due": ytd_due, "available_days": available}
            # unpacked rather than read by name: 10,000 rows for a province
            for (officer, dept, due, met, visits, enterprises, roles, streak, ytd_met, ytd_due,
                 available) in report.officers
        ],
        "summary": {"officers": report.summary.officers, "due": report.summary.due,
                    "met": report.summary.met, "rate": report.summary.rate},
        "calendar_official": report.calendar_official,
    }


def week_json(report: WeekReport) -> bytes:
    """week_data(report) as UTF-8 JSON, json.dumps(indent=2, ensure_ascii=False) byte for byte
    (tests/test_week_json.py), each officer's object written from one template: a province's
    10,000 rows take a third of what building their dicts and indenting them with orjson
    took, whose import alone (it loads dataclasses, inspect and uuid) cost as much."""
    import json

    head = json.dumps(week_data(report._replace(officers=[])), ensure_ascii=False, indent=2)
    if not report.officers:
        return (head + "\n").encode()
    quote = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) quotes with
    texts: dict[str, bytes] = {}  # departments and enterprises repeat
    lists: dict[tuple[str, ...], bytes] = {(): b"[]"}
    boolean = (b"false", b"true")
    rows = []
    append = rows.append
    for (officer, dept, due, met, visits, enterprises, roles, streak, ytd_met, ytd_due,
         available) in report.officers:
        dept_text = texts.get(dept)
        if dept_text is None:
            dept_text = texts[dept] = quote(dept).encode()
        roles_text = lists.get(roles)
        if roles_text is None:
            roles_text = lists[roles] = _array([quote(role).encode() for role in roles])
        append(_ROW % (quote(officer).encode(), dept_text, boolean[due], boolean[met], visits,
                       _array([quote(e).encode() for e in enterprises]) if enterprises
                       else b"[]", roles_text, streak, ytd_met, ytd_due, available))
    before, after = head.encode().split(b'"officers": []', 1)
    return b"".join((before, b'"officers": [\n', b",\n".join(rows), b"\n  ]", after, b"\n"))


# one officer's object, four spaces in (json.dumps(indent=2) of week_data)
_ROW = (b'    {\n      "officer": %s,\n      "dept": %s,\n      "due": %s,\n      "met": %s,\n'
        b'      "visits": %d,\n      "enterprises": %s,\n      "roles": %s,\n'
        b'      "streak": %d,\n      "ytd_met": %d,\n      "ytd_due": %d,\n'
        b'      "available_days": %d\n    }')


def _array(quoted: list[bytes]) -> bytes:
    """A list of strings inside a row, as json.dumps(indent=2) writes it."""
    return b"[\n        " + b",\n        ".join(quoted) + b"\n      ]"


def status_key(due: bool, met: bool) -> str:
    if met:
        return "status.met" if due else "status.met_not_due"
    return "status.missed" if due else "status.not_due"


def week_sheet(report: WeekReport) -> Sheet:
    from visitlog.render.labels import label
    from visitlog.render.sheet import Column, Sheet  # not for JSON, the province's format

    columns = [
        Column("officer", "col.officer"), Column("dept", "col.dept"),
        Column("status", "col.status"), Column("due", "col.due"), Column("met", "col.met"),
        Column("visits", "col.visits", "right"), Column("enterprises", "col.enterprises"),
        Column("roles", "col.roles", words=label), Column("streak", "col.streak", "right"),
        Column("ytd_met", "col.ytd_met", "right"), Column("ytd_due", "col.ytd_due", "right"),
    ]
    rows = [
        [r.officer, r.dept, t(status_key(r.due, r.met)), r.due, r.met, r.visits,
         r.enterprises, r.roles, r.streak, r.ytd_met, r.ytd_due]
        for r in report.officers
    ]
    return Sheet(_title(report), columns, rows, footer=[_summary_line(report)],
                 notes=calendar_notes(report.guessed_years))


def _title(report: WeekReport) -> str:
    title = t("week.title", week=report.week, start=report.start.isoformat(),
              end=report.end.isoformat(), as_of=report.as_of.isoformat())
    if report.holiday_week:
        title += " " + t("week.holiday", days=report.official_workdays)
    return title


def calendar_notes(guessed_years: tuple[int, ...]) -> list[str]:
    """The one warning line under a report's title when its weeks rest on a guessed calendar."""
    if not guessed_years:
        return []
    from visitlog.i18n import get_lang

    joined = ("、" if get_lang() == "zh" else ", ").join(str(y) for y in guessed_years)
    return [t("calendar.unofficial", year=joined)]


def _summary_line(report: WeekReport) -> str:
    s = report.summary
    rate = "-" if s.rate is None else f"{s.rate:.1%}"
    return t("week.summary", officers=s.officers, due=s.due, met=s.met, rate=rate)


_MARKS = {"status.met": ("✓", "green"), "status.missed": ("✗", "red"),
          "status.not_due": ("·", "dim"), "status.met_not_due": ("+", "cyan")}


def week_text(report: WeekReport) -> str:
    """The terminal table: one row per officer, met / missed / not due clearly marked."""
    from visitlog.render.labels import role_labels
    from visitlog.render.sheet import Column, Sheet
    from visitlog.render.terminal import render_sheet

    columns = [
        Column("officer", "col.officer"), Column("dept", "col.dept"),
        Column("status", "col.status"), Column("visits", "col.visits", "right"),
        Column("enterprises", "col.enterprises"), Column("roles", "col.roles"),
        Column("streak", "col.streak", "right"), Column("ytd", "col.ytd", "right"),
    ]
    rows, styles = [], []
    for r in report.officers:
        key = status_key(r.due, r.met)
        mark, style = _MARKS[key]
        rows.append([r.officer, r.dept, f"{mark} {t(key)}", r.visits or "",
                     "、".join(r.enterprises), role_labels(r.roles) if r.roles else "",
                     r.streak, f"{r.ytd_met}/{r.ytd_due}"])
        styles.append(style)
    footer = [_summary_line(report)]
    beyond = sum(r.met and not r.due for r in report.officers)
    if beyond:  # why the summary leaves out rows marked met
        footer.append(t("week.met_not_due_legend", count=beyond))
    sheet = Sheet(_title(report), columns, rows, footer=footer, styles=styles,
                  notes=calendar_notes(report.guessed_years))
    return render_sheet(sheet)
