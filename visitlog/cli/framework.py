"""The one door to click, as Typer 0.26-0.28 vendor it (`typer._click`).

Those Typer releases carry their own copy of click instead of depending on it (pyproject.toml
says why these releases), so its classes have no public import path. Every CLI module takes
them from here: when Typer moves click again, this is the only file to change.
"""

from __future__ import annotations

from typer import _click as click
from typer._click import exceptions, types
from typer._click.core import ParameterSource
from typer._click.exceptions import BadParameter
from typer._click.formatting import HelpFormatter, join_options

__all__ = ["BadParameter", "HelpFormatter", "ParameterSource", "click", "exceptions",
           "join_options", "types"]
