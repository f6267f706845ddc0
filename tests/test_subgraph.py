"""Selections, merged edges and network analysis on a small graph built by hand."""

from __future__ import annotations

from typing import Any

import pytest

from pactgraph.graph.analyze import analyze
from pactgraph.graph.subgraph import Selection, Subgraph, merge_parallel, select


def _node(node_id: str, name: str, **props: Any) -> dict[str, Any]:
    return {"id": node_id, "label": node_id.split(":")[0].capitalize(), "name": name, **props}


def _fact(source: str, rel: str, target: str, date: str | None = None) -> dict[str, Any]:
    return {
        "source": source,
        "target": target,
        "type": rel,
        "document": "document:d1",
        "evidence": f"{source} {rel} {target}",
        **({"date": date} if date else {}),
    }


@pytest.fixture()
def graph() -> dict[str, list[dict[str, Any]]]:
    """Japan and the US meet twice; Australia signs; a document mentions everyone."""
    nodes = [
        _node("country:japan", "Japan"),
        _node("country:united-states", "United States"),
        _node("country:australia", "Australia"),
        _node("official:kihara", "Minoru Kihara", country="Japan"),
        _node("official:austin", "Lloyd Austin", country="United States"),
        _node("official:marles", "Richard Marles", country="Australia"),
        _node("meeting:scc", "Security Consultative Committee"),
        _node("agreement:raa", "Reciprocal Access Agreement"),
        _node("location:tokyo", "Tokyo", country="Japan"),
        {"id": "document:d1", "label": "Document", "name": "Digest"},
        {"id": "document:d2", "label": "Document", "name": "Unrelated"},
    ]
    edges = [
        _fact("official:kihara", "REPRESENTS", "country:japan"),
        _fact("official:austin", "REPRESENTS", "country:united-states"),
        _fact("official:marles", "REPRESENTS", "country:australia"),
        _fact("official:kihara", "MET", "official:austin", "2024-07-28"),
        _fact("official:austin", "MET", "official:kihara", "2023-01-11"),
        _fact("official:kihara", "CO_CHAIRED", "meeting:scc", "2024-07-28"),
        _fact("official:austin", "CO_CHAIRED", "meeting:scc", "2024-07-28"),
        _fact("meeting:scc", "LOCATED_IN", "location:tokyo", "2024-07"),
        _fact("official:marles", "SIGNED", "agreement:raa", "2022-01-06"),
        {"source": "document:d1", "target": "official:kihara", "type": "MENTIONS"},
        {"source": "document:d1", "target": "official:marles", "type": "MENTIONS"},
    ]
    return {"nodes": nodes, "edges": edges}


def _ids(sub: Subgraph) -> set[str]:
    return {n["id"] for n in sub.nodes}


def test_everything_is_kept_by_default(graph: dict[str, list[dict[str, Any]]]) -> None:
    sub = select(graph, Selection())
    assert len(sub.nodes) == len(graph["nodes"])
    assert len(sub.edges) == len(graph["edges"])
    assert sub.left_out is None


def test_documents_leave_views_and_come_back_as_cited_sources(
    graph: dict[str, list[dict[str, Any]]],
) -> None:
    view = select(graph, Selection(documents=False, linked_only=True))
    assert not any(n["label"] == "Document" for n in view.nodes)
    assert not any(e["type"] == "MENTIONS" for e in view.edges)
    picked = select(graph, Selection(around=("official:marles",)))
    assert "document:d1" in _ids(picked)  # cited by the facts kept
    assert "document:d2" not in _ids(picked)  # cites nothing kept
    assert {e["target"] for e in picked.edges if e["type"] == "MENTIONS"} == {"official:marles"}


def test_symmetric_facts_merge_in_either_direction(graph: dict[str, list[dict[str, Any]]]) -> None:
    merged = {(m.source, m.target, m.type): m.count for m in merge_parallel(graph["edges"])}
    assert merged[("official:austin", "official:kihara", "MET")] == 2
    assert merged[("official:austin", "meeting:scc", "CO_CHAIRED")] == 1


def test_labels_types_and_min_weight(graph: dict[str, list[dict[str, Any]]]) -> None:
    officials = select(graph, Selection(labels=("Official",), documents=False))
    assert _ids(officials) == {"official:kihara", "official:austin", "official:marles"}
    assert {e["type"] for e in officials.edges} == {"MET"}
    signed = select(graph, Selection(types=("SIGNED",), documents=False))
    assert _ids(signed) == {"official:marles", "agreement:raa"}
    heavy = select(graph, Selection(min_weight=2, documents=False))
    assert _ids(heavy) == {"official:kihara", "official:austin"}
    assert len(heavy.edges) == 2


def test_date_window_keeps_overlapping_periods_and_context(
    graph: dict[str, list[dict[str, Any]]],
) -> None:
    sub = select(graph, Selection(since="2024-07-01", until="2024-07-31", documents=False))
    types = sorted(e["type"] for e in sub.edges)
    # The July 2024 meeting, the month-dated location, and the undated REPRESENTS between
    # nodes the window touches; the 2023 call and the 2022 signing fall outside.
    assert types == ["CO_CHAIRED", "CO_CHAIRED", "LOCATED_IN", "MET"]
    assert "agreement:raa" not in _ids(sub)
    later = select(graph, Selection(since="2024-08-01", documents=False))
    assert later.edges == [] and later.nodes == []


def test_country_takes_its_people_and_the_events_they_joined(
    graph: dict[str, list[dict[str, Any]]],
) -> None:
    sub = select(graph, Selection(country="country:japan", documents=False))
    ids = _ids(sub)
    assert {"country:japan", "official:kihara", "meeting:scc", "official:austin"} <= ids
    assert "official:marles" not in ids and "agreement:raa" not in ids


def test_around_and_depth(graph: dict[str, list[dict[str, Any]]]) -> None:
    one = select(graph, Selection(around=("official:marles",), depth=1, documents=False))
    assert _ids(one) == {"official:marles", "country:australia", "agreement:raa"}
    two = select(graph, Selection(around=("meeting:scc",), depth=2, documents=False))
    assert {"country:japan", "country:united-states", "location:tokyo"} <= _ids(two)
    assert "official:marles" not in _ids(two)


def test_cap_keeps_the_nearest_and_says_what_it_left_out(
    graph: dict[str, list[dict[str, Any]]],
) -> None:
    sub = select(graph, Selection(around=("meeting:scc",), depth=3, max_nodes=3, documents=False))
    assert _ids(sub) == {"meeting:scc", "official:austin", "official:kihara"}
    assert sub.left_out is not None
    assert "showing 3 of" in sub.left_out and "--max-nodes" in sub.left_out
    busiest = select(graph, Selection(max_nodes=1, documents=False))
    assert _ids(busiest) == {"official:austin"}  # five facts, more than anyone


def _bloc(countries: list[str]) -> list[dict[str, Any]]:
    return [
        _fact(f"country:{a}", "COOPERATES_WITH", f"country:{b}")
        for a in countries
        for b in countries
        if a < b
    ]


def test_analysis_finds_hubs_communities_and_the_bridge() -> None:
    west = ["a1", "a2", "a3", "a4"]
    east = ["b1", "b2", "b3", "b4"]
    nodes = [_node(f"country:{c}", c.upper()) for c in [*west, *east, "hub"]]
    edges = _bloc(west) + _bloc(east)
    edges += [_fact("country:hub", "COOPERATES_WITH", "country:a1")]
    edges += [_fact("country:hub", "COOPERATES_WITH", "country:b1")]
    sub = Subgraph(nodes, edges)

    central = analyze(sub, "central", top=3)
    assert {r["name"] for r in central} == {"HUB", "A1", "B1"}
    assert all(r["betweenness"] > 0.4 for r in central)

    groups = analyze(sub, "communities")
    members = [set(g["countries"]) for g in groups]
    assert {"A2", "A3", "A4"} <= next(m for m in members if "A2" in m)
    assert not any({"A2", "B2"} <= m for m in members)

    bridges = analyze(sub, "bridges")
    assert bridges[0]["country"] in {"HUB", "A1", "B1"}
    assert bridges[0]["groups_linked"] >= 2
    assert all(r["country"] not in {"A2", "A3", "B3"} for r in bridges)


def test_around_reaches_the_people_met_at_an_event(graph: dict[str, list[dict[str, Any]]]) -> None:
    # Tokyo's meeting is one step away, and so are the two who chaired it; their countries
    # are two steps away.
    sub = select(graph, Selection(around=("location:tokyo",), depth=1, documents=False))
    assert _ids(sub) == {"location:tokyo", "meeting:scc", "official:kihara", "official:austin"}


def test_cap_around_someone_keeps_their_most_frequent_counterpart_first(
    graph: dict[str, list[dict[str, Any]]],
) -> None:
    # Austin met Kihara twice and chaired a meeting with him; Japan, the meeting and Tokyo
    # each have one tie to him.
    sub = select(graph, Selection(around=("official:kihara",), depth=2, max_nodes=3,
                                  documents=False))  # fmt: skip
    assert _ids(sub) == {"official:kihara", "official:austin", "meeting:scc"}
