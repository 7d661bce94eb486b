"""The system's reasons for a failure, as the C library (strerror) or SQLite words them, in
both languages: {key: (zh, en)}. A `reason.E…` key is that errno's text (whatever words the
platform's C library uses); a reason not here is shown as given (see i18n.t)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "reason.ENOENT": ("文件或文件夹不存在", "No such file or directory"),
    "reason.ENOTDIR": ("路径中有一部分不是文件夹", "Not a directory"),
    "reason.EISDIR": ("这是一个文件夹", "Is a directory"),
    "reason.EEXIST": ("文件已存在", "File exists"),
    "reason.EACCES": ("没有权限", "Permission denied"),
    "reason.EPERM": ("不允许此操作", "Operation not permitted"),
    "reason.EROFS": ("只读的文件系统", "Read-only file system"),
    "reason.ENOSPC": ("磁盘已满", "No space left on device"),
    "reason.EDQUOT": ("超出磁盘配额", "Disk quota exceeded"),
    "reason.EFBIG": ("文件太大", "File too large"),
    "reason.EIO": ("读写出错", "Input/output error"),
    "reason.ENAMETOOLONG": ("文件名太长", "File name too long"),
    "reason.ELOOP": ("符号链接层数过多", "Too many levels of symbolic links"),
    "reason.EBUSY": ("设备或资源正忙", "Device or resource busy"),
    "reason.sqlite_malformed": ("数据库文件已损坏", "database disk image is malformed"),
    "reason.sqlite_not_a_database": ("不是数据库文件", "file is not a database"),
    "reason.sqlite_disk_io": ("磁盘读写出错", "disk I/O error"),
    "reason.sqlite_full": ("数据库或磁盘已满", "database or disk is full"),
    "reason.sqlite_readonly": ("数据库只读，不能写入", "attempt to write a readonly database"),
    "reason.sqlite_cannot_open": ("无法打开数据库文件", "unable to open database file"),
    "reason.sqlite_locked": ("数据库被占用", "database is locked"),
    "reason.int_too_large": ("整数太大，台账存不下", "Python int too large to convert to SQLite INTEGER"),
    "reason.date_out_of_range": ("日期超出范围", "date value out of range"),
}
