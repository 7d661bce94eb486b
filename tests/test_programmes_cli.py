"""End to end: practice days, campaigns, interviews and assignments through the commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.programmes_helpers import Cli, write
from tests.templates import Templates

pytestmark = pytest.mark.engines


@pytest.fixture
def cli(tmp_path: Path, templates: Templates) -> Cli:
    return templates.built(Cli(tmp_path), four_officers)


def four_officers(cli: Cli) -> Cli:
    """王伟, 李娜 (since 2026-11-10), 孙建国 and 张强 (retired in November), four enterprises."""
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2024-01-01")
    cli.ok("officer", "add", "李娜", "--dept", "办公室", "--since", "2026-11-10")
    cli.ok("officer", "add", "孙建国", "--dept", "办公室", "--since", "2020-01-01")
    cli.ok("officer", "retire", "孙建国", "--on", "2026-11-01")
    cli.ok("officer", "add", "张强", "--dept", "组织部", "--since", "2020-01-01")
    cli.ok("officer", "retire", "张强", "--on", "2026-11-02")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--town", "金湖镇")
    cli.ok("enterprise", "add", "常州华盛纺织有限公司", "--town", "城东街道")
    cli.ok("enterprise", "add", "常州恒润物流有限公司", "--town", "城东街道")
    cli.ok("enterprise", "add", "常州天宇电子科技有限公司", "--town", "青山镇")
    return cli


# -- practice days ----------------------------------------------------------------------------


def test_practice_report_lists_every_officer_active_in_the_month(cli: Cli) -> None:
    cli.ok("practice", "log", "主席", "--officer", "王伟", "--date", "2026-11-02",
           "--enterprise", "金海")
    cli.ok("practice", "log", "办公室", "--officer", "王伟", "--date", "2026-11-05")
    cli.ok("practice", "log", "普通职工", "--officer", "王伟", "--date", "2026-11-20")
    cli.ok("practice", "log", "worker", "--officer", "李娜", "--date", "2026-11-12")
    cli.ok("practice", "log", "chair", "--officer", "王伟", "--date", "2026-10-30")
    data = cli.ok("report", "practice", "--month", "2026-11", "--format", "json").json()
    assert data == {
        "month": "2026-11",
        "officers": [  # 孙建国 left on 11-01: not active in November; 张强 was, on 11-01
            {"officer": "李娜", "dept": "办公室", "chair": False, "office": False,
             "worker": True, "complete": False},
            {"officer": "王伟", "dept": "权益保障部", "chair": True, "office": True,
             "worker": True, "complete": True},
            {"officer": "张强", "dept": "组织部", "chair": False, "office": False,
             "worker": False, "complete": False},
        ],
        "summary": {"complete": 1, "officers": 3},
    }
    assert cli.ok("report", "practice", "--format", "json").json() == data  # default: this month
    october = cli.ok("report", "practice", "--month", "2026-10", "--format", "json").json()
    assert [o["officer"] for o in october["officers"]] == ["孙建国", "王伟", "张强"]
    assert october["officers"][1]["chair"] is True


def test_practice_report_csv_markdown_and_table(cli: Cli) -> None:
    cli.ok("practice", "log", "chair", "--officer", "王伟", "--date", "2026-11-02")
    csv = cli.ok("report", "practice", "--format", "csv").out
    assert csv.splitlines()[0] == "officer,dept,chair,office,worker,complete"
    assert "王伟,权益保障部,yes,no,no,no" in csv
    assert "| 王伟 | 权益保障部 |" in cli.ok("report", "practice", "--format", "markdown").out
    table = cli.ok("report", "practice").out
    assert "✓" in table and "1 complete" not in table and "3 officers, 0 complete" in table


def test_practice_log_needs_an_officer_and_refuses_the_future(cli: Cli) -> None:
    res = cli("practice", "log", "chair")
    assert res.code == 2 and "config set officer" in res.err
    res = cli("practice", "log", "chair", "--officer", "王伟", "--date", "2026-11-23")
    assert res.code == 2 and "future" in res.err
    res = cli("practice", "log", "boss", "--officer", "王伟")
    assert res.code == 2
    cli.ok("config", "set", "officer", "王伟")
    out = cli.ok("practice", "log", "主").out
    assert out == ("✓ Logged #1: 2026-11-22 王伟, a day as union chairman. Still to do in "
                   "2026-11: union office staff, ordinary worker.\n")
    res = cli("practice", "log", "chair")
    assert res.code == 2 and "already logged" in res.err
    assert "practice day" in cli.ok("undo").out
    data = cli.ok("report", "practice", "--format", "json").json()
    assert not any(o["chair"] for o in data["officers"])


def test_practice_year_grid(cli: Cli) -> None:
    for kind, day in (("chair", "2026-10-02"), ("office", "2026-10-03"),
                      ("worker", "2026-10-04")):
        cli.ok("practice", "log", kind, "--officer", "王伟", "--date", day)
    data = cli.ok("report", "practice", "--year", "2026", "--format", "json").json()
    assert data["months"] == [f"2026-{m:02d}" for m in range(1, 12)]
    rows = {o["officer"]: o for o in data["officers"]}
    assert rows["王伟"]["months"]["2026-10"] is True and rows["王伟"]["complete"] == 1
    assert rows["李娜"]["months"]["2026-10"] is None  # not yet joined
    assert rows["孙建国"]["months"]["2026-11"] is None
    assert cli("report", "practice", "--year", "2027").code == 2
    assert cli("report", "practice", "--year", "2026", "--month", "2026-10").code == 2
    assert cli("report", "practice", "--month", "2026-12").code == 2


# -- campaigns --------------------------------------------------------------------------------


def _campaign(cli: Cli) -> None:
    cli.ok("campaign", "create", "百日青年职工大访谈", "--from", "2026-09-01", "--to",
           "2026-12-09", "--target", "10000")
    cli.ok("campaign", "point", "add", "大访谈", "金湖镇职工服务中心", "--town", "金湖镇")
    cli.ok("campaign", "point", "add", "大访谈", "城东骑手驿站", "--town", "城东街道")
    cli.ok("campaign", "point", "add", "大访谈", "青山镇工业园", "--town", "青山镇")


def test_campaign_report_json_is_exact(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "2500", "--date",
           "2026-09-10", "--group", "一线职工")
    cli.ok("interview", "log", "大访谈", "--point", "城东", "--count", "1200", "--date",
           "2026-10-01", "--group", "new_forms", "--online")
    cli.ok("interview", "log", "大访谈", "--point", "城东", "--count", "300", "--date",
           "2026-10-20", "--group", "新就业")
    cli.ok("interview", "log", "大访谈", "--point", "金湖", "--count", "999", "--date",
           "2026-11-01")
    data = cli.ok("report", "campaign", "大访谈", "--as-of", "2026-10-20", "--format",
                  "json").json()
    assert data == {
        "campaign": "百日青年职工大访谈", "from": "2026-09-01", "to": "2026-12-09",
        "as_of": "2026-10-20", "target": 10000, "interviewed": 4000, "online": 1200,
        "offline": 2800, "days_total": 100, "days_left": 50, "required_per_day": 120.0,
        "actual_per_day": 80.0, "on_track": False,
        "points": [
            {"point": "金湖镇职工服务中心", "interviewed": 2500, "town": "金湖镇"},
            {"point": "城东骑手驿站", "interviewed": 1500, "town": "城东街道"},
            {"point": "青山镇工业园", "interviewed": 0, "town": "青山镇"},
        ],
        "groups": {"frontline": 2500, "new_forms": 1500, "other": 0},
        "days_elapsed": 50, "max_age": 40,
        "towns": [{"town": "城东街道", "interviewed": 1500},
                  {"town": "金湖镇", "interviewed": 2500},
                  {"town": "青山镇", "interviewed": 0}],
    }


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2026-08-01", {"as_of": "2026-08-01", "interviewed": 0, "days_left": 100,
                    "required_per_day": 100.0, "actual_per_day": None, "on_track": True}),
    ("2027-03-01", {"as_of": "2026-12-09", "interviewed": 5000, "days_left": 0,
                    "required_per_day": None, "actual_per_day": 50.0, "on_track": False}),
    (None, {"as_of": "2026-11-22", "interviewed": 5000, "days_left": 17,
            "required_per_day": 5000 / 17, "actual_per_day": 5000 / 83, "on_track": False}),
])
def test_campaign_report_before_during_and_after(cli: Cli, templates: Templates, as_of: str | None,
                                                 expected: dict) -> None:
    templates.built(cli, _campaign)
    cli.ok("interview", "log", "大访谈", "--point", "青山", "--count", "5000", "--date",
           "2026-09-05")
    args = ["--as-of", as_of] if as_of else []
    data = cli.ok("report", "campaign", "大访谈", *args, "--format", "json").json()
    assert {k: data[k] for k in expected} == expected


def test_campaign_target_met_early(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
    cli.ok("interview", "log", "大访谈", "--point", "青山", "--count", "10001", "--date",
           "2026-10-01")
    data = cli.ok("report", "campaign", "大访谈", "--format", "json").json()
    assert data["required_per_day"] == 0 and data["on_track"] is True
    assert "target is met" in cli.ok("report", "campaign", "大访谈").out


def test_campaign_table_shows_the_countdown(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
    cli.ok("interview", "log", "大访谈", "--point", "青山", "--count", "5000", "--date",
           "2026-09-05")
    out = cli.ok("--lang", "zh", "report", "campaign", "大访谈").out
    assert "还剩17天，需日均294.1人" in out and "进度落后" in out


def test_interviews_outside_the_campaign_are_refused(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
    res = cli("interview", "log", "大访谈", "--point", "青山", "--count", "5", "--date",
              "2026-08-31")
    assert res.code == 2 and "outside" in res.err
    assert cli("interview", "log", "大访谈", "--point", "青山", "--count", "0").code == 2
    assert cli("interview", "log", "大访谈", "--point", "nowhere", "--count", "3").code == 2
    assert cli("interview", "log", "nothing", "--point", "青山", "--count", "3").code == 2
    data = cli.ok("report", "campaign", "大访谈", "--format", "json").json()
    assert data["interviewed"] == 0


def test_campaign_create_list_show(cli: Cli, templates: Templates) -> None:
    templates.built(cli, _campaign)
    assert cli("campaign", "create", "百日青年职工大访谈", "--from", "2026-09-01", "--to",
               "2026-12-09", "--target", "5").code == 2
    assert cli("campaign", "create", "x", "--from", "2026-09-01", "--to", "2026-08-09",
               "--target", "5").code == 2
    assert cli("campaign", "create", "x", "--from", "2026-09-01", "--to", "2026-09-09",
               "--target", "0").code == 2
    listed = cli.ok("campaign", "list", "--format", "json").json()
    assert listed == [{"name": "百日青年职工大访谈", "from": "2026-09-01", "to": "2026-12-09",
                       "target": 10000, "interviewed": 0, "points": 3, "max_age": 40}]
    assert "城东骑手驿站" in cli.ok("campaign", "show", "百日").out
    assert cli("campaign", "point", "add", "大访谈", "城东骑手驿站").code == 2


def test_interview_import_is_all_or_nothing_and_idempotent(
        cli: Cli, templates: Templates, tmp_path: Path) -> None:
    templates.built(cli, _campaign)
    bad = write(tmp_path / "bad.csv", "date,point,count,group,online\n"
                "2026-09-02,金湖镇职工服务中心,30,frontline,no\n"
                "2026-09-03,没有这个点,30,frontline,no\n")
    res = cli("interview", "import", "大访谈", str(bad))
    assert res.code == 2 and "line 3 (data row 2)" in res.err
    outside = write(tmp_path / "outside.csv", "date,point,count,group,online\n"
                    "2026-09-02,金湖镇职工服务中心,30,frontline,no\n"
                    "2026-12-10,金湖镇职工服务中心,30,frontline,no\n")
    assert cli("interview", "import", "大访谈", str(outside)).code == 2
    assert cli.ok("report", "campaign", "大访谈", "--format", "json").json()["interviewed"] == 0
    good = write(tmp_path / "good.csv", "日期,访谈点,人数,类别,线上\n"
                 "2026-09-02,金湖镇职工服务中心,30,一线职工,否\n"
                 "2026-09-02,金湖镇职工服务中心,30,一线职工,否\n"
                 "2026-09-03,城东骑手驿站,12,新就业形态,是\n")
    assert "Imported 3" in cli.ok("interview", "import", "大访谈", str(good)).out
    assert "Imported 0" in cli.ok("interview", "import", "大访谈", str(good)).out
    data = cli.ok("report", "campaign", "大访谈", "--format", "json").json()
    assert (data["interviewed"], data["online"], data["groups"]["frontline"]) == (72, 12, 60)
    cli.ok("undo")
    cli.ok("undo")
    assert cli.ok("report", "campaign", "大访谈", "--format", "json").json()["interviewed"] == 0


def test_point_import_is_all_or_nothing(cli: Cli, templates: Templates, tmp_path: Path) -> None:
    templates.built(cli, _campaign)
    bad = write(tmp_path / "p.csv", "name,town\n新桥驿站,新桥镇\n,白马镇\n")
    res = cli("campaign", "point", "import", "大访谈", str(bad))
    assert res.code == 2 and "line 3 (data row 2)" in res.err
    assert cli.ok("campaign", "list", "--format", "json").json()[0]["points"] == 3
    good = write(tmp_path / "p.csv", "name,town\n新桥驿站,新桥镇\n城东骑手驿站,城东街道\n")
    assert "Imported 1" in cli.ok("campaign", "point", "import", "大访谈", str(good)).out
    assert cli("campaign", "point", "import", "大访谈", str(tmp_path / "no.csv")).code == 2


# -- assignments ------------------------------------------------------------------------------


def test_assignments_listing_and_report(cli: Cli) -> None:
    cli.ok("assign", "王伟", "--enterprise", "金海", "--town", "城东街道")
    assert cli("assign", "王伟", "--town", "火星").code == 2
    assert cli("assign", "王伟").code == 2
    listed = cli.ok("assign", "list", "--format", "json").json()
    assert listed == [
        {"officer": "王伟", "dept": "权益保障部", "kind": "enterprise",
         "assigned": "江苏金海新能源科技有限公司"},
        {"officer": "王伟", "dept": "权益保障部", "kind": "town", "assigned": "城东街道"},
    ]
    cli.ok("log", "华盛", "--officer", "李娜", "--date", "2026-11-20")
    cli.ok("log", "恒润", "--officer", "王伟", "--date", "2026-08-20")
    data = cli.ok("report", "assigned", "--within", "8w", "--format", "json").json()
    assert data == {
        "as_of": "2026-11-22", "since": "2026-09-28", "within_days": 56,
        "officers": [{
            "officer": "王伟", "dept": "权益保障部", "assigned": 3, "unvisited": 2,
            "enterprises": [
                {"enterprise": "常州华盛纺织有限公司", "town": "城东街道", "via": "town",
                 "last_visit": "2026-11-20", "visited": True},
                {"enterprise": "常州恒润物流有限公司", "town": "城东街道", "via": "town",
                 "last_visit": "2026-08-20", "visited": False},
                {"enterprise": "江苏金海新能源科技有限公司", "town": "金湖镇", "via": "enterprise",
                 "last_visit": None, "visited": False},
            ],
        }],
        "summary": {"assigned": 3, "unvisited": 2},
    }
    assert cli.ok("report", "assigned", "--officer", "李娜", "--format", "json").json()[
        "officers"] == []
    cli.ok("assign", "王伟", "--clear", "--town", "青山镇")
    assert [a["assigned"] for a in cli.ok("assign", "list", "--officer", "王伟", "--format",
                                          "json").json()] == ["青山镇"]


def test_log_says_when_a_visit_is_outside_the_assignment(cli: Cli) -> None:
    out = cli.ok("log", "天宇", "--officer", "王伟").out
    assert "outside" not in out  # no assignments: nothing to say
    cli.ok("assign", "王伟", "--town", "城东街道")
    assert "outside" not in cli.ok("log", "华盛", "--officer", "王伟").out
    out = cli.ok("log", "金海", "--officer", "王伟").out
    assert out.splitlines()[-1] == ("Note: 江苏金海新能源科技有限公司 is outside 王伟's "
                                    "assignment.")
