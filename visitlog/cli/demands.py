"""`visitlog demand …`: the demand ledger (问题清单 → 满意清单)."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.domain.dates import parse_date, parse_past_date
from visitlog.i18n import t

demand_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                         help="Demands: add, assign, escalate, resolve, feedback, show, list.")
category_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                           help="Demand categories and their response times.")
demand_app.add_typer(category_app, name="category")

OFFICER = typer.Option(None, "--officer", help="Who did it. Default: `config set officer`.")
DATE = typer.Option("today", "--date", "-d", help="When it happened (default today).")
REDACT = typer.Option(False, "--redact", help="Hide demand texts and notes (privacy).")
DEMAND_ID = typer.Argument(..., help="The demand's number or reference (see `demand list`).")


@demand_app.command("add")
def add_command(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="What the worker(s) asked for."),
    enterprise: str = typer.Option(..., "--enterprise", "-e", help="Enterprise concerned."),
    category: str | None = typer.Option(None, "--category", "-c",
                                        help="urgent, wages, safety, … (default general)."),
    due: str | None = typer.Option(None, "--due", help="Deadline; default: the category's."),
    officer: str | None = typer.Option(None, "--officer",
                                       help="Who heard it. Default: `config set officer`."),
    visit: str | None = typer.Option(None, "--visit",
                                     help="The visit it was raised on (number or reference)."),
    reception: str | None = typer.Option(
        None, "--reception", help="The reception day it was raised at (number or reference)."),
    date: str = typer.Option("today", "--date", "-d", help="When it was raised."),
) -> None:
    """Record a workers' demand (诉求); it starts `open`.

    Example: visitlog demand add "三名职工反映加班费未足额发放" --enterprise 金海 --category 欠薪
    """
    from visitlog.render.demands import category_label
    from visitlog.service.demands import DemandDraft, add_demand

    context = context_of(ctx)
    raised = parse_past_date(date, context.today)
    draft = DemandDraft(text, enterprise, raised, category,
                        parse_date(due, context.today) if due else None, officer, visit,
                        reception)
    d = add_demand(context, draft)
    say(t("demand.added", id=d.id, enterprise=d.enterprise, category=category_label(d),
          due=d.due.isoformat()))


def _step(ctx: typer.Context, demand_id: str, action: str, date: str, officer: str | None,
          **extra: object) -> None:
    from visitlog.render.demands import term_label
    from visitlog.service.demands import Step, apply_step

    context = context_of(ctx)
    step = Step(action, parse_past_date(date, context.today), officer, **extra)  # type: ignore[arg-type]
    d = apply_step(context, demand_id, step)
    say(t(f"demand.done.{action}", id=d.id,
          status=term_label(d.status), unit=d.assigned_to, due=d.due.isoformat()))


@demand_app.command("assign")
def assign_command(
    ctx: typer.Context,
    demand_id: str = DEMAND_ID,
    to: str = typer.Option(..., "--to", help="The unit or department that handles it."),
    due: str | None = typer.Option(None, "--due", help="A new deadline."),
    officer: str | None = OFFICER,
    date: str = DATE,
) -> None:
    """Hand a demand to a unit (交办); from open, assigned or escalated.

    Example: visitlog demand assign 12 --to 县人社局劳动监察大队 --due 2026-12-01
    """
    due_day = parse_date(due, context_of(ctx).today) if due else None
    _step(ctx, demand_id, "assign", date, officer, unit=to, due=due_day)


@demand_app.command("escalate")
def escalate_command(
    ctx: typer.Context,
    demand_id: str = DEMAND_ID,
    note: str = typer.Option("", "--note", "-n", help="Why it goes up."),
    officer: str | None = OFFICER,
    date: str = DATE,
) -> None:
    """Hand a demand to the upper-level federation (上报); from open or assigned.

    Example: visitlog demand escalate 12 --note "涉及跨区劳务派遣"
    """
    _step(ctx, demand_id, "escalate", date, officer, note=note)


@demand_app.command("resolve")
def resolve_command(
    ctx: typer.Context,
    demand_id: str = DEMAND_ID,
    note: str = typer.Option(..., "--note", "-n", help="How it was resolved."),
    officer: str | None = OFFICER,
    date: str = DATE,
) -> None:
    """Mark a demand resolved (办结); from open, assigned or escalated.

    Example: visitlog demand resolve 12 --note "企业已补发加班费"
    """
    _step(ctx, demand_id, "resolve", date, officer, note=note)


@demand_app.command("feedback")
def feedback_command(
    ctx: typer.Context,
    demand_id: str = DEMAND_ID,
    satisfaction: str = typer.Option(..., "--satisfaction", "-s",
                                     help="very_satisfied|satisfied|basic|unsatisfied, "
                                          "非常满意|满意|基本满意|不满意"),
    note: str = typer.Option("", "--note", "-n", help="What the worker said."),
    officer: str | None = OFFICER,
    date: str = DATE,
) -> None:
    """Record the return visit's rating (回访); basic or better closes, unsatisfied reopens.

    Example: visitlog demand feedback 12 --satisfaction 满意
    """
    _step(ctx, demand_id, "feedback", date, officer, rating=satisfaction, note=note)


@demand_app.command("show")
def show_command(
    ctx: typer.Context,
    demand_id: str = DEMAND_ID,
    redact: bool = REDACT,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Show one demand with its full history: who did what, when.

    Example: visitlog demand show 12 --redact
    """
    from visitlog.render.demands import demand_card, demand_data, demands_sheet, history_sheet
    from visitlog.service.demands import show_demand

    context = context_of(ctx)
    demand, events = show_demand(context, demand_id)
    sheets = [demands_sheet([demand], context.today, redact),
              history_sheet(events, redact, {demand.category: demand.category_name})]
    show(fmt, output, sheets, demand_data(demand, events, context.today, redact),
         text=demand_card(demand, events, context.today, redact))


@demand_app.command("list")
def list_command(
    ctx: typer.Context,
    status: str | None = typer.Option(None, "--status", help="open|assigned|escalated|"
                                      "resolved|closed (or 登记, 交办 …)."),
    category: str | None = typer.Option(None, "--category", "-c", help="Only this category."),
    enterprise: str | None = typer.Option(None, "--enterprise", "-e", help="Only this one."),
    officer: str | None = typer.Option(None, "--officer", help="Only this officer's: those "
                                       "they heard or that were raised on their visits."),
    overdue: bool = typer.Option(False, "--overdue", help="Only overdue demands."),
    redact: bool = REDACT,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List demands, oldest first (every status unless filtered).

    Example: visitlog demand list --overdue --format csv --output overdue.csv
    """
    from visitlog.render.demands import demands_sheet
    from visitlog.service.demands import DemandFilter, list_demands

    context = context_of(ctx)
    demands = list_demands(context, DemandFilter(status, category, enterprise, officer, overdue))
    sheet = demands_sheet(demands, context.today, redact)
    shown = demands_sheet(demands, context.today, redact, labels=True)
    show(fmt, output, [shown if fmt is Format.table else sheet], sheet.records())


@category_app.command("list")
def category_list_command(
    ctx: typer.Context, fmt: Format = FORMAT, output: Path | None = OUTPUT,
) -> None:
    """List demand categories and their response times in days (0 = the same day).

    Example: visitlog demand category list
    """
    from visitlog.render.demands import categories_sheet
    from visitlog.service.demands import list_categories

    sheet = categories_sheet(list_categories(context_of(ctx)))
    show(fmt, output, [sheet], sheet.records())


@category_app.command("set")
def category_set_command(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="Category key, e.g. wages or housing."),
    days: int = typer.Argument(..., help="Response time in days (0 = the same day)."),
    name: str | None = typer.Option(None, "--name", help="Chinese name, e.g. 住房."),
) -> None:
    """Add a demand category or change its response time (kept in the logbook).

    Example: visitlog demand category set housing 15 --name 住房
    """
    from visitlog.service.demands import set_category

    c = set_category(context_of(ctx), key, days, name)
    say(t("demand.category_set", category=c.key, name=c.zh, days=c.days))
