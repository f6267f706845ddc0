"""Pictures of a selection: an interactive offline HTML page (pyvis) and PNG/SVG images."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from .errors import InputError
from .model import SYMMETRIC_TYPES
from .subgraph import MergedEdge, Subgraph, merge_parallel

__all__ = ["STYLES", "ViewSummary", "render_html", "render_image"]


@dataclass(frozen=True)
class _Style:
    color: str
    shape: str  # vis-network shape
    marker: str  # matplotlib marker


STYLES = {
    "Country": _Style("#1f77b4", "hexagon", "h"),
    "Official": _Style("#ff7f0e", "dot", "o"),
    "Organization": _Style("#2ca02c", "square", "s"),
    "Agreement": _Style("#d62728", "triangle", "^"),
    "Exercise": _Style("#9467bd", "star", "*"),
    "Meeting": _Style("#8c564b", "diamond", "D"),
    "Location": _Style("#17becf", "triangleDown", "v"),
    "Document": _Style("#7f7f7f", "square", "p"),
}
_OTHER = _Style("#bcbd22", "dot", "o")

# Facts listed in an edge's tooltip; the rest are counted.
_TOOLTIP_FACTS = 6


@dataclass
class ViewSummary:
    """What a view drew."""

    path: Path
    nodes: int
    edges: int
    facts: int


def _style(label: str | None) -> _Style:
    return STYLES.get(label or "", _OTHER)


def _degrees(merged: list[MergedEdge]) -> dict[str, int]:
    degree: dict[str, int] = {}
    for edge in merged:
        for end in (edge.source, edge.target):
            degree[end] = degree.get(end, 0) + edge.count
    return degree


def _node_tooltip(node: dict[str, Any], degree: int) -> str:
    lines = [f"{node.get('name')} ({node.get('label')})", node["id"]]
    for key in ("title", "titles", "country", "kind", "date", "iso3", "aliases"):
        value = node.get(key)
        if value:
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            lines.append(f"{key}: {shown}")
    lines.append(f"facts: {degree}")
    return "\n".join(lines)


def _edge_tooltip(edge: MergedEdge) -> str:
    lines = [f"{edge.type}: {edge.count} fact{'s' if edge.count != 1 else ''}"]
    facts = sorted(edge.facts, key=lambda f: str(f.get("date") or ""))
    for fact in facts[:_TOOLTIP_FACTS]:
        where = " · ".join(str(fact[k]) for k in ("date", "document") if fact.get(k))
        lines.append(f"\n{where}" if where else "")
        if fact.get("evidence"):
            lines.append(f"“{fact['evidence']}”")
    if len(facts) > _TOOLTIP_FACTS:
        lines.append(f"\n… and {len(facts) - _TOOLTIP_FACTS} more")
    return "\n".join(lines)


def _edge_label(edge: MergedEdge) -> str:
    return edge.type if edge.count == 1 else f"{edge.type} ×{edge.count}"


def _vis_options(node_count: int) -> dict[str, Any]:
    """Layout settled before the first paint, then physics off so the picture stays still."""
    large = node_count > 150
    iterations = 150 if node_count > 1000 else 300 if large else 600
    return {
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
            "stabilization": {"enabled": True, "iterations": iterations, "fit": True},
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "edges": {
            "smooth": False if large else {"type": "continuous"},
            "font": {"size": 10, "align": "middle", "color": "#555555"},
            "color": {"color": "#9aa5b1", "highlight": "#333333"},
        },
        "nodes": {"font": {"size": 14}},
    }


def _network_data(sub: Subgraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Nodes and merged edges in vis-network form, built through pyvis."""
    from pyvis.network import Network  # noqa: TID251 - heavy, only for views

    merged = merge_parallel(sub.edges)
    degree = _degrees(merged)
    net = Network(directed=True, cdn_resources="in_line")
    for node in sub.nodes:
        style = _style(node.get("label"))
        d = degree.get(node["id"], 0)
        net.add_node(
            node["id"],
            label=str(node.get("name") or node["id"]),
            title=_node_tooltip(node, d),
            color=style.color,
            shape=style.shape,
            size=round(10 + 5 * math.sqrt(d), 1),
        )
    for edge in merged:
        net.add_edge(
            edge.source,
            edge.target,
            label=_edge_label(edge),
            title=_edge_tooltip(edge),
            width=round(1 + math.log2(edge.count), 2),
            arrows="" if edge.type in SYMMETRIC_TYPES else "to",
        )
    return net.nodes, net.edges, len(sub.edges)


def _script_json(value: Any) -> str:
    # Evidence text is user data: never let it close the <script> element.
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _asset(name: str) -> str:
    """A file of vis-network as pyvis ships it, to be inlined."""
    import pyvis  # noqa: TID251 - heavy, only for views

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def render_html(sub: Subgraph, path: Path, title: str) -> ViewSummary:
    """Write one self-contained interactive HTML page that works offline."""
    nodes, edges, facts = _network_data(sub)
    present = Counter(n.get("label") or "" for n in sub.nodes)
    legend = [
        {"label": label, "count": count, "color": _style(label).color, "shape": _style(label).shape}
        for label, count in sorted(present.items())
    ]
    template = Template(
        resources.files(__package__).joinpath("view.html").read_text(encoding="utf-8")
    )
    page = template.substitute(
        title=_escape(title),
        summary=_escape(f"{len(nodes)} nodes, {len(edges)} edges ({facts} facts)"),
        vis_css=_asset("vis-network.css"),
        vis_js=_asset("vis-network.min.js"),
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=_script_json(_vis_options(len(nodes))),
        legend=_script_json(legend),
    )
    _write(path, lambda p: p.write_text(page, encoding="utf-8"))
    return ViewSummary(path, len(nodes), len(edges), facts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write(path: Path, writer: Any) -> None:
    try:
        writer(path)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def render_image(sub: Subgraph, path: Path, fmt: str, title: str) -> ViewSummary:
    """Draw the selection as a static PNG or SVG with labels and a legend."""
    import matplotlib

    matplotlib.use("Agg")
    # Text stays text in SVG, so names can be searched and edited in a report.
    matplotlib.rcParams["svg.fonttype"] = "none"
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.lines import Line2D

    merged = merge_parallel(sub.edges)
    degree = _degrees(merged)
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in sub.nodes)
    for edge in merged:
        graph.add_edge(edge.source, edge.target, weight=edge.count)
    count = max(graph.number_of_nodes(), 1)
    side = min(7 + math.sqrt(count) * 0.6, 26)
    fig, ax = plt.subplots(figsize=(side * 1.3, side))
    try:
        layout = _layout(graph)
        nx.draw_networkx_edges(graph, layout, ax=ax, edge_color="#9aa5b1", alpha=0.6, width=0.8)
        by_label: dict[str, list[dict[str, Any]]] = {}
        for node in sub.nodes:
            by_label.setdefault(node.get("label") or "", []).append(node)
        for label, members in sorted(by_label.items()):
            style = _style(label)
            nx.draw_networkx_nodes(
                graph,
                layout,
                nodelist=[n["id"] for n in members],
                node_color=style.color,
                node_shape=style.marker,
                node_size=[60 + 40 * math.sqrt(degree.get(n["id"], 0)) for n in members],
                ax=ax,
            )
        # Past a few dozen nodes, naming them all makes none readable: name the hubs.
        named = sorted(sub.nodes, key=lambda n: -degree.get(n["id"], 0))[:60]
        # Names sit just under their marker, so the marker stays visible.
        ys = [y for _, y in layout.values()] or [0.0]
        drop = (max(ys) - min(ys)) * 0.018
        under = {n: (x, y - drop) for n, (x, y) in layout.items()}
        nx.draw_networkx_labels(
            graph,
            under,
            verticalalignment="top",
            labels={n["id"]: _short(str(n.get("name") or n["id"])) for n in named},
            font_size=9,
            ax=ax,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.5},
        )
        handles = [
            Line2D(
                [],
                [],
                marker=_style(label).marker,
                color="w",
                markerfacecolor=_style(label).color,
                markersize=11,
                label=f"{label} ({len(members)})",
            )
            for label, members in sorted(by_label.items())
        ]
        ax.legend(handles=handles, loc="upper left", frameon=True, fontsize=10)
        ax.set_title(f"{title}: {len(sub.nodes)} nodes, {len(merged)} edges", fontsize=13)
        ax.set_axis_off()
        fig.tight_layout()
        _write(path, lambda p: fig.savefig(p, format=fmt, dpi=130))
    finally:
        plt.close(fig)
    return ViewSummary(path, len(sub.nodes), len(merged), len(sub.edges))


def _layout(graph: Any) -> dict[str, Any]:
    """Even spacing for a few hundred nodes; the faster spring model beyond that."""
    import networkx as nx

    if 2 < len(graph) <= 400:
        start = nx.spring_layout(graph, seed=7)
        return dict(nx.kamada_kawai_layout(graph, pos=start))
    return dict(nx.spring_layout(graph, seed=7, k=1.5 / math.sqrt(max(len(graph), 1))))


def _short(name: str, width: int = 32) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
