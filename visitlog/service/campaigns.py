"""大访谈 campaigns: create, points, interviews, and the progress report (`report campaign`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import partial

from visitlog.domain.errors import Duplicate, Invalid
from visitlog.domain.match import resolve_name
from visitlog.domain.programme_reports import CampaignReport, CampaignSummary, PointTotal  # noqa: F401 - the report's records
from visitlog.domain.programmes_rules import (
    GROUP_KEYS,
    INTERVIEW_GROUPS,
    campaign_pace,
    effective_as_of,
    resolve_programme_term,
)
from visitlog.domain.text import clean_name
from visitlog.service.context import Context
from visitlog.service.names import resolve_officer
from visitlog.service.one_officer import officer_filter_id
from visitlog.service.visits import inactive_note
from visitlog.store import programmes as store
from visitlog.store.programmes import Campaign, NewInterview

MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class InterviewDraft:
    campaign: str
    point: str
    count: int
    date: date
    group: str | None = None
    online: bool = False
    officer: str | None = None


@dataclass(frozen=True)
class InterviewLogged:
    campaign: str
    point: str
    count: int
    date: date
    group: str
    online: bool
    interviewed: int
    target: int
    officer: str | None = None
    inactive: tuple[str, date] | None = None  # the officer was not active that day: why


def resolve_campaign(conn: sqlite3.Connection, text: str) -> Campaign:
    lookup = partial(store.find_campaigns, conn)
    campaign_id, _name = resolve_name(text, lookup, "campaign", ("exact", "substring"))
    return store.get_campaign(conn, campaign_id)


def resolve_point(conn: sqlite3.Connection, campaign: Campaign, text: str) -> tuple[int, str]:
    lookup = partial(store.find_points, conn, campaign.id)
    return resolve_name(text, lookup, "campaign.point", ("exact", "substring"))


def check_count(value: int) -> int:
    if not 1 <= value <= MAX_COUNT:
        raise Invalid("interview.bad_count", value=value)
    return value


def parse_group(text: str | None) -> str:
    """An interview group; `other` when none is given."""
    if text is None or not text.strip():
        return "other"
    return resolve_programme_term(INTERVIEW_GROUPS, text, "interview_group").key


def create_campaign(ctx: Context, name: str, start: date, end: date, target: int,
                    max_age: int | None) -> Campaign:
    name = clean_name(name, "campaign")
    if end < start:
        raise Invalid("campaign.end_before_start", start=start.isoformat(), end=end.isoformat())
    if not 1 <= target <= 100_000_000:
        raise Invalid("campaign.bad_target", value=target)
    if max_age is not None and not 14 <= max_age <= 100:
        raise Invalid("campaign.bad_max_age", value=max_age)
    with ctx.logbook.write("campaign.create", name=name) as conn:
        campaign_id = store.insert_campaign(conn, name, start, end, target, max_age)
        if campaign_id is None:
            raise Duplicate("campaign.exists", name=name)
        return store.get_campaign(conn, campaign_id)


def list_campaigns(ctx: Context, officer: str | None = None) -> list[CampaignSummary]:
    """Every campaign; with `officer` (a --officer filter), the interviews they logged."""
    with ctx.logbook.read() as conn:
        officer_id = officer_filter_id(conn, officer)
        return [CampaignSummary(c, p, n) for c, p, n in store.list_campaigns(conn, officer_id)]


def add_point(ctx: Context, campaign_text: str, name: str, town: str | None) -> tuple[str, str]:
    """Add an interview point; returns (campaign, point) names."""
    name = clean_name(name, "point")
    town = clean_name(town, "town") if town and town.strip() else None
    with ctx.logbook.write("campaign.point_add", point=name) as conn:
        campaign = resolve_campaign(conn, campaign_text)
        if store.insert_point(conn, campaign.id, name, town) is None:
            raise Duplicate("campaign.point_exists", campaign=campaign.name, point=name)
        ctx.logbook.describe_step(campaign=campaign.name)
    return campaign.name, name


def log_interview(ctx: Context, draft: InterviewDraft) -> InterviewLogged:
    """Add an entry of interviews (entries are additive); refused outside the campaign."""
    count = check_count(draft.count)
    group = parse_group(draft.group)
    officer_text = draft.officer or ctx.officer_me
    with ctx.logbook.write("interview.log", count=count, date=draft.date.isoformat()) as conn:
        campaign = resolve_campaign(conn, draft.campaign)
        check_in_campaign(campaign, draft.date)
        point_id, point = resolve_point(conn, campaign, draft.point)
        officer_id, officer = (resolve_officer(conn, officer_text) if officer_text
                               else (None, None))
        store.insert_interviews(conn, [NewInterview(campaign.id, point_id, draft.date, count,
                                                    group, draft.online, officer_id)])
        ctx.logbook.describe_step(campaign=campaign.name, point=point)
        totals = store.campaign_totals(conn, campaign, campaign.end)
        inactive = inactive_note(conn, officer_id, draft.date) if officer_id else None
    interviewed = sum(totals["online"].values())
    return InterviewLogged(campaign.name, point, count, draft.date, group, draft.online,
                           interviewed, campaign.target, officer, inactive)


def check_in_campaign(campaign: Campaign, day: date) -> None:
    if not campaign.start <= day <= campaign.end:
        raise Invalid("interview.outside", campaign=campaign.name, date=day.isoformat(),
                      start=campaign.start.isoformat(), end=campaign.end.isoformat())


def campaign_report(ctx: Context, name: str, as_of: date | None,
                    officer: str | None = None) -> CampaignReport:
    """Progress as of `as_of` (default today), capped at the campaign's last day. With
    `officer` (a --officer filter), of the interviews that officer logged, against the
    campaign's whole target."""
    with ctx.logbook.read() as conn:
        campaign = resolve_campaign(conn, name)
        officer_id = officer_filter_id(conn, officer)
        day = effective_as_of(as_of or ctx.today, campaign.end)
        totals = store.campaign_totals(conn, campaign, day, officer_id)
    online = int(totals["online"].get(1, 0))
    offline = int(totals["online"].get(0, 0))
    interviewed = online + offline
    points = [PointTotal(p, town, int(n)) for p, town, n in totals["points"]]
    towns: dict[str | None, int] = {}
    for point in points:
        towns[point.town] = towns.get(point.town, 0) + point.interviewed
    return CampaignReport(
        campaign, campaign_pace(campaign.start, campaign.end, campaign.target, interviewed, day),
        interviewed, online, offline, points,
        sorted(towns.items(), key=lambda item: (item[0] is None, item[0] or "")),
        {key: int(totals["groups"].get(key, 0)) for key in GROUP_KEYS},
    )
