"""Messages of the checks on rows a merge or a restore brings in (keys `incoming.*`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "incoming.bad_row": ("{path} 第 {line} 行（{table}.{column}）：{reason}；未合并任何数据",
                         "{path} line {line} ({table}.{column}): {reason}; nothing was merged"),
    "incoming.bad_db_row": ("{path} 的 {table} 表中 uid 为 {line} 的记录（{column}）：{reason}；未合并任何数据",
                            "{path}, table {table}, the row with uid {line} ({column}): {reason}; "
                            "nothing was merged"),
    "incoming.bad_restore_row": (
        "备份 {path} 的 {table} 表中 uid 为 {line} 的记录（{column}）：{reason}；台账未被修改",
        "The backup {path}, table {table}, the row with uid {line} ({column}): {reason}; "
        "the logbook was not changed"),
    "incoming.refused": ("{path} 中的数据与本台账不一致（{reason}）；未合并任何数据",
                         "{path} does not fit this logbook ({reason}); nothing was merged"),
    "incoming.ignored": ("  文件中不属于 visitlog 的内容已忽略：{names}",
                        "  ignored, not visitlog's: {names}"),
    "incoming.does_not_fit": ("{path} 的数据不符合 visitlog 的台账结构（{reason}）；未做任何更改",
                             "{path} does not fit visitlog's logbook ({reason}); "
                             "nothing was changed"),
    "incoming.no_tables": ("{path} 不是 visitlog 台账（缺少表：{tables}）",
                          "{path} is not a visitlog logbook (missing tables: {tables})"),
    "incoming.not_text": ("不是有效的文本", "not valid text"),
    "incoming.empty": ("不能为空", "must not be empty"),
    "incoming.untrimmed": ("首尾有空白", "has spaces at either end"),
    "incoming.too_long": ("超过 {limit} 个字符", "longer than {limit} characters"),
    "incoming.control": ("含有控制字符", "holds control characters"),
    "incoming.not_date": ("不是 YYYY-MM-DD 格式的有效日期", "not a valid YYYY-MM-DD date"),
    "incoming.future": ("晚于今天（{today}）", "after today ({today})"),
    "incoming.not_number": ("不是整数", "not a whole number"),
    "incoming.out_of_range": ("不在 {low}–{high} 之间", "not between {low} and {high}"),
    "incoming.unknown": ("不是已知的取值（{allowed}）", "not a known value ({allowed})"),
    "incoming.bad_uid": ("不是有效的标识", "not a valid identifier"),
    "incoming.bad_stamp": ("不是有效的修改时间", "not a valid time of edit"),
    "incoming.stamp_future": ("修改时间晚于本机时钟（{now}）",
                              "a time of edit later than this computer's clock ({now})"),
    "incoming.week_mismatch": ("与日期不符（应为 {week}）",
                               "does not match the date (it is {week})"),
    "incoming.before": ("早于 {other}", "before {other}"),
    "incoming.assignment": ("挂钩须是一家企业或一个镇（街道），二者只能有一个",
                            "an assignment is to one enterprise or one town, not both or neither"),
    "incoming.too_long_line": ("{path} 第 {line} 行过长（超过 {limit} 字节）；未合并任何数据",
                               "{path} line {line} is too long (over {limit} bytes); "
                               "nothing was merged"),
}
