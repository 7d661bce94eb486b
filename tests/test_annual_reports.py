"""Summary, heatmap, officer card and coverage, end to end on a small hand-built logbook."""

from __future__ import annotations

import pytest

from tests.annual_helpers import Cli, small_logbook
from tests.templates import Templates

pytestmark = pytest.mark.engines


@pytest.fixture
def cli(tmp_path, monkeypatch, templates: Templates) -> Cli:  # noqa: ANN001
    cli = Cli(tmp_path, monkeypatch, "2026-03-04")
    templates.built(cli, small_logbook)
    return cli


def _cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def test_summary_json(cli: Cli) -> None:
    summary = cli.json("report", "summary")
    sentence = summary.pop("sentence")
    assert summary == {
        "from": "2026-01-01", "to": "2026-03-04", "visits": 4, "enterprises_visited": 2,
        "officers": 2,
        "outcomes": {"unions_formed": 1, "members_joined": 42, "unions_upgraded": 0,
                     "disputes_resolved": 2, "enterprises_relieved": 0, "models_built": 0},
        "demands": {"raised": 0, "resolved": 0, "overdue": 0, "satisfaction_rate": None},
    }
    assert sentence == (
        "2026年1月1日至3月4日，走访服务企业2家，帮助0家基层工会提档升级，打造典型0个，"
        "协助0家企业解难纾困，化解劳动关系矛盾2起，指导组建工会1个，新入会会员42名。"
    )


def test_summary_as_of_and_table(cli: Cli) -> None:
    summary = cli.json("report", "summary", "--as-of", "2026-01-31")
    assert (summary["to"], summary["visits"], summary["outcomes"]["members_joined"]) == (
        "2026-01-31", 2, 12)
    cli.lang("zh")
    out = cli("report", "summary")
    assert "走访服务企业2家" in out and "新入会会员" in out


def test_summary_demand_source_is_swappable(cli: Cli, tmp_path) -> None:  # noqa: ANN001
    from datetime import date

    from visitlog.service.context import Context
    from visitlog.service.summary import DemandFigures, summary_report
    from visitlog.service.year import year_period

    ctx = Context(tmp_path / "log.db", date(2026, 3, 4))
    with ctx.logbook.read() as conn:
        summary = summary_report(conn, year_period(None, None, ctx.today), ctx.today,
                                 demands=lambda *_: DemandFigures(5, 3, 1, 0.75))
    ctx.close()
    assert summary.demands == DemandFigures(5, 3, 1, 0.75) and summary.demands_tracked


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_heatmap_fits_80_columns(cli: Cli, lang: str) -> None:
    cli.lang(lang)
    out = cli("report", "heatmap")
    lines = out.splitlines()
    assert all(_cells(line) <= 80 for line in lines), [x for x in lines if _cells(x) > 80]
    wang = next(line for line in lines if line.startswith("王伟"))
    # W01 not due (joined Thursday), W02-W03 met, W04 missed, W05 on leave, W06-W09 missed,
    # W10 (this week) met; the rest of the year not yet
    assert wang == "王伟     .##x.xxxx#" + " " * 43 + " 3/8"
    li = next(line for line in lines if line.startswith("李娜"))
    assert li == "李娜     .......#xo" + " " * 43 + " 1/2"
    assert "\x1b" not in out


def test_heatmap_json(cli: Cli) -> None:
    heatmap = cli.json("report", "heatmap")
    assert heatmap["current_week"] == "2026-W10" and len(heatmap["weeks"]) == 53
    assert heatmap["officers"][1]["cells"][:10] == [
        "not_due"] * 7 + ["met", "missed", "in_progress"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_officer_card_fits_80_columns(cli: Cli, lang: str) -> None:
    cli.lang(lang)
    out = cli("report", "officer", "王伟")
    assert all(_cells(line) <= 80 for line in out.splitlines())
    assert "3/8" in out and "江苏金海新能源科技有限公司" in out and "2026-03-04" in out


def test_officer_card_json(cli: Cli) -> None:
    card = cli.json("report", "officer", "wangwei")
    assert (card["weeks_met"], card["weeks_due"], card["streak"]) == (3, 8, 1)
    assert card["enterprises_visited"] == 2
    assert [v["date"] for v in card["recent_visits"]] == ["2026-03-04", "2026-01-14",
                                                         "2026-01-05"]
    assert card["six_ones"]["outreach"] == {"done": 1, "target": 2, "status": "on_track",
                                            "target_full": 2}


def test_officer_card_unknown_officer(cli: Cli) -> None:
    cli("report", "officer", "无此人", code=2)


def test_coverage(cli: Cli) -> None:
    cli("enterprise", "add", "从未走访的厂", "--town", "金湖镇")
    report = cli.json("report", "coverage")
    assert report["summary"] == {"enterprises": 3, "visited": 2, "never_visited": 1,
                                 "listed": 3}
    by_name = {e["enterprise"]: e for e in report["enterprises"]}
    assert by_name["江苏金海新能源科技有限公司"] == {
        "enterprise": "江苏金海新能源科技有限公司", "town": None, "last_visit": "2026-03-04",
        "visits": 3, "officers": ["李娜", "王伟"]}
    never = cli.json("report", "coverage", "--never")["enterprises"]
    assert [e["enterprise"] for e in never] == ["从未走访的厂"]
    stale = cli.json("report", "coverage", "--since", "2026-02-01")["enterprises"]
    assert {e["enterprise"] for e in stale} == {"从未走访的厂", "常州恒润精密机械有限公司"}
    town = cli.json("report", "coverage", "--sort", "town")["enterprises"]
    assert town[0]["town"] == "金湖镇"
    cli("report", "coverage", "--sort", "nonsense", code=2)
    assert "never" in cli("report", "coverage")


def test_summary_sentence_is_one_line_in_the_table(cli: Cli, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "60")
    lines = cli("report", "summary").splitlines()
    assert lines[-1].startswith("2026年1月1日至3月4日，") and lines[-1].endswith("新入会会员42名。")


def test_achievement_linked_to_visit(cli: Cli) -> None:
    visit = cli.json("visit", "list", "--officer", "李娜")[0]
    cli("achieve", "friends", "结交职工朋友", "--officer", "李娜", "--date", "2026-02-17",
        "--visit", str(visit["id"]))
    [item] = cli.json("achieve", "list", "--officer", "李娜")
    assert item["visit"] == visit["id"]
    cli("visit", "delete", str(visit["id"]))
    assert cli.json("achieve", "list", "--officer", "李娜")[0]["visit"] is None
    cli("undo")
    assert cli.json("achieve", "list", "--officer", "李娜")[0]["visit"] == visit["id"]


CARD_EN = """\
王伟 (办公室): 2026 card, as of 2026-03-04
Weekly visits: 3/8 weeks met, streak 1

Six ones
  outreach     █████░░░░░   1/2   · on track
  bargaining   ░░░░░░░░░░   0/1   ! behind
  brand        ░░░░░░░░░░   0/1   ! behind
  matters      █░░░░░░░░░   2/12  ! behind
  friends      ░░░░░░░░░░   0/10  ! behind
  innovation   ░░░░░░░░░░   0/3   ! behind

Five roles
  publicist         1
  investigator      2
  organizer         0 ✗ not exercised this year
  coordinator       0 ✗ not exercised this year
  helper            1

Enterprises visited: 2
  江苏金海新能源科技有限公司                                  2  2026-03-04
  常州恒润精密机械有限公司                                    1  2026-01-14

Recent visits
  2026-03-04  江苏金海新能源科技有限公司                publicist
  2026-01-14  常州恒润精密机械有限公司                  investigator, helper
  2026-01-05  江苏金海新能源科技有限公司                investigator

Behind the calendar: bargaining, brand, matters, friends, innovation
"""


def test_officer_card_golden_en(cli: Cli) -> None:
    assert cli("report", "officer", "王伟") == CARD_EN
