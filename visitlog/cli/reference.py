"""Writes docs/reference.md and docs/reference.zh.md: every command's help page, as
`visitlog … --help` prints it in each language (so the reference cannot drift from the
program: tests/test_docs.py regenerates both and compares).

    .venv/bin/python -m visitlog.cli.reference          # rewrite both
    .venv/bin/python -m visitlog.cli.reference --check  # exit 1 when one is stale
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent.parent / "docs"
TARGETS = {"en": DOCS / "reference.md", "zh": DOCS / "reference.zh.md"}
WIDTH = 78  # the page as an 80-column terminal shows it
_HEAD = {
    "en": ("# Command reference\n\nEvery command's help page, as `visitlog COMMAND --help` "
           "prints it (`--lang en`). Generated from the program by\n`python -m "
           "visitlog.cli.reference`; a test fails when it is stale. 中文：[reference.zh.md]"
           "(reference.zh.md).\n"),
    "zh": ("# 命令参考\n\n每个命令的帮助页，与 `visitlog 命令 --help` 显示的相同（`--lang zh`）。"
           "由程序生成：\n`python -m visitlog.cli.reference`；过期时测试会失败。English: "
           "[reference.md](reference.md).\n"),
}


def pages() -> Iterator[tuple[list[str], object, object]]:
    """(path, click command, its context) for the root and every command below it."""
    from visitlog.cli.framework import click as _click
    from visitlog.cli.root import cli

    def walk(command: _click.Command, ctx: _click.Context, path: list[str]) -> Iterator:
        yield path, command, ctx
        if hasattr(command, "list_commands"):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    yield from walk(sub, _click.Context(sub, info_name=name, parent=ctx),
                                    [*path, name])

    yield from walk(cli, _click.Context(cli, info_name="visitlog", **cli.context_settings), [])


def generate(lang: str) -> str:
    from visitlog.cli.framework import HelpFormatter
    from visitlog.i18n import get_lang, set_lang

    before = get_lang()
    set_lang(lang)
    try:
        out = [_HEAD[lang]]
        for path, command, ctx in pages():
            formatter = HelpFormatter(width=WIDTH)
            command.format_help(ctx, formatter)  # type: ignore[attr-defined]
            title = " ".join(["visitlog", *path])
            out.append(f"\n## {title}\n\n```text\n{formatter.getvalue().rstrip()}\n```\n")
        return "".join(out)
    finally:
        set_lang(before)


def main(argv: list[str]) -> int:
    from visitlog.generated import write_or_check

    return max(write_or_check(target, generate(lang), argv[:1] == ["--check"])
               for lang, target in TARGETS.items())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
