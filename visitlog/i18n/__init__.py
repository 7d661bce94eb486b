"""Message catalog: every user-visible string, in zh and en.

Keys are `area.name`. The foundation's strings are in `visitlog/i18n/core.py`; a larger
area may keep its own in `visitlog/i18n/<area>.py`. Each is `MESSAGES = {key: (zh, en)}`,
loaded only when first used.
"""

from __future__ import annotations

import importlib
import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:
    from typing import Any

LANGS = ("zh", "en")
_current = {"lang": ""}
_loaded: dict[str, dict[str, tuple[str, str]]] = {}


def detect_lang(explicit: str | None = None) -> str:
    """--lang > VISITLOG_LANG > the locale (zh when Chinese; LANGUAGE first, as gettext) > en."""
    for value in (explicit, os.environ.get("VISITLOG_LANG")):
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            # as gettext: LANGUAGE ("zh_CN:en", a list by preference) outranks them, except
            # under the C locale
            language = os.environ.get("LANGUAGE", "").split(":")[0]
            if language and value.split(".")[0] not in ("C", "POSIX"):
                value = language
            return "zh" if value.lower().startswith("zh") else "en"
    import locale  # only when no variable says: start-up

    loc = locale.getlocale()[0] or ""
    return "zh" if loc.lower().startswith("zh") else "en"


def set_lang(lang: str) -> None:
    _current["lang"] = lang


def get_lang() -> str:
    if not _current["lang"]:
        _current["lang"] = detect_lang()
    return _current["lang"]


# an area whose module has another name: importing a submodule binds its name in this
# package's namespace, and `next` would hide the builtin next() this module calls
_MODULE_OF = {"next": "next_visits"}


def _module(name: str) -> dict[str, tuple[str, str]]:
    if name not in _loaded:
        try:
            module = _MODULE_OF.get(name, name)
            _loaded[name] = importlib.import_module(f"visitlog.i18n.{module}").MESSAGES
        except ModuleNotFoundError:
            _loaded[name] = {}
    return _loaded[name]


def _area(key: str) -> dict[str, tuple[str, str]]:
    """An area's own module (e.g. i18n/demand.py) when there is one, else the core catalog."""
    area = _module(key.split(".", 1)[0])
    return area if key in area else _module("core")


# parameters that name a field or a kind of term ("role", "dept" …), shown in the message's
# language: `term.<word>` in the catalog; in Chinese an outcome key shows as its label
_TERM_PARAMS = ("kind", "field")


def _term(value: str, lang: str) -> str:
    core = _module("core")
    words = []
    for word in value.split(" "):
        pair = core.get(f"term.{word}") or (core.get(f"outcome.{word}") if lang == "zh" else None)
        words.append((pair[0] if lang == "zh" else pair[1]) if pair else
                     _six_one_zh(word) if lang == "zh" else word)
    return ("" if lang == "zh" else " ").join(words)


def _six_one_zh(word: str) -> str:
    """A six-ones key in a Chinese message ("target matters") shows as its Chinese name."""
    from visitlog.domain.vocab import SIX_ONES

    return next((term.zh for term in SIX_ONES if term.key == word), word)


_DEMAND_PARAMS = ("status", "action", "allowed")


def _demand_words_zh(value: str) -> str:
    """"closed" -> 回访满意, "assign" -> 交办, "open, assigned" -> 登记、交办; any other text
    (a label already in words) is left as it is."""
    from visitlog.domain.demand_rules import STATUSES

    statuses = {term.key: term.zh for term in STATUSES}
    actions = _module("demand")
    words = []
    for part in value.split(", "):
        word = statuses.get(part) or actions.get(f"demand.action.{part}", (None,))[0]
        if word is None:
            return value
        words.append(word)
    return "、".join(words)


_REASONS_ZH: dict[str, str] = {}


def _reasons_zh() -> dict[str, str]:
    """A system's reason (strerror's or SQLite's English) -> its Chinese (i18n/reason.py)."""
    if not _REASONS_ZH:
        import errno

        for key, (zh, en) in _module("reason").items():
            _REASONS_ZH[en] = zh
            code = getattr(errno, key.removeprefix("reason."), None)
            if isinstance(code, int):  # the platform's own words for that errno
                _REASONS_ZH[os.strerror(code)] = zh
    return _REASONS_ZH


class MissingMessage(KeyError):
    """A key the catalog does not hold (raised only when VISITLOG_STRICT_CATALOG is set, as
    the tests set it; a user is shown the key rather than a traceback)."""


def has(key: str) -> bool:
    """Whether the catalog holds `key` (for texts with a fallback: a help page's generic words)."""
    return key in _area(key)


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """Translate `key` into `lang` (default: the current language) and fill in params."""
    pair = _area(key).get(key)
    if pair is None:
        if os.environ.get("VISITLOG_STRICT_CATALOG"):
            raise MissingMessage(key)
        return key if not params else f"{key} {params}"
    lang = lang or get_lang()
    for name in _TERM_PARAMS:
        if isinstance(params.get(name), str):
            params[name] = _term(params[name], lang)
    if lang == "zh":  # a demand's statuses and steps, passed as keys, named in Chinese
        for name in _DEMAND_PARAMS:
            if isinstance(params.get(name), str):
                params[name] = _demand_words_zh(params[name])
    if lang == "zh" and isinstance(params.get("reason"), str):  # the system's words, in English
        params["reason"] = _reasons_zh().get(params["reason"], params["reason"])
    if isinstance(params.get("candidates"), list | tuple):  # names close to one not found
        names = params["candidates"]
        params["candidates"] = t("match.similar", lang, names="、".join(names)) if names else ""
    text = pair[0] if lang == "zh" else pair[1]
    if not params:
        return text
    return text.format(**{name: _Count(value) if type(value) is int else value
                          for name, value in params.items()})


class _Count(int):
    """A number in a message: `{visits:visit|visits}` reads "1 visit", "2 visits" (English
    plurals; Chinese needs none), any other format spec as for an int."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        one, bar, many = spec.partition("|")
        if not bar:
            return int.__format__(self, spec)
        return f"{int(self)} {one if self == 1 else many}"
