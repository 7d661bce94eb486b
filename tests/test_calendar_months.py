"""Calendar arithmetic from python-dateutil where people mean calendar months: `--within 2m`
reaches back two calendar months, not 60 days; the reception roster's Sundays come from a
recurrence rule."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_within_two_months_is_two_calendar_months(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2025-01-01")
    for name in ("九月十九", "九月二十", "九月十八"):
        cli.ok("enterprise", "add", name)
    cli.ok("assign", "王伟", "--enterprise", "九月十九", "--enterprise", "九月二十",
           "--enterprise", "九月十八")
    cli.ok("log", "九月十八", "--officer", "王伟", "--date", "2026-09-18")
    cli.ok("log", "九月十九", "--officer", "王伟", "--date", "2026-09-19")
    cli.ok("log", "九月二十", "--officer", "王伟", "--date", "2026-09-20")
    # today 2026-11-19: two calendar months back is 2026-09-19, a window of 61 days from
    # 2026-09-20 (the day N units back is outside it, as with 8w); 60 days would start a day
    # later and count the visit of 09-20 as missing
    report = json.loads(cli.ok("report", "assigned", "--within", "2m", "--format", "json"))
    assert (report["within_days"], report["since"]) == (61, "2026-09-20")
    assert _visited(report) == {"九月二十": True, "九月十九": False, "九月十八": False}
    days60 = json.loads(cli.ok("report", "assigned", "--within", "60d", "--format", "json"))
    assert (days60["within_days"], days60["since"]) == (60, "2026-09-21")
    assert _visited(days60)["九月二十"] is False
    cli.today("2026-03-31")  # one month back from 31 March is 28 February
    month = json.loads(cli.ok("report", "assigned", "--within", "1个月", "--format", "json"))
    assert (month["within_days"], month["since"]) == (31, "2026-03-01")


def _visited(report: dict) -> dict[str, bool]:
    return {e["enterprise"]: e["visited"] for o in report["officers"] for e in o["enterprises"]}


def test_the_roster_falls_on_sundays(cli: Cli) -> None:
    out = json.loads(cli.ok("reception", "roster", "--from", "2026-12-26", "--to", "2027-01-10",
                            "--leader", "张主席", "--leader", "李副主席", "--format", "json"))
    assert [(d["date"], d["leader"]) for d in out] == [
        ("2026-12-27", "张主席"), ("2027-01-03", "李副主席"), ("2027-01-10", "张主席")]
