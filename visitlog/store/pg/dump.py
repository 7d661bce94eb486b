"""Backups of a PostgreSQL logbook with PostgreSQL's own tools: pg_dump writes the logbook's
schema in its custom format; a restore lists the archive (pg_restore --list), keeps only
visitlog's own objects of that schema (tables and their data, sequences, indexes,
constraints, triggers, views, and the vl_ functions the triggers run), and replays them with
psql in one transaction that first drops the logbook's current tables: all or nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from visitlog.domain.errors import Fault
from visitlog.store.location import DbUrl

# archive entries a restore brings in (pg_restore --list's "desc" column)
KEPT_KINDS = ("TABLE", "TABLE DATA", "SEQUENCE", "SEQUENCE SET", "SEQUENCE OWNED BY",
              "DEFAULT", "INDEX", "CONSTRAINT", "FK CONSTRAINT", "TRIGGER", "VIEW",
              "FUNCTION", "AGGREGATE")
_KINDS = sorted({*KEPT_KINDS, "SCHEMA", "COMMENT", "EXTENSION", "ACL", "DATABASE",
                 "EVENT TRIGGER", "RULE", "POLICY", "TYPE", "DOMAIN", "PROCEDURE"},
                key=len, reverse=True)
_ENTRY = re.compile(r"^\d+;\s*\d+\s+\d+\s+(?P<kind>" + "|".join(map(re.escape, _KINDS)) +
                    r"|\S+)\s+(?P<schema>\S+)\s+(?P<name>\S+)")


def tool(name: str) -> str:
    """The path of a PostgreSQL client tool, or the one-line fault saying it is missing."""
    found = shutil.which(name)
    if found is None:
        raise Fault("pg.no_tool", tool=name)
    return found


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    env = {**os.environ, "PGCONNECT_TIMEOUT": os.environ.get("PGCONNECT_TIMEOUT", "10")}
    result = subprocess.run(command, capture_output=True, env=env, **kwargs)  # type: ignore
    if result.returncode != 0:
        reason = (result.stderr.decode(errors="replace").strip().splitlines() or ["?"])[0]
        raise Fault("pg.tool_failed", tool=Path(command[0]).name,
                    reason=reason.split(": ", 1)[-1])
    return result


def dump_schema(url: DbUrl, schema: str, dest: Path) -> None:
    """pg_dump of the logbook's schema to `dest` (a new file, written as given)."""
    _run([tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
          f"--schema={schema}", f"--file={dest}", f"--dbname={url.url}"])


def archive_entries(source: Path) -> list[tuple[str, str, str, str]]:
    """(line, kind, schema, name) of each entry of a pg_dump archive; None when the file is
    not one."""
    result = subprocess.run([tool("pg_restore"), "--list", str(source)], capture_output=True)
    if result.returncode != 0:
        raise Fault("pg.not_dump", path=str(source))
    entries = []
    for line in result.stdout.decode(errors="replace").splitlines():
        match = _ENTRY.match(line)
        if match:
            entries.append((line, match["kind"], match["schema"], match["name"]))
    return entries


def archive_version(source: Path, schema: str) -> int | None:
    """The schema version recorded in the archive (visitlog_schema), if any."""
    script = _run([tool("pg_restore"), "--data-only", f"--schema={schema}",
                   "--table=visitlog_schema", "--file=-", str(source)]).stdout.decode()
    lines = script.split("FROM stdin;\n", 1)
    if len(lines) < 2:
        return None
    first = lines[1].split("\n", 1)[0].split("\t", 1)[0].strip()
    return int(first) if first.isdigit() else None


def kept_entries(entries: list[tuple[str, str, str, str]], schema: str) -> list[str]:
    """The archive's lines a restore replays: visitlog's objects in the logbook's schema."""
    kept = []
    for line, kind, entry_schema, name in entries:
        if entry_schema != schema or kind not in KEPT_KINDS:
            continue
        if kind in ("FUNCTION", "AGGREGATE") and not (name.startswith("vl_")
                                                      or name.startswith("sum(")):
            continue
        kept.append(line)
    return kept


def replay(url: DbUrl, source: Path, kept: list[str], drop: list[str],
           after: list[str]) -> None:
    """Drop the logbook's tables, bring the kept entries in and run `after`, in one psql
    transaction."""
    with tempfile.TemporaryDirectory(prefix="visitlog-restore-") as folder:
        listing = Path(folder) / "entries.list"
        listing.write_text("\n".join(kept) + "\n", encoding="utf-8")
        script = _run([tool("pg_restore"), f"--use-list={listing}", "--no-owner",
                       "--no-privileges", "--file=-", str(source)]).stdout
        head = "".join(f"{statement};\n" for statement in drop).encode()
        tail = "".join(f"{statement};\n" for statement in after).encode()
        _run([tool("psql"), "--quiet", "--no-psqlrc", "--single-transaction",
              "--set=ON_ERROR_STOP=1", f"--dbname={url.url}", "--file=-"],
             input=head + script + tail)
