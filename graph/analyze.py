"""Network measures of a selection: centrality, communities and the countries that bridge them."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from .subgraph import Subgraph, merge_parallel

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ANALYSES", "analyze"]

ANALYSES = ("central", "communities", "bridges")

# Exact betweenness is cubic-ish; past this many nodes a fixed sample of sources is used.
_EXACT_BETWEENNESS = 2000


def _entity_graph(sub: Subgraph) -> nx.Graph:
    """Undirected, one edge per linked pair weighted by its number of facts; no documents."""
    import networkx as nx

    graph = nx.Graph()
    for node in sub.nodes:
        if node.get("label") != "Document":
            graph.add_node(node["id"], name=node.get("name"), label=node.get("label"))
    for edge in merge_parallel(e for e in sub.edges if e["type"] != "MENTIONS"):
        if edge.source in graph and edge.target in graph:
            previous = graph.get_edge_data(edge.source, edge.target, {"weight": 0})["weight"]
            graph.add_edge(edge.source, edge.target, weight=previous + edge.count)
    return graph


def _betweenness(graph: nx.Graph) -> dict[str, float]:
    import networkx as nx

    sample = None if graph.number_of_nodes() <= _EXACT_BETWEENNESS else _EXACT_BETWEENNESS // 4
    return nx.betweenness_centrality(graph, k=sample, seed=7)


def _communities(graph: nx.Graph) -> dict[str, int]:
    """Community number per node, largest community first (Louvain, fixed seed)."""
    import networkx as nx

    if graph.number_of_edges() == 0:
        return {n: i + 1 for i, n in enumerate(sorted(graph))}
    groups = nx.community.louvain_communities(graph, weight="weight", seed=7)
    ordered = sorted(groups, key=lambda g: (-len(g), min(g)))
    return {node: number for number, group in enumerate(ordered, 1) for node in group}


def _country_graph(sub: Subgraph) -> nx.Graph:
    """Countries linked by their interactions (graph/countries.py), one weight per interaction."""
    import networkx as nx

    from .countries import interactions

    if sub.level == "country":
        pairs = [(e["source"], e["target"]) for e in sub.edges]
        countries = [n["id"] for n in sub.nodes]
    else:
        found = interactions(sub.nodes, sub.edges)
        pairs = [(i.source, i.target) for i in found]
        countries = sorted({c for pair in pairs for c in pair})
    graph = nx.Graph()
    graph.add_nodes_from(countries)
    for a, b in pairs:
        weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
        graph.add_edge(a, b, weight=weight + 1)
    return graph


def _central(sub: Subgraph, top: int) -> list[dict[str, Any]]:
    graph = _entity_graph(sub)
    if not graph:
        return []
    degree = _degree_centrality(graph)
    between = _betweenness(graph)
    community = _communities(graph)
    rows = [
        {
            "name": graph.nodes[n]["name"],
            "label": graph.nodes[n]["label"],
            "degree": graph.degree(n),
            "facts": graph.degree(n, weight="weight"),
            "degree_centrality": round(degree[n], 4),
            "betweenness": round(between[n], 4),
            "community": community[n],
            "id": n,
        }
        for n in graph
    ]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["id"]))
    return rows[:top]


def _degree_centrality(graph: nx.Graph) -> dict[str, float]:
    """Degree centrality, defined as 0 for a graph of one node."""
    import networkx as nx

    return nx.degree_centrality(graph) if len(graph) > 1 else dict.fromkeys(graph, 0.0)


def _community_rows(sub: Subgraph, top: int) -> list[dict[str, Any]]:
    graph = _entity_graph(sub)
    community = _communities(graph)
    members: dict[int, list[str]] = defaultdict(list)
    for node, number in community.items():
        members[number].append(node)
    rows = []
    for number, nodes in sorted(members.items()):
        ranked = sorted(nodes, key=lambda n: (-graph.degree(n, weight="weight"), n))
        countries = [graph.nodes[n]["name"] for n in ranked if graph.nodes[n]["label"] == "Country"]
        rows.append(
            {
                "community": number,
                "size": len(nodes),
                "countries": countries[:8],
                "most_connected": [graph.nodes[n]["name"] for n in ranked[:5]],
            }
        )
    return rows[:top]


def _bridges(sub: Subgraph, top: int) -> list[dict[str, Any]]:
    """Countries whose partners fall in several groups that are otherwise apart."""
    graph = _country_graph(sub)
    if graph.number_of_edges() == 0:
        return []
    names = {n["id"]: n["name"] for n in sub.nodes}
    community = _communities(graph)
    between = _betweenness(graph)
    rows = []
    for country in graph:
        groups = {community[p] for p in graph.neighbors(country)} | {community[country]}
        if len(groups) < 2:
            continue
        rows.append(
            {
                "country": names.get(country, country),
                "groups_linked": len(groups),
                "partners": graph.degree(country),
                "betweenness": round(between[country], 4),
                "community": community[country],
                "id": country,
            }
        )
    rows.sort(key=lambda r: (-r["betweenness"], -r["groups_linked"], r["id"]))
    return rows[:top]


def analyze(sub: Subgraph, what: str = "central", top: int = 20) -> list[dict[str, Any]]:
    """Rows of one analysis: 'central' nodes, 'communities', or bridging 'bridges' countries."""
    runs = {"central": _central, "communities": _community_rows, "bridges": _bridges}
    return runs[what](sub, top)
