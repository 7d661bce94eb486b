"""Help pages: every command's text, its parameters' help and the words for their values
(cli/helpwords.py says how a page finds them). {key: (zh, en)}; the English is what the
command declares (tests/test_help_pages.py compares them)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the page's own words (click's, in both languages)
    "help.usage": ("用法：", "Usage: "),
    "help.section.arguments": ("参数：", "Arguments:"),
    "help.section.options": ("选项：", "Options:"),
    "help.section.commands": ("命令：", "Commands:"),
    "help.default": ("默认：{default}", "default: {default}"),
    "help.required": ("必填", "required"),
    "help.range.between": ("{min}–{max}", "{min}<=x<={max}"),
    "help.range.at_least": ("不小于 {min}", "x>={min}"),
    "help.range.at_most": ("不大于 {max}", "x<={max}"),
    "help.metavar.options": ("[选项]", "[OPTIONS]"),
    "help.metavar.command": ("命令 [参数]...", "COMMAND [ARGS]..."),
    "help.type.text": ("文本", "TEXT"),
    "help.type.integer": ("整数", "INTEGER"),
    "help.type.number": ("数字", "NUMBER"),
    "help.type.boolean": ("是|否", "BOOLEAN"),
    "help.type.file": ("文件", "FILE"),
    "help.type.dir": ("目录", "DIR"),
    "help.type.path": ("路径", "PATH"),
    # the words for a value: arguments (in the usage line and errors) and options
    "help.metavar.file": ("文件", "FILE"),
    "help.metavar.files": ("文件", "FILES"),
    "help.metavar.dates": ("日期", "DATES"),
    "help.metavar.install_completion": ("[bash|zsh|fish]", "[bash|zsh|fish]"),
    "help.metavar.show_completion": ("[bash|zsh|fish]", "[bash|zsh|fish]"),
    "help.metavar.name": ("名称", "NAME"),
    "help.metavar.demand_id": ("诉求编号", "ID"),
    "help.metavar.visit_id": ("走访编号", "ID"),
    "help.metavar.achievement_id": ("成果编号", "ID"),
    "help.metavar.enterprise": ("企业", "ENTERPRISE"),
    "help.metavar.key": ("设置项", "KEY"),
    "help.metavar.campaign": ("活动", "CAMPAIGN"),
    "help.metavar.value": ("值", "VALUE"),
    "help.metavar.text": ("内容", "TEXT"),
    "help.metavar.kind": ("实践类型", "KIND"),
    "help.metavar.category": ("类别", "CATEGORY"),
    "help.metavar.description": ("内容", "DESCRIPTION"),
    "help.metavar.items": ("类别=数量", "CATEGORY=N"),
    "help.metavar.days": ("天数", "DAYS"),
    "help.metavar.names": ("领导", "NAMES"),
    "help.metavar.date": ("日期", "DATE"),
    "help.metavar.officer": ("姓名", "NAME"),
    "help.metavar.dept": ("部室", "DEPT"),
    "help.metavar.week": ("周", "WEEK"),
    "help.metavar.year": ("年份", "YEAR"),
    "help.metavar.as_of": ("日期", "DATE"),
    "help.metavar.date_from": ("日期", "DATE"),
    "help.metavar.date_to": ("日期", "DATE"),
    "help.metavar.since": ("日期", "DATE"),
    "help.metavar.on": ("日期", "DATE"),
    "help.metavar.due": ("日期", "DATE"),
    "help.metavar.month": ("月份", "YYYY-MM"),
    "help.metavar.town": ("镇街", "TOWN"),
    "help.metavar.role": ("角色", "ROLE"),
    "help.metavar.outcome": ("键=数量", "KEY=N"),
    "help.metavar.note": ("备注", "TEXT"),
    "help.metavar.output": ("文件", "FILE"),
    "help.metavar.lang": ("zh|en", "zh|en"),
    "help.metavar.host": ("姓名", "NAME"),
    "help.metavar.to": ("单位", "UNIT"),
    "help.metavar.satisfaction": ("评价", "RATING"),
    "help.metavar.status": ("状态", "STATUS"),
    "help.metavar.point": ("访谈点", "POINT"),
    "help.metavar.group": ("群体", "GROUP"),
    "help.metavar.count": ("数量", "N"),
    "help.metavar.limit": ("数量", "N"),
    "help.metavar.employees": ("人数", "N"),
    "help.metavar.reason": ("原因", "TEXT"),
    "help.metavar.alias": ("简称", "ALIAS"),
    "help.metavar.industry": ("行业", "INDUSTRY"),
    "help.metavar.visit": ("走访编号", "ID"),
    "help.metavar.reception": ("接待日编号", "ID"),
    "help.metavar.within": ("时间窗", "WINDOW"),
    "help.metavar.sort": ("排序", "ORDER"),
    "help.metavar.leader": ("姓名", "NAME"),
    "help.metavar.target": ("人数", "N"),
    "help.metavar.max_age": ("年龄", "N"),
    "help.metavar.participants": ("人数", "N"),
    "help.metavar.min_employees": ("人数", "N"),
    "help.metavar.port": ("端口", "PORT"),
    "help.metavar.browse.host": ("地址", "ADDRESS"),
    "help.metavar.browse.refresh": ("秒数", "SECONDS"),
    "help.metavar.officer.add.name": ("姓名", "NAME"),
    "help.metavar.leave.add.name": ("姓名", "NAME"),
    "help.metavar.officer.retire.name": ("姓名", "NAME"),
    "help.metavar.report.officer.name": ("姓名", "NAME"),
    "help.metavar.assign.name": ("姓名", "NAME"),
    # each command's page
    "help.page.root": (
        "visitlog：工会“一周进一企”走访台账。\n\n示例：visitlog log 金海 --role 调查员 --date 昨天",
        "visitlog: the field-visit logbook of a trade-union federation (一周进一企).\n\nExample: visitlog log 金海 --role investigator --date 昨天"),
    "help.page.init": (
        "创建台账（已存在则不做任何事）。\n\n示例：visitlog --db office.db init",
        "Create the logbook (nothing happens when it already exists).\n\nExample: visitlog --db office.db init"),
    "help.page.demo": (
        "载入示例县总工会数据，并显示本周报表。\n\n示例：visitlog demo --db demo.db   （或：visitlog --db demo.db demo）",
        "Load the example county federation and print this week's report.\n\nExample: visitlog demo --db demo.db   (or: visitlog --db demo.db demo)"),
    "help.page.log": (
        "记录一次企业走访。\n\n示例：visitlog log 金海 --role 调查员 --date 昨天 --note \"了解职工诉求\"",
        "Log a visit to an enterprise.\n\nExample: visitlog log 金海 --role investigator --date 昨天 --note \"了解职工诉求\""),
    "help.page.visit": (
        "走访：add 记录、list 列表、show 查看、edit 修改、delete 删除、import 导入。",
        "Visits: add, list, show, edit, delete, import."),
    "help.page.visit.add": (
        "记录一次走访（与 visitlog log 相同）。\n\n示例：visitlog visit add 金海 --officer 王伟 --date 2026-11-20 --role 调查员",
        "Add a visit (the same as `visitlog log`).\n\nExample: visitlog visit add 金海 --officer 王伟 --date 2026-11-20 --role 调查员"),
    "help.page.visit.list": (
        "列出走访，最新的在前。\n\n示例：visitlog visit list --officer 王伟 --from 2026-11-01 --format csv",
        "List visits, newest first.\n\nExample: visitlog visit list --officer 王伟 --from 2026-11-01 --format csv"),
    "help.page.visit.show": (
        "查看一次走访。\n\n示例：visitlog visit show 42",
        "Show one visit.\n\nExample: visitlog visit show 42"),
    "help.page.visit.edit": (
        "修改一次走访；未给出的字段保持不变。\n\n示例：visitlog visit edit 42 --date 2026-11-19 --role 服务员",
        "Change a visit; fields not given stay as they are.\n\nExample: visitlog visit edit 42 --date 2026-11-19 --role helper"),
    "help.page.visit.delete": (
        "删除一次走访（visitlog undo 可恢复）。\n\n示例：visitlog visit delete 42",
        "Delete a visit (`visitlog undo` brings it back).\n\nExample: visitlog visit delete 42"),
    "help.page.visit.import": (
        "从 CSV 文件导入走访，全部成功或全部不导入；已记录的走访跳过。\n\n示例：visitlog visit import visits.csv",
        "Import visits from a CSV file, all or nothing; visits already logged are skipped.\n\nExample: visitlog visit import visits.csv"),
    "help.page.officer": (
        "干部：add 添加、list 列表、retire 离岗、import 导入、edit 修改、unretire 恢复在岗。",
        "Officers: add, list, retire, import, edit, unretire."),
    "help.page.officer.add": (
        "添加一名干部。\n\n示例：visitlog officer add 王伟 --dept 权益保障部 --since 2024-03-01",
        "Add an officer.\n\nExample: visitlog officer add 王伟 --dept 权益保障部 --since 2024-03-01"),
    "help.page.officer.list": (
        "按部室列出干部。\n\n示例：visitlog officer list --dept 权益保障部 --format json   （或：--officer wangwei）",
        "List officers by department.\n\nExample: visitlog officer list --dept 权益保障部 --format json   (or: --officer wangwei)"),
    "help.page.officer.retire": (
        "登记干部离岗：自 --on 当天起不再在岗。\n\n示例：visitlog officer retire 王伟 --on 2026-12-01",
        "Mark an officer as leaving: not active from --on.\n\nExample: visitlog officer retire 王伟 --on 2026-12-01"),
    "help.page.officer.import": (
        "从 CSV 导入干部，全部成功或全部不导入；已有姓名跳过。\n\n示例：visitlog officer import officers.csv",
        "Import officers from CSV, all or nothing; known names are skipped.\n\nExample: visitlog officer import officers.csv"),
    "help.page.leave": (
        "请假（不计入应走访的日子）：add 登记、list 列表、import 导入、edit 修改、delete 删除。",
        "Leave (excused days): add, list, import, edit, delete."),
    "help.page.leave.add": (
        "登记请假：请假日不计为可走访的工作日。\n\n示例：visitlog leave add 王伟 --from 2026-11-16 --to 2026-11-20 --reason 年假",
        "Record leave: excused days do not count as available.\n\nExample: visitlog leave add 王伟 --from 2026-11-16 --to 2026-11-20 --reason 年假"),
    "help.page.leave.list": (
        "列出请假。\n\n示例：visitlog leave list --officer 王伟",
        "List leave.\n\nExample: visitlog leave list --officer 王伟"),
    "help.page.leave.import": (
        "从 CSV 导入请假，全部成功或全部不导入；已登记的请假跳过。\n\n示例：visitlog leave import leave.csv",
        "Import leave from CSV, all or nothing; leave already recorded is skipped.\n\nExample: visitlog leave import leave.csv"),
    "help.page.enterprise": ("企业：add 添加、list 列表、import 导入、edit 修改、merge 合并、delete 删除。",
                             "Enterprises: add, list, import, edit, merge, delete."),
    "help.page.enterprise.add": (
        "添加一家企业。\n\n示例：visitlog enterprise add 江苏金海新能源科技有限公司 --town 金城镇 --alias 金海",
        "Add an enterprise.\n\nExample: visitlog enterprise add 江苏金海新能源科技有限公司 --town 金城镇 --alias 金海"),
    "help.page.enterprise.list": (
        "按镇街列出企业。\n\n示例：visitlog enterprise list --town 金城镇 --format csv -o enterprises.csv",
        "List enterprises by town.\n\nExample: visitlog enterprise list --town 金城镇 --format csv -o enterprises.csv"),
    "help.page.enterprise.import": (
        "从 CSV 导入企业，全部成功或全部不导入；已有名称跳过。\n\n示例：visitlog enterprise import enterprises.csv",
        "Import enterprises from CSV, all or nothing; known names are skipped.\n\nExample: visitlog enterprise import enterprises.csv"),
    "help.page.report": (
        "报表：week 周报、year 年报、heatmap 热力图、officer 个人、coverage 覆盖、summary 汇总等。",
        "Reports: week, year, heatmap, officer, coverage, summary."),
    "help.page.report.week": (
        "谁完成了“一周进一企”，含连续周数和本年累计。\n\n示例：visitlog report week --week last --dept 权益保障部   （或：--missing）",
        "Who met \"one enterprise per week\" (一周进一企), with streaks and year-to-date figures.\n\nExample: visitlog report week --week last --dept 权益保障部   (or: --missing)"),
    "help.page.report.year": (
        "每名干部的全年情况：完成周数/应完成周数、六个一进度（对照时间进度）、五大员角色。\n\n示例：visitlog report year --year 2026 --dept 权益保障部 --format csv -o year.csv",
        "Each officer's year: weeks met/due, six-ones progress against the calendar, roles.\n\nExample: visitlog report year --year 2026 --dept 权益保障部 --format csv -o year.csv"),
    "help.page.report.summary": (
        "本年迄今的全会汇总数字，以及一句可写进县总工会报告的话。\n\n示例：visitlog report summary --year 2026 --format json   （或：--officer 王伟）",
        "The federation's figures for the year so far, and one sentence for the county report.\n\nExample: visitlog report summary --year 2026 --format json   (or: --officer 王伟)"),
    "help.page.report.coverage": (
        "每家企业：最近一次走访、走访次数和走访过的干部。\n\n示例：visitlog report coverage --since 2026-01-01 --sort town\n（或：visitlog report coverage --officer 王伟；visitlog report coverage --assigned --within 8w）",
        "Every enterprise: its last visit, number of visits and the officers who visited.\n\nExample: visitlog report coverage --since 2026-01-01 --sort town\n(or: visitlog report coverage --officer 王伟; visitlog report coverage --assigned --within 8w)"),
    "help.page.report.heatmap": (
        "干部 × 全年各 ISO 周：完成、未完成、不计、进行中。\n\n示例：visitlog report heatmap --year 2026 --dept 组织部",
        "Officers x ISO weeks of the year: met, missed, not due, in progress.\n\nExample: visitlog report heatmap --year 2026 --dept 组织部"),
    "help.page.report.officer": (
        "一名干部的个人卡片：周数与连续周数、六个一、五大员、走访的企业、最近的走访。\n\n示例：visitlog report officer 王伟 --year 2026",
        "One officer's card: weeks and streak, six ones, roles, enterprises, recent visits.\n\nExample: visitlog report officer 王伟 --year 2026"),
    "help.page.report.demands": (
        "本年登记的诉求：办结、按期办结、超期、上报、满意度。\n\n示例：visitlog report demands --year 2026 --officer 王伟 --format markdown",
        "Demands raised in the year: resolved, on time, overdue, escalated, satisfaction.\n\nExample: visitlog report demands --year 2026 --officer 王伟 --format markdown"),
    "help.page.report.reception": (
        "达到该规模的企业中，今年哪些参加过主席接待日，哪些还没有。\n\n示例：visitlog report reception --min-employees 300",
        "Which enterprises of that size attended a reception day this year, and which have not.\n\nExample: visitlog report reception --min-employees 300"),
    "help.page.report.practice": (
        "某月谁完成了三个一天中的哪几天，或全年的月度表。\n\n示例：visitlog report practice --month 2026-11   （或：--year 2026 --officer 王伟）",
        "Who did which of the three practice days (三个一天) in a month, or a year's grid.\n\nExample: visitlog report practice --month 2026-11   (or: --year 2026 --officer 王伟)"),
    "help.page.report.campaign": (
        "大访谈活动对照目标的进度：倒计时所需进度，按访谈点、镇街和群体。\n\n示例：visitlog report campaign 大访谈 --as-of 2026-11-20 --format json",
        "A campaign's progress against its target: the countdown pace, by point, town and group.\n\nExample: visitlog report campaign 大访谈 --as-of 2026-11-20 --format json"),
    "help.page.report.assigned": (
        "按干部列出挂钩企业及其最近一次走访；标出未走访的。\n\n示例：visitlog report assigned --within 8w --officer 王伟",
        "Per officer, the assigned enterprises (挂钩) with their last visit; flags the unvisited.\n\nExample: visitlog report assigned --within 8w --officer 王伟"),
    "help.page.undo": (
        "撤销本台账上的最近一次修改；重复执行可继续往前撤销。\n\n示例：visitlog undo",
        "Revert the last change made on this logbook; repeat to go further back.\n\nExample: visitlog undo"),
    "help.page.config": (
        "设置：officer 和 lang（个人的）；min_available_days、calendar（台账的）。",
        "Settings: officer and lang (yours); min_available_days, calendar (the logbook's)."),
    "help.page.config.set": (
        "修改一项设置；值为空则清除（台账规则恢复默认）。\n\n示例：visitlog config set officer 王伟",
        "Change a setting; an empty value clears it (the logbook's rules: their default).\n\nExample: visitlog config set officer 王伟"),
    "help.page.config.get": (
        "显示一项设置。\n\n示例：visitlog config get officer",
        "Print one setting.\n\nExample: visitlog config get officer"),
    "help.page.config.list": (
        "显示全部设置。\n\n示例：visitlog config list --format json",
        "Print every setting.\n\nExample: visitlog config list --format json"),
    "help.page.demand": (
        "职工诉求：add 登记、assign 交办、escalate 上报、resolve 办结、feedback 回访、show 查看、list 列表。",
        "Demands: add, assign, escalate, resolve, feedback, show, list."),
    "help.page.demand.add": (
        "登记一条职工诉求；初始状态为“登记”。\n\n示例：visitlog demand add \"三名职工反映加班费未足额发放\" --enterprise 金海 --category 欠薪",
        "Record a workers' demand (诉求); it starts `open`.\n\nExample: visitlog demand add \"三名职工反映加班费未足额发放\" --enterprise 金海 --category 欠薪"),
    "help.page.demand.assign": (
        "把诉求交办给一个单位；可从登记、交办或上报状态交办。\n\n示例：visitlog demand assign 12 --to 县人社局劳动监察大队 --due 2026-12-01",
        "Hand a demand to a unit (交办); from open, assigned or escalated.\n\nExample: visitlog demand assign 12 --to 县人社局劳动监察大队 --due 2026-12-01"),
    "help.page.demand.escalate": (
        "把诉求上报上级工会；可从登记或交办状态上报。\n\n示例：visitlog demand escalate 12 --note \"涉及跨区劳务派遣\"",
        "Hand a demand to the upper-level federation (上报); from open or assigned.\n\nExample: visitlog demand escalate 12 --note \"涉及跨区劳务派遣\""),
    "help.page.demand.resolve": (
        "把诉求标记为办结；可从登记、交办或上报状态办结。\n\n示例：visitlog demand resolve 12 --note \"企业已补发加班费\"",
        "Mark a demand resolved (办结); from open, assigned or escalated.\n\nExample: visitlog demand resolve 12 --note \"企业已补发加班费\""),
    "help.page.demand.feedback": (
        "登记回访评价：基本满意及以上则回访满意（关闭），不满意则重新打开。\n\n示例：visitlog demand feedback 12 --satisfaction 满意",
        "Record the return visit's rating (回访); basic or better closes, unsatisfied reopens.\n\nExample: visitlog demand feedback 12 --satisfaction 满意"),
    "help.page.demand.show": (
        "查看一条诉求及其全部经过：谁在何时做了什么。\n\n示例：visitlog demand show 12 --redact",
        "Show one demand with its full history: who did what, when.\n\nExample: visitlog demand show 12 --redact"),
    "help.page.demand.list": (
        "列出诉求，最早的在前（不筛选时包括所有状态）。\n\n示例：visitlog demand list --overdue --format csv --output overdue.csv",
        "List demands, oldest first (every status unless filtered).\n\nExample: visitlog demand list --overdue --format csv --output overdue.csv"),
    "help.page.demand.category": ("诉求类别及其办理时限。", "Demand categories and their response times."),
    "help.page.demand.category.list": (
        "列出诉求类别及其办理时限（天数，0 = 当天）。\n\n示例：visitlog demand category list",
        "List demand categories and their response times in days (0 = the same day).\n\nExample: visitlog demand category list"),
    "help.page.demand.category.set": (
        "添加诉求类别或修改其办理时限（保存在台账中）。\n\n示例：visitlog demand category set housing 15 --name 住房",
        "Add a demand category or change its response time (kept in the logbook).\n\nExample: visitlog demand category set housing 15 --name 住房"),
    "help.page.reception": (
        "主席接待日：log 记录、list 列表、roster 排班、leaders 接待领导。",
        "Reception days: log, list, roster, leaders."),
    "help.page.reception.log": (
        "记录一次主席接待日；接待日上提出的诉求：demand add … --reception 编号。\n\n示例：visitlog reception log --date 2026-11-22 --host 张主席 -e 金海 -e 恒达 --participants 9",
        "Record a chairman reception day; demands raised there: `demand add … --reception ID`.\n\nExample: visitlog reception log --date 2026-11-22 --host 张主席 -e 金海 -e 恒达 --participants 9"),
    "help.page.reception.list": (
        "列出接待日，最早的在前，含参加企业和提出的诉求。\n\n示例：visitlog reception list --from 2026-09-01 --format markdown",
        "List reception days, oldest first, with their enterprises and demands raised.\n\nExample: visitlog reception list --from 2026-09-01 --format markdown"),
    "help.page.reception.roster": (
        "值班表：区间内每个星期日及轮值的领导。\n\n示例：visitlog reception roster --from 2026-12-01 --to 2027-02-28",
        "The duty roster: every Sunday in the range with the leader on duty, in turn.\n\nExample: visitlog reception roster --from 2026-12-01 --to 2027-02-28"),
    "help.page.reception.leaders": (
        "轮流主持接待日的领导。",
        "The leaders who take turns hosting reception days."),
    "help.page.reception.leaders.set": (
        "设置轮流主持接待日的领导，按轮值顺序。\n\n示例：visitlog reception leaders set 张主席 李副主席 王副主席",
        "Set the federation's leaders who host reception days, in rotation order.\n\nExample: visitlog reception leaders set 张主席 李副主席 王副主席"),
    "help.page.reception.leaders.list": (
        "显示轮流主持接待日的领导，按轮值顺序。\n\n示例：visitlog reception leaders list --format json",
        "Show the leaders who host reception days, in rotation order.\n\nExample: visitlog reception leaders list --format json"),
    "help.page.practice": ("三个一天：log 记录。", "Practice days (三个一天): log."),
    "help.page.practice.log": (
        "记录一个实践日：当一天基层工会主席、工会办公室专职干部或普通职工。\n\n示例：visitlog practice log 主席 --enterprise 金海 --date 昨天",
        "Log a practice day: a day as union chairman, union office staff or ordinary worker.\n\nExample: visitlog practice log 主席 --enterprise 金海 --date 昨天"),
    "help.page.campaign": (
        "大访谈活动：create 创建、list 列表、show 查看、point 访谈点。",
        "Interview campaigns (大访谈): create, list, show, point."),
    "help.page.campaign.create": (
        "创建一次大访谈活动，含起止日期和目标。\n\n示例：visitlog campaign create 青年职工大访谈 --from 2026-09-01 --to 12-09 --target 10000",
        "Create an interview campaign (大访谈) with its dates and target.\n\nExample: visitlog campaign create 青年职工大访谈 --from 2026-09-01 --to 12-09 --target 10000"),
    "help.page.campaign.list": (
        "列出大访谈活动及其目标、已访谈人数和访谈点数。\n\n示例：visitlog campaign list --format json   （或：--officer 王伟）",
        "List campaigns with their target, interviewed so far and number of points.\n\nExample: visitlog campaign list --format json   (or: --officer 王伟)"),
    "help.page.campaign.show": (
        "查看一次活动：日期、目标、进度和访谈点。\n\n示例：visitlog campaign show 大访谈   （或：--officer 王伟）",
        "Show a campaign: dates, target, progress and its interview points.\n\nExample: visitlog campaign show 大访谈   (or: --officer 王伟)"),
    "help.page.campaign.point": ("访谈点：add 添加、import 导入。", "Interview points (访谈点): add, import."),
    "help.page.campaign.point.add": (
        "给活动添加一个访谈点。\n\n示例：visitlog campaign point add 大访谈 金湖镇职工服务中心 --town 金湖镇",
        "Add an interview point (访谈点) to a campaign.\n\nExample: visitlog campaign point add 大访谈 金湖镇职工服务中心 --town 金湖镇"),
    "help.page.campaign.point.import": (
        "从 CSV 导入访谈点，全部成功或全部不导入；已有的访谈点跳过。\n\n示例：visitlog campaign point import 大访谈 points.csv",
        "Import interview points from CSV, all or nothing; known points are skipped.\n\nExample: visitlog campaign point import 大访谈 points.csv"),
    "help.page.interview": ("大访谈访谈记录：log 记录、import 导入。", "Campaign interviews: log, import."),
    "help.page.interview.log": (
        "记录在一个访谈点的访谈；每条记录都累加到活动总数。\n\n示例：visitlog interview log 大访谈 --point 金湖镇 --count 35 --group 新就业形态 --online",
        "Log interviews at a point; each entry adds to the campaign's total.\n\nExample: visitlog interview log 大访谈 --point 金湖镇 --count 35 --group 新就业形态 --online"),
    "help.page.interview.import": (
        "从 CSV 导入访谈记录，全部成功或全部不导入；重复导入同一文件不增加任何记录。\n\n示例：visitlog interview import 大访谈 interviews.csv",
        "Import interview entries from CSV, all or nothing; a re-imported file adds nothing.\n\nExample: visitlog interview import 大访谈 interviews.csv"),
    "help.page.assign": (
        "让干部挂钩企业或分片包镇。\n\nvisitlog assign list [--officer 姓名] 则列出挂钩情况。\n\n示例：visitlog assign 王伟 --enterprise 金海 --town 金湖镇",
        "Make an officer responsible for enterprises or towns (挂钩 / 分片包镇).\n\n`visitlog assign list [--officer NAME]` lists the assignments instead.\n\nExample: visitlog assign 王伟 --enterprise 金海 --town 金湖镇"),
    "help.page.achieve": (
        "六个一成果：achieve 类别 内容，以及 import 导入、list 列表、edit 修改、delete 删除。\n\n示例：visitlog achieve matters \"帮助职工追回欠薪\" --count 2",
        "Achievements toward the six ones: `achieve CATEGORY DESCRIPTION`, import, list, edit, delete.\n\nExample: visitlog achieve matters \"帮助职工追回欠薪\" --count 2"),
    "help.page.achieve.add": (
        "记录一项六个一成果。\n\n示例：visitlog achieve outreach \"安全生产宣讲\" --date 昨天 --visit 42",
        "Record an achievement toward one of the six ones.\n\nExample: visitlog achieve outreach \"安全生产宣讲\" --date 昨天 --visit 42"),
    "help.page.achieve.import": (
        "从 CSV 文件导入成果，全部成功或全部不导入；已有的跳过。\n\n示例：visitlog achieve import achievements.csv",
        "Import achievements from a CSV file, all or nothing; ones already there are skipped.\n\nExample: visitlog achieve import achievements.csv"),
    "help.page.achieve.list": (
        "列出成果，最新的在前。\n\n示例：visitlog achieve list --officer 王伟 --year 2026 --format csv",
        "List achievements, newest first.\n\nExample: visitlog achieve list --officer 王伟 --year 2026 --format csv"),
    "help.page.achieve.edit": (
        "修改一项成果；未给出的字段保持不变。\n\n示例：visitlog achieve edit 7 --count 3",
        "Change an achievement; fields not given stay as they are.\n\nExample: visitlog achieve edit 7 --count 3"),
    "help.page.achieve.delete": (
        "删除一项成果（visitlog undo 可恢复）。\n\n示例：visitlog achieve delete 7",
        "Delete an achievement (`visitlog undo` brings it back).\n\nExample: visitlog achieve delete 7"),
    "help.page.target": (
        "六个一目标：set 设置、show 查看、import 导入。\n\n示例：visitlog target set outreach=4 matters=12 --year 2026",
        "Six-ones targets: set, show, import.\n\nExample: visitlog target set outreach=4 matters=12 --year 2026"),
    "help.page.target.set": (
        "设置某年的六个一目标：全体的默认值，或某名干部自己的。\n\n示例：visitlog target set matters=12 friends=8 --officer 王伟 --year 2026",
        "Set six-ones targets for a year: everyone's default, or one officer's own.\n\nExample: visitlog target set matters=12 friends=8 --officer 王伟 --year 2026"),
    "help.page.target.show": (
        "查看某年的目标：全体默认值和干部各自的。\n\n示例：visitlog target show --year 2026 --format json",
        "Show the targets of a year: the default for everyone and officers' own.\n\nExample: visitlog target show --year 2026 --format json"),
    "help.page.target.import": (
        "从 CSV 文件导入目标（officer 为空：全体默认值），全部成功或全部不导入。\n\n示例：visitlog target import targets.csv",
        "Import targets from a CSV file (empty officer: the default for everyone), all or nothing.\n\nExample: visitlog target import targets.csv"),
    "help.page.backup": (
        "在台账使用中把它备份到文件（仅本人可读，0600）。\n\n示例：visitlog backup ~/backups/visitlog-2026-11-22.db",
        "Back up the logbook to FILE while it stays in use (mode 0600).\n\nExample: visitlog backup ~/backups/visitlog-2026-11-22.db"),
    "help.page.restore": (
        "用备份替换台账；被替换的台账另存在旁边。\n\n示例：visitlog restore ~/backups/visitlog-2026-11-22.db",
        "Replace the logbook by a backup; the replaced logbook is kept next to it.\n\nExample: visitlog restore ~/backups/visitlog-2026-11-22.db"),
    "help.page.export": (
        "把台账写成另一本台账可合并的导出包（仅本人可读）。\n\n示例：visitlog export 王伟-2026.jsonl --officer 王伟 --since 2026-01-01 --redact",
        "Write the logbook as a bundle another logbook can merge (readable by you only).\n\nExample: visitlog export 王伟-2026.jsonl --officer 王伟 --since 2026-01-01 --redact"),
    "help.page.merge": (
        "合并导出包或另一本台账；合并两次或按任意顺序合并，结果相同。\n\n示例：visitlog --db 县总工会.db merge 权益保障部.db",
        "Bring a bundle or another logbook in; merging twice, or in any order, gives the same.\n\nExample: visitlog --db 县总工会.db merge 权益保障部.db"),
    "help.page.browse": (
        "用 Datasette 在浏览器中只读浏览台账（已安装时）。\n\n示例：visitlog browse --port 8001",
        "Browse the logbook read-only in a web browser with Datasette (when installed).\n\nExample: visitlog browse --port 8001"),
    # each parameter's help: the usual words, then a command's own
    "help.param.db": ("台账文件（环境变量 VISITLOG_DB）。", "Logbook file (env VISITLOG_DB)."),
    "help.param.lang": ("zh 或 en（环境变量 VISITLOG_LANG）。", "zh or en (env VISITLOG_LANG)."),
    "help.param.debug": ("出错时显示调用栈。", "Show tracebacks of errors."),
    "help.param.version": ("显示版本并退出。", "Show the version and exit."),
    "help.param.install_completion": (
        "为 bash、zsh 或 fish 安装命令补全（默认：当前使用的终端）。",
        "Install completion for bash, zsh or fish (default: your shell)."),
    "help.param.show_completion": (
        "显示补全脚本，以便自行安装。", "Show the completion script, to install it yourself."),
    "help.param.enterprise": (
        "企业：全称、简称、名称的一部分或拼音。",
        "Enterprise: name, alias, part of it or pinyin."),
    "help.param.officer": ("默认：config set officer 设置的本人。", "Default: `config set officer`."),
    "help.param.date": ("2026-11-20、11-20、昨天、fri …", "2026-11-20, 11-20, 昨天, fri …"),
    "help.param.role": (
        "宣传员|调查员|指导员|协调员|服务员，或 publicist…；多个角色重复此选项。",
        "publicist|investigator|organizer|coordinator|helper, or 宣传员…; repeat for several."),
    "help.param.note": ("走访情况。", "What happened."),
    "help.param.outcome": (
        "键=数量，如 members_joined=35；可重复。",
        "KEY=N, e.g. members_joined=35; repeatable."),
    "help.param.new": ("企业不存在时新建。", "Create the enterprise if it is missing."),
    "help.param.date_from": ("起始日期（含）。", "First date (inclusive)."),
    "help.param.date_to": ("截止日期（含）。", "Last date (inclusive)."),
    "help.param.limit": ("最多 N 条，最新的在前。", "At most N, newest first."),
    "help.param.fmt": (
        "table、json、csv、markdown、html 或 xlsx（xlsx 需要 --output）；默认按 --output 的文件名（.xlsx .html .csv .json .md），否则 table。",
        "table, json, csv, markdown, html or xlsx (xlsx needs --output); default: as --output's name says (.xlsx .html .csv .json .md), else table."),
    "help.param.output": (
        "写入文件而不是终端；- 为标准输出。",
        "Write to FILE instead of the terminal; - for standard output."),
    "help.param.visit_id": ("走访编号或简码。", "The visit's number or reference."),
    "help.param.file": (
        "CSV：date,officer,enterprise,roles,note[,成果列]；- 为标准输入",
        "CSV: date,officer,enterprise,roles,note[,outcomes]; - for standard input"),
    "help.param.name": ("干部。", "The officer."),
    "help.param.dept": ("只看这个部室。", "Only this department."),
    "help.param.since": ("起始日；默认今天。", "First day; default today."),
    "help.param.active": ("不含已离岗的干部。", "Leave out retired officers."),
    "help.param.on": ("不再在岗的第一天。", "First day no longer active."),
    "help.param.reason": ("年假、病假、培训 …", "年假, 病假, 培训 …"),
    "help.param.town": ("镇或街道。", "Town or street (镇/街道)."),
    "help.param.industry": ("行业。", "Industry (行业)."),
    "help.param.employees": ("职工人数。", "Number of staff."),
    "help.param.union": ("已建工会。", "Has a union (建会)."),
    "help.param.alias": ("简称；可重复。", "Short name; repeatable."),
    "help.param.week": ("2026-W47、W47、this、last 或任一日期。", "2026-W47, W47, this, last or a DATE."),
    "help.param.year": ("年份（默认今年）。", "Calendar year (default: this year)."),
    "help.param.as_of": (
        "截至该日期（默认今天；已过去的年份为 12 月 31 日）。",
        "Report as of this DATE (default: today, or 31 December of a year that is over)."),
    "help.param.never": ("只看从未走访过的企业。", "Only enterprises never visited."),
    "help.param.sort": (
        "name 名称、town 镇街、last 最近走访（最早的在前）、visits 走访次数。",
        "name, town, last (oldest first), visits."),
    "help.param.assigned": (
        "改为按干部列出挂钩企业；与 report assigned 相同。",
        "Per officer, the assigned enterprises (挂钩) instead; the same as `report assigned`."),
    "help.param.within": ("与 --assigned 一起用：8w、60d、2m、8周。", "With --assigned: 8w, 60d, 2m, 8周."),
    "help.param.min_employees": ("职工人数不少于此数的企业。", "Enterprises with at least this many staff."),
    "help.param.month": ("YYYY-MM；默认本月。", "YYYY-MM; default this month."),
    "help.param.key": (
        "officer、lang、min_available_days 或 calendar。",
        "officer, lang, min_available_days or calendar."),
    "help.param.value": ("新的值；\"\" 为清除。", "The new value; \"\" clears it."),
    "help.param.text": ("职工反映的问题。", "What the worker(s) asked for."),
    "help.param.category": ("只看这个类别。", "Only this category."),
    "help.param.due": ("办理期限；默认按类别。", "Deadline; default: the category's."),
    "help.param.visit": ("提出诉求的那次走访（编号或简码）。",
                         "The visit it was raised on (number or reference)."),
    "help.param.reception": ("提出诉求的那次接待日（编号或简码）。",
                             "The reception day it was raised at (number or reference)."),
    "help.param.demand_id": ("诉求编号或简码（见 demand list）。",
                             "The demand's number or reference (see `demand list`)."),
    "help.param.to": ("承办的单位或部门。", "The unit or department that handles it."),
    "help.param.satisfaction": (
        "非常满意|满意|基本满意|不满意，或 very_satisfied|satisfied|basic|unsatisfied",
        "very_satisfied|satisfied|basic|unsatisfied, 非常满意|满意|基本满意|不满意"),
    "help.param.redact": ("隐去诉求内容和备注（保护隐私）。", "Hide demand texts and notes (privacy)."),
    "help.param.status": (
        "登记|交办|上报|办结|回访满意（或 open、assigned …）。",
        "open|assigned|escalated|resolved|closed (or 登记, 交办 …)."),
    "help.param.overdue": ("只看超期的诉求。", "Only overdue demands."),
    "help.param.days": ("办理时限天数（0 = 当天）。", "Response time in days (0 = the same day)."),
    "help.param.host": ("接待的领导。", "The leader who received them."),
    "help.param.participants": ("来访人数。", "How many people came."),
    "help.param.leader": (
        "轮值领导；默认 reception leaders set 设置的名单。",
        "Leaders in turn; default: the list set with `reception leaders set`."),
    "help.param.names": ("领导，按轮值顺序。", "The leaders, in the order they take turns."),
    "help.param.kind": (
        "主席 | 办公室 | 职工（chair | office | worker）。",
        "chair | office | worker (主席 / 办公室 / 职工)."),
    "help.param.target": ("目标访谈人数。", "How many workers to interview."),
    "help.param.max_age": ("访谈对象的年龄上限。", "Age limit of those interviewed."),
    "help.param.campaign": ("大访谈活动。", "The campaign."),
    "help.param.point": ("访谈点。", "The interview point."),
    "help.param.count": ("访谈人数。", "Workers interviewed."),
    "help.param.online": ("线上访谈。", "Interviewed online."),
    "help.param.group": (
        "一线职工 | 新就业形态 | 其他（frontline | new_forms | other，默认其他）。",
        "frontline | new_forms | other (default other)."),
    "help.param.clear": ("先清除该干部原有的挂钩。", "First remove the officer's assignments."),
    "help.param.description": ("成果内容。", "What was achieved."),
    "help.param.achievement_id": ("成果编号。", "The achievement's number."),
    "help.param.items": (
        "类别=数量，如 outreach=4 matters=12。",
        "CATEGORY=N, e.g. outreach=4 matters=12."),
    "help.param.force": ("文件已存在时覆盖。", "Overwrite FILE if it exists."),
    "help.param.port": ("服务端口。", "Port to serve on."),
    "help.param.browse.refresh": ("每隔多少秒更新所浏览的快照（0：不更新）。",
                                  "Seconds between refreshes of what is served (0: never)."),
    "help.param.help": ("显示此帮助并退出。", "Show this message and exit."),
    "help.param.demo.db": ("台账文件（同 visitlog --db）。", "Logbook file (as `visitlog --db`)."),
    "help.param.visit.list.enterprise": ("只看这家企业。", "Only this enterprise."),
    "help.param.visit.edit.enterprise": ("改为另一家企业。", "Another enterprise."),
    "help.param.demand.add.enterprise": ("诉求涉及的企业。", "Enterprise concerned."),
    "help.param.demand.list.enterprise": ("只看这家企业的。", "Only this one."),
    "help.param.reception.log.enterprise": (
        "参加的企业（最多 5 家）。",
        "An enterprise that attended (at most 5)."),
    "help.param.practice.log.enterprise": ("实践地点。", "Where it was."),
    "help.param.assign.enterprise": ("可重复。", "Repeatable."),
    "help.param.visit.list.officer": ("只看这名干部的走访。", "Only this officer's visits."),
    "help.param.visit.edit.officer": ("改为另一名干部。", "Another officer."),
    "help.param.officer.list.officer": ("只看这名干部。", "Only this officer."),
    "help.param.leave.list.officer": ("只看这名干部。", "Only this officer."),
    "help.param.report.week.officer": (
        "只看这名干部（默认全体干部）。",
        "Only this officer (default: every officer)."),
    "help.param.report.year.officer": (
        "只看这名干部（默认全体干部）。",
        "Only this officer (default: every officer)."),
    "help.param.report.summary.officer": (
        "只看这名干部的走访和诉求（默认全体干部）。",
        "Only this officer's visits and demands (default: every officer)."),
    "help.param.report.coverage.officer": (
        "只看这名干部走访过的企业及其走访（加 --never：其从未走访的；加 --assigned：其挂钩的）。",
        "Only the enterprises this officer visited, with their visits (with --never: those they never visited; with --assigned: theirs)."),
    "help.param.report.heatmap.officer": (
        "只看这名干部（默认全体干部）。",
        "Only this officer (default: every officer)."),
    "help.param.report.demands.officer": (
        "只看这名干部听到的诉求，或在其走访中提出的诉求。",
        "Only the demands this officer heard or that were raised on their visits."),
    "help.param.report.practice.officer": (
        "只看这名干部（默认全体干部）。",
        "Only this officer (default: every officer)."),
    "help.param.report.campaign.officer": (
        "只看这名干部记录的访谈。",
        "Only the interviews this officer logged."),
    "help.param.report.assigned.officer": ("只看这名干部。", "Only this officer."),
    "help.param.demand.add.officer": (
        "听取诉求的干部。默认：config set officer 设置的本人。",
        "Who heard it. Default: `config set officer`."),
    "help.param.demand.assign.officer": (
        "经办干部。默认：config set officer 设置的本人。",
        "Who did it. Default: `config set officer`."),
    "help.param.demand.escalate.officer": (
        "经办干部。默认：config set officer 设置的本人。",
        "Who did it. Default: `config set officer`."),
    "help.param.demand.resolve.officer": (
        "经办干部。默认：config set officer 设置的本人。",
        "Who did it. Default: `config set officer`."),
    "help.param.demand.feedback.officer": (
        "经办干部。默认：config set officer 设置的本人。",
        "Who did it. Default: `config set officer`."),
    "help.param.demand.list.officer": (
        "只看这名干部的：其听到的，或在其走访中提出的。",
        "Only this officer's: those they heard or that were raised on their visits."),
    "help.param.campaign.list.officer": (
        "只看这名干部记录的访谈。",
        "Only the interviews this officer logged."),
    "help.param.campaign.show.officer": (
        "只看这名干部记录的访谈。",
        "Only the interviews this officer logged."),
    "help.param.interview.log.officer": (
        "访谈的干部；默认 config set officer 设置的本人。",
        "Who interviewed; default `config set officer`."),
    "help.param.assign.officer": ("与 list 一起用：只看这名干部。", "With `list`: only this officer."),
    "help.param.achieve.list.officer": ("只看这名干部的。", "Only this officer's."),
    "help.param.achieve.edit.officer": ("改为另一名干部。", "Another officer."),
    "help.param.target.set.officer": (
        "这名干部自己的目标；默认：全体的。",
        "This officer's own; default: everyone's."),
    "help.param.export.officer": ("只导出这名干部的记录。", "Only this officer's rows."),
    "help.param.visit.edit.date": ("改为另一日期。", "Another date."),
    "help.param.demand.add.date": ("提出的日期。", "When it was raised."),
    "help.param.demand.assign.date": ("办理日期（默认今天）。", "When it happened (default today)."),
    "help.param.demand.escalate.date": ("办理日期（默认今天）。", "When it happened (default today)."),
    "help.param.demand.resolve.date": ("办理日期（默认今天）。", "When it happened (default today)."),
    "help.param.demand.feedback.date": ("办理日期（默认今天）。", "When it happened (default today)."),
    "help.param.reception.log.date": ("接待日（通常是星期日）。", "The day (normally a Sunday)."),
    "help.param.achieve.edit.date": ("改为另一日期。", "Another date."),
    "help.param.visit.edit.role": ("替换原有角色。", "Replace the roles."),
    "help.param.visit.edit.note": ("替换原有备注。", "Replace the note."),
    "help.param.demand.escalate.note": ("上报的原因。", "Why it goes up."),
    "help.param.demand.resolve.note": ("办结情况。", "How it was resolved."),
    "help.param.demand.feedback.note": ("职工的原话。", "What the worker said."),
    "help.param.reception.log.note": ("接待的内容。", "What was discussed."),
    "help.param.leave.add.date_from": ("请假第一天（含）。", "First day of leave (inclusive)."),
    "help.param.campaign.create.date_from": ("第一天（含）。", "First day (inclusive)."),
    "help.param.leave.add.date_to": ("请假最后一天（含）。", "Last day of leave (inclusive)."),
    "help.param.campaign.create.date_to": ("最后一天（含）。", "Last day (inclusive)."),
    "help.param.visit.show.visit_id": (
        "走访编号或简码（见 visit list）。",
        "The visit's number or reference (see `visit list`)."),
    "help.param.officer.import.file": (
        "CSV：name,dept,since；- 为标准输入",
        "CSV: name,dept,since; - for standard input"),
    "help.param.leave.import.file": (
        "CSV：officer,from,to,reason；- 为标准输入",
        "CSV: officer,from,to,reason; - for standard input"),
    "help.param.enterprise.import.file": (
        "CSV：name,town,industry,employees,union；- 为标准输入",
        "CSV: name,town,industry,employees,union; - for standard input"),
    "help.param.campaign.point.import.file": (
        "CSV：name,town；- 为标准输入",
        "CSV: name,town; - for standard input"),
    "help.param.interview.import.file": (
        "CSV：date,point,count,group,online；- 为标准输入",
        "CSV: date,point,count,group,online; - for standard input"),
    "help.param.achieve.import.file": (
        "CSV：date,officer,category,count,description；- 为标准输入",
        "CSV: date,officer,category,count,description; - for standard input"),
    "help.param.target.import.file": (
        "CSV：officer,year,category,target；- 为标准输入",
        "CSV: officer,year,category,target; - for standard input"),
    "help.param.backup.file": ("副本写到哪里（一个新文件）；- 为标准输出。", "Where to write the copy (a new file); - for standard output."),
    "help.param.restore.file": ("visitlog backup 做的备份；- 为标准输入。", "A backup made by `visitlog backup`; - for standard input."),
    "help.param.export.file": (
        "要写的导出包（JSON Lines）；- 为标准输出。",
        "The bundle to write (JSON Lines); - for standard output."),
    "help.param.merge.files": (
        "export 写的导出包，或其他台账文件，可一次合并多个；- 为标准输入（导出包）。",
        "Bundles from `export`, or other logbook files, several merged in one step; - for "
        "standard input (a bundle)."),
    "help.param.officer.add.name": ("干部姓名。", "The officer's name."),
    "help.param.enterprise.add.name": ("企业注册全称。", "Full registered name."),
    "help.param.report.officer.name": ("干部：姓名、姓名的一部分或拼音。", "Officer: name, part of it or pinyin."),
    "help.param.report.campaign.name": ("活动（名称或其一部分）。", "The campaign (name or part of it)."),
    "help.param.demand.category.set.name": ("中文名称，如 住房。", "Chinese name, e.g. 住房."),
    "help.param.campaign.create.name": ("活动名称。", "The campaign's name."),
    "help.param.campaign.show.name": ("活动（名称或其一部分）。", "The campaign (name or part of it)."),
    "help.param.campaign.point.add.name": ("访谈点名称。", "The interview point's name."),
    "help.param.assign.name": (
        "干部，或用 list 列出挂钩情况。",
        "The officer, or `list` to list assignments."),
    "help.param.officer.add.dept": ("部室。", "Department (部室)."),
    "help.param.export.dept": ("只导出这个部室的干部。", "Only this department's officers."),
    "help.param.report.coverage.since": (
        "只看该日期及以后没有走访过的企业。",
        "Only enterprises not visited on or after DATE."),
    "help.param.export.since": ("只导出该日期及以后的走访。", "Only visits from DATE on."),
    "help.param.enterprise.list.town": ("只看这个镇街。", "Only this town."),
    "help.param.campaign.point.add.town": ("所在镇街。", "Its town (镇街)."),
    "help.param.assign.town": ("整个镇街；可重复。", "A whole town; repeatable."),
    "help.param.report.demands.year": ("年份（默认今年）。", "Calendar year (default: this)."),
    "help.param.report.reception.year": ("年份（默认今年）。", "Calendar year (default: this)."),
    "help.param.report.practice.year": ("改为全年按月的表。", "A year grid of months instead."),
    "help.param.achieve.list.year": ("只看这一年。", "Only this calendar year."),
    "help.param.target.set.year": ("默认：今年。", "Default: this year."),
    "help.param.target.show.year": ("默认：今年。", "Default: this year."),
    "help.param.report.campaign.as_of": ("默认今天；不晚于 --to。", "Default today; capped at --to."),
    "help.param.report.assigned.within": ("时间窗：8w、60d、2m、8周。", "Window: 8w, 60d, 2m, 8周."),
    "help.param.config.get.key": ("设置项名称。", "The setting's name."),
    "help.param.demand.category.set.key": (
        "类别键，如 wages 或 housing。",
        "Category key, e.g. wages or housing."),
    "help.param.demand.add.category": (
        "urgent、wages、safety …（默认 general）。",
        "urgent, wages, safety, … (default general)."),
    "help.param.achieve.add.category": (
        "宣教活动|集体协商|特色品牌|职工实事|职工朋友|创新成果，或 outreach…，或唯一的开头几个字。",
        "outreach|bargaining|brand|matters|friends|innovation, or 宣教活动…, or a unique prefix."),
    "help.param.achieve.edit.category": ("改为另一类别。", "Another category."),
    "help.param.demand.assign.due": ("新的办理期限。", "A new deadline."),
    "help.param.achieve.add.visit": ("成果来自的那次走访（编号或简码）。",
                                     "The visit it came from (its # or reference)."),
    "help.param.achieve.edit.visit": ("关联到走访（编号或简码；0 为取消关联）。",
                                      "Link to visit # or reference (0 unlinks)."),
    "help.param.export.redact": ("去掉走访备注和诉求内容。", "Drop visit notes and demand texts."),
    "help.param.browse.host": ("服务地址。", "Address to serve on."),
    "help.param.achieve.add.count": ("数量（默认 1）。", "How many (default 1)."),
    "help.param.achieve.edit.count": ("改为另一数量。", "Another count."),
    "help.param.achieve.edit.description": ("替换内容。", "Replace the text."),
    "help.page.calendar": (
        "法定节假日安排（放假调休）：show 查看、set 录入、unset 删除、import 导入。\n\n"
        "示例：visitlog calendar import examples/calendar-2026.csv",
        "The official holiday schedule (放假调休): show, set, unset, import.\n\n"
        "Example: visitlog calendar import examples/calendar-2026.csv"),
    "help.page.calendar.show": (
        "查看某年落在工作日的放假日和调休上班日，以及各自的来源：holidays 包收录的国务院通知、"
        "台账录入，或推算。\n\n示例：visitlog calendar show --year 2027 --format json",
        "Show a year's days off on weekdays and make-up working days, and where each comes\n"
        "from: the package's copy of the State Council's notice, the logbook's entries, or a "
        "guess.\n\nExample: visitlog calendar show --year 2027 --format json"),
    "help.page.calendar.set": (
        "录入国务院通知中的日期：放假日或（调休）上班日。\n\n"
        "示例：visitlog calendar set 2027-09-26 2027-10-09 --workday --name 调休上班",
        "Enter dates of the State Council's notice: days off or (make-up) working days.\n\n"
        "Example: visitlog calendar set 2027-09-26 2027-10-09 --workday --name 调休上班"),
    "help.page.calendar.unset": (
        "删除台账中这些日期的录入：改回由 holidays 包决定。\n\n"
        "示例：visitlog calendar unset 2027-10-09",
        "Remove the logbook's entries for dates: the holidays package answers for them again."
        "\n\nExample: visitlog calendar unset 2027-10-09"),
    "help.page.calendar.import": (
        "从 CSV 文件导入一年的放假安排（类型：holiday|workday|休|班|假|上班），全部成功或全部不"
        "导入；台账中已有的跳过。\n\n示例：visitlog calendar import 2027年放假安排.csv",
        "Import a year's schedule from a CSV file (kind: holiday|workday|休|班|假|上班), all or\n"
        "nothing; entries already in the logbook are skipped.\n\n"
        "Example: visitlog calendar import 2027年放假安排.csv"),
    "help.param.calendar.show.year": ("默认：今年。", "Default: this year."),
    "help.param.calendar.set.dates": ("日期，如 2027-10-01 2027-10-04。",
                                      "The dates, e.g. 2027-10-01 2027-10-04."),
    "help.param.calendar.set.holiday": ("法定放假日（休）。", "Official days off (休)."),
    "help.param.calendar.set.workday": ("法定工作日（班）。", "Official working days (班)."),
    "help.param.calendar.set.name": ("如 国庆节、调休上班。", "E.g. 国庆节, 调休上班."),
    "help.param.calendar.unset.dates": ("用 calendar set 或 import 录入的日期。",
                                        "Dates entered with calendar set or import."),
    "help.param.calendar.import.file": (
        "CSV：date,kind,name（日期,类型,名称）；- 为标准输入。",
        "CSV: date,kind,name (日期,类型,名称); - for standard input."),
    # correcting the logbook (issue 18)
    "help.page.officer.edit": (
        "修改干部：姓名、部室、到岗日期。\n\n示例：visitlog officer edit 王伟 --dept 组织部 --since 2024-03-01",
        "Correct an officer: name, department, first day.\n\nExample: visitlog officer edit 王伟 --dept 组织部 --since 2024-03-01"),
    "help.param.officer.edit.new_name": ("改正后的姓名。", "The corrected name."),
    "help.page.officer.unretire": (
        "撤回误登记的离岗：干部恢复在岗。\n\n示例：visitlog officer unretire 王伟",
        "Take back a retirement recorded by mistake: the officer is active again.\n\nExample: visitlog officer unretire 王伟"),
    "help.page.leave.edit": (
        "修改一条请假的日期或事由。\n\n示例：visitlog leave edit 3 --to 2026-11-21 --reason 病假",
        "Correct a leave's dates or reason.\n\nExample: visitlog leave edit 3 --to 2026-11-21 --reason 病假"),
    "help.param.leave.edit.leave_id": ("请假编号（见 leave list）。", "The leave's id (leave list)."),
    "help.metavar.leave_id": ("请假编号", "ID"),
    "help.page.leave.delete": (
        "删除一条误录的请假（visitlog undo 可恢复）。\n\n示例：visitlog leave delete 3",
        "Delete a leave recorded by mistake (`visitlog undo` brings it back).\n\nExample: visitlog leave delete 3"),
    "help.param.leave.delete.leave_id": ("请假编号（见 leave list）。", "The leave's id (leave list)."),
    "help.page.enterprise.edit": (
        "修改企业：名称、镇街、行业、职工人数、是否建会、简称。\n\n示例：visitlog enterprise edit 金海 --town 金城镇 --employees 420 --alias 金海新能源",
        "Correct an enterprise: its name, town, industry, staff, union, short names.\n\nExample: visitlog enterprise edit 金海 --town 金城镇 --employees 420 --alias 金海新能源"),
    "help.param.enterprise.edit.new_name": ("改正后的全称。", "Its corrected full name."),
    "help.param.enterprise.edit.drop_alias": ("去掉一个简称；可重复。", "Remove a short name."),
    "help.page.enterprise.merge": (
        "合并同一企业的两条记录：走访、诉求、接待日、挂钩和简称都归到 --into 指定的企业，重复记录的名称成为它的简称。\n\n示例：visitlog enterprise merge 金海新能源 --into 江苏金海新能源科技有限公司",
        "Join two entries of one enterprise: visits, demands, receptions, assignments and short\nnames move to --into; the duplicate's name becomes its short name.\n\nExample: visitlog enterprise merge 金海新能源 --into 江苏金海新能源科技有限公司"),
    "help.param.enterprise.merge.duplicate": ("重复的那条记录（合并后不再存在）。", "The duplicate entry, which goes away."),
    "help.metavar.duplicate": ("重复企业", "DUPLICATE"),
    "help.param.enterprise.merge.into": ("保留的企业。", "The enterprise that stays."),
    "help.page.enterprise.delete": (
        "删除误录的企业（不能有任何关联记录；否则请用 merge）。\n\n示例：visitlog enterprise delete 金海新能源",
        "Delete an enterprise entered by mistake (nothing may refer to it; else use merge).\n\nExample: visitlog enterprise delete 金海新能源"),
    "help.page.redo": (
        "重做上一次撤销的修改；可连续重做。任何新的修改都会清空可重做的内容。\n\n示例：visitlog redo",
        "Re-apply what the last undo reverted; repeat to go further. Any new change clears it.\n\nExample: visitlog redo"),
    "help.param.officer.edit.dept": ("部室（调动后的）。", "Department (部室)."),
    "help.param.officer.edit.since": ("到岗第一天。", "First day active."),
    "help.param.leave.edit.date_from": ("请假第一天（含）。", "First day of leave (inclusive)."),
    "help.param.leave.edit.date_to": ("请假最后一天（含）。", "Last day of leave (inclusive)."),
    "help.param.enterprise.edit.name": ("要修改的企业（全称、简称、拼音 …）。", "The enterprise (name, alias, pinyin …)."),
    "help.param.enterprise.edit.town": ("镇或街道；'' 清空。", "Town or street; '' clears it."),
    "help.param.enterprise.edit.industry": ("行业；'' 清空。", "Industry; '' clears it."),
    "help.param.enterprise.edit.alias": ("增加一个简称；可重复。", "Add a short name; repeatable."),
    "help.param.enterprise.delete.name": ("要删除的企业；有任何关联记录时拒绝。", "The enterprise; refused while anything refers to it."),
    "help.page.next": (
        "本周去哪家企业，按轻重排序并说明理由：你登记的逾期诉求、你久未走访的挂钩企业、待回访的诉求、\n尚无人走访的大企业、最久无人走访的企业。\n\n示例：visitlog next --officer 王伟 --limit 5",
        "Where to go this week, ranked, with the reasons: your overdue demands, assigned\nenterprises you have not visited for the longest, demands awaiting a return visit, large\nenterprises nobody visited, enterprises nobody visited for the longest.\n\nExample: visitlog next --officer 王伟 --limit 5"),
    "help.param.next.officer": ("谁的这一周；默认 config set officer 设定的干部。", "Whose week; default `config set officer`."),
    "help.param.next.limit": ("列出多少家企业。", "How many enterprises."),
    "help.param.next.min_employees": ("多少职工以上算大企业（无人走访时优先去）。", "Large enough to go to when nobody has (staff)."),
    "help.param.report.week.missing": ("只列应完成而（尚）未完成的干部，便于提醒；汇总不变。", "Only those due and not (yet) met; the summary stays."),
    "help.page.report.notice": (
        "一页纸的一周进一企工作通报：完成率、各部室排名、完成与未完成名单、连续周数最长的干部、\n本周成效、新登记和逾期的诉求。\n\n示例：visitlog report notice --week last --format html -o 通报.html",
        "The weekly notice (通报) on one page: the rate, departments ranked, who met and who\nmissed, the longest streaks, the week's outcomes, demands raised and overdue.\n\nExample: visitlog report notice --week last --format html -o 通报.html"),
}
