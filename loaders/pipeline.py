"""The ingest pipeline: files -> documents -> batches -> one transaction per document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..graph.errors import StoreError
from ..graph.model import Batch, Edge, Node
from ..graph.store import GraphStore, WriteSummary
from .documents import Document, collect_paths, read_documents
from .extract import Extractor, RuleExtractor
from .nlp import EntityParser, ParsedItem
from .resolve import AliasRules, EventIndex, OfficialIndex, resolve_batch

__all__ = [
    "IngestReport",
    "document_batch",
    "extract_paths",
    "ingest",
    "read_inputs",
    "write_documents",
]


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
    document: Document,
    extractor: Extractor | None = None,
    known: Container[str] = frozenset(),
    parsed: list[ParsedItem] | None = None,
) -> Batch:
    """Extract a document and add its Document node and MENTIONS edges."""
    batch = (extractor or RuleExtractor()).extract(document, known, parsed)
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

    def __init__(
        self, rules: AliasRules, index: OfficialIndex, events: EventIndex | None = None
    ) -> None:
        self.rules = rules
        self.index = index
        self.events = events if events is not None else EventIndex()
        self.extractor = RuleExtractor(never_link=rules.split)

    def batch(self, document: Document, parsed: list[ParsedItem] | None = None) -> Batch:
        """The document's batch, its officials pointed at ones already known, then indexed."""
        known = self.index.family_names(self.rules.split)
        batch = document_batch(document, self.extractor, known, parsed)
        resolve_batch(batch, self.index, self.rules, self.events)
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


# Documents written per transaction: sharing a commit makes a long ingest much faster.
GROUP_DOCUMENTS = 16
GROUP_EDGES = 4000


def read_inputs(paths: Iterable[str | Path], date: dt.date | None = None) -> list[Document]:
    """Read and check every file and directory given, before any store is opened."""
    return [document for path in collect_paths(paths) for document in read_documents(path, date)]


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    date: dt.date | None = None,
    progress: Callable[[IngestReport], None] | None = None,
    rules: AliasRules | None = None,
    workers: int | None = None,
) -> list[IngestReport]:
    """Ingest files and directories; each document is written whole or not at all.

    Parsing runs in `workers` processes (default: one per core when there is enough text);
    rules, resolution and writes stay in this process, in document order, so the result is
    the same whatever the number of workers.
    """
    # Every file is read and checked before anything is written.
    documents = read_inputs(paths, date)
    return write_documents(documents, store, progress, rules, workers)


def write_documents(
    documents: list[Document],
    store: GraphStore,
    progress: Callable[[IngestReport], None] | None = None,
    rules: AliasRules | None = None,
    workers: int | None = None,
) -> list[IngestReport]:
    """Extract documents already read and write them, as `ingest` does."""
    store.ensure_schema()
    reader = _ResolvingReader(
        rules or AliasRules(),
        OfficialIndex.from_rows(store.officials()),
        EventIndex.from_rows(store.events()),
    )
    reports: dict[int, IngestReport] = {}
    todo: dict[int, Document] = {}
    seen = store.document_hashes()
    for number, document in enumerate(documents):
        existing = seen.get(document.content_hash)
        if existing:
            reports[number] = IngestReport(
                document.path, existing, "unchanged", len(document.items), 0, 0
            )
            if progress:
                progress(reports[number])
        else:
            seen[document.content_hash] = document.id
            todo[number] = document
    items = sum(len(d.items) for d in todo.values())
    with EntityParser(workers, items) as parser, _WriteGroup(store, reports, progress) as group:
        parsed_documents = parser.parse(list(todo.values()))
        for (number, document), parsed in zip(todo.items(), parsed_documents, strict=True):
            group.add(number, document, reader.batch(document, parsed))
        group.flush()
    return [reports[number] for number in sorted(reports)]


# A written group: each document's number and report, and the error that stopped it, if any.
_Written = tuple[list[tuple[int, IngestReport]], StoreError | None]


class _WriteGroup:
    """Documents waiting to be written together in one transaction.

    A group is written on a thread of its own while the next group is extracted: most of a
    write is the engine's work, so extraction and storage overlap. At most one group is in
    flight, and a group is sent only once the one before it has committed, so a failed write
    stops the ingest with everything before it stored and nothing after it.
    """

    def __init__(
        self,
        store: GraphStore,
        reports: dict[int, IngestReport],
        progress: Callable[[IngestReport], None] | None,
    ) -> None:
        self.store = store
        self.reports = reports
        self.progress = progress
        self.waiting: list[tuple[int, Document, Batch]] = []
        self.edges = 0
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="pactgraph-writer")
        self._in_flight: Future[_Written] | None = None

    def __enter__(self) -> _WriteGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        # Never leave a write running behind the caller's back, even on an error or Ctrl-C.
        self._writer.shutdown(wait=True)

    def add(self, number: int, document: Document, batch: Batch) -> None:
        """Queue a document's batch; send the group to be written once it is big enough."""
        self.waiting.append((number, document, batch))
        self.edges += len(batch.edges)
        if len(self.waiting) >= GROUP_DOCUMENTS or self.edges >= GROUP_EDGES:
            self.send()

    def send(self) -> None:
        """Write what is waiting, after the group before it has been written."""
        waiting, self.waiting, self.edges = self.waiting, [], 0
        self.wait()
        if waiting:
            self._in_flight = self._writer.submit(self._write, waiting)

    def wait(self) -> None:
        """Wait for the group in flight and report its documents; raise its error, if any."""
        in_flight, self._in_flight = self._in_flight, None
        if in_flight is None:
            return
        written, error = in_flight.result()
        for number, report in written:
            self.reports[number] = report
            if self.progress:
                self.progress(report)
        if error is not None:
            raise error

    def flush(self) -> None:
        """Write whatever is left and wait until it is stored."""
        self.send()
        self.wait()

    def _write(self, waiting: list[tuple[int, Document, Batch]]) -> _Written:
        """Write one group in one transaction: its documents' reports in order, and any error."""
        try:
            summaries = self.store.write_many([batch for _, _, batch in waiting])
        except StoreError:
            # Nothing of the group was written: write its documents one by one, so that those
            # before a bad one are stored and the error names the document that failed.
            written: list[tuple[int, IngestReport]] = []
            for number, document, batch in waiting:
                try:
                    summary = self.store.write(batch)
                except StoreError as exc:
                    return written, StoreError(f"{document.path}: {exc}")
                written.append((number, _ingested(document, batch, summary)))
            return written, None
        reports = [
            (number, _ingested(document, batch, summary))
            for (number, document, batch), summary in zip(waiting, summaries, strict=True)
        ]
        return reports, None


def _ingested(document: Document, batch: Batch, summary: WriteSummary) -> IngestReport:
    return IngestReport(
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
