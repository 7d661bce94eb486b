"""Messages of `visitlog report coverage`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "coverage.title": ("企业走访覆盖（{count} 家）", "Enterprise coverage ({count})"),
    "coverage.title_never": ("从未走访的企业（{count} 家）", "Enterprises never visited ({count})"),
    "coverage.title_since": ("{since} 以来未走访的企业（{count} 家）",
                             "Enterprises not visited since {since} ({count})"),
    "coverage.col.last_visit": ("最近走访", "last visit"),
    "coverage.col.officers": ("走访干部", "officers"),
    "coverage.never": ("从未走访", "never"),
    "coverage.summary": ("企业 {total} 家，已走访 {visited} 家，从未走访 {never} 家",
                         "{total:enterprise|enterprises}, {visited} visited, {never} never visited"),
    "coverage.bad_sort": ("无法按「{sort}」排序；可用：{sorts}", "Cannot sort by '{sort}'; use {sorts}"),
}
