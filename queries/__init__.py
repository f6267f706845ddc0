"""Named, parameterised Cypher queries: one `.cypher` file each, with a header comment."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..graph.errors import QueryError
from ..graph.model import LABELS
from ..graph.store import GraphStore, QueryResult

__all__ = ["NamedQuery", "list_queries", "load_query", "run_named"]

QUERY_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, what it answers, its parameters and its Cypher."""

    name: str
    description: str
    params: dict[str, str]
    cypher: str


def _parse(path: Path) -> NamedQuery:
    header: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//"):
            break
        header.append(line[2:].strip())
    description = " ".join(h for h in header if h and not h.startswith("$"))
    params = {}
    for h in header:
        if h.startswith("$"):
            key, _, doc = h[1:].partition(":")
            params[key.strip()] = doc.strip()
    return NamedQuery(path.stem, description, params, path.read_text(encoding="utf-8"))


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
    given = dict(params or {})
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        raise QueryError(f"query '{name}' has no parameter {', '.join(unknown)}")
    values = {key: given.get(key) for key in query.params}
    cypher = query.cypher
    for slot, label in (labels or {}).items():
        if label not in LABELS or not re.fullmatch(r"[A-Z_]+_LABEL", slot):
            raise QueryError(f"query '{name}': cannot put label '{label}' in slot {slot}")
        cypher = cypher.replace(f":{slot} ", f":{label} ")
    # Slots left empty match any label: slower, but the same answer.
    cypher = re.sub(r":[A-Z_]+_LABEL(?= )", "", cypher)
    return store.query(cypher, values)
