"""Regenerate the example federation CSVs in this directory.

Usage: python examples/generate.py
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from visitlog.demo.data import write_example_federation

TODAY = date(2026, 11, 22)
CALENDAR_YEAR = 2026


def write_calendar_example(directory: Path, year: int) -> Path:
    """calendar-YEAR.csv: the year's schedule as the installed holidays package gives it
    (its copy of the State Council's notice), in `visitlog calendar import`'s format. A day
    off the package calls a substitute (休息日（由 … 调休）) is named, as the notice does, for
    the festival it belongs to: the nearest day off with a festival's name."""
    from datetime import timedelta

    from visitlog.service.workdays import package_days_of_year

    days = package_days_of_year(year, "zh")

    def festival(day: date) -> str:
        for distance in range(1, 8):
            for near in (day - timedelta(days=distance), day + timedelta(days=distance)):
                working, name = days.get(near, (True, ""))
                if not working and name and not name.startswith("休息日"):
                    return name.split("（")[0]
        return days[day][1]

    path = directory / f"calendar-{year}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["date", "kind", "name"])
        for day, (working, name) in sorted(days.items()):
            if working:
                writer.writerow([day.isoformat(), "workday", "调休上班"])
            else:
                named = festival(day) if name.startswith("休息日") else name.split("（")[0]
                writer.writerow([day.isoformat(), "holiday", named])
    return path


def main() -> None:
    here = Path(__file__).resolve().parent
    paths = write_example_federation(here, TODAY)
    paths["calendar"] = write_calendar_example(here, CALENDAR_YEAR)
    print(f"example federation as of {TODAY.isoformat()} written to {here}:")
    for path in paths.values():
        with path.open(encoding="utf-8", newline="") as fh:
            rows = sum(1 for _ in csv.reader(fh)) - 1
        print(f"  {path.name:<18} {rows:>5} rows")


if __name__ == "__main__":
    main()
