"""Files generated from the code itself (cli/declared.py, cli/commandtree.py, store/fresh.py,
docs/reference*.md): each generator's `python -m … [--check]` writes its file, or with
--check says whether it is current (exit 1 when stale). `make generated` runs them all."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, text: str, check: bool) -> int:
    """Write `text` to `target`; with `check`, only compare: 0 current, 1 stale."""
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is stale: run `make generated`", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0
