"""Pinyin keys for name matching, computed once when a name is written and stored.

Importing pypinyin costs ~300 ms, so only write paths import this module; matching reads the
stored keys.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lazy_pinyin():  # noqa: ANN202
    from pypinyin import Style, lazy_pinyin

    return lambda text, initials: lazy_pinyin(
        text, style=Style.FIRST_LETTER if initials else Style.NORMAL, errors="default"
    )


def _squash(parts: list[str]) -> str:
    return "".join(ch for ch in "".join(parts).lower() if ch.isascii() and ch.isalnum())


def pinyin_keys(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name, lower-case, letters and digits only.

    >>> pinyin_keys("江苏金海新能源")
    ('jiangsujinhaixinnengyuan', 'jsjhxny')
    """
    convert = _lazy_pinyin()
    return _squash(convert(name, False)), _squash(convert(name, True))
