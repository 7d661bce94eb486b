"""Every file visitlog writes is created 0600, beside its target, renamed into place; `--output`
never writes the logbook or its -wal/-shm/-journal, nor through a symbolic link (issue 22,
points 1 and 2: `report week --output <the logbook>` destroyed it; outputs were 0644 and
followed links)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.templates import Templates

FORMATS = ("csv", "xlsx", "html", "json", "md")


def one_visit_with_a_note(cli: Cli) -> Cli:
    cli.ok("officer", "add", "甲", "--dept", "办公室", "--since", "2026-01-01")
    cli.ok("log", "甲公司", "--new", "--officer", "甲", "--note", "家里困难")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, one_visit_with_a_note)
    return cli


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("words", [("report", "week", "--format", "csv"), ("officer", "list"),
                                   ("report", "year", "--format", "xlsx"),
                                   ("visit", "list", "--format", "json")],
                         ids=lambda w: " ".join(w[:2]))
def test_no_output_over_the_logbook_or_its_files(book: Cli, words: tuple[str, ...],
                                                 suffix: str) -> None:
    target = book.db.with_name(book.db.name + suffix)
    existed = target.exists()
    before = target.read_bytes() if existed else None
    line = book.fail(2, *words, "--output", str(target))
    assert line == (f"Error: {target} is the logbook (or its -wal/-shm/-journal); "
                    "choose another file for the output")
    assert (target.read_bytes() if target.exists() else None) == before
    assert len(book("visit", "list", "--format", "json").json()) == 1


def test_the_logbook_by_another_name(book: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(book.tmp_path)
    linked = book.tmp_path / "hard.db"
    os.link(book.db, linked)
    for name in ("./logbook.db", "../" + book.tmp_path.name + "/logbook.db", str(linked)):
        book.fail(2, "report", "week", "--format", "csv", "--output", name)
    assert book.fail(2, "report", "week", "--output", "logbook.db-wal", "--lang", "zh") == (
        "错误：logbook.db-wal 是台账文件（或其 -wal/-shm/-journal），不能写入报表；请换一个文件名")


def test_no_output_through_a_link(book: Cli) -> None:
    precious = book.tmp_path / "precious.txt"
    precious.write_text("precious\n")
    link = book.tmp_path / "l.csv"
    link.symlink_to(precious)
    assert book.fail(2, "report", "week", "-o", str(link)) == (
        f"Error: {link} is a symbolic link; visitlog does not write through links: "
        "name the file itself or another one")
    assert precious.read_text() == "precious\n" and link.is_symlink()
    dangling = book.tmp_path / "d.csv"
    dangling.symlink_to(book.tmp_path / "nowhere.csv")
    book.fail(2, "report", "week", "-o", str(dangling))
    assert not (book.tmp_path / "nowhere.csv").exists()
    book.fail(2, "export", str(link))
    book.fail(2, "backup", str(link), "--force")
    assert precious.read_text() == "precious\n"


def test_backup_never_replaces_the_logbooks_own_files(book: Cli) -> None:
    wal = book.db.with_name(book.db.name + "-wal")
    wal.write_bytes(b"")
    book.fail(2, "backup", str(wal), "--force")
    assert wal.read_bytes() == b""


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_every_output_is_created_0600(book: Cli, umask: int) -> None:
    old = os.umask(umask)
    try:
        outputs = []
        for fmt in FORMATS:
            path = book.tmp_path / f"week.{fmt}"
            book.ok("report", "week", "--output", str(path))
            outputs.append(path)
        existing = book.tmp_path / "old.csv"
        existing.write_text("old")
        existing.chmod(0o644)
        book.ok("visit", "list", "--output", str(existing))
        outputs += [existing, book.tmp_path / "all.jsonl", book.tmp_path / "backup.db"]
        book.ok("export", str(outputs[-2]))
        book.ok("backup", str(outputs[-1]))
        book.ok("config", "set", "officer", "甲")
        outputs.append(book.config)
    finally:
        os.umask(old)
    assert {p.name: oct(mode(p)) for p in outputs} == {p.name: "0o600" for p in outputs}
    assert existing.read_text(encoding="utf-8-sig").startswith("id,")
    leftovers = [p.name for p in book.tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_dash_is_standard_output(book: Cli) -> None:
    assert book.ok("report", "week", "--format", "json", "--output", "-").startswith('{\n  "week"')
    result = book("export", "-")  # (what is said about it goes to stderr)
    assert result.exit_code == 0
    assert result.stdout.startswith('{"exported_at"') and '"table":"visits"' in result.stdout
    assert not (book.tmp_path / "-").exists()


def test_a_device_is_written_into_not_replaced(book: Cli) -> None:
    book.ok("report", "week", "--format", "csv", "--output", os.devnull)
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def test_the_heatmap_escapes_control_characters_in_names(book: Cli) -> None:
    """A name holding an escape sequence (stored before merges were checked) is shown escaped
    on the heatmap, as in every other table (issue 22, point 9)."""
    import sqlite3

    conn = sqlite3.connect(book.db)
    conn.execute("UPDATE officers SET name = '甲\x1b[2J\x1b[31m' WHERE name = '甲'")
    conn.commit()
    conn.close()
    out = book.ok("report", "heatmap")
    assert "\x1b" not in out
    assert "甲\\x1b[" in out


LONG = "x" * 300  # longer than a file name may be (255 bytes on Linux)


@pytest.mark.parametrize("words", [
    ("backup", f"{LONG}.db"), ("restore", f"{LONG}.db"), ("export", f"{LONG}.json"),
    ("visit", "import", f"{LONG}.csv"), ("merge", f"{LONG}.json"),
    ("report", "week", "--output", f"{LONG}.csv"),
], ids=lambda w: " ".join(w[:-1]))
def test_a_file_name_too_long_is_bad_input_in_one_line(book: Cli, words: tuple[str, ...]) -> None:
    before = book.dump()
    assert book.fail(2, *words) == (
        f"Error: Cannot use the file {words[-1]}: File name too long; give another name or "
        "path, nothing was changed")
    assert book.dump() == before
    book.lang("zh")
    assert book.fail(2, *words).endswith("：文件名太长；请换一个文件名或路径再试，未做任何修改")


def test_a_logbook_name_too_long_is_bad_input(cli: Cli, tmp_path: Path) -> None:
    assert cli.fail(2, "--db", str(tmp_path / f"{LONG}.db"), "init").startswith(
        "Error: Cannot use the file ")
