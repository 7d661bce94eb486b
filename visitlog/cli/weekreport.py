"""What `visitlog report week` does once its words are parsed, shared by the Typer command
(cli/reports.py) and the front door (cli/front.py), so the two cannot drift apart."""

from __future__ import annotations

from pathlib import Path

from visitlog.cli.showing import Format, show
from visitlog.service.context import Context


def report_week_now(context: Context, week: str, dept: str | None, officer: str | None,
                    fmt: Format, output: Path | None, missing: bool = False) -> None:
    from visitlog.domain.dates import parse_week
    from visitlog.render.week import week_data, week_json, week_sheet, week_text
    from visitlog.service.week import week_report

    name = None
    with context.logbook.read() as conn:
        if dept is not None or officer is not None:  # (name matching: only when asked for)
            from visitlog.service.one_officer import report_scope

            dept, name = report_scope(conn, dept, officer)
        report = week_report(conn, parse_week(week, context.today), context.today, dept)
    if name is not None:
        from visitlog.service.one_officer import week_of

        report = week_of(report, name)
    if missing:
        report = report.missing()
    text = week_text(report) if fmt is Format.table else None
    show(fmt, output, lambda: [week_sheet(report)], lambda: week_data(report), text=text,
         json_bytes=lambda: week_json(report))
