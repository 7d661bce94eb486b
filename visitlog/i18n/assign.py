"""挂钩 / 分片包镇 assignments: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "assign.nothing": ("请用 --enterprise 或 --town 指定挂钩对象，或用 --clear 清除", "Give --enterprise or --town to assign, or --clear"),
    "assign.no_towns": ("没有企业位于「{town}」；还没有企业登记镇街（enterprise add --town）",
                        "No enterprise is in '{town}'; no enterprise has a town yet "
                        "(enterprise add --town)"),
    "assign.unknown_town": ("没有企业位于「{town}」；已有镇街：{towns}", "No enterprise is in '{town}'; known towns: {towns}"),
    "assign.bad_within": ("无法识别时间窗「{text}」；请用 8w、60d、2m 或 8周", "Unrecognised window '{text}'; use 8w, 60d, 2m or 8周"),
    "assign.done": ("{officer}：新增挂钩 {added} 项，已有 {already} 项，清除 {cleared} 项", "{officer}: {added:assignment|assignments} added, {already} already there, {cleared} cleared"),
    "assign.outside": ("提示：{enterprise} 不在 {officer} 的挂钩范围内。", "Note: {enterprise} is outside {officer}'s assignment."),
    "assign.list_title": ("挂钩（{count}）", "Assignments ({count})"),
    "assign.col.kind": ("类型", "kind"),
    "assign.kind.enterprise": ("挂钩企业", "enterprise"),
    "assign.kind.town": ("分片包镇", "town"),
    "assign.col.assigned": ("挂钩对象", "assigned"),
    "assign.col.via": ("挂钩方式", "via"),
    "assign.col.last_visit": ("最近走访", "last visit"),
    "assign.col.visited": ("期内已走访", "visited"),
    "assign.report_title": ("挂钩企业走访情况（截至 {as_of}，近 {days} 天）", "Assigned enterprises (as of {as_of}, last {days:day|days})"),
    "assign.summary": ("挂钩企业 {assigned} 家，{since} 以来未走访 {unvisited} 家", "{assigned} assigned enterprises, {unvisited} not visited since {since}"),
}
