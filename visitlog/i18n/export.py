"""Messages of `export` and of report files (xlsx, html): {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "export.done": ("已导出 {rows} 行到 {path}（{tables}）；仅本人可读",
                    "Exported {rows:row|rows} to {path} ({tables}); readable by you only"),
    "export.redacted": ("已去除走访备注和诉求内容", "Visit notes and demand texts were left out"),
    "export.xlsx_needs_output": ("xlsx 是文件格式，请用 --output 指定文件，例如 --output 周报.xlsx",
                                 "xlsx is a file format: name the file with --output, e.g. --output week.xlsx"),
    "export.onto_logbook": ("{path} 就是当前台账；请换一个导出文件名",
                            "{path} is this logbook itself; export to another file"),
    "export.yes": ("是", "yes"),
    "export.no": ("否", "no"),
}
