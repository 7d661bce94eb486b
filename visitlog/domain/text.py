"""Checks on free text typed by users: names must be usable, notes are kept exactly."""

from __future__ import annotations

from visitlog.domain.errors import Invalid

MAX_NAME = 200
MAX_NOTE = 10_000


def clean_name(value: str, field: str) -> str:
    """A name or label: surrounding spaces trimmed, no control characters, not empty."""
    name = value.strip()
    if not name:
        raise Invalid("text.empty", field=field)
    if len(name) > MAX_NAME:
        raise Invalid("text.too_long", field=field, limit=MAX_NAME)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise Invalid("text.control", field=field)
    return name


def check_note(value: str, field: str = "note") -> str:
    """Notes are stored exactly as typed; only NUL and absurd length are refused."""
    if len(value) > MAX_NOTE:
        raise Invalid("text.too_long", field=field, limit=MAX_NOTE)
    if "\x00" in value:
        raise Invalid("text.control", field=field)
    return value


def is_control(ch: str) -> bool:
    """A C0 or C1 control character, or DEL: what can move a terminal's cursor or recolour it."""
    code = ord(ch)
    return code < 32 or 127 <= code < 160


def printable(text: str) -> str:
    """Text for the terminal: notes are stored as typed (an ESC included, perhaps from a
    merged bundle), but shown with their control characters escaped (`\\x1b`), so that no note
    can recolour the screen or move the cursor. Line breaks and tabs stay."""
    if text.replace("\n", "").replace("\t", "").isprintable():  # nearly always: C-fast
        return text
    return "".join(ch if ch in "\n\t" or not is_control(ch) else ascii(ch)[1:-1]
                   for ch in text)


# Chinese input methods type full-width digits; they count as their ASCII values (SPEC)
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def ascii_digits(text: str) -> str | None:
    """The digits of a whole number as typed, full-width ０-９ made ASCII; None when anything
    else is there (①, ², ٣ are digits to Python's isdigit and int, not numbers here)."""
    value = text.strip().translate(FULL_WIDTH_DIGITS)
    return value if value and value.isascii() and value.isdigit() else None
