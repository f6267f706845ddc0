"""Extraction scores against gold facts, by the annotation conventions of the gold files.

Gold files (`tests/corpus/gold/NAME.json` for `NAME.txt`) list the entities and edges an
analyst reads from a document. Matching follows the conventions written down with them:
labels must agree; a name matches on any of its forms (name or alias); an official also by
surname; anything else by sharing at least half its words. Each gold entity is matched once,
exact forms first. MET and COOPERATES_WITH read both ways. Two officials "met" when a MET
edge joins them or both chaired or attended one meeting.

Run it as a script to score documents in a fresh extraction, with no store:

    .venv/bin/python tests/scoring.py tests/corpus            # uses tests/corpus/gold/
    .venv/bin/python tests/scoring.py DOCS_DIR --gold GOLD_DIR --verbose
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENTITY_LABELS = (
    "Country",
    "Official",
    "Organization",
    "Agreement",
    "Exercise",
    "Meeting",
    "Location",
)
EDGE_TYPES = (
    "MET",
    "CO_CHAIRED",
    "ATTENDED",
    "HOSTED",
    "SIGNED",
    "PARTY_TO",
    "PARTICIPATED_IN",
    "REPRESENTS",
    "MEMBER_OF",
    "PART_OF",
    "COOPERATES_WITH",
    "LOCATED_IN",
)
UNDIRECTED = frozenset({"MET", "COOPERATES_WITH"})
# Words that open a person's name in text but are no part of it.
_HONORIFICS = frozenset(
    "mr ms mrs dr amb ambassador gen adm general admiral president minister secretary prime "
    "the hon sir lt col".split()
)
_FILLER = frozenset("the of and on for in a an to us with between".split())


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


@dataclass
class Tally:
    """True positives, false positives and false negatives per measured kind."""

    tp: Counter[tuple[str, str]] = field(default_factory=Counter)
    fp: Counter[tuple[str, str]] = field(default_factory=Counter)
    fn: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

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


def score_document(
    pred: dict[str, Any], gold: dict[str, Any], tally: Tally, name: str = ""
) -> None:
    """Add one document's entity, edge and who-met-whom outcomes to the tally."""
    nodes = [n for n in pred["nodes"] if n.get("label") in ENTITY_LABELS]
    matched = match_entities(nodes, gold["entities"])
    for label in ENTITY_LABELS:
        ours = [n for n in nodes if n["label"] == label]
        hits = sum(1 for n in ours if n["id"] in matched)
        theirs = sum(1 for g in gold["entities"] if g["label"] == label)
        tally.add(("entity", label), hits, len(ours) - hits, theirs - hits)
        tally.misses += [
            f"{name}: extra {label} {n['name']}" for n in ours if n["id"] not in matched
        ]
        found = set(matched.values())
        tally.misses += [
            f"{name}: missed {label} {g['name']}"
            for g in gold["entities"]
            if g["label"] == label and g["name"] not in found
        ]

    expected = {
        _edge_key(e["source"], e["type"], e["target"])
        for e in gold["edges"]
        if e["type"] in EDGE_TYPES
    }
    predicted: set[tuple[str, str, str]] = set()
    stray: Counter[str] = Counter()  # edges with an endpoint that matches nothing in gold
    for edge in pred["edges"]:
        if edge["type"] not in EDGE_TYPES:
            continue
        source, target = matched.get(edge["source"]), matched.get(edge["target"])
        if source is None or target is None:
            stray[edge["type"]] += 1
        else:
            predicted.add(_edge_key(source, edge["type"], target))
    for rel in EDGE_TYPES:
        want = {k for k in expected if k[1] == rel}
        got = {k for k in predicted if k[1] == rel}
        tally.add(("edge", rel), len(want & got), len(got - want) + stray[rel], len(want - got))
        tally.misses += [f"{name}: extra edge {k}" for k in sorted(got - want)]
        tally.misses += [f"{name}: missed edge {k}" for k in sorted(want - got)]

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
    tally.add(("pairs", "who-met-whom"), hits, len(ours_met) - hits + unmatched_pairs,
              len(gold_met) - hits)  # fmt: skip


def summary(tally: Tally) -> dict[str, float]:
    """Micro-averaged entity, edge and who-met-whom F1."""
    return {
        "entity_f1": tally.prf(("entity", label) for label in ENTITY_LABELS)[2],
        "edge_f1": tally.prf(("edge", rel) for rel in EDGE_TYPES)[2],
        "met_f1": tally.prf([("pairs", "who-met-whom")])[2],
    }


def extracted(doc: Path) -> dict[str, Any]:
    """What pactgraph extracts from one document, in the export format (no store needed)."""
    from pactgraph.loaders.pipeline import extract_paths

    [batch] = extract_paths([doc])
    return {
        "nodes": [n.as_dict() for n in batch.nodes.values()],
        "edges": [e.as_dict() for e in batch.edges],
    }


def score(docs: list[Path], gold_dir: Path, tally: Tally | None = None) -> dict[str, float]:
    """Entity, edge and who-met-whom F1 over the documents that have a gold file."""
    tally = tally if tally is not None else Tally()
    for doc in docs:
        gold = json.loads((gold_dir / f"{doc.stem}.json").read_text(encoding="utf-8"))
        score_document(extracted(doc), gold, tally, doc.name)
    return summary(tally)


def main(argv: list[str] | None = None) -> int:
    """Score a folder of documents against their gold files and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path, help="folder of .txt documents")
    parser.add_argument("--gold", type=Path, help="folder of gold files [DOCS/gold]")
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    gold_dir = args.gold or args.docs / "gold"
    docs = sorted(d for d in args.docs.glob("*.txt") if (gold_dir / f"{d.stem}.json").is_file())
    if not docs:
        print(f"no document in {args.docs} has a gold file in {gold_dir}", file=sys.stderr)
        return 1
    tally = Tally()
    result = score(docs, gold_dir, tally)
    if args.verbose:
        print("\n".join(tally.misses))
    for kind, labels in (("entity", ENTITY_LABELS), ("edge", EDGE_TYPES)):
        for label in labels:
            p, r, f = tally.prf([(kind, label)])
            print(f"{kind:<7}{label:<16} P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    print(
        f"{len(docs)} documents: entity F1 {result['entity_f1']:.3f}, "
        f"edge F1 {result['edge_f1']:.3f}, who-met F1 {result['met_f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
