"""What a reader sees at first paint, in headless Chromium: names legible and apart on a graph
of a few hundred nodes, the country map against Cypher, Find, and views around someone."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import CORPUS, ROOT, SAMPLES, ingested_store, run_cli
from .test_dyads import DYADS, OWNERS
from .test_serve import Served
from .test_views import browser  # noqa: F401 - the Chromium fixture

VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The samples and the development set: a graph of a few hundred nodes, served."""
    store = ingested_store(tmp_path_factory, SAMPLES, *sorted(CORPUS.glob("*.txt")))
    server = Served(store)
    yield store
    assert server.end() == 0


@pytest.fixture(scope="module")
def corpus_graph(corpus_store: Path) -> dict[str, Any]:
    """The corpus store's export, for expectations worked out independently of the views."""
    done = run_cli("export", store=corpus_store)
    assert done.returncode == 0, done.stderr
    graph: dict[str, Any] = json.loads(done.stdout)
    return graph


def _facts_per_node(graph: dict[str, Any]) -> Counter[str]:
    facts: Counter[str] = Counter()
    for edge in graph["edges"]:
        if edge["type"] != "MENTIONS":
            facts[edge["source"]] += 1
            facts[edge["target"]] += 1
    return facts


def _load(browser: Any, page_file: Path, shot: Path) -> tuple[Any, Any, list[str]]:  # noqa: F811
    """A page opened offline at a laptop's size, once its first paint is done."""
    context = browser.new_context(offline=True, viewport=VIEWPORT)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(page_file.resolve().as_uri())
    page.wait_for_function("window.pactgraph && window.pactgraph.ready", timeout=120_000)
    page.wait_for_timeout(200)
    page.screenshot(path=str(shot))
    return context, page, problems


def _labels(page: Any) -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = page.evaluate("pactgraph.labels")
    return labels


def _apart(labels: list[dict[str, Any]]) -> bool:
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
                    and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]):  # fmt: skip
                return False
    return True


def _view(store: Path, out: Path, *options: str) -> str:
    done = run_cli("view", "-o", str(out), *options, store=store)
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_whole_graph_names_are_legible_and_apart(
    browser: Any,  # noqa: F811
    corpus_store: Path,
    corpus_graph: dict[str, Any],
    tmp_path: Path,
) -> None:
    said = _view(corpus_store, tmp_path / "graph.html")
    context, page, problems = _load(browser, tmp_path / "graph.html", tmp_path / "graph.png")
    facts = _facts_per_node(corpus_graph)
    drawn_ids = page.evaluate("pactgraph.nodes.getIds()")
    vis_labels = page.evaluate("pactgraph.nodes.get().filter(n => n.label !== undefined).length")
    labels = _labels(page)
    context.close()
    assert problems == []
    # Every entity with a fact, up to the default cap of 300, which stderr then reports.
    assert 200 < len(drawn_ids) == min(len(facts), 300)
    if len(facts) > 300:
        assert f"showing 300 of {len(facts)} nodes" in said, said
    assert vis_labels == 0  # no name drawn at the graph's scale, however small that is
    assert len(labels) >= 60
    assert min(label["size"] for label in labels) >= 13
    assert _apart(labels)
    inside = all(0 <= lb["x"] and lb["x"] + lb["w"] <= VIEWPORT["width"] for lb in labels)
    assert inside
    # The five entities with the most facts are named, in large type, and drawn last (on top).
    fifth = sorted(facts.values(), reverse=True)[4]
    hubs = {n for n, count in facts.items() if count >= fifth}
    by_id = {label["id"]: label for label in labels}
    assert all(by_id[h]["size"] >= 16 for h in hubs if facts[h] > fifth)
    assert {"country:japan", "country:united-states"} <= set(by_id)
    assert all(facts[n] >= fifth for n in drawn_ids[-5:])


def test_country_map_counts_match_cypher(
    browser: Any,  # noqa: F811
    corpus_store: Path,
    tmp_path: Path,
) -> None:
    said = _view(corpus_store, tmp_path / "countries.html", "--level", "country")
    owners_rows = json.loads(run_cli("query", OWNERS, "-f", "json", store=corpus_store).stdout)
    owners = {r["node"]: r["owners"] for r in owners_rows if r["owners"]}
    given = tmp_path / "owners.json"  # too long for one argument on the command line
    given.write_text(json.dumps(owners), encoding="utf-8")
    done = run_cli("query", DYADS, "-p", f"owners=@{given}", "-f", "json", store=corpus_store)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    pairs = {tuple(sorted((r["a"], r["b"]))) for r in rows}
    countries = {c for pair in pairs for c in pair}
    total = sum(r["count"] for r in rows)
    context, page, problems = _load(browser, tmp_path / "countries.html", tmp_path / "c.png")
    ids = page.evaluate("pactgraph.nodes.getIds()")
    titles = page.evaluate("pactgraph.edges.get().map(e => e.title)")
    labels = _labels(page)
    context.close()
    assert problems == []
    assert set(ids) == countries and len(titles) == len(pairs)
    counted = [int(t.split(": ", 1)[1].split(" ")[0]) for t in titles]
    assert sum(counted) == total
    assert f"{len(countries)} nodes, {len(pairs)} edges ({total} interactions)" in said
    assert {label["id"] for label in labels} == countries  # every country named
    assert _apart(labels)
    japan_us = next(
        t for t in titles if t.startswith(("Japan – United States", "United States – Japan"))
    )
    assert "MET" in japan_us and "“" in japan_us and "document:" in japan_us


def _find(page: Any, text: str) -> tuple[list[str], list[str], bool]:
    page.fill("#search", text)
    page.press("#search", "Enter")
    page.wait_for_timeout(100)
    selected = page.evaluate("pactgraph.network.getSelectedNodes()")
    listed = page.evaluate(
        "Array.from(document.querySelectorAll('#matches li')).map(li => li.dataset.id)"
    )
    shown = page.evaluate("!document.getElementById('matches').hidden")
    return selected, listed, shown


def test_find_prefers_exact_names_aliases_and_people(
    browser: Any,  # noqa: F811
    corpus_store: Path,
    corpus_graph: dict[str, Any],
    tmp_path: Path,
) -> None:
    # Every entity drawn, so that what Find picks depends on its ranking, not on the cap.
    _view(corpus_store, tmp_path / "graph.html", "--max-nodes", "2000")
    context, page, _ = _load(browser, tmp_path / "graph.html", tmp_path / "graph.png")
    labels = {n["id"]: n["label"] for n in corpus_graph["nodes"]}
    names = {n["id"]: n["name"] for n in corpus_graph["nodes"]}
    # A surname: the person, not the call or meeting named after him; those are listed after.
    selected, listed, shown = _find(page, "Kihara")
    assert selected == ["official:minoru-kihara"]
    assert shown and listed[0] == "official:minoru-kihara"
    assert any(labels[i] == "Meeting" for i in listed[1:])
    # Zoomed in on him, the edges near him are named, clear of the names of nodes.
    page.wait_for_function("pactgraph.network.getScale() > 1.39")
    page.wait_for_timeout(300)
    edge_names, node_names = page.evaluate("[pactgraph.edgeLabels, pactgraph.labels]")
    assert any(e["text"].startswith("MET") for e in edge_names)
    assert _apart(edge_names + node_names)
    selected, listed, _ = _find(page, "teodoro")
    assert labels[selected[0]] == "Official" and "Teodoro" in names[selected[0]]
    assert [labels[i] for i in listed].index("Meeting") > 0
    # Acronyms: the alias wins over names that merely start with the same letters.
    assert _find(page, "MOFA")[0] == ["organization:ministry-of-foreign-affairs-of-japan"]
    selected, listed, _ = _find(page, "ASEAN")
    assert selected == ["organization:association-of-southeast-asian-nations"]
    assert "meeting:asean-australia-special-summit" in listed
    assert _find(page, "U.S.")[0] == ["country:united-states"]
    page.screenshot(path=str(tmp_path / "found.png"))
    status = page.evaluate("document.getElementById('status').textContent")
    context.close()
    assert status == "United States (Country)"


def test_view_around_someone_puts_their_most_frequent_counterpart_first(
    browser: Any,  # noqa: F811
    corpus_store: Path,
    tmp_path: Path,
) -> None:
    met = json.loads(run_cli("who-met", "Kihara", "-f", "json", store=corpus_store).stdout)
    counts = Counter(r["counterpart_id"] for r in met)
    top = max(counts.values())
    frequent = {c for c, n in counts.items() if n == top}
    _view(corpus_store, tmp_path / "kihara.html", "--around", "Kihara")
    context, page, problems = _load(browser, tmp_path / "kihara.html", tmp_path / "k.png")
    ranks = page.evaluate("Object.fromEntries(pactgraph.nodes.get().map(n => [n.id, n.rank]))")
    labels = _labels(page)
    context.close()
    assert problems == []
    assert ranks["official:minoru-kihara"] == 0
    people = sorted((r, n) for n, r in ranks.items() if n.startswith("official:"))
    assert people[1][1] in frequent  # the first person after him is whom he met most
    named = {label["id"] for label in labels}
    assert "official:minoru-kihara" in named and frequent <= named
    assert _apart(labels)
    capped = _view(corpus_store, tmp_path / "few.html", "--around", "Kihara", "--max-nodes", "4")
    assert "showing 4 of" in capped
    page_text = (tmp_path / "few.html").read_text(encoding="utf-8")
    assert all(f'"id": "{c}"' in page_text for c in frequent)


def test_country_map_of_fifty_countries_is_readable(
    browser: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    gazetteer = json.loads((ROOT / "data" / "countries.json").read_text(encoding="utf-8"))
    names = sorted(c["name"] for c in gazetteer)[:50]
    nodes = [{"id": f"country:{i}", "label": "Country", "name": n} for i, n in enumerate(names)]
    edges = [
        {"source": f"country:{i}", "target": f"country:{(i * 7 + k) % 50}",
         "type": "COOPERATES_WITH", "date": f"2024-{1 + k:02d}-01", "document": "document:d",
         "evidence": f"{names[i]} and a partner agreed to cooperate."}
        for i in range(50)
        for k in (1, 3, 11)
        if (i * 7 + k) % 50 != i
    ]  # fmt: skip
    graph_file = tmp_path / "fifty.json"
    graph_file.write_text(json.dumps({"nodes": nodes, "edges": edges}), encoding="utf-8")
    store = tmp_path / "store"
    done = run_cli("import", str(graph_file), store=store)
    assert done.returncode == 0, done.stderr
    _view(store, tmp_path / "fifty.html", "--level", "country")
    context, page, problems = _load(browser, tmp_path / "fifty.html", tmp_path / "fifty.png")
    count = page.evaluate("pactgraph.nodes.length")
    labels = _labels(page)
    context.close()
    assert problems == [] and count == 50
    assert len(labels) >= 45 and min(label["size"] for label in labels) >= 13
    assert _apart(labels)
