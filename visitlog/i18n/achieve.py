"""Messages of `visitlog achieve`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "achieve.added": ("✓ 已记录成果 #{id}：{date} {officer} {category} ×{count}「{description}」",
                      "✓ Recorded achievement #{id}: {date} {officer} {category} ×{count} '{description}'"),
    "achieve.edited": ("已修改成果 #{id}：{date} {officer} {category} ×{count}「{description}」",
                       "Changed achievement #{id}: {date} {officer} {category} ×{count} '{description}'"),
    "achieve.deleted": ("已删除成果 #{id}：{date} {officer} {category}（可用 visitlog undo 恢复）",
                        "Deleted achievement #{id}: {date} {officer} {category} (visitlog undo restores it)"),
    "achieve.exists": ("{date} 的{category}成果「{description}」已记录过",
                       "The {category} achievement '{description}' on {date} is already recorded"),
    "achieve.not_found": ("没有编号为 {id} 的成果记录", "There is no achievement #{id}"),
    "achieve.bad_count": ("数量应为正整数，而不是 {value}", "count must be a positive whole number, not {value}"),
    "achieve.title": ("六个一成果（{count}）", "Six-ones achievements ({count})"),
    "achieve.col.category": ("类别", "category"),
    "achieve.col.count": ("数量", "count"),
    "achieve.col.description": ("内容", "description"),
    "achieve.col.visit": ("走访", "visit"),
}
