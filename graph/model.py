"""The graph vocabulary of SCHEMA.md: node labels, relationship types, ids and batches."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "LABELS",
    "REL_TYPES",
    "FACT_TYPES",
    "SYMMETRIC_TYPES",
    "STANDING_TYPES",
    "CHOSEN_PROPERTIES",
    "EVENT_LABELS",
    "BELONGS_TYPES",
    "Node",
    "Edge",
    "Batch",
    "slugify",
    "node_id",
    "edge_key",
]

LABELS = (
    "Country",
    "Official",
    "Organization",
    "Agreement",
    "Exercise",
    "Meeting",
    "Location",
    "Document",
)

REL_TYPES = (
    "REPRESENTS",
    "MEMBER_OF",
    "PART_OF",
    "MET",
    "CO_CHAIRED",
    "ATTENDED",
    "HOSTED",
    "SIGNED",
    "PARTY_TO",
    "PARTICIPATED_IN",
    "COOPERATES_WITH",
    "LOCATED_IN",
    "MENTIONS",
)

# Relationship types that state a fact and so carry provenance.
FACT_TYPES = tuple(t for t in REL_TYPES if t != "MENTIONS")

# Relationship types that read the same in both directions.
SYMMETRIC_TYPES = ("MET", "COOPERATES_WITH")

# Standing facts hold whatever document states them: one relationship per pair, which lists
# every document (`sources`) with the sentence each gave (`evidences`), instead of one
# relationship per document. The other facts are events, one per sentence that reports them.
STANDING_TYPES = ("REPRESENTS", "MEMBER_OF", "PART_OF")

# Single-valued properties that documents may disagree on. The store keeps the smallest value
# (the earliest date) whatever order documents are written in, so that two writers at once
# leave the graph one writer would; an official's `title` is the one of the latest document.
CHOSEN_PROPERTIES = {
    "Country": ("iso3",),
    "Official": ("country",),
    "Organization": ("kind", "country"),
    "Agreement": ("kind", "date"),
    "Exercise": ("date",),
    "Meeting": ("kind", "date", "place"),
    "Location": ("country", "kind"),
}

# Nodes that gather several parties: a meeting, an exercise, an agreement.
EVENT_LABELS = ("Meeting", "Exercise", "Agreement")

# Relationships by which an official or an organization belongs to a country.
BELONGS_TYPES = ("REPRESENTS", "PART_OF", "MEMBER_OF")


# Letters that Unicode does not decompose into a base letter and a mark: without them
# "Błaszczak" and "Blaszczak" would slug apart, and "Støre" lose a letter.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
     "ħ": "h", "Ħ": "H"}
)  # fmt: skip


@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """Lowercase ASCII slug: 'Lloyd Austin' -> 'lloyd-austin'."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text).translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text.lower()).strip("-")
    return text or "x"


def node_id(label: str, name: str) -> str:
    """Stable node id of the form 'label:slug'."""
    return f"{label.lower()}:{slugify(name)}"


def edge_key(rel_type: str, source: str, target: str, *context: str) -> str:
    """Stable identity of one relationship, so writing it twice merges it."""
    if rel_type in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    raw = "\x1f".join((rel_type, source, target, *context))
    return hashlib.sha1(raw.encode()).hexdigest()[:20]


@dataclass
class Node:
    """A node in the SCHEMA.md vocabulary."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    def add_alias(self, alias: str) -> None:
        """Record another surface form, keeping the list free of repeats."""
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def as_dict(self) -> dict[str, Any]:
        """The node as the export format writes it."""
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            **self.props,
        }


@dataclass
class Edge:
    """A relationship; fact edges carry source, evidence, date and confidence."""

    type: str
    source: str
    target: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Identity used by MERGE: the same fact from the same sentence is one edge, and a
        standing fact is one edge whatever states it."""
        if self.type in STANDING_TYPES:
            return edge_key(self.type, self.source, self.target)
        return edge_key(
            self.type,
            self.source,
            self.target,
            str(self.props.get("source", "")),
            str(self.props.get("evidence", "")),
        )

    def as_dict(self) -> dict[str, Any]:
        """The edge as the export format writes it (the document id is `document`)."""
        out: dict[str, Any] = {"source": self.source, "target": self.target, "type": self.type}
        for name, value in self.props.items():
            out["document" if name == "source" else name] = value
        return out


@dataclass
class Batch:
    """Nodes and edges read from one document, written to the store together."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    _edge_keys: set[str] = field(default_factory=set, repr=False)

    def add_node(self, node: Node) -> Node:
        """Add a node or fold its aliases and properties into the one already there."""
        have = self.nodes.get(node.id)
        if have is None:
            self.nodes[node.id] = node
            return node
        for alias in [node.name, *node.aliases]:
            have.add_alias(alias)
        for name, value in node.props.items():
            if value not in (None, "", []) and have.props.get(name) in (None, "", []):
                have.props[name] = value
        return have

    def add_edge(self, edge: Edge) -> None:
        """Add an edge unless the same fact from the same sentence is already there."""
        if edge.source == edge.target:
            return
        key = edge.key
        if key not in self._edge_keys:
            self._edge_keys.add(key)
            self.edges.append(edge)

    def remove_edges(self, unwanted: Callable[[Edge], bool]) -> None:
        """Drop the edges a later sentence showed to be wrong."""
        kept = [e for e in self.edges if not unwanted(e)]
        self.edges = kept
        self._edge_keys = {e.key for e in kept}

    def merge(self, old: str, new: str) -> None:
        """Fold node `old` into node `new`, moving its edges; `new` may be a fresh node."""
        if old == new or old not in self.nodes:
            return
        gone = self.nodes.pop(old)
        if new in self.nodes:
            self.add_node(Node(new, gone.label, gone.name, list(gone.aliases), dict(gone.props)))
        else:
            # A node already in the store: its name there stays, this one's becomes an alias.
            aliases = [gone.name, *gone.aliases]
            self.nodes[new] = Node(new, gone.label, gone.name, aliases, dict(gone.props))
        edges, self.edges, self._edge_keys = self.edges, [], set()
        for edge in edges:
            source = new if edge.source == old else edge.source
            target = new if edge.target == old else edge.target
            self.add_edge(Edge(edge.type, source, target, edge.props))

    def label_of(self, node_id: str) -> str:
        """The label of a node in this batch."""
        return self.nodes[node_id].label
