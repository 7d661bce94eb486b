"""Resolve a typed name to one record: exact name, alias, unique substring, unique pinyin.

The lookup of each stage is given by the caller (the store), so this module stays pure.
"""

from __future__ import annotations

from collections.abc import Callable

from visitlog.domain.errors import Ambiguous, NotFound

MAX_CANDIDATES = 10
Lookup = Callable[[str, str, int], list[tuple[int, str]]]


def pinyin_query(text: str) -> str:
    """The typed text as stored pinyin keys are written: lower-case letters and digits."""
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def resolve_name(text: str, lookup: Lookup, kind: str, stages: tuple[str, ...]) -> tuple[int, str]:
    """Return (id, name) of the one record `text` names, or raise NotFound / Ambiguous."""
    typed = text.strip()
    if not typed:
        raise NotFound(f"{kind}.not_found", name=text, candidates="")
    if len(typed) == 1:
        return _resolve_one_character(typed, lookup, kind, stages)
    for stage in stages:
        query = typed
        if stage.startswith("pinyin"):
            query = pinyin_query(typed)
            if not query or query != typed.lower().replace(" ", "").replace("'", ""):
                continue  # only plain Latin input is matched against pinyin
        hits = lookup(stage, query, MAX_CANDIDATES + 1)
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            names = "、".join(name for _, name in hits[:MAX_CANDIDATES])
            more = "…" if len(hits) > MAX_CANDIDATES else ""
            raise Ambiguous(f"{kind}.ambiguous", name=typed, candidates=names + more)
    raise NotFound(f"{kind}.not_found", name=typed, candidates=similar_names(typed, lookup, stages))


WHOLE_NAME_STAGES = ("exact", "alias")


def _resolve_one_character(typed: str, lookup: Lookup, kind: str, stages: tuple[str, ...]
                           ) -> tuple[int, str]:
    """One character (a surname: 王 in a county with several 王) names a record only as its
    whole name or alias: never by substring or pinyin initial. Otherwise the names it is part
    of are listed, as for an ambiguous name, so the user types more of the one meant."""
    for stage in (s for s in stages if s in WHOLE_NAME_STAGES):
        hits = lookup(stage, typed, 2)
        if len(hits) == 1:
            return hits[0]
    partial = "pinyin" if pinyin_query(typed) == typed.lower() and "pinyin" in stages else (
        "substring" if "substring" in stages else None)
    hits = lookup(partial, pinyin_query(typed) if partial == "pinyin" else typed,
                  MAX_CANDIDATES + 1) if partial else []
    if not hits:
        raise NotFound(f"{kind}.not_found", name=typed, candidates=[])
    names = "、".join(name for _, name in hits[:MAX_CANDIDATES])
    more = "…" if len(hits) > MAX_CANDIDATES else ""
    raise Ambiguous("match.single_character", name=typed, candidates=names + more)


# a character found in this many names says little about which one was meant
_CHAR_HITS = 200


def similar_names(typed: str, lookup: Lookup, stages: tuple[str, ...]) -> list[str]:
    """Up to ten names close to a text that matched none: for Latin text, names whose pinyin
    holds the longest start of it (at least half of it, three letters); otherwise the names
    sharing the most of its characters (at least half of them)."""
    query = pinyin_query(typed)
    if query and query == typed.lower().replace(" ", "").replace("'", ""):
        if "pinyin" not in stages:
            return []
        for end in range(len(query) - 1, max(3, (len(query) + 1) // 2) - 1, -1):
            hits = lookup("pinyin", query[:end], MAX_CANDIDATES)
            if hits:
                return [name for _, name in hits]
        return []
    chars = [ch for ch in dict.fromkeys(typed) if not ch.isspace()][:8]
    shared: dict[str, int] = {}
    for ch in chars:
        for _, name in lookup("substring", ch, _CHAR_HITS):
            shared[name] = shared.get(name, 0) + 1
    need = (len(chars) + 1) // 2
    close = sorted((name for name, count in shared.items() if count >= need),
                   key=lambda name: (-shared[name], name))
    return close[:MAX_CANDIDATES]
