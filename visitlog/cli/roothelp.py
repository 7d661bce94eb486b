"""`visitlog --help` without Typer: the root's help page, laid out as click lays it out.

Typer's import is ~75% of what the root's help page cost (the budget is 80 ms), and the page
is fixed: the root's usage line, its help text (ROOT_HELP) and options (ROOT_OPTIONS: cli/root.py
declares its options with these words) and the command list (cli/commands.py). It is served
here only where click's layout does not depend on the terminal (80 columns or more, or none:
click then wraps at 78); anything else goes to Typer. tests/test_front.py compares the page
with Typer's own in both languages and at several widths.
"""

from __future__ import annotations

import textwrap

ROOT_HELP = """visitlog: the field-visit logbook of a trade-union federation (一周进一企).

Example: visitlog log 金海 --role investigator --date 昨天"""

# option -> (how the help page shows it, its help)
ROOT_OPTIONS: dict[str, tuple[str, str]] = {
    "--db": ("--db <path>", "Logbook file (env VISITLOG_DB)."),
    "--lang": ("--lang <str>", "zh or en (env VISITLOG_LANG)."),
    "--debug": ("--debug", "Show tracebacks of errors."),
    "--version": ("--version", "Show the version and exit."),
    "--help": ("-h, --help", "Show this message and exit."),
}
WIDTH = 78  # click's: the terminal's width, at most 80, less 2
_INDENT = 2


def serves(columns: int) -> bool:
    """Whether this page is the one click would print on a terminal this wide."""
    return min(columns, 80) - 2 == WIDTH


def root_help() -> str:
    """The page, in the chosen language (the command list is in it; click's own words are not)."""
    from visitlog.cli.commands import COMMANDS
    from visitlog.i18n import t

    out = ["Usage: visitlog [OPTIONS] COMMAND [ARGS]...", ""]
    indent = " " * _INDENT
    out.append("\n\n".join(_fill(" ".join(line.strip() for line in paragraph.splitlines()),
                                 WIDTH, indent) for paragraph in ROOT_HELP.split("\n\n")))
    out += ["", "Options:", *_definitions(list(ROOT_OPTIONS.values()))]
    out += ["", f"{t('cli.commands')}:",
            *_definitions([(name, t(key)) for name, (_m, _a, key) in COMMANDS.items()])]
    return "\n".join(out)


def _definitions(rows: list[tuple[str, str]]) -> list[str]:
    """click's HelpFormatter.write_dl, in a section (indented by 2)."""
    first_col = min(max(len(first) for first, _ in rows), 30) + 2
    text_width = max(WIDTH - first_col - 2, 10)
    lines = []
    for first, second in rows:
        head = " " * _INDENT + first
        if len(first) <= first_col - 2:
            head += " " * (first_col - len(first))
        else:
            lines.append(head)
            head = " " * (first_col + _INDENT)
        wrapped = _fill(second, text_width, "").splitlines() or [""]
        lines.append(head + wrapped[0])
        lines += [" " * (first_col + _INDENT) + line for line in wrapped[1:]]
    return lines


def _fill(text: str, width: int, indent: str) -> str:
    return _Wrapper(width, initial_indent=indent, subsequent_indent=indent,
                    replace_whitespace=False).fill(text.expandtabs())


class _Wrapper(textwrap.TextWrapper):
    """click's wrapper: a word longer than the line is cut where the line ends."""

    def _handle_long_word(self, reversed_chunks: list[str], cur_line: list[str], cur_len: int,
                          width: int) -> None:
        space_left = max(width - cur_len, 1)
        last = reversed_chunks[-1]
        cur_line.append(last[:space_left])
        reversed_chunks[-1] = last[space_left:]
