"""Every command has help with an example and is in the command reference (docs/reference*.md,
generated from the help pages and checked to be current); every message key exists."""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

import pytest
import typer

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference.md"


def _click_commands() -> list[tuple[list[str], object]]:
    """(path, click command) for every command and subcommand, walking cli.root.COMMANDS."""
    from visitlog.cli.root import COMMANDS

    found = []
    for name, (module, attr, _help) in COMMANDS.items():
        command = typer.main.get_command(getattr(import_module(module), attr))
        subcommands = getattr(command, "commands", None)
        if subcommands:
            found.append(([name], command))
            for sub, subcommand in subcommands.items():
                found.append(([name, sub], subcommand))
        else:
            found.append(([name], command))
    return found


def command_paths() -> list[list[str]]:
    return [path for path, _command in _click_commands()]


@pytest.mark.parametrize(("path", "command"), _click_commands(),
                         ids=lambda x: " ".join(x) if isinstance(x, list) else "")
def test_command_help_has_an_example(path: list[str], command: object) -> None:
    text = getattr(command, "help", None) or ""
    assert text.strip(), f"visitlog {' '.join(path)} has no help"
    if getattr(command, "commands", None):
        return  # a group: its subcommands carry the examples
    assert "Example: visitlog " in text, f"visitlog {' '.join(path)} has no example"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_command_reference_is_the_programs_own(lang: str) -> None:
    from visitlog.cli.reference import TARGETS, generate

    assert TARGETS[lang].read_text(encoding="utf-8") == generate(lang), (
        f"{TARGETS[lang].name} is stale: run python -m visitlog.cli.reference")


@pytest.mark.parametrize("path", command_paths(), ids=" ".join)
def test_command_has_its_page_in_the_reference(path: list[str]) -> None:
    name = " ".join(path)
    for reference in (REFERENCE, REFERENCE.with_name("reference.zh.md")):
        text = reference.read_text(encoding="utf-8")
        assert f"\n## visitlog {name}\n" in text, f"{reference.name} has no `visitlog {name}`"


def test_the_readmes_point_at_files_the_repository_holds() -> None:
    for readme in ("README.md", "README.en.md", "docs/guide.en.md", "docs/guide.zh.md"):
        text = (ROOT / readme).read_text(encoding="utf-8")
        assert "SPEC.md" not in text, readme
        for target in re.findall(r"\]\(([^)#]+)\)", text):
            assert (ROOT / readme).parent.joinpath(target).exists(), (readme, target)
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 150


def test_every_registered_command_has_a_help_key() -> None:
    from visitlog.cli.root import COMMANDS
    from visitlog.i18n.core import MESSAGES

    for name, (_m, _a, key) in COMMANDS.items():
        assert key in MESSAGES, name


# ---- message catalog ---------------------------------------------------------------------

KEY_CALL = re.compile(
    r"\b(?:t|Invalid|NotFound|Ambiguous|Duplicate|Fault|LogbookLocked|LogbookUnusable)"
    r"\(\s*\"([a-z_]+\.[a-z_.]+)\"")
WRITE_CALL = re.compile(r"\.write\(\s*\"([a-z_]+\.[a-z_]+)\"")


def _sources() -> list[Path]:
    return sorted(p for p in (ROOT / "visitlog").rglob("*.py") if "i18n" not in p.parts)


def _catalog() -> dict[str, tuple[str, str]]:
    messages: dict[str, tuple[str, str]] = {}
    for path in sorted((ROOT / "visitlog" / "i18n").glob("*.py")):
        if path.stem != "__init__":
            messages.update(import_module(f"visitlog.i18n.{path.stem}").MESSAGES)
    return messages


def _used(pattern: re.Pattern[str]) -> set[str]:
    return {key for path in _sources() for key in pattern.findall(path.read_text("utf-8"))}


def test_keys_used_in_code_exist_in_both_languages() -> None:
    catalog = _catalog()
    used = _used(KEY_CALL)
    assert len(used) > 30
    missing = sorted(used - catalog.keys())
    assert not missing, f"keys missing from the catalog: {missing}"


def test_every_journaled_command_has_an_undo_message() -> None:
    catalog = _catalog()
    commands = _used(WRITE_CALL)
    assert "visit.log" in commands
    missing = sorted(f"undo.{c}" for c in commands if f"undo.{c}" not in catalog)
    assert not missing, f"undo messages missing: {missing}"


def test_catalog_entries_are_complete_pairs() -> None:
    for key, pair in _catalog().items():
        assert isinstance(pair, tuple) and len(pair) == 2, key
        zh, en = pair
        assert zh.strip() and en.strip(), key
        # a field's format spec may differ: English plurals, `{visits:visit|visits}`
        fields = r"{(\w+)(?::[^{}]*)?}"
        assert set(re.findall(fields, zh)) == set(re.findall(fields, en)), key
        assert "|" not in "".join(re.findall(r"{\w+(:[^{}]*)}", zh)), key  # Chinese needs none


def test_column_and_status_keys_used_by_render_exist() -> None:
    catalog = _catalog()
    render = " ".join(p.read_text("utf-8") for p in (ROOT / "visitlog" / "render").glob("*.py"))
    keys = set(re.findall(r"\"((?:col|status|title|week|outcome)\.[a-z_]+)\"", render))
    assert keys and not sorted(keys - catalog.keys())


def test_every_table_that_travels_has_a_name_for_people() -> None:
    """merge names each table it brought in (render/exchange.table_name)."""
    fresh = (ROOT / "visitlog" / "store" / "fresh.py").read_text("utf-8")
    tables = set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?\"?([a-z_]+)", fresh))
    internal = {"settings", "met_weeks", "visit_months", "enterprise_last_visits",
                "undo_entries", "undo_steps", "redacted_texts", "streak_carries"}
    assert "visits" in tables
    missing = sorted(f"merge.tables.{name}" for name in tables - internal
                     if not name.startswith("_") and f"merge.tables.{name}" not in _catalog())
    assert not missing, missing


def test_dynamic_keys_exist() -> None:
    """Keys built at run time: name resolution per kind, outcome labels, term names."""
    from visitlog.domain.vocab import OUTCOME_KEYS

    catalog = _catalog()
    kinds = set(re.findall(r"resolve_name\(\w+, \w+, \"([a-z.]+)\"",
                           " ".join(p.read_text("utf-8") for p in _sources())))
    assert {"officer", "enterprise"} <= kinds
    needed = {f"{kind}.{what}" for kind in kinds for what in ("not_found", "ambiguous")}
    needed |= {f"outcome.{key}" for key in OUTCOME_KEYS}
    fields = set(re.findall(r"(?:clean_name|resolve_term|resolve_programme_term)"
                            r"\([^()]*?,\s*\"([a-z_]+)\"\)",
                            " ".join(p.read_text("utf-8") for p in _sources())))
    assert {"officer", "dept", "role", "outcome"} <= fields
    needed |= {f"term.{field}" for field in fields}
    assert not sorted(needed - catalog.keys())


@pytest.mark.parametrize(("count", "en"), [
    (0, "0 officers, 0 due, 0 met, rate -"), (1, "1 officer, 1 due, 1 met, rate -"),
    (2, "2 officers, 1 due, 1 met, rate -"),
])
def test_english_counts_take_the_plural_they_need(count: int, en: str) -> None:
    from visitlog.i18n import t

    due = min(count, 1)
    assert t("week.summary", "en", officers=count, due=due, met=due, rate="-") == en
    assert t("week.summary", "zh", officers=count, due=due, met=due, rate="-") == (
        f"干部 {count} 名，应完成 {due} 名，已完成 {due} 名，完成率 -")
    assert t("year.summary", "en", officers=1, all_done=1, behind=2).startswith(
        "1 officer; 1 has met all six ones, 2 are behind")
