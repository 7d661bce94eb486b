"""CSV imports: all-or-nothing, streamed, rows already in the logbook skipped.

One bad row aborts the file with its line number and the reason; the transaction is rolled
back so the logbook is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from visitlog.domain.dates import parse_date, parse_past_date, week_key
from visitlog.domain.errors import Invalid, VisitlogError
from visitlog.domain.models import Enterprise
from visitlog.domain.text import MAX_NOTE, check_note, clean_name
from visitlog.domain.vocab import OUTCOME_KEYS, OUTCOMES, parse_roles, roles_to_mask
from visitlog.formats.csvin import Records, read_rows
from visitlog.service.context import Context
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store
from visitlog.store import visits as visit_store

BATCH = 5_000
T = TypeVar("T")

OFFICER_COLUMNS = {
    "name": ("姓名", "干部", "名字"), "dept": ("部门", "部室", "科室"),
    "since": ("入职日期", "起始日期", "加入日期", "开始日期"),
}
ENTERPRISE_COLUMNS = {
    "name": ("企业名称", "名称", "企业"), "town": ("镇街", "乡镇", "街道", "镇"),
    "industry": ("行业",), "employees": ("职工人数", "员工人数", "人数"),
    "union": ("是否建会", "建会", "工会"), "aliases": ("别名", "简称"),
}
VISIT_COLUMNS = {
    "date": ("日期", "走访日期"), "officer": ("干部", "走访人", "姓名"),
    "enterprise": ("企业", "企业名称", "走访企业"), "roles": ("角色", "身份", "五大员"),
    "note": ("备注", "内容", "走访内容"),
    **{term.key: (term.zh,) for term in OUTCOMES},
}
LEAVE_COLUMNS = {
    "officer": ("干部", "姓名"), "from": ("开始", "开始日期", "起"),
    "to": ("结束", "结束日期", "止"), "reason": ("事由", "原因"),
}


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int


def _rows(path: Path, columns: dict, required: tuple[str, ...],
          parse: Callable[[dict[str, str]], T]) -> Iterator[T]:
    """Parse each row, turning any validation error into one naming the file's line and row."""
    for line, row, values in read_rows(path, columns, required):
        try:
            yield parse(values)
        except VisitlogError as exc:
            raise _bad_row(line, row, exc) from exc


def _batches(items: Iterator[T]) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def import_officers_file(ctx: Context, path: Path) -> ImportResult:
    from visitlog.domain.pinyin import pinyin_keys

    def parse(values: dict[str, str]) -> tuple[str, str, date]:
        since = values.get("since", "").strip()
        # as `officer add --since`: someone may join next month
        return (clean_name(values["name"], "name"), clean_name(values["dept"], "dept"),
                parse_date(since, ctx.today) if since else ctx.today)

    added = skipped = 0
    with ctx.logbook.write("officer.import", file=path.name) as conn:
        known = set(officer_store.officer_ids_by_name(conn))
        for name, dept, since in _rows(path, OFFICER_COLUMNS, ("name", "dept"), parse):
            if name in known:
                skipped += 1
                continue
            officer_store.insert_officer(conn, name, dept, since, pinyin_keys(name))
            known.add(name)
            added += 1
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, skipped)


def import_enterprises_file(ctx: Context, path: Path) -> ImportResult:
    from visitlog.service.enterprises import (
        clean_enterprise,
        insert_new_enterprise,
        parse_employees,
        parse_union,
    )

    def parse(values: dict[str, str]) -> Enterprise:
        aliases = [a for a in values.get("aliases", "").replace("；", ";").split(";") if a.strip()]
        return clean_enterprise(Enterprise(
            0, values["name"], values.get("town"), values.get("industry"),
            parse_employees(values.get("employees", "")), parse_union(values.get("union", "")),
            tuple(aliases),
        ))

    added = skipped = 0
    with ctx.logbook.write("enterprise.import", file=path.name) as conn:
        known = set(enterprise_store.enterprise_ids_by_name(conn))
        for line, row, values in read_rows(path, ENTERPRISE_COLUMNS, ("name",)):
            try:
                enterprise = parse(values)
                if enterprise.name in known:
                    skipped += 1
                    continue
                insert_new_enterprise(conn, enterprise)
            except VisitlogError as exc:
                raise _bad_row(line, row, exc) from exc
            known.add(enterprise.name)
            added += 1
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, skipped)


def import_visits_file(
    ctx: Context, path: Path, progress: Callable[[int, float], None] | None = None
) -> ImportResult:
    """Stream the file into the logbook in batches, in one transaction.

    Built for millions of rows: each row becomes the stored tuple directly, with parsed
    dates, role lists and counts cached by their text (a file repeats them endlessly).
    `progress(rows, fraction of the file)` is called after each batch.
    """
    records = Records(path, VISIT_COLUMNS, ("date", "officer", "enterprise"), _VISIT_KEYS)
    # every officer and enterprise a row names is looked up in this transaction: SQLite need
    # not check the references again, two index lookups a row (~15% of a province's import)
    with ctx.logbook.write_resolved("visit.import", file=path.name) as conn:
        parse = _visit_row_parser(ctx, conn)
        before = visit_store.last_visit_id(conn)
        seen = 0
        with ctx.logbook.bulk_insert("visits", trims_itself=True), \
                visit_store.bulk_loading(conn, records.estimated_rows(), identity_after=True):
            batch: list[tuple] = []
            append = batch.append
            for values in records:
                try:
                    append(parse(values))
                except VisitlogError as exc:
                    # the rows before it: those inserted, and this batch's parsed ones
                    raise _bad_row(records.line, seen + len(batch) + 1, exc) from exc
                if len(batch) >= BATCH:
                    visit_store.insert_visit_rows(conn, batch)
                    seen += len(batch)
                    batch.clear()
                    if progress is not None:
                        progress(seen, records.fraction())
            visit_store.insert_visit_rows(conn, batch)
            seen += len(batch)
            if progress is not None:
                progress(seen, 1.0)
        # new visits take ids after the last one (a repeated row takes none, or is removed);
        # total_changes would count the met_weeks rows the triggers write as well
        added = visit_store.visits_after(conn, before)
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, seen - added)


def _bad_row(line: int, row: int, exc: VisitlogError) -> Invalid:
    """A bad row's error: the file's line (a spreadsheet's row number) and the data row's."""
    from visitlog.i18n import t

    return Invalid("import.bad_row", line=line, row=row, reason=t(exc.key, **exc.params))


_VISIT_KEYS = ("date", "officer", "enterprise", "roles", "note", *OUTCOME_KEYS)


def _visit_row_parser(ctx: Context, conn: sqlite3.Connection) -> Callable[[tuple], tuple]:
    """values (in _VISIT_KEYS order) -> the row tuple store.visits stores."""
    from visitlog.service.visits import parse_count

    officers = officer_store.officer_ids_by_name(conn)
    enterprises = enterprise_store.enterprise_ids_by_name(conn)
    for alias, name in enterprise_store.alias_names(conn):
        enterprises.setdefault(alias, enterprises[name])
    dates: dict[str, tuple[str, str]] = {}
    masks: dict[str, int] = {"": 0}
    counts: dict[tuple[str, str], int] = {}
    no_outcomes = (0,) * len(OUTCOME_KEYS)
    next_uid = visit_store.ordered_uids(conn)

    def day_of(text: str) -> tuple[str, str]:
        day = parse_past_date(text.strip(), ctx.today)
        dates[text] = (day.isoformat(), week_key(day))
        return dates[text]

    def mask_of(text: str) -> int:
        masks[text] = roles_to_mask(parse_roles([text]))
        return masks[text]

    def count_of(key: str, text: str) -> int:
        counts[key, text] = 0 if not text else parse_count(text, key)
        return counts[key, text]

    def parse(values: tuple, dates_get=dates.get, officers_get=officers.get,  # noqa: B008
              enterprises_get=enterprises.get, masks_get=masks.get) -> tuple:
        # bound lookups as defaults: this runs millions of times
        day, officer, enterprise, roles, note = values[:5]
        iso, week = dates_get(day) or day_of(day)
        officer_id = officers_get(officer) or officers_get(officer.strip())
        if officer_id is None:
            raise Invalid("officer.not_found", name=officer, candidates="")
        enterprise_id = enterprises_get(enterprise) or enterprises_get(enterprise.strip())
        if enterprise_id is None:
            raise Invalid("enterprise.not_found", name=enterprise, candidates="")
        mask = masks_get(roles)
        if mask is None:
            mask = mask_of(roles)
        if note and (len(note) > MAX_NOTE or "\x00" in note):
            check_note(note)
        texts = values[5:]
        if not any(texts):
            return (iso, week, officer_id, enterprise_id, mask, note, *no_outcomes, next_uid())
        outcomes = tuple(counts.get((k, v)) if (k, v) in counts else count_of(k, v)
                         for k, v in zip(OUTCOME_KEYS, texts, strict=True))
        return (iso, week, officer_id, enterprise_id, mask, note, *outcomes, next_uid())

    return parse


def import_leaves_file(ctx: Context, path: Path) -> ImportResult:
    added = skipped = 0
    with ctx.logbook.write("leave.import", file=path.name) as conn:
        officers = officer_store.officer_ids_by_name(conn)

        def parse(values: dict[str, str]) -> tuple[int, date, date, str]:
            officer = officers.get(values["officer"].strip())
            if officer is None:
                raise Invalid("officer.not_found", name=values["officer"], candidates="")
            start, end = parse_date(values["from"], ctx.today), parse_date(values["to"], ctx.today)
            if end < start:
                raise Invalid("leave.end_before_start", start=start.isoformat(),
                              end=end.isoformat())
            return officer, start, end, values.get("reason", "").strip()

        for officer, start, end, reason in _rows(path, LEAVE_COLUMNS, ("officer", "from", "to"),
                                                 parse):
            if officer_store.insert_leave(conn, officer, start, end, reason) is None:
                skipped += 1
            else:
                added += 1
        ctx.logbook.describe_step(added=added)
    return ImportResult(added, skipped)
