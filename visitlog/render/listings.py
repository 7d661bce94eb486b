"""Sheets for the listings: officers, enterprises, visits, leave."""

from __future__ import annotations

from visitlog.domain.models import Enterprise, Leave, Officer, Visit
from visitlog.domain.text import printable
from visitlog.domain.vocab import OUTCOME_KEYS
from visitlog.i18n import get_lang, t
from visitlog.render.labels import label, role_labels
from visitlog.render.sheet import Column, Sheet


def officers_sheet(officers: list[Officer]) -> Sheet:
    columns = [Column("name", "col.officer"), Column("dept", "col.dept"),
               Column("since", "col.since"), Column("retired_on", "col.retired_on")]
    rows = [[o.name, o.dept, o.since.isoformat(),
             o.retired_on.isoformat() if o.retired_on else None] for o in officers]
    return Sheet(t("title.officers", count=len(rows)), columns, rows)


def enterprises_sheet(enterprises: list[Enterprise]) -> Sheet:
    columns = [Column("name", "col.enterprise"), Column("town", "col.town"),
               Column("industry", "col.industry"), Column("employees", "col.employees", "right"),
               Column("union", "col.union"), Column("aliases", "col.aliases")]
    rows = [[e.name, e.town, e.industry, e.employees, e.has_union, list(e.aliases)]
            for e in enterprises]
    return Sheet(t("title.enterprises", count=len(rows)), columns, rows)


def visits_sheet(visits: list[Visit]) -> Sheet:
    columns = [Column("id", "col.id", "right"), Column("ref", "ref.column"),
               Column("date", "col.date"),
               Column("officer", "col.officer"), Column("enterprise", "col.enterprise"),
               Column("roles", "col.roles", words=label), Column("note", "col.note")]
    columns += [Column(k, f"outcome.{k}", "right") for k in OUTCOME_KEYS]
    rows = [[v.id, v.ref, v.date.isoformat(), v.officer, v.enterprise, list(v.roles), v.note,
             *(v.outcomes.get(k, 0) for k in OUTCOME_KEYS)] for v in visits]
    return Sheet(t("title.visits", count=len(rows)), columns, rows)


def visits_table(visits: list[Visit]) -> str:
    """The terminal view: one outcomes column naming only the counts recorded, so that six
    mostly-zero columns do not squeeze dates and names into folded fragments."""
    from visitlog.render.terminal import render_sheet

    columns = [Column("id", "col.id", "right"), Column("ref", "ref.column"),
               Column("date", "col.date"),
               Column("officer", "col.officer"), Column("enterprise", "col.enterprise"),
               Column("roles", "col.roles"), Column("note", "col.note"),
               Column("outcomes", "col.outcomes")]
    separator = "、" if get_lang() == "zh" else ", "
    rows = [[v.id, v.ref, v.date.isoformat(), v.officer, v.enterprise,
             role_labels(v.roles) if v.roles else "", v.note,
             separator.join(f"{label(k)} {n}" for k, n in v.outcomes.items() if n)]
            for v in visits]
    return render_sheet(Sheet(t("title.visits", count=len(rows)), columns, rows))


def visit_card(visit: Visit) -> str:
    lines = [
        f"#{visit.id}  {visit.ref}  {visit.date.isoformat()}  {visit.officer} → "
        f"{visit.enterprise}",
        f"{t('col.roles')}: {role_labels(visit.roles)}",
    ]
    if visit.note:
        lines.append(f"{t('col.note')}: {visit.note}")
    for key, count in visit.outcomes.items():
        lines.append(f"{label(key)}: {count}")
    return printable("\n".join(lines) + "\n")


def leaves_sheet(leaves: list[Leave]) -> Sheet:
    columns = [Column("id", "col.id", "right"), Column("officer", "col.officer"),
               Column("from", "col.from"), Column("to", "col.to"),
               Column("reason", "col.reason")]
    rows = [[lv.id, lv.officer, lv.start.isoformat(), lv.end.isoformat(), lv.reason]
            for lv in leaves]
    return Sheet(t("title.leaves", count=len(rows)), columns, rows)


def settings_sheet(settings: dict[str, str | None], user_keys: tuple[str, ...]) -> Sheet:
    """`config list`: every setting, its value (None: not set) and where it is kept."""
    columns = [Column("key", "config.col.key"), Column("value", "config.col.value"),
               Column("scope", "config.col.scope", words=lambda s: t(f"config.scope.{s}"))]
    rows = [[key, value or None, "user" if key in user_keys else "logbook"]
            for key, value in settings.items()]
    return Sheet(t("config.title", count=len(rows)), columns, rows)
