"""Score extraction against gold files with the shared scorer, in-process (no store needed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from pactgraph.loaders.pipeline import extract_paths

from .conftest import SHARED


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_extraction", SHARED / "tools" / "score_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(docs: list[Path], gold_dir: Path) -> dict[str, float]:
    """Entity, edge and who-met-whom F1 over the documents, micro-averaged like the CLI tool."""
    scorer = _scorer()
    tally = scorer.Tally()
    for doc in docs:
        gold = json.loads((gold_dir / f"{doc.stem}.json").read_text(encoding="utf-8"))
        [batch] = extract_paths([doc])
        pred = {
            "nodes": [n.as_dict() for n in batch.nodes.values()],
            "edges": [e.as_dict() for e in batch.edges],
        }
        scorer.score_doc(pred, gold, tally)
    entity = tally.micro([("ent", label) for label in scorer.LABELS])[2]
    edge = tally.micro([("edge", t) for t in scorer.EDGE_TYPES])[2]
    met = tally.prf(("pairs", "who-met-whom"))[2]
    return {"entity_f1": entity, "edge_f1": edge, "met_f1": met}
