"""Deterministic benchmark federations written as visitlog import CSVs.

Every figure comes from one seeded `random.Random`, so the same scale always gives the same
files (the runner caches them by a hash of this file and the scale's parameters).
"""

from __future__ import annotations

import csv
import random
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 20)  # a Friday in 2026-W47; the bench sets VISITLOG_TODAY to it

_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩"
             "冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红海峰文斌辉鹏宇飞浩凯亮晨欣怡"
_PLACES = ("江苏", "常州", "苏州", "无锡", "南通", "扬州", "镇江", "泰州", "盐城", "淮安",
           "宿迁", "徐州", "连云港", "金坛", "溧阳", "武进", "新北", "天宁", "钟楼", "昆山")
_BRAND = "金银华海恒泰瑞丰盛达鑫源隆兴宏伟通宝利新天安德顺和美佳明光辉远"
_TRADES = ("新能源科技", "精密机械", "服装", "电子", "化工", "食品", "物流", "建材", "五金制品",
           "纺织", "家具", "汽车零部件", "医疗器械", "包装材料", "电气设备", "塑业", "印务",
           "环保科技", "农业发展", "商贸")
_TOWNS = ("湖塘镇", "牛塘镇", "洛阳镇", "横林镇", "横山桥镇", "遥观镇", "礼嘉镇", "前黄镇",
           "雪堰镇", "嘉泽镇", "湟里镇", "城东街道")
_ROLES = ("publicist", "investigator", "organizer", "coordinator", "helper")
_NOTES = ("", "", "", "了解职工诉求", "宣讲政策", "协调劳动关系", "指导建会", "走访慰问")


@dataclass(frozen=True)
class Scale:
    name: str
    officers: int
    enterprises: int
    years: int
    depts: int
    miss_rate: float = 0.04  # weeks an officer logs nothing
    double_rate: float = 0.08  # weeks with a second visit
    # "random": today's federation (every officer misses a week now and then, leave only in
    # the last 200 days); "diligent": everyone since the window's first week, one visit every
    # week, no leave (every streak unbroken for five years); "mixed": most officers unbroken,
    # some not, leave, joiners and retirements every year
    kind: str = "random"


SCALES = {
    "county": Scale("county", 50, 2_000, 5, 8),
    "city": Scale("city", 2_000, 50_000, 5, 40),
    "province": Scale("province", 10_000, 50_000, 5, 200),
    "diligent": Scale("diligent", 10_000, 50_000, 5, 200, miss_rate=0.0, double_rate=0.0,
                      kind="diligent"),
    "mixed": Scale("mixed", 10_000, 50_000, 5, 200, kind="mixed"),
}
# the mixed province, per year of the window: officers who join, retire, take leave; and the
# share of officers who never miss a week they can make
MIXED_JOIN, MIXED_RETIRE, MIXED_LEAVE, MIXED_UNBROKEN = 0.03, 0.02, 0.10, 0.75


def params(scale: Scale) -> dict:
    return {**asdict(scale), "today": TODAY.isoformat()}


def _unique(rng: random.Random, count: int, make) -> list[str]:  # noqa: ANN001
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen.setdefault(make(rng), None)
    return list(seen)


def officer_names(rng: random.Random, count: int) -> list[str]:
    def make(r: random.Random) -> str:
        size = 1 if r.random() < 0.3 else 2
        return r.choice(_SURNAMES) + "".join(r.choice(_GIVEN) for _ in range(size))

    # 10,000 distinct short names do not exist; number the rest as federations do (王伟2)
    names = _unique(rng, min(count, 3_000), make)
    i = 2
    while len(names) < count:
        names.extend(f"{n}{i}" for n in names[: count - len(names)])
        i += 1
    return names[:count]


def enterprise_names(rng: random.Random, count: int) -> list[str]:
    def make(r: random.Random) -> str:
        brand = r.choice(_BRAND) + r.choice(_BRAND)
        return f"{r.choice(_PLACES)}{brand}{r.choice(_TRADES)}有限公司"

    return _unique(rng, count, make)


def generate(scale: Scale, out: Path) -> dict[str, int]:
    """Write officers.csv, enterprises.csv, leaves.csv, visits.csv and visits_1y.csv."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"visitlog-bench-{scale.name}")
    first_monday = TODAY - timedelta(days=TODAY.weekday()) - timedelta(weeks=52 * scale.years)
    one_year_from = TODAY - timedelta(days=TODAY.weekday()) - timedelta(weeks=52)
    if scale.kind != "random":
        return _generate_steady(scale, out, rng, first_monday, one_year_from)
    officers = officer_names(rng, scale.officers)
    depts = [f"第{i + 1:03d}部" for i in range(scale.depts)]
    since: list[date] = []
    with (out / "officers.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "dept", "since"])
        for i, name in enumerate(officers):
            # most have served all along; some joined during the window (general path)
            joined = first_monday - timedelta(days=rng.randrange(30, 2000))
            if rng.random() < 0.05:
                joined = TODAY - timedelta(days=rng.randrange(1, 52 * 7 * scale.years))
            since.append(joined)
            w.writerow([name, depts[i % scale.depts], joined.isoformat()])
    enterprises = enterprise_names(rng, scale.enterprises)
    with (out / "enterprises.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "town", "industry", "employees", "union"])
        for name in enterprises:
            w.writerow([name, rng.choice(_TOWNS), "制造业", rng.randrange(8, 3000),
                        rng.choice(("yes", "no"))])
    with (out / "leaves.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["officer", "from", "to", "reason"])
        for name in officers:
            if rng.random() < 0.04:
                start = TODAY - timedelta(days=rng.randrange(1, 200))
                w.writerow([name, start.isoformat(),
                            (start + timedelta(days=rng.randrange(2, 21))).isoformat(), "年假"])
    counts = {"officers": len(officers), "enterprises": len(enterprises),
              "achievements": _write_achievements(rng, scale, out, officers, since)}
    counts.update(_write_visits(rng, scale, out, officers, since, enterprises, first_monday,
                                one_year_from))
    return counts


def _write_achievements(rng: random.Random, scale: Scale, out: Path, officers: list[str],
                        since: list[date]) -> int:
    """Three achievements per officer per year (imported only when the schema has them)."""
    categories = ("outreach", "bargaining", "brand", "matters", "friends", "innovation")
    written = 0
    with (out / "achievements.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "officer", "category", "count", "description"])
        for i, name in enumerate(officers):
            for k in range(3 * scale.years):
                day = TODAY - timedelta(days=rng.randrange(0, 365 * scale.years))
                if day >= since[i]:
                    w.writerow([day.isoformat(), name, rng.choice(categories),
                                rng.randrange(1, 4), f"成果{k + 1}"])
                    written += 1
    return written


def _write_visits(rng: random.Random, scale: Scale, out: Path, officers: list[str],
                  since: list[date], enterprises: list[str], first_monday: date,
                  one_year_from: date) -> dict[str, int]:
    """Visits week by week (so the file is in date order, like an export); one per officer."""
    roles_choices = [";".join(r for i, r in enumerate(_ROLES) if mask >> i & 1)
                     for mask in range(32)]
    written = recent = 0
    with (out / "visits.csv").open("w", newline="", encoding="utf-8") as full, \
            (out / "visits_1y.csv").open("w", newline="", encoding="utf-8") as last:
        wf, wl = csv.writer(full), csv.writer(last)
        header = ["date", "officer", "enterprise", "roles", "note", "members_joined"]
        wf.writerow(header)
        wl.writerow(header)
        monday = first_monday
        rand, choice, randrange = rng.random, rng.choice, rng.randrange
        n_ent = len(enterprises)
        while monday <= TODAY:
            days = [monday + timedelta(days=d) for d in range(5)]
            iso = [d.isoformat() for d in days]
            writer_rows = []
            for i, name in enumerate(officers):
                r = rand()
                if r < scale.miss_rate:
                    continue
                picks = (randrange(5), randrange(5)) if r > 1 - scale.double_rate else \
                    (randrange(5),)
                for k, d in enumerate(sorted(set(picks))):
                    if days[d] > TODAY or days[d] < since[i]:
                        continue
                    writer_rows.append((iso[d], name, enterprises[(i * 7 + k * 13 +
                                                                    randrange(n_ent)) % n_ent],
                                        roles_choices[randrange(1, 32)], choice(_NOTES),
                                        randrange(0, 4) if rand() < 0.2 else ""))
            wf.writerows(writer_rows)
            written += len(writer_rows)
            if monday >= one_year_from:
                wl.writerows(writer_rows)
                recent += len(writer_rows)
            monday += timedelta(weeks=1)
    return {"visits": written, "visits_1y": recent}


class _Career:
    """One officer of a diligent or mixed province: when they serve, their leave, their habit."""

    def __init__(self, since: date, retired: date | None, leave_days: set[date],
                 unbroken: bool) -> None:
        self.since, self.retired, self.leave_days, self.unbroken = (since, retired, leave_days,
                                                                    unbroken)

    def can_visit(self, day: date) -> bool:
        return (self.since <= day <= TODAY and (self.retired is None or day < self.retired)
                and day not in self.leave_days)


def _careers(rng: random.Random, scale: Scale, first_monday: date) -> list[_Career]:
    window = (TODAY - first_monday).days
    careers = []
    for _ in range(scale.officers):
        if scale.kind == "diligent":
            careers.append(_Career(first_monday, None, set(), True))
            continue
        since = first_monday - timedelta(days=rng.randrange(30, 2000))
        if rng.random() < MIXED_JOIN * scale.years:
            since = first_monday + timedelta(days=rng.randrange(0, window))
        retired = None
        if rng.random() < MIXED_RETIRE * scale.years:
            retired = since + timedelta(days=rng.randrange(60, 60 + window))
            retired = None if retired > TODAY else retired
        leave_days: set[date] = set()
        for year in range(scale.years):
            if rng.random() < MIXED_LEAVE:
                start = first_monday + timedelta(days=365 * year + rng.randrange(0, 365))
                length = rng.choice((3, 5, 7, 10, 14, 21, 30, 60))
                leave_days.update(start + timedelta(days=d) for d in range(length))
        careers.append(_Career(since, retired, leave_days, rng.random() < MIXED_UNBROKEN))
    return careers


def _leave_spans(days: set[date]) -> list[tuple[date, date]]:
    spans: list[tuple[date, date]] = []
    for day in sorted(days):
        if spans and spans[-1][1] + timedelta(days=1) >= day:
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


def _generate_steady(scale: Scale, out: Path, rng: random.Random, first_monday: date,
                     one_year_from: date) -> dict[str, int]:
    """A diligent or a mixed province (Scale.kind): officers.csv, retirements.csv (the bench
    writes them: visitlog has no retirement import), leaves.csv, and the visits."""
    officers = officer_names(rng, scale.officers)
    depts = [f"第{i + 1:03d}部" for i in range(scale.depts)]
    careers = _careers(rng, scale, first_monday)
    with (out / "officers.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "dept", "since"])
        for i, (name, career) in enumerate(zip(officers, careers, strict=True)):
            w.writerow([name, depts[i % scale.depts], career.since.isoformat()])
    with (out / "retirements.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["officer", "on"])
        w.writerows((name, c.retired.isoformat()) for name, c in zip(officers, careers,
                                                                      strict=True) if c.retired)
    with (out / "leaves.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["officer", "from", "to", "reason"])
        for name, career in zip(officers, careers, strict=True):
            for start, end in _leave_spans(career.leave_days):
                w.writerow([name, start.isoformat(), end.isoformat(), "年假"])
    enterprises = enterprise_names(rng, scale.enterprises)
    with (out / "enterprises.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "town", "industry", "employees", "union"])
        for name in enterprises:
            w.writerow([name, rng.choice(_TOWNS), "制造业", rng.randrange(8, 3000),
                        rng.choice(("yes", "no"))])
    since = [c.since for c in careers]
    counts = {"officers": len(officers), "enterprises": len(enterprises),
              "retirements": sum(c.retired is not None for c in careers),
              "leaves": sum(len(_leave_spans(c.leave_days)) for c in careers),
              "achievements": _write_achievements(rng, scale, out, officers, since)}
    counts.update(_write_steady_visits(rng, scale, out, officers, careers, enterprises,
                                       first_monday, one_year_from))
    return counts


def _write_steady_visits(rng: random.Random, scale: Scale, out: Path, officers: list[str],
                         careers: list[_Career], enterprises: list[str], first_monday: date,
                         one_year_from: date) -> dict[str, int]:
    """One visit a week on a weekday the officer can make (two in some weeks), skipped only
    by those who are not unbroken, now and then."""
    roles_choices = [";".join(r for i, r in enumerate(_ROLES) if mask >> i & 1)
                     for mask in range(32)]
    written = recent = 0
    with (out / "visits.csv").open("w", newline="", encoding="utf-8") as full, \
            (out / "visits_1y.csv").open("w", newline="", encoding="utf-8") as last:
        wf, wl = csv.writer(full), csv.writer(last)
        header = ["date", "officer", "enterprise", "roles", "note", "members_joined"]
        wf.writerow(header)
        wl.writerow(header)
        monday = first_monday
        rand, choice, randrange = rng.random, rng.choice, rng.randrange
        n_ent = len(enterprises)
        while monday <= TODAY:
            days = [monday + timedelta(days=d) for d in range(5)]
            iso = [d.isoformat() for d in days]
            rows = []
            for i, (name, career) in enumerate(zip(officers, careers, strict=True)):
                if not career.unbroken and rand() < scale.miss_rate:
                    continue
                can = [d for d in range(5) if career.can_visit(days[d])]
                if not can:
                    continue
                picks = sorted({choice(can), choice(can)} if rand() < scale.double_rate
                               else {choice(can)})
                for k, d in enumerate(picks):
                    rows.append((iso[d], name, enterprises[(i * 7 + k * 13 + randrange(n_ent))
                                                           % n_ent],
                                 roles_choices[randrange(1, 32)], choice(_NOTES),
                                 randrange(0, 4) if rand() < 0.2 else ""))
            wf.writerows(rows)
            written += len(rows)
            if monday >= one_year_from:
                wl.writerows(rows)
                recent += len(rows)
            monday += timedelta(weeks=1)
    return {"visits": written, "visits_1y": recent}
