"""Which rows a filtered bundle (`export --officer/--dept/--since`) holds.

A filtered bundle must carry everything its reports need, so that merging every officer's
bundle rebuilds the logbook it came from. It holds:

- the chosen officers' rows: any row whose officer references are all chosen or empty; so a
  row that belongs to no officer (the logbook's default targets, an interview entry nobody
  logged) travels in every bundle;
- every row of a table that refers to no officer at all (enterprises, reception days,
  campaigns and their points, the logbook's settings and demand categories, calendar
  entries…), unless it belongs to a row that is chosen row by row (a demand's history goes
  with its demand);
- a row of another officer that belongs to a chosen row (a demand raised on a chosen
  officer's visit by someone else);
- and whatever the rows held refer to, so that every reference in the bundle resolves (the
  other officer of that demand, an enterprise, a visit an achievement was logged on).

`--since DATE` keeps, of the rows that belong to an officer, those dated (`date`, or a
leave's `end`) on or after DATE; rows of other tables travel whole.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.store import exchange as store

OFFICERS = "officers"
DATED = ("date", "end")


def select_rows(conn: sqlite3.Connection, infos: list[store.TableInfo],
                officer_ids: set[int] | None, since: date | None) -> dict[str, set[int] | None]:
    """For each table, the rowids the bundle holds (None: every row)."""
    kept: dict[str, set[int] | None] = {}
    links: dict[str, dict[int, tuple]] = {}
    first = since.isoformat() if since else None
    for info in infos:
        officer_cols = tuple(c for c, t in info.references.items() if t == OFFICERS)
        owner_cols = tuple(c for c, t in info.references.items()
                           if t != OFFICERS and t != info.name and kept.get(t) is not None)
        dated = next((c for c in DATED if c in info.columns), None) if officer_cols else None
        if info.name == OFFICERS:
            kept[info.name] = set(officer_ids) if officer_ids is not None else None
            continue
        chosen_by_officer = officer_ids is not None and officer_cols
        if not (chosen_by_officer or owner_cols or (first and dated)):
            kept[info.name] = None
            continue
        refs = tuple(info.references)
        mine: set[int] = set()
        table_links: dict[int, tuple] = {}
        for rowid, *values in store.iter_links(conn, info.name, (*refs, dated or "rowid")):
            row = dict(zip(refs, values, strict=False))
            own = _own(row, officer_cols, owner_cols, officer_ids) and (
                not first or not dated or (values[-1] or "") >= first)
            if own or any(row[c] is not None and row[c] in (kept[info.references[c]] or ())
                          for c in owner_cols):
                mine.add(rowid)
                table_links[rowid] = tuple(values[:len(refs)])
        kept[info.name] = mine
        links[info.name] = table_links
    _close(conn, infos, kept, links)
    return kept


def _own(row: dict, officer_cols: tuple[str, ...], owner_cols: tuple[str, ...],
         officer_ids: set[int] | None) -> bool:
    """A row held on its own account: its officers chosen (or none named). A row with no
    officer column that belongs to a row chosen row by row (a demand's history) is held only
    with that row (the caller's `owner_cols`), unless it belongs to none."""
    if officer_cols:
        return officer_ids is None or all(row[c] is None or row[c] in officer_ids
                                          for c in officer_cols)
    return all(row[c] is None for c in owner_cols)


def _close(conn: sqlite3.Connection, infos: list[store.TableInfo],
           kept: dict[str, set[int] | None], links: dict[str, dict[int, tuple]]) -> None:
    """Add whatever the held rows refer to. Referring tables come after the tables they refer
    to, so one pass from the last table back settles every table before it is read."""
    for info in reversed(infos):
        rows = kept[info.name]
        if rows is None:
            continue
        refs = tuple(info.references)
        known = links.get(info.name, {})
        for rowid in list(rows):
            values = known.get(rowid)
            if values is None:
                values = store.links_of_row(conn, info.name, refs, rowid) if refs else ()
            for column, value in zip(refs, values or (), strict=False):
                target = kept[info.references[column]]
                if value is not None and target is not None:
                    target.add(value)
