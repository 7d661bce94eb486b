"""The example federation's workers' voice: demands in every state and a season of Sundays.

Reads the officers.csv / enterprises.csv / retirements.csv that `demo_data` wrote into the same
directory and writes:

- leaders.csv: `name` — the leaders who take turns hosting reception days;
- receptions.csv: `key,date,host,enterprises,participants,note` (enterprises separated by ;);
- demands.csv: `key,date,officer,enterprise,category,text,reception` (reception: a key or "");
- demand_events.csv: `demand,date,action,arg` — the script of transitions, in order (arg: the
  unit for assign, the note for escalate/resolve, the rating for feedback).

Deterministic for a given (today, seed). Loaded by `load_voice` through the services.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

LEADERS = ("周国华", "吴秀英", "郑志明")
SEASON_SUNDAYS = 16
TEXTS: dict[str, tuple[str, ...]] = {
    "urgent": ("职工因工受伤，企业拒绝申报工伤", "企业突然停产，约{n}名职工安置无着落"),
    "safety": ("车间通风差，高温作业缺少防暑措施", "叉车通道与人行通道未分开，存在隐患",
               "劳保用品发放不及时"),
    "wages": ("{n}名职工反映加班费未足额发放", "年底工资拖欠，{n}名农民工未拿到工资",
              "绩效工资核算不透明"),
    "social_insurance": ("试用期未缴纳社保", "社保缴费基数按最低标准申报"),
    "contract": ("劳务派遣工未签劳动合同", "合同到期未续签也未支付补偿"),
    "welfare": ("食堂饭菜质量差、价格上涨", "宿舍冬季无热水", "希望增设母婴室",
                "子女暑期托管有需求"),
    "general": ("希望组织职工技能培训", "希望开展篮球比赛等文体活动", "职工书屋图书陈旧"),
}
WEIGHTS = {"urgent": 1, "safety": 2, "wages": 3, "social_insurance": 2, "contract": 2,
           "welfare": 4, "general": 4}
UNITS = ("县人社局劳动监察大队", "企业工会", "县总工会法律服务中心", "镇总工会",
         "县应急管理局", "县医保局")
RESOLUTIONS = ("企业已整改并书面答复", "已协调企业补发到位", "已纳入企业年度实事项目",
               "经调解双方达成一致")
# Planned endings, each a script of (action, arg); every status appears, some reopen.
PLANS: tuple[tuple[tuple[str, str], ...], ...] = (
    (),
    (("assign", ""),),
    (("escalate", ""),),
    (("assign", ""), ("escalate", "涉及跨区劳务派遣，需上级工会协调")),
    (("resolve", ""),),
    (("assign", ""), ("resolve", "")),
    (("assign", ""), ("resolve", ""), ("feedback", "satisfied")),
    (("resolve", ""), ("feedback", "very_satisfied")),
    (("assign", ""), ("resolve", ""), ("feedback", "basic")),
    (("assign", ""), ("resolve", ""), ("feedback", "unsatisfied")),
    (("resolve", ""), ("feedback", "unsatisfied")),
    (("assign", ""), ("resolve", ""), ("feedback", "unsatisfied"), ("resolve", ""),
     ("feedback", "satisfied")),
)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([v.isoformat() if isinstance(v, date) else v for v in r] for r in rows)
    return path


def _receptions(rng: random.Random, today: date, firms: list[dict[str, str]]) -> list[tuple]:
    large = [f["name"] for f in firms if f["employees"] and int(f["employees"]) >= 300]
    small = [f["name"] for f in firms if f["name"] not in large]
    last_sunday = today - timedelta(days=(today.weekday() + 1) % 7)
    rows = []
    for i in range(SEASON_SUNDAYS):
        day = last_sunday - timedelta(weeks=SEASON_SUNDAYS - 1 - i)
        count = rng.randint(2, 5)
        names = rng.sample(large, min(count - 1, len(large))) + rng.sample(small, 1)
        rows.append((f"R{i + 1}", day, LEADERS[i % len(LEADERS)], ";".join(names),
                     rng.randint(4, 15), "职工代表座谈，现场答复"))
    return rows


def _text(rng: random.Random, category: str) -> str:
    return rng.choice(TEXTS[category]).format(n=rng.randint(3, 40))


def _script(rng: random.Random, key: str, raised: date, today: date,
            plan: tuple[tuple[str, str], ...]) -> list[tuple]:
    events, day = [], raised
    for action, arg in plan:
        day = min(today, day + timedelta(days=rng.randint(1, 9)))
        if action == "assign":
            arg = rng.choice(UNITS)
        elif action == "resolve":
            arg = rng.choice(RESOLUTIONS)
        events.append((key, day, action, arg))
    return events


def _demands(rng: random.Random, today: date, officers: list[dict[str, str]],
             firms: list[dict[str, str]], receptions: list[tuple]) -> tuple[list, list]:
    demands: list[tuple] = []
    events: list[tuple] = []
    categories = [c for c, w in WEIGHTS.items() for _ in range(w)]
    for i in range(48):
        key = f"D{i + 1}"
        category = rng.choice(categories)
        plan = PLANS[i % len(PLANS)]
        if i % 4 == 3 and receptions:  # raised at a reception day
            reception = rng.choice(receptions)
            raised, where = reception[1], reception[0]
            enterprise = rng.choice(reception[3].split(";"))
        else:
            raised = today - timedelta(days=rng.randint(0 if not plan else 20, 150))
            enterprise, where = rng.choice(firms)["name"], ""
        active = [o["name"] for o in officers if date.fromisoformat(o["since"]) <= raised
                  and (not o.get("retired") or raised < date.fromisoformat(o["retired"]))]
        officer = rng.choice(active) if active else ""
        demands.append((key, raised, officer, enterprise, category, _text(rng, category), where))
        events += _script(rng, key, raised, today, plan)
    return demands, events


def write_voice(directory: Path, today: date, seed: int = 2026) -> dict[str, Path]:
    """Write leaders.csv, receptions.csv, demands.csv and demand_events.csv next to the
    officers.csv and enterprises.csv that demo_data wrote; return {"leaders": path, ...}."""
    directory = Path(directory)
    rng = random.Random(seed + 4)
    officers = _read(directory / "officers.csv")
    retired = {r["officer"]: r["date"] for r in _read(directory / "retirements.csv")} if (
        directory / "retirements.csv").exists() else {}
    for officer in officers:
        officer["retired"] = retired.get(officer["name"], "")
    firms = _read(directory / "enterprises.csv")
    receptions = _receptions(rng, today, firms)
    demands, events = _demands(rng, today, officers, firms, receptions)
    tables = {
        "leaders": (("name",), [(name,) for name in LEADERS]),
        "receptions": (("key", "date", "host", "enterprises", "participants", "note"),
                       receptions),
        "demands": (("key", "date", "officer", "enterprise", "category", "text", "reception"),
                    demands),
        "demand_events": (("demand", "date", "action", "arg"), events),
    }
    return {key: _write(directory / f"{key}.csv", *table) for key, table in tables.items()}


def load_voice(ctx, files: dict[str, Path]) -> dict[str, int]:  # noqa: ANN001 - a Context
    """Generate the voice files for ctx.today and load them through the services."""
    from visitlog.service.demands import DemandDraft, Step, add_demand, apply_step
    from visitlog.service.receptions import ReceptionDraft, log_reception, set_leaders

    directory = Path(files["officers"]).parent
    paths = write_voice(directory, ctx.today)
    set_leaders(ctx, [row["name"] for row in _read(paths["leaders"])])
    reception_ids = {}
    for row in _read(paths["receptions"]):
        draft = ReceptionDraft(date.fromisoformat(row["date"]), row["host"],
                               tuple(row["enterprises"].split(";")), int(row["participants"]),
                               row["note"])
        reception_ids[row["key"]] = log_reception(ctx, draft).reception.id
    demand_ids, officers = {}, {}
    for row in _read(paths["demands"]):
        officers[row["key"]] = row["officer"] or None
        draft = DemandDraft(row["text"], row["enterprise"], date.fromisoformat(row["date"]),
                            row["category"], officer=row["officer"] or None,
                            reception_id=reception_ids.get(row["reception"]))
        demand_ids[row["key"]] = add_demand(ctx, draft).id
    for row in _read(paths["demand_events"]):
        action, arg = row["action"], row["arg"]
        step = Step(action, date.fromisoformat(row["date"]), officers[row["demand"]],
                    unit=arg if action == "assign" else None,
                    note=arg if action in ("escalate", "resolve") else "",
                    rating=arg if action == "feedback" else None)
        apply_step(ctx, demand_ids[row["demand"]], step)
    return {"demands": len(demand_ids), "receptions": len(reception_ids)}
