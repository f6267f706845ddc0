"""Countries as actors: who dealt with whom, when and how, for the country map and dyad counts.

An official counts for the country he represents, a body or force for the country it is part
of, and a country for itself. Two countries interact when their actors meet, sign or are
parties to one agreement, take part in one exercise, host one another, or cooperate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .subgraph import GraphDict, Selection, Subgraph, _in_window

__all__ = [
    "DIRECTED_KINDS",
    "INTERACTION_KINDS",
    "PERIODS",
    "DyadTable",
    "Interaction",
    "chosen_interactions",
    "country_level",
    "country_owners",
    "dyads",
    "interactions",
    "period_of",
    "undated_note",
]

INTERACTION_KINDS = ("MET", "SIGNED", "PARTICIPATED_IN", "COOPERATES_WITH", "HOSTED")
# A host receives its guests; every other kind reads the same from either side.
DIRECTED_KINDS = frozenset({"HOSTED"})
PERIODS = ("month", "quarter", "year")

# Taking part in an event: the kind of interaction it makes and the facts that say so.
_TAKING_PART = {
    "Meeting": ("MET", ("ATTENDED", "CO_CHAIRED", "HOSTED")),
    "Exercise": ("PARTICIPATED_IN", ("PARTICIPATED_IN", "HOSTED")),
    "Agreement": ("SIGNED", ("SIGNED", "PARTY_TO")),
}
# A body may be part of a body that is part of a country; past this depth it is a loop.
_CHAIN = 6


@dataclass
class Interaction:
    """One dealing between two countries, with the facts that report it."""

    source: str
    target: str
    kind: str
    date: str | None
    about: str | None = None
    facts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def directed(self) -> bool:
        """Whether source and target have distinct roles (the host and its guest)."""
        return self.kind in DIRECTED_KINDS

    @property
    def documents(self) -> list[str]:
        """The documents that report it, sorted."""
        return sorted({str(f["document"]) for f in self.facts if f.get("document")})

    def best_fact(self) -> dict[str, Any]:
        """The most confident report, as the one to quote."""
        return min(
            self.facts,
            key=lambda f: (-(f.get("confidence") or 0), str(f.get("evidence") or "")),
        )


def country_owners(
    nodes: dict[str, dict[str, Any]], edges: Iterable[dict[str, Any]]
) -> dict[str, frozenset[str]]:
    """The countries each official, body or country counts for (most count for one)."""
    countries = {k for k, n in nodes.items() if n.get("label") == "Country"}
    by_name = {nodes[k].get("name"): k for k in countries}
    up: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if edge["type"] in ("REPRESENTS", "PART_OF"):
            up[edge["source"]].add(edge["target"])

    def owners(node: str, depth: int) -> set[str]:
        if node in countries:
            return {node}
        found: set[str] = set()
        if depth < _CHAIN:
            for parent in up.get(node, ()):
                found |= owners(parent, depth + 1)
        named = by_name.get(nodes.get(node, {}).get("country"))
        return found or ({named} if named else set())

    actors = ("Country", "Official", "Organization")
    result = {}
    for node_id, node in nodes.items():
        if node.get("label") in actors:
            found = owners(node_id, 0)
            if found:
                result[node_id] = frozenset(found)
    return result


def _earliest(dates: Iterable[str | None]) -> str | None:
    present = [d for d in dates if d]
    return min(present) if present else None


class _Collector:
    """Interactions keyed by what they are about, so repeated reports add facts, not counts."""

    def __init__(self) -> None:
        self.found: dict[tuple[Any, ...], Interaction] = {}

    def add(
        self,
        a: str,
        b: str,
        kind: str,
        date: str | None,
        about: str | None,
        key: tuple[Any, ...],
        facts: Iterable[dict[str, Any]],
    ) -> None:
        if a == b:
            return  # colleagues of one country
        if kind not in DIRECTED_KINDS and b < a:
            a, b = b, a
        item = self.found.get((a, b, kind, key))
        if item is None:
            item = self.found[(a, b, kind, key)] = Interaction(a, b, kind, date, about)
        else:
            item.date = _earliest([item.date, date])
        seen = {id(f) for f in item.facts}
        item.facts.extend(f for f in facts if id(f) not in seen)


def interactions(
    nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]
) -> list[Interaction]:
    """Every interaction between two countries that the facts support, oldest first.

    - MET: the countries' actors took part in one meeting on one date, or a MET fact joins
      two officials and no shared meeting on its date (or from its sentence) already counts.
    - SIGNED: both signed, or are parties to, one agreement (once per agreement).
    - PARTICIPATED_IN: both took part in one exercise on one date.
    - HOSTED: one hosted a meeting or exercise the other took part in (directed).
    - COOPERATES_WITH: a cooperation fact between them or their bodies.

    A fact without a date of its own takes its event's date. MET and COOPERATES_WITH facts
    reported again on the same date (or, undated, in the same sentence) count once.
    """
    by_id = {n["id"]: n for n in nodes}
    facts = [e for e in edges if e["type"] != "MENTIONS"]
    owners = country_owners(by_id, facts)
    out = _Collector()
    # (event, date) -> country -> facts; hosts per occurrence; meetings each pair shared.
    parties: dict[tuple[str, str | None], dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    hosts: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for fact in facts:
        event = by_id.get(fact["target"], {})
        rule = _TAKING_PART.get(event.get("label") or "")
        if rule is None or fact["type"] not in rule[1]:
            continue
        date = fact.get("date") or event.get("date")
        occurrence = (fact["target"], None if event["label"] == "Agreement" else date)
        for country in owners.get(fact["source"], ()):
            parties[occurrence][country].append(fact)
            if fact["type"] == "HOSTED":
                hosts[occurrence].add(country)
    shared: dict[tuple[str, str], list[tuple[str | None, set[str]]]] = defaultdict(list)
    for occurrence, present in parties.items():
        event_id, date = occurrence
        event = by_id[event_id]
        kind = _TAKING_PART[event["label"]][0]
        for a, b in combinations(sorted(present), 2):
            pair_facts = present[a] + present[b]
            when = date
            if event["label"] == "Agreement":
                when = _earliest(f.get("date") or event.get("date") for f in pair_facts)
            out.add(a, b, kind, when, event_id, occurrence, pair_facts)
            if kind == "MET":
                shared[(a, b)].append((date, {str(f.get("evidence")) for f in pair_facts}))
        for host in sorted(hosts.get(occurrence, ())):
            hosted = [f for f in present[host] if f["type"] == "HOSTED"]
            for guest in sorted(present):
                out.add(host, guest, "HOSTED", date, event_id, occurrence, hosted + present[guest])
    for fact in facts:
        if fact["type"] not in ("MET", "COOPERATES_WITH"):
            continue
        date = fact.get("date")
        said = str(fact.get("evidence"))
        key = (fact["type"], date) if date else (fact["type"], fact.get("document"), said)
        for a in owners.get(fact["source"], ()):
            for b in owners.get(fact["target"], ()):
                pair = (min(a, b), max(a, b))
                if fact["type"] == "MET" and any(
                    when == date or said in sentences for when, sentences in shared.get(pair, ())
                ):
                    continue  # the shared meeting already counts this encounter
                out.add(a, b, fact["type"], date, None, key, [fact])
    return sorted(
        out.found.values(),
        key=lambda i: (i.date or "~", i.source, i.target, i.kind, i.about or ""),
    )


def period_of(date: str | None, by: str) -> str:
    """The period a date falls in: 2024-07, 2024-Q3 or 2024; a year-only date stays 2024."""
    if not date:
        return "undated"
    year = date[:4]
    if by == "year" or len(date) < 7:
        return year
    if by == "month":
        return date[:7]
    return f"{year}-Q{(int(date[5:7]) - 1) // 3 + 1}"


def chosen_interactions(
    items: list[Interaction],
    kinds: Iterable[str] = (),
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> tuple[list[Interaction], int]:
    """Interactions of these kinds, touching the country, inside the window, and how many
    undated ones the window left out (a window cannot say whether they fall in it)."""
    wanted = set(kinds)
    kept = [
        i
        for i in items
        if (not wanted or i.kind in wanted) and (country is None or country in (i.source, i.target))
    ]
    if not (since or until):
        return kept, 0
    undated = sum(1 for i in kept if not i.date)
    return [i for i in kept if i.date and _in_window(i.date, since, until)], undated


def undated_note(count: int) -> str | None:
    """What a date window left out, in words (None when nothing)."""
    if not count:
        return None
    return (
        f"{count} undated interaction{'s' if count != 1 else ''} left out by --since/--until "
        "(without a window they are counted as 'undated')"
    )


@dataclass
class DyadTable:
    """Dyad-period counts, and a note of what a date window left out."""

    rows: list[dict[str, Any]]
    note: str | None = None
    interactions: int = 0
    documents: int = 0  # distinct, across all rows


def dyads(
    graph: GraphDict,
    by: str = "month",
    country: str | None = None,
    kinds: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> DyadTable:
    """One row per country pair, period and kind: interactions and distinct documents."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    items, undated = chosen_interactions(
        interactions(graph["nodes"], graph["edges"]), kinds, country, since, until
    )
    groups: dict[tuple[str, str, str, str], list[Interaction]] = defaultdict(list)
    for item in items:
        groups[(period_of(item.date, by), item.source, item.target, item.kind)].append(item)
    rows = []
    for (period, source, target, kind), members in groups.items():
        a, b = nodes[source], nodes[target]
        if kind not in DIRECTED_KINDS and b["name"] < a["name"]:
            a, b = b, a
        rows.append(
            {
                "period": period,
                "source": a["name"],
                "target": b["name"],
                "type": kind,
                "directed": kind in DIRECTED_KINDS,
                "count": len(members),
                "documents": len({d for m in members for d in m.documents}),
                "source_iso3": a.get("iso3"),
                "target_iso3": b.get("iso3"),
            }
        )
    rows.sort(
        key=lambda r: (r["period"] == "undated", r["period"], r["source"], r["target"], r["type"])
    )
    documents = len({d for item in items for d in item.documents})
    return DyadTable(rows, undated_note(undated), len(items), documents)


def _as_edge(item: Interaction, names: dict[str, str]) -> dict[str, Any]:
    """An interaction in the export's edge shape."""
    best = item.best_fact()
    documents = item.documents
    return {
        "source": item.source,
        "target": item.target,
        "type": item.kind,
        "date": item.date,
        "document": documents[0] if documents else None,
        "documents": documents,
        "evidence": best.get("evidence"),
        "about": names.get(item.about or "") or None,
        "directed": item.directed,
        "facts": len(item.facts),
    }


def _reach(items: list[Interaction], start: Iterable[str], depth: int) -> dict[str, int]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for item in items:
        adjacent[item.source].add(item.target)
        adjacent[item.target].add(item.source)
    seen = dict.fromkeys(start, 0)
    frontier = list(seen)
    for step in range(1, depth + 1):
        frontier = sorted({o for n in frontier for o in adjacent[n]} - set(seen))
        seen.update(dict.fromkeys(frontier, step))
    return seen


def country_level(graph: GraphDict, sel: Selection) -> Subgraph:
    """The selection as a country map: countries, and one edge per interaction between two.

    `types` names interaction kinds; `min_weight` counts interactions per pair; `around`,
    `depth` and `max_nodes` work on countries; labels do not apply.
    """
    nodes = {n["id"]: n for n in graph["nodes"] if n.get("label") != "Document"}
    items, undated = chosen_interactions(
        interactions(nodes.values(), graph["edges"]), sel.types, sel.country, sel.since, sel.until
    )
    distance: dict[str, int] = {}
    if sel.around:
        distance = _reach(items, sel.around, sel.depth)
        items = [i for i in items if i.source in distance and i.target in distance]
    per_pair: dict[tuple[str, str], int] = defaultdict(int)
    for item in items:
        per_pair[(min(item.source, item.target), max(item.source, item.target))] += 1
    if sel.min_weight > 1:
        items = [
            i
            for i in items
            if per_pair[(min(i.source, i.target), max(i.source, i.target))] >= sel.min_weight
        ]
    weight: dict[str, int] = defaultdict(int)
    for item in items:
        weight[item.source] += 1
        weight[item.target] += 1
    kept = set(weight) | set(distance)
    notes = [undated_note(undated)]
    if sel.max_nodes is not None and len(kept) > sel.max_nodes:
        far = max(distance.values(), default=0) + 1
        ranked = sorted(kept, key=lambda c: (distance.get(c, far), -weight[c], c))
        dropped = len(kept) - sel.max_nodes
        kept = set(ranked[: sel.max_nodes])
        before = len(items)
        items = [i for i in items if i.source in kept and i.target in kept]
        notes.append(
            f"showing {len(kept)} of {len(kept) + dropped} countries (the most active); left out "
            f"{dropped} countries and {before - len(items)} interactions; raise --max-nodes "
            "or narrow the selection to see them"
        )
    names = {k: str(n.get("name")) for k, n in nodes.items()}
    countries = [dict(nodes[c]) for c in sorted(kept) if c in nodes]
    left_out = "; ".join(n for n in notes if n) or None
    edges = [_as_edge(i, names) for i in items]
    centre = tuple(c for c in sel.around if c in kept)
    return Subgraph(countries, edges, left_out, level="country", centre=centre)
