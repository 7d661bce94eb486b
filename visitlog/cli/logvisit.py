"""What `visitlog log` does once its words are parsed, shared by the Typer command
(cli/visits.py) and the front door (cli/front.py), so the two cannot drift apart."""

from __future__ import annotations

from visitlog.domain.dates import parse_past_date
from visitlog.i18n import t
from visitlog.service.context import Context


def say(message: str) -> None:
    """A confirmation line on stdout (as click.echo writes it: flushed, one line)."""
    from visitlog.domain.text import printable

    print(printable(message), flush=True)


def log_now(context: Context, enterprise: str, officer: str | None, date_text: str,
            roles: tuple[str, ...], note: str, outcomes: tuple[str, ...], new: bool) -> None:
    """Log the visit and confirm it (with the week's count, and a word when it falls outside
    the officer's assignments)."""
    from visitlog.service.visits import VisitDraft, log_visit

    draft = VisitDraft(enterprise, officer, parse_past_date(date_text, context.today), roles,
                       note, outcomes, new)
    logged = log_visit(context, draft)
    say(_confirmation(logged))
    if logged.outside_assignment:
        say(t("assign.outside", officer=logged.visit.officer, enterprise=logged.visit.enterprise))
    if logged.inactive is not None:  # a wrong --officer or --date, most likely: say so
        kind, on = logged.inactive
        say(t(f"visit.{kind}", officer=logged.visit.officer,
              date=logged.visit.date.isoformat(), on=on.isoformat()))


def _confirmation(logged) -> str:  # noqa: ANN001 - service.visits.Logged
    from visitlog.render.labels import role_labels

    visit = logged.visit
    line = t("visit.logged", id=visit.id, date=visit.date.isoformat(), officer=visit.officer,
             enterprise=visit.enterprise, roles=role_labels(visit.roles))
    if logged.created_enterprise:
        line += " " + t("visit.created_enterprise", enterprise=visit.enterprise)
    return line + " " + t("visit.week_met", week=logged.week, count=logged.week_visits)
