"""`visitlog --help` without Typer: the root's help page, laid out as cli/localized.py lays out
every other page (cli/helppage.py), in the reader's language.

Typer's import is ~75% of what the root's help page cost (the budget is 80 ms), and the page
is fixed: the root's usage line, its help text and options (ROOT_OPTIONS: cli/root.py declares
its options with these words; the page shows the catalog's, cli/helpwords.py) and the command
list (cli/commands.py). It is served here only where click's width does not depend on the
terminal (80 columns or more, or none: the page is then 78 wide); anything else goes to Typer.
tests/test_front.py compares the page with Typer's own in both languages and at several widths.
"""

from __future__ import annotations

# the root's declared help (English; the page shows help.page.root)
ROOT_HELP = """visitlog: the field-visit logbook of a trade-union federation (一周进一企).

Example: visitlog log 金海 --role investigator --date 昨天"""

# option -> (its names as the page shows them, the type of its value ("" for a flag), its
# declared help: English; the page shows help.param.<name>)
ROOT_OPTIONS: dict[str, tuple[str, str, str]] = {
    "--db": ("--db", "path", "Logbook file (env VISITLOG_DB)."),
    "--lang": ("--lang", "text", "zh or en (env VISITLOG_LANG)."),
    "--debug": ("--debug", "", "Show tracebacks of errors."),
    "--version": ("--version", "", "Show the version and exit."),
    "--help": ("-h, --help", "", "Show this message and exit."),
}
WIDTH = 78  # click's: the terminal's width, at most 80, less 2


def serves(columns: int) -> bool:
    """Whether this page is the one click would print on a terminal this wide."""
    return min(columns, 80) - 2 == WIDTH


def root_help() -> str:
    """The page, in the chosen language."""
    from visitlog.cli.commands import COMMANDS
    from visitlog.cli.helppage import Page
    from visitlog.cli.helpwords import metavar, page_text, param_text
    from visitlog.i18n import get_lang, t

    page = Page(t("help.usage"), "visitlog",
                f"{t('help.metavar.options')} {t('help.metavar.command')}",
                page_text([], ROOT_HELP))
    rows = []
    for option, (words, type_word, declared) in ROOT_OPTIONS.items():
        name = option.lstrip("-")
        shown = f"{words} {metavar(name, type_word)}" if type_word else words
        rows.append((shown, param_text([], name, declared)))
    page.section(t("help.section.options"), rows)
    page.section(t("help.section.commands"),
                 [(name, t(key)) for name, (_m, _a, key) in COMMANDS.items()])
    return page.render(WIDTH, get_lang() == "zh")
