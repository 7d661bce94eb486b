"""`visitlog --help` without Typer: the root's help page, as Typer prints it.

Typer's import is ~75% of what the root's help page cost (the budget is 80 ms), and the page
is fixed where click's layout does not depend on the terminal (80 columns or more, or none:
click then wraps at 78). cli/declared.py holds the page in each language, generated from the
Typer root itself (python -m visitlog.cli.declare); narrower terminals go to Typer.
"""

from __future__ import annotations

WIDTH = 78  # click's: the terminal's width, at most 80, less 2


def serves(columns: int) -> bool:
    """Whether this page is the one click would print on a terminal this wide."""
    return min(columns, 80) - 2 == WIDTH


def root_help() -> str:
    """The page, in the chosen language."""
    from visitlog.cli.declared import ROOT_PAGES
    from visitlog.i18n import get_lang

    return ROOT_PAGES[get_lang()]
