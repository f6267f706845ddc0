"""The ingest pipeline: files -> documents -> batches -> one transaction per document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..graph.model import Batch, Edge, Node
from ..graph.store import GraphStore
from .documents import Document, collect_paths, read_documents
from .extract import Extractor, RuleExtractor
from .resolve import AliasRules, OfficialIndex, resolve_batch

__all__ = ["IngestReport", "document_batch", "extract_paths", "ingest"]


@dataclass
class IngestReport:
    """What happened to one document."""

    path: str
    document: str
    status: str  # "ingested" | "unchanged"
    items: int
    nodes: int
    edges: int
    facts: int = 0
    nodes_created: int = 0
    edges_created: int = 0


def document_batch(
    document: Document, extractor: Extractor | None = None, known: frozenset[str] = frozenset()
) -> Batch:
    """Extract a document and add its Document node and MENTIONS edges."""
    batch = (extractor or RuleExtractor()).extract(document, known)
    props = {
        "title": document.title,
        "date": document.date.isoformat() if document.date else None,
        "path": document.path,
        "url": document.url,
        "publisher": document.publisher,
        "content_hash": document.content_hash,
        "items": len(document.items),
    }
    doc = Node(document.id, "Document", document.title or Path(document.path).name, [], props)
    entity_ids = list(batch.nodes)
    batch.add_node(doc)
    for nid in entity_ids:
        batch.add_edge(Edge("MENTIONS", doc.id, nid, {}))
    return batch


class _ResolvingReader:
    """Extracts documents one after another, each resolved against all read before it."""

    def __init__(self, rules: AliasRules, index: OfficialIndex) -> None:
        self.rules = rules
        self.index = index
        self.extractor = RuleExtractor(never_link=rules.split)

    def batch(self, document: Document) -> Batch:
        """The document's batch, its officials pointed at ones already known, then indexed."""
        known = self.index.family_names(self.rules.split)
        batch = document_batch(document, self.extractor, known)
        resolve_batch(batch, self.index, self.rules)
        return batch


def extract_paths(
    paths: Iterable[str | Path], date: dt.date | None = None, rules: AliasRules | None = None
) -> list[Batch]:
    """Read and extract documents without touching any store."""
    reader = _ResolvingReader(rules or AliasRules(), OfficialIndex())
    return [
        reader.batch(document)
        for path in collect_paths(paths)
        for document in read_documents(path, date)
    ]


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    date: dt.date | None = None,
    progress: Callable[[IngestReport], None] | None = None,
    rules: AliasRules | None = None,
) -> list[IngestReport]:
    """Ingest files and directories; each document is written whole or not at all."""
    files = collect_paths(paths)
    # Every file is read and checked before anything is written.
    documents = [document for path in files for document in read_documents(path, date)]
    store.ensure_schema()
    reader = _ResolvingReader(rules or AliasRules(), OfficialIndex.from_rows(store.officials()))
    reports = []
    for document in documents:
        existing = store.find_document(document.content_hash)
        if existing:
            report = IngestReport(document.path, existing, "unchanged", len(document.items), 0, 0)
        else:
            batch = reader.batch(document)
            summary = store.write(batch)
            report = IngestReport(
                document.path,
                document.id,
                "ingested",
                len(document.items),
                len(batch.nodes),
                len(batch.edges),
                sum(1 for e in batch.edges if e.type != "MENTIONS"),
                summary.nodes_created,
                summary.relationships_created,
            )
        reports.append(report)
        if progress:
            progress(report)
    return reports
