"""What `undo` and `redo` name for the correcting commands: {key: (zh, en)}.

(The other commands' undo.* keys are in core.py; a key not found here is looked up there.)
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "undo.enterprise.edit": ("修改企业 {name}", "editing enterprise {name}"),
    "undo.enterprise.merge": ("将 {duplicate} 合并到 {name}", "merging {duplicate} into {name}"),
    "undo.enterprise.delete": ("删除企业 {name}", "deleting enterprise {name}"),
    "undo.officer.edit": ("修改干部 {name}", "editing officer {name}"),
    "undo.officer.unretire": ("{name} 恢复在岗", "taking back {name}'s retirement"),
    "undo.leave.edit": ("修改请假 #{id}（{name}）", "editing leave #{id} ({name})"),
    "undo.leave.delete": ("删除请假 #{id}（{name} {start}～{end}）", "deleting leave #{id} ({name}, {start} to {end})"),
}
