"""Extraction scores on gold-annotated documents, as `pactgraph evaluate` computes them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pactgraph.loaders.evaluate import Tally, as_prediction, evaluate, score_document
from pactgraph.loaders.pipeline import extract_paths

__all__ = ["Tally", "extracted", "score", "score_document", "summary"]


def extracted(doc: Path) -> dict[str, Any]:
    """What pactgraph extracts from one document, in the export format (no store needed)."""
    [batch] = extract_paths([doc])
    return as_prediction(batch)


def score(docs: list[Path], gold_dir: Path) -> dict[str, float]:
    """Entity, edge and who-met-whom F1 over the documents."""
    return evaluate(docs, gold_dir).summary()


def summary(tally: Tally) -> dict[str, float]:
    """Micro-averaged entity, edge and who-met-whom F1 of a tally."""
    return tally.summary()
