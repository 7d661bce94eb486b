"""Correcting officers (edit, unretire): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "officer.edit_nothing": ("没有要修改的内容；请给出 --name、--dept 或 --since",
                             "Nothing to change; give --name, --dept or --since"),
    "officer.since_after_retired": ("{name} 的到岗日期 {since} 不能晚于或等于离岗日期 {retired}",
                                    "{name}'s first day {since} must be before their retirement on {retired}"),
    "officer.edited": ("已修改干部 {name}（{dept}，{since} 起）", "Updated officer {name} ({dept}, from {since})"),
    "officer.me_followed": ("你的默认干部（me）随之改为 {name}", "Your default officer (me) is now {name}"),
    "officer.not_retired": ("{name} 没有离岗记录", "{name} is not retired"),
    # an entry (practice day, interview, achievement) dated when the officer was not active:
    # recorded all the same, with the note `log` gives for a visit
    "officer.inactive.not_yet": ("提示：{officer} 自 {on} 起在岗，{date} 尚未在岗。",
                                 "Note: {officer} is active from {on}, not yet on {date}."),
    "officer.inactive.retired": ("提示：{officer} 已于 {on} 离岗（记录日期 {date}）。",
                                 "Note: {officer} left on {on} (the entry is dated {date})."),
    "officer.unretired": ("{name} 恢复在岗（取消离岗）", "{name} is active again (retirement taken back)"),
}
