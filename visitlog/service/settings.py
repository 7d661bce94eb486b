"""Settings: the user's (config file) and the logbook's rules (in the logbook)."""

from __future__ import annotations

from visitlog.config import USER_KEYS, load_user_config, save_user_config
from visitlog.domain.errors import Invalid
from visitlog.service.context import Context
from visitlog.service.rulebook import RULE_KEYS, load_rulebook, validate_rule
from visitlog.store.settings import delete_setting, put_setting


def set_setting(ctx: Context, key: str, value: str) -> str:
    """Store a setting; an empty value clears it (a user's setting is forgotten, a logbook
    rule goes back to its default). Returns what is now in effect ("" for no officer)."""
    if key in USER_KEYS and not value.strip():
        values = load_user_config()
        values.pop(key, None)
        save_user_config(values)
        return ""
    if key in RULE_KEYS and not value.strip():
        with ctx.logbook.write("config.reset", key=key) as conn:
            delete_setting(conn, key)
            return str(getattr(load_rulebook(conn), key))
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


def follow_me(name: str) -> None:
    """The configured "me" was renamed in the logbook: the user config names them anew."""
    values = load_user_config()
    values["officer"] = name
    save_user_config(values)


def all_settings(ctx: Context) -> dict[str, str | None]:
    user = load_user_config()
    with ctx.logbook.read() as conn:
        rules = load_rulebook(conn)
    values: dict[str, str | None] = {key: user.get(key) for key in USER_KEYS}
    for key in RULE_KEYS:
        values[key] = str(getattr(rules, key))
    return values
