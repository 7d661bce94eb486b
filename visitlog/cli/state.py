"""Turn the global options and the environment into a service Context, once per command."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from visitlog.domain.errors import Invalid
from visitlog.service.context import Context

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:  # the front door (cli/front.py) builds an AppState without the framework
    import typer


def today_from_env() -> date:
    """VISITLOG_TODAY=YYYY-MM-DD replaces the clock everywhere."""
    value = os.environ.get("VISITLOG_TODAY", "").strip()
    if not value:
        return date.today()
    from visitlog.domain.dates import in_range

    try:
        today = date.fromisoformat(value)
    except ValueError:
        raise Invalid("today.invalid", value=value) from None
    if not in_range(today):
        raise Invalid("today.invalid", value=value)
    return today


class AppState:
    """The global options of one command; its Context is made on first use."""

    __slots__ = ("db_option", "debug", "_context")

    def __init__(self, db_option: str | Path | None = None, debug: bool = False) -> None:
        self.db_option = str(db_option) if db_option else None  # a path, or a URL
        self.debug = debug
        self._context: Context | None = None

    def context(self) -> Context:
        if self._context is None:
            from visitlog.config import default_db_path, load_user_config
            from visitlog.formats.outfile import guard_logbook
            from visitlog.i18n import get_lang
            from visitlog.store.location import location_of

            env_db = os.environ.get("VISITLOG_DB")
            path = (location_of(self.db_option) if self.db_option
                    else location_of(env_db) if env_db else default_db_path())
            if isinstance(path, Path):  # a server's logbook has no file to guard
                guard_logbook(path.expanduser())
            self._context = Context(
                db_path=path.expanduser(), today=today_from_env(), lang=get_lang(),
                officer_me=load_user_config().get("officer"),
            )
        return self._context


def choose_lang(explicit: str | None) -> None:
    """Set the language of this command: --lang, else configured_lang()."""
    from visitlog.i18n import detect_lang, set_lang

    set_lang(detect_lang(explicit) if explicit else configured_lang())


def configured_lang() -> str:
    """The language when no --lang is given: env VISITLOG_LANG, the user's config, the locale."""
    from visitlog.config import load_user_config
    from visitlog.i18n import detect_lang

    if os.environ.get("VISITLOG_LANG"):
        return detect_lang()
    configured = load_user_config().get("lang")
    return detect_lang(configured) if configured else detect_lang()


def close_after_failure(ctx: typer.Context) -> None:
    """Called by the root group when a command fails (see cli/root.LazyGroup.invoke)."""
    state = ctx.find_root().obj
    if isinstance(state, AppState) and state._context is not None:
        state._context.close_after_failure()


def _state(ctx: typer.Context) -> AppState:
    state = ctx.find_root().obj
    if not isinstance(state, AppState):  # a command module run on its own (tests)
        state = AppState()
        ctx.find_root().obj = state
    return state


def use_db(ctx: typer.Context, path: str | Path) -> None:
    """A command's own --db (SPEC: `visitlog demo [--db PATH]`): as the global option."""
    state = _state(ctx)
    state.db_option = str(path)
    state._context = None


def context_of(ctx: typer.Context) -> Context:
    state = _state(ctx)
    fresh = state._context is None
    context = state.context()
    if fresh:  # closed with the root context: after a failure has passed LazyGroup.invoke
        ctx.find_root().call_on_close(context.close)
    return context
