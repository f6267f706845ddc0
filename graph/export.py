"""Exports of a store's graph."""

from __future__ import annotations

import json
from typing import Any

from .store import GraphStore

__all__ = ["export_json", "graph_dict"]


def graph_dict(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """The whole graph in the SCHEMA.md export shape."""
    return {"nodes": list(store.nodes()), "edges": list(store.edges())}


def export_json(store: GraphStore) -> str:
    """The whole graph as SCHEMA.md JSON text."""
    return json.dumps(graph_dict(store), indent=2, ensure_ascii=False)
