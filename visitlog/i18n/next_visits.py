"""`visitlog next`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "next.title": ("{officer} 本周可去的企业（{date}）", "Where {officer} could go this week ({date})"),
    "next.col.rank": ("序号", "#"),
    "next.col.town": ("镇街", "town"),
    "next.col.last_visit": ("最近走访（任何人）", "last visit (anyone)"),
    "next.col.reasons": ("理由", "reasons"),
    "next.never": ("从未走访", "never"),
    "next.nothing": ("台账里还没有企业。", "The logbook has no enterprises yet."),
    "next.bad_limit": ("--limit 应为正整数，而不是 {value}", "--limit must be a positive number, not {value}"),
    "next.reason.demand_overdue": ("有你登记的诉求已逾期", "a demand of yours is overdue"),
    "next.reason.demand_open": ("有你登记的诉求待回访", "a demand of yours awaits a return visit"),
    "next.reason.assigned": ("你的挂钩企业，久未走访", "assigned to you, not visited lately"),
    "next.reason.large_never_visited": ("大企业，尚无人走访", "large, never visited by anyone"),
    "next.reason.longest_unvisited": ("最久无人走访", "longest without a visit"),
}
