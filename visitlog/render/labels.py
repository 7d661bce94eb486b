"""Vocabulary labels in the current language: how people read a stable key.

Tables, markdown, html and xlsx show these words (a sheet's `Column.words`); csv and json keep
the keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from visitlog.domain.demand_rules import RATINGS, STATUSES
from visitlog.domain.vocab import OUTCOMES, ROLES, SIX_ONES, Term
from visitlog.i18n import get_lang, t

_BY_KEY: dict[str, Term] = {term.key: term for term in (*ROLES, *SIX_ONES, *OUTCOMES)}
_DEMAND_TERMS: dict[str, Term] = {term.key: term for term in (*STATUSES, *RATINGS)}
DEMAND_ACTIONS = ("add", "assign", "escalate", "resolve", "feedback")
PROGRESS = ("done", "on_track", "behind")
ASSIGN_KINDS = ("enterprise", "town")
_HEAT = {"met": "status.met", "missed": "status.missed", "not_due": "status.not_due",
         "in_progress": "heatmap.in_progress", "met_not_due": "status.met_not_due"}


def label(key: str) -> str:
    term = _BY_KEY.get(key)
    return term.label(get_lang()) if term else key


def role_labels(keys: Iterable[str]) -> str:
    names = [label(k) for k in keys]
    return ("、" if get_lang() == "zh" else ", ").join(names) if names else "-"


def demand_word(key: str) -> str:
    """A demand's status or rating in words."""
    term = _DEMAND_TERMS.get(key)
    return term.label(get_lang()) if term else key


def action_word(key: str) -> str:
    """A step of a demand's history (add, assign …) in words."""
    return t(f"demand.action.{key}") if key in DEMAND_ACTIONS else key


def progress_word(key: str) -> str:
    """A six-ones status (done, on_track, behind) in words."""
    return t(f"year.status.{key}") if key in PROGRESS else key


def heat_word(key: str) -> str:
    """A heatmap cell in words; a week still to come is left blank."""
    if key == "future":
        return ""
    return t(_HEAT[key]) if key in _HEAT else key


def assign_kind_word(key: str) -> str:
    """How an officer holds an enterprise: assigned to it, or to its town."""
    return t(f"assign.kind.{key}") if key in ASSIGN_KINDS else key


def names_of(names: dict[str, str]):  # noqa: ANN201 - a Column.words function
    """Words for keys that name things of the logbook's own (demand categories): their
    Chinese name in Chinese, the key in English (categories have no English name)."""
    if get_lang() != "zh":
        return None
    return lambda key: names.get(key, key)
