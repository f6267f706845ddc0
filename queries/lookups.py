"""Everyday lookups built on the named queries: names to entities, who met whom, profiles."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from ..graph.countries import (
    DyadTable,
    chosen_interactions,
    country_level,
    interactions,
    undated_note,
)
from ..graph.countries import dyads as count_dyads
from ..graph.errors import InputError, PactgraphError
from ..graph.export import graph_dict
from ..graph.store import GraphStore, QueryResult
from ..graph.subgraph import Selection, Subgraph, select
from . import check_params, load_query, run_named

__all__ = [
    "AmbiguousName",
    "UnknownName",
    "find",
    "named",
    "resolve",
    "who_met",
    "path",
    "timeline",
    "partners",
    "profile",
    "subgraph",
    "resolve_country",
    "titles_over_time",
    "dyads",
    "encounters",
    "Encounters",
]


class UnknownName(PactgraphError):
    """No entity has that name."""


class AmbiguousName(PactgraphError):
    """Several entities have that name."""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().replace(".", "").split())


@dataclass
class _Entity:
    id: str
    label: str
    name: str
    aliases: list[str]
    country: str | None

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


def _entities(store: GraphStore, label: str | None) -> list[_Entity]:
    rows = run_named(store, "entities", {"label": label}).rows
    return [
        _Entity(r["id"], r["label"], r["name"] or "", list(r["aliases"] or []), r["country"])
        for r in rows
    ]


def _surname_is(form: str, query: str) -> bool:
    words = _fold(form).split()
    return len(words) > 1 and query in (words[-1], words[0]) and " " not in query


def _score(query: str, entity: _Entity) -> float:
    """How well a text names an entity: 1 exact, then prefix, substring, close spelling."""
    best = 0.0
    for form in entity.forms():
        folded = _fold(form)
        if not folded:
            continue
        if folded == query or entity.id == query:
            return 1.0
        if folded.startswith(query) or any(w == query for w in folded.split()):
            best = max(best, 0.9)
        elif query in folded:
            best = max(best, 0.8)
        else:
            ratio = difflib.SequenceMatcher(None, query, folded).ratio()
            if ratio >= 0.75:
                best = max(best, ratio * 0.8)
    return best


def find(store: GraphStore, text: str, label: str | None = None) -> list[dict[str, Any]]:
    """Names and aliases matching the text (case- and accent-insensitive), best first."""
    query = _fold(text)
    scored = [(round(_score(query, e), 2), e) for e in _entities(store, label)]
    hits = sorted(((s, e) for s, e in scored if s > 0), key=lambda se: (-se[0], se[1].name))
    return [
        {
            "score": s,
            "label": e.label,
            "name": e.name,
            "country": e.country,
            "id": e.id,
            "aliases": e.aliases,
        }  # fmt: skip
        for s, e in hits
    ]


def resolve(store: GraphStore, text: str, label: str | None = None) -> dict[str, Any]:
    """One entity for a name, alias, surname or id; raise when none or several match."""
    # Fast paths through the indexes: an id, or one exact name. Anything else reads every
    # entity and compares folded names, aliases and surnames.
    exact = [store.node_by_id(text)] if ":" in text else store.nodes_named(text)
    exact = [n for n in exact if n and n["label"] != "Document" and label in (None, n["label"])]
    if len(exact) == 1:
        return exact[0]
    entities = _entities(store, label)
    query = _fold(text)
    for rule in (
        lambda e: e.id == text,
        lambda e: _fold(e.name) == query,
        lambda e: any(_fold(a) == query for a in e.aliases),
        # A surname: the last word, or the first for names written family-name first.
        lambda e: e.label == "Official" and any(_surname_is(f, query) for f in e.forms()),
    ):
        matches = [e for e in entities if rule(e)]
        if len(matches) == 1:
            e = matches[0]
            return {"id": e.id, "label": e.label, "name": e.name, "country": e.country}
        if len(matches) > 1:
            listed = "; ".join(
                f"{e.label} {e.name} ({e.country or '-'}) = {e.id}" for e in matches[:8]
            )
            raise AmbiguousName(
                f"'{text}' matches {len(matches)} entities: {listed}. Pass the id to pick one"
            )
    names = {_fold(f): e.name for e in entities for f in e.forms()}
    close = difflib.get_close_matches(query, list(names), n=3, cutoff=0.6)
    hint = f"; closest: {', '.join(sorted({names[c] for c in close}))}" if close else ""
    raise UnknownName(f"no entity named '{text}'{hint}")


def resolve_country(store: GraphStore, text: str) -> dict[str, Any]:
    """A country for a name; a name of something else says what it is instead."""
    try:
        return resolve(store, text, "Country")
    except UnknownName:
        try:
            other = resolve(store, text)
        except PactgraphError:
            other = None
        if other is None:
            raise
        raise InputError(
            f"'{text}' is {_article(other['label'])} {other['label']} ({other['name']}), "
            "not a country"
        ) from None


def _article(label: str) -> str:
    return "an" if label[0] in "AEIOU" else "a"


def named(store: GraphStore, name: str, params: dict[str, Any]) -> QueryResult:
    """A named query as a user runs it: a name given for an entity id is resolved first."""
    query = load_query(name)
    values = check_params(query, params)
    for key, kind in query.kinds.items():
        if kind.endswith("id") and values.get(key) is not None:
            label = kind.removesuffix("id").strip() or None
            values[key] = resolve(store, values[key], label)["id"]
    return run_named(store, name, values)


def who_met(store: GraphStore, name: str | None = None, country: str | None = None,
            since: str | None = None, until: str | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Counterparts of one official (one row per encounter), or all pairs when no name."""
    if name is None:
        params = {"country": country, "since": since, "until": until, "limit": limit}
        return run_named(store, "met_pairs", params).rows
    who = resolve(store, name, "Official")
    params = {"id": who["id"], "country": country, "since": since, "until": until}
    return run_named(store, "who_met", params).rows


def path(store: GraphStore, a: str, b: str, max_hops: int = 4) -> list[dict[str, Any]]:
    """The hops of the shortest factual path between two entities (empty when none)."""
    first, second = resolve(store, a), resolve(store, b)
    params = {"a": first["id"], "b": second["id"], "max_hops": max_hops}
    labels = {"A_LABEL": first["label"], "B_LABEL": second["label"]}
    rows = run_named(store, "path", params, labels).rows
    if not rows:
        return []
    row = rows[0]
    hops = []
    for i, relation in enumerate(row["types"]):
        forward = row["starts"][i] == row["ids"][i]
        hops.append(
            {
                "hop": i + 1,
                "from": row["names"][i],
                "relation": relation if forward else f"<-{relation}-",
                "to": row["names"][i + 1],
                "date": row["dates"][i],
                "evidence": row["evidence"][i],
            }
        )
    return hops


def timeline(store: GraphStore, name: str | None = None, country: str | None = None,
             since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Dated facts in order for one entity or one country."""
    entity = resolve(store, name)["id"] if name else None
    if country:
        country = resolve_country(store, country)["name"]
    params = {"id": entity, "country": country, "since": since, "until": until}
    return run_named(store, "timeline", params).rows


def partners(store: GraphStore, country: str, since: str | None = None,
             until: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Countries linked with a country, ranked by shared facts."""
    name = resolve_country(store, country)["name"]
    return run_named(store, "partners", {"country": name, "since": since, "until": until}).rows


def profile(store: GraphStore, name: str) -> dict[str, Any]:
    """Everything known about one entity, grouped for reading."""
    entity = resolve(store, name)
    node = run_named(store, "node", {"id": entity["id"]}).rows
    props = dict(node[0]["properties"]) if node else {}
    facts = run_named(store, "profile", {"id": entity["id"]}).rows
    documents = run_named(store, "mentions", {"id": entity["id"]}).rows
    groups: dict[str, list[dict[str, Any]]] = {}
    for fact in facts:
        relation = fact["relation"] if fact["outgoing"] else f"{fact['relation']} (by)"
        groups.setdefault(relation, []).append(
            {
                "other": fact["other"],
                "label": fact["other_label"],
                "date": fact["date"],
                "evidence": fact["evidence"],
                "document": fact["document"],
            }  # fmt: skip
        )
    counterparts = (
        sorted({r["counterpart"] for r in who_met(store, entity["id"])})
        if entity["label"] == "Official"
        else []
    )
    return {
        "id": entity["id"],
        "label": entity["label"],
        "name": props.get("name"),
        "aliases": props.get("aliases", []),
        "title": props.get("title"),
        "titles": titles_over_time(props.get("titles") or []),
        "country": props.get("country"),
        "facts": groups,
        "counterparts": counterparts,
        "documents": documents,
    }


def titles_over_time(entries: list[str]) -> list[str]:
    """'2024-01-12: Defense Minister' entries, one per document, as one line per title with
    the dates of the first and last documents that give it, earliest title first."""
    seen: dict[str, list[str]] = {}
    for entry in entries:
        when, sep, title = entry.partition(": ")
        if not sep:
            when, title = "undated", entry
        seen.setdefault(title, []).append(when)
    lines = []
    for title, dates in sorted(seen.items(), key=lambda kv: (min(kv[1]), kv[0])):
        dated = sorted(d for d in dates if d != "undated")
        if not dated:
            lines.append(title)
        elif dated[0] == dated[-1]:
            lines.append(f"{title} ({dated[0]})")
        else:
            lines.append(f"{title} ({dated[0]} to {dated[-1]})")
    return lines


def subgraph(
    store: GraphStore,
    selection: Selection,
    around: list[str] | None = None,
    country: str | None = None,
    level: str = "entity",
) -> Subgraph:
    """The part of the graph a selection names, with entity names resolved to ids first; at
    the "country" level, the country map of that selection (graph/countries.py)."""
    at_country = level == "country"
    ids = tuple(
        (resolve_country(store, name) if at_country else resolve(store, name))["id"]
        for name in around or []
    )
    country_id = resolve_country(store, country)["id"] if country else None
    chosen = replace(selection, around=ids, country=country_id)
    graph = graph_dict(store)
    return country_level(graph, chosen) if at_country else select(graph, chosen)


def dyads(store: GraphStore, by: str = "month", country: str | None = None,
          kinds: tuple[str, ...] = (), since: str | None = None,
          until: str | None = None) -> DyadTable:  # fmt: skip
    """Interactions per country pair, period and kind, for one country or all."""
    country_id = resolve_country(store, country)["id"] if country else None
    return count_dyads(graph_dict(store), by, country_id, kinds, since, until)


@dataclass
class Encounters:
    """One official's or one country's encounters, for a timeline chart."""

    subject: str
    label: str
    points: list[dict[str, Any]]
    note: str | None = None


def encounters(store: GraphStore, name: str, partner: str | None = None,
               since: str | None = None, until: str | None = None) -> Encounters:  # fmt: skip
    """An official's encounters as `who-met` lists them, or a country's interactions as
    `dyads` counts them; `partner` keeps the counterparts of one country."""
    entity = resolve(store, name)
    other_country = resolve_country(store, partner) if partner else None
    if entity["label"] == "Official":
        country = other_country["name"] if other_country else None
        rows = who_met(store, entity["id"], country, since, until)
        points = [
            {"counterpart": r["counterpart"], "date": r["date"], "kind": r["kind"] or "met",
             "about": r["meeting"], "documents": [r["document"]] if r["document"] else []}
            for r in rows
        ]  # fmt: skip
        return Encounters(entity["name"], "Official", points)
    if entity["label"] != "Country":
        raise InputError(
            f"a timeline chart draws an official or a country; {entity['name']} is "
            f"{_article(entity['label'])} {entity['label']}"
        )
    graph = graph_dict(store)
    partner_id = other_country["id"] if other_country else None
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    items, left_out = chosen_interactions(
        interactions(graph["nodes"], graph["edges"]), (), entity["id"], since, until
    )
    points = []
    for item in items:
        other = item.target if item.source == entity["id"] else item.source
        if partner_id in (None, other):
            about = names.get(item.about or "")
            points.append({"counterpart": names[other], "date": item.date, "kind": item.kind,
                           "about": about, "documents": item.documents})  # fmt: skip
    return Encounters(entity["name"], "Country", points, undated_note(left_out))
