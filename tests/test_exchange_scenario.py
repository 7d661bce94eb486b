"""Logbooks travelling up the union hierarchy give the same figures as one shared logbook.

Three officers of 办公室 keep their own logbooks, merged into the department's; two officers
of 权益保障部 likewise; the two departments are merged into the county's. In any order, and
merged twice, `report week --format json` equals that of one logbook into which all the same
CSV files were imported.
"""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from tests.exchange_support import EXAMPLES, filtered_csv, listings, run, snapshot, week_json

DEPARTMENTS = {"office": ["陈静", "刘洋", "孙建国"], "rights": ["王伟", "李娜"]}
RETIRED = {"孙建国": "2026-08-01"}
WEEKS = ["2026-W47", "2026-W46", "2026-W37", "2026-W31", "2026-W30", "2026-W05", "2025-W40"]


def _personal(folder: Path, name: str) -> Path:
    db = folder / f"{name}.db"
    run(db, "officer", "import", str(EXAMPLES / "officers.csv"))
    run(db, "enterprise", "import", str(EXAMPLES / "enterprises.csv"))
    visits = filtered_csv(EXAMPLES / "visits.csv", folder / f"{name}-visits.csv", "officer", {name})
    run(db, "visit", "import", str(visits))
    leave = filtered_csv(EXAMPLES / "leave.csv", folder / f"{name}-leave.csv", "officer", {name})
    run(db, "leave", "import", str(leave))
    if name in RETIRED:
        run(db, "officer", "retire", name, "--on", RETIRED[name])
    return db


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hierarchy")
    everyone = {n for names in DEPARTMENTS.values() for n in names}
    personal = {n: _personal(folder, n) for n in sorted(everyone)}
    shared = folder / "shared.db"
    run(shared, "officer", "import", str(EXAMPLES / "officers.csv"))
    run(shared, "enterprise", "import", str(EXAMPLES / "enterprises.csv"))
    for name in sorted(everyone):  # the same files the officers imported
        run(shared, "visit", "import", str(folder / f"{name}-visits.csv"))
        run(shared, "leave", "import", str(folder / f"{name}-leave.csv"))
    for name, on in RETIRED.items():
        run(shared, "officer", "retire", name, "--on", on)
    return {"folder": folder, "shared": shared, **personal}


def _department(books: dict[str, Path], dept: str, order: tuple[str, ...], tag: str) -> Path:
    db = books["folder"] / f"{dept}-{tag}.db"
    for name in order:
        run(db, "merge", str(books[name]))
    return db


@pytest.mark.parametrize("office_order", list(permutations(DEPARTMENTS["office"]))[::2])
@pytest.mark.parametrize("county_first", ["office", "rights"])
def test_county_from_departments_equals_one_shared_logbook(
    books: dict[str, Path], office_order: tuple[str, ...], county_first: str
) -> None:
    tag = "-".join(office_order) + county_first
    depts = {
        "office": _department(books, "office", office_order, tag),
        "rights": _department(books, "rights", tuple(DEPARTMENTS["rights"])[::-1], tag),
    }
    county = books["folder"] / f"county-{tag}.db"
    second = "rights" if county_first == "office" else "office"
    run(county, "merge", str(depts[county_first]))
    run(depts[second], "export", str(books["folder"] / f"{second}-{tag}.jsonl"))
    run(county, "merge", str(books["folder"] / f"{second}-{tag}.jsonl"))  # a bundle this time

    for week in WEEKS:
        assert week_json(county, week) == week_json(books["shared"], week), week
    assert listings(county) == listings(books["shared"])

    before = snapshot(county)
    for source in (*depts.values(), *(books[n] for n in office_order)):
        out = run(county, "merge", str(source))
        assert " 0 added, 0 updated" in out
    assert snapshot(county) == before
    for week in WEEKS:
        assert week_json(county, week) == week_json(books["shared"], week), week
