"""Name resolution: {key: (zh, en)} (match.similar is in core.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "match.single_character": ("「{name}」只有一个字，不按部分或拼音首字母匹配；请输入更多字：{candidates}",
                               "'{name}' is a single character, which names nothing by part or by pinyin initial; type more of the name: {candidates}"),
}
