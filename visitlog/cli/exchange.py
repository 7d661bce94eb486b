"""`visitlog export`, `visitlog merge`, `visitlog browse`: logbooks that travel."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.dbpath import LogbookPath
from visitlog.cli.output import say
from visitlog.cli.state import context_of
from visitlog.cli.stdio import is_stdio, readable, shown_name, writable
from visitlog.domain.text import printable
from visitlog.i18n import t

export_app = typer.Typer(add_completion=False, rich_markup_mode=None)
merge_app = typer.Typer(add_completion=False, rich_markup_mode=None)
browse_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@export_app.command("export")
def export_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="The bundle to write (JSON Lines)"
                                          "; - for standard output.", dir_okay=False),
    officer: str | None = typer.Option(None, "--officer", help="Only this officer's rows."),
    dept: str | None = typer.Option(None, "--dept", help="Only this department's officers."),
    since: str | None = typer.Option(None, "--since", help="Only visits from DATE on."),
    redact: bool = typer.Option(False, "--redact", help="Drop visit notes and demand texts."),
) -> None:
    """Write the logbook as a bundle another logbook can merge (readable by you only).

    Example: visitlog export 王伟-2026.jsonl --officer 王伟 --since 2026-01-01 --redact
    """
    from datetime import UTC, datetime

    from visitlog.domain.dates import parse_date
    from visitlog.service.exchange import export_bundle

    context = context_of(ctx)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with writable(file) as path:
        exported = export_bundle(context, path, stamp, officer, dept,
                                 parse_date(since, context.today) if since else None, redact)
    # the bundle itself on standard output: what is said about it goes to stderr
    tell = say if not is_stdio(file) else lambda line: typer.echo(printable(line), err=True)
    tell(t("export.done", path=t("io.stdout") if is_stdio(file) else str(exported.path),
           rows=exported.rows,
           tables=", ".join(f"{k} {v}" for k, v in exported.tables.items()) or "-"))
    if redact:
        tell(t("export.redacted"))


@merge_app.command("merge")
def merge_command(
    ctx: typer.Context,
    # str, not Path: another logbook may be a PostgreSQL URL, whose '//' must survive
    files: list[str] = typer.Argument(..., help="Bundles from `export`, or other logbook "
                                      "files, several merged in one step; - for standard "
                                      "input (a bundle).",
                                      click_type=LogbookPath(dir_okay=False)),
) -> None:
    """Bring a bundle or another logbook in; merging twice, or in any order, gives the same.

    Example: visitlog --db 县总工会.db merge 权益保障部.db
    """
    from contextlib import ExitStack

    from visitlog.render.exchange import merge_text
    from visitlog.render.merge_progress import progress_bar
    from visitlog.service.merge import merge_files
    from visitlog.store.location import DbUrl, is_url

    files = [DbUrl(f) if is_url(f) else Path(f) for f in files]  # type: ignore[misc]
    context = context_of(ctx)
    with ExitStack() as stack:
        paths = [stack.enter_context(readable(file)) for file in files]
        names = shown_name(files[0]) + (" …" if len(files) > 1 else "")
        with progress_bar(t("merge.progress", file=names)) as start:
            results = merge_files(context, paths, start)
    for file, result in zip(files, results, strict=True):
        if is_stdio(file):
            result.source = shown_name(file)
    typer.echo("".join(printable(merge_text(result)) for result in results), nl=False)


@browse_app.command("browse")
def browse_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to serve on."),
    port: int = typer.Option(8001, "--port", min=1, max=65535, help="Port to serve on."),
    refresh: int = typer.Option(10, "--refresh", min=0, max=86_400,
                                help="Seconds between refreshes of what is served (0: never)."),
) -> None:
    """Browse the logbook read-only in a web browser with Datasette (when installed).

    Example: visitlog browse --port 8001
    """
    from visitlog.service.browse import check_address, refuse_server, require_datasette, serve

    context = context_of(ctx)
    refuse_server(context)
    require_datasette()
    check_address(host, port)
    say(t("browse.serving", url=f"http://{host}:{port}/", path=str(context.db_path)))
    raise typer.Exit(serve(context, host, port, refresh))
