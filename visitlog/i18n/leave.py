"""Correcting leave (edit, delete): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "leave.not_found": ("没有编号为 #{id} 的请假（见 visitlog leave list）", "No leave #{id} (see visitlog leave list)"),
    "leave.edit_nothing": ("没有要修改的内容；请给出 --from、--to 或 --reason", "Nothing to change; give --from, --to or --reason"),
    "leave.edited": ("已修改请假 #{id}：{name} {start}～{end}", "Updated leave #{id}: {name}, {start} to {end}"),
    "leave.deleted": ("已删除请假 #{id}：{name} {start}～{end}（可用 visitlog undo 恢复）",
                      "Deleted leave #{id}: {name}, {start} to {end} (visitlog undo restores it)"),
}
