"""Enterprises: add, list, import."""

from __future__ import annotations

from visitlog.domain.errors import Duplicate, Invalid
from visitlog.domain.models import Enterprise
from visitlog.domain.text import ascii_digits, clean_name
from visitlog.service.context import Context
from visitlog.store import enterprises as store

_YES = {"yes", "y", "1", "true", "是", "有", "已建会", "建会"}
_NO = {"no", "n", "0", "false", "否", "无", "未建会", "没有"}


def parse_union(text: str) -> bool | None:
    value = text.strip().lower()
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise Invalid("enterprise.bad_union", value=text)


def parse_employees(text: str) -> int | None:
    typed = text.strip().replace(",", "").replace("，", "")
    if not typed:
        return None
    value = ascii_digits(typed)
    if value is None or len(value) > 9:
        raise Invalid("enterprise.bad_employees", value=text)
    return int(value)


def clean_enterprise(enterprise: Enterprise) -> Enterprise:
    def optional(value: str | None, field: str) -> str | None:
        return clean_name(value, field) if value and value.strip() else None

    if enterprise.employees is not None and enterprise.employees < 0:
        raise Invalid("enterprise.bad_employees", value=str(enterprise.employees))
    return Enterprise(
        id=0, name=clean_name(enterprise.name, "enterprise"),
        town=optional(enterprise.town, "town"), industry=optional(enterprise.industry, "industry"),
        employees=enterprise.employees, has_union=enterprise.has_union,
        aliases=tuple(clean_name(a, "alias") for a in enterprise.aliases),
    )


def insert_new_enterprise(conn, enterprise: Enterprise) -> int:  # noqa: ANN001
    """Insert a cleaned enterprise and its aliases, refusing names already taken."""
    from visitlog.domain.pinyin import pinyin_keys

    if store.enterprise_id_by_name(conn, enterprise.name) is not None:
        raise Duplicate("enterprise.exists", name=enterprise.name)
    enterprise_id = store.insert_enterprise(conn, enterprise, pinyin_keys(enterprise.name))
    for alias in enterprise.aliases:
        owner = store.alias_owner(conn, alias)
        if owner is not None or store.enterprise_id_by_name(conn, alias) is not None:
            raise Duplicate("enterprise.alias_taken", alias=alias, owner=owner or alias)
        store.insert_alias(conn, enterprise_id, alias, pinyin_keys(alias))
    return enterprise_id


def add_enterprise(ctx: Context, enterprise: Enterprise) -> Enterprise:
    enterprise = clean_enterprise(enterprise)
    with ctx.logbook.write("enterprise.add", name=enterprise.name) as conn:
        enterprise_id = insert_new_enterprise(conn, enterprise)
    return Enterprise(enterprise_id, *[getattr(enterprise, f) for f in
                                       ("name", "town", "industry", "employees", "has_union",
                                        "aliases")])


def list_enterprises(ctx: Context, town: str | None) -> list[Enterprise]:
    with ctx.logbook.read() as conn:
        return store.list_enterprises(conn, town)
