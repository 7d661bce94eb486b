"""Generated from the Typer declarations by `python -m visitlog.cli.declare`.
Do not edit.

The front door's tables (cli/front.py): option word -> (parameter, takes a value), each
command's defaults, and the root's help page in each language at click's fixed width.
"""

GLOBAL_OPTIONS = {'--db': ('db', True), '--lang': ('lang', True), '--debug': ('debug', False)}

LOG_OPTIONS = {'--officer': ('officer', True),
 '--date': ('date', True),
 '-d': ('date', True),
 '--role': ('role', True),
 '-r': ('role', True),
 '--note': ('note', True),
 '-n': ('note', True),
 '--outcome': ('outcome', True),
 '--new': ('new', False)}

LOG_DEFAULTS = {'enterprise': '',
 'officer': None,
 'date': 'today',
 'role': [],
 'note': '',
 'outcome': [],
 'new': False}

WEEK_OPTIONS = {'--week': ('week', True),
 '-w': ('week', True),
 '--dept': ('dept', True),
 '--officer': ('officer', True),
 '--missing': ('missing', False),
 '--format': ('fmt', True),
 '-f': ('fmt', True),
 '--output': ('output', True),
 '-o': ('output', True)}

WEEK_DEFAULTS = {'week': 'this',
 'dept': None,
 'officer': None,
 'missing': False,
 'fmt': 'table',
 'output': None}

REPEATABLE = frozenset(['outcome', 'role'])

FORMATS = ('table', 'json', 'csv', 'markdown', 'html', 'xlsx')

ROOT_PAGES = {'zh': '用法：visitlog [选项] 命令 [参数]...\n'
       '\n'
       '  visitlog：工会“一周进一企”走访台账。\n'
       '\n'
       '  示例：visitlog log 金海 --role 调查员 --date 昨天\n'
       '\n'
       '选项：\n'
       '  --db 路径                       台账文件（环境变量 VISITLOG_DB）。\n'
       '  --lang zh|en                    zh 或 en（环境变量 VISITLOG_LANG）。\n'
       '  --debug                         出错时显示调用栈。\n'
       '  --version                       显示版本并退出。\n'
       '  --install-completion [bash|zsh|fish]\n'
       '                                  为 bash、zsh 或 fish 安装命令补全（默认：当\n'
       '                                  前使用的终端）。\n'
       '  --show-completion [bash|zsh|fish]\n'
       '                                  显示补全脚本，以便自行安装。\n'
       '  -h, --help                      显示此帮助并退出。\n'
       '\n'
       '命令：\n'
       '  init        创建台账文件（已存在则不变）\n'
       '  demo        载入示例县总工会数据并显示本周报表\n'
       '  log         记录一次走访（visit add 的简写）\n'
       '  visit       走访：add / list / show / edit / delete / import\n'
       '  officer     干部：add / list / retire / import / edit / unretire\n'
       '  leave       请假：add / list / import / edit / delete\n'
       '  enterprise  企业：add / list / import / edit / merge / delete\n'
       '  report      报表：week …\n'
       '  undo        撤销上一次修改\n'
       '  redo        重做上一次撤销的修改\n'
       '  next        本周去哪家企业：排序并说明理由\n'
       '  config      设置：get / set / list\n'
       '  demand      职工诉求：add / assign / escalate / resolve / feedback / show /\n'
       '              list / category\n'
       '  reception   主席接待日：log / list / roster / leaders\n'
       '  practice    三个一天：log\n'
       '  campaign    大访谈活动：create / list / show / point\n'
       '  interview   大访谈访谈记录：log / import\n'
       '  assign      挂钩 / 分片包镇：assign 姓名 --enterprise / --town；assign list\n'
       '  achieve     六个一成果：achieve 类别 内容 / import / list / edit / delete\n'
       '  target      六个一目标：set / show / import\n'
       '  calendar    放假调休安排：show / set / unset / import\n'
       '  backup      备份台账到文件（可在使用中备份，仅本人可读）\n'
       '  restore     从备份恢复台账（先校验，原台账另存）\n'
       '  export      导出台账为可合并的导出包（JSON Lines）\n'
       '  merge       合并导出包或其他台账（可重复、与顺序无关）\n'
       '  browse      用 Datasette 在浏览器中只读浏览台账',
 'en': 'Usage: visitlog [OPTIONS] COMMAND [ARGS]...\n'
       '\n'
       '  visitlog: the field-visit logbook of a trade-union federation (一周进一企).\n'
       '\n'
       '  Example: visitlog log 金海 --role investigator --date 昨天\n'
       '\n'
       'Options:\n'
       '  --db PATH                       Logbook file (env VISITLOG_DB).\n'
       '  --lang zh|en                    zh or en (env VISITLOG_LANG).\n'
       '  --debug                         Show tracebacks of errors.\n'
       '  --version                       Show the version and exit.\n'
       '  --install-completion [bash|zsh|fish]\n'
       '                                  Install completion for bash, zsh or fish\n'
       '                                  (default: your shell).\n'
       '  --show-completion [bash|zsh|fish]\n'
       '                                  Show the completion script, to install it\n'
       '                                  yourself.\n'
       '  -h, --help                      Show this message and exit.\n'
       '\n'
       'Commands:\n'
       '  init        Create the logbook (idempotent)\n'
       "  demo        Load the example federation and print this week's report\n"
       '  log         Log a visit (shortcut for `visit add`)\n'
       '  visit       Visits: add, list, show, edit, delete, import\n'
       '  officer     Officers: add, list, retire, import, edit, unretire\n'
       '  leave       Leave: add, list, import, edit, delete\n'
       '  enterprise  Enterprises: add, list, import, edit, merge, delete\n'
       '  report      Reports: week …\n'
       '  undo        Revert the last change\n'
       '  redo        Re-apply what the last undo reverted\n'
       '  next        Where to go this week, ranked, with reasons\n'
       '  config      Settings: get, set, list\n'
       "  demand      Workers' demands: add, assign, escalate, resolve, feedback,\n"
       '              show, list, category\n'
       '  reception   Chairman reception days: log, list, roster, leaders\n'
       '  practice    Practice days (三个一天): log\n'
       '  campaign    Interview campaigns: create, list, show, point\n'
       '  interview   Campaign interviews: log, import\n'
       '  assign      Assignments (挂钩): assign NAME --enterprise/--town; assign list\n'
       '  achieve     Six-ones achievements: achieve CATEGORY DESCRIPTION, import,\n'
       '              list, edit, delete\n'
       '  target      Six-ones targets: set, show, import\n'
       '  calendar    The official holiday schedule: show, set, unset, import\n'
       '  backup      Back up the logbook to a file (online, readable by you only)\n'
       '  restore     Restore the logbook from a backup (checked first; the old one is\n'
       '              kept)\n'
       '  export      Write the logbook as a bundle to merge elsewhere\n'
       '  merge       Merge a bundle or another logbook (idempotent,\n'
       '              order-independent)\n'
       '  browse      Browse the logbook read-only with Datasette'}
