"""Named, parameterised Cypher queries: one `.cypher` file each, with a header comment."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..graph.errors import QueryError
from ..graph.model import LABELS
from ..graph.store import GraphStore, QueryResult

__all__ = [
    "NamedQuery",
    "check_params",
    "check_raw",
    "fill_labels",
    "list_queries",
    "load_query",
    "run_named",
]

QUERY_DIR = Path(__file__).resolve().parent

# A header line `// $name (kind): what it is` declares a parameter and the values it takes:
#   id, or `Label id`   an entity's id (`pactgraph query --name` also takes a name for it)
#   count               a whole number, 0 or more
#   N-M                 a whole number from N to M
#   date                YYYY-MM-DD, YYYY-MM or YYYY, as dates are stored
#   label               one of the graph's node labels
#   text                any text
# Null (a parameter not given) is always allowed: every query reads it as "no filter".
# The header's first lines, before the parameters, say what the query answers; lines after
# them are notes for whoever edits it. A line `// columns: a, b` names the columns it returns,
# which an empty result still shows.
_PARAM_LINE = re.compile(r"^\$(\w+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$")
_COLUMNS_LINE = re.compile(r"^columns\s*:\s*(.*)$")
_RANGE = re.compile(r"^(\d+)-(\d+)$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# SKIP and LIMIT take a whole number; a raw query's parameter there is checked before it runs.
_COUNTED = re.compile(r"\b(?:SKIP|LIMIT)\s*\$(\w+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, what it answers, its parameters, its columns and its Cypher."""

    name: str
    description: str
    params: dict[str, str]
    cypher: str
    kinds: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()


def _parse(path: Path) -> NamedQuery:
    header: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//"):
            break
        header.append(line[2:].strip())
    lead = next((i for i, h in enumerate(header) if h.startswith("$")), len(header))
    description = " ".join(h for h in header[:lead] if h and not _COLUMNS_LINE.match(h))
    params, kinds = {}, {}
    columns: tuple[str, ...] = ()
    for h in header:
        found = _PARAM_LINE.match(h)
        if found:
            key, kind, doc = found.groups()
            params[key] = doc.strip()
            if kind:
                kinds[key] = kind.strip()
        declared = _COLUMNS_LINE.match(h)
        if declared:
            columns = tuple(c.strip() for c in declared[1].split(",") if c.strip())
    cypher = path.read_text(encoding="utf-8")
    return NamedQuery(path.stem, description, params, cypher, kinds, columns)


def _shown(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else str(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    year, month, day = ([*map(int, value.split("-")), 1, 1])[:3]
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def check_value(name: str, kind: str | None, value: Any) -> Any:
    """A parameter value checked against its declared kind (and dates made text)."""
    if value is None or kind is None:
        return value
    wanted = None
    span = _RANGE.match(kind)
    if kind == "count" and not (_whole(value) and value >= 0):
        wanted = "a whole number ≥ 0"
    elif span and not (_whole(value) and int(span[1]) <= value <= int(span[2])):
        wanted = f"a whole number from {span[1]} to {span[2]}"
    elif kind == "date":
        # `--param since=2024` arrives as a number: a year is a date here.
        text = str(value) if _whole(value) else value
        if not isinstance(text, str) or not _is_date(text):
            wanted = "a date YYYY-MM-DD (or YYYY-MM, or YYYY)"
        else:
            value = text
    elif kind == "label" and value not in LABELS:
        wanted = f"one of {', '.join(LABELS)}"
    elif (kind in ("text", "label") or kind.endswith("id")) and not isinstance(value, str):
        wanted = "an entity's id or name" if kind.endswith("id") else "text"
    if wanted:
        raise QueryError(f"--param {name} takes {wanted}, got {_shown(value)}")
    return value


def check_params(query: NamedQuery, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters a named query runs with: checked, and null for those not given."""
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise QueryError(f"query '{query.name}' has no parameter {', '.join(unknown)}")
    return {key: check_value(key, query.kinds.get(key), params.get(key)) for key in query.params}


def check_raw(cypher: str, params: dict[str, Any]) -> None:
    """Check a hand-written query's SKIP and LIMIT parameters before it runs."""
    for name in _COUNTED.findall(cypher):
        if name in params:
            check_value(name, "count", params[name])


def list_queries() -> list[NamedQuery]:
    """Every named query shipped in queries/, by name."""
    return [_parse(p) for p in sorted(QUERY_DIR.glob("*.cypher"))]


def load_query(name: str) -> NamedQuery:
    """One named query; the error lists the names there are."""
    path = QUERY_DIR / f"{name.replace('-', '_')}.cypher"
    if not path.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no named query '{name}' (available: {names})")
    return _parse(path)


def run_named(
    store: GraphStore,
    name: str,
    params: dict[str, Any] | None = None,
    labels: dict[str, str] | None = None,
) -> QueryResult:
    """Run a named query with parameters; parameters it declares but were not given are null.

    `labels` fills label slots such as `:A_LABEL` (Cypher takes no label as a parameter, and
    a match without one cannot use an index); only the graph's own labels are accepted.
    """
    query = load_query(name)
    values = check_params(query, dict(params or {}))
    result = store.query(fill_labels(query, labels), values)
    if not result.rows and query.columns:
        result.columns = list(query.columns)
    return result


def fill_labels(query: NamedQuery, labels: dict[str, str] | None = None) -> str:
    """A named query's Cypher with its label slots (`:A_LABEL`) filled, as it is sent."""
    cypher = query.cypher
    for slot, label in (labels or {}).items():
        if label not in LABELS or not re.fullmatch(r"[A-Z_]+_LABEL", slot):
            raise QueryError(f"query '{query.name}': cannot put label '{label}' in slot {slot}")
        cypher = cypher.replace(f":{slot} ", f":{label} ")
    # Slots left empty match any label: slower, but the same answer.
    return re.sub(r":[A-Z_]+_LABEL(?= )", "", cypher)
