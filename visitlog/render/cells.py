"""One cell of a Sheet as a spreadsheet or a web page shows it: text made safe, numbers kept."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from visitlog.i18n import t
from visitlog.render.writers import neutralise

ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def typed(value: Any) -> Any:
    """int/float stay numbers, ISO dates become dates, the rest readable, formula-safe text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return t("export.yes") if value else t("export.no")
    if isinstance(value, int | float | date):
        return value
    if isinstance(value, list | tuple):
        return neutralise("、".join(str(v) for v in value))
    text = str(value)
    if ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    return neutralise(text)


def display_width(text: str) -> int:
    """Columns a string takes in a fixed-width font: CJK characters count twice."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
