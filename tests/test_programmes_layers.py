"""The programmes' modules keep to the layers: only cli/ imports Typer, only render/ Rich,
only store/ runs SQL, and the rules read no clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "visitlog"
MODULES = [
    "programmes_rules.py", "demo_programmes.py", "cli/programmes.py", "service/practice.py",
    "service/campaigns.py", "service/campaign_imports.py", "service/assignments.py",
    "store/programmes.py", "render/practice.py", "render/campaigns.py", "render/assignments.py",
]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", MODULES)
def test_layers(module: str) -> None:
    path = ROOT / module
    imports = _imports(path)
    text = path.read_text(encoding="utf-8")
    if not module.startswith("cli/"):
        assert not any(i.startswith(("typer", "visitlog.cli")) for i in imports)
    if not module.startswith("render/"):
        assert not any(i.startswith("rich") for i in imports)
    if not module.startswith("store/"):
        assert ".execute(" not in text and ".executemany(" not in text
    if module.startswith(("store/", "service/")) or module == "programmes_rules.py":
        assert not any(i.startswith("visitlog.render") for i in imports)
        assert "date.today(" not in text and "datetime.now(" not in text


def test_the_log_path_stays_light() -> None:
    heavy = ("rich", "sqlite_utils", "pypinyin", "holidays", "openpyxl")
    for module in ("service/assignments.py", "store/programmes.py", "programmes_rules.py"):
        assert not any(i.startswith(heavy) for i in _imports(ROOT / module))
