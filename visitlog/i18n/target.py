"""Messages of `visitlog target`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "target.none": ("请给出至少一个 类别=数量，如 outreach=4", "Give at least one CATEGORY=N, e.g. outreach=4"),
    "target.bad": ("目标应写成 类别=数量（如 matters=12），而不是「{text}」",
                   "A target is CATEGORY=N (e.g. matters=12), not '{text}'"),
    "target.bad_year": ("年度「{year}」无效", "Invalid year '{year}'"),
    "target.everyone": ("全体干部（默认）", "everyone (default)"),
    "target.done": ("已设置 {year} 年目标（{who}）：{targets}", "Set {year} targets for {who}: {targets}"),
    "target.title": ("{year} 年六个一目标", "Six-ones targets for {year}"),
    "target.col.label": ("名称", "name"),
    "target.col.target": ("目标", "target"),
    "target.col.source": ("来源", "source"),
    "target.source.spec": ("系统默认", "built-in default"),
    "target.source.logbook": ("台账默认", "logbook default"),
    "target.source.officer": ("个人目标", "officer's own"),
}
