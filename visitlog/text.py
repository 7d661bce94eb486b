"""Checks on free text typed by users: names must be usable, notes are kept exactly."""

from __future__ import annotations

from visitlog.errors import Invalid

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
