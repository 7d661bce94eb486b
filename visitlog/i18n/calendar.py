"""Messages of `visitlog calendar` and the reports' calendar warning: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "calendar.unofficial": (
        "{year} 年放假调休安排尚未录入，按法定节日推算，未含调休；用 visitlog calendar import 录入",
        "{year} holiday schedule not entered: working days guessed, no make-up days "
        "(visitlog calendar import)"),
    "calendar.title": ("{year} 年放假调休安排", "The {year} holiday schedule"),
    "calendar.title_guessed": ("{year} 年放假调休安排（尚未录入，按法定节日推算）",
                               "The {year} holiday schedule (not entered: guessed from the "
                               "statutory holidays)"),
    "calendar.summary": ("工作日放假 {holidays} 天，调休上班 {workdays} 天",
                         "{holidays:weekday off|weekdays off}, "
                         "{workdays:make-up working day|make-up working days}"),
    "calendar.col.date": ("日期", "date"),
    "calendar.col.weekday": ("星期", "weekday"),
    "calendar.col.kind": ("类型", "kind"),
    "calendar.col.name": ("名称", "name"),
    "calendar.col.source": ("来源", "source"),
    "calendar.kind.holiday": ("休", "day off"),
    "calendar.kind.workday": ("班", "working day"),
    "calendar.source.package": ("国务院通知（holidays 包）", "State Council (holidays package)"),
    "calendar.source.logbook": ("台账录入", "logbook entry"),
    "calendar.source.guess": ("推算", "guess"),
    "calendar.makeup": ("调休上班", "make-up working day"),
    "calendar.weekdays": ("一二三四五六日", "Mon Tue Wed Thu Fri Sat Sun"),
    "calendar.no_kind": ("请用 --holiday（放假）或 --workday（调休上班）指明类型",
                         "Say which: --holiday (a day off) or --workday (a working day)"),
    "calendar.both_kinds": ("--holiday 与 --workday 只能选一个",
                            "Give --holiday or --workday, not both"),
    "calendar.bad_kind": ("类型「{text}」无效，应为 holiday|workday|休|班|假|上班",
                          "Invalid kind '{text}': use holiday|workday|休|班|假|上班"),
    "calendar.bad_year": ("年度「{year}」超出 1950～2100", "Year '{year}' is outside 1950-2100"),
    "calendar.conflict": ("{date} 在文件中出现两次且内容不同（第 {first} 行）",
                          "{date} appears twice with different contents (first on line {first})"),
    "calendar.set": ("已录入 {count} 天（{what}）：{days}", "Entered {count:day|days} ({what}): {days}"),
    "calendar.unset": ("已删除 {count} 天的录入：{days}", "Removed {count:entry|entries}: {days}"),
    "calendar.unset_none": ("台账中没有这些日期的录入：{days}",
                            "The logbook has no entries for {days}"),
    "calendar.imported": ("已从 {file} 录入 {added} 天（{skipped} 天已有，跳过）",
                          "Entered {added:day|days} from {file} ({skipped} already there, skipped)"),
}
