"""Correcting enterprises: `enterprise edit`, `enterprise merge`, `enterprise delete`.

Each is one journaled transaction (undo/redo). Edits stamp `updated_at` (the identity
triggers), so they travel with export/merge; a deletion stays local (a merge is a union
without tombstones), and an enterprise merge travels as the survivor's new alias and the
moved rows.
"""

from __future__ import annotations

from typing import NamedTuple

from visitlog.domain.errors import Duplicate, Invalid, NotFound
from visitlog.domain.models import Enterprise
from visitlog.domain.text import clean_name
from visitlog.service.context import Context
from visitlog.service.names import resolve_enterprise
from visitlog.store import enterprise_edits as store
from visitlog.store import enterprises as enterprise_store

UNSET = object()  # an option not given (None is a value: "clear this field")


class EnterpriseChanges(NamedTuple):
    name: str | None = None
    town: object = UNSET  # str, None (cleared) or UNSET
    industry: object = UNSET
    employees: object = UNSET
    has_union: object = UNSET
    add_aliases: tuple[str, ...] = ()
    drop_aliases: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        fields = (self.town, self.industry, self.employees, self.has_union)
        return (self.name is None and all(f is UNSET for f in fields)
                and not self.add_aliases and not self.drop_aliases)


def _optional_text(value: object, field: str) -> object:
    if value is UNSET or value is None:
        return value
    text = str(value)
    return clean_name(text, field) if text.strip() else None  # "" clears the field


def edit_enterprise(ctx: Context, typed: str, changes: EnterpriseChanges) -> Enterprise:
    """Apply the changes to the enterprise `typed` names; nothing given is bad input."""
    from visitlog.domain.pinyin import pinyin_keys

    if changes.is_empty():
        raise Invalid("enterprise.edit_nothing")
    if isinstance(changes.employees, int) and changes.employees < 0:
        raise Invalid("enterprise.bad_employees", value=str(changes.employees))
    new_name = clean_name(changes.name, "enterprise") if changes.name is not None else None
    fields = {"town": _optional_text(changes.town, "town"),
              "industry": _optional_text(changes.industry, "industry"),
              "employees": changes.employees, "has_union": changes.has_union}
    fields = {k: (int(v) if k == "has_union" and v is not None else v)
              for k, v in fields.items() if v is not UNSET}
    adds = tuple(clean_name(a, "alias") for a in changes.add_aliases)
    with ctx.logbook.write("enterprise.edit") as conn:
        enterprise_id, name = resolve_enterprise(conn, typed)
        ctx.logbook.describe_step(name=name)
        for alias in changes.drop_aliases:
            if not store.drop_alias(conn, enterprise_id, alias.strip()):
                raise NotFound("enterprise.no_such_alias", name=name, alias=alias.strip())
        if new_name is not None and new_name != name:
            _check_free(conn, new_name, enterprise_id)
            store.rename_enterprise(conn, enterprise_id, new_name, pinyin_keys(new_name))
        store.set_fields(conn, enterprise_id, fields)
        current = new_name or name
        for alias in adds:
            owner = enterprise_store.alias_owner(conn, alias)
            if owner is not None or enterprise_store.enterprise_id_by_name(conn, alias):
                raise Duplicate("enterprise.alias_taken", alias=alias, owner=owner or alias)
            if alias == current:
                raise Duplicate("enterprise.alias_taken", alias=alias, owner=current)
            enterprise_store.insert_alias(conn, enterprise_id, alias, pinyin_keys(alias))
        return store.get_enterprise(conn, enterprise_id)


def _check_free(conn, name: str, enterprise_id: int) -> None:  # noqa: ANN001
    """A new name must be nobody else's name or alias (this one's own alias may become it)."""
    if enterprise_store.enterprise_id_by_name(conn, name) is not None:
        raise Duplicate("enterprise.exists", name=name)
    owner = enterprise_store.alias_owner(conn, name)
    if owner is not None:
        if enterprise_store.find_enterprises(conn, "alias", name, 1)[0][0] != enterprise_id:
            raise Duplicate("enterprise.alias_taken", alias=name, owner=owner)
        store.drop_alias(conn, enterprise_id, name)


class Merged(NamedTuple):
    duplicate: str
    survivor: Enterprise


def merge_enterprises(ctx: Context, duplicate: str, into: str) -> Merged:
    """Move every visit, demand, reception, assignment, practice day and alias of `duplicate`
    onto `into`; the duplicate's name becomes an alias of the survivor, and empty fields of
    the survivor take the duplicate's. Refused when two visits would become one."""
    with ctx.logbook.write("enterprise.merge") as conn:
        dup_id, dup_name = resolve_enterprise(conn, duplicate)
        keep_id, keep_name = resolve_enterprise(conn, into)
        ctx.logbook.describe_step(duplicate=dup_name, name=keep_name)
        if dup_id == keep_id:
            raise Invalid("enterprise.merge_same", name=keep_name)
        clashes = store.clashing_visits(conn, dup_id, keep_id)
        if clashes:
            listed = "、".join(f"#{d}/#{s} {day} {officer}" for d, s, day, officer in clashes[:10])
            raise Invalid("enterprise.merge_clash", duplicate=dup_name, name=keep_name,
                          visits=listed + ("…" if len(clashes) > 10 else ""))
        dup = store.get_enterprise(conn, dup_id)
        keep = store.get_enterprise(conn, keep_id)
        store.set_fields(conn, keep_id, {
            field: (int(getattr(dup, field)) if field == "has_union" else getattr(dup, field))
            for field in store.EDITABLE
            if getattr(keep, field) is None and getattr(dup, field) is not None})
        keys = store.pinyin_of(conn, dup_id)
        store.move_references(conn, dup_id, keep_id)
        store.delete_enterprise(conn, dup_id)
        enterprise_store.insert_alias(conn, keep_id, dup_name, keys)
        return Merged(dup_name, store.get_enterprise(conn, keep_id))


def delete_enterprise(ctx: Context, typed: str) -> str:
    """Delete an enterprise nothing refers to (a typo entered once); else point to merge."""
    with ctx.logbook.write("enterprise.delete") as conn:
        enterprise_id, name = resolve_enterprise(conn, typed)
        ctx.logbook.describe_step(name=name)
        count = store.references(conn, enterprise_id)
        if count:
            raise Invalid("enterprise.delete_referred", name=name, count=count)
        store.delete_enterprise(conn, enterprise_id)
        return name
