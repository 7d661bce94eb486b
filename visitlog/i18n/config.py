"""Messages of `visitlog config` beyond the core ones: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "config.title": ("设置（{count}）", "Settings ({count})"),
    "config.col.key": ("设置", "setting"),
    "config.col.value": ("值", "value"),
    "config.col.scope": ("保存在", "kept in"),
    "config.scope.user": ("本人配置", "your config"),
    "config.scope.logbook": ("台账", "the logbook"),
}
