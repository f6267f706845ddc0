"""Selecting part of the graph for views, exports and analysis, and merging parallel facts."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import BELONGS_TYPES, EVENT_LABELS, SYMMETRIC_TYPES

__all__ = [
    "Selection",
    "Subgraph",
    "MergedEdge",
    "select",
    "merge_parallel",
    "ties_with",
    "GraphDict",
]

GraphDict = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Selection:
    """Which part of the graph to take; the defaults take everything."""

    around: tuple[str, ...] = ()
    depth: int = 1
    labels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    country: str | None = None
    since: str | None = None
    until: str | None = None
    min_weight: int = 1
    max_nodes: int | None = None
    documents: bool = True
    linked_only: bool = False

    def filters_edges(self) -> bool:
        """Whether nodes left without any edge should be dropped."""
        return bool(
            self.around
            or self.types
            or self.country
            or self.since
            or self.until
            or self.min_weight > 1
        )


@dataclass
class Subgraph:
    """Nodes and fact edges in the export shape, with a note of what the cap left out."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    left_out: str | None = None
    # "entity" is the graph itself; "country" is the country map (graph/countries.py), whose
    # edges are interactions between countries rather than facts of the store.
    level: str = "entity"
    # The nodes the selection was taken around (`--around`), which views put first.
    centre: tuple[str, ...] = ()
    # Each node's facts in the selection before the cap; views size and order nodes by it.
    facts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> GraphDict:
        """The selection in the SCHEMA.md export shape."""
        return {"nodes": self.nodes, "edges": self.edges}


@dataclass
class MergedEdge:
    """Every fact of one type between the same two nodes, shown as one edge."""

    source: str
    target: str
    type: str
    facts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many facts the edge stands for."""
        return len(self.facts)


def _pair_key(edge: dict[str, Any]) -> tuple[str, str, str]:
    source, target = edge["source"], edge["target"]
    if edge["type"] in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return source, target, edge["type"]


def merge_parallel(edges: Iterable[dict[str, Any]]) -> list[MergedEdge]:
    """Group facts of one type between the same two nodes (either direction if symmetric)."""
    merged: dict[tuple[str, str, str], MergedEdge] = {}
    for edge in edges:
        key = _pair_key(edge)
        if key not in merged:
            merged[key] = MergedEdge(*key)
        merged[key].facts.append(edge)
    return list(merged.values())


def _in_window(date: str, since: str | None, until: str | None) -> bool:
    # A partial date ("2024-05") is a period: it is kept when it overlaps the window.
    if since and date < since[: len(date)]:
        return False
    return not (until and date > until[: len(date)])


def _neighbours(edges: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        adjacent[edge["source"]].add(edge["target"])
        adjacent[edge["target"]].add(edge["source"])
    return adjacent


def _by_date(edges: list[dict[str, Any]], sel: Selection) -> list[dict[str, Any]]:
    """Dated facts inside the window, and undated ones between nodes those facts touch."""
    dated = [e for e in edges if e.get("date") and _in_window(str(e["date"]), sel.since, sel.until)]
    touched = {n for e in dated for n in (e["source"], e["target"])}
    undated = [
        e for e in edges if not e.get("date") and e["source"] in touched and e["target"] in touched
    ]
    return dated + undated


def _country_sphere(
    nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]], country_id: str
) -> set[str]:
    """The country, what belongs to it, what those touch, and the parties to those events."""
    country_name = nodes[country_id]["name"] if country_id in nodes else None
    own = {country_id}
    own.update(
        n for n, node in nodes.items() if country_name and node.get("country") == country_name
    )
    own.update(
        e["source"] for e in edges if e["type"] in BELONGS_TYPES and e["target"] == country_id
    )
    adjacent = _neighbours(edges)
    keep = set(own)
    for node in own:
        keep.update(adjacent.get(node, ()))
    for node in list(keep - own):
        # Event nodes join the parties around them: a country's view shows who else came.
        if nodes.get(node, {}).get("label") in EVENT_LABELS:
            keep.update(adjacent.get(node, ()))
    return keep


def _distances(
    nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]], start: Iterable[str], depth: int
) -> dict[str, int]:
    """Hops from the start nodes. An event reached from a party brings its other parties at
    the same distance: the people someone met at a meeting are one step away, like the
    meeting itself."""
    adjacent = _neighbours(edges)
    seen = dict.fromkeys(start, 0)
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        # Through an event (not one started from), its parties cost no extra hop.
        through = seen[node] > 0 and nodes.get(node, {}).get("label") in EVENT_LABELS
        step = 0 if through else 1
        if seen[node] + step > depth:
            continue
        for other in sorted(adjacent.get(node, ())):
            if other not in seen or seen[other] > seen[node] + step:
                seen[other] = seen[node] + step
                if step == 0:
                    queue.appendleft(other)
                else:
                    queue.append(other)
    return seen


def ties_with(
    edges: list[dict[str, Any]], centre: set[str], labels: dict[str, Any]
) -> dict[str, int]:
    """How often each node deals with the centre: facts between them, and events they share."""
    ties: dict[str, int] = defaultdict(int)
    events: dict[str, int] = defaultdict(int)
    for edge in edges:
        for a, b in ((edge["source"], edge["target"]), (edge["target"], edge["source"])):
            if a in centre and b not in centre:
                ties[b] += 1
                if labels.get(b) in EVENT_LABELS:
                    events[b] += 1
    for edge in edges:
        for a, b in ((edge["source"], edge["target"]), (edge["target"], edge["source"])):
            if a in events and b not in centre:
                ties[b] += 1
    return ties


def _between(edges: list[dict[str, Any]], keep: set[str]) -> list[dict[str, Any]]:
    return [e for e in edges if e["source"] in keep and e["target"] in keep]


def select(graph: GraphDict, sel: Selection) -> Subgraph:
    """Apply a selection to a graph in the export shape."""
    asked = "Document" in sel.labels or "MENTIONS" in sel.types
    nodes = {n["id"]: n for n in graph["nodes"] if asked or n.get("label") != "Document"}
    edges = list(graph["edges"])
    if sel.labels:
        nodes = {k: n for k, n in nodes.items() if n.get("label") in sel.labels or k in sel.around}
    if sel.types:
        edges = [e for e in edges if e["type"] in sel.types]
    edges = _between(edges, set(nodes))
    if sel.since or sel.until:
        edges = _by_date(edges, sel)
    if sel.country:
        edges = _between(edges, _country_sphere(nodes, edges, sel.country))
    distance: dict[str, int] = {}
    if sel.around:
        distance = _distances(nodes, edges, [a for a in sel.around if a in nodes], sel.depth)
        edges = _between(edges, set(distance))
    if sel.min_weight > 1:
        heavy = [m for m in merge_parallel(edges) if m.count >= sel.min_weight]
        edges = [fact for m in heavy for fact in m.facts]
    if sel.linked_only or sel.filters_edges():
        linked = {n for e in edges for n in (e["source"], e["target"])} | set(distance)
        nodes = {k: n for k, n in nodes.items() if k in linked}
    left_out = None
    # Counted before the cap, so a hub keeps its weight when some of its neighbours are left out.
    facts: dict[str, int] = defaultdict(int)
    for edge in edges:
        facts[edge["source"]] += 1
        facts[edge["target"]] += 1
    if sel.max_nodes is not None and len(nodes) > sel.max_nodes:
        nodes, edges, left_out = _cap(nodes, edges, distance, sel.max_nodes)
    if sel.documents and not asked:
        _add_sources(graph, nodes, edges, everything=not (sel.labels or sel.filters_edges()))
    centre = tuple(a for a in sel.around if a in nodes)
    kept = {k: facts[k] for k in nodes if k in facts}
    return Subgraph(list(nodes.values()), edges, left_out, centre=centre, facts=kept)


def _add_sources(
    graph: GraphDict,
    nodes: dict[str, dict[str, Any]],
    edges: list[dict[str, Any]],
    everything: bool,
) -> None:
    """Bring back the documents the kept facts cite, with their MENTIONS of kept nodes."""
    cited = {e.get("document") for e in edges}
    for node in graph["nodes"]:
        if node.get("label") == "Document" and (everything or node["id"] in cited):
            nodes[node["id"]] = node
    edges.extend(
        e
        for e in graph["edges"]
        if e["type"] == "MENTIONS" and e["source"] in nodes and e["target"] in nodes
    )


def _cap(
    nodes: dict[str, dict[str, Any]],
    edges: list[dict[str, Any]],
    distance: dict[str, int],
    limit: int,
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], str]:
    """Keep the nearest, then those dealing most with the centre, then the most connected
    nodes; describe what was dropped."""
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["source"]] += 1
        degree[edge["target"]] += 1
    centre = {n for n, d in distance.items() if d == 0}
    ties = ties_with(edges, centre, {k: n.get("label") for k, n in nodes.items()})
    far = max(distance.values(), default=0) + 1
    ranked = sorted(nodes, key=lambda n: (distance.get(n, far), -ties[n], -degree[n], n))
    keep = set(ranked[:limit])
    kept_edges = _between(edges, keep)
    how = "the nearest, then the most connected" if distance else "the most connected"
    note = (
        f"showing {len(keep)} of {len(nodes)} nodes ({how}); left out "
        f"{len(nodes) - len(keep)} nodes and {len(edges) - len(kept_edges)} facts; "
        "raise --max-nodes or narrow the selection to see them"
    )
    return {k: n for k, n in nodes.items() if k in keep}, kept_edges, note
