"""Messages of `visitlog backup` (keys `backup.*`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "backup.done": ("已备份台账 {db} 到 {path}（仅本人可读）",
                    "Backed up {db} to {path} (readable by you only)"),
    "backup.exists": ("{path} 已存在；换一个文件名，或加 --force 覆盖",
                      "{path} already exists; choose another name or add --force to overwrite it"),
    "backup.same_file": ("{path} 就是台账本身；请指定另一个文件",
                         "{path} is the logbook itself; name another file"),
    "backup.not_a_file": ("{path} 不是普通文件（设备或管道）；请指定备份文件名",
                          "{path} is not a regular file (a device or a pipe); name a backup file"),
    "backup.is_directory": ("{path} 是一个目录；请指定备份文件名，如 {path}/visitlog-backup.db",
                            "{path} is a directory; name a file, e.g. {path}/visitlog-backup.db"),
    "backup.no_logbook": ("台账 {path} 不存在，没有可备份的内容；请检查 --db",
                          "There is no logbook at {path} to back up; check --db"),
    "backup.no_folder": ("文件夹 {folder} 不存在；请把备份文件放在已有的文件夹里",
                         "The folder {folder} does not exist; name a backup file in an "
                         "existing folder"),
    "backup.cannot_write": ("无法写入备份 {path}（{reason}）；请检查目录权限和磁盘空间，台账未被修改",
                            "Cannot write the backup {path} ({reason}); check the folder's "
                            "permissions and free space. The logbook was not changed"),
}
