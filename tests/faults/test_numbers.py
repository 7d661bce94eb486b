"""Numbers are ASCII digits; full-width ０-９ count as their ASCII values; any other digit-like
character (①, ², ٣) is bad input, exit 2, in every command and import (issue 22, point 7:
they ended in "Internal error", or were taken as numbers by Python's int())."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.templates import Templates


def officer_enterprise_campaign(cli: Cli) -> Cli:
    cli.ok("officer", "add", "甲", "--dept", "办公室", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "甲公司")
    cli.ok("campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "城南")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, officer_enterprise_campaign)
    return cli


NOT_NUMBERS = ["①", "²", "٣", "３①", "1٣"]
COMMANDS = [
    ("target", "set", "friends={n}"),
    ("config", "set", "min_available_days", "{n}"),
    ("log", "甲公司", "--officer", "甲", "--outcome", "members_joined={n}"),
    ("achieve", "friends", "结交", "--officer", "甲", "--count", "{n}"),
    ("report", "year", "--year", "202{n}"),
    ("visit", "show", "{n}"),
    ("enterprise", "add", "乙公司", "--employees", "{n}"),
    ("interview", "log", "大访谈", "--point", "城南", "--count", "{n}", "--date", "2026-11-19"),
    ("log", "甲公司", "--officer", "甲", "--date", "2026-11-1{n}"),
    ("report", "week", "--week", "2026-W4{n}"),
    ("report", "practice", "--month", "2026-1{n}"),
]


@pytest.mark.parametrize("digit", NOT_NUMBERS)
@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w[:2]))
def test_other_digits_are_bad_input(book: Cli, words: tuple[str, ...], digit: str) -> None:
    before = book.dump()
    book.fail(2, *(w.format(n=digit) for w in words))
    assert book.dump() == before


def test_full_width_digits_count_as_ascii(book: Cli) -> None:
    assert book.ok("target", "set", "friends=１２") == (
        "Set 2026 targets for everyone (default): friends=12\n")
    book.ok("config", "set", "min_available_days", "４")
    assert book.ok("config", "get", "min_available_days").strip() == "4"
    book.ok("log", "甲公司", "--officer", "甲", "--date", "２０２６-１１-１８",
            "--outcome", "members_joined=３")
    visit = book("visit", "list", "--format", "json").json()[0]
    assert (visit["date"], visit["members_joined"]) == ("2026-11-18", 3)
    assert "×２" not in book.ok("achieve", "friends", "结交", "--officer", "甲", "--count", "２")
    assert book("achieve", "list", "--format", "json").json()[0]["count"] == 2
    assert book.week("--week", "2026-W４７")["week"] == "2026-W47"


IMPORTS = [
    ("visits.csv", "date,officer,enterprise,members_joined\n2026-11-18,甲,甲公司,{n}\n",
     ("visit", "import")),
    ("enterprises.csv", "name,employees\n丙公司,{n}\n", ("enterprise", "import")),
    ("achievements.csv", "date,officer,category,count,description\n"
     "2026-11-18,甲,friends,{n},结交\n", ("achieve", "import")),
    ("targets.csv", "year,category,target\n202{n},friends,3\n", ("target", "import")),
    ("interviews.csv", "date,point,count\n2026-11-18,城南,{n}\n",
     ("interview", "import", "大访谈")),
    ("officers.csv", "name,dept,since\n丁,办公室,2026-01-1{n}\n", ("officer", "import")),
]


@pytest.mark.parametrize("digit", ["①", "²", "٣"])
@pytest.mark.parametrize(("name", "text", "words"), IMPORTS, ids=[i[0] for i in IMPORTS])
def test_imports_refuse_other_digits_with_the_line(book: Cli, name: str, text: str,
                                                   words: tuple[str, ...], digit: str) -> None:
    before = book.dump()
    path = book.csv(name, text.format(n=digit))
    line = book.fail(2, *words, str(path))
    assert "line 2" in line, line
    assert book.dump() == before


@pytest.mark.parametrize(("name", "text", "words"), IMPORTS, ids=[i[0] for i in IMPORTS])
def test_imports_take_full_width_digits(book: Cli, name: str, text: str,
                                        words: tuple[str, ...]) -> None:
    path = book.csv(name, text.format(n="６"))
    book.ok(*words, str(path))
