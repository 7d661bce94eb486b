"""Messages of `visitlog report summary`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "summary.title": ("工作成效汇总（{first}～{last}）", "Federation summary ({first} to {last})"),
    "summary.title_officer": ("{officer}的工作成效（{first}～{last}）",
                              "{officer}'s summary ({first} to {last})"),
    "summary.col.figure": ("项目", "figure"),
    "summary.col.value": ("数值", "value"),
    "summary.visits": ("走访次数", "visits"),
    "summary.enterprises_visited": ("走访服务企业（家）", "enterprises visited"),
    "summary.officers": ("干部人数", "officers"),
    "summary.demands_raised": ("收集诉求", "demands raised"),
    "summary.demands_resolved": ("办结诉求", "demands resolved"),
    "summary.demands_overdue": ("超期未办结诉求", "demands overdue"),
    "summary.satisfaction_rate": ("满意率", "satisfaction rate"),
    "summary.no_demands": ("（本台账尚未启用诉求台账，诉求各项为 0）",
                           "(this logbook has no demand ledger yet; demand figures are 0)"),
    "summary.sentence": (
        "{period}，走访服务企业{enterprises}家，帮助{unions_upgraded}家基层工会提档升级，"
        "打造典型{models_built}个，协助{enterprises_relieved}家企业解难纾困，"
        "化解劳动关系矛盾{disputes_resolved}起，指导组建工会{unions_formed}个，"
        "新入会会员{members_joined}名。",
        "{period}: visited {enterprises:enterprise|enterprises}, upgraded "
        "{unions_upgraded:grassroots union|grassroots unions}, built {models_built:model|models}, "
        "relieved {enterprises_relieved:enterprise|enterprises}, resolved "
        "{disputes_resolved:labour dispute|labour disputes}, formed {unions_formed:union|unions}, "
        "{members_joined:new member|new members}.",
    ),
}
