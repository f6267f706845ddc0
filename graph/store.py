"""GraphStore: every store, embedded or Neo4j, reached through the official driver over Bolt."""

from __future__ import annotations

import contextlib
import functools
import os
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .cypher import Statement, is_schema_statement, return_columns
from .engine import LOG_DIR, BoltEndpoint, EmbeddedEngine
from .errors import PactgraphError, QueryError, StoreError, WriteError
from .model import CHOSEN_PROPERTIES, LABELS, REL_TYPES, STANDING_TYPES, Batch, Edge, Node
from .server import running_server

__all__ = [
    "StoreSettings",
    "GraphStore",
    "QueryResult",
    "WriteSummary",
    "URI_SCHEMES",
    "check_uri",
    "open_store",
]

DEFAULT_STORE = "pactgraph-data"

T = TypeVar("T")

# Two writers on one server (two ingests through `pactgraph serve`) can both MERGE the same new
# node: the second commit then breaks the id constraint, or finds a record changed under it.
# Such a transaction wrote nothing, and its statements are all MERGEs, so running it again from
# the start finds what the other writer made. The pause is random so the two do not collide in
# step again.
WRITE_ATTEMPTS = 10
_FIRST_PAUSE = 0.05
_LONGEST_PAUSE = 1.5

# The store writer's Cypher. Labels and types cannot be parameters in Cypher, so they
# are spliced in only after being checked against the fixed vocabulary of model.py.
_CONSTRAINT = "CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
_NAME_INDEX = "CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.name)"
_NODE_FIELDS = "n.id AS id, labels(n)[0] AS label, n.name AS name, n.country AS country"
# Labels are not parameters in Cypher: these are filled from LABELS, never from input.
_NODE_BY_ID = "MATCH (n:{label} {{id: $id}}) RETURN " + _NODE_FIELDS
_NODES_NAMED = (
    "CALL () { "
    + " UNION ".join(f"MATCH (n:{label} {{name: $name}}) RETURN n" for label in LABELS)
    + " } RETURN "
    + _NODE_FIELDS
)
# Names and aliases: of two names for one thing the fuller is the name (more words, then more
# letters, then the first in order) and the other an alias, whichever document came first, so
# that "Ando" joins "Atsushi Ando" and concurrent writers end as one writer would.
_MERGE_NODES = """
UNWIND $rows AS row
MERGE (n:{label} {{id: row.id}})
ON CREATE SET n.name = row.name, n.aliases = [], n._batch = row.batch
WITH n, row, n.name AS was, size(split(row.name, ' ')) - size(split(n.name, ' ')) AS more_words
SET n.name = CASE WHEN more_words > 0 OR (more_words = 0 AND (size(row.name) > size(n.name)
    OR (size(row.name) = size(n.name) AND row.name < n.name))) THEN row.name ELSE n.name END
SET n += row.props{chosen}
SET n.aliases = reduce(kept = [], a IN n.aliases + [was, row.name] + row.aliases |
    CASE WHEN a IN kept OR a = n.name THEN kept ELSE kept + a END)
SET n.titles = CASE WHEN size(row.titles) = 0 THEN n.titles
    ELSE coalesce(n.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(n.titles, [])] END{title}
WITH n, row, n._batch = row.batch AS created
REMOVE n._batch
RETURN row.batch AS batch, count(CASE WHEN created THEN 1 END) AS created
"""
# One clause per property of model.CHOSEN_PROPERTIES: the smaller value stays.
_KEEP_SMALLER = """
SET n.{name} = CASE WHEN row.chosen.{name} IS NULL THEN n.{name}
    WHEN n.{name} IS NULL OR row.chosen.{name} < n.{name} THEN row.chosen.{name} ELSE n.{name} END"""
# An official's title is the one given by the latest dated entry of `titles` ('2024-07-08: X').
_LATEST_TITLE = """
WITH n, row, reduce(last = '', t IN coalesce(n.titles, []) |
    CASE WHEN t > last AND t < 'A' THEN t ELSE last END) AS last
SET n.title = CASE WHEN last = '' THEN coalesce(n.title, row.chosen.title)
    ELSE substring(last, size(split(last, ': ')[0]) + 2) END"""
# Rows of several documents share a statement, each row carrying its document's place in the
# write (`batch`). A node or edge a row creates is marked with that number, which the same
# row reads and removes: a later row for the same node or edge finds another number or none,
# so each document counts only what it created.
_CREATED_EDGES = """WITH r, row, r._batch = row.batch AS created
REMOVE r._batch
RETURN row.batch AS batch, count(CASE WHEN created THEN 1 END) AS created
"""
_MERGE_EDGES = (
    """
UNWIND $rows AS row
MATCH (a:{source} {{id: row.source}})
MATCH (b:{target} {{id: row.target}})
MERGE (a)-[r:{type} {{key: row.key}}]->(b)
ON CREATE SET r._batch = row.batch
SET r += row.props
"""
    + _CREATED_EDGES
)
# A standing fact (model.STANDING_TYPES) is one relationship; each document that states it
# adds its id to `sources` and its sentence to `evidences`. `source` and `evidence` are those
# of the first document by id, so every relationship reads the same way, and the highest
# confidence any document gave stays.
_MERGE_STANDING = (
    """
UNWIND $rows AS row
MATCH (a:{source} {{id: row.source}})
MATCH (b:{target} {{id: row.target}})
MERGE (a)-[r:{type} {{key: row.key}}]->(b)
ON CREATE SET r += row.props, r.sources = [], r.evidences = [], r._batch = row.batch
WITH r, row, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN r.sources] AS fresh
SET r.evidences = r.evidences + [i IN fresh | row.evidences[i]],
    r.sources = r.sources + [i IN fresh | row.sources[i]]
SET r.confidence = CASE WHEN row.props.confidence > r.confidence THEN row.props.confidence
    ELSE r.confidence END
WITH r, row, reduce(first = 0, i IN range(0, size(r.sources) - 1) |
    CASE WHEN r.sources[i] < r.sources[first] THEN i ELSE first END) AS first
SET r.source = r.sources[first], r.evidence = r.evidences[first]
"""
    + _CREATED_EDGES
)
_DOCUMENT_BY_ID = "MATCH (d:Document {id: $doc}) RETURN d.id AS id"
_DOCUMENT_BY_REF = """
MATCH (d:Document)
WHERE d.id = $ref OR d.path = $ref OR d.title = $ref OR d.path ENDS WITH $name
RETURN d.id AS id, d.title AS title, d.path AS path
"""
# Standing facts that other documents state too lose this document from their lists; the
# rest of its facts go.
_FORGET_SHARED_FACTS = """
MATCH ()-[r]->() WHERE $doc IN r.sources AND size(r.sources) > 1
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $doc] AS kept
WITH r, [i IN kept | r.sources[i]] AS sources, [i IN kept | r.evidences[i]] AS evidences
WITH r, sources, evidences, reduce(first = 0, i IN range(0, size(sources) - 1) |
    CASE WHEN sources[i] < sources[first] THEN i ELSE first END) AS first
SET r.sources = sources, r.evidences = evidences, r.source = sources[first],
    r.evidence = evidences[first]
RETURN count(r) AS kept
"""
_FORGET_FACTS = "MATCH ()-[r]->() WHERE r.source = $doc DELETE r RETURN count(r) AS facts"
_FORGET_DOCUMENT = """
MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)-[:MENTIONS]->(n)
WITH d, collect(DISTINCT n) AS named
DETACH DELETE d
WITH named
UNWIND named AS n
WITH n WHERE n IS NOT NULL AND NOT (n)--()
DETACH DELETE n
RETURN count(n) AS orphans
"""
_NODE_FACTS = """
MATCH (a {id: $id})-[r]-(b)
RETURN type(r) AS type, startNode(r).id = $id AS outgoing, b.id AS other,
       labels(b)[0] AS other_label, b.name AS other_name, properties(r) AS props
"""
_NODE = "MATCH (n {id: $id}) RETURN labels(n)[0] AS label, properties(n) AS props"
_DELETE_NODE = "MATCH (n {id: $id}) DETACH DELETE n"
_DOCUMENT_HASHES = "MATCH (d:Document) RETURN d.content_hash AS hash, d.id AS id"
_OFFICIALS = "MATCH (o:Official) RETURN o.id AS id, o.name AS name, o.aliases AS aliases, o.country AS country"
_EVENTS = """
MATCH (n) WHERE n:Meeting OR n:Agreement OR n:Exercise
OPTIONAL MATCH (c:Country)-[:PARTY_TO]->(n)
WITH n, collect(c.id) AS parties
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n)
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.aliases AS aliases, n.date AS date,
       parties, min(d.date) AS reported
"""
_ALL_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id"
_ALL_EDGES = """
MATCH (a)-[r]->(b)
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props
ORDER BY source, type, target, r.key
"""
_LABEL_COUNTS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label"
_TYPE_COUNTS = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type"


@dataclass(frozen=True)
class StoreSettings:
    """Which store a command uses: an embedded store directory or a Bolt server."""

    path: Path | None = None
    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None

    @classmethod
    def resolve(
        cls,
        store: str | None = None,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> StoreSettings:
        """--store, --uri, then PACTGRAPH_STORE, NEO4J_URI, then ./pactgraph-data."""
        if store is None and not uri and os.environ.get("PACTGRAPH_STORE"):
            store = os.environ["PACTGRAPH_STORE"]
        uri = uri or os.environ.get("NEO4J_URI") or None
        if store is None and uri:
            return cls(
                uri=uri,
                user=user or os.environ.get("NEO4J_USERNAME") or "neo4j",
                password=password or os.environ.get("NEO4J_PASSWORD") or "",
                database=database or os.environ.get("NEO4J_DATABASE") or None,
            )
        path = store or DEFAULT_STORE
        return cls(path=Path(path))

    def describe(self) -> str:
        """Where the store is, for messages."""
        return self.uri if self.uri else str(self.path)


@dataclass
class QueryResult:
    """Columns and rows of a Cypher result, with plain Python values."""

    columns: list[str]
    rows: list[dict[str, Any]]


@dataclass
class WriteSummary:
    """What one write changed."""

    nodes_created: int = 0
    relationships_created: int = 0


def _plain(value: Any) -> Any:
    """Turn driver values (nodes, relationships, paths, temporals) into JSON-ready values."""
    from neo4j.graph import Node as DriverNode
    from neo4j.graph import Path as DriverPath
    from neo4j.graph import Relationship as DriverRel

    if isinstance(value, DriverNode):
        return {"labels": sorted(value.labels), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, DriverRel):
        return {
            "type": value.type,
            "source": value.start_node.get("id") if value.start_node else None,
            "target": value.end_node.get("id") if value.end_node else None,
            **{k: _plain(v) for k, v in value.items()},
        }
    if isinstance(value, DriverPath):
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _check(name: str, allowed: tuple[str, ...]) -> str:
    if name not in allowed:
        raise StoreError(f"unknown label or relationship type: {name}")
    return name


# ArcadeDB sends "Error executing Cypher command: <the whole query>" when the reason is in a
# nested exception that it does not pass on; the query text tells the user nothing.
_ECHOED_QUERY = re.compile(r"^Error executing Cypher (?:command|query):")
_DUPLICATE_KEY = re.compile(
    r"^Duplicated key \[(?P<key>[^\]]*)\] found on index '(?P<index>[^']*)'"
)
_MERGED_LABEL = re.compile(r"MERGE \(n:(\w+) \{id:")
# ArcadeDB files argument errors under the syntax-error code, named by a kind such as
# "NegativeIntegerArgument: ..."; Neo4j's own syntax errors carry no such prefix.
_ENGINE_KIND = re.compile(r"^([A-Z][a-z]+(?:[A-Z][a-z]*)+): ")
# The engine's log (under the store) keeps what the message left out: one entry per error,
# each opening with a timestamp, its root cause on the last "Caused by:" line.
_LOG_FILE = "arcadedb.log.0"
_LOG_ENTRY = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[.,]\d+ ", re.MULTILINE)
_LOG_TAIL = 4_000_000
_JAVA_CLASS = re.compile(r"^(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*: ")


def _logged_cause(logs: Path, echoed: str) -> str | None:
    """The root cause the engine logged for a failed query whose message only echoes it."""
    try:
        with open(logs / _LOG_FILE, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - _LOG_TAIL))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return None
    cause = None
    for entry in _LOG_ENTRY.split(text):
        head, _, _ = entry.partition("\tat ")
        if echoed in " ".join(head.split()):
            found = [line for line in entry.splitlines() if line.startswith("Caused by: ")]
            cause = found[-1].removeprefix("Caused by: ") if found else cause
    if not cause:
        return None
    cause = _JAVA_CLASS.sub("", cause.strip())
    kind = _ENGINE_KIND.match(cause)
    return cause[kind.end() :] if kind else cause


def _reason(exc: Exception, logs: Path | None = None) -> str:
    """The cause of a driver error in one line, without the query text."""
    message = " ".join(str(getattr(exc, "message", None) or exc).split())
    code = str(getattr(exc, "code", None) or "")
    label = _MERGED_LABEL.search(message)
    if _ECHOED_QUERY.match(message):
        message = (_logged_cause(logs, message) if logs else None) or ""
    duplicate = _DUPLICATE_KEY.match(message)
    if duplicate:
        # The log names the index by its internal name (Country_0_8395...), the message by
        # label and property; the writer's indexes are all on `id`.
        index = f"{label.group(1)}[id]" if label else duplicate["index"]
        return f"duplicate key {duplicate['key']} on {index}"
    if message:
        return message
    kind = code.rsplit(".", 1)[-1]
    if kind == "ConstraintValidationFailed":
        on = f" {label.group(1)}[id]" if label else ""
        return f"duplicate key: another node already has this id (uniqueness constraint{on})"
    if kind == "ArgumentError":
        return "a value given to the query has the wrong type or is out of range"
    return f"the engine refused it without a reason ({code or type(exc).__name__})"


def _lost_race(exc: Exception) -> bool:
    """Whether a failed write lost a race with another writer and may simply be run again."""
    from neo4j import exceptions as nx

    if isinstance(exc, nx.TransientError):
        return exc.is_retryable()
    # Every write here MERGEs on a unique id: the constraint only breaks when another
    # transaction created the same node between this one's lookup and its commit.
    if isinstance(exc, nx.ConstraintError):
        return True
    message = str(getattr(exc, "message", None) or exc)
    return isinstance(exc, nx.Neo4jError) and (
        "concurrent" in message.lower() or "Please retry" in message
    )


def _driver_error(
    exc: Exception, where: str, write: bool = False, logs: Path | None = None
) -> Exception:
    """Translate a driver exception into the library's own; `write` for the store's writes.

    `logs` is the engine's log folder, when this machine has it: causes missing from the
    engine's message are looked up there.
    """
    from neo4j import exceptions as nx

    message = " ".join(str(getattr(exc, "message", None) or exc).split())
    if isinstance(exc, nx.AuthError):
        return StoreError(f"authentication failed at {where}: check NEO4J_USERNAME/NEO4J_PASSWORD")
    if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired)):
        return StoreError(f"cannot reach a Bolt server at {where}: {message}")
    if isinstance(exc, nx.Neo4jError) and write:
        return WriteError(f"write failed: {_reason(exc, logs)}")
    if isinstance(exc, nx.CypherSyntaxError):
        reason = _reason(exc, logs)
        kind = _ENGINE_KIND.match(reason)
        if kind is None or kind.group(1) == "SyntaxError":
            return QueryError(f"Cypher syntax error: {reason}")
        return QueryError(f"the query failed: {reason[kind.end() :]}")
    if isinstance(exc, nx.ClientError) and "AccessMode" in str(getattr(exc, "code", "")):
        return QueryError("this query writes to the graph; pass --write to allow it")
    if isinstance(exc, nx.Neo4jError):
        return QueryError(f"the query failed: {_reason(exc, logs)}")
    if isinstance(exc, (nx.ConfigurationError, ValueError)):
        return StoreError(f"bad Bolt address {where}: {message}")
    if isinstance(exc, nx.DriverError):
        return StoreError(f"{where}: {message}")
    return exc


def _import_driver() -> Any:
    """The neo4j driver, imported without its optional numpy/pandas result conversions.

    The driver imports those libraries whenever they are installed, only to offer results as
    arrays and data frames, which pactgraph never asks for. Skipping them takes about a sixth
    of a second off every command that talks to a store.
    """
    import sys

    if "neo4j" in sys.modules:
        return sys.modules["neo4j"]
    skipped = [name for name in ("numpy", "pandas", "pyarrow") if name not in sys.modules]
    for name in skipped:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import neo4j
    finally:
        for name in skipped:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return neo4j


class GraphStore:
    """A graph store reached over Bolt: idempotent batched writes and Cypher reads."""

    def __init__(
        self,
        endpoint: BoltEndpoint,
        engine: EmbeddedEngine | None = None,
        where: str = "",
        logs: Path | None = None,
    ) -> None:
        GraphDatabase = _import_driver().GraphDatabase

        self.endpoint = endpoint
        self.where = where or endpoint.uri
        self.logs = logs
        self._engine = engine
        self._driver: Any = None
        try:
            self._driver = GraphDatabase.driver(
                endpoint.uri,
                auth=(endpoint.user, endpoint.password),
                connection_timeout=10,
                connection_acquisition_timeout=20,
                max_transaction_retry_time=0,
            )
            self._driver.verify_connectivity()
        except Exception as exc:
            self.close()
            raise _driver_error(exc, self.where, logs=self.logs) from None

    @property
    def embedded(self) -> bool:
        """True when this store runs inside this process."""
        return self._engine is not None

    def close(self) -> None:
        """Close the connection and stop an embedded engine."""
        driver, self._driver = self._driver, None
        if driver is not None:
            try:
                driver.close()
            except Exception:  # noqa: BLE001 - closing must not hide the real error
                pass
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.stop()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, read: bool = False) -> Any:
        from neo4j import READ_ACCESS, WRITE_ACCESS

        return self._driver.session(
            database=self.endpoint.database,
            default_access_mode=READ_ACCESS if read else WRITE_ACCESS,
        )

    @contextlib.contextmanager
    def _transaction(self, read: bool = False) -> Iterator[Any]:
        """One explicit transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._session(read=read) as session:
                tx = session.begin_transaction()
                try:
                    yield tx
                    if not tx.closed():
                        tx.commit()
                finally:
                    if tx.closed() is False:
                        tx.rollback()
        except PactgraphError:
            raise
        except Exception as exc:
            raise _driver_error(exc, self.where, logs=self.logs) from None

    def _retrying(self, action: Callable[[], T], internal: bool = True) -> T:
        """Run a write, again from the start while it loses races with other writers.

        `internal` writes are the store's own (their errors become WriteError); a user's
        `--write` query keeps the query's own error messages.
        """
        attempt = 1
        while True:
            try:
                return action()
            except PactgraphError:
                raise
            except Exception as exc:
                if attempt >= WRITE_ATTEMPTS or not _lost_race(exc):
                    raise _driver_error(exc, self.where, internal, self.logs) from None
            pause = min(_LONGEST_PAUSE, _FIRST_PAUSE * 2**attempt)
            time.sleep(random.uniform(pause / 2, pause))
            attempt += 1

    def _write(self, work: Callable[[Any], T], internal: bool = True) -> T:
        """Run `work` in a fresh write transaction and commit, retried as `_retrying` says."""

        def attempt() -> T:
            with self._session() as session:
                tx = session.begin_transaction()
                try:
                    result = work(tx)
                    tx.commit()
                    return result
                finally:
                    if not tx.closed():
                        # The original error matters, not a failed rollback of a lost connection.
                        with contextlib.suppress(Exception):
                            tx.rollback()

        return self._retrying(attempt, internal)

    # -- schema and writes -------------------------------------------------------------

    def ensure_schema(self) -> None:
        """A uniqueness constraint on `id` and an index on `name` for every label (idempotent)."""

        def create() -> None:
            with self._session() as session:
                for label in LABELS:
                    prefix = label.lower()
                    session.run(_CONSTRAINT.format(name=f"{prefix}_id", label=label)).consume()
                    session.run(_NAME_INDEX.format(name=f"{prefix}_name", label=label)).consume()

        # Two ingests starting together on a new store create the same schema at once.
        self._retrying(create)

    def node_by_id(self, node_id: str) -> dict[str, Any] | None:
        """One node by id, found through the index of the label its id starts with."""
        label = next((x for x in LABELS if node_id.startswith(f"{x.lower()}:")), None)
        if label is None:
            return None
        rows = self.query(_NODE_BY_ID.format(label=label), {"id": node_id}).rows
        return rows[0] if rows else None

    def nodes_named(self, name: str) -> list[dict[str, Any]]:
        """Nodes whose name is exactly `name`, through the name index of every label."""
        return self.query(_NODES_NAMED, {"name": name}).rows

    def document_hashes(self) -> dict[str, str]:
        """Content hash -> id of every document ingested (one query, however many there are)."""
        return {row["hash"]: row["id"] for row in self.query(_DOCUMENT_HASHES).rows if row["hash"]}

    def write(self, batch: Batch, delete: str | None = None) -> WriteSummary:
        """Write a batch in one transaction: all of it, or nothing (and delete one node)."""

        def work(tx: Any) -> WriteSummary:
            summary = _write_batches(tx, [batch])[0]
            if delete:
                tx.run(_DELETE_NODE, id=delete).consume()
            return summary

        return self._write(work)

    def write_many(self, batches: list[Batch]) -> list[WriteSummary]:
        """Write several batches in a single transaction: all or none.

        The store ends as if each batch had been written by `write` in turn, and each summary
        counts what its batch created; sharing the commit and the statements is what makes a
        long ingest several times faster.
        """
        return self._write(lambda tx: _write_batches(tx, batches))

    def documents_matching(self, ref: str) -> list[dict[str, Any]]:
        """Documents whose id, path, file name or title is `ref`."""
        name = "/" + ref.rsplit("/", 1)[-1]
        return self.query(_DOCUMENT_BY_REF, {"ref": ref, "name": name}).rows

    def forget(self, document_id: str) -> dict[str, int]:
        """Remove a document, its facts, and entities nothing else supports; one transaction."""

        def work(tx: Any) -> tuple[Any, Any]:
            if not list(tx.run(_DOCUMENT_BY_ID, doc=document_id)):
                raise StoreError(f"no document with id {document_id}")
            tx.run(_FORGET_SHARED_FACTS, doc=document_id).consume()
            facts = tx.run(_FORGET_FACTS, doc=document_id).single()
            return facts, tx.run(_FORGET_DOCUMENT, doc=document_id).single()

        facts, orphans = self._write(work)
        return {
            "facts": int(facts["facts"]) if facts else 0,
            "entities": int(orphans["orphans"]) if orphans else 0,
        }

    def merge_nodes(self, old: str, new: str) -> WriteSummary:
        """Fold node `old` into `new` (same label): its aliases and facts move, `old` goes."""
        rows = self.query(_NODE, {"id": old}).rows
        target = self.query(_NODE, {"id": new}).rows
        if not rows or not target:
            raise StoreError(f"no entity with id {old if not rows else new}")
        if rows[0]["label"] != target[0]["label"]:
            raise StoreError(f"cannot merge a {rows[0]['label']} into a {target[0]['label']}")
        props = dict(rows[0]["props"])
        label = rows[0]["label"]
        batch = Batch()
        aliases = [props.get("name") or "", *(props.get("aliases") or [])]
        batch.add_node(Node(new, label, target[0]["props"].get("name") or new, aliases, {}))
        for fact in self.query(_NODE_FACTS, {"id": old}).rows:
            other = new if fact["other"] == old else fact["other"]
            batch.add_node(Node(other, fact["other_label"], fact["other_name"] or other))
            edge_props = {k: v for k, v in dict(fact["props"]).items() if k != "key"}
            source, target_id = (new, other) if fact["outgoing"] else (other, new)
            batch.add_edge(Edge(fact["type"], source, target_id, edge_props))
        return self.write(batch, delete=old)

    def run_script(self, statements: Sequence[Statement]) -> WriteSummary:
        """Run a Cypher script's statements in order; its data writes all commit, or none do.

        Neo4j refuses schema changes and data writes in one transaction, so each constraint or
        index statement runs first, in a transaction of its own (they say IF NOT EXISTS, so
        running them again changes nothing). The other statements then share one transaction.
        """
        numbered = list(enumerate(statements, 1))
        schema = [item for item in numbered if is_schema_statement(item[1].text)]
        data = [item for item in numbered if not is_schema_statement(item[1].text)]

        def run(tx: Any, items: list[tuple[int, Statement]]) -> WriteSummary:
            summary = WriteSummary()
            for number, statement in items:
                try:
                    counters = tx.run(statement.text).consume().counters
                except Exception as exc:
                    if _lost_race(exc):
                        raise
                    error = _driver_error(exc, self.where, logs=self.logs)
                    if not isinstance(error, QueryError):
                        raise error from None
                    where = f"statement {number} (line {statement.line})"
                    raise QueryError(f"{where}: {error}") from None
                summary.nodes_created += counters.nodes_created
                summary.relationships_created += counters.relationships_created
            return summary

        for item in schema:
            self._write(functools.partial(run, items=[item]), internal=False)
        return self._write(functools.partial(run, items=data), internal=False)

    # -- reads -------------------------------------------------------------------------

    def query(
        self, cypher: str, params: dict[str, Any] | None = None, write: bool = False
    ) -> QueryResult:
        """Run Cypher; unless `write`, a query that would change the graph is rolled back."""

        def run(tx: Any) -> QueryResult:
            result = tx.run(cypher, params or {})
            columns = list(result.keys())
            rows = [{k: _plain(record[k]) for k in columns} for record in result]
            if not columns and not rows:
                # ArcadeDB sends no keys with an empty result; the RETURN clause names them.
                columns = return_columns(cypher)
            info = result.consume()
            if not write and (
                info.counters.contains_updates
                or info.counters.contains_system_updates
                or info.query_type in ("w", "rw", "s")
            ):
                tx.rollback()
                raise QueryError("this query writes to the graph; pass --write to allow it")
            return QueryResult(columns, rows)

        if write:
            return self._write(run, internal=False)
        with self._transaction(read=True) as tx:
            return run(tx)

    def officials(self) -> list[dict[str, Any]]:
        """Every official's id, name, aliases and country (for resolution)."""
        return self.query(_OFFICIALS).rows

    def events(self) -> list[dict[str, Any]]:
        """Every meeting, instrument and drill: names, date, parties and the day first reported."""
        return self.query(_EVENTS).rows

    def nodes(self) -> Iterator[dict[str, Any]]:
        """Every node as a dict with its label and properties, ordered by id."""
        for row in self.query(_ALL_NODES).rows:
            labels = [x for x in row["labels"] if x in LABELS] or row["labels"]
            props = dict(row["props"])
            yield {"id": props.pop("id", None), "label": labels[0] if labels else None, **props}

    def edges(self) -> Iterator[dict[str, Any]]:
        """Every relationship with its endpoints' ids and its properties."""
        for row in self.query(_ALL_EDGES).rows:
            props = dict(row["props"])
            props.pop("key", None)
            document = props.pop("source", None)
            edge = {"source": row["source"], "target": row["target"], "type": row["type"]}
            if document is not None:
                edge["document"] = document
            if props.get("sources"):
                # Documents in id order, whatever order they were written in.
                pairs = sorted(zip(props["sources"], props.get("evidences") or [], strict=False))
                props["sources"] = [p[0] for p in pairs]
                props["evidences"] = [p[1] for p in pairs]
            edge.update(props)
            yield edge

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts per label and relationship counts per type."""
        labels = {r["label"]: r["count"] for r in self.query(_LABEL_COUNTS).rows}
        types = {r["type"]: r["count"] for r in self.query(_TYPE_COUNTS).rows}
        return {"labels": labels, "types": types}


def _write_batches(tx: Any, batches: Sequence[Batch]) -> list[WriteSummary]:
    """Write batches in an open transaction, as few statements as sharing allows; each
    summary counts what its batch created."""
    summaries = [WriteSummary() for _ in batches]
    node_rows: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    edge_rows: dict[tuple[int, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    seen: Counter[str] = Counter()
    for number, batch in enumerate(batches):
        for node in batch.nodes.values():
            label = _check(node.label, LABELS)
            node_rows[seen[node.id], label].append(_node_row(node, number))
            seen[node.id] += 1
        for edge in batch.edges:
            kind = (
                _check(edge.type, REL_TYPES),
                batch.label_of(edge.source),
                batch.label_of(edge.target),
            )
            key = edge.key
            edge_rows[(seen[key], *kind)].append(_edge_row(edge, number))
            seen[key] += 1
    # A statement's rows see the graph as it was before the statement, not each other's
    # changes: the n-th batch naming a node or edge is written in the n-th statement of its
    # kind, after those before it. Every node goes before any edge, which may end at a node
    # of another batch.
    for (_, label), rows in sorted(node_rows.items()):
        for record in tx.run(_merge_nodes(label), rows=rows):
            summaries[record["batch"]].nodes_created += record["created"]
    for (_, rel, source, target), rows in sorted(edge_rows.items()):
        template = _MERGE_STANDING if rel in STANDING_TYPES else _MERGE_EDGES
        cypher = template.format(type=rel, source=source, target=target)
        for record in tx.run(cypher, rows=rows):
            summaries[record["batch"]].relationships_created += record["created"]
    return summaries


def _merge_nodes(label: str) -> str:
    """The node writer's statement for one label, with its chosen properties."""
    chosen = "".join(_KEEP_SMALLER.format(name=p) for p in CHOSEN_PROPERTIES.get(label, ()))
    title = _LATEST_TITLE if label == "Official" else ""
    return _MERGE_NODES.format(label=label, chosen=chosen, title=title)


def _node_row(node: Node, batch: int) -> dict[str, Any]:
    chosen_names = {*CHOSEN_PROPERTIES.get(node.label, ()), "title"}
    given = {k: v for k, v in node.props.items() if v is not None and v != "" and k != "titles"}
    # Titles accumulate across documents like aliases, instead of being overwritten.
    titles = list(node.props.get("titles") or [])
    return {
        "id": node.id,
        "batch": batch,
        "name": node.name,
        "aliases": list(node.aliases),
        "titles": titles,
        "props": {
            k: v for k, v in given.items() if k not in chosen_names or node.label == "Document"
        },
        "chosen": {k: v for k, v in given.items() if k in chosen_names},
    }


def _edge_row(edge: Edge, batch: int) -> dict[str, Any]:
    props = {
        k: v
        for k, v in edge.props.items()
        if v is not None and v != "" and k not in ("sources", "evidences")
    }
    row = {
        "source": edge.source,
        "target": edge.target,
        "key": edge.key,
        "batch": batch,
        "props": props,
    }
    if edge.type in STANDING_TYPES:
        # One document's edge names itself; an exported edge brings its whole list.
        sources = list(edge.props.get("sources") or [props.get("source", "")])
        evidences = list(edge.props.get("evidences") or [props.get("evidence", "")])
        evidences += [""] * (len(sources) - len(evidences))  # property lists hold no nulls
        row.update(sources=sources, evidences=evidences[: len(sources)])
    return row


# The schemes the driver speaks Bolt on: direct (bolt) or routed (neo4j), each plain, with a
# verified certificate (+s) or with a self-signed one (+ssc).
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> None:
    """Refuse a server URI the driver cannot use, saying which schemes work."""
    scheme, sep, rest = uri.partition("://")
    if sep and scheme.lower() in URI_SCHEMES and rest:
        return
    schemes = ", ".join(f"{s}://" for s in URI_SCHEMES)
    if not sep:
        raise StoreError(
            f"'{uri}' is not a server URI; use SCHEME://HOST:PORT with one of {schemes} "
            "(e.g. bolt://localhost:7687)"
        )
    if not rest:
        raise StoreError(f"'{uri}' names no host; e.g. {scheme}://localhost:7687")
    raise StoreError(f"'{uri}': unsupported scheme {scheme}://; use one of {schemes}")


def open_store(settings: StoreSettings, create: bool = False, short: bool = False) -> GraphStore:
    """Open the store the settings name; `create` makes a missing embedded store.

    `short` tunes a freshly started engine for a command that ends in a second or two.
    """
    if settings.uri:
        check_uri(settings.uri)
        # No database name lets a Neo4j server pick the user's home database.
        endpoint = BoltEndpoint(
            settings.uri, settings.user or "neo4j", settings.password or "", settings.database
        )
        return GraphStore(endpoint, where=settings.uri)
    assert settings.path is not None
    server = running_server(settings.path)
    if server is not None:
        # `pactgraph serve` runs this store: connect to it instead of starting a JVM.
        where = f"{settings.path} (served by process {server.pid})"
        return GraphStore(server.endpoint, where=where, logs=settings.path / LOG_DIR)
    engine = EmbeddedEngine(settings.path, short=short)
    endpoint = engine.start(create=create)
    return GraphStore(
        endpoint, engine=engine, where=str(settings.path), logs=settings.path / LOG_DIR
    )
