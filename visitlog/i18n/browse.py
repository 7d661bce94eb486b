"""Messages of `browse`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "browse.not_installed": ("未安装 Datasette；请运行 pip install 'visitlog[browse]' 后再试",
                             "Datasette is not installed; run pip install 'visitlog[browse]' and try again"),
    "browse.serving": ("在 {url} 以只读方式浏览 {path} 的快照，每隔几秒更新（按 Ctrl+C 停止）",
                       "Serving a snapshot of {path} read-only at {url}, refreshed every few "
                       "seconds (Ctrl+C to stop)"),
    "browse.bad_host": ("无法识别地址 {host}（{reason}）", "Unknown address {host} ({reason})"),
    "browse.cannot_listen": ("无法在 {host}:{port} 上提供服务（{reason}）；请换一个 --port 或 --host",
                             "Cannot serve on {host}:{port} ({reason}); choose another --port "
                             "or --host"),
}
