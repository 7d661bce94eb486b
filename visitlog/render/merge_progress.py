"""A progress bar for long inputs: Rich, on stderr, only when stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Below this many rows a merge is over before a bar would be worth drawing.
MIN_ROWS = 2_000


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int | None], Callable[[int], None]]]:
    """Yields `start(total)` → `advance(n)`; a no-op unless stderr is a tty."""
    if not sys.stderr.isatty():
        yield lambda _total: _nothing
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:

        def start(total: int | None) -> Callable[[int], None]:
            if total is not None and total < MIN_ROWS:
                return _nothing
            task = bar.add_task(label, total=total)
            return lambda n: bar.advance(task, n)

        yield start


def _nothing(_n: int) -> None:
    return None
