"""report year: who it lists, weeks, six ones against the calendar, as-of.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    ROLE_KEYS,
    STATUS_TABLE,
    _year_logbook,
    js,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- report year ----------------------------------------------------------------------------------




def test_report_year_json_shape_and_figures_exactly(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _year_logbook)
    # elapsed fraction on 4 March 2026 = 63/365
    data = js(cli, "report", "year")

    def six(**done_target_status: tuple) -> dict:
        """(done, target, status[, target_full]): target_full is the target unless given."""
        return {k: {**dict(zip(("done", "target", "status"), v[:3], strict=True)),
                    "target_full": v[3] if len(v) > 3 else v[1]}
                for k, v in done_target_status.items()}

    assert data == {"year": 2026, "as_of": "2026-03-04", "calendar_official": True, "officers": [
        # W01 not due (active Thu-Fri only), W05 on leave: W02-W04, W06-W09 and the met W10
        {"officer": "王伟", "dept": "办公室", "weeks_met": 3, "weeks_due": 8,
         "six_ones": six(outreach=(1, 2, "on_track"), bargaining=(0, 1, "behind"),
                         brand=(0, 1, "behind"), matters=(2, 12, "behind"),  # 12 × 63/365 = 2.07
                         friends=(0, 10, "behind"), innovation=(0, 3, "behind")),
         "roles": {"publicist": 1, "investigator": 2, "organizer": 0, "coordinator": 0,
                   "helper": 1}},
        # W08-W09 due, W10 in progress and not met; joined on 16 February: active 319 of the
        # year's 365 days, each target prorated (rounded up)
        {"officer": "李娜", "dept": "组织部", "weeks_met": 1, "weeks_due": 2,
         "six_ones": six(outreach=(0, 4, "behind", 4), bargaining=(0, 1, "behind"),
                         brand=(0, 1, "behind"), matters=(0, 11, "behind", 12),
                         friends=(0, 9, "behind", 10), innovation=(0, 3, "behind")),
         "roles": {"publicist": 0, "investigator": 0, "organizer": 1, "coordinator": 0,
                   "helper": 0}},
        # active on 1 January 2026 only: listed; 2026-W01 (29 Dec - 2 Jan) was due
        # (1 day of 365: every target prorated to 1, and that day is over)
        {"officer": "赵敏", "dept": "组织部", "weeks_met": 0, "weeks_due": 1,
         "six_ones": six(outreach=(0, 1, "behind", 4), bargaining=(0, 1, "behind"),
                         brand=(0, 1, "behind"), matters=(0, 1, "behind", 12),
                         friends=(0, 1, "behind", 10), innovation=(0, 1, "behind", 3)),
         "roles": dict.fromkeys(ROLE_KEYS, 0)},
    ]}


@pytest.mark.parametrize("today", ["2026-03-04", "2026-03-08", "2026-03-09", "2026-03-16"])
def test_report_year_weeks_are_week_report_ytd(cli: Cli, templates: Templates, today: str) -> None:
    """weeks_met/weeks_due are like ytd_met/ytd_due up to the current week."""
    templates.built(cli, _year_logbook)
    cli.today(today)
    weeks = {o["officer"]: (o["ytd_met"], o["ytd_due"])
             for o in js(cli, "report", "week")["officers"]}
    year = {o["officer"]: (o["weeks_met"], o["weeks_due"])
            for o in js(cli, "report", "year")["officers"]}
    assert weeks and {name: year[name] for name in weeks} == weeks


@pytest.mark.parametrize(("as_of", "listed"), [
    ("2026-01-01", ["王伟", "赵敏"]),
    ("2026-01-02", ["王伟", "赵敏"]),
    ("2026-02-15", ["王伟", "赵敏"]),
    ("2026-02-16", ["王伟", "李娜", "赵敏"]),  # since ≤ as-of
])
def test_report_year_lists_officers_active_up_to_as_of(cli: Cli, templates: Templates, as_of: str,
                                                      listed: list[str]) -> None:
    templates.built(cli, _year_logbook)
    data = js(cli, "report", "year", "--as-of", as_of)
    assert data["as_of"] == as_of
    assert [o["officer"] for o in data["officers"]] == listed


def test_report_year_counts_calendar_year_up_to_as_of(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _year_logbook)
    # the visit of 2025-12-30 lies in 2026-W01 but not in calendar 2026: no role counted
    wang = js(cli, "report", "year", "--as-of", "2026-01-31")["officers"][0]
    assert wang["roles"] == {"publicist": 0, "investigator": 2, "organizer": 0,
                             "coordinator": 0, "helper": 1}
    assert wang["six_ones"]["matters"]["done"] == 0  # achieved 1 February
    assert wang["six_ones"]["outreach"]["done"] == 1  # 2025-12-30's five do not count
    last = js(cli, "report", "year", "--year", "2025")
    assert last["as_of"] == "2025-12-31"  # a year that is over: 31 December
    assert [o["officer"] for o in last["officers"]] == ["张强", "赵敏"]
    cli.ok("officer", "add", "孙丽", "--dept", "办公室", "--since", "2025-12-31")
    assert "孙丽" in [o["officer"] for o in js(cli, "report", "year", "--year", "2025")["officers"]]


@pytest.mark.parametrize("args", [
    ("--year", "2027"), ("--as-of", "2026-03-05"), ("--year", "2025", "--as-of", "2026-01-05"),
    ("--year", "2026", "--as-of", "2025-12-31"), ("--as-of", "someday"),
])
def test_report_year_refuses_the_future_and_a_mismatched_as_of(cli: Cli, templates: Templates,
                                                               args: tuple[str, ...]) -> None:
    templates.built(cli, _year_logbook)
    cli.fail(2, "report", "year", *args)




@pytest.mark.parametrize(("as_of", "done", "target", "expected"), STATUS_TABLE)
def test_six_ones_status_through_report_year(cli: Cli, as_of: str, done: int, target: int,
                                             expected: str) -> None:
    cli.today("2028-12-31")
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2025-01-01")
    year = as_of[:4]
    cli.ok("target", "set", f"matters={target}", "--year", year)
    if done:
        cli.ok("achieve", "matters", "实事", "--officer", "王伟", "--date", f"{year}-01-01",
               "--count", str(done))
    matters = js(cli, "report", "year", "--as-of", as_of)["officers"][0]["six_ones"]["matters"]
    assert matters == {"done": done, "target": target, "status": expected,
                       "target_full": target}  # active the whole year


def test_report_year_dept_and_formats(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _year_logbook)
    assert [o["officer"] for o in js(cli, "report", "year", "--dept", "组织部")["officers"]] == [
        "李娜", "赵敏"]
    # an unknown department is refused, listing the real ones (README, decided in the audit)
    assert "组织部" in cli.fail(2, "report", "year", "--dept", "无此部")


# ---- SPEC: reports are as of today or an earlier day; a later --as-of is bad input, and the
# message says so (not "only things that happened can be logged": nothing is logged)


@pytest.mark.parametrize("report", ["year", "summary"])
def test_a_report_as_of_a_later_day_says_why(demand_book: Cli, report: str) -> None:
    assert demand_book.fail(2, "report", report, "--as-of", "2026-11-25") == (
        "Error: --as-of 2026-11-25 is after today (2026-11-19); a report is as of today "
        "or an earlier day")
    demand_book.lang("zh")
    assert demand_book.fail(2, "report", report, "--as-of", "2026-11-25") == (
        "错误：--as-of 2026-11-25 在今天（2026-11-19）之后；报表只能截至今天或更早的日期")
