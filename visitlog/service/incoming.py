"""Every row a merge or a restore brings in passes the checks a typed command applies.

A bundle or another logbook is data from outside: it may hold what no command could write
(a retirement date that is not a date, roles as text, a count of 2^63-1, a name with a NUL,
a visit whose week disagrees with its date, a stamp from the future). One such row would make
reports fail for everyone afterwards, so the whole file is refused (exit 2) with the line of
the row and what is wrong with it, before anything is written.

The checks are declared per table and column (`TABLES`): each column's kind (a name, a note,
a date, a count in a range, a key of a vocabulary…), whether it may be empty, and a few checks
across columns of one row (a visit's week, an end after its start).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitlog.domain.dates import in_range, week_key
from visitlog.domain.demand_rules import RATINGS, STATUS_KEYS
from visitlog.domain.errors import Invalid
from visitlog.domain.programmes_rules import GROUP_KEYS, PRACTICE_KEYS
from visitlog.domain.text import MAX_NAME, MAX_NOTE
from visitlog.domain.vocab import OUTCOME_KEYS, ROLE_KEYS, SIX_ONE_KEYS
from visitlog.service.demands import MAX_RESPONSE_DAYS
from visitlog.service.rulebook import RULE_KEYS, validate_rule
from visitlog.store import incoming as store

if TYPE_CHECKING:
    from visitlog.service.exchange import Source

MAX_COUNT = 1_000_000  # a visit's outcome, an achievement's count, a target (as typed)
MAX_EMPLOYEES = 999_999_999  # nine digits, as `enterprise add --employees`
# a stamp later than this machine's clock by more would win every later merge for ever
CLOCK_SKEW = timedelta(minutes=5)
DEMAND_ACTIONS = ("add", "assign", "escalate", "resolve", "feedback")
_UID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Bad(Exception):
    """One value a typed command would refuse: the catalog key of what is wrong."""

    def __init__(self, column: str, key: str, **params: Any) -> None:
        super().__init__(key)
        self.column, self.key, self.params = column, key, params


class Rules:
    """What the checks compare with: today (dates of things that happened), the clock (edit
    stamps), and the logbook's demand categories."""

    def __init__(self, today: date, now: datetime, categories: frozenset[str]) -> None:
        self.today, self.now, self.categories = today, now, categories
        # "table.column" -> the texts its check passed (for the checks of short values: a
        # visit's date and week, a department; the rows of a merge repeat them thousands of
        # times)
        self.passed: dict[str, set[str]] = {}


Check = Callable[[str, Any, Rules], None]


def _text(value: Any, column: str) -> str:
    if not isinstance(value, str):
        raise Bad(column, "incoming.not_text")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") is no text SQLite can hold
            raise Bad(column, "incoming.not_text") from None
    return value


def name(column: str, value: Any, rules: Rules) -> None:
    """A name or label, as `clean_name`: trimmed, not empty, no control characters."""
    text = _text(value, column)
    if text != text.strip() or not text:
        raise Bad(column, "incoming.untrimmed" if text else "incoming.empty")
    if len(text) > MAX_NAME:
        raise Bad(column, "incoming.too_long", limit=MAX_NAME)
    if not text.isprintable() and any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise Bad(column, "incoming.control")


def label(column: str, value: Any, rules: Rules) -> None:
    """An optional short label (a holiday's name): as a name, but it may be empty."""
    if value != "":
        name(column, value, rules)


def note(column: str, value: Any, rules: Rules) -> None:
    """Free text, as `check_note`: kept as typed, but no NUL and at most MAX_NOTE characters."""
    text = _text(value, column)
    if len(text) > MAX_NOTE:
        raise Bad(column, "incoming.too_long", limit=MAX_NOTE)
    if "\x00" in text:
        raise Bad(column, "incoming.control")


def keys(column: str, value: Any, rules: Rules) -> None:
    """Computed search keys (pinyin): plain text of a bounded length."""
    text = _text(value, column)
    if len(text) > 8 * MAX_NAME or "\x00" in text:
        raise Bad(column, "incoming.too_long", limit=8 * MAX_NAME)


def day(column: str, value: Any, rules: Rules) -> None:
    _day(column, value)


def _day(column: str, value: Any) -> date:
    parsed = _DAYS.get(value) if isinstance(value, str) else None
    if parsed is None:
        parsed = _parse_day(column, value)
    return parsed


_DAYS: dict[str, date] = {}  # the dates seen (a merge's rows share few thousand of them)


def _parse_day(column: str, value: Any) -> date:
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise Bad(column, "incoming.not_date")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise Bad(column, "incoming.not_date") from None
    if not in_range(parsed):
        raise Bad(column, "incoming.not_date")
    if len(_DAYS) < 100_000:
        _DAYS[value] = parsed
    return parsed


def past_day(column: str, value: Any, rules: Rules) -> None:
    """A day something happened on: not after today (as `log --date`)."""
    if _day(column, value) > rules.today:
        raise Bad(column, "incoming.future", today=rules.today.isoformat())


def count(low: int, high: int) -> Check:
    def check(column: str, value: Any, rules: Rules) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise Bad(column, "incoming.not_number")
        if not low <= value <= high:
            raise Bad(column, "incoming.out_of_range", low=low, high=high)
    check.bounds = (low, high)  # type: ignore[attr-defined] # (check_row tests these inline)
    return check


def one_of(allowed: tuple[str, ...] | Callable[[Rules], frozenset[str]]) -> Check:
    def check(column: str, value: Any, rules: Rules) -> None:
        known = allowed(rules) if callable(allowed) else allowed
        if not isinstance(value, str) or value not in known:
            raise Bad(column, "incoming.unknown", allowed=", ".join(sorted(known)))
    check.allowed = allowed  # type: ignore[attr-defined]
    return check


def category_key(column: str, value: Any, rules: Rules) -> None:
    """A demand category's key, as `demand category set` takes it: ASCII letters, digits, _."""
    name(column, value, rules)
    if not value.replace("_", "").isalnum() or not value.isascii() or value != value.lower():
        raise Bad(column, "incoming.unknown", allowed="a-z, 0-9, _")


def _categories(rules: Rules) -> frozenset[str]:
    return rules.categories


FLAG = count(0, 1)
_SHORT = frozenset((name, label, day, past_day, category_key))  # checks of short texts
RATING_KEYS = tuple(term.key for term in RATINGS)
ROLE_BITS = count(0, (1 << len(ROLE_KEYS)) - 1)

# table -> column -> (check, may be null); references (`*_uid`) and identity are checked apart
TABLES: dict[str, dict[str, tuple[Check, bool]]] = {
    "officers": {"name": (name, False), "dept": (name, False), "since": (day, False),
                 "retired_on": (day, True), "pinyin": (keys, False),
                 "initials": (keys, False)},
    "enterprises": {"name": (name, False), "town": (name, True), "industry": (name, True),
                    "employees": (count(0, MAX_EMPLOYEES), True), "has_union": (FLAG, True),
                    "pinyin": (keys, False), "initials": (keys, False)},
    "enterprise_aliases": {"alias": (name, False), "pinyin": (keys, False),
                           "initials": (keys, False)},
    "visits": {"date": (past_day, False), "week": (name, False), "roles": (ROLE_BITS, False),
               "note": (note, False),
               **{key: (count(0, MAX_COUNT), False) for key in OUTCOME_KEYS}},
    "leaves": {"start": (day, False), "end": (day, False), "reason": (note, False)},
    "achievements": {"date": (past_day, False), "category": (one_of(SIX_ONE_KEYS), False),
                     "count": (count(1, MAX_COUNT), False), "description": (name, False)},
    "targets": {"year": (count(2000, 2100), False), "category": (one_of(SIX_ONE_KEYS), False),
                "target": (count(0, MAX_COUNT), False)},
    "demands": {"text": (note, False), "category": (one_of(_categories), False),
                "raised": (past_day, False), "due": (day, False),
                "status": (one_of(STATUS_KEYS), False), "assigned_to": (name, True),
                "escalated": (FLAG, False), "resolved_on": (past_day, True),
                "resolution": (note, False), "satisfaction": (one_of(RATING_KEYS), True)},
    "demand_events": {"at": (past_day, False), "action": (one_of(DEMAND_ACTIONS), False),
                      "from_status": (one_of(STATUS_KEYS), True),
                      "to_status": (one_of(STATUS_KEYS), False), "detail": (note, False),
                      "officer": (name, True)},
    "receptions": {"date": (past_day, False), "host": (name, False),
                   "participants": (count(0, MAX_COUNT), True), "note": (note, False)},
    "reception_enterprises": {},
    "practice_days": {"date": (past_day, False), "kind": (one_of(PRACTICE_KEYS), False),
                      "note": (note, False)},
    "campaigns": {"name": (name, False), "start": (day, False), "end": (day, False),
                  "target": (count(1, 100_000_000), False), "max_age": (count(14, 100), True)},
    "campaign_points": {"name": (name, False), "town": (name, True)},
    "interviews": {"date": (day, False), "count": (count(1, MAX_COUNT), False),
                   "grp": (one_of(GROUP_KEYS), False), "online": (FLAG, False)},
    "assignments": {"town": (name, True)},
    "calendar_days": {"day": (day, False), "kind": (one_of(("holiday", "workday")), False),
                      "name": (label, False)},
    # the logbook's rules (their values are checked with their key: _row_rules)
    "settings": {"key": (one_of(RULE_KEYS), False), "value": (name, False)},
    "demand_categories": {"key": (category_key, False), "zh": (name, False),
                          "days": (count(0, MAX_RESPONSE_DAYS), False)},
    "reception_leaders": {"position": (count(0, 10_000), False), "name": (name, False)},
}


_WEEK_OF: dict[str, str] = {}  # a date's ISO week, by the date as written (a checked date)


def _row_rules(table: str, row: dict[str, Any]) -> None:
    """Checks across the columns of one row (only where the row carries both)."""
    if table == "visits" and "date" in row and "week" in row:
        week = _WEEK_OF.get(row["date"])
        if week is None:
            week = week_key(_DAYS.get(row["date"]) or date.fromisoformat(row["date"]))
            if len(_WEEK_OF) < 100_000:
                _WEEK_OF[row["date"]] = week
        if row["week"] != week:
            raise Bad("week", "incoming.week_mismatch", week=week)
    ends = {"officers": ("since", "retired_on"), "leaves": ("start", "end"),
            "campaigns": ("start", "end")}.get(table)
    if ends and row.get(ends[0]) and row.get(ends[1]):
        first, last = row[ends[0]], row[ends[1]]
        if last < first or (table == "officers" and last == first):
            raise Bad(ends[1], "incoming.before", other=ends[0])
    if table == "settings" and "key" in row and "value" in row:
        try:
            validate_rule(row["key"], row["value"])  # as `config set` checks it
        except Invalid:
            allowed = "0-7" if row["key"] == "min_available_days" else "official, weekdays"
            raise Bad("value", "incoming.unknown", allowed=allowed) from None
    if table == "assignments" and ("enterprise_uid" in row or "town" in row) \
            and (row.get("enterprise_uid") is None) == (row.get("town") is None):
        raise Bad("town", "incoming.assignment")


def check_row(table: str, row: dict[str, Any], rules: Rules) -> None:
    """Raise Bad for the first value of `row` a typed command would refuse."""
    plan = _PLANS.get((table, *row))
    if plan is None:
        plan = _plan(table, tuple(row))
    if plan is False:
        return  # a table this version does not know: merge skips it, and says so
    present, others = plan
    uid = row.get("uid")
    if not isinstance(uid, str) or not _UID.fullmatch(uid):
        raise Bad("uid", "incoming.bad_uid")
    stamp = row.get("updated_at", "")
    if stamp != "":
        _check_stamp(stamp, rules)
    for column, check, nullable, low, high, remembered in present:
        value = row[column]
        if value is None:
            if not nullable:
                raise Bad(column, "incoming.empty")
            continue
        if type(value) is int and low <= value <= high:
            continue  # a count in its range (the check itself, inline: most columns are)
        if remembered and type(value) is str:
            seen = rules.passed.get(remembered)
            if seen is None:
                seen = rules.passed[remembered] = set()
            elif value in seen:
                continue
            check(column, value, rules)
            if len(seen) < _REMEMBERED:
                seen.add(value)
            continue
        check(column, value, rules)
    for column in others:  # references, and the redaction marks
        value = row[column]
        if column == "_redacted":  # the texts of the row that are redacted (service/redaction)
            columns = TABLES[table]
            if not isinstance(value, list) or not all(
                    isinstance(c, str) and c in columns for c in value):
                raise Bad(column, "incoming.unknown", allowed=", ".join(sorted(columns)))
        elif value is not None and (not isinstance(value, str) or not _UID.fullmatch(value)):
            raise Bad(column, "incoming.bad_uid")
    if table in _ACROSS:
        _row_rules(table, row)


# (table, its row's columns in order) -> the checks of the columns it carries, in TABLES'
# order, and its other columns to look at (references, redaction marks); False: a table this
# version does not know. The rows of one table share their columns: planned once, not per row.
_PLANS: dict[tuple[str, ...], tuple[tuple, tuple[str, ...]] | bool] = {}
_NO_BOUNDS = (1, 0)  # (no int lies in it)
_REMEMBERED = 50_000  # texts remembered per column
_ACROSS = frozenset(("visits", "officers", "leaves", "campaigns", "settings", "assignments"))


def _plan(table: str, shape: tuple[str, ...]) -> tuple[tuple, tuple[str, ...]] | bool:
    columns = TABLES.get(table)
    plan: tuple[tuple, tuple[str, ...]] | bool = False
    if columns is not None:
        present = tuple((column, check, nullable, *getattr(check, "bounds", _NO_BOUNDS),
                         (check in _SHORT or hasattr(check, "allowed")) and f"{table}.{column}")
                        for column, (check, nullable) in columns.items() if column in shape)
        others = tuple(c for c in shape if c not in columns
                       and (c == "_redacted" or (c.endswith("_uid") and c != "uid")))
        plan = (present, others)
    if len(_PLANS) < 1_000:
        _PLANS[(table, *shape)] = plan
    return plan


def _check_stamp(value: Any, rules: Rules) -> None:
    """'' (never edited) or a UTC time as the stamp triggers write it, not in the future."""
    if value == "" or value is None:
        return
    if not isinstance(value, str) or not _STAMP.fullmatch(value):
        raise Bad("updated_at", "incoming.bad_stamp")
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Bad("updated_at", "incoming.bad_stamp") from None
    if at > rules.now + CLOCK_SKEW:
        raise Bad("updated_at", "incoming.stamp_future",
                  now=rules.now.isoformat(timespec="seconds"))


def rules_for(conn: sqlite3.Connection, today: date) -> Rules:
    return Rules(today, store.clock(conn), store.demand_category_keys(conn))


def checked(rows: Iterator[tuple[int, str, dict[str, Any]]], rules: Rules, path: str,
            key: str = "incoming.bad_row") -> Iterator[tuple[int, str, dict[str, Any]]]:
    """The rows, each checked first; the first bad one refuses the file (Invalid, with the
    file, its line and what is wrong)."""
    for number, table, row in rows:
        try:
            check_row(table, row, rules)
        except Bad as bad:
            raise refused_row(key, path, number, table, row, bad) from None
        yield number, table, row


def refused_row(key: str, path: str, number: int, table: str, row: dict[str, Any],
                bad: Bad) -> Invalid:
    """The refusal of a file for its bad row: a bundle's by its line, a logbook's row by its
    uid (its place in the file means nothing)."""
    where = number if key == "incoming.bad_row" else row.get("uid")
    return refusal(key, path, where, table, bad)


def refusal(key: str, path: str, line: object, table: str, bad: Bad) -> Invalid:
    from visitlog.i18n import t

    return Invalid(key, path=path, line=line, table=table, column=bad.column,
                   reason=t(bad.key, **bad.params))


def checked_source(conn: sqlite3.Connection, today: date, source: Source, path: Path
                   ) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """A merge's source rows, each checked against this logbook's rules before it is used."""
    rules = rules_for(conn, today)
    key = "incoming.bad_row" if source.kind == "bundle" else "incoming.bad_db_row"
    return checked(source.rows, rules, str(path), key)


@contextmanager
def refused_at_commit(path: Path) -> Iterator[None]:
    """A constraint SQLite checks only at COMMIT (a deferred foreign key) that the rows still
    break: the file is refused as a whole, nothing changed (the transaction rolled back)."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise Invalid("incoming.refused", path=str(path), reason=str(exc)) from exc
