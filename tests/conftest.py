"""Shared fixtures: a temp logbook and config, a fixed today, and a CLI runner."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from tests.templates import Templates

TODAY = "2026-11-19"  # a Thursday in 2026-W47

# Hypothesis profiles: `dev` (the default: small, for the many runs of a day) and `ci` (as
# large as the properties were written for; .ci/run sets HYPOTHESIS_PROFILE=ci).
settings.register_profile("ci", deadline=None)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "dev"))


def scaled(examples: int) -> int:
    """A property's own number of examples under `ci`; a fifth of it (at least 5) under `dev`."""
    return examples if settings.default.max_examples >= 100 else max(5, examples // 5)


def pytest_configure(config: pytest.Config) -> None:
    """A strict message catalog (a missing key raises). The holiday calendar's cache
    (workdays.py) in a folder of the test run's own, not the user's: shared by the whole run
    (each test recomputing the calendar would cost ~0.1 s)."""
    import os
    import tempfile

    # a message key missing from the catalog fails the test that shows it (i18n.t raises)
    os.environ["VISITLOG_STRICT_CATALOG"] = "1"
    _build_each_app_once()
    if "VISITLOG_CACHE_DIR" not in os.environ:
        os.environ["VISITLOG_CACHE_DIR"] = _RUN_CACHE[0] = tempfile.mkdtemp(
            prefix="visitlog-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    if _RUN_CACHE[0]:
        shutil.rmtree(_RUN_CACHE[0], ignore_errors=True)


_RUN_CACHE = [""]


def _build_each_app_once() -> None:
    """Typer's CliRunner builds the click command of the app it is given on every invoke (~1 ms
    of inspecting signatures, a fifth of an in-process run, thousands of times in the suite):
    here once per app and run, as the program builds it once per process (cli/root.py keeps
    the commands it builds likewise). A built command holds nothing of a run."""
    import functools

    import typer.testing

    typer.testing._get_command = functools.cache(typer.testing._get_command)


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    def json(self) -> Any:
        return json.loads(self.stdout)


class Cli:
    """Runs `visitlog ARGS` in-process against the temp logbook: a SQLite file, or (engine
    "postgres") an empty schema on the test run's PostgreSQL cluster (tests/pg_server.py)."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str | None = None
                 ) -> None:
        self.tmp_path = tmp_path
        self.engine = "postgres" if url else "sqlite"
        self.db: Any = url or tmp_path / "logbook.db"
        self.config = tmp_path / "config.json"
        self.monkeypatch = monkeypatch
        self.runner = CliRunner()
        self.typer_only = False  # True: every command through the Typer app, `log` included
        monkeypatch.setenv("VISITLOG_DB", str(self.db))
        monkeypatch.setenv("VISITLOG_CONFIG", str(self.config))
        monkeypatch.setenv("VISITLOG_TODAY", TODAY)
        monkeypatch.setenv("VISITLOG_LANG", "en")
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.setenv("COLUMNS", "100")

    def today(self, day: str) -> None:
        self.monkeypatch.setenv("VISITLOG_TODAY", day)

    def lang(self, lang: str) -> None:
        self.monkeypatch.setenv("VISITLOG_LANG", lang)

    def __call__(self, *args: str, input: str | None = None) -> Run:
        """As the `visitlog` program runs it: a plain `log` through the front door
        (cli/front.py), everything else through the Typer app."""
        from visitlog.cli.root import app
        from visitlog.i18n import set_lang

        set_lang("")  # as in a fresh process: the language comes from --lang or the environment
        if input is None and not self.typer_only:
            front = run_front(list(args))
            if front is not None:
                return front
        result = self.runner.invoke(app, list(args), input=input, prog_name="visitlog")
        return Run(result.exit_code, result.stdout, result.stderr, result.exception)

    def ok(self, *args: str) -> str:
        """Run a command that must succeed; return its stdout."""
        result = self(*args)
        assert result.exit_code == 0, (args, result.stdout, result.stderr)
        assert result.stderr == "", result.stderr
        return result.stdout

    def fail(self, code: int, *args: str) -> str:
        """Run a command that must fail with `code` and one line on stderr; return the line."""
        result = self(*args)
        assert result.exit_code == code, (args, result.exit_code, result.stdout, result.stderr)
        assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), result.stderr
        assert "Traceback" not in result.stderr
        return result.stderr.rstrip("\n")

    def week(self, *args: str) -> dict:
        return json.loads(self.ok("report", "week", "--format", "json", *args))

    def csv(self, name: str, text: str, encoding: str = "utf-8") -> Path:
        path = self.tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    def dump(self) -> list[str]:
        """Every row of the logbook as SQL, to compare before and after a refused command."""
        if self.engine == "postgres":
            from tests.pg_server import dump

            return dump(self.db)
        if not self.db.exists():
            return []
        conn = sqlite3.connect(self.db)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()


def run_front(args: list[str]) -> Run | None:
    """The front door's run of `visitlog ARGS` (None: not a plain `log`), its output captured."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from visitlog.cli import front

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = front.run(args)
    return None if code is None else Run(code, out.getvalue(), err.getvalue(), None)


# -- both engines ------------------------------------------------------------------------
# A test module marked `pytestmark = pytest.mark.engines` runs each of its `cli` tests on
# SQLite and on PostgreSQL (ids [sqlite] and [postgres]; the second carries the `postgres`
# marker, so `-m "not postgres"` times the SQLite suite alone). A test of what only a file
# has (its mode, its bytes, PRAGMAs) is marked `sqlite_only`.


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("engines") \
            and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize(
            "engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():  # noqa: ANN201 - tests.pg_server.Server
    """The run's PostgreSQL cluster, started on first use; skipped, saying why, where there
    are no server binaries or no driver."""
    from tests import pg_server

    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip(pg_server.SKIP_NO_DRIVER)
    if pg_server.server_bin() is None:
        pytest.skip(pg_server.SKIP_NO_SERVER)
    server = pg_server.Server()
    yield server
    server.stop()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str,
        request: pytest.FixtureRequest):  # noqa: ANN201 - yields a Cli
    if engine == "postgres":
        server = request.getfixturevalue("pg_server")
        url = server.acquire()  # an emptied logbook from the pool (tests/pg_server.py)
        yield Cli(tmp_path, monkeypatch, url)
        server.release(url)
        return
    yield Cli(tmp_path, monkeypatch)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Logbooks built once per run through the CLI and copied into each test that holds one:
    `templates.built(cli, build)` (tests/templates.py)."""
    return Templates(tmp_path_factory.mktemp("templates"))


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    lines = [",".join(header)] + [",".join(str(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
