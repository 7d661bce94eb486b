"""Correcting officers (edit, unretire): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "officer.edit_nothing": ("没有要修改的内容；请给出 --name、--dept 或 --since",
                             "Nothing to change; give --name, --dept or --since"),
    "officer.since_after_retired": ("{name} 的到岗日期 {since} 不能晚于或等于离岗日期 {retired}",
                                    "{name}'s first day {since} must be before their retirement on {retired}"),
    "officer.edited": ("已修改干部 {name}（{dept}，{since} 起）", "Updated officer {name} ({dept}, from {since})"),
    "officer.not_retired": ("{name} 没有离岗记录", "{name} is not retired"),
    "officer.unretired": ("{name} 恢复在岗（取消离岗）", "{name} is active again (retirement taken back)"),
}
