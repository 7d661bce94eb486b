"""Vocabulary labels in the current language."""

from __future__ import annotations

from collections.abc import Iterable

from visitlog.i18n import get_lang
from visitlog.vocab import OUTCOMES, ROLES, SIX_ONES, Term

_BY_KEY: dict[str, Term] = {term.key: term for term in (*ROLES, *SIX_ONES, *OUTCOMES)}


def label(key: str) -> str:
    term = _BY_KEY.get(key)
    return term.label(get_lang()) if term else key


def role_labels(keys: Iterable[str]) -> str:
    names = [label(k) for k in keys]
    return ("、" if get_lang() == "zh" else ", ").join(names) if names else "-"
