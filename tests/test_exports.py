"""Exports in every format, read back by the tools that use them, and imports into real stores."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from pactgraph.graph.export import cypher_script, graph_dict, load_import
from pactgraph.graph.store import GraphStore

from .conftest import run_cli


def _canonical(graph: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Order-free form of a graph: nodes by id, edges by endpoints, type and evidence."""

    def edge_key(e: dict[str, Any]) -> tuple[str, ...]:
        return tuple(
            str(e.get(k, "")) for k in ("source", "target", "type", "document", "evidence")
        )

    nodes = sorted(
        ({**n, "aliases": sorted(n.get("aliases", []))} for n in graph["nodes"]),
        key=lambda n: n["id"],
    )
    return {"nodes": nodes, "edges": sorted(graph["edges"], key=edge_key)}


def _load(path: Path) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_json_export_imports_into_an_empty_store_unchanged(
    store: GraphStore, sample_graph: Path
) -> None:
    original = _load(sample_graph)
    assert any(e["type"] == "MET" and e.get("evidence") for e in original["edges"])
    store.write(load_import(sample_graph))
    assert _canonical(graph_dict(store)) == _canonical(original)


def testcypher_script_recreates_the_graph(store: GraphStore, sample_graph: Path) -> None:
    original = _load(sample_graph)
    script = cypher_script(original)
    statements = [line for line in script.splitlines() if line and not line.startswith("//")]
    assert all(s.endswith(";") for s in statements)
    for statement in statements:
        if not statement.startswith("CREATE CONSTRAINT"):  # the store already has them
            store.query(statement.rstrip(";"), write=True)
    assert _canonical(graph_dict(store)) == _canonical(original)


def test_graphml_and_gexf_parse_back_with_the_same_counts(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    original = _load(sample_graph)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        done = run_cli("export", "--format", fmt, "-o", str(out), store=sample_store)
        assert done.returncode == 0, done.stderr
        graph = reader(out)
        assert graph.number_of_nodes() == len(original["nodes"]), fmt
        assert graph.number_of_edges() == len(original["edges"]), fmt
        japan = graph.nodes["country:japan"]
        assert japan["label"] == "Japan" and japan["category"] == "Country"
        met = [d for _, _, d in graph.edges(data=True) if d.get("label") == "MET"]
        assert met and all(d.get("evidence") for d in met)
    gexf = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in gexf and 'timeformat="date"' in gexf
    dated = [e for e in original["edges"] if e.get("date")]
    timeline = nx.read_gexf(tmp_path / "g.gexf")
    started = [d for _, _, d in timeline.edges(data=True) if d.get("start")]
    # Dated edges start on their date, and undated ones when both their ends exist.
    assert len(started) >= len(dated)
    assert all(len(d["start"]) == 10 for d in started)  # whole dates, as Gephi wants


def test_csv_is_neo4j_admin_format_and_imports_with_the_same_counts(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    done = run_cli("export", "--format", "csv", "-o", str(out), store=sample_store)
    assert done.returncode == 0, done.stderr
    with (out / "nodes_Official.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:4] == ["id:ID", ":LABEL", "name:string", "aliases:string[]"]
    with (out / "relationships_MET.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "confidence:double" in rows[0] and all(r[2] == "MET" for r in rows[1:])
    assert "--nodes=nodes_Official.csv" in (out / "import.sh").read_text(encoding="utf-8")

    fresh = tmp_path / "fresh"
    done = run_cli("import", str(out), store=fresh)
    assert done.returncode == 0, done.stderr
    before = run_cli("stats", "--format", "json", store=sample_store)
    after = run_cli("stats", "--format", "json", store=fresh)
    assert json.loads(after.stdout) == json.loads(before.stdout)


def test_export_takes_the_view_selection(sample_store: Path, sample_graph: Path) -> None:
    done = run_cli("export", "--around", "Lloyd Austin", "--depth", "1", store=sample_store)
    assert done.returncode == 0, done.stderr
    picked = json.loads(done.stdout)
    everything = _load(sample_graph)
    austin = "official:lloyd-austin"
    facts = [e for e in everything["edges"] if e["type"] != "MENTIONS"]
    near = {austin}
    for e in facts:
        if austin in (e["source"], e["target"]):
            near |= {e["source"], e["target"]}
    # The meetings, exercises and agreements he took part in bring their other parties at the
    # same depth: the people he met at a meeting are one step away, like the meeting.
    labels = {n["id"]: n["label"] for n in everything["nodes"]}
    events = {n for n in near if labels[n] in ("Meeting", "Exercise", "Agreement")}
    for e in facts:
        if e["source"] in events or e["target"] in events:
            near |= {e["source"], e["target"]}
    assert "official:antony-blinken" in near  # at his meetings, with no MET fact of their own
    entities = {n["id"] for n in picked["nodes"] if n["label"] != "Document"}
    assert entities == near
    cited = {e["document"] for e in picked["edges"] if e.get("document")}
    assert cited <= {n["id"] for n in picked["nodes"] if n["label"] == "Document"}
    assert len(picked["edges"]) < len(everything["edges"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('{"nodes": [{"id": "country:x", "label": "Planet", "name": "X"}]}', "unknown label"),
        (
            '{"nodes": [{"id": "country:x", "label": "Country", "name": "X"}],'
            ' "edges": [{"source": "country:x", "target": "country:y", "type": "MET"}]}',
            "names a node not in the file",
        ),
    ],
)
def test_bad_imports_change_nothing(
    sample_store: Path, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    before = run_cli("stats", "--format", "json", store=sample_store).stdout
    done = run_cli("import", str(bad), store=sample_store)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:") and message in lines[0]
    assert run_cli("stats", "--format", "json", store=sample_store).stdout == before


def test_csv_to_stdout_is_a_usage_error(sample_store: Path) -> None:
    done = run_cli("export", "--format", "csv", store=sample_store)
    assert done.returncode == 2
    assert "DIRECTORY" in done.stderr


def test_a_bad_csv_cell_is_named_and_nothing_is_written(sample_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "nodes_Document.csv").write_text(
        "id:ID,:LABEL,name:string,items:long\ndocument:a,Document,A,many\n", encoding="utf-8"
    )
    before = run_cli("stats", "--format", "json", store=sample_store).stdout
    done = run_cli("import", str(folder), store=sample_store)
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "Error: nodes_Document.csv, line 2: invalid literal for int() with base 10: 'many'"
    )
    assert run_cli("stats", "--format", "json", store=sample_store).stdout == before


def test_output_without_a_suffix_is_a_directory(sample_store: Path, tmp_path: Path) -> None:
    done = run_cli(
        "export",
        "--format",
        "cypher",
        "--label",
        "Country",
        "-o",
        str(tmp_path / "out"),
        store=sample_store,
    )
    assert done.returncode == 0, done.stderr
    script = (tmp_path / "out" / "pactgraph.cypher").read_text(encoding="utf-8")
    assert "MERGE (n:`Country` {id: 'country:japan'})" in script
    assert "`Official`" not in script
