"""Where the logbook is: a SQLite file (a path) or a PostgreSQL database (a URL).

Light on purpose: `log` parses its --db with this before anything else is imported.
"""

from __future__ import annotations

from pathlib import Path

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(text: str) -> bool:
    return text[:13].lower().startswith(URL_SCHEMES)


class DbUrl:
    """A PostgreSQL logbook: libpq's connection URL, kept as typed (libpq reads everything
    else, PGPASSWORD, ~/.pgpass, PGSERVICE, sslmode …, as usual). Shown without a password."""

    __slots__ = ("url",)

    def __init__(self, url: str) -> None:
        self.url = url

    def __str__(self) -> str:
        return masked(self.url)

    def __repr__(self) -> str:
        return f"DbUrl({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DbUrl) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    @property
    def name(self) -> str:
        """The database's name (what a bundle's header calls its source)."""
        rest = self.url.split("://", 1)[1].split("?", 1)[0]
        return rest.rsplit("/", 1)[1] if "/" in rest else rest.rsplit("@", 1)[-1]

    def expanduser(self) -> DbUrl:
        return self


def masked(url: str) -> str:
    """The URL with any password replaced by ***: it is printed and kept in bundles."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, tail = rest.partition("/")
    user, at, host = authority.rpartition("@")
    if at and ":" in user:
        authority = f"{user.split(':', 1)[0]}:***@{host}"
    text = f"{scheme}://{authority}{slash}{tail}"
    if "password=" in text.lower():
        import re

        text = re.sub(r"(?i)(password=)[^&]*", r"\1***", text)
    return text


def location_of(text: str) -> Path | DbUrl:
    """A --db value or VISITLOG_DB: a URL stays a URL; anything else is a path."""
    return DbUrl(text) if is_url(text) else Path(text).expanduser()
