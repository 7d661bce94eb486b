"""The layer rule (docs/architecture.md): cli → demo → service → (domain, store, formats) → render.

Checked with `ast` over every module under visitlog/, including imports made inside
functions (visitlog imports heavy modules lazily, so those count too).
"""

from __future__ import annotations

import ast
from importlib import import_module
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "visitlog"
MODULES = sorted(PACKAGE.rglob("*.py"))
def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(name: str) -> str:
    if name == "visitlog.__main__":  # the entry point: `python -m visitlog` runs the CLI
        return "cli"
    parts = name.split(".")
    if len(parts) > 1 and parts[1] in ("cli", "demo", "service", "render", "store", "i18n",
                                       "formats", "domain"):
        return parts[1]
    return "root"  # visitlog/__init__.py and config.py


# the only layers each layer may import (besides itself)
ALLOWED = {
    "cli": {"demo", "service", "render", "store", "i18n", "formats", "domain", "root"},
    "demo": {"service", "domain", "formats", "root"},
    "service": {"store", "formats", "domain", "i18n", "root"},
    "render": {"domain", "i18n", "root"},
    "store": {"domain", "root"},
    "formats": {"domain", "root"},
    "domain": set(),
    "i18n": {"domain"},
    "root": {"domain"},
}


def imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def calls(path: Path, attr: str) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == attr]


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_module_imports(path: Path) -> None:
    if module_name(path) == "visitlog.__main__":
        pytest.skip("running it is running the CLI")
    import_module(module_name(path))


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_no_module_imports_a_layer_above_it(path: Path) -> None:
    name = module_name(path)
    bad = []
    for line, target in imports(path):
        if not target.startswith("visitlog.") or target == "visitlog.__version__":
            continue
        if layer(target) not in ALLOWED[layer(name)] | {layer(name)}:
            bad.append(f"{name}:{line} imports {target}")
    assert not bad, bad


def _third_party(path: Path, package: str) -> list[int]:
    return [line for line, target in imports(path)
            if target == package or target.startswith(package + ".")]


@pytest.mark.parametrize(("package", "home"), [("typer", "cli"), ("click", "cli"),
                                               ("rich", "render")])
def test_only_one_layer_imports(package: str, home: str) -> None:
    bad = [f"{module_name(p)}:{line}" for p in MODULES if layer(module_name(p)) != home
           for line in _third_party(p, package)]
    assert not bad, f"{package} imported outside visitlog/{home}/: {bad}"


@pytest.mark.parametrize("method", ["execute", "executemany", "executescript"])
def test_only_the_store_runs_sql(method: str) -> None:
    bad = [f"{module_name(p)}:{line}" for p in MODULES if layer(module_name(p)) != "store"
           for line in calls(p, method)]
    assert not bad, f".{method}( outside visitlog/store/: {bad}"


def test_sqlite_is_imported_only_where_connections_are_handled() -> None:
    """The store opens and queries; services pass the connection on (type hints); the CLI's
    error boundary catches sqlite3.Error. Nothing else knows about SQLite."""
    allowed = {"store", "service"}
    bad = [f"{module_name(p)}:{line}" for p in MODULES
           if layer(module_name(p)) not in allowed and module_name(p) != "visitlog.cli.boundary"
           for line in _third_party(p, "sqlite3") + _third_party(p, "sqlite_utils")]
    assert not bad, bad


def test_nothing_below_the_cli_reads_the_clock() -> None:
    """`today` is given; only cli/state.py turns VISITLOG_TODAY or the clock into it."""
    bad = []
    for path in MODULES:
        name = module_name(path)
        # the undo journal stamps each step with the wall-clock time (not "today")
        if layer(name) == "cli" or name == "visitlog.store.connection":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr in ("today", "now")
                    and isinstance(node.value, ast.Name) and node.value.id in ("date",
                                                                                "datetime")):
                bad.append(f"{name}:{node.lineno}")
    assert not bad, bad


def test_only_the_framework_module_reaches_into_typers_click() -> None:
    """Typer's vendored click (typer._click) is private: cli/framework.py is its one door."""
    bad = [f"{module_name(p)}:{line}" for p in MODULES
           if module_name(p) != "visitlog.cli.framework"
           for line, target in imports(p) if target == "typer._click"
           or target.startswith("typer._click.")]
    assert not bad, bad


def test_no_catalog_module_hides_a_builtin() -> None:
    """Importing visitlog.i18n.X binds X in the package's namespace (i18n/__init__.py), where
    a module named like a builtin (next, open …) would hide the builtin from t()."""
    import builtins

    init = PACKAGE / "i18n" / "__init__.py"
    used = {node.id for node in ast.walk(ast.parse(init.read_text(encoding="utf-8")))
            if isinstance(node, ast.Name)} & set(dir(builtins))
    names = {p.stem for p in (PACKAGE / "i18n").glob("*.py")}
    assert "next" in used and not names & used
