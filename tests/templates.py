"""Logbooks built once per test run, copied into every test that holds one.

A fixture's logbook is built through the command line, by the same calls as ever, the first
time a test asks for it, in that test's own folder. What the build left there (the logbook
file, the config file, any file it wrote) is kept aside, byte for byte with its mode, with
what the build changed in the environment (today, the language) and in the runner (simple
attributes such as `typer_only`). Every later test asking for the same build gets a copy of
those files in its own folder and the same changes: exactly the logbook a build of its own
would have given it (its undo journal, identities and references included), without the
commands' cost.

The same build is: the same function with the same arguments, from the same starting point
(the folder's files, the environment and the runner's attributes, with the test's folder
written as `{folder}`). A logbook that is not a file in the test's folder (another engine, a
logbook elsewhere) is built for every test, as is a build that leaves what a copy cannot
carry (an attribute holding a function, a file it removed).
"""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_SIMPLE = (str, bool, int, float, Path, type(None))
_GONE = object()  # an environment variable or attribute the build removed


@dataclass(frozen=True)
class _Template:
    folder: Path  # the built files, by their paths relative to the test's folder
    files: tuple[str, ...]
    env: tuple[tuple[str, Any], ...]  # what the build set ({folder} for the test's folder)
    attrs: tuple[tuple[str, Any], ...]
    result: Any  # what the build returned (_SAME: the runner itself)


_SAME = object()


class Templates:
    """The run's built logbooks (tests/conftest.py's session fixture `templates`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.kept: dict[str, _Template | None] = {}  # None: not copyable, build every time

    def built(self, cli: Any, build: Callable[..., T], *args: Any) -> T:
        """`build(cli, *args)`, or a copy of what it built before from the same start. `cli`
        is a runner of the CLI (its logbook `cli.db`, else VISITLOG_DB) or the logbook's path;
        `build` a function of the module (its name tells one build from another)."""
        folder = _folder_of(cli)
        if folder is None:
            return build(cli, *args)
        key = self._key(cli, folder, build, args)
        template = self.kept.get(key, _GONE)
        if template is None:
            return build(cli, *args)
        if template is not _GONE:
            return _copy_into(template, cli, folder)
        return self._build_and_keep(key, cli, folder, build, args)

    def _key(self, cli: Any, folder: Path, build: Callable[..., Any], args: tuple) -> str:
        digest = hashlib.sha256()
        for part in (build.__module__, build.__qualname__, type(cli).__qualname__,
                     str(_logbook_of(cli).relative_to(folder)),
                     repr(args), repr(sorted(_environment(folder).items())),
                     repr(sorted(_attributes(cli, folder).items())),
                     repr(sorted(_settings(cli, folder).items()))):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
        for relative in _files(folder):  # a build on top of another starts from its bytes
            digest.update(relative.encode("utf-8", "surrogatepass") + b"\0")
            digest.update((folder / relative).read_bytes())
        return digest.hexdigest()

    def _build_and_keep(self, key: str, cli: Any, folder: Path, build: Callable[..., T],
                        args: tuple) -> T:
        env, attrs = _environment(folder), _attributes(cli, folder)
        settings = _settings(cli, folder)
        before = {relative: _stamp(folder / relative) for relative in _files(folder)}
        names = set(_vars(cli))
        result = build(cli, *args)
        after = _files(folder)
        changed_env = _changes(env, _environment(folder))
        changed_attrs = _changes(attrs, _attributes(cli, folder))
        if (set(before) - set(after) or set(_vars(cli)) - names - set(changed_attrs)
                or (changed_env and not hasattr(cli, "monkeypatch"))
                or settings != _settings(cli, folder)
                or _folder_of(cli) != folder):
            self.kept[key] = None  # a copy could not carry what this build did
            return result
        written = tuple(r for r in after if before.get(r) != _stamp(folder / r))
        kept = self.root / key[:16]
        for relative in written:
            (kept / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(folder / relative, kept / relative)
        self.kept[key] = _Template(kept, written, tuple(changed_env.items()),
                                   tuple(changed_attrs.items()),
                                   _SAME if result is cli else copy.deepcopy(result))
        return result


def _copy_into(template: _Template, cli: Any, folder: Path) -> Any:
    for relative in template.files:
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(template.folder / relative, folder / relative)
    for name, value in template.env:
        if value is _GONE:
            cli.monkeypatch.delenv(name, raising=False)
        else:
            cli.monkeypatch.setenv(name, value.replace("{folder}", str(folder)))
    for name, value in template.attrs:
        if value is _GONE:
            delattr(cli, name)
        else:
            setattr(cli, name, _in_folder(value, folder))
    return cli if template.result is _SAME else copy.deepcopy(template.result)


def _folder_of(cli: Any) -> Path | None:
    """The test's folder, where the runner's logbook is a file (None: it is not)."""
    if getattr(cli, "engine", "sqlite") != "sqlite":
        return None
    db = _logbook_of(cli)
    folder = getattr(cli, "tmp_path", None) or (db.parent if db else None)
    if db is None or folder is None or not db.is_relative_to(folder):
        return None
    return Path(folder)


def _logbook_of(cli: Any) -> Path | None:
    db = cli if isinstance(cli, Path) else getattr(cli, "db", None) or os.environ.get(
        "VISITLOG_DB")
    return Path(db) if db else None


def _vars(cli: Any) -> dict[str, Any]:
    return getattr(cli, "__dict__", {})


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _stamp(path: Path) -> tuple[int, int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, stat.st_mode


def _environment(folder: Path) -> dict[str, str]:
    return {name: value.replace(str(folder), "{folder}") for name, value in os.environ.items()
            if name != "PYTEST_CURRENT_TEST"}  # (pytest's own: the test's name)


def _attributes(cli: Any, folder: Path) -> dict[str, Any]:
    return {name: _relative(value, folder) for name, value in _vars(cli).items()
            if isinstance(value, _SIMPLE)}


def _settings(cli: Any, folder: Path) -> dict[str, Any]:
    """The runner's dictionaries of simple values (an environment of its own): part of where a
    build starts (a build changing one is not copied: see _build_and_keep)."""
    return {name: sorted((key, _relative(item, folder)) for key, item in value.items())
            for name, value in _vars(cli).items() if isinstance(value, dict)
            and all(isinstance(item, _SIMPLE) for item in value.values())}


def _relative(value: Any, folder: Path) -> Any:
    if isinstance(value, Path) and value.is_relative_to(folder):
        return ("{folder}", str(value.relative_to(folder)))
    if isinstance(value, str):
        return value.replace(str(folder), "{folder}")
    return value


def _in_folder(value: Any, folder: Path) -> Any:
    if isinstance(value, tuple) and value[:1] == ("{folder}",):
        return folder / value[1]
    if isinstance(value, str):
        return value.replace("{folder}", str(folder))
    return value


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    changed = {name: value for name, value in after.items() if before.get(name, _GONE) != value}
    changed.update({name: _GONE for name in before if name not in after})
    return changed
