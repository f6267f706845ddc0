"""Views: the HTML page opened in headless Chromium with the network off, and static images."""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pactgraph.graph.subgraph import merge_parallel

from .conftest import run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright (which downloads no browser of its own)."""
    if CHROMIUM is None:
        if os.environ.get("PACTGRAPH_REQUIRE_BROWSER"):
            pytest.fail(
                "chromium is not installed (make test installs it: apt-get install chromium)"
            )
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=_FLAGS)
        yield launched
        launched.close()


def _expected(graph_file: Path) -> tuple[set[str], int]:
    """Nodes and merged edges a whole-graph view should draw, worked out from the export."""
    graph = json.loads(graph_file.read_text(encoding="utf-8"))
    facts = [e for e in graph["edges"] if e["type"] != "MENTIONS"]
    linked = {n for e in facts for n in (e["source"], e["target"])}
    return linked, len(merge_parallel(facts))


def _open(browser: Any, page_file: Path, shot: Path) -> dict[str, Any]:
    """Load a page offline, wait for the layout to settle, and report what it drew."""
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.resolve().as_uri())
    page.wait_for_function("window.pactgraph && window.pactgraph.ready", timeout=120_000)
    drawn = page.evaluate(
        """() => ({
            nodes: pactgraph.nodes.getIds(),
            edge_names: pactgraph.edgeLabels.map(e => e.text),
            edges: pactgraph.edges.length,
            placed: Object.keys(pactgraph.network.getPositions()).length,
            legend: Array.from(document.querySelectorAll('#legend li')).map(li => li.dataset.label),
            physics: pactgraph.network.physics.physicsEnabled,
        })"""
    )
    page.fill("#search", "Lloyd Austin")
    page.press("#search", "Enter")
    drawn["selected"] = page.evaluate("pactgraph.network.getSelectedNodes()")
    edge = page.evaluate("pactgraph.edges.get({filter: e => e.name.startsWith('MET')})[0] || null")
    drawn["met_edge"] = edge
    page.screenshot(path=str(shot))
    context.close()
    drawn["problems"] = problems
    drawn["remote"] = [u for u in requests if not u.startswith(("file:", "data:"))]
    return drawn


def test_html_view_draws_offline_in_chromium(
    browser: Any, sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    page_file = tmp_path / "view.html"
    done = run_cli("view", "-o", str(page_file), store=sample_store)
    assert done.returncode == 0, done.stderr
    html = page_file.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link)[^>]+(src|href)=["']?https?:""", html)
    assert not re.search(r"https?://[^\s\"'<>]*(cdn|bootstrap|unpkg)", html, re.I)

    drawn = _open(browser, page_file, tmp_path / "view.png")
    nodes, edges = _expected(sample_graph)
    assert drawn["problems"] == []
    assert drawn["remote"] == []
    assert set(drawn["nodes"]) == nodes
    assert drawn["edges"] == edges
    assert drawn["placed"] == len(nodes)
    assert drawn["physics"] is False  # the layout settled and stopped
    assert {"Country", "Official", "Meeting"} <= set(drawn["legend"])
    assert drawn["selected"] == ["official:lloyd-austin"]
    met = drawn["met_edge"]
    assert met is not None and "“" in met["title"] and "document:" in met["title"]
    assert f"{len(nodes)} nodes, {edges} edges" in done.stderr
    assert (tmp_path / "view.png").stat().st_size > 20_000


def test_capped_view_says_what_it_left_out(
    browser: Any, sample_store: Path, tmp_path: Path
) -> None:
    page_file = tmp_path / "around.html"
    done = run_cli(
        "view", "--around", "Japan", "--depth", "2", "--max-nodes", "12", "-o", str(page_file),
        store=sample_store,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert re.search(r"showing 12 of \d+ nodes \(the nearest", done.stderr)
    drawn = _open(browser, page_file, tmp_path / "around.png")
    assert drawn["problems"] == []
    assert len(drawn["nodes"]) == 12 and "country:japan" in drawn["nodes"]
    # A small picture names its edges from the first paint.
    assert drawn["edge_names"] and all(
        re.fullmatch(r"[A-Z_]+( ×\d+)?", name) for name in drawn["edge_names"]
    )


def _ink(png: Path) -> float:
    """Share of pixels that are not background white."""
    import matplotlib.image as mpimg

    pixels = mpimg.imread(png)[..., :3]
    return float((pixels.mean(axis=2) < 0.95).mean())


def test_png_and_svg_images(sample_store: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "graph.png", tmp_path / "graph.svg"
    for out in (png, svg):
        done = run_cli(
            "view", "--format", out.suffix[1:], "--label", "Country", "--label", "Official",
            "--label", "Meeting", "-o", str(out), store=sample_store,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 30_000
    assert 0.01 < _ink(png) < 0.6
    texts = {"".join(t.itertext()) for t in ET.parse(svg).iter("{http://www.w3.org/2000/svg}text")}
    assert "Japan" in texts
    assert any(t.startswith("Official (") for t in texts)  # the legend


def test_bad_view_options_are_usage_errors(sample_store: Path, tmp_path: Path) -> None:
    done = run_cli("view", "--label", "Planet", store=sample_store)
    assert done.returncode == 2 and "Planet" in done.stderr
    done = run_cli(
        "view", "--around", "Nobody Atall", "-o", str(tmp_path / "x.html"), store=sample_store
    )
    assert done.returncode == 1 and done.stderr.startswith("Error: no entity named")
    assert not (tmp_path / "x.html").exists()
    done = run_cli("view", "-o", str(tmp_path / "missing" / "x.html"), store=sample_store)
    assert done.returncode == 1 and done.stderr.startswith("Error: cannot write")


def test_analyze_ranks_the_sample_graph(sample_store: Path) -> None:
    done = run_cli("analyze", "--format", "json", "--top", "5", store=sample_store)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 5 and rows[0]["name"] == "United States"
    assert rows == sorted(rows, key=lambda r: -r["betweenness"])
    done = run_cli("analyze", "--show", "bridges", "--format", "json", store=sample_store)
    bridges = json.loads(done.stdout)
    assert bridges and all(r["groups_linked"] >= 2 for r in bridges)
    assert {"Japan", "United States"} <= {r["country"] for r in bridges}
