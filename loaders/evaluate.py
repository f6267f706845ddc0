"""Extraction measured against gold facts an analyst wrote down for the same documents.

A gold file (`NAME.json` for `NAME.txt`) lists the entities and relationships a careful
reader takes from a document, in the vocabulary of the graph model. Matching follows the
conventions written with the gold: labels must agree; a name matches on any of its forms
(name or alias), an official also by surname, anything else by sharing at least half its
words; each gold entity is matched once, exact forms first. MET and COOPERATES_WITH read both
ways. Two officials "met" when a MET fact joins them or both chaired or attended one meeting.

Across documents, an entity the gold names in several documents should be one node once they
are read together, as one ingest reads them: it is "one node", "split" over several nodes, or
"not found" in any of them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..graph.errors import InputError
from ..graph.model import FACT_TYPES, LABELS, SYMMETRIC_TYPES, Batch
from .documents import collect_paths
from .resolve import AliasRules

__all__ = [
    "ENTITY_LABELS",
    "EDGE_TYPES",
    "Miss",
    "Tally",
    "cross_document",
    "evaluate",
    "load_gold",
    "match_entities",
    "met_pairs",
    "score_document",
]

# Everything but the Document nodes and the MENTIONS edges that only say where a name occurs.
ENTITY_LABELS = tuple(label for label in LABELS if label != "Document")
EDGE_TYPES = FACT_TYPES
UNDIRECTED = frozenset(SYMMETRIC_TYPES)
# Words that open a person's name in text but are no part of it.
_HONORIFICS = frozenset(
    "mr ms mrs dr amb ambassador gen adm general admiral president minister secretary prime "
    "the hon sir lt col".split()
)
_FILLER = frozenset("the of and on for in a an to us with between".split())
WHO_MET = ("pairs", "who-met-whom")
CROSS = "cross-document"
# Countries resolve by code and would swamp the measure; documents are not entities.
_NOT_CROSS = frozenset({"Country", "Document"})


def _normal(text: str) -> str:
    """Lowercase ASCII words: accents, possessives and punctuation dropped."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    text = text.lower().replace("\u2019", "'").replace("'s", "")
    return " ".join(re.sub(r"[^a-z0-9+ ]+", " ", text).split())


def _forms(entity: dict[str, Any]) -> set[str]:
    found = {_normal(entity.get("name", ""))}
    found.update(_normal(a) for a in entity.get("aliases") or [])
    return {f for f in found if f}


def _same_person(ours: set[str], theirs: set[str]) -> bool:
    """Same words, or one name's words within the other's with the family name in common."""
    for a in ours:
        wa = [w for w in a.split() if w not in _HONORIFICS]
        for b in theirs:
            wb = [w for w in b.split() if w not in _HONORIFICS]
            if not wa or not wb:
                continue
            short, long = sorted((wa, wb), key=len)
            if set(short) == set(long):
                return True
            # The family name comes last in Western order and first in East Asian order.
            if set(short) <= set(long) and short[-1] in (long[-1], long[0]):
                return True
    return False


def _same_thing(ours: set[str], theirs: set[str]) -> bool:
    """At least half of the words (beyond filler) in common."""
    for a in ours:
        wa = {w for w in a.split() if w not in _FILLER}
        for b in theirs:
            wb = {w for w in b.split() if w not in _FILLER}
            if wa and wb and len(wa & wb) * 2 >= len(wa | wb):
                return True
    return False


def match_entities(nodes: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, str]:
    """Our node id -> the gold name it stands for, one node per gold entity."""
    matched: dict[str, str] = {}
    taken: set[str] = set()
    for label in ENTITY_LABELS:
        ours = [n for n in nodes if n.get("label") == label]
        theirs = [g for g in gold if g.get("label") == label]
        loose = _same_person if label == "Official" else _same_thing
        for exact in (True, False):
            for node in ours:
                if node["id"] in matched:
                    continue
                mine = _forms(node)
                for entity in theirs:
                    if entity["name"] in taken:
                        continue
                    other = _forms(entity)
                    if (mine & other) if exact else (mine & other or loose(mine, other)):
                        matched[node["id"]] = entity["name"]
                        taken.add(entity["name"])
                        break
    return matched


def _edge_key(source: str, rel: str, target: str) -> tuple[str, str, str]:
    if rel in UNDIRECTED and target < source:
        source, target = target, source
    return (source, rel, target)


def met_pairs(edges: Iterable[dict[str, Any]], label: dict[str, str]) -> set[frozenset[str]]:
    """Pairs of officials joined by MET, or sitting in one meeting (chairing or attending)."""
    pairs: set[frozenset[str]] = set()
    seated: dict[str, set[str]] = {}
    for edge in edges:
        source, target, rel = edge["source"], edge["target"], edge["type"]
        if label.get(source) != "Official":
            continue
        if rel == "MET" and label.get(target) == "Official" and source != target:
            pairs.add(frozenset((source, target)))
        elif rel in ("CO_CHAIRED", "ATTENDED") and label.get(target) == "Meeting":
            seated.setdefault(target, set()).add(source)
    for people in seated.values():
        ordered = sorted(people)
        pairs.update(frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return pairs


@dataclass(frozen=True)
class Miss:
    """A fact the extraction missed (`missed`) or made up (`extra`), with its evidence."""

    document: str
    kind: str  # "missed" | "extra"
    what: str  # an entity label, a relationship type, or "who-met-whom"
    fact: str
    evidence: str = ""


@dataclass
class Tally:
    """True positives, false positives and false negatives per measured kind."""

    tp: Counter[tuple[str, str]] = field(default_factory=Counter)
    fp: Counter[tuple[str, str]] = field(default_factory=Counter)
    fn: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    documents: int = 0
    # Entities named in several documents: "one node", "split" or "not found" in any.
    across: Counter[str] = field(default_factory=Counter)

    def add(self, key: tuple[str, str], tp: int, fp: int, fn: int) -> None:
        """Count one document's outcome for one kind."""
        self.tp[key] += tp
        self.fp[key] += fp
        self.fn[key] += fn

    def prf(self, keys: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
        """Precision, recall and F1 summed over the kinds."""
        keys = list(keys)
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def summary(self) -> dict[str, float]:
        """Micro-averaged entity, edge and who-met-whom F1."""
        return {
            "entity_f1": self.prf(("entity", label) for label in ENTITY_LABELS)[2],
            "edge_f1": self.prf(("edge", rel) for rel in EDGE_TYPES)[2],
            "met_f1": self.prf([WHO_MET])[2],
        }

    def resolution(self) -> float | None:
        """Share of the entities named in several documents that are one node, if any are."""
        total = sum(self.across.values())
        return self.across["one node"] / total if total else None

    def rows(self) -> list[dict[str, Any]]:
        """One row per entity label and relationship type, then the totals."""
        out = []
        groups = [
            *((("entity", label),) for label in ENTITY_LABELS),
            *((("edge", rel),) for rel in EDGE_TYPES),
            tuple(("entity", label) for label in ENTITY_LABELS),
            tuple(("edge", rel) for rel in EDGE_TYPES),
            (WHO_MET,),
        ]
        names = [*ENTITY_LABELS, *EDGE_TYPES, "all entities", "all relationships", WHO_MET[1]]
        for name, keys in zip(names, groups, strict=True):
            precision, recall, f1 = self.prf(keys)
            tp, fp, fn = (sum(c[k] for k in keys) for c in (self.tp, self.fp, self.fn))
            if tp + fp + fn == 0:
                continue
            kind = "total" if name.startswith("all") or name == WHO_MET[1] else keys[0][0]
            out.append(
                {
                    "measure": kind,
                    "name": name,
                    "precision": round(precision, 3),
                    "recall": round(recall, 3),
                    "f1": round(f1, 3),
                    "found": tp,
                    "extra": fp,
                    "missed": fn,
                }
            )
        share = self.resolution()
        if share is not None:
            # found: one node; extra: split over several nodes; missed: found in no document.
            out.append(
                {
                    "measure": "total",
                    "name": CROSS,
                    "precision": None,
                    "recall": None,
                    "f1": round(share, 3),
                    "found": self.across["one node"],
                    "extra": self.across["split"],
                    "missed": self.across["not found"],
                }
            )
        return out


def score_document(
    pred: dict[str, Any], gold: dict[str, Any], tally: Tally, name: str = ""
) -> None:
    """Add one document's entity, edge and who-met-whom outcomes to the tally."""
    tally.documents += 1
    nodes = [n for n in pred["nodes"] if n.get("label") in ENTITY_LABELS]
    names = {n["id"]: n.get("name", n["id"]) for n in pred["nodes"]}
    matched = match_entities(nodes, gold["entities"])
    found = set(matched.values())
    for label in ENTITY_LABELS:
        ours = [n for n in nodes if n["label"] == label]
        hits = sum(1 for n in ours if n["id"] in matched)
        theirs = [g for g in gold["entities"] if g["label"] == label]
        tally.add(("entity", label), hits, len(ours) - hits, len(theirs) - hits)
        tally.misses += [
            Miss(name, "extra", label, n["name"]) for n in ours if n["id"] not in matched
        ]
        tally.misses += [
            Miss(name, "missed", label, g["name"]) for g in theirs if g["name"] not in found
        ]

    expected: dict[tuple[str, str, str], str] = {}
    for e in gold["edges"]:
        if e["type"] in EDGE_TYPES:
            expected.setdefault(
                _edge_key(e["source"], e["type"], e["target"]), e.get("evidence", "")
            )
    predicted: dict[tuple[str, str, str], str] = {}
    stray: Counter[str] = Counter()  # edges with an endpoint that matches nothing in gold
    for edge in pred["edges"]:
        if edge["type"] not in EDGE_TYPES:
            continue
        source, target = matched.get(edge["source"]), matched.get(edge["target"])
        if source is None or target is None:
            stray[edge["type"]] += 1
            fact = f"{names.get(edge['source'])} {edge['type']} {names.get(edge['target'])}"
            tally.misses.append(Miss(name, "extra", edge["type"], fact, edge.get("evidence", "")))
        else:
            key = _edge_key(source, edge["type"], target)
            predicted.setdefault(key, edge.get("evidence", ""))
    for rel in EDGE_TYPES:
        want = {k for k in expected if k[1] == rel}
        got = {k for k in predicted if k[1] == rel}
        tally.add(("edge", rel), len(want & got), len(got - want) + stray[rel], len(want - got))
        tally.misses += [
            Miss(name, "extra", rel, " ".join(k), predicted[k]) for k in sorted(got - want)
        ]
        tally.misses += [
            Miss(name, "missed", rel, " ".join(k), expected[k]) for k in sorted(want - got)
        ]

    labels = {n["id"]: n["label"] for n in pred["nodes"]}
    ours_met: set[frozenset[str]] = set()
    unmatched_pairs = 0
    for pair in met_pairs(pred["edges"], labels):
        a, b = (matched.get(x) for x in pair)
        if a is None or b is None or a == b:
            unmatched_pairs += 1
        else:
            ours_met.add(frozenset((a, b)))
    gold_labels = {g["name"]: g["label"] for g in gold["entities"]}
    gold_met = met_pairs(gold["edges"], gold_labels)
    hits = len(ours_met & gold_met)
    tally.add(WHO_MET, hits, len(ours_met) - hits + unmatched_pairs, len(gold_met) - hits)
    for pair in sorted(gold_met - ours_met, key=sorted):
        tally.misses.append(Miss(name, "missed", WHO_MET[1], " and ".join(sorted(pair))))
    for pair in sorted(ours_met - gold_met, key=sorted):
        tally.misses.append(Miss(name, "extra", WHO_MET[1], " and ".join(sorted(pair))))


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file, checking the shape the scorer relies on."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    entities, edges = (
        gold.get(k) if isinstance(gold, dict) else None for k in ("entities", "edges")
    )
    if not isinstance(entities, list) or not isinstance(edges, list):
        raise InputError(f"{path}: a gold file needs 'entities' and 'edges' lists")
    names = set()
    for number, entity in enumerate(entities, 1):
        if not isinstance(entity, dict) or not entity.get("name") or not entity.get("label"):
            raise InputError(f"{path}: entity {number} needs a name and a label")
        names.add(entity["name"])
    for number, edge in enumerate(edges, 1):
        if not isinstance(edge, dict) or not all(edge.get(k) for k in ("source", "type", "target")):
            raise InputError(f"{path}: edge {number} needs a source, a type and a target")
        for end in (edge["source"], edge["target"]):
            if end not in names:
                raise InputError(f"{path}: edge {number} names '{end}', which is no entity")
    return gold


def as_prediction(batch: Batch) -> dict[str, Any]:
    """A document's batch in the export format the scorer reads."""
    return {
        "nodes": [n.as_dict() for n in batch.nodes.values()],
        "edges": [e.as_dict() for e in batch.edges],
    }


def _same_entity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two documents' gold entities for one thing: the name of one is a form of the other."""
    if a["label"] != b["label"]:
        return False
    if a["label"] == "Meeting" and a.get("date") and b.get("date") and a["date"] != b["date"]:
        return False  # another round of a standing dialogue
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False  # each country's "Ministry of National Defense"
    return _normal(a["name"]) in _forms(b) or _normal(b["name"]) in _forms(a)


def cross_document(read: dict[str, tuple[Batch, dict[str, Any]]], tally: Tally) -> None:
    """Count the entities the gold names in several documents by how the batches resolve them.

    `read` maps each document's name to its batch, extracted with the documents before it
    (as one ingest reads them), and its gold.
    """
    where: dict[str, dict[str, str]] = {}  # document -> gold name -> our node id
    mentions: list[tuple[str, dict[str, Any]]] = []
    for doc, (batch, gold) in read.items():
        nodes = as_prediction(batch)["nodes"]
        matched = match_entities(
            [n for n in nodes if n.get("label") in ENTITY_LABELS], gold["entities"]
        )
        where[doc] = {name: nid for nid, name in matched.items()}
        mentions += [(doc, e) for e in gold["entities"] if e["label"] not in _NOT_CROSS]
    # One group per real thing: gold mentions joined, across documents, by their names.
    group = list(range(len(mentions)))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i, (doc_a, a) in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            doc_b, b = mentions[j]
            if doc_a != doc_b and _same_entity(a, b):
                group[root(j)] = root(i)
    members: dict[int, list[tuple[str, dict[str, Any]]]] = {}
    for i, mention in enumerate(mentions):
        members.setdefault(root(i), []).append(mention)
    for found in members.values():
        docs = dict.fromkeys(doc for doc, _ in found)
        if len(docs) < 2:
            continue
        ids = {doc: where[doc].get(e["name"]) for doc, e in found}
        name, label = found[0][1]["name"], found[0][1]["label"]
        nodes = {nid for nid in ids.values() if nid}
        outcome = "split" if len(nodes) > 1 else "one node" if nodes else "not found"
        tally.across[outcome] += 1
        if outcome != "one node":
            fact = f"{name}: " + "; ".join(
                f"{doc} {nid or '(not found)'}" for doc, nid in ids.items()
            )
            tally.misses.append(Miss(", ".join(docs), outcome, label, fact))


def evaluate(paths: Iterable[str | Path], gold_dir: Path, rules: AliasRules | None = None) -> Tally:
    """Extract each document afresh and score it against `gold_dir/<document stem>.json`.

    Each document is scored on its own; then all are read together, as one ingest reads them,
    to count the entities named in several documents that become one node. Every gold file is
    found and checked before anything is extracted.
    """
    from .pipeline import extract_paths

    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such directory of gold files")
    # A gold folder inside the documents' folder holds gold, not documents.
    inside = gold_dir.resolve()
    files = [f for f in collect_paths(paths) if inside not in f.resolve().parents]
    missing = [f for f in files if not (gold_dir / f"{f.stem}.json").is_file()]
    if missing:
        listed = ", ".join(f.name for f in missing[:3]) + (" …" if len(missing) > 3 else "")
        raise InputError(f"no gold file in {gold_dir} for {len(missing)} document(s): {listed}")
    golds = {f: load_gold(gold_dir / f"{f.stem}.json") for f in files}
    tally = Tally()
    for path in files:
        batches = extract_paths([path], rules=rules)
        if len(batches) != 1:
            raise InputError(f"{path}: holds {len(batches)} documents; a gold file scores one")
        score_document(as_prediction(batches[0]), golds[path], tally, path.name)
    if len(files) > 1:
        together = extract_paths(files, rules=rules)
        cross_document({f.name: (b, golds[f]) for f, b in zip(files, together, strict=True)}, tally)
    return tally
