"""Messages of `export`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "export.done": ("已导出 {rows} 行到 {path}（{tables}）；仅本人可读",
                    "Exported {rows} rows to {path} ({tables}); readable by you only"),
    "export.redacted": ("已去除走访备注和诉求内容", "Visit notes and demand texts were left out"),
}
