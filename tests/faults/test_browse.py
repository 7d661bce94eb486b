"""`browse` serves a refreshed snapshot while officers write, stops cleanly on SIGTERM, SIGINT
and SIGHUP (no Datasette left running, no folder left behind), keeps tracebacks off the
console, and refuses a bad --port or --host with one line (issue 22, point 10)."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.faults.conftest import assert_clean_failure, env_for, invoke, visitlog_command

needs_datasette = pytest.mark.skipif(importlib.util.find_spec("datasette") is None,
                                     reason="datasette not installed (pip install "
                                     "'visitlog[browse]')")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, timeout: float = 20) -> tuple[int, str]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _visits(port: int, name: str) -> int:
    status, text = _get(f"http://127.0.0.1:{port}/{name}/visits.json?_shape=array")
    assert status == 200, text
    return len(json.loads(text))


def _folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("visitlog-browse-*")}


@needs_datasette
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_browse_serves_a_refreshed_snapshot_and_stops_cleanly(logbook: Path, stop: str) -> None:
    assert invoke(logbook, "log", "城南", "--officer", "王伟", "--date", "2026-11-16"
                  ).exit_code == 0
    port = _free_port()
    before = _folders()
    server = subprocess.Popen([*visitlog_command(), "browse", "--port", str(port),
                               "--refresh", "1"], env=env_for(logbook),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _visits(port, logbook.stem) == 1
        # officers keep writing, a merge included: what is served follows, never malformed
        bundle = logbook.parent / "other.jsonl"
        assert invoke(logbook, "export", str(bundle)).exit_code == 0
        for day in ("2026-11-17", "2026-11-18"):
            assert invoke(logbook, "log", "城南", "--officer", "李娜", "--date", day
                          ).exit_code == 0
        assert invoke(logbook, "merge", str(bundle)).exit_code == 0
        deadline = time.monotonic() + 15
        while _visits(port, logbook.stem) != 3:
            assert time.monotonic() < deadline, "the snapshot was never refreshed"
            time.sleep(0.3)
        status, _ = _get(f"http://127.0.0.1:{port}/{logbook.stem}.json?sql=select+x+from+nowhere")
        assert status == 400
        (new_folder,) = _folders() - before
    finally:
        server.send_signal(getattr(signal, stop))
        out, err = server.communicate(timeout=30)
    assert server.returncode == 0, err
    assert "Traceback" not in err and "───" not in err, err
    assert len([line for line in err.splitlines() if line.strip()]) <= 1, err
    assert new_folder not in _folders()
    with socket.socket() as probe:  # Datasette is gone: its port is free again
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
    assert out.startswith(f"Serving a snapshot of {logbook} read-only at http://127.0.0.1:{port}/")


BAD_ADDRESSES = [
    (["--port", "99999"], "Usage error: Invalid value for '--port': 99999 is not in the range "
                          "1<=x<=65535. (see visitlog browse --help)"),
    (["--port", "0"], "Usage error: Invalid value for '--port': 0 is not in the range"),
    (["--port", "８０٣"], "Usage error: Invalid value for '--port': '８０٣' is not a valid "
                          "integer."),
    (["--host", "nosuch.invalid"], "Error: Unknown address nosuch.invalid ("),
    (["--host", "192.0.2.1"], "Error: Cannot serve on 192.0.2.1:8001 ("),
]


@needs_datasette
@pytest.mark.parametrize(("args", "says"), BAD_ADDRESSES)
def test_a_bad_port_or_host_is_one_line(logbook: Path, args: list[str], says: str) -> None:
    result = subprocess.run([*visitlog_command(), "browse", *args], env=env_for(logbook),
                            capture_output=True, text=True, timeout=60)
    assert_clean_failure(result.stderr, result.returncode, 2)
    assert result.stderr.startswith(says), result.stderr
    assert result.stdout == ""


@needs_datasette
def test_a_port_in_use_is_one_line(logbook: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*visitlog_command(), "browse", "--port", str(port)],
                                env=env_for(logbook), capture_output=True, text=True,
                                timeout=60)
    assert_clean_failure(result.stderr, result.returncode, 2)
    assert result.stderr.startswith(f"Error: Cannot serve on 127.0.0.1:{port} ("), result.stderr


def test_the_child_is_told_to_be_quiet() -> None:
    from visitlog.service.browse import command_line

    argv = command_line(Path("s.db"), Path("m.json"), "127.0.0.1", 8001)
    assert argv[1:4] == ["-m", "visitlog.cli.browse_child", "s.db"]
    assert "-i" not in argv  # a snapshot refreshed in place: read-only, not immutable
    assert os.path.exists(Path(__file__).parents[2] / "visitlog" / "cli" / "browse_child.py")
