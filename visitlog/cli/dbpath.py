"""The type of `--db` and of merge's FILE: a path, as Typer's Path shows and checks it, or a
PostgreSQL URL kept as typed (a Path would fold its '//'; cli/state.py tells them apart)."""

from __future__ import annotations

from typing import Any

from typer.models import TyperPath

from visitlog.store.location import is_url


class LogbookPath(TyperPath):
    """Typer's Path for help, completion and checks; the value stays the text typed."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        text = str(value)
        if is_url(text):
            return text
        super().convert(value, param, ctx)  # the checks (a folder given for a file …)
        return text
