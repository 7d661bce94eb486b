"""Messages of `visitlog report year`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "year.future": ("{year} 年尚未开始，不能生成报表", "{year} has not begun; no report for it yet"),
    "year.as_of_future": ("--as-of {as_of} 在今天（{today}）之后；报表只能截至今天或更早的日期",
                          "--as-of {as_of} is after today ({today}); a report is as of today "
                          "or an earlier day"),
    "year.as_of_outside": ("截至日期 {as_of} 不在 {year} 年内", "--as-of {as_of} is not in {year}"),
    "year.title": ("{year} 年度履职情况（截至 {as_of}，时间进度 {elapsed}）",
                   "{year} accountability (as of {as_of}, {elapsed} of the year elapsed)"),
    "year.col.weeks": ("进企周", "weeks"),
    "year.col.weeks_met": ("完成周", "weeks met"),
    "year.col.weeks_due": ("应完成周", "weeks due"),
    "year.col.roles": ("五大员", "roles"),
    "year.col.never": ("未履职角色", "roles never used"),
    "year.col.done": ("{category}完成", "{category} done"),
    "year.col.target": ("{category}目标", "{category} target"),
    "year.col.status": ("{category}进度", "{category} status"),
    "year.legend": ("✓ 已完成  · 进度正常  ! 落后于时间进度  ✗ 本年未履职的角色",
                    "✓ done  · on track  ! behind the calendar  ✗ role not exercised this year"),
    "year.status.done": ("已完成", "done"),
    "year.status.on_track": ("进度正常", "on track"),
    "year.status.behind": ("落后", "behind"),
    "year.summary": ("干部 {officers} 名；六个一全部完成 {all_done} 名，有落后项 {behind} 名",
                     "{officers:officer|officers}; {all_done:has|have} met all six ones, {behind:is|are} behind on some"),
}
