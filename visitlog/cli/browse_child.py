"""The Datasette process `visitlog browse` starts (`python -m visitlog.cli.browse_child ARGS`):
Datasette's own `serve`, told to be quiet on the console.

Datasette installs Rich's tracebacks (with every local variable) and prints one for each
failing request; uvicorn logs every request at info. A console officers watch shows instead
one line per error, and uvicorn's warnings.
"""

from __future__ import annotations

import sys


class _OneLine:
    """Stands in for the `traceback` module in datasette.handle_exception: one line."""

    @staticmethod
    def print_exc() -> None:
        error = sys.exc_info()[1]
        text = f"{type(error).__name__}: {error}" if error else "an error"
        print(f"datasette: {' '.join(text.split())}", file=sys.stderr, flush=True)


def _one_line_hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    import traceback

    text = "".join(traceback.format_exception_only(kind, value))
    print(f"datasette: {' '.join(text.split())}", file=sys.stderr)


def main(argv: list[str]) -> None:
    import uvicorn
    from datasette import cli, handle_exception  # (datasette.cli installs Rich's tracebacks)

    sys.excepthook = _one_line_hook  # never a traceback, even at exit
    handle_exception.rich = None
    handle_exception.traceback = _OneLine
    run = uvicorn.run

    def quiet(*args: object, **kwargs: object) -> object:
        kwargs.update(log_level="warning", access_log=False)
        return run(*args, **kwargs)

    uvicorn.run = quiet
    cli.cli.main(args=["serve", *argv], prog_name="datasette")


if __name__ == "__main__":
    main(sys.argv[1:])
