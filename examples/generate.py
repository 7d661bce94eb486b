"""Regenerate the example federation CSVs in this directory.

Usage: python examples/generate.py
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from visitlog.demo.data import write_example_federation

TODAY = date(2026, 11, 22)


def main() -> None:
    here = Path(__file__).resolve().parent
    paths = write_example_federation(here, TODAY)
    print(f"example federation as of {TODAY.isoformat()} written to {here}:")
    for path in paths.values():
        with path.open(encoding="utf-8", newline="") as fh:
            rows = sum(1 for _ in csv.reader(fh)) - 1
        print(f"  {path.name:<18} {rows:>5} rows")


if __name__ == "__main__":
    main()
