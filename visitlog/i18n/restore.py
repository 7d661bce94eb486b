"""Messages of `visitlog restore` (keys `restore.*`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "restore.done": ("已从 {source} 恢复台账 {db}",
                     "Restored the logbook {db} from {source}"),
    "restore.kept": ("原台账已另存为 {kept}", "the replaced logbook is kept as {kept}"),
    "restore.missing": ("找不到备份文件 {path}", "No such backup file: {path}"),
    "restore.is_folder": ("{path} 是文件夹，不是备份文件", "{path} is a folder, not a backup file"),
    "restore.same_file": ("{path} 就是台账本身，无需恢复", "{path} is the logbook itself; nothing to restore"),
    "restore.unreadable": ("无法读取备份 {path}（{reason}）；请检查文件权限，台账未被修改",
                           "Cannot read the backup {path} ({reason}); check its permissions. "
                           "The logbook was not changed"),
    "restore.not_sqlite": ("{path} 不是 SQLite 数据库文件，不能用来恢复；台账未被修改",
                           "{path} is not an SQLite file, so it cannot be restored; "
                           "the logbook was not changed"),
    "restore.corrupt": ("备份 {path} 已损坏（{reason}）；请换一个备份，台账未被修改",
                        "The backup {path} is damaged ({reason}); use another backup. "
                        "The logbook was not changed"),
    "restore.not_logbook": ("{path} 不是 visitlog 台账（缺少表：{tables}）；台账未被修改",
                            "{path} is not a visitlog logbook (missing tables: {tables}); "
                            "the logbook was not changed"),
    "restore.newer": ("备份 {path} 由更新版本的 visitlog 创建（结构版本 {version}）；请先升级 visitlog，台账未被修改",
                      "The backup {path} was written by a newer visitlog (schema {version}); "
                      "upgrade visitlog first. The logbook was not changed"),
    "restore.cannot_write": ("无法写入 {path}（{reason}）；请检查目录权限和磁盘空间，台账未被修改",
                             "Cannot write {path} ({reason}); check the folder's permissions and "
                             "free space. The logbook was not changed"),
}
