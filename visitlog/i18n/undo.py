"""What `undo` and `redo` name for the correcting commands: {key: (zh, en)}.

(The other commands' undo.* keys are in core.py; a key not found here is looked up there.)
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "undo.enterprise.edit": ("修改企业 {name}", "editing enterprise {name}"),
    "undo.enterprise.merge": ("将 {duplicate} 合并到 {name}", "merging {duplicate} into {name}"),
    "undo.enterprise.delete": ("删除企业 {name}", "deleting enterprise {name}"),
}
