"""Messages of `browse`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "browse.not_installed": ("未安装 Datasette；请运行 pip install 'visitlog[browse]' 后再试",
                             "Datasette is not installed; run pip install 'visitlog[browse]' and try again"),
    "browse.serving": ("在 {url} 以只读方式浏览 {path}（按 Ctrl+C 停止）",
                       "Serving {path} read-only at {url} (Ctrl+C to stop)"),
}
