"""Load the example federation into a logbook through the ordinary imports."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from visitlog.service.context import Context
from visitlog.service.imports import (
    import_enterprises_file,
    import_leaves_file,
    import_officers_file,
    import_visits_file,
)
from visitlog.service.officers import logbook_is_empty  # noqa: F401 - the demo asks first


def load_demo(ctx: Context) -> dict[str, int]:
    """Generate the example federation for ctx.today and import it; returns rows added."""
    from visitlog.demo.data import write_example_federation
    from visitlog.service.officers import retire_officer

    added: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="visitlog-demo-") as tmp:
        files = write_example_federation(Path(tmp), ctx.today)
        added["officers"] = import_officers_file(ctx, files["officers"]).added
        added["enterprises"] = import_enterprises_file(ctx, files["enterprises"]).added
        added["visits"] = import_visits_file(ctx, files["visits"]).added
        added["leave"] = import_leaves_file(ctx, files["leave"]).added
        with files["retirements"].open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                from datetime import date

                retire_officer(ctx, row["officer"], date.fromisoformat(row["date"]))
        for loader in _extra_loaders():
            added.update(loader(ctx, files))
    return added


def _extra_loaders() -> list:
    """Later programmes (achievements, targets, demands …) add their example data here."""
    from visitlog.demo.programmes import load_programmes
    from visitlog.demo.voice import load_voice

    # demands in every state and a season of reception days; assignments, practice days and
    # a campaign in progress
    return [_load_annual, load_voice, load_programmes]


def _load_annual(ctx: Context, files: dict[str, Path]) -> dict[str, int]:
    from visitlog.service.achievements import import_achievements_file
    from visitlog.service.targets import import_targets_file

    return {
        "targets": import_targets_file(ctx, files["targets"]).added,
        "achievements": import_achievements_file(ctx, files["achievements"]).added,
    }
