"""Pictures of a selection: an interactive offline HTML page (pyvis) and PNG/SVG/PDF images.

Both start from one layout (ForceAtlas2) and one ranking of nodes by importance: important nodes are drawn on top and named first, and a name is shown only where
it overlaps no other name.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .figures import (
    KIND_COLORS,
    LabelRequest,
    caption_text,
    footer,
    new_figure,
    place_labels,
    save_figure,
)
from .figures import title_block as _title_block
from .model import SYMMETRIC_TYPES
from .subgraph import MergedEdge, Subgraph, merge_parallel, ties_with

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["STYLES", "ViewSummary", "graph_figure", "render_html", "render_image"]


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
_EDGE_GREY = "#9aa5b1"

# Facts listed in an edge's tooltip; the rest are counted.
_TOOLTIP_FACTS = 6
# The layout's box, in the page's units: about one screen, so the first paint is at scale ~1.
_BOX = (1300.0, 800.0)


@dataclass
class ViewSummary:
    """What a view drew."""

    path: Path
    nodes: int
    edges: int
    facts: int
    labels_dropped: int = 0


def _style(label: str | None) -> _Style:
    return STYLES.get(label or "", _OTHER)


def _links(sub: Subgraph) -> list[MergedEdge]:
    """Entity views draw one edge per type between two nodes; the country map one per pair."""
    if sub.level != "country":
        return merge_parallel(sub.edges)
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in sub.edges:
        a, b = sorted((edge["source"], edge["target"]))
        pairs[(a, b)].append(edge)
    links = []
    for (a, b), facts in pairs.items():
        kinds = Counter(f["type"] for f in facts)
        main = min(kinds, key=lambda k: (-kinds[k], k))
        links.append(MergedEdge(a, b, main, facts))
    return links


def _weights(links: list[MergedEdge]) -> dict[str, int]:
    weight: dict[str, int] = defaultdict(int)
    for link in links:
        weight[link.source] += link.count
        weight[link.target] += link.count
    return weight


def _importance(sub: Subgraph, links: list[MergedEdge]) -> dict[str, float]:
    """How much each node matters to this picture: its facts, or for a view around someone,
    first how often it deals with them (directly or at the same events)."""
    weight = {**_weights(links), **sub.facts}
    score = {n["id"]: float(weight.get(n["id"], 0)) for n in sub.nodes}
    if not sub.centre:
        return score
    labels = {n["id"]: n.get("label") for n in sub.nodes}
    ties = ties_with(sub.edges, set(sub.centre), labels)
    top = max(score.values(), default=0.0) + 1
    for node in score:
        score[node] += top * ties.get(node, 0)
    for node in sub.centre:
        if node in score:
            score[node] = top * (max(ties.values(), default=0) + 2)
    return score


@dataclass
class _Picture:
    """What both kinds of picture start from."""

    links: list[MergedEdge]
    score: dict[str, float]
    ordered: list[dict[str, Any]]  # least important first: the order they are drawn in
    positions: dict[str, tuple[float, float]]

    @property
    def top(self) -> float:
        """The highest importance, for scaling marker sizes."""
        return max(self.score.values(), default=1.0) or 1.0


def _picture(sub: Subgraph) -> _Picture:
    links = _links(sub)
    score = _importance(sub, links)
    # Drawn in this order, the important nodes end up on top of the rest.
    ordered = sorted(sub.nodes, key=lambda n: (score.get(n["id"], 0), n["id"]))
    return _Picture(links, score, ordered, _layout([n["id"] for n in ordered], links))


def _layout(ids: list[str], links: list[MergedEdge]) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 positions, with the long side flat, stretched to fill the page's box."""
    import networkx as nx
    import numpy as np

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for link in links:
        if link.source != link.target:
            previous = graph.get_edge_data(link.source, link.target, {"weight": 0.0})["weight"]
            graph.add_edge(link.source, link.target, weight=previous + math.log2(1 + link.count))
    if len(graph) == 0:
        return {}
    if len(graph) == 1:
        return {ids[0]: (0.0, 0.0)}
    start = nx.circular_layout(sorted(graph))
    # Strong gravity keeps loose components near the rest, so they do not shrink the core to
    # a hairball when the picture is fitted to the screen. networkx divides by each node's
    # zero distance to itself before zeroing that diagonal: a harmless warning, kept quiet.
    with np.errstate(invalid="ignore", divide="ignore"):
        raw = nx.forceatlas2_layout(
            graph,
            pos=start,
            max_iter=120 if len(graph) > 400 else 250,
            seed=7,
            weight="weight",
            scaling_ratio=2.0,
            gravity=1.0,
            strong_gravity=True,
        )
    order = sorted(raw)
    points = np.array([raw[n] for n in order], dtype=float)
    points -= points.mean(axis=0)
    _, _, axes = np.linalg.svd(points, full_matrices=False)
    points = points @ axes.T
    if len(points) >= 20:
        # A few loosely tied nodes far out would squeeze the core into a hairball when the
        # picture is fitted to the box: they are drawn at its edge instead.
        low, high = np.percentile(points, 2, axis=0), np.percentile(points, 98, axis=0)
        margin = (high - low) * 0.08
        points = np.clip(points, low - margin, high + margin)
    span = np.maximum(points.max(axis=0) - points.min(axis=0), 1e-9)
    scale = np.array([_BOX[0] / span[0], _BOX[1] / span[1]])
    # Fill the box, but stretch one way at most 1.6 times the other.
    scale = np.minimum(scale, scale.min() * 1.6)
    points = (points - points.min(axis=0) - span / 2) * scale
    return {n: (float(x), float(-y)) for n, (x, y) in zip(order, points, strict=True)}


def _node_tooltip(node: dict[str, Any], weight: int, level: str) -> str:
    lines = [f"{node.get('name')} ({node.get('label')})", node["id"]]
    for key in ("title", "titles", "country", "kind", "date", "iso3", "aliases"):
        value = node.get(key)
        if value:
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            lines.append(f"{key}: {shown}")
    lines.append(f"{'interactions' if level == 'country' else 'facts'}: {weight}")
    return "\n".join(lines)


def _fact_lines(fact: dict[str, Any], kind: bool) -> list[str]:
    head = [str(fact[k]) for k in ("date", "document") if fact.get(k)]
    if kind:
        head.insert(1 if fact.get("date") else 0, str(fact["type"]))
    if fact.get("about"):
        head.append(str(fact["about"]))
    lines = ["\n" + " · ".join(head) if head else ""]
    if fact.get("evidence"):
        lines.append(f"“{fact['evidence']}”")
    return lines


def _edge_tooltip(link: MergedEdge, names: dict[str, str], level: str) -> str:
    if level == "country":
        kinds = Counter(f["type"] for f in link.facts)
        count = link.count
        lines = [
            f"{names.get(link.source)} – {names.get(link.target)}: "
            f"{count} interaction{'s' if count != 1 else ''}",
            " · ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kn: -kn[1])),
        ]
    else:
        lines = [f"{link.type}: {link.count} fact{'s' if link.count != 1 else ''}"]
    facts = sorted(link.facts, key=lambda f: str(f.get("date") or ""))
    for fact in facts[:_TOOLTIP_FACTS]:
        lines.extend(_fact_lines(fact, level == "country"))
    if len(facts) > _TOOLTIP_FACTS:
        lines.append(f"\n… and {len(facts) - _TOOLTIP_FACTS} more")
    return "\n".join(lines)


def _edge_label(link: MergedEdge, level: str) -> str:
    if level == "country":
        return str(link.count)
    return link.type if link.count == 1 else f"{link.type} ×{link.count}"


def _edge_color(link: MergedEdge, level: str) -> str:
    return KIND_COLORS.get(link.type, _EDGE_GREY) if level == "country" else _EDGE_GREY


def _label_size(rank: int, total: int) -> int:
    """Screen pixels of a node's name: the first tenth large, the rest plainly legible."""
    if rank < max(3, total // 20):
        return 18
    if rank < max(8, total // 8):
        return 15
    return 13


def _network_data(sub: Subgraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Nodes and edges in vis-network form, built through pyvis, with positions set."""
    from pyvis.network import Network  # noqa: TID251 - heavy, only for views

    picture = _picture(sub)
    links, score, ordered, positions = (
        picture.links, picture.score, picture.ordered, picture.positions,
    )  # fmt: skip
    weight = {**_weights(links), **sub.facts}
    rank = {n["id"]: len(ordered) - 1 - i for i, n in enumerate(ordered)}
    top = picture.top
    names = {n["id"]: str(n.get("name") or n["id"]) for n in sub.nodes}
    net = Network(directed=True, cdn_resources="in_line")
    for node in ordered:
        style = _style(node.get("label"))
        x, y = positions.get(node["id"], (0.0, 0.0))
        net.add_node(
            node["id"],
            # The page draws names itself (only where they fit); vis draws no label.
            label=" ",
            name=names[node["id"]],
            kind=node.get("label"),
            aliases=list(node.get("aliases") or []),
            rank=rank[node["id"]],
            labelSize=_label_size(rank[node["id"]], len(ordered)),
            title=_node_tooltip(node, weight.get(node["id"], 0), sub.level),
            color=style.color,
            shape=style.shape,
            size=round(5 + 17 * math.sqrt(score.get(node["id"], 0) / top), 1),
            x=round(x, 1),
            y=round(y, 1),
        )
    for link in links:
        net.add_edge(
            link.source,
            link.target,
            # The page draws edge names itself, only those on screen (see view.html).
            name=_edge_label(link, sub.level),
            title=_edge_tooltip(link, names, sub.level),
            width=round(1 + (2.2 if sub.level == "country" else 0.8) * math.log2(link.count), 2),
            color=_edge_color(link, sub.level),
            arrows="" if sub.level == "country" or link.type in SYMMETRIC_TYPES else "to",
        )
    for node in net.nodes:
        node.pop("label", None)
    return net.nodes, net.edges, len(sub.edges)


def _edge_names_from(node_count: int, level: str) -> float:
    """The zoom from which edge names (a type, or a country pair's count) are drawn."""
    # At first they show only on small pictures; on others, once zoomed in to read them.
    few = node_count <= (40 if level == "country" else 12)
    return 0.7 if few else 1.35


def _vis_options(node_count: int) -> dict[str, Any]:
    """Positions come from the layout: no physics, so the first paint is the final picture."""
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "edges": {
            "smooth": False,
            # Many edges read as a texture; a few as lines.
            "color": {
                "highlight": "#333333",
                "hover": "#333333",
                "inherit": False,
                "opacity": 0.3 if node_count > 100 else 0.6,
            },
            "arrows": {"to": {"scaleFactor": 0.45}},
            "selectionWidth": 1.5,
        },
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3},
    }


def _script_json(value: Any) -> str:
    # Evidence text is user data: never let it close the <script> element.
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _asset(name: str) -> str:
    """A file of vis-network as pyvis ships it, to be inlined."""
    import pyvis  # noqa: TID251 - heavy, only for views

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _legend(sub: Subgraph) -> list[dict[str, Any]]:
    present = Counter(n.get("label") or "" for n in sub.nodes)
    entries = [
        {"label": label, "count": count, "color": _style(label).color, "shape": _style(label).shape}
        for label, count in sorted(present.items())
    ]
    if sub.level == "country":
        kinds = Counter(e["type"] for e in sub.edges)
        entries += [
            {"label": kind, "count": kinds[kind], "color": color, "shape": "line"}
            for kind, color in KIND_COLORS.items()
            if kinds[kind]
        ]
    return entries


def render_html(sub: Subgraph, path: Path, title: str) -> ViewSummary:
    """Write one self-contained interactive HTML page that works offline."""
    nodes, edges, facts = _network_data(sub)
    template = Template(
        resources.files(__package__).joinpath("view.html").read_text(encoding="utf-8")
    )
    unit = "interactions" if sub.level == "country" else "facts"
    page = template.substitute(
        title=_escape(title),
        summary=_escape(f"{len(nodes)} nodes, {len(edges)} edges ({facts} {unit})"),
        vis_css=_asset("vis-network.css"),
        vis_js=_asset("vis-network.min.js"),
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=_script_json(_vis_options(len(nodes))),
        edge_names_from=_script_json(_edge_names_from(len(nodes), sub.level)),
        legend=_script_json(_legend(sub)),
        centre=_script_json(list(sub.centre)),
        # A country map names every country; other maps name all only when they are small.
        name_all=_script_json(sub.level == "country" or len(nodes) <= 80),
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


def _documents(sub: Subgraph) -> int:
    found: set[str] = set()
    for edge in sub.edges:
        found.update(edge.get("documents") or [])
        if edge.get("document"):
            found.add(str(edge["document"]))
    return len(found)


def _date_span(sub: Subgraph) -> str:
    dates = sorted(str(e["date"]) for e in sub.edges if e.get("date"))
    if not dates:
        return "no dated facts"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def graph_figure(
    sub: Subgraph, title: str, window: str | None = None
) -> tuple[Figure, ViewSummary]:
    """The selection drawn as a matplotlib figure for a report, with its labels placed."""
    from matplotlib.lines import Line2D

    picture = _picture(sub)
    links, score, ordered, positions = (
        picture.links, picture.score, picture.ordered, picture.positions,
    )  # fmt: skip
    top = picture.top
    width = 9.0 if len(ordered) > 60 else 7.5
    fig, ax = new_figure(width, width * 0.72)
    ax.set_axis_off()
    if positions:
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        # Room for names beside the outermost markers; the saved picture is cropped to what
        # is drawn, so the room left unused is not white space in it.
        pad_x = (max(xs) - min(xs)) * 0.03 + 25
        pad_y = (max(ys) - min(ys)) * 0.03 + 25
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(max(ys) + pad_y, min(ys) - pad_y)  # page y grows downwards
    heaviest = max((link.count for link in links), default=1)
    for link in sorted(links, key=lambda lk: lk.count):
        (x0, y0), (x1, y1) = positions[link.source], positions[link.target]
        strength = link.count / heaviest
        ax.plot(
            [x0, x1],
            [y0, y1],
            color=_edge_color(link, sub.level),
            alpha=0.35 + 0.45 * strength,
            linewidth=0.5 + (4.0 if sub.level == "country" else 1.5) * math.sqrt(strength),
            zorder=1,
            solid_capstyle="round",
            clip_on=False,
        )
    radius: dict[str, float] = {}
    for node in ordered:
        style = _style(node.get("label"))
        radius[node["id"]] = 2.5 + 8.5 * math.sqrt(score.get(node["id"], 0) / top)
        x, y = positions[node["id"]]
        ax.plot(
            [x],
            [y],
            marker=style.marker,
            markersize=2 * radius[node["id"]],
            color=style.color,
            markeredgecolor="white",
            markeredgewidth=0.6,
            linestyle="none",
            zorder=3,
            clip_on=False,
        )
    if sub.level == "country":
        kinds = Counter(e["type"] for e in sub.edges)
        handles = [
            Line2D([], [], color=color, linewidth=2.5, label=f"{kind} ({kinds[kind]})")
            for kind, color in KIND_COLORS.items()
            if kinds[kind]
        ]
    else:
        by_label = Counter(n.get("label") or "" for n in sub.nodes)
        handles = [
            Line2D([], [], marker=_style(label).marker, color="w", markersize=8,
                   markerfacecolor=_style(label).color, label=f"{label} ({count})")
            for label, count in sorted(by_label.items())
        ]  # fmt: skip
    requests = []
    for position, node in enumerate(reversed(ordered)):
        x, y = positions[node["id"]]
        name = str(node.get("name") or node["id"])
        requests.append(
            LabelRequest(
                name if len(name) <= 34 else name[:33] + "…",
                x,
                y,
                radius[node["id"]],
                size=9.5 if position < 5 else 8.0,
                weight="bold" if position < 5 else "normal",
            )
        )
    _, dropped = place_labels(fig, ax, requests)
    unit = "interaction" if sub.level == "country" else "fact"
    shown = len(requests) - dropped
    notes = [
        f"{len(sub.nodes)} nodes, {len(links)} links"
        + (", each coloured by its most frequent kind" if sub.level == "country" else ""),
        f"{shown} of {len(requests)} names shown"
        + (f", {dropped} left out where they would overlap" if dropped else ""),
    ]
    footer(fig, ax, handles, caption_text(_documents(sub), len(sub.edges), notes, unit), 0.02)
    dated = "interactions dated" if sub.level == "country" else "facts dated"
    _title_block(fig, ax, title, f"{window or 'all dates'}; {dated} {_date_span(sub)}")
    summary = ViewSummary(Path(), len(sub.nodes), len(links), len(sub.edges), dropped)
    return fig, summary


def render_image(
    sub: Subgraph,
    path: Path,
    fmt: str,
    title: str,
    window: str | None = None,
    dpi: int = 300,
) -> ViewSummary:
    """Draw the selection as a static PNG, SVG or PDF for a report."""
    fig, summary = graph_figure(sub, title, window)
    save_figure(fig, path, fmt, dpi)
    summary.path = path
    return summary
