"""Everyday lookups on a store built from two sample digests, through the named queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pactgraph.graph.model import Batch, Edge, Node
from pactgraph.graph.store import GraphStore, StoreSettings, open_store
from pactgraph.loaders.pipeline import ingest
from pactgraph.queries import list_queries, run_named
from pactgraph.queries.lookups import (
    AmbiguousName,
    UnknownName,
    find,
    partners,
    path,
    profile,
    resolve,
    timeline,
    who_met,
)

from .conftest import SAMPLES

FIRST = SAMPLES / "digest-2024-01-12.txt"
SECOND = SAMPLES / "digest-2024-09-13.txt"


@pytest.fixture(scope="module", params=["embedded", "bolt"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GraphStore]:
    """The same lookups on the in-process store and on a separate Bolt server process."""
    if request.param == "embedded":
        path = tmp_path_factory.mktemp("lookups") / "s"
        opened = open_store(StoreSettings(path=path), create=True)
    else:
        opened = GraphStore(request.getfixturevalue("bolt_server").endpoint)
        opened.query("MATCH (n) DETACH DELETE n", write=True)
    ingest([FIRST, SECOND], opened)
    yield opened
    opened.close()


def test_names_resolve_by_name_alias_surname_and_id(store: GraphStore) -> None:
    assert resolve(store, "Shingo Miyamoto")["id"] == "official:shingo-miyamoto"
    assert resolve(store, "miyamoto")["id"] == "official:shingo-miyamoto"
    assert resolve(store, "nuclear consultative group")["label"] == "Meeting"
    assert resolve(store, "country:japan")["name"] == "Japan"
    with pytest.raises(UnknownName, match="closest: Shingo Miyamoto"):
        resolve(store, "Shingo Miyamotto")


def test_ambiguous_names_list_the_candidates(store: GraphStore) -> None:
    batch = Batch()
    batch.add_node(
        Node("official:kim-tae-hyo", "Official", "Kim Tae-hyo", [], {"country": "South Korea"})
    )
    batch.add_node(
        Node("official:kim-jong-un", "Official", "Kim Jong Un", [], {"country": "North Korea"})
    )
    store.write(batch)
    with pytest.raises(AmbiguousName, match="official:kim-jong-un.*Pass the id|Pass the id"):
        resolve(store, "Kim")
    assert resolve(store, "official:kim-tae-hyo")["name"] == "Kim Tae-hyo"


def test_who_met_lists_each_encounter_once(store: GraphStore) -> None:
    rows = who_met(store, "Alexandra Bell")
    assert [r["counterpart"] for r in rows] == ["Shingo Miyamoto"]
    assert rows[0]["meeting"] == "U.S.–Japan Extended Deterrence Dialogue"
    assert rows[0]["date"] == "2023-12-05"
    austin = who_met(store, "Lloyd Austin", country="Philippines")
    assert {(r["counterpart"], r["date"], r["place"]) for r in austin} == {
        ("Enrique Manalo", "2024-07-30", "Manila"),
        ("Gilberto Teodoro", "2024-07-30", "Manila"),
    }


def test_who_met_without_a_name_ranks_pairs(store: GraphStore) -> None:
    pairs = who_met(store)
    assert pairs[0]["encounters"] >= pairs[-1]["encounters"]
    names = {frozenset((p["official"], p["counterpart"])): p for p in pairs}
    # Austin and Shin met in Seoul in November 2023 and in Tokyo in July 2024.
    assert names[frozenset(("Lloyd Austin", "Shin Won-sik"))]["encounters"] == 3


def _talks(evidence: str, **status: str) -> Batch:
    """Two officials of different countries attending one set of talks, told in `evidence`."""
    batch = Batch()
    batch.add_node(
        Node("official:aino-virta", "Official", "Aino Virta", [], {"country": "Finland"})
    )
    batch.add_node(Node("official:rui-matos", "Official", "Rui Matos", [], {"country": "Portugal"}))
    batch.add_node(Node("meeting:virta-matos-talks", "Meeting", "Virta–Matos talks", [], {}))
    for who in ("official:aino-virta", "official:rui-matos"):
        fact = {"source": "doc:talks", "evidence": evidence, "confidence": 0.6, **status}
        batch.add_edge(Edge("ATTENDED", who, "meeting:virta-matos-talks", fact))
    return batch


def test_a_meeting_still_to_come_is_no_encounter(store: GraphStore) -> None:
    store.write(_talks("Virta is due to hold talks with Matos next month.", status="planned"))
    assert who_met(store, "Aino Virta") == []
    pairs = {frozenset((p["official"], p["counterpart"])) for p in who_met(store)}
    assert frozenset(("Aino Virta", "Rui Matos")) not in pairs
    # Once the talks are told as held, the two have met.
    store.write(_talks("Virta and Matos held talks in Lisbon."))
    assert [r["counterpart"] for r in who_met(store, "Aino Virta")] == ["Rui Matos"]
    pairs = {frozenset((p["official"], p["counterpart"])) for p in who_met(store)}
    assert frozenset(("Aino Virta", "Rui Matos")) in pairs


def test_path_gives_hops_with_evidence(store: GraphStore) -> None:
    hops = path(store, "Shingo Miyamoto", "Alexandra Bell", max_hops=2)
    assert len(hops) == 1
    assert hops[0]["relation"] in ("MET", "<-MET-")
    assert "Alexandra Bell" in hops[0]["evidence"]
    assert path(store, "Shingo Miyamoto", "BAE Systems", max_hops=1) == []


def test_timeline_and_partners(store: GraphStore) -> None:
    events = timeline(store, country="Philippines", since="2024-07-01", until="2024-07-31")
    assert events and all("2024-07-01" <= e["date"] <= "2024-07-31" for e in events)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    ranked = partners(store, "Japan")
    assert ranked[0]["partner"] in ("United States", "Philippines")
    assert all(
        r["total"] == r["agreements"] + r["exercises"] + r["meetings"] + r["cooperation"]
        for r in ranked
    )


def test_profile_and_find(store: GraphStore) -> None:
    card = profile(store, "Teodoro")
    assert card["country"] == "Philippines"
    assert "SIGNED" in card["facts"]
    assert card["documents"][0]["document"].startswith("document:digest-2024-09-13")
    hits = find(store, "kamikawa")
    assert hits[0]["name"] == "Yoko Kamikawa" and hits[0]["score"] == 1.0
    assert find(store, "Teodorro", label="Official")[0]["name"] == "Gilberto Teodoro"


def test_every_named_query_runs(store: GraphStore) -> None:
    samples = {"id": "official:shingo-miyamoto", "a": "official:shingo-miyamoto",
               "b": "official:alexandra-bell", "country": "Japan", "label": "Official"}  # fmt: skip
    for query in list_queries():
        params = {k: samples.get(k) for k in query.params}
        run_named(store, query.name, params)  # raises on a Cypher error


def test_forget_removes_only_what_one_document_supports(tmp_path: Path) -> None:
    with open_store(StoreSettings(path=tmp_path / "s"), create=True) as store:
        [kept] = ingest([SECOND], store)
        alone = store.counts()
        [report] = ingest([FIRST], store)
        represents = (
            "MATCH (:Official {id: 'official:lloyd-austin'})-[r:REPRESENTS]->(c:Country) "
            "RETURN c.name AS country, r.sources AS sources, r.source AS source"
        )
        # A standing fact is one relationship listing every document that states it.
        [both] = store.query(represents).rows
        assert both["country"] == "United States"
        assert both["sources"] == [kept.document, report.document]
        store.forget(report.document)
        assert store.counts() == alone
        assert store.query(represents).rows == [
            {"country": "United States", "sources": [kept.document], "source": kept.document}
        ]
        # Austin is named by both documents: he stays, with the other document's facts only.
        sources = store.query(
            "MATCH (:Official {id: 'official:lloyd-austin'})-[r]-() WHERE r.source IS NOT NULL "
            "RETURN DISTINCT r.source AS s"
        ).rows
        assert [r["s"] for r in sources] == [kept.document]


def test_merge_moves_facts_and_aliases(tmp_path: Path) -> None:
    with open_store(StoreSettings(path=tmp_path / "s"), create=True) as store:
        ingest([FIRST], store)
        before = store.counts()
        store.merge_nodes("official:vipin-narang", "official:maher-bitar")
        after = store.counts()
        assert after["labels"]["Official"] == before["labels"]["Official"] - 1
        card = profile(store, "Maher Bitar")
        assert "Vipin Narang" in card["aliases"]
        assert resolve(store, "Narang")["id"] == "official:maher-bitar"
