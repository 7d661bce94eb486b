"""`visitlog practice …`, `campaign …`, `interview …` and `assign …`: the other programmes."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, say_inactive, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.domain.dates import parse_date, parse_past_date
from visitlog.i18n import t

practice_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                           help="Practice days (三个一天): log.")
campaign_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                           help="Interview campaigns (大访谈): create, list, show, point.")
point_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                        help="Interview points (访谈点): add, import.")
interview_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                            help="Campaign interviews: log, import.")
assign_app = typer.Typer(add_completion=False, rich_markup_mode=None)
campaign_app.add_typer(point_app, name="point")



@practice_app.callback()
def practice() -> None:
    """Practice days (三个一天): a day each month as union chairman, office staff and worker."""


OFFICER = typer.Option(None, "--officer", help="Default: `config set officer`.")
DATE = typer.Option("today", "--date", "-d", help="2026-11-20, 11-20, 昨天, fri …")


@practice_app.command("log")
def practice_log_command(
    ctx: typer.Context,
    kind: str = typer.Argument(..., help="chair | office | worker (主席 / 办公室 / 职工)."),
    officer: str | None = OFFICER,
    date: str = DATE,
    enterprise: str | None = typer.Option(None, "--enterprise", "-e", help="Where it was."),
    note: str = typer.Option("", "--note", "-n", help="What happened."),
) -> None:
    """Log a practice day: a day as union chairman, union office staff or ordinary worker.

    Example: visitlog practice log 主席 --enterprise 金海 --date 昨天
    """
    from visitlog.render.practice import kind_label, kind_list
    from visitlog.service.practice import log_practice

    context = context_of(ctx)
    logged = log_practice(context, kind, officer, parse_past_date(date, context.today),
                          enterprise, note)
    at = t("practice.at", enterprise=logged.enterprise) if logged.enterprise else ""
    line = t("practice.logged", id=logged.id, date=logged.date.isoformat(),
             officer=logged.officer, kind=kind_label(logged.kind), at=at)
    month = logged.date.isoformat()[:7]
    missing = [k for k in ("chair", "office", "worker") if k not in logged.month_kinds]
    line += " " + (t("practice.month_missing", month=month, missing=kind_list(missing))
                   if missing else t("practice.month_done", month=month))
    say(line)
    say_inactive(logged.officer, logged.date, logged.inactive)


@campaign_app.command("create")
def campaign_create_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The campaign's name."),
    date_from: str = typer.Option(..., "--from", help="First day (inclusive)."),
    date_to: str = typer.Option(..., "--to", help="Last day (inclusive)."),
    target: int = typer.Option(..., "--target", help="How many workers to interview."),
    max_age: int | None = typer.Option(40, "--max-age", help="Age limit of those interviewed."),
) -> None:
    """Create an interview campaign (大访谈) with its dates and target.

    Example: visitlog campaign create 青年职工大访谈 --from 2026-09-01 --to 12-09 --target 10000
    """
    from visitlog.service.campaigns import create_campaign

    context = context_of(ctx)
    c = create_campaign(context, name, parse_date(date_from, context.today),
                        parse_date(date_to, context.today), target, max_age)
    say(t("campaign.created", name=c.name, start=c.start.isoformat(), end=c.end.isoformat(),
          days=(c.end - c.start).days + 1, target=c.target))


INTERVIEWER = typer.Option(None, "--officer", help="Only the interviews this officer logged.")


@campaign_app.command("list")
def campaign_list_command(ctx: typer.Context, officer: str | None = INTERVIEWER,
                          fmt: Format = FORMAT, output: Path | None = OUTPUT) -> None:
    """List campaigns with their target, interviewed so far and number of points.

    Example: visitlog campaign list --format json   (or: --officer 王伟)
    """
    from visitlog.render.campaigns import campaigns_sheet
    from visitlog.service.campaigns import list_campaigns

    sheet = campaigns_sheet(list_campaigns(context_of(ctx), officer))
    show(fmt, output, [sheet], sheet.records())


@campaign_app.command("show")
def campaign_show_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The campaign (name or part of it)."),
    officer: str | None = INTERVIEWER,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Show a campaign: dates, target, progress and its interview points.

    Example: visitlog campaign show 大访谈   (or: --officer 王伟)
    """
    _campaign_view(ctx, name, None, officer, fmt, output)


def _campaign_view(ctx: typer.Context, name: str, as_of: str | None, officer: str | None,
                   fmt: Format, output: Path | None) -> None:
    from visitlog.render.campaigns import campaign_data, campaign_sheets, campaign_text
    from visitlog.service.campaigns import campaign_report

    context = context_of(ctx)
    day = parse_date(as_of, context.today) if as_of else None
    report = campaign_report(context, name, day, officer)
    text = campaign_text(report) if fmt is Format.table else None
    show(fmt, output, campaign_sheets(report), campaign_data(report), text=text)


@point_app.command("add")
def point_add_command(
    ctx: typer.Context,
    campaign: str = typer.Argument(..., help="The campaign."),
    name: str = typer.Argument(..., help="The interview point's name."),
    town: str | None = typer.Option(None, "--town", help="Its town (镇街)."),
) -> None:
    """Add an interview point (访谈点) to a campaign.

    Example: visitlog campaign point add 大访谈 金湖镇职工服务中心 --town 金湖镇
    """
    from visitlog.service.campaigns import add_point

    campaign_name, point = add_point(context_of(ctx), campaign, name, town)
    say(t("campaign.point_added", campaign=campaign_name, point=point))


@point_app.command("import")
def point_import_command(
    ctx: typer.Context,
    campaign: str = typer.Argument(..., help="The campaign."),
    file: Path = typer.Argument(..., help="CSV: name,town; - for standard input"),
) -> None:
    """Import interview points from CSV, all or nothing; known points are skipped.

    Example: visitlog campaign point import 大访谈 points.csv
    """
    from visitlog.service.campaign_imports import import_points_file

    with readable(file) as path:
        result = import_points_file(context_of(ctx), campaign, path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))


@interview_app.command("log")
def interview_log_command(
    ctx: typer.Context,
    campaign: str = typer.Argument(..., help="The campaign."),
    point: str = typer.Option(..., "--point", "-p", help="The interview point."),
    count: int = typer.Option(..., "--count", "-c", help="Workers interviewed."),
    date: str = DATE,
    online: bool = typer.Option(False, "--online", help="Interviewed online."),
    group: str | None = typer.Option(None, "--group", "-g",
                                     help="frontline | new_forms | other (default other)."),
    officer: str | None = typer.Option(None, "--officer",
                                       help="Who interviewed; default `config set officer`."),
) -> None:
    """Log interviews at a point; each entry adds to the campaign's total.

    Example: visitlog interview log 大访谈 --point 金湖镇 --count 35 --group 新就业形态 --online
    """
    from visitlog.render.campaigns import group_label
    from visitlog.service.campaigns import InterviewDraft, log_interview

    context = context_of(ctx)
    draft = InterviewDraft(campaign, point, count, parse_past_date(date, context.today), group,
                           online, officer)
    r = log_interview(context, draft)
    say(t("interview.logged", date=r.date.isoformat(), point=r.point, count=r.count,
          group=group_label(r.group), mode=t("interview.online" if r.online else
                                             "interview.offline"),
          campaign=r.campaign, interviewed=r.interviewed, target=r.target))
    say_inactive(r.officer, r.date, r.inactive)


@interview_app.command("import")
def interview_import_command(
    ctx: typer.Context,
    campaign: str = typer.Argument(..., help="The campaign."),
    file: Path = typer.Argument(..., help="CSV: date,point,count,group,online"
                                          "; - for standard input"),
) -> None:
    """Import interview entries from CSV, all or nothing; a re-imported file adds nothing.

    Example: visitlog interview import 大访谈 interviews.csv
    """
    from visitlog.service.campaign_imports import import_interviews_file

    with readable(file) as path:
        result = import_interviews_file(context_of(ctx), campaign, path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))


@assign_app.command("assign")
def assign_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The officer, or `list` to list assignments."),
    enterprise: list[str] = typer.Option([], "--enterprise", "-e", help="Repeatable."),
    town: list[str] = typer.Option([], "--town", "-t", help="A whole town; repeatable."),
    clear: bool = typer.Option(False, "--clear", help="First remove the officer's assignments."),
    officer: str | None = typer.Option(None, "--officer", help="With `list`: only this officer."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Make an officer responsible for enterprises or towns (挂钩 / 分片包镇).

    `visitlog assign list [--officer NAME]` lists the assignments instead.

    Example: visitlog assign 王伟 --enterprise 金海 --town 金湖镇
    """
    context = context_of(ctx)
    if name == "list":
        from visitlog.render.assignments import assignments_sheet
        from visitlog.service.assignments import list_assignments

        sheet = assignments_sheet(list_assignments(context, officer))
        show(fmt, output, [sheet], sheet.records())
        return
    from visitlog.service.assignments import assign

    result = assign(context, name, list(enterprise), list(town), clear)
    say(t("assign.done", officer=result.officer, added=result.added, already=result.already,
          cleared=result.cleared))
