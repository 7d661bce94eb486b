"""`visitlog init`, `visitlog demo`, `visitlog undo`, `visitlog redo`."""

from __future__ import annotations

import typer

from visitlog.cli.dbpath import LogbookPath
from visitlog.cli.output import say
from visitlog.cli.state import context_of
from visitlog.i18n import t

init_app = typer.Typer(add_completion=False, rich_markup_mode=None)
demo_app = typer.Typer(add_completion=False, rich_markup_mode=None)
undo_app = typer.Typer(add_completion=False, rich_markup_mode=None)
redo_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@init_app.command("init")
def init_command(ctx: typer.Context) -> None:
    """Create the logbook (nothing happens when it already exists).

    Example: visitlog --db office.db init
    """
    context = context_of(ctx)
    with context.logbook.read():
        pass
    say(t("setup.ready", path=str(context.db_path)))


@demo_app.command("demo")
def demo_command(
    ctx: typer.Context,
    db: str | None = typer.Option(None, "--db", help="Logbook file (as `visitlog --db`).",
                                  click_type=LogbookPath(readable=False)),
) -> None:
    """Load the example county federation and print this week's report.

    Example: visitlog demo --db demo.db   (or: visitlog --db demo.db demo)
    """
    from visitlog.cli.state import use_db
    from visitlog.demo.load import load_demo, logbook_is_empty
    from visitlog.domain.dates import week_key
    from visitlog.render.week import week_text
    from visitlog.service.week import week_report

    if db is not None:
        use_db(ctx, db)
    context = context_of(ctx)
    if logbook_is_empty(context):
        added = load_demo(context)
        say(t("setup.demo_loaded", path=str(context.db_path), **added))
    else:
        say(t("setup.demo_exists", path=str(context.db_path)))
    with context.logbook.read() as conn:
        report = week_report(conn, week_key(context.today), context.today, None)
    typer.echo(week_text(report), nl=False)


@undo_app.command("undo")
def undo_command(ctx: typer.Context) -> None:
    """Revert the last change made on this logbook; repeat to go further back.

    Example: visitlog undo
    """
    from visitlog.service.undo import undo_last

    _say_step("undo", undo_last, ctx)


@redo_app.command("redo")
def redo_command(ctx: typer.Context) -> None:
    """Re-apply what the last undo reverted; repeat to go further. Any new change clears it.

    Example: visitlog redo
    """
    from visitlog.service.undo import redo_last

    _say_step("redo", redo_last, ctx)


def _say_step(verb: str, revert, ctx: typer.Context) -> None:  # noqa: ANN001 - service.undo's
    """What undo or redo did: the step it reverted or re-applied, or that there was none; on a
    shared logbook, that someone else has changed the same rows since (bad input, exit 2)."""
    from visitlog.domain.errors import Invalid
    from visitlog.service.undo import UndoConflict

    try:
        step = revert(context_of(ctx))
    except UndoConflict as exc:
        raise Invalid(f"pg.{verb}_conflict", what=_what(exc.command, exc.step_params),
                      who=exc.params["who"] or t("pg.undo_someone")) from exc
    if step is None:
        say(t(f"{verb}.nothing"))
    else:
        say(t(f"{verb}.done", what=_what(step.command, step.params)))


def _what(command: str, params: dict) -> str:
    """The journal's description of a step, in the user's words."""
    params = dict(params)
    if command == "target.set" and params.get("officer") == "*":
        params["officer"] = t("target.everyone")  # the journal's mark for the default
    if command.startswith("achieve.") and isinstance(params.get("category"), str):
        from visitlog.render.labels import label

        params["category"] = label(params["category"])  # the journal keeps the key
    return t(f"undo.{command}", **params)
