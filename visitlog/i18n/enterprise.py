"""Correcting enterprises (edit, merge, delete): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "enterprise.edit_nothing": ("没有要修改的内容；请给出 --name、--town、--industry、--employees、--union/--no-union、--alias 或 --drop-alias",
                                "Nothing to change; give --name, --town, --industry, --employees, --union/--no-union, --alias or --drop-alias"),
    "enterprise.no_such_alias": ("{name} 没有简称「{alias}」", "{name} has no alias '{alias}'"),
    "enterprise.edited": ("已修改企业 {name}", "Updated enterprise {name}"),
    "enterprise.merge_same": ("「{name}」与合并目标是同一家企业", "'{name}' and the enterprise to merge into are the same"),
    "enterprise.merge_clash": ("不能把 {duplicate} 合并到 {name}：同一干部同一天在两家都有走访（{visits}）；请先修改或删除其中一条",
                               "Cannot merge {duplicate} into {name}: one officer visited both on the same day ({visits}); edit or delete one of each pair first"),
    "enterprise.merged": ("已将 {duplicate} 合并到 {name}（原名称保留为简称）",
                          "Merged {duplicate} into {name} (its name is kept as an alias)"),
    "enterprise.delete_referred": ("{name} 仍有 {count} 条关联记录（走访、诉求、接待、挂钩、实践日），不能删除；如是重复企业，请用 visitlog enterprise merge {name} --into 正式名称",
                                   "{name} is still referred to by {count:record|records} (visits, demands, receptions, assignments, practice days) and cannot be deleted; if it is a duplicate, use visitlog enterprise merge {name} --into THE-RIGHT-NAME"),
    "enterprise.deleted": ("已删除企业 {name}（可用 visitlog undo 恢复）", "Deleted enterprise {name} (visitlog undo restores it)"),
}
