"""Messages of the PostgreSQL engine (a logbook on a server, given by its URL)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "pg.missing": ("使用 PostgreSQL 台账需要安装驱动：pip install 'visitlog[postgres]'",
                   "A PostgreSQL logbook needs its driver: pip install 'visitlog[postgres]'"),
    "pg.connect": ("无法连接 PostgreSQL 台账 {path}：{reason}",
                   "Cannot connect to the PostgreSQL logbook {path}: {reason}"),
    "pg.browse": ("browse 只能浏览 SQLite 台账文件；PostgreSQL 台账请用数据库自己的工具（psql 等），"
                  "或先 merge 到一个 SQLite 文件",
                  "browse serves SQLite logbook files only; for a PostgreSQL logbook use the "
                  "server's own tools (psql …), or merge it into a SQLite file first"),
    "pg.no_tool": ("未找到 {tool}：PostgreSQL 台账的备份与恢复使用 PostgreSQL 自带的 {tool}；"
                   "请安装 PostgreSQL 客户端工具（Debian：apt install postgresql-client）",
                   "{tool} was not found: backups of a PostgreSQL logbook use PostgreSQL's own "
                   "{tool}; install PostgreSQL's client tools (Debian: apt install "
                   "postgresql-client)"),
    "pg.tool_failed": ("{tool} 失败：{reason}", "{tool} failed: {reason}"),
    "pg.not_dump": ("{path} 不是 visitlog 的 PostgreSQL 备份（pg_dump 自定义格式）",
                    "{path} is not a backup of a PostgreSQL logbook (pg_dump's custom format)"),
    "pg.undo_conflict": ("无法撤销{what}：{who}之后修改了同样的记录；未做任何修改",
                         "Cannot undo {what}: {who} has changed the same rows since. "
                         "Nothing was changed"),
    "pg.redo_conflict": ("无法重做{what}：{who}之后修改了同样的记录；未做任何修改",
                         "Cannot redo {what}: {who} has changed the same rows since. "
                         "Nothing was changed"),
    "pg.undo_someone": ("其他人", "someone else"),
    "pg.other_schema": ("{path} 是模式 {schema} 的备份，而本台账在模式 {ours}；"
                        "请恢复到同一模式（连接 URL 的 options=-csearch_path）",
                        "{path} is a backup of the schema {schema}, and this logbook is in "
                        "{ours}: restore it into the same schema (the URL's "
                        "options=-csearch_path)"),
}
