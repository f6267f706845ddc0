"""One contract for every store: idempotent writes, atomic batches, read-only queries."""

from __future__ import annotations

import pytest

from pactgraph.graph.errors import QueryError
from pactgraph.graph.export import graph_dict
from pactgraph.graph.model import Batch, Edge, Node
from pactgraph.graph.store import GraphStore


def _batch(doc: str = "document:d1", evidence: str = "Austin and Kihara met in Tokyo.") -> Batch:
    batch = Batch()
    batch.add_node(Node("country:japan", "Country", "Japan", ["Japanese"], {"iso3": "JPN"}))
    batch.add_node(Node("official:lloyd-austin", "Official", "Lloyd Austin", ["Austin"]))
    batch.add_node(
        Node(
            "official:minoru-kihara",
            "Official",
            "Minoru Kihara",
            ["Kihara"],
            {"title": "Minister of Defense"},
        )
    )
    provenance = {"source": doc, "evidence": evidence, "date": "2023-12-12", "confidence": 0.8}
    batch.add_edge(Edge("MET", "official:lloyd-austin", "official:minoru-kihara", provenance))
    batch.add_edge(Edge("REPRESENTS", "official:minoru-kihara", "country:japan", provenance))
    return batch


def test_write_is_idempotent(store: GraphStore) -> None:
    first = store.write(_batch())
    again = store.write(_batch())
    assert (first.nodes_created, first.relationships_created) == (3, 2)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    counts = store.counts()
    assert counts["labels"] == {"Country": 1, "Official": 2}
    assert counts["types"] == {"MET": 1, "REPRESENTS": 1}


def test_write_many_counts_what_each_batch_created(store: GraphStore) -> None:
    first = _batch()
    second = _batch("document:d2", "The defense chiefs Austin and Kihara spoke by phone.")
    second.nodes["official:lloyd-austin"].add_alias("Secretary Austin")
    summaries = store.write_many([first, second, _batch()])
    # The shared nodes and the standing REPRESENTS edge count for the batch that made them.
    counts = [(s.nodes_created, s.relationships_created) for s in summaries]
    assert counts == [(3, 2), (0, 1), (0, 0)]
    graph = graph_dict(store)
    austin = next(n for n in graph["nodes"] if n["id"] == "official:lloyd-austin")
    assert sorted(austin["aliases"]) == ["Austin", "Secretary Austin"]
    represents = next(e for e in graph["edges"] if e["type"] == "REPRESENTS")
    assert represents["sources"] == ["document:d1", "document:d2"]
    # The mark that counts what a batch created is never left behind.
    assert not any("_batch" in n for n in graph["nodes"])
    assert not any("_batch" in e for e in graph["edges"])


def test_second_document_adds_to_the_same_nodes(store: GraphStore) -> None:
    store.write(_batch())
    other = _batch("document:d2", "The defense chiefs Austin and Kihara spoke by phone.")
    other.nodes["country:japan"].add_alias("Tokyo")
    store.write(other)
    graph = graph_dict(store)
    japan = next(n for n in graph["nodes"] if n["id"] == "country:japan")
    assert sorted(japan["aliases"]) == ["Japanese", "Tokyo"]
    met = [e for e in graph["edges"] if e["type"] == "MET"]
    assert {e["document"] for e in met} == {"document:d1", "document:d2"}
    assert len([n for n in graph["nodes"] if n["label"] == "Official"]) == 2


def test_edges_keep_provenance(store: GraphStore) -> None:
    store.write(_batch())
    edge = next(e for e in graph_dict(store)["edges"] if e["type"] == "MET")
    assert edge["source"] == "official:lloyd-austin"
    assert edge["target"] == "official:minoru-kihara"
    assert edge["evidence"] == "Austin and Kihara met in Tokyo."
    assert edge["date"] == "2023-12-12"
    assert edge["confidence"] == pytest.approx(0.8)
    assert edge["document"] == "document:d1"


def test_failed_batch_leaves_store_unchanged(store: GraphStore) -> None:
    store.write(_batch())
    before = store.counts()
    broken = _batch("document:d3")
    broken.add_node(Node("country:france", "Country", "France"))
    # A map is not a valid property value: the write fails after earlier rows were sent.
    broken.add_node(Node("official:x", "Official", "X", [], {"bad": {"nested": 1}}))
    with pytest.raises(QueryError):
        store.write(broken)
    assert store.counts() == before
    assert store.query("MATCH (c:Country {id: 'country:france'}) RETURN c").rows == []


def test_query_refuses_writes_without_permission(store: GraphStore) -> None:
    store.write(_batch())
    with pytest.raises(QueryError, match="--write"):
        store.query("CREATE (:Country {id: 'country:atlantis', name: 'Atlantis'})")
    with pytest.raises(QueryError, match="--write"):
        store.query("MATCH (o:Official) SET o.title = 'changed'")
    assert store.counts()["labels"] == {"Country": 1, "Official": 2}
    rows = store.query("MATCH (o:Official {id: 'official:minoru-kihara'}) RETURN o.title AS t").rows
    assert rows == [{"t": "Minister of Defense"}]


def test_query_may_write_when_allowed(store: GraphStore) -> None:
    store.query("CREATE (:Country {id: 'country:atlantis', name: 'Atlantis'})", write=True)
    rows = store.query("MATCH (c:Country) RETURN c.name AS name").rows
    assert rows == [{"name": "Atlantis"}]


def test_query_syntax_error_carries_server_message(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="(?i)syntax"):
        store.query("MATCH (n RETURN n")


def test_query_parameters_and_values(store: GraphStore) -> None:
    store.write(_batch())
    result = store.query(
        "MATCH (a:Official)-[r:MET]-(b:Official) WHERE a.name = $name RETURN b.name AS other, r",
        {"name": "Lloyd Austin"},
    )
    assert result.columns == ["other", "r"]
    assert result.rows[0]["other"] == "Minoru Kihara"
    assert result.rows[0]["r"]["type"] == "MET"
    assert result.rows[0]["r"]["evidence"].startswith("Austin and Kihara")


def test_shortest_path_runs(store: GraphStore) -> None:
    store.write(_batch())
    rows = store.query(
        "MATCH p = shortestPath((a:Official {id: $a})-[*..4]-(c:Country {id: $c})) "
        "RETURN length(p) AS hops",
        {"a": "official:lloyd-austin", "c": "country:japan"},
    ).rows
    assert rows == [{"hops": 2}]
