"""Messages of chairman reception days (主席接待日): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "reception.not_found": ("没有编号为 {id} 的接待日", "There is no reception day #{id}"),
    "reception.no_enterprise": ("至少要有一家参加的企业（--enterprise）",
                                "Name at least one enterprise that attended (--enterprise)"),
    "reception.too_many": ("一次接待日最多接待 {limit} 家企业，而不是 {count} 家",
                           "A reception day receives at most {limit} enterprises, not {count}"),
    "reception.duplicate_enterprise": ("{enterprise} 重复出现", "{enterprise} is named twice"),
    "reception.exists": ("{date} {host} 的接待日已记录", "{host}'s reception day on {date} is "
                         "already logged"),
    "reception.duplicate_leader": ("领导名单中有重复的姓名", "The leaders' list names someone twice"),
    "reception.bad_range": ("结束日期 {last} 早于开始日期 {first}", "{last} is before {first}"),
    "reception.range_too_long": ("排班范围不能超过 {days} 天", "A roster covers at most {days} days"),
    "reception.no_leaders": ("尚未设置接待日领导；请运行 visitlog reception leaders set 姓名… "
                             "或加 --leader", "No leaders set; run `visitlog reception leaders "
                             "set NAME…` or give --leader"),
    "reception.future_year": ("{year} 年尚未开始", "{year} has not started yet"),
    "reception.not_sunday": ("注意：{date} 不是星期日（已照常记录）",
                             "Note: {date} is not a Sunday (recorded anyway)"),
    "reception.logged": ("✓ 已记录接待日 #{id}：{date} {host}，接待企业 {count} 家",
                         "✓ Logged reception day #{id}: {date}, {host}, {count:enterprise|enterprises}"),
    "reception.leaders_set": ("接待日领导轮值顺序：{names}", "Reception leaders, in turn: {names}"),
    "reception.title": ("主席接待日（{count}）", "Reception days ({count})"),
    "reception.roster_title": ("接待日排班（{count} 个星期日）", "Reception roster ({count} Sundays)"),
    "reception.not_attended_title": ("{year} 年尚未参加接待日的企业（职工 ≥ {min}，{count} 家）",
                                     "Enterprises with ≥ {min} staff that have not attended in "
                                     "{year} ({count})"),
    "reception.attended_title": ("{year} 年已参加的企业（{count} 家；共举办 {receptions} 次）",
                                 "Enterprises that attended in {year} ({count}; "
                                 "{receptions} reception days held)"),
    "reception.col.host": ("接待领导", "host"),
    "reception.col.enterprises": ("接待企业", "enterprises"),
    "reception.col.participants": ("参加人数", "participants"),
    "reception.col.demands": ("诉求", "demands"),
    "reception.col.week": ("周", "week"),
    "reception.col.leader": ("值班领导", "leader"),
    "reception.col.turn": ("轮值顺序", "turn"),
    "reception.leaders_title": ("接待日领导（{count}）", "Reception leaders ({count})"),
    "reception.col.times": ("次数", "times"),
    "reception.col.last": ("最近一次", "last"),
}
