"""CSV imports for campaigns: interview points (`name,town`) and interviews
(`date,point,count,group,online`). All or nothing, like every import.

Interview entries are additive, so a file may hold the same row twice; re-importing a file
must still change nothing. An import therefore adds, for each distinct row, only as many
entries as the file has beyond those already logged.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from visitlog.domain.dates import parse_past_date
from visitlog.domain.errors import Invalid
from visitlog.domain.text import ascii_digits, clean_name
from visitlog.service.campaigns import check_count, check_in_campaign, parse_group, resolve_campaign
from visitlog.service.context import Context
from visitlog.service.imports import ImportResult, _rows
from visitlog.store import programmes as store
from visitlog.store.programmes import NewInterview

POINT_COLUMNS = {"name": ("名称", "访谈点", "点位"), "town": ("镇街", "乡镇", "街道", "镇")}
INTERVIEW_COLUMNS = {
    "date": ("日期",), "point": ("访谈点", "点位"), "count": ("人数", "数量"),
    "group": ("类别", "群体", "分组"), "online": ("线上", "方式"),
}
_YES = {"yes", "y", "1", "true", "是", "线上", "online"}
_NO = {"", "no", "n", "0", "false", "否", "线下", "offline"}


def parse_online(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise Invalid("interview.bad_online", value=text)


def import_points_file(ctx: Context, campaign_text: str, path: Path) -> ImportResult:
    def parse(values: dict[str, str]) -> tuple[str, str | None]:
        town = values.get("town", "").strip()
        return clean_name(values["name"], "point"), clean_name(town, "town") if town else None

    added = skipped = 0
    with ctx.logbook.write("campaign.point_import", file=path.name) as conn:
        campaign = resolve_campaign(conn, campaign_text)
        for name, town in _rows(path, POINT_COLUMNS, ("name",), parse):
            if store.insert_point(conn, campaign.id, name, town) is None:
                skipped += 1
            else:
                added += 1
        ctx.logbook.describe_step(added=added, campaign=campaign.name)
    return ImportResult(added, skipped)


def import_interviews_file(ctx: Context, campaign_text: str, path: Path) -> ImportResult:
    with ctx.logbook.write("interview.import", file=path.name) as conn:
        campaign = resolve_campaign(conn, campaign_text)
        points = store.point_ids_by_name(conn, campaign.id)
        dates: dict[str, date] = {}

        def parse(values: dict[str, str]) -> NewInterview:
            text = values["date"].strip()
            day = dates.get(text) or dates.setdefault(text, parse_past_date(text, ctx.today))
            check_in_campaign(campaign, day)
            point = points.get(values["point"].strip())
            if point is None:
                raise Invalid("campaign.point.not_found", name=values["point"], candidates="")
            count_text = ascii_digits(values["count"])
            if count_text is None or len(count_text) > 9:
                raise Invalid("interview.bad_count", value=values["count"])
            return NewInterview(campaign.id, point, day, check_count(int(count_text)),
                                parse_group(values.get("group")),
                                parse_online(values.get("online", "")))

        wanted = Counter(_rows(path, INTERVIEW_COLUMNS, ("date", "point", "count"), parse))
        logged = store.interview_keys(conn, campaign.id)
        new: list[NewInterview] = []
        for row, times in wanted.items():
            key = (row.point_id, row.date.isoformat(), row.count, row.group, int(row.online))
            new += [row] * max(0, times - logged.get(key, 0))
        with ctx.logbook.bulk_insert("interviews"):
            store.insert_interviews(conn, new)
        added = len(new)
        ctx.logbook.describe_step(added=added, campaign=campaign.name)
    return ImportResult(added, sum(wanted.values()) - added)
