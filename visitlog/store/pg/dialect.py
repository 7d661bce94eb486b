"""The store's SQL, written once in SQLite's dialect, as PostgreSQL reads it.

The store modules keep one text per query; the PostgreSQL engine rewrites each text once (and
caches it) so that it means there what it means in SQLite:

- placeholders: `?` and `:name` become psycopg's `%s` and `%(name)s` (a literal `%` doubles);
- `rowid` (quoted or not) is the `id` column (every PostgreSQL table has one, see
  `pg/migrations.py`);
- `a IS b` / `a IS NOT b` with a value compare as SQLite does (`IS [NOT] DISTINCT FROM`);
- `INSERT OR IGNORE` is `ON CONFLICT DO NOTHING`; in an upsert's `DO UPDATE SET … WHERE …`
  a bare column is the target table's (PostgreSQL would call it ambiguous with `excluded`);
- NULLs sort first, as in SQLite (`NULLS FIRST` on every ascending key, `LAST` on descending);
- SQLite's functions become PostgreSQL's: `instr` `strpos`, `group_concat` `string_agg`,
  `json_group_array` `json_agg`, `strftime(FORMAT, 'now')` `to_char` of the clock,
  `json_each` (of the integer lists the store passes) `json_array_elements_text`,
  two-argument `max`/`min` `greatest`/`least`; `NOT INDEXED` (a planner hint) goes.

What cannot be written once for both (catalog queries, bulk loading, triggers) lives in the
engine's own modules beside this one; `engine_of(conn)` tells a store module which it has.
Data definition (the migrations) is rewritten by `ddl()`: types, identity columns, collation.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _mask(sql: str) -> tuple[str, list[str]]:
    """The code with each string literal and quoted identifier replaced by \\x00N\\x00."""
    out: list[str] = []
    kept: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            kept.append(sql[i:j + 1])
            out.append(f"\x00{len(kept) - 1}\x00")
            i = j + 1
        elif ch == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        else:
            out.append(ch)
            i += 1
    return "".join(out), kept


def _unmask(code: str, kept: list[str]) -> str:
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], code)


def _close_paren(code: str, open_at: int) -> int:
    """Index of the parenthesis closing the one at `open_at`."""
    depth = 0
    for i in range(open_at, len(code)):
        if code[i] == "(":
            depth += 1
        elif code[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced parentheses")


def _split_args(inner: str) -> list[str]:
    args, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(inner[start:i])
            start = i + 1
    args.append(inner[start:])
    return args


def _functions(code: str) -> str:
    """Rewrite SQLite-only function calls, innermost arguments included."""
    pattern = re.compile(r"\b(group_concat|json_group_array|json_each|max|min|instr)\s*\(",
                         re.IGNORECASE)
    pos = 0
    while True:
        match = pattern.search(code, pos)
        if match is None:
            return code
        name = match.group(1).lower()
        open_at = match.end() - 1
        close = _close_paren(code, open_at)
        inner = _functions(code[open_at + 1:close])
        args = _split_args(inner)
        if name == "group_concat":
            distinct = re.match(r"\s*DISTINCT\s+", args[0], re.IGNORECASE)
            value = args[0][distinct.end():] if distinct else args[0]
            sep = args[1] if len(args) > 1 else "','"
            if sep == "','":
                sep = "','::text"
            new = (f"string_agg({'DISTINCT ' if distinct else ''}CAST({value} AS text), "
                   f"{sep})")
        elif name == "json_group_array":
            new = f"CAST(json_agg({inner}) AS text)"
        elif name == "json_each":
            new = (f"(SELECT CAST(x AS bigint) AS value FROM "
                   f"json_array_elements_text(CAST({inner} AS json)) AS t(x))")
        elif name == "instr":
            new = f"strpos({inner})"
        elif len(args) == 2:  # SQLite's scalar max/min of two values
            new = f"{'greatest' if name == 'max' else 'least'}({inner})"
        else:
            new = f"{match.group(1)}({inner})"
        code = code[:match.start()] + new + code[close + 1:]
        pos = match.start() + len(new)


_ORDER_END = re.compile(r"\b(LIMIT|OFFSET|FOR|UNION|EXCEPT|INTERSECT)\b", re.IGNORECASE)


def _nulls_first(code: str) -> str:
    """Each ORDER BY key sorts NULLs as SQLite does (first ascending, last descending)."""
    out, pos = [], 0
    for match in re.finditer(r"\bORDER\s+BY\b", code, re.IGNORECASE):
        if match.start() < pos:
            continue
        start = match.end()
        depth, i, end = 0, start, len(code)
        while i < len(code):
            ch = code[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    end = i
                    break
                depth -= 1
            elif depth == 0 and _ORDER_END.match(code, i) and not code[i - 1].isalnum():
                end = i
                break
            i += 1
        keys = []
        for key in _split_args(code[start:end]):
            text = key.rstrip()
            if re.search(r"\bNULLS\s+(FIRST|LAST)\s*$", text, re.IGNORECASE):
                keys.append(key)
            elif re.search(r"\bDESC\s*$", text, re.IGNORECASE):
                keys.append(f"{text} NULLS LAST{key[len(text):]}")
            else:
                keys.append(f"{text} NULLS FIRST{key[len(text):]}")
        out.append(code[pos:start])
        out.append(",".join(keys))
        pos = end
    out.append(code[pos:])
    return "".join(out)


_KEYWORDS = {"where", "group", "order", "limit", "offset", "join", "left", "right", "inner",
             "cross", "on", "union", "except", "intersect", "having", "natural", "full", "using"}


def _alias_subqueries(code: str) -> str:
    """PostgreSQL (before 16) wants every subquery in FROM/JOIN named; SQLite does not."""
    pos, n = 0, 0
    pattern = re.compile(r"\b(FROM|JOIN)\s*\(\s*SELECT\b", re.IGNORECASE)
    while True:
        match = pattern.search(code, pos)
        if match is None:
            return code
        open_at = code.index("(", match.start())
        close = _close_paren(code, open_at)
        after = re.match(r"\s*([A-Za-z_]\w*)?", code[close + 1:])
        word = after.group(1) if after else None
        if word is None or word.lower() in _KEYWORDS:
            n += 1
            code = f"{code[:close + 1]} AS vl_sub{n}{code[close + 1:]}"
        pos = open_at + 1


_SIMPLE = (
    (re.compile(r"\bNOT\s+INDEXED\b", re.IGNORECASE), ""),
    # SQLite's CROSS JOIN … ON fixes the join order; PostgreSQL allows ON only on JOIN
    (re.compile(r"\bCROSS\s+JOIN(\s+\S+(?:\s+(?:AS\s+)?(?!ON\b)\w+)?\s+ON\b)", re.IGNORECASE),
     r"JOIN\1"),
    (re.compile(r"\browid\b", re.IGNORECASE), "id"),
    (re.compile(r"\bIS\s+NOT\s+(?!NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE),
     "IS DISTINCT FROM "),
    (re.compile(r"\bIS\s+(?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE),
     "IS NOT DISTINCT FROM "),
    (re.compile(r"\bAS\s+REAL\b", re.IGNORECASE), "AS double precision"),
    # SQLite's `WHERE 1` (an integer as a condition)
    (re.compile(r"\b(WHERE|AND|OR)\s+1(?=\s*(?:AND\b|OR\b|ORDER\b|GROUP\b|LIMIT\b|\)|$))",
                re.IGNORECASE), r"\1 TRUE"),
)
_INSERT_TABLE = re.compile(r'^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+"?(\w+)"?', re.IGNORECASE)
_UPSERT_WORDS = {"set", "where", "and", "or", "not", "is", "distinct", "from", "null", "true",
                 "false", "case", "when", "then", "else", "end", "in", "like", "excluded",
                 "between", "coalesce", "greatest", "least", "returning", "as"}


def _qualify_upsert(code: str) -> str:
    """In `INSERT INTO t … ON CONFLICT … DO UPDATE SET c = <expr> [WHERE <cond>]`, SQLite
    reads a bare column as t's; PostgreSQL calls it ambiguous (t or excluded): qualify it."""
    target = _INSERT_TABLE.match(code)
    update = re.search(r"\bDO\s+UPDATE\s+SET\b", code, re.IGNORECASE)
    if target is None or update is None:
        return code
    table = target.group(1)
    head, tail = code[:update.end()], code[update.end():]
    returning = re.search(r"\bRETURNING\b", tail, re.IGNORECASE)
    rest = tail[returning.start():] if returning else ""
    tail = tail[:returning.start()] if returning else tail
    where = re.search(r"\bWHERE\b", tail, re.IGNORECASE)
    sets, cond = (tail[:where.start()], tail[where.start():]) if where else (tail, "")

    def qualify(expr: str) -> str:
        return re.sub(r"(?<![.\w\x00])([A-Za-z_]\w*)\b(?!\s*[.(])",
                      lambda m: m.group(1) if m.group(1).lower() in _UPSERT_WORDS
                      else f"{table}.{m.group(1)}", expr)

    assignments = []
    for assignment in _split_args(sets):
        lhs, eq, rhs = assignment.partition("=")
        assignments.append(f"{lhs}{eq}{qualify(rhs)}" if eq else assignment)
    return head + ",".join(assignments) + qualify(cond) + rest


_IGNORE = re.compile(r"^(\s*)INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


_STRFTIME_NOW = re.compile(r"strftime\('([^']*)',\s*'now'\)", re.IGNORECASE)
_STRFTIME_CODES = {"Y": "YYYY", "m": "MM", "d": "DD", "H": "HH24", "M": "MI", "S": "SS",
                   "f": "SS.MS"}


def _strftime_now(match: re.Match) -> str:
    """SQLite's strftime(FORMAT, 'now') (UTC) as PostgreSQL's to_char of the clock."""
    parts, literal = [], ""
    fmt = match.group(1)
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt) and fmt[i + 1] in _STRFTIME_CODES:
            if literal:
                parts.append(f'"{literal}"')
                literal = ""
            parts.append(_STRFTIME_CODES[fmt[i + 1]])
            i += 2
        elif fmt[i].isalpha() or fmt[i] == "+":
            literal += fmt[i]
            i += 1
        else:  # - : . and spaces pass through to_char as they are
            if literal:
                parts.append(f'"{literal}"')
                literal = ""
            parts.append(fmt[i])
            i += 1
    if literal:
        parts.append(f'"{literal}"')
    return f"to_char(clock_timestamp() AT TIME ZONE 'UTC', '{''.join(parts)}')"


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """One statement of the store, SQLite's dialect, as PostgreSQL runs it with psycopg."""
    sql = _STRFTIME_NOW.sub(_strftime_now, sql).replace('"rowid"', '"id"')
    code, kept = _mask(sql)
    code = code.replace("%", "%%")
    kept = [k.replace("%", "%%") for k in kept]
    ignore = _IGNORE.match(code)
    if ignore:
        code = f"{ignore.group(1)}INSERT INTO{code[ignore.end():]}"
    for pattern, replacement in _SIMPLE:
        code = pattern.sub(replacement, code)
    code = _functions(code)
    code = _qualify_upsert(code)
    code = _alias_subqueries(code)
    code = _nulls_first(code)
    code = code.replace("?", "%s")
    code = _NAMED.sub(r"%(\1)s", code)
    if ignore:
        code = code.rstrip().rstrip(";")
        returning = re.search(r"\bRETURNING\b", code, re.IGNORECASE)
        if returning:
            code = (f"{code[:returning.start()]}ON CONFLICT DO NOTHING "
                    f"{code[returning.start():]}")
        else:
            code += " ON CONFLICT DO NOTHING"
    return _unmask(code, kept)


def inserted_table(sql: str) -> str | None:
    """The table an INSERT writes to (for `lastrowid`: RETURNING id), else None."""
    match = _INSERT_TABLE.match(sql)
    if match is None or re.search(r"\bRETURNING\b", sql, re.IGNORECASE):
        return None
    return match.group(1)


# -- data definition ----------------------------------------------------------------------

# a column's name, before its type
_COLUMN = r"((?:^|[,(]|\bADD\s+COLUMN)\s*(?:\x00\d+\x00|\w+)\s+)"
_DDL_SIMPLE = (
    (re.compile(_COLUMN + r"INTEGER\s+PRIMARY\s+KEY\b", re.IGNORECASE | re.MULTILINE),
     r"\1BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(_COLUMN + r"INTEGER\b", re.IGNORECASE | re.MULTILINE), r"\1BIGINT"),
    (re.compile(_COLUMN + r"REAL\b", re.IGNORECASE | re.MULTILINE), r"\1double precision"),
    # text compares and sorts by code point, as SQLite's BINARY, whatever the database's locale
    (re.compile(_COLUMN + r"TEXT\b", re.IGNORECASE | re.MULTILINE), r'\1TEXT COLLATE "C"'),
    (re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE), ")"),
    (re.compile(r"\bCREATE\s+VIEW\s+IF\s+NOT\s+EXISTS\b", re.IGNORECASE),
     "CREATE OR REPLACE VIEW"),
)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)\"?\s*\(",
                           re.IGNORECASE)
_CREATE_INDEX = re.compile(
    r"^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+ON\s+\S+\s*\(",
    re.IGNORECASE)


def ddl(statement: str) -> str:
    """One statement of a SQLite migration as PostgreSQL runs it with psycopg (`%` doubled,
    `?` placeholders as `%s`).

    A table without an INTEGER PRIMARY KEY (and not WITHOUT ROWID) gets an `id` identity
    column, PostgreSQL's stand-in for SQLite's rowid (the undo journal names rows by it).
    Index keys sort NULLs first, as the queries do (see `translate`)."""
    if not re.match(r"^\s*(CREATE|ALTER|DROP)\b", statement, re.IGNORECASE):
        return translate(statement)
    code, kept = _mask(statement)
    table = _CREATE_TABLE.match(code)
    needs_id = bool(table) and not re.search(r"\bINTEGER\s+PRIMARY\s+KEY\b|\bWITHOUT\s+ROWID\b",
                                             code, re.IGNORECASE)
    if re.match(r"^\s*CREATE\s+(OR\s+REPLACE\s+)?VIEW", code, re.IGNORECASE):
        code = _DDL_SIMPLE[-1][0].sub(_DDL_SIMPLE[-1][1], code)
        for pattern, replacement in _SIMPLE:
            code = pattern.sub(replacement, code)
        code = _functions(code)
    else:
        for pattern, replacement in _DDL_SIMPLE:
            code = pattern.sub(replacement, code)
    index = _CREATE_INDEX.match(code)
    if index:
        open_at = index.end() - 1
        close = _close_paren(code, open_at)
        keys = [k if re.search(r"\bNULLS\b", k, re.IGNORECASE) else f"{k.rstrip()} NULLS FIRST"
                for k in _split_args(code[open_at + 1:close])]
        code = f"{code[:open_at + 1]}{', '.join(k.strip() for k in keys)}{code[close:]}"
    if needs_id:
        close = code.rstrip().rfind(")")
        code = (f"{code[:close].rstrip()},\n    id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                f"UNIQUE\n{code[close:]}")
    return _unmask(code, kept).replace("%", "%%")
