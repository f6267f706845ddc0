"""Pictures for reports: no text box overlaps another (measured by matplotlib in the figure,
and by Chromium in the SVG), titles and captions say what is shown, PNGs are 300 dpi."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pactgraph.graph.charts import dyad_figure, timeline_figure
from pactgraph.graph.countries import country_level, dyads
from pactgraph.graph.subgraph import Selection, merge_parallel, select
from pactgraph.graph.views import graph_figure

from .conftest import ROOT, run_cli
from .test_views import browser  # noqa: F401 - the Chromium fixture


def _texts(fig: Any) -> list[tuple[str, Any]]:
    """Every piece of text the figure draws, with its box in pixels."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    found = list(fig.texts)
    for legend in fig.legends:
        found += legend.get_texts()
    for ax in fig.axes:
        found += ax.texts
        if ax.axison:
            found += [t for t in ax.get_xticklabels() + ax.get_yticklabels() if t.get_visible()]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in found if t.get_text().strip()]


def _overlapping(boxes: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    clashes = []
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1 :]:
            # Half a pixel of tolerance for rounding at shared edges.
            if (box_a.x0 + 0.5 < box_b.x1 and box_b.x0 + 0.5 < box_a.x1
                    and box_a.y0 + 0.5 < box_b.y1 and box_b.y0 + 0.5 < box_a.y1):  # fmt: skip
                clashes.append((a, b))
    return clashes


@pytest.fixture(scope="module")
def graph(sample_graph: Path) -> dict[str, Any]:
    """The sample store's export."""
    loaded: dict[str, Any] = json.loads(sample_graph.read_text(encoding="utf-8"))
    return loaded


def test_graph_image_names_never_overlap(graph: dict[str, Any]) -> None:
    sub = select(graph, Selection(documents=False, linked_only=True))
    fig, drawn = graph_figure(sub, "Partnership graph", None)
    boxes = _texts(fig)
    assert _overlapping(boxes) == []
    names = {n["name"] for n in sub.nodes}
    shown = [text for text, _ in boxes if text in names or text.endswith("…")]
    assert len(shown) >= 40
    assert drawn.labels_dropped == len(sub.nodes) - len(shown)
    # The five entities with the most facts are all named.
    facts: dict[str, int] = {}
    for edge in sub.edges:
        for end in (edge["source"], edge["target"]):
            facts[end] = facts.get(end, 0) + 1
    names_by_id = {n["id"]: n["name"] for n in sub.nodes}
    top = sorted(facts, key=lambda n: -facts[n])[:5]
    assert {names_by_id[n] for n in top} <= set(shown)
    texts = [text for text, _ in boxes]
    documents = {e["document"] for e in sub.edges if e.get("document")}
    caption = next(t for t in texts if t.startswith("Source:"))
    assert caption.startswith(f"Source: {len(documents)} documents, {len(sub.edges)} facts.")
    assert f"{drawn.labels_dropped} left out where they would overlap" in caption
    assert f"{len(sub.nodes)} nodes, {len(merge_parallel(sub.edges))} links" in caption
    assert "Partnership graph" in texts
    dates = sorted(e["date"] for e in sub.edges if e.get("date"))
    assert f"all dates; facts dated {dates[0]} to {dates[-1]}" in texts


def test_country_map_image_names_every_country(graph: dict[str, Any]) -> None:
    sub = country_level(graph, Selection(since="2024-01-01", until="2024-12-31"))
    fig, drawn = graph_figure(sub, "Country partnership map", "2024-01-01 to 2024-12-31")
    boxes = _texts(fig)
    assert _overlapping(boxes) == []
    texts = [text for text, _ in boxes]
    assert {n["name"] for n in sub.nodes} <= set(texts) and drawn.labels_dropped == 0
    assert any(t.startswith("2024-01-01 to 2024-12-31; interactions dated 2024-") for t in texts)
    documents = {d for e in sub.edges for d in e["documents"]}
    caption = f"Source: {len(documents)} documents, {len(sub.edges)} interactions."
    assert any(t.startswith(caption) for t in texts)
    assert {"MET", "SIGNED", "PARTICIPATED_IN"} <= {t.split(" (")[0] for t in texts}


def test_dyad_and_timeline_charts_never_overlap(graph: dict[str, Any]) -> None:
    table = dyads(graph, "month")
    fig, drawn = dyad_figure(table.rows, "month", "By month", None, table.interactions,
                             table.documents)  # fmt: skip
    assert _overlapping(_texts(fig)) == []
    assert drawn.rows == 15 and drawn.columns > 20  # every month from the first to the last
    points = [
        {
            "counterpart": "Lloyd Austin",
            "date": "2024-07-28",
            "kind": "meeting",
            "documents": ["a"],
        },
        {
            "counterpart": "Lloyd Austin",
            "date": "2024-07-28",
            "kind": "meeting",
            "documents": ["a"],
        },
        {"counterpart": "Lloyd Austin", "date": "2024-07-28", "kind": "call", "documents": ["b"]},
        {"counterpart": "Richard Marles", "date": "2024-09", "kind": "meeting", "documents": ["b"]},
        {"counterpart": "Penny Wong", "date": None, "kind": "meeting", "documents": ["c"]},
    ]
    fig, drawn = timeline_figure(points, "Encounters of Minoru Kihara", None)
    texts = _texts(fig)
    assert _overlapping(texts) == []
    shown = [t for t, _ in texts]
    # Two meetings on one day are one dot numbered 2; the undated one is said, not drawn.
    assert "2" in shown and "Lloyd Austin (3)" in shown and "Richard Marles (1)" in shown
    assert drawn.points == 4 and drawn.rows == 2
    caption = next(t for t in shown if t.startswith("Source:"))
    assert caption == ("Source: 2 documents, 4 encounters. An open dot is dated by month or year "
                       "only. 1 undated, not drawn.")  # fmt: skip


def _svg_text_boxes(browser: Any, svg: Path) -> list[dict[str, Any]]:  # noqa: F811
    page = browser.new_page()
    page.goto(svg.resolve().as_uri())
    boxes: list[dict[str, Any]] = page.evaluate(
        """() => Array.from(document.querySelectorAll('text')).map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height};
        })"""
    )
    page.close()
    return boxes


@pytest.mark.parametrize("level", ["entity", "country"])
def test_svg_text_does_not_overlap_in_a_browser(
    browser: Any,  # noqa: F811
    sample_store: Path,
    tmp_path: Path,
    level: str,
) -> None:
    svg = tmp_path / "graph.svg"
    done = run_cli("view", "--level", level, "--format", "svg", "-o", str(svg), store=sample_store)
    assert done.returncode == 0, done.stderr
    boxes = [b for b in _svg_text_boxes(browser, svg) if b["text"].strip()]
    assert {"Japan", "United States", "Philippines"} <= {b["text"] for b in boxes}
    clashes = [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x"] + 1 < b["x"] + b["w"] and b["x"] + 1 < a["x"] + a["w"]
        and a["y"] + 1 < b["y"] + b["h"] and b["y"] + 1 < a["y"] + a["h"]
    ]  # fmt: skip
    assert clashes == []


def test_png_is_300_dpi_with_tight_margins(sample_store: Path, tmp_path: Path) -> None:
    import matplotlib.image as mpimg

    png = tmp_path / "graph.png"
    done = run_cli("view", "--format", "png", "-o", str(png), store=sample_store)
    assert done.returncode == 0, done.stderr
    assert "names left out where they would overlap others" in done.stderr
    data = png.read_bytes()
    at = data.index(b"pHYs")
    assert round(int.from_bytes(data[at + 4 : at + 8], "big") * 0.0254) == 300
    pixels = mpimg.imread(png)[..., :3].mean(axis=2)
    ink = pixels < 0.9
    assert 0.03 < ink.mean() < 0.5
    # Tight margins: something is drawn within a fifth of an inch of every edge.
    rows, cols = ink.any(axis=1).nonzero()[0], ink.any(axis=0).nonzero()[0]
    assert rows[0] < 60 and cols[0] < 60
    assert pixels.shape[0] - rows[-1] < 60 and pixels.shape[1] - cols[-1] < 60


def test_readme_pictures_are_made_by_the_project() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = [line.split("](", 1)[1].split(")", 1)[0] for line in readme.splitlines()
                if line.startswith("![")]  # fmt: skip
    assert {"docs/view.png", "docs/country-map.png", "docs/graph.png", "docs/dyads.png",
            "docs/timeline.png"} <= set(pictures)  # fmt: skip
    for name in pictures:
        path = ROOT / name
        assert path.read_bytes().startswith(b"\x89PNG"), name
        assert 10_000 < path.stat().st_size < 400_000, name
