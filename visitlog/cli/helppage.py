"""A help page laid out as click lays one out, measured in terminal columns.

click measures text by its length, so a Chinese line of 78 characters takes 156 columns, and
it breaks lines only at spaces, which Chinese does not have. Every help page (cli/localized.py
for the commands, cli/roothelp.py for the root without Typer) is laid out here instead: the
same sections, indents and column rules as click's HelpFormatter, with wide characters
counted as two columns and a line free to break between two Chinese characters (never before
a closing mark such as ，。）, nor after an opening one such as （).
"""

from __future__ import annotations

from unicodedata import east_asian_width

INDENT = 2
COL_MAX = 30  # click's write_dl: the first column's widest
COL_SPACING = 2
# no line starts with these, nor ends with those (Chinese line-breaking rules, simplified)
_NO_START = frozenset("，。、；：？！）」』》〉】”’…·,.;:!?)]}%")
_NO_END = frozenset("（「『《〈【“‘([{")


def columns(text: str) -> int:
    """How many terminal columns `text` takes (a wide character takes two)."""
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def _wide(ch: str) -> bool:
    return east_asian_width(ch) in "WF"


def _breakable(before: str, after: str) -> bool:
    """Whether a line may break between two adjacent non-space characters."""
    if not (_wide(before) or _wide(after)):
        return False
    return after not in _NO_START and before not in _NO_END


def _units(text: str, cjk: bool) -> list[tuple[str, str]]:
    """(the spaces before it, an unbreakable piece) for each piece of `text`; between Chinese
    characters too when `cjk`, except in a command line (`visitlog …`: it is copied)."""
    units: list[tuple[str, str]] = []
    gap = piece = previous = ""
    cjk = cjk and "visitlog " not in text
    for ch in text:
        if ch.isspace():
            if piece:
                units.append((gap, piece))
                gap = piece = ""
            gap += ch
        else:
            if piece and cjk and _breakable(previous, ch):
                units.append((gap, piece))
                gap = piece = ""
            piece += ch
        previous = ch
    if piece:
        units.append((gap, piece))
    return units


def _cut(piece: str, room: int) -> tuple[str, str]:
    """The longest head of `piece` that fits in `room` columns (at least one character)."""
    used = 0
    for index, ch in enumerate(piece):
        used += columns(ch)
        if used > room:
            return piece[:max(index, 1)], piece[max(index, 1):]
    return piece, ""


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
         cjk: bool = False) -> str:
    """One paragraph wrapped to `width` columns (indents included), as textwrap.fill; `cjk`:
    Chinese text, which may break between its characters."""
    lines: list[str] = []
    line, used, empty = initial_indent, columns(initial_indent), True
    for gap, piece in _units(text.expandtabs(), cjk):
        while piece:
            gap_width = 0 if empty else columns(gap)
            size = columns(piece)
            if not empty and used + gap_width + size > width:
                lines.append(line.rstrip())
                line, used, empty = subsequent_indent, columns(subsequent_indent), True
                continue
            if empty and used + size > width:  # longer than a line: cut where the line ends
                head, piece = _cut(piece, width - used)
                lines.append(line + head)
                line, used = subsequent_indent, columns(subsequent_indent)
                continue
            line += ("" if empty else gap) + piece
            used += gap_width + size
            empty, piece = False, ""
    if not empty or not lines:
        lines.append(line.rstrip() if not empty else line)
    return "\n".join(lines)


def wrap_paragraphs(text: str, width: int, indent: str = "", cjk: bool = False) -> str:
    """Text of paragraphs (separated by blank lines), each wrapped, as click's wrap_text with
    preserve_paragraphs: a paragraph's own indent is kept; one led by a line holding only
    \\b is left as it is."""
    paragraphs: list[tuple[int, bool, str]] = []
    lines: list[str] = []
    own_indent: int | None = None

    def flush() -> None:
        if lines:
            raw = lines[0].strip() == "\b"
            paragraphs.append((own_indent or 0, raw, "\n".join(lines[1:]) if raw
                               else " ".join(lines)))
            lines.clear()

    for line in text.expandtabs().splitlines():
        if not line:
            flush()
            own_indent = None
            continue
        if own_indent is None:
            own_indent = len(line) - len(line.lstrip())
            line = line.lstrip()
        lines.append(line)
    flush()
    out = []
    for extra, raw, body in paragraphs:
        prefix = indent + " " * extra
        if raw:
            out.append("\n".join(prefix + line for line in body.splitlines()))
        else:
            out.append(fill(body, width, prefix, prefix, cjk))
    return "\n\n".join(out)


def definitions(rows: list[tuple[str, str]], width: int, cjk: bool = False) -> list[str]:
    """click's HelpFormatter.write_dl in a section (indented by 2), in columns."""
    if not rows:
        return []
    first_col = min(max(columns(first) for first, _ in rows), COL_MAX) + COL_SPACING
    text_width = max(width - first_col - 2, 10)
    out = []
    for first, second in rows:
        head = " " * INDENT + first
        if not second:
            out.append(head)
            continue
        if columns(first) <= first_col - COL_SPACING:
            head += " " * (first_col - columns(first))
        else:
            out.append(head)
            head = " " * (first_col + INDENT)
        wrapped = wrap_paragraphs(second, text_width, cjk=cjk).splitlines() or [""]
        out.append(head + wrapped[0])
        out += [" " * (first_col + INDENT) + line if line else "" for line in wrapped[1:]]
    return out


def usage_line(prefix: str, program: str, pieces: str, width: int) -> str:
    """`Usage: visitlog log [OPTIONS] ENTERPRISE`, wrapped under itself when long."""
    head = f"{prefix}{program} "
    if width >= columns(head) + 20:
        return fill(pieces, width, head, " " * columns(head))
    return head + "\n" + fill(pieces, width, " " * 4, " " * 4)


def short_help(text: str, limit: int) -> str:
    """A command's line in its group's list: the first sentence of its help, at most `limit`
    columns (click's rule for English, cut at the first 。 for Chinese)."""
    first = text.split("\n\n", 1)[0]
    first = " ".join(line.strip() for line in first.splitlines())
    if any(_wide(ch) for ch in first):
        for stop in ("。", "；"):
            if stop in first:
                first = first.split(stop, 1)[0]
                break
        if columns(first) <= limit:
            return first
        head, _rest = _cut(first, limit - 1)
        return head + "…"
    return _english_short_help(first, limit)


def _english_short_help(text: str, limit: int) -> str:
    """click's make_default_short_help: up to the first sentence's end, or cut at a word
    with "..."."""
    words = text.split()
    total = 0
    last = len(words) - 1
    for index, word in enumerate(words):
        total += len(word) + (index > 0)
        if total > limit:
            break
        if word[-1] == ".":
            return " ".join(words[:index + 1])
        if total == limit and index != last:
            break
    else:
        return " ".join(words)
    total = len("...")
    index = 0
    while index < len(words):
        total += len(words[index]) + (index > 0)
        if total > limit:
            break
        index += 1
    return " ".join(words[:index]) + "..."


class Page:
    """The parts of one help page, each already in the reader's language."""

    def __init__(self, usage_prefix: str, program: str, pieces: str, text: str) -> None:
        self.usage_prefix = usage_prefix
        self.program = program
        self.pieces = pieces
        self.text = text
        self.sections: list[tuple[str, list[tuple[str, str]]]] = []

    def section(self, heading: str, rows: list[tuple[str, str]]) -> None:
        if rows:
            self.sections.append((heading, rows))

    def render(self, width: int, cjk: bool) -> str:
        """The page at `width` columns; `cjk`: in Chinese, which breaks between characters."""
        out = [usage_line(self.usage_prefix, self.program, self.pieces, width)]
        if self.text:
            out += ["", wrap_paragraphs(self.text, width, " " * INDENT, cjk)]
        for heading, rows in self.sections:
            out += ["", heading, *definitions(rows, width, cjk)]
        return "\n".join(out)
