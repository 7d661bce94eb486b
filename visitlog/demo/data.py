"""A deterministic example county federation: the data behind `visitlog demo` and examples/.

Pure standard library (the optional `holidays` package is imported lazily for China's
official working days). Every date is laid out relative to `today`, so the demo always shows
a meaningful current week; the same (today, seed) always gives byte-identical files.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# fmt: off
ROLES = ("publicist", "investigator", "organizer", "coordinator", "helper")
CATEGORIES = ("outreach", "bargaining", "brand", "matters", "friends", "innovation")
OUTCOMES = ("unions_formed", "members_joined", "unions_upgraded", "disputes_resolved",
            "enterprises_relieved", "models_built")
DEFAULT_TARGETS = {"outreach": 4, "bargaining": 1, "brand": 1, "matters": 10, "friends": 10,
                   "innovation": 3}
MIN_AVAILABLE_DAYS = 3
HISTORY_DAYS = 548  # ~18 months of visits

TOWNS = ("城东街道", "城西街道", "城南街道", "城北街道", "金湖镇", "青山镇",
         "白马镇", "桃源镇", "河口镇", "新桥镇", "龙潭镇", "梅林镇")

# 5 departments x 5 officers; 王伟 / 王伟东 share a pinyin prefix (wangwei...).
DEPARTMENTS = {
    "办公室": "陈静 刘洋 赵丽华 孙建国 周敏",
    "组织部": "张强 张丽 王伟东 吴晓燕 徐志刚",
    "权益保障部": "王伟 李娜 马俊 朱海燕 胡斌",
    "宣传教育部": "郭晓婷 何琳 高鹏 林芳 罗文杰",
    "基层工作部": "黄磊 杨帆 王芳 梁国华 谢婷",
}
OFFICERS = tuple((name, dept) for dept, names in DEPARTMENTS.items() for name in names.split())
JOINED_THURSDAY, JOINED_RECENTLY, RETIREE = "杨帆", "谢婷", "孙建国"
LAGGARDS = {"高鹏": 0.22, "马俊": 0.18, "周敏": 0.14}  # share of weeks missed
BEHIND = ("高鹏", "周敏", "何琳")  # behind on the six ones this year
DEPT_ROLE = {"办公室": "investigator", "组织部": "organizer", "权益保障部": "coordinator",
             "宣传教育部": "publicist", "基层工作部": "organizer"}

PLACES = ("江苏", "江苏", "常州", "常州", "常州")  # plus the town itself for a 镇
TRADE_NAMES = (
    "金海 恒润 华盛 天宇 永兴 宏达 鑫源 博远 中科 瑞丰 嘉禾 东方 新亚 德力 汇通 远航 诚信 晨光 "
    "明辉 长江 江南 苏通 泰和 锦程 富达 振华 兴隆 同创 星辰 立信 佳美 银河 阳光 绿源 青松 凯瑞 "
    "骏马 华飞 龙腾 盛世 大地 安泰 昌盛 恒信 天润 金鼎 联创 宝丰 润泽 华阳 鸿运 伟业 精诚 开元 "
    "久盛 荣丰 旭日 海天 金桥 卓越 方圆 通达 美嘉 巨龙 腾飞 源泰 和顺 百川 众诚 优品 德胜 恒丰"
).split()
SECTORS = (  # (industry, weight, business words)
    ("制造业", 44, ("新能源科技", "精密机械", "纺织", "电子科技", "汽车零部件", "新材料科技",
                    "电气设备", "服装", "食品", "化工", "机电设备", "包装材料", "塑业",
                    "五金制品", "智能装备")),
    ("建筑业", 10, ("建设工程", "建筑安装工程", "装饰工程", "市政工程", "建材")),
    ("批发零售", 12, ("商贸", "超市", "医药连锁", "农资", "家电销售")),
    ("交通运输", 8, ("物流", "运输", "客运", "仓储物流")),
    ("信息技术", 7, ("网络科技", "软件", "信息技术", "数据科技")),
    ("住宿餐饮", 8, ("餐饮管理", "酒店管理", "大酒店")),
    ("新业态", 6, ("电子商务", "网络货运", "同城配送", "代驾服务")),
    ("居民服务", 5, ("物业管理", "家政服务", "保安服务")),
)
SUFFIXES = ("有限公司",) * 14 + ("有限责任公司",) * 2 + ("股份有限公司",) * 3 + ("集团有限公司",)
FLAGSHIP = ("江苏金海新能源科技有限公司", "金湖镇", "制造业", 1260, True)

NOTES = {
    "publicist": ("宣讲工会政策", "宣讲新思想新理论", "开展劳动法律法规宣传",
                  "向职工宣传工会会员服务政策", "开展安全生产知识宣传"),
    "investigator": ("走访了解职工诉求", "召开职工座谈会，收集意见{n}条",
                     "调研企业生产经营和职工队伍状况", "了解企业用工和工资支付情况"),
    "organizer": ("指导企业建会", "指导工会规范化建设", "推进职工之家建设",
                  "指导工会换届选举", "动员职工加入工会"),
    "coordinator": ("协调劳动争议", "指导开展工资集体协商", "推动落实厂务公开",
                    "排查劳动关系风险隐患"),
    "helper": ("慰问困难职工", "帮助企业解决用工难题", "为职工办理医疗互助",
               "宣传稳岗惠企政策"),
}
OUTCOME_NOTES = {
    "unions_formed": "指导企业成立工会，发展会员{m}名",
    "members_joined": "动员职工入会，新发展会员{m}名",
    "unions_upgraded": "指导基层工会规范化建设，推动提档升级",
    "disputes_resolved": "协调化解一起{d}纠纷",
    "enterprises_relieved": "协助企业{r}，解难纾困",
    "models_built": "总结提炼企业工会工作经验，打造工作典型",
}
DISPUTES = ("工资拖欠", "加班费", "工伤待遇", "劳动合同", "社保缴纳")
RELIEF = ("对接用工需求", "申请稳岗返还", "协调融资担保", "解决职工通勤难题")
BRANDS = ("职工书屋", "爱心驿站", "金牌调解室", "劳模创新工作室", "户外劳动者服务站", "妈咪小屋")
ACHIEVEMENTS = {
    "outreach": ("在{e}开展劳动法律法规宣讲", "组织{t}企业职工学习党的创新理论",
                 "在{e}举办职工安全生产知识讲座", "在{t}开展新就业形态劳动者入会宣传"),
    "bargaining": ("参与{e}工资集体协商", "指导{t}区域性行业工资集体协商",
                   "参与{e}女职工权益保护专项集体协商"),
    "brand": ("打造{t}“{b}”服务品牌", "在{e}建成“{b}”"),
    "matters": ("帮助{e}职工办理医疗互助", "协调解决{e}职工子女入学问题",
                "为{e}困难职工申请帮扶救助", "帮助{e}职工追讨欠薪", "协调{e}改善职工食堂"),
    "friends": ("结交{e}一线职工朋友", "与{e}新入职青年职工建立联系"),
    "innovation": ("提炼“{t}工作法”", "撰写{t}新就业形态群体入会情况调研报告",
                   "总结{e}民主管理经验"),
}
COUNT_RANGE = {"matters": (1, 2), "friends": (1, 4)}
LEAVE_REASONS = ("年假", "病假", "培训", "事假", "婚假", "探亲假")

# fmt: on


@dataclass
class Officer:
    name: str
    dept: str
    since: date
    retire: date | None = None
    miss: float = 0.06
    pace: float = 1.2
    patch: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)
    leave: list[tuple[date, date]] = field(default_factory=list)

    def available(self, d: date) -> bool:
        active = self.since <= d and (self.retire is None or d < self.retire)
        return active and not any(a <= d <= b for a, b in self.leave)


@dataclass
class Enterprise:
    name: str
    town: str
    industry: str
    employees: int
    union: bool


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _workday_checker() -> Callable[[date], bool]:
    """China's official working days (make-up days included) when `holidays` is installed."""
    try:
        import holidays
    except ImportError:  # pragma: no cover - holidays is a dependency of visitlog
        return lambda d: d.weekday() < 5
    return holidays.country_holidays("CN").is_working_day


def _enterprises(rng: random.Random, n: int = 320) -> list[Enterprise]:
    result = [Enterprise(*FLAGSHIP)]
    names = {FLAGSHIP[0]}
    weights = [w for _, w, _ in SECTORS]
    while len(result) < n:
        industry, _, words = rng.choices(SECTORS, weights)[0]
        large = rng.random() < (0.25 if industry == "制造业" else 0.08)
        suffix = rng.choice(SUFFIXES[8:] if large else SUFFIXES[:16])
        town = rng.choice(TOWNS)
        place = rng.choice(PLACES + ((town[:-1],) * 2 if town.endswith("镇") else ()))
        name = place + rng.choice(TRADE_NAMES) + rng.choice(words) + suffix
        if name in names:
            continue
        names.add(name)
        employees = int((300 if large else 20) * 10 ** rng.random())
        union = rng.random() < (0.97 if large else 0.62 if industry == "新业态" else 0.82)
        result.append(Enterprise(name, town, industry, employees, union))
    return result


def _thursday_start(today: date, is_workday: Callable[[date], bool]) -> date:
    """A Thursday 4-9 weeks ago in an ordinary five-working-day week (the joiner's first day)."""
    for weeks in (7, 6, 8, 5, 9, 4):
        monday = _monday(today - timedelta(weeks=weeks))
        if all(is_workday(monday + timedelta(days=i)) for i in range(5)):
            return monday + timedelta(days=3)
    return _monday(today - timedelta(weeks=7)) + timedelta(days=3)


def _officers(
    rng: random.Random, today: date, firms: list[Enterprise], is_workday: Callable[[date], bool]
) -> list[Officer]:
    officers = []
    for i, (name, dept) in enumerate(OFFICERS):
        since = today - timedelta(days=rng.randint(730, 1100))
        officer = Officer(
            name,
            dept,
            since,
            miss=LAGGARDS.get(name, rng.uniform(0.02, 0.08)),
            pace=rng.uniform(0.45, 0.7) if name in BEHIND else rng.uniform(1, 1.2),
        )
        officer.towns = [TOWNS[i % len(TOWNS)]]
        if rng.random() < 0.5:
            officer.towns.append(rng.choice([t for t in TOWNS if t not in officer.towns]))
        local = [f.name for f in firms if f.town in officer.towns]
        officer.patch = rng.sample(local, min(len(local), rng.randint(12, 22)))
        officers.append(officer)
    by_name = {o.name: o for o in officers}
    by_name[JOINED_THURSDAY].since = _thursday_start(today, is_workday)
    by_name[JOINED_RECENTLY].since = today - timedelta(days=rng.randint(140, 170))
    by_name[RETIREE].retire = (today - timedelta(days=90)).replace(day=1)
    return officers


def _leaves(rng: random.Random, today: date, officers: list[Officer]) -> list[tuple]:
    """About ten leaves: one whole week, one over part of the current week, the rest random."""
    steady = [o for o in officers if o.name not in (JOINED_THURSDAY, JOINED_RECENTLY, RETIREE)]
    whole, current, *others = rng.sample(steady, 10)
    week = _monday(today - timedelta(weeks=rng.randint(6, 12)))
    this_monday = _monday(today)
    plans = [
        (whole, week, week + timedelta(days=4), "年假"),
        (current, this_monday, this_monday + timedelta(days=2), "培训"),
    ]
    reasons = rng.sample(LEAVE_REASONS * 2, len(others))
    for o, reason in zip(others, reasons, strict=True):
        start = today - timedelta(days=rng.randint(20, HISTORY_DAYS - 20))
        plans.append((o, start, start + timedelta(days=rng.randint(0, 9)), reason))
    for o, start, end, _ in plans:
        o.leave.append((start, end))
    return sorted([(o.name, s, e, r) for o, s, e, r in plans], key=lambda p: (p[1], p[0]))


def _roles(rng: random.Random, dept: str) -> list[str]:
    first = DEPT_ROLE[dept] if rng.random() < 0.5 else rng.choice(ROLES)
    extra = rng.sample([r for r in ROLES if r != first], rng.choices((0, 1, 2), (45, 40, 15))[0])
    return [first, *extra]


def _outcomes(rng: random.Random, roles: Sequence[str]) -> dict[str, int]:
    out = dict.fromkeys(OUTCOMES, 0)
    if "organizer" in roles:
        if rng.random() < 0.16:
            out["unions_formed"] = 2 if rng.random() < 0.08 else 1
            out["members_joined"] = rng.randint(10, 70)
        elif rng.random() < 0.2:
            out["members_joined"] = rng.randint(3, 40)
        out["unions_upgraded"] = int(rng.random() < 0.14)
    if "coordinator" in roles:
        out["disputes_resolved"] = int(rng.random() < 0.06)
    if "helper" in roles:
        out["enterprises_relieved"] = int(rng.random() < 0.065)
    out["models_built"] = int(rng.random() < 0.02)
    return out


def _note(rng: random.Random, roles: Sequence[str], out: dict[str, int], d: date) -> str:
    done = [k for k in OUTCOMES if out[k]]
    if done and rng.random() < 0.8:
        return OUTCOME_NOTES[done[0]].format(
            m=out["members_joined"], d=rng.choice(DISPUTES), r=rng.choice(RELIEF)
        )
    if roles[0] == "helper" and d.month in (7, 8) and rng.random() < 0.6:
        return "夏送清凉，慰问高温一线职工"
    if roles[0] == "helper" and d.month in (12, 1, 2) and rng.random() < 0.6:
        return "冬送温暖，慰问困难职工"
    return rng.choice(NOTES[roles[0]]).format(n=rng.randint(3, 12))


def _visit_days(rng: random.Random, o: Officer, official: list[date]) -> list[date]:
    """The days an officer visits in one week (may include days after today)."""
    free = [d for d in official if o.available(d)]
    weekdays = [d for d in free if d.weekday() < 5] or free
    if len(official) < MIN_AVAILABLE_DAYS:
        chance = 0.1  # holiday week
    elif len(free) < MIN_AVAILABLE_DAYS:
        chance = 0.3  # leave, joining or retiring in the week
    else:
        chance = 1 - o.miss
    if not weekdays or rng.random() >= chance:
        return []
    return rng.sample(weekdays, 2 if len(weekdays) > 1 and rng.random() < 0.1 else 1)


def _schedule(
    rng: random.Random, today: date, officers: list[Officer], is_workday: Callable[[date], bool]
) -> list[tuple[date, Officer]]:
    monday, this_monday = _monday(today - timedelta(days=HISTORY_DAYS)), _monday(today)
    plan: list[tuple[date, Officer]] = []
    while monday <= this_monday:
        week = [monday + timedelta(days=i) for i in range(7)]
        official = [d for d in week if is_workday(d)]
        for o in officers:
            plan += [(d, o) for d in _visit_days(rng, o, official)]
        monday += timedelta(weeks=1)
    return _current_week(rng, today, officers, plan)


def _current_week(
    rng: random.Random, today: date, officers: list[Officer], plan: list[tuple[date, Officer]]
) -> list[tuple[date, Officer]]:
    """Drop days after today; keep a few officers not yet met, and at least a few met."""
    this_monday = _monday(today)
    active = [
        o for o in officers if any(o.available(this_monday + timedelta(days=i)) for i in range(7))
    ]
    waiting = {o.name for o in rng.sample(active, 3)}
    plan = [(d, o) for d, o in plan if d <= today and not (d >= this_monday and o.name in waiting)]
    met = {o.name for d, o in plan if d >= this_monday}
    days = [this_monday + timedelta(days=i) for i in range((today - this_monday).days + 1)]
    for o in [o for o in active if o.name not in waiting and o.name not in met][:4]:
        if len(met) >= 3:
            break
        free = [d for d in days if o.available(d)]
        if free:
            plan.append((([d for d in free if d.weekday() < 5] or free)[-1], o))
            met.add(o.name)
    return sorted(plan, key=lambda p: (p[0], OFFICERS.index((p[1].name, p[1].dept))))


def _visits(
    rng: random.Random, plan: list[tuple[date, Officer]], firms: list[Enterprise]
) -> list[list]:
    rows, seen = [], set()
    for d, o in plan:
        weights = [1 / (k + 1) ** 0.6 for k in range(len(o.patch))]
        firm = rng.choices(o.patch, weights)[0] if rng.random() < 0.9 else rng.choice(firms).name
        if (d, o.name, firm) in seen:
            continue
        seen.add((d, o.name, firm))
        roles = _roles(rng, o.dept)
        out = _outcomes(rng, roles)
        note = _note(rng, roles, out, d)
        ordered = ";".join(r for r in ROLES if r in roles)
        rows.append([d.isoformat(), o.name, firm, ordered, note, *out.values()])
    return rows


def _targets(today: date) -> list[tuple[str, int, str, int]]:
    y = today.year
    return [
        ("", y, "matters", 12),
        ("郭晓婷", y, "outreach", 6),
        ("王伟", y, "bargaining", 2),
        (JOINED_THURSDAY, y, "matters", 3),
        (JOINED_THURSDAY, y, "friends", 4),
    ]


def _target(targets: Iterable[tuple[str, int, str, int]], name: str, year: int, cat: str) -> int:
    mine = {(o, c): t for o, y, c, t in targets if y == year}
    return mine.get((name, cat), mine.get(("", cat), DEFAULT_TARGETS[cat]))


def _achievements(
    rng: random.Random,
    today: date,
    officers: list[Officer],
    targets: list[tuple[str, int, str, int]],
) -> list[list]:
    rows: list[list] = []
    for year in (today.year - 1, today.year):
        days_in_year = (date(year + 1, 1, 1) - date(year, 1, 1)).days
        for o in officers:
            first = max(date(year, 1, 1), o.since)
            last = min(date(year, 12, 31), today, (o.retire or today) - timedelta(days=1))
            if last < first:
                continue
            share = ((last - first).days + 1) / days_in_year * o.pace
            for cat in CATEGORIES:
                need = math.ceil(_target(targets, o.name, year, cat) * share - 1e-9)
                rows += _achievement_rows(rng, o, cat, need, first, last)
    return sorted(rows, key=lambda r: (r[0], r[1], r[2], r[4]))


def _achievement_rows(
    rng: random.Random, o: Officer, cat: str, need: int, first: date, last: date
) -> list[list]:
    rows, seen = [], set()
    while need > 0:
        d = first + timedelta(days=rng.randint(0, (last - first).days))
        text = rng.choice(ACHIEVEMENTS[cat]).format(
            e=rng.choice(o.patch), t=rng.choice(o.towns), b=rng.choice(BRANDS)
        )
        if (d, text) in seen:
            continue
        seen.add((d, text))
        count = min(need, rng.randint(*COUNT_RANGE.get(cat, (1, 1))))
        rows.append([d.isoformat(), o.name, cat, count, text])
        need -= count
    return rows


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([v.isoformat() if isinstance(v, date) else v for v in r] for r in rows)
    return path


def write_example_federation(directory: Path, today: date, seed: int = 2026) -> dict[str, Path]:
    """Write officers.csv, enterprises.csv, visits.csv, leave.csv, achievements.csv, targets.csv
    and retirements.csv into directory; return {"officers": path, ...}.

    Deterministic for a given (today, seed)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    is_workday = _workday_checker()
    firms = _enterprises(rng)
    officers = _officers(rng, today, firms, is_workday)
    leaves = _leaves(rng, today, officers)
    visits = _visits(rng, _schedule(rng, today, officers, is_workday), firms)
    targets = _targets(today)
    achievements = _achievements(rng, today, officers, targets)
    yes_no = {True: "yes", False: "no"}
    tables: dict[str, tuple[Sequence[str], Iterable[Sequence[object]]]] = {
        "officers": (("name", "dept", "since"), [(o.name, o.dept, o.since) for o in officers]),
        "enterprises": (
            ("name", "town", "industry", "employees", "union"),
            [(e.name, e.town, e.industry, e.employees, yes_no[e.union]) for e in firms],
        ),
        "visits": (("date", "officer", "enterprise", "roles", "note", *OUTCOMES), visits),
        "leave": (("officer", "from", "to", "reason"), leaves),
        "achievements": (("date", "officer", "category", "count", "description"), achievements),
        "targets": (("officer", "year", "category", "target"), targets),
        "retirements": (("officer", "date"), [(o.name, o.retire) for o in officers if o.retire]),
    }
    return {key: _write(directory / f"{key}.csv", *table) for key, table in tables.items()}
