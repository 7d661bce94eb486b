"""大访谈 interview entries: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "interview.bad_count": ("访谈人数应为 1～1000000 的整数，而不是「{value}」", "The count must be a whole number from 1 to 1000000, not '{value}'"),
    "interview.bad_online": ("线上应为 是/否/yes/no/1/0，而不是「{value}」", "online must be yes/no/1/0/是/否, not '{value}'"),
    "interview.outside": ("{date} 不在活动「{campaign}」期间（{start}～{end}）", "{date} is outside the campaign '{campaign}' ({start} to {end})"),
    "interview.logged": ("✓ 已记录：{date} {point} 访谈 {count} 人（{group}，{mode}）。「{campaign}」累计 {interviewed} / {target} 人。", "✓ Logged: {date} {point}, {count} interviewed ({group}, {mode}). '{campaign}' total {interviewed} of {target}."),
    "interview.online": ("线上", "online"),
    "interview.offline": ("线下", "face to face"),
}
