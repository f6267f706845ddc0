"""Resolution across documents: one node per real thing, with the user's alias rules on top."""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..graph.errors import InputError
from ..graph.model import Batch, node_id
from .names import family_name, name_key

__all__ = ["AliasRules", "OfficialIndex", "resolve_batch", "ALIASES_ENV", "default_alias_path"]

ALIASES_ENV = "PACTGRAPH_ALIASES"


@dataclass
class AliasRules:
    """The user's alias file: forced merges and forms that must never be linked by surname."""

    merge: dict[str, str] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)
    path: Path | None = None

    @classmethod
    def load(cls, path: Path | None) -> AliasRules:
        """Read the alias file; a missing file means no rules."""
        if path is None or not path.exists():
            return cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            merge = {str(a).lower(): str(b) for a, b in data.get("merge", [])}
            split = {str(s).lower() for s in data.get("split", [])}
        except (json.JSONDecodeError, AttributeError, TypeError, ValueError) as exc:
            raise InputError(f"{path}: not a valid alias file ({exc})") from None
        return cls(merge, split, path)

    def save(self) -> None:
        """Write the rules back (used by curation commands)."""
        if self.path is None:
            raise InputError("no alias file to write to")
        payload = {
            "merge": sorted([a, b] for a, b in self.merge.items()),
            "split": sorted(self.split),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")

    def target(self, label: str, node_id_: str, name: str) -> str | None:
        """The id a node is forced onto, if a merge rule names it by id or name."""
        to = self.merge.get(node_id_.lower()) or self.merge.get(name.lower())
        if to is None:
            return None
        return to if ":" in to else node_id(label, to)


def default_alias_path(store_path: Path | None) -> Path:
    """PACTGRAPH_ALIASES, else aliases.json in the embedded store, else ./pactgraph-aliases.json."""
    if os.environ.get(ALIASES_ENV):
        return Path(os.environ[ALIASES_ENV])
    if store_path is not None:
        return store_path / "aliases.json"
    return Path("pactgraph-aliases.json")


@dataclass
class OfficialIndex:
    """Officials already in the store, by order-free name and by family name."""

    by_key: dict[frozenset[str], str] = field(default_factory=dict)
    by_family: dict[str, set[str]] = field(default_factory=dict)
    country: dict[str, str | None] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)

    def add(self, oid: str, name: str, aliases: list[str], country: str | None) -> None:
        """Index one official."""
        self.country[oid] = country
        for form in [name, *aliases]:
            if len(form.split()) > 1:
                self.by_key.setdefault(name_key(form), oid)
        if len(name.split()) > 1:
            family = family_name(name)
            self.by_family.setdefault(family.lower(), set()).add(oid)
            self.written[family.lower()] = family

    def family_names(self, exclude: Collection[str] = ()) -> Container[str]:
        """Family names of indexed officials, as written (for spotting surname-only mentions).

        A live view, not a copy: copying every name for every document would make a long
        ingest quadratic.
        """
        return _FamilyNames(self.written, frozenset(exclude))

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> OfficialIndex:
        """Build from `GraphStore.officials()` rows."""
        index = cls()
        for row in rows:
            index.add(
                row["id"], row["name"] or "", list(row.get("aliases") or []), row.get("country")
            )
        return index


@dataclass(frozen=True)
class _FamilyNames:
    written: dict[str, str]
    exclude: frozenset[str]

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        key = name.lower()
        return key not in self.exclude and self.written.get(key) == name


def resolve_batch(batch: Batch, index: OfficialIndex, rules: AliasRules) -> None:
    """Point the batch's nodes at the store's nodes for the same things, then index it."""
    for node in list(batch.nodes.values()):
        if node.id not in batch.nodes or node.label == "Document":
            continue
        forced = rules.target(node.label, node.id, node.name)
        if forced:
            batch.merge(node.id, forced)
            continue
        if node.label != "Official":
            continue
        target = None
        tokens = node.name.split()
        if len(tokens) > 1:
            target = index.by_key.get(name_key(node.name))
        elif node.name.lower() not in rules.split:
            candidates = index.by_family.get(node.name.lower(), set())
            country = node.props.get("country")
            if country:
                candidates = {c for c in candidates if index.country.get(c) in (None, country)}
            if len(candidates) == 1:
                target = next(iter(candidates))
        if target and target != node.id:
            batch.merge(node.id, target)
    for node in batch.nodes.values():
        if node.label == "Official":
            index.add(node.id, node.name, node.aliases, node.props.get("country"))
