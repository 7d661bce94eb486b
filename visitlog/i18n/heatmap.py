"""Messages of `visitlog report heatmap`: {key: (zh, en)}."""

MESSAGES: dict[str, tuple[str, str]] = {
    "heatmap.title": ("{year} 年一周进一企热力图（截至 {as_of}）",
                      "{year} weekly visits heatmap (as of {as_of})"),
    "heatmap.in_progress": ("本周进行中", "in progress"),
    "heatmap.col.met_due": ("完成/应完成", "met/due"),
    "heatmap.right": ("右侧：完成周数/应完成周数", "right: weeks met/due"),
    "heatmap.legend": ("# 已完成 x 未完成 . 不作要求 + 不要求但已走访 o 本周进行中 （右：完成/应完成周）",
                       "# met  x missed  . not due  + met, not due  o in progress  (right: met/due)"),
}
