"""三个一天 practice days: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "practice.bad_month": ("无法识别月份「{text}」；请用 YYYY-MM，如 2026-11", "Unrecognised month '{text}'; use YYYY-MM, e.g. 2026-11"),
    "practice.future_month": ("{month} 尚未开始，不能生成报表", "{month} has not started yet"),
    "practice.future_year": ("{year} 年尚未开始，不能生成报表", "{year} has not started yet"),
    "practice.exists": ("{officer} {date} 的「{kind}」实践日已记录过", "{officer}'s {kind} day on {date} is already logged"),
    "practice.logged": ("✓ 已记录 #{id}：{date} {officer} 当一天{kind}{at}。", "✓ Logged #{id}: {date} {officer}, a day as {kind}{at}."),
    "practice.at": ("（{enterprise}）", " at {enterprise}"),
    "practice.month_done": ("{month} 三个一天已全部完成。", "All three days of {month} are done."),
    "practice.month_missing": ("{month} 还差：{missing}。", "Still to do in {month}: {missing}."),
    "practice.bad_entry": ("{officer} {date} 的实践日无效", "Invalid practice day for {officer} on {date}"),
    "practice.kind.chair": ("基层工会主席", "union chairman"),
    "practice.kind.office": ("工会办公室专职干部", "union office staff"),
    "practice.kind.worker": ("普通职工", "ordinary worker"),
    "practice.col.complete": ("全部完成", "complete"),
    "practice.col.months_complete": ("完成月数", "months complete"),
    "practice.title": ("{month} 三个一天", "{month}: the three practice days"),
    "practice.summary": ("干部 {officers} 名，全部完成 {complete} 名", "{officers:officer|officers}, {complete} complete"),
    "practice.year_title": ("{year} 年三个一天（按月）", "{year}: the three practice days by month"),
    "practice.year_legend": ("✓ 三天全部完成　✗ 未完成　· 当月不在岗", "✓ all three days done   ✗ not complete   · not active that month"),
}
