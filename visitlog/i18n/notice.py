"""`report notice`, the weekly 通报: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "notice.title": ("一周进一企工作通报：{week}（{start}～{end}，截至 {as_of}）",
                     "One enterprise per week: notice for {week} ({start} to {end}, as of {as_of})"),
    "notice.col.figure": ("项目", "figure"),
    "notice.col.value": ("数", "number"),
    "notice.col.officers": ("干部", "officers"),
    "notice.col.outcome": ("成效", "outcome"),
    "notice.rate": ("完成率", "rate"),
    "notice.due": ("应完成", "due"),
    "notice.met": ("已完成", "met"),
    "notice.visits": ("走访次数", "visits"),
    "notice.enterprises": ("走访企业", "enterprises visited"),
    "notice.demands_raised": ("本周新登记诉求", "demands raised this week"),
    "notice.demands_overdue": ("逾期未办结诉求", "demands overdue"),
    "notice.depts": ("各部室完成率", "Departments by rate"),
    "notice.people": ("完成与未完成", "Who met, who missed"),
    "notice.streaks": ("连续完成周数最长", "Longest streaks"),
    "notice.outcomes": ("本周成效", "The week's outcomes"),
}
