"""Logbooks travelling up the union hierarchy give the same figures as one shared logbook.

Three officers of 办公室 keep their own logbooks, merged into the department's; two officers
of 权益保障部 likewise; the two departments are merged into the county's. Every officer imports
the federation's roster, enterprises and targets, and their own visits, leave and achievements.
In any merge order, and merged twice, `report week` and `report year --format json` equal those
of one logbook into which all the same CSV files were imported (the issue's "done when").
"""

from __future__ import annotations

import json
import random
from itertools import permutations
from pathlib import Path
from typing import Any

import pytest

from tests.exchange_support import EXAMPLES, filtered_csv, listings, run, snapshot

DEPARTMENTS = {"office": ["陈静", "刘洋", "孙建国"], "rights": ["王伟", "李娜"]}
EVERYONE = sorted(n for names in DEPARTMENTS.values() for n in names)
RETIRED = {"孙建国": "2026-08-01"}
WEEKS = ["2026-W47", "2026-W46", "2026-W37", "2026-W31", "2026-W30", "2026-W05", "2025-W40"]
YEARS = ["2026", "2025"]
# County merge orders: departments either way round (one as a logbook, one as a bundle), and
# orders mixing levels, where an officer's own logbook reaches the county before (or after)
# the department that holds it too.
COUNTY_ORDERS = [
    ("office", "rights.jsonl"),
    ("rights", "office.jsonl"),
    ("王伟", "office", "李娜", "rights"),
    ("李娜", "孙建国", "rights.jsonl", "陈静", "office", "刘洋", "王伟"),
    *(tuple(random.Random(seed).sample([*EVERYONE, "office", "rights.jsonl"], 7))
      for seed in range(4)),
]
OWN_FILES = {"visit": ("visits.csv", "officer"), "leave": ("leave.csv", "officer"),
             "achieve": ("achievements.csv", "officer")}


def _shared_files(db: Path) -> None:
    run(db, "officer", "import", str(EXAMPLES / "officers.csv"))
    run(db, "enterprise", "import", str(EXAMPLES / "enterprises.csv"))
    run(db, "target", "import", str(EXAMPLES / "targets.csv"))


def _personal(folder: Path, name: str) -> Path:
    db = folder / f"{name}.db"
    _shared_files(db)
    for command, (source, column) in OWN_FILES.items():
        own = filtered_csv(EXAMPLES / source, folder / f"{name}-{source}", column, {name})
        run(db, command, "import", str(own))
    if name in RETIRED:
        run(db, "officer", "retire", name, "--on", RETIRED[name])
    return db


def figures(db: Path) -> dict[str, Any]:
    """Every week and year report compared, as parsed JSON."""
    out = {week: json.loads(run(db, "report", "week", "--week", week, "--format", "json"))
           for week in WEEKS}
    for year in YEARS:
        out[year] = json.loads(run(db, "report", "year", "--year", year, "--format", "json"))
    return out


def _merge(target: Path, sources: list[Path]) -> None:
    for source in sources:
        run(target, "merge", str(source))


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hierarchy")
    personal = {n: _personal(folder, n) for n in EVERYONE}
    shared = folder / "shared.db"
    _shared_files(shared)
    for name in EVERYONE:  # the same files the officers imported
        for command, (source, _column) in OWN_FILES.items():
            run(shared, command, "import", str(folder / f"{name}-{source}"))
    for name, on in RETIRED.items():
        run(shared, "officer", "retire", name, "--on", on)
    depts = {}
    for dept, names in DEPARTMENTS.items():
        depts[dept] = folder / f"{dept}.db"
        _merge(depts[dept], [personal[n] for n in names])
        run(depts[dept], "export", str(folder / f"{dept}.jsonl"))
        depts[f"{dept}.jsonl"] = folder / f"{dept}.jsonl"
    return {"folder": folder, "shared": shared, **personal, **depts}


@pytest.fixture(scope="module")
def shared_figures(books: dict[str, Path]) -> dict[str, Any]:
    found = figures(books["shared"])
    year = {o["officer"]: o["six_ones"] for o in found["2026"]["officers"]}
    assert year["王伟"]["bargaining"]["target"] == 2 and year["李娜"]["matters"]["target"] == 12
    assert year["王伟"]["matters"]["done"] > 0
    assert any(o["met"] for o in found["2026-W46"]["officers"])
    return found


@pytest.mark.parametrize("dept", sorted(DEPARTMENTS))
def test_a_department_is_the_same_whatever_the_order_of_its_officers(
    books: dict[str, Path], dept: str
) -> None:
    names = DEPARTMENTS[dept]
    results = set()
    for order in permutations(names):
        db = books["folder"] / f"{dept}-{'-'.join(order)}.db"
        _merge(db, [books[n] for n in order])
        before = snapshot(db)
        for name in reversed(order):  # merged twice
            assert " 0 added, 0 updated" in run(db, "merge", str(books[name]))
        assert snapshot(db) == before
        results.add(frozenset(before))
    assert results == {frozenset(snapshot(books[dept]))}


@pytest.mark.parametrize("order", COUNTY_ORDERS, ids="-".join)
def test_county_in_any_order_equals_one_shared_logbook(
    books: dict[str, Path], shared_figures: dict[str, Any], order: tuple[str, ...]
) -> None:
    county = books["folder"] / f"county-{'-'.join(order)}.db"
    _merge(county, [books[source] for source in order])
    assert figures(county) == shared_figures
    assert listings(county) == listings(books["shared"])

    before = snapshot(county)
    for source in (*reversed(order), *EVERYONE, "office", "rights"):  # merged twice
        out = run(county, "merge", str(books[source]))
        assert " 0 added, 0 updated" in out, (source, out)
    assert snapshot(county) == before
    assert figures(county) == shared_figures

    reference = books["folder"] / "county-reference.json"  # every order: the same rows
    rows = sorted(before)
    if reference.exists():
        assert rows == [tuple(r) for r in json.loads(reference.read_text(encoding="utf-8"))]
    else:
        reference.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
