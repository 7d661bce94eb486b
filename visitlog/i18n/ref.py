"""Messages of short references (visits, demands, reception days): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "ref.bad": ("「{text}」既不是编号也不是简码（至少 6 位 0-9、a-f，见列表的“简码”一栏）",
                "'{text}' is neither a number nor a reference (6 or more of 0-9 a-f, as "
                "listings show them under 'ref')"),
    "ref.ambiguous": ("简码 {ref} 对应多条记录：{candidates}；请多输入几位",
                      "The reference {ref} matches several rows: {candidates}; type more of it"),
    "ref.column": ("简码", "ref"),
}
