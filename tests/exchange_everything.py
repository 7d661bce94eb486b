"""Every listing and report of a logbook, local ids left out: what two logbooks holding the same
records must show alike, whatever numbers their rows got (issue 15's property)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.exchange_support import run

# Keys that hold a logbook's own row numbers, which differ between logbooks by design.
LOCAL_IDS = {"id", "visit_id", "reception_id", "demand_id", "visit"}  # "visit": an achievement's


def _strip(value: Any) -> Any:
    """Local ids left out; lists of rows compared as sets, since rows whose sort keys tie
    (two demands due the same day) come in the order of their local ids."""
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in LOCAL_IDS}
    if isinstance(value, list):
        items = [_strip(v) for v in value]
        if items and all(isinstance(v, dict) for v in items):
            return sorted(items, key=_canonical)
        return items
    return value


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _json(db: Path, *args: str, today: str) -> Any:
    """The command's JSON, or its exit code and message when it refuses (no leaders set…)."""
    from typer.testing import CliRunner

    from visitlog.cli.root import app

    result = CliRunner().invoke(app, ["--db", str(db), "--lang", "en", *args, "--format", "json"],
                                env={"VISITLOG_TODAY": today, "VISITLOG_LANG": "en"})
    if result.exit_code:
        return {"exit": result.exit_code, "output": result.output}
    return _strip(json.loads(result.stdout))


def _listing(db: Path, *args: str, today: str) -> list[Any]:
    """A listing as a set: rows whose order ties (same date…) follow local ids."""
    rows = _json(db, *args, today=today)
    return sorted(rows, key=_canonical) if isinstance(rows, list) else rows


def everything(db: Path, today: str, weeks: list[str], years: list[str], months: list[str]
               ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for listing in (("officer", "list"), ("enterprise", "list"), ("visit", "list"),
                    ("leave", "list"), ("demand", "list"), ("demand", "category", "list"),
                    ("reception", "list"), ("reception", "leaders", "list"),
                    ("campaign", "list"), ("achieve", "list"), ("assign", "list")):
        out[" ".join(listing)] = _listing(db, *listing, today=today)
    out["config list"] = run(db, "config", "list", today=today)
    out["reception roster"] = _json(db, "reception", "roster", "--from", f"{years[0]}-01-01",
                                    "--to", f"{years[0]}-12-31", today=today)
    for campaign in out["campaign list"]:
        name = campaign["name"]
        out[f"campaign show {name}"] = _json(db, "campaign", "show", name, today=today)
        out[f"report campaign {name}"] = _json(db, "report", "campaign", name, today=today)
    for officer in out["officer list"]:
        name = officer["name"]
        out[f"report officer {name}"] = _json(db, "report", "officer", name, today=today)
    for week in weeks:
        out[f"report week {week}"] = _json(db, "report", "week", "--week", week, today=today)
    for year in years:
        out[f"target show {year}"] = _listing(db, "target", "show", "--year", year, today=today)
        for report in ("year", "summary", "heatmap", "demands", "reception"):
            out[f"report {report} {year}"] = _json(db, "report", report, "--year", year,
                                                   today=today)
    for month in months:
        out[f"report practice {month}"] = _json(db, "report", "practice", "--month", month,
                                                today=today)
    out["report coverage"] = _json(db, "report", "coverage", today=today)
    out["report assigned"] = _json(db, "report", "assigned", today=today)
    return out


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The names of the outputs that differ (for a readable assertion)."""
    return [k for k in sorted(set(a) | set(b)) if _canonical(a.get(k)) != _canonical(b.get(k))]
