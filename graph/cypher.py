"""Reading Cypher text without running it: statements of a script, columns of a RETURN clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Statement", "split_statements", "return_columns", "is_schema_statement"]

_OPEN = "([{"
_CLOSE = ")]}"


@dataclass(frozen=True)
class Statement:
    """One statement of a script, with the line it starts on (counted from 1)."""

    line: int
    text: str


def _scan(text: str) -> tuple[str, str]:
    """Two copies of `text`, as long as it: one without comments, one showing only its top level.

    The first keeps everything but comments (blanked, newlines kept, so lines still count).
    The second also blanks string literals, quoted names and whatever sits inside brackets,
    so that a keyword, a comma or a semicolon found in it belongs to the outermost query.
    """
    plain, top = list(text), list(text)
    depth, i, size = 0, 0, len(text)

    def blank(start: int, end: int, both: bool) -> None:
        for k in range(start, min(end, size)):
            if text[k] != "\n":
                top[k] = " "
                if both:
                    plain[k] = " "

    while i < size:
        char = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = size if end < 0 else end
            blank(i, end, both=True)
            i = end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = size if end < 0 else end + 2
            blank(i, end, both=True)
            i = end
            continue
        if char in "'\"`":
            end = _quote_end(text, i)
            blank(i, end, both=False)
            i = end
            continue
        if char in _OPEN:
            if depth:
                top[i] = " "
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
            if depth:
                top[i] = " "
        elif depth:
            top[i] = " " if char != "\n" else "\n"
        i += 1
    return "".join(plain), "".join(top)


def _quote_end(text: str, start: int) -> int:
    """Where the string literal or quoted name opening at `start` ends (just past its quote)."""
    quote, i = text[start], start + 1
    while i < len(text):
        if text[i] == "\\" and quote != "`":
            i += 2  # a backslash escapes the next character of a string
        elif text[i] == quote:
            if quote == "`" and text.startswith("``", i):
                i += 2  # a quoted name doubles its backtick
            else:
                return i + 1
        else:
            i += 1
    return len(text)


def split_statements(text: str) -> list[Statement]:
    """The statements of a Cypher script, split on semicolons outside strings and comments."""
    plain, top = _scan(text)
    statements, start = [], 0
    for match in re.finditer(";", top):
        statements.append((start, plain[start : match.start()]))
        start = match.end()
    statements.append((start, plain[start:]))
    found = []
    for offset, body in statements:
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            found.append(Statement(text.count("\n", 0, offset + lead) + 1, stripped))
    return found


_RETURN = re.compile(r"(?<![\w$`.])RETURN(?![\w$`])", re.IGNORECASE)
_RETURN_END = re.compile(r"(?<![\w$`.])(?:ORDER\s+BY|SKIP|OFFSET|LIMIT|UNION)(?![\w$`])|;", re.I)
_DISTINCT = re.compile(r"^\s*DISTINCT(?![\w$`])", re.IGNORECASE)
_AS = re.compile(r"(?<![\w$`.])AS(?![\w$`])", re.IGNORECASE)


def return_columns(cypher: str) -> list[str]:
    """The column names the last top-level RETURN clause gives, as Neo4j names them.

    An item's name is its alias after AS, or else the expression as written. `RETURN *`,
    or no RETURN at all, gives no names. Used when an engine sends no keys with an empty
    result, so that an empty answer still has its header.
    """
    plain, top = _scan(cypher)
    found = list(_RETURN.finditer(top))
    if not found:
        return []
    start = found[-1].end()
    end_at = _RETURN_END.search(top, start)
    end = end_at.start() if end_at else len(top)
    distinct = _DISTINCT.match(top[start:end])
    if distinct:
        start += distinct.end()
    columns, item_start = [], start
    for cut in [m.start() for m in re.finditer(",", top[start:end])] + [end - start]:
        item_end = start + cut
        columns.append(_column_name(plain[item_start:item_end], top[item_start:item_end]))
        item_start = item_end + 1
    if any(name in ("", "*") for name in columns):
        return []
    return columns


def _column_name(item: str, item_top: str) -> str:
    """An item's alias after its last top-level AS, or the expression text itself."""
    aliases = list(_AS.finditer(item_top))
    if aliases:
        alias = item[aliases[-1].end() :].strip()
        if alias.startswith("`") and alias.endswith("`") and len(alias) > 1:
            alias = alias[1:-1].replace("``", "`")
        return alias
    return " ".join(item.split())


_SCHEMA = re.compile(
    r"^\s*(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:\w+\s+)?(?:CONSTRAINT|INDEX)\b", re.I
)


def is_schema_statement(statement: str) -> bool:
    """Whether a statement creates or drops a constraint or an index (schema, not data)."""
    return bool(_SCHEMA.match(statement))
