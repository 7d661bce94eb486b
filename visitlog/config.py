"""Per-user settings (the officer called "me", the language) in the user config directory."""

from __future__ import annotations

import json
import os
from pathlib import Path

from visitlog.domain.errors import Fault

USER_KEYS = ("officer", "lang")


def config_path() -> Path:
    explicit = os.environ.get("VISITLOG_CONFIG")
    if explicit:
        return Path(explicit)
    return user_dir("config") / "config.json"


def load_user_config() -> dict[str, str]:
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # an unreadable config must never stop an officer from logging
    return {k: str(v) for k, v in data.items() if k in USER_KEYS} if isinstance(data, dict) else {}


def save_user_config(values: dict[str, str]) -> Path:
    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        # 0600, beside it, renamed into place (as every file visitlog writes: formats/outfile)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            os.fchmod(out.fileno(), 0o600)
            out.write(json.dumps(values, ensure_ascii=False, indent=2))
        os.replace(tmp, path)
    except OSError as exc:
        raise Fault("config.cannot_write", path=str(path), reason=exc.strerror) from exc
    return path


def default_db_path() -> Path:
    return user_dir("data") / "visitlog.db"


_XDG = {"config": ("XDG_CONFIG_HOME", "~/.config"), "data": ("XDG_DATA_HOME", "~/.local/share"),
        "cache": ("XDG_CACHE_HOME", "~/.cache")}


def user_dir(kind: str) -> Path:
    """The user's config, data or cache folder for visitlog, as platformdirs gives it.

    On Linux that is the XDG rule, read here directly: importing platformdirs costs every
    command a few milliseconds of its start-up budget. Elsewhere platformdirs decides."""
    import sys

    if sys.platform.startswith("linux"):
        variable, fallback = _XDG[kind]
        return Path(os.environ.get(variable, "").strip() or os.path.expanduser(fallback),
                    "visitlog")
    import platformdirs

    if kind == "config":
        return Path(platformdirs.user_config_dir("visitlog", appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir("visitlog", appauthor=False))
    return Path(platformdirs.user_data_dir("visitlog", appauthor=False))
