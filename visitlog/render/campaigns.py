"""大访谈 campaign views: SPEC's JSON shape, sheets, and the countdown view."""

from __future__ import annotations

from typing import Any

from visitlog.domain.programme_reports import CampaignReport, CampaignSummary
from visitlog.domain.programmes_rules import GROUP_KEYS, INTERVIEW_GROUPS
from visitlog.domain.text import printable
from visitlog.i18n import get_lang, t
from visitlog.render.sheet import Column, Sheet


def group_label(key: str) -> str:
    term = next(g for g in INTERVIEW_GROUPS if g.key == key)
    return term.zh if get_lang() == "zh" else term.en


def campaign_data(report: CampaignReport) -> dict[str, Any]:
    c, pace = report.campaign, report.pace
    return {
        "campaign": c.name, "from": c.start.isoformat(), "to": c.end.isoformat(),
        "as_of": pace.as_of.isoformat(), "target": c.target, "interviewed": report.interviewed,
        "online": report.online, "offline": report.offline, "days_total": pace.days_total,
        "days_left": pace.days_left, "required_per_day": pace.required_per_day,
        "actual_per_day": pace.actual_per_day, "on_track": pace.on_track,
        "points": [{"point": p.point, "interviewed": p.interviewed, "town": p.town}
                   for p in report.points],
        "groups": report.groups,
        "days_elapsed": pace.days_elapsed, "max_age": c.max_age,
        "towns": [{"town": town, "interviewed": n} for town, n in report.towns],
    }


def _per_day(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def campaign_lines(report: CampaignReport) -> list[str]:
    c, pace = report.campaign, report.pace
    share = report.interviewed / c.target
    lines = [
        t("campaign.heading", name=c.name, start=c.start.isoformat(), end=c.end.isoformat(),
          as_of=pace.as_of.isoformat()),
        t("campaign.progress", interviewed=report.interviewed, target=c.target, share=share,
          online=report.online, offline=report.offline),
    ]
    if report.interviewed >= c.target:
        lines.append(t("campaign.target_met"))
    elif pace.days_left == 0:
        lines.append(t("campaign.over", short=c.target - report.interviewed))
    else:
        lines.append(t("campaign.countdown", days=pace.days_left,
                       per_day=_per_day(pace.required_per_day)))
    lines.append(t("campaign.pace", actual=_per_day(pace.actual_per_day),
                   elapsed=pace.days_elapsed, total=pace.days_total))
    lines.append(t("campaign.on_track") if pace.on_track else t("campaign.behind"))
    separator = "，" if get_lang() == "zh" else ", "
    groups = separator.join(f"{group_label(k)} {report.groups[k]}" for k in GROUP_KEYS)
    lines.append(t("campaign.groups", groups=groups))
    return lines


_FIGURES = ("campaign", "from", "to", "as_of", "target", "interviewed", "online", "offline",
            "days_total", "days_elapsed", "days_left", "required_per_day", "actual_per_day",
            "on_track")
_RIGHT = ("target", "interviewed", "online", "offline", "days_total", "days_elapsed",
          "days_left", "required_per_day", "actual_per_day")


def _one_decimal(value: float) -> float:
    return round(value, 1)  # still a number in a workbook; csv and json keep it unrounded


def _figures_sheet(report: CampaignReport) -> Sheet:
    """The headline (progress vs target, pace) as one row: spreadsheets and pages carry it."""
    data = campaign_data(report)
    columns = [Column(key, f"campaign.col.{key}", "right" if key in _RIGHT else "left",
                      words=_one_decimal if key.endswith("_per_day") else None) for key in _FIGURES]
    c = report.campaign
    title = t("campaign.heading", name=c.name, start=c.start.isoformat(), end=c.end.isoformat(),
              as_of=report.pace.as_of.isoformat())
    return Sheet(title, columns, [[data[key] for key in _FIGURES]])


def campaign_sheets(report: CampaignReport) -> list[Sheet]:
    groups = Sheet(t("campaign.groups_title"),
                   [Column("group", "campaign.col.group", words=group_label),
                    Column("interviewed", "campaign.col.interviewed", "right")],
                   [[key, report.groups[key]] for key in GROUP_KEYS])
    points = Sheet(t("campaign.points_title", count=len(report.points)),
                   [Column("point", "campaign.col.point"), Column("town", "col.town"),
                    Column("interviewed", "campaign.col.interviewed", "right")],
                   [[p.point, p.town, p.interviewed] for p in report.points])
    towns = Sheet(t("campaign.towns_title"),
                  [Column("town", "col.town"),
                   Column("interviewed", "campaign.col.interviewed", "right")],
                  [[town, n] for town, n in report.towns])
    return [_figures_sheet(report), groups, points, towns]


def campaign_text(report: CampaignReport) -> str:
    from visitlog.render.terminal import render_sheet

    head = printable("\n".join(campaign_lines(report))) + "\n\n"  # figures, groups, in words
    return head + "\n".join(render_sheet(s) for s in campaign_sheets(report)[2:])


def campaigns_sheet(campaigns: list[CampaignSummary]) -> Sheet:
    columns = [Column("name", "campaign.col.name"), Column("from", "col.from"),
               Column("to", "col.to"), Column("target", "campaign.col.target", "right"),
               Column("interviewed", "campaign.col.interviewed", "right"),
               Column("points", "campaign.col.points", "right"),
               Column("max_age", "campaign.col.max_age", "right")]
    rows = [[s.campaign.name, s.campaign.start.isoformat(), s.campaign.end.isoformat(),
             s.campaign.target, s.interviewed, s.points, s.campaign.max_age] for s in campaigns]
    return Sheet(t("campaign.list_title", count=len(rows)), columns, rows)
