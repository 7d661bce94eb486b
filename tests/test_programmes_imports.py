"""The programmes' modules on the `log` path import nothing heavy (the layer rules themselves
are tests/test_layers.py's, for every module)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "visitlog"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_log_path_stays_light() -> None:
    heavy = ("rich", "sqlite_utils", "pypinyin", "holidays", "openpyxl")
    for module in ("service/assignments.py", "store/programmes.py",
                   "domain/programmes_rules.py"):
        assert not any(i.startswith(heavy) for i in _imports(ROOT / module))
