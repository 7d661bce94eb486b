"""Messages of `visitlog report officer`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "card.title": ("{name}（{dept}）{year} 年履职卡，截至 {as_of}",
                   "{name} ({dept}): {year} card, as of {as_of}"),
    "card.weeks": ("一周进一企：完成 {met}/{due} 周，连续 {streak} 周",
                   "Weekly visits: {met}/{due} weeks met, streak {streak}"),
    "card.not_yet": ("{name} 自 {since} 起在岗，{year} 年（截至 {as_of}）尚未在岗",
                     "{name} is active from {since}: not in {year} (up to {as_of})"),
    "card.retired": ("{name} 已于 {retired} 离岗，{year} 年不在岗",
                     "{name} left on {retired}: not active in {year}"),
    "card.six_ones": ("六个一", "Six ones"),
    "card.roles": ("五大员", "Five roles"),
    "card.col.done": ("完成", "done"),
    "card.never": ("本年未履职", "not exercised this year"),
    "card.enterprises": ("走访企业 {count} 家", "Enterprises visited: {count}"),
    "card.recent": ("最近走访", "Recent visits"),
    "card.behind": ("落后于时间进度：{categories}", "Behind the calendar: {categories}"),
    "card.col.year": ("年度", "year"),
    "card.col.as_of": ("截至", "as of"),
    "card.col.weeks_met": ("完成周数", "weeks met"),
    "card.col.weeks_due": ("应完成周数", "weeks due"),
}
