"""Settings: the user's (config file) and the logbook's rules (in the logbook)."""

from __future__ import annotations

from visitlog.config import USER_KEYS, load_user_config, save_user_config
from visitlog.errors import Invalid
from visitlog.service.context import Context
from visitlog.service.rulebook import RULE_KEYS, load_rulebook, validate_rule
from visitlog.store.settings import put_setting


def set_setting(ctx: Context, key: str, value: str) -> str:
    if key in USER_KEYS:
        if key == "lang" and value not in ("zh", "en"):
            raise Invalid("config.bad_value", key=key, value=value, expected="zh|en")
        if key == "officer":
            from visitlog.service.names import resolve_officer

            with ctx.logbook.read() as conn:
                value = resolve_officer(conn, value)[1]
        values = load_user_config()
        values[key] = value
        save_user_config(values)
        return value
    if key not in RULE_KEYS:
        raise Invalid("config.unknown_key", key=key, keys=", ".join((*USER_KEYS, *RULE_KEYS)))
    stored = validate_rule(key, value)
    with ctx.logbook.write("config.set", key=key, value=stored) as conn:
        put_setting(conn, key, stored)
    return stored


def all_settings(ctx: Context) -> dict[str, str | None]:
    user = load_user_config()
    with ctx.logbook.read() as conn:
        rules = load_rulebook(conn)
    values: dict[str, str | None] = {key: user.get(key) for key in USER_KEYS}
    for key in RULE_KEYS:
        values[key] = str(getattr(rules, key))
    return values
