"""Per-user settings (the officer called "me", the language) in the user config directory."""

from __future__ import annotations

import json
import os
from pathlib import Path

from visitlog.errors import Fault

USER_KEYS = ("officer", "lang")


def config_path() -> Path:
    explicit = os.environ.get("VISITLOG_CONFIG")
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("visitlog", appauthor=False)) / "config.json"


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
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise Fault("config.cannot_write", path=str(path), reason=exc.strerror) from exc
    return path


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("visitlog", appauthor=False)) / "visitlog.db"
