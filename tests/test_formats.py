"""Every export format read back by a reader pactgraph did not write, list properties included.

GraphML by networkx and igraph, GEXF by networkx and against the official GEXF 1.3 schema,
neo4j-admin CSV against the documented header grammar and through `pactgraph import`, the
Cypher export through `pactgraph import`, and `query --format csv` by Python's csv module.
"""

from __future__ import annotations

import csv
import json
import os
import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import networkx as nx
import pytest

from pactgraph.graph.export import ARRAY_DELIMITER, gexf_text

from .conftest import run_cli

GEXF = "{http://gexf.net/1.3}"
LISTS = ("aliases", "titles", "sources", "evidences")
# A sentence holding everything that breaks a naive list: commas, semicolons, both quotes,
# a backslash and brackets.
TRICKY = 'Kihara said, "we agree; fully" — it\'s [settled], path C:\\pact; done.'


def _load(path: Path) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _export(store: Path, fmt: str, out: Path) -> Path:
    done = run_cli("export", "--format", fmt, "-o", str(out), store=store)
    assert done.returncode == 0, done.stderr
    return out


def _edge_key(e: dict[str, Any]) -> tuple[str, ...]:
    return (e["source"], e["target"], e["type"], str(e.get("evidence", "")))


def _canonical(graph: dict[str, list[dict[str, Any]]]) -> tuple[list[str], list[str]]:
    nodes = sorted(json.dumps(n, sort_keys=True) for n in graph["nodes"])
    edges = sorted(json.dumps(e, sort_keys=True) for e in graph["edges"])
    return nodes, edges


def tricky_graph() -> dict[str, list[dict[str, Any]]]:
    """A small graph whose names, aliases and evidence hold the characters that break lists."""
    doc = "document:tricky"
    return {
        "nodes": [
            {"id": doc, "label": "Document", "name": "Tricky, the; document", "aliases": []},
            {"id": "country:japan", "label": "Country", "name": "Japan", "aliases": ["JP"]},
            {
                "id": "official:minoru-kihara",
                "label": "Official",
                "name": "Minoru Kihara",
                "aliases": ["Kihara", 'M. "Mino" Kihara', "Kihara; Minoru", "a, b"],
                "country": "Japan",
                "titles": ["2024-09-13: Defense Minister, Japan"],
                "title": "Defense Minister, Japan",
            },
        ],
        "edges": [
            {
                "source": "official:minoru-kihara",
                "target": "country:japan",
                "type": "REPRESENTS",
                "document": doc,
                "evidence": TRICKY,
                "confidence": 0.9,
                "sources": [doc],
                "evidences": [TRICKY],
            },
            {"source": doc, "target": "official:minoru-kihara", "type": "MENTIONS"},
        ],
    }


# -- GEXF -------------------------------------------------------------------------------


def _gexf_elements(text: str) -> dict[str, Any]:
    root = ET.fromstring(text)
    graph = root.find(f"{GEXF}graph")
    assert graph is not None
    declared = {
        kind: {
            a.get("id"): (a.get("title"), a.get("type"))
            for a in graph.findall(f"{GEXF}attributes[@class='{kind}']/{GEXF}attribute")
        }
        for kind in ("node", "edge")
    }
    return {"root": root, "graph": graph, "declared": declared}


def _values(element: ET.Element, declared: dict[str, tuple[str, str]]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for value in element.findall(f"{GEXF}attvalues/{GEXF}attvalue"):
        title, kind = declared[str(value.get("for"))]
        text = str(value.get("value"))
        values[title] = json.loads(text) if kind == "liststring" else text
    return values


def test_gexf_is_version_1_3_with_declared_typed_attributes_and_consistent_spans(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    original = _load(sample_graph)
    text = _export(sample_store, "gexf", tmp_path / "g.gexf").read_text(encoding="utf-8")
    parts = _gexf_elements(text)
    root, graph, declared = parts["root"], parts["graph"], parts["declared"]

    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    assert "1.2draft" not in text and "networkx" not in text
    # Only what the schema's <graph> takes: no name.
    assert set(graph.attrib) == {"defaultedgetype", "mode", "timeformat"}
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    types = {"string", "long", "double", "boolean", "liststring"}
    for kind in ("node", "edge"):
        titles = {title for title, _ in declared[kind].values()}
        assert {t for _, t in declared[kind].values()} <= types
        assert not titles & {"id", "label", "networkx_key", "start", "end"}, kind
        assert all(declared[kind][t][1] == "liststring" for t in LISTS if t in declared[kind])
    assert declared["node"]["aliases"] == ("aliases", "liststring")
    assert declared["edge"]["evidences"] == ("evidences", "liststring")

    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    assert len(nodes) == len(original["nodes"]) and len(edges) == len(original["edges"])
    by_id = {n["id"]: n for n in original["nodes"]}
    for element in nodes:
        node = by_id[str(element.get("id"))]
        values = _values(element, declared["node"])
        assert element.get("label") == node["name"] and values["category"] == node["label"]
        assert values.get("aliases", []) == node["aliases"]

    # Spans: a node starts on its first dated fact; a dated edge on its date; an undated edge
    # when both its ends exist. So no edge ever starts before one of its nodes.
    starts = {str(n.get("id")): n.get("start") for n in nodes}
    first: dict[str, str] = {}
    for edge in original["edges"]:
        if edge.get("date"):
            day = (edge["date"] + "-01-01")[:10] if len(edge["date"]) < 10 else edge["date"]
            for end in (edge["source"], edge["target"]):
                first[end] = min(first.get(end, day), day)
    assert {k: v for k, v in starts.items() if v} == first
    undated_with_span = 0
    for element, edge in zip(edges, original["edges"], strict=True):
        assert (element.get("source"), element.get("target")) == (edge["source"], edge["target"])
        assert element.get("label") == element.get("kind") == edge["type"]
        values = _values(element, declared["edge"])
        assert values.get("evidences", []) == edge.get("evidences", [])
        start = element.get("start")
        for end in (edge["source"], edge["target"]):
            if starts[end]:
                assert start and start >= str(starts[end]), (edge, starts[end])
        if edge.get("date"):
            assert start is not None and start.startswith(edge["date"])
        elif start:
            undated_with_span += 1
            assert start == max(s for s in (starts[edge["source"]], starts[edge["target"]]) if s)
    assert undated_with_span > 0


def _gexf_schema(folder: Path) -> list[Any]:
    """Validators for the official GEXF 1.3 schema files in `folder`, as lxml compiles them.

    The folder is the `1.3` folder of the gephi/gexf repository, or a copy of its schema
    files. Its XSD (`gexf.xsd`) is used when lxml can compile it; the RELAX NG grammar
    (`gexf.rng` with `dynamics.rng` and `viz.rng`, from which the XSD is generated) always is.
    The published 1.3 XSD does not compile at the time of writing: it names the types
    graph-content, node-content and edge-content without defining them.
    """
    from lxml import etree

    validators: list[Any] = []
    problems = []
    if (folder / "gexf.rng").is_file():
        validators.append(etree.RelaxNG(etree.parse(str(folder / "gexf.rng"))))
    if (folder / "gexf.xsd").is_file():
        try:
            validators.append(etree.XMLSchema(etree.parse(str(folder / "gexf.xsd"))))
        except etree.XMLSchemaParseError as exc:
            problems.append(f"gexf.xsd does not compile: {exc}")
    assert validators, f"no usable GEXF 1.3 schema in {folder}: {problems or 'no schema files'}"
    return validators


def test_gexf_validates_against_the_official_schema(sample_store: Path, tmp_path: Path) -> None:
    folder = os.environ.get("PACTGRAPH_GEXF_XSD")
    if not folder:
        pytest.skip(
            "set PACTGRAPH_GEXF_XSD to a folder with the GEXF 1.3 schema files of the "
            "gephi/gexf repository (gexf.xsd and dynamics.xsd, or gexf.rng, dynamics.rng and "
            "viz.rng) to validate against them"
        )
    from lxml import etree

    validators = _gexf_schema(Path(folder))
    path = _export(sample_store, "gexf", tmp_path / "g.gexf")
    document = etree.parse(str(path))
    for validator in validators:
        assert validator.validate(document), validator.error_log
    # The check can fail: a name on <graph>, which the schema does not allow, is refused.
    graph = document.getroot().find(f"{GEXF}graph")
    graph.set("name", "pactgraph")
    assert not any(v.validate(document) for v in validators)


def test_gexf_reads_back_in_networkx_with_lists_intact(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    original = _load(sample_graph)
    read = nx.read_gexf(_export(sample_store, "gexf", tmp_path / "g.gexf"))
    assert set(read.nodes) == {n["id"] for n in original["nodes"]}
    assert read.number_of_edges() == len(original["edges"])
    seen = Counter((u, v, d["label"]) for u, v, d in read.edges(data=True))
    assert seen == Counter((e["source"], e["target"], e["type"]) for e in original["edges"])
    austin = read.nodes["official:lloyd-austin"]
    assert austin["category"] == "Official" and austin["label"] == "Lloyd Austin"
    standing = [d for _, _, d in read.edges(data=True) if d["label"] == "REPRESENTS"]
    assert standing and all(isinstance(json.loads(d["evidences"]), list) for d in standing)

    small = tricky_graph()
    path = tmp_path / "tricky.gexf"
    path.write_text(gexf_text(small), encoding="utf-8")
    tricky = nx.read_gexf(path)
    kihara = tricky.nodes["official:minoru-kihara"]
    assert json.loads(kihara["aliases"]) == small["nodes"][2]["aliases"]
    (edge,) = [d for _, _, d in tricky.edges(data=True) if d["label"] == "REPRESENTS"]
    assert edge["evidence"] == TRICKY and json.loads(edge["evidences"]) == [TRICKY]


# -- GraphML ----------------------------------------------------------------------------


def test_graphml_reads_in_networkx_and_igraph_without_warnings(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    import igraph

    original = _load(sample_graph)
    path = _export(sample_store, "graphml", tmp_path / "g.graphml")
    expected = Counter((e["source"], e["target"], e["type"]) for e in original["edges"])

    read = nx.read_graphml(path)
    assert set(read.nodes) == {n["id"] for n in original["nodes"]}
    assert Counter((u, v, d["label"]) for u, v, d in read.edges(data=True)) == expected

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = igraph.Graph.Read_GraphML(str(path))
    assert [str(w.message) for w in caught] == []
    assert graph.is_directed()
    ids = graph.vs["id"]
    assert sorted(ids) == sorted(n["id"] for n in original["nodes"])
    pairs = Counter((ids[e.source], ids[e.target], e["label"]) for e in graph.es)
    assert pairs == expected
    by_id = {n["id"]: n for n in original["nodes"]}
    for vertex in graph.vs:
        node = by_id[vertex["id"]]
        assert vertex["label"] == node["name"] and vertex["category"] == node["label"]
        assert (json.loads(vertex["aliases"]) if vertex["aliases"] else []) == node["aliases"]
    standing = [e for e in graph.es if e["label"] == "REPRESENTS"]
    by_edge = {_edge_key(e): e for e in original["edges"] if e["type"] == "REPRESENTS"}
    for edge in standing:
        key = (ids[edge.source], ids[edge.target], "REPRESENTS", edge["evidence"])
        assert json.loads(edge["evidences"]) == by_edge[key]["evidences"]


def test_graphml_carries_tricky_lists_exactly(tmp_path: Path) -> None:
    import igraph

    from pactgraph.graph.export import export_text
    from pactgraph.graph.subgraph import Subgraph

    small = tricky_graph()
    path = tmp_path / "tricky.graphml"
    path.write_text(export_text(Subgraph(small["nodes"], small["edges"]), "graphml"), "utf-8")
    graph = igraph.Graph.Read_GraphML(str(path))
    kihara = graph.vs.find(id="official:minoru-kihara")
    assert json.loads(kihara["aliases"]) == small["nodes"][2]["aliases"]
    (edge,) = [e for e in graph.es if e["label"] == "REPRESENTS"]
    assert edge["evidence"] == TRICKY and json.loads(edge["evidences"]) == [TRICKY]


# -- neo4j-admin CSV --------------------------------------------------------------------

# The header grammar of `neo4j-admin database import`: `name:type` per field, where the type
# is a keyword (ID, LABEL, START_ID, END_ID, TYPE, IGNORE) or a property type, `[]` making
# an array; ID fields may name an id space in parentheses, and keyword fields need no name.
_HEADER_FIELD = re.compile(
    r"^(?P<name>[^:]*)"
    r"(?::(?P<type>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|int|long|float|double|boolean|byte"
    r"|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)"
    r"(?P<array>\[\])?(?:\((?P<space>[^)]*)\))?)?$"
)
_PROPERTY_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char",
                   "string", "point", "date", "localtime", "time", "localdatetime", "datetime",
                   "duration"}  # fmt: skip
# neo4j-admin names a delimiter character by itself, as \ID, as U+XXXX or as TAB / \t.
_DELIMITER = re.compile(r"^(?:[^\s\\]|\\\d+|U\+[0-9A-Fa-f]{4}|TAB|\\t)$")


def _header(path: Path) -> list[dict[str, str | None]]:
    with path.open(encoding="utf-8", newline="") as handle:
        fields = next(csv.reader(handle))
    parsed = []
    for field in fields:
        found = _HEADER_FIELD.match(field)
        assert found, f"{path.name}: '{field}' is not a neo4j-admin header field"
        parsed.append(found.groupdict())
    return parsed


def _admin_options(script: str) -> dict[str, list[str]]:
    options: dict[str, list[str]] = {}
    for word in script.replace("\\\n", " ").split():
        if word.startswith("--") and "=" in word:
            key, value = word[2:].split("=", 1)
            options.setdefault(key, []).append(value)
    return options


def test_neo4j_admin_headers_follow_the_documented_grammar(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    original = _load(sample_graph)
    out = _export(sample_store, "csv", tmp_path / "csv")
    options = _admin_options((out / "import.sh").read_text(encoding="utf-8"))
    (delimiter,) = options["array-delimiter"]
    assert _DELIMITER.match(delimiter) and delimiter == "U+001F"
    assert chr(int(delimiter[2:], 16)) == ARRAY_DELIMITER
    assert options["id-type"] == ["string"]
    files = options["nodes"] + options["relationships"]
    assert sorted(files) == sorted(p.name for p in out.glob("*.csv"))

    for name in options["nodes"]:
        header = _header(out / name)
        kinds = [f["type"] for f in header]
        assert kinds.count("ID") == 1 and kinds.count("LABEL") == 1, name
        assert all(f["name"] for f in header if f["type"] in _PROPERTY_TYPES), name
    for name in options["relationships"]:
        kinds = [f["type"] for f in _header(out / name)]
        assert {"START_ID", "END_ID", "TYPE"} <= set(kinds), name
        assert all(kinds.count(k) == 1 for k in ("START_ID", "END_ID", "TYPE")), name

    # Array cells split on the delimiter give the lists back, sentences with ';' included.
    with (out / "relationships_REPRESENTS.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = {_edge_key(e): e for e in original["edges"] if e["type"] == "REPRESENTS"}
    assert len(rows) == len(expected)
    for row in rows:
        edge = expected[(row[":START_ID"], row[":END_ID"], row[":TYPE"], row["evidence:string"])]
        assert row["evidences:string[]"].split(ARRAY_DELIMITER) == edge["evidences"]
        assert row["sources:string[]"].split(ARRAY_DELIMITER) == edge["sources"]


def test_lists_with_commas_semicolons_and_quotes_survive_csv_and_cypher_round_trips(
    tmp_path: Path,
) -> None:
    small = tricky_graph()
    source = tmp_path / "tricky.json"
    source.write_text(json.dumps(small), encoding="utf-8")
    first = tmp_path / "first"
    done = run_cli("import", str(source), store=first)
    assert done.returncode == 0, done.stderr
    folder = _export(first, "csv", tmp_path / "csv")
    script = _export(first, "cypher", tmp_path / "tricky.cypher")
    exported = json.loads(run_cli("export", store=first).stdout)
    assert _canonical(exported) == _canonical(small)

    for name, loaded in (("from-csv", folder), ("from-cypher", script)):
        store = tmp_path / name
        done = run_cli("import", str(loaded), store=store)
        assert done.returncode == 0, done.stderr
        again = json.loads(run_cli("export", store=store).stdout)
        assert _canonical(again) == _canonical(small), name


# -- the Cypher export ------------------------------------------------------------------


def test_import_takes_the_cypher_export_in_one_transaction_and_twice_changes_nothing(
    sample_store: Path, sample_graph: Path, tmp_path: Path
) -> None:
    original = _load(sample_graph)
    script = _export(sample_store, "cypher", tmp_path / "g.cypher")
    assert "pactgraph import" in script.read_text(encoding="utf-8").splitlines()[0]
    fresh = tmp_path / "fresh"
    done = run_cli("import", str(script), store=fresh)
    assert done.returncode == 0, done.stderr
    nodes, edges = len(original["nodes"]), len(original["edges"])
    constraints = len({n["label"] for n in original["nodes"]})
    assert done.stderr.strip() == (
        f"imported {script}: {constraints + nodes + edges} statements "
        f"({nodes} nodes and {edges} relationships new)"
    )
    assert _canonical(json.loads(run_cli("export", store=fresh).stdout)) == _canonical(original)
    again = run_cli("import", str(script), store=fresh)
    assert again.returncode == 0, again.stderr
    assert "(0 nodes and 0 relationships new)" in again.stderr
    assert _canonical(json.loads(run_cli("export", store=fresh).stdout)) == _canonical(original)


def test_a_failing_cypher_script_names_its_statement_and_writes_nothing(tmp_path: Path) -> None:
    script = tmp_path / "bad.cypher"
    script.write_text(
        "// two good statements, then one that fails\n"
        "MERGE (n:`Country` {id: 'country:x'}) SET n += {`name`: 'X; with a semicolon'};\n"
        "MERGE (n:`Country` {id: 'country:y'}) SET n.name = 'Y';\n"
        "\n"
        "MATCH (n:Country) RETURN 1 / 0;\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    done = run_cli("import", str(script), store=store)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: bad.cypher, statement 3 (line 5): ")
    count = run_cli("query", "MATCH (c:Country) RETURN count(c) AS n", "-f", "json", store=store)
    assert count.returncode == 0, count.stderr
    assert json.loads(count.stdout) == [{"n": 0}]


# -- query --format csv -----------------------------------------------------------------


def _from_csv(text: str) -> list[dict[str, Any]]:
    """Rows of `query --format csv` as their values: lists and maps are JSON, '' is null."""

    def value(cell: str) -> Any:
        if cell == "":
            return None
        if cell[0] in "[{" or cell in ("true", "false"):
            return json.loads(cell)
        try:
            return json.loads(cell) if re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?", cell) else cell
        except ValueError:
            return cell

    return [{k: value(v) for k, v in row.items()} for row in csv.DictReader(text.splitlines())]


def test_query_csv_reads_back_into_the_values_of_json(sample_store: Path) -> None:
    cypher = (
        "MATCH (o:Official)-[r:REPRESENTS]->(c:Country) "
        "RETURN o.name AS name, o.aliases AS aliases, r.evidences AS evidences, "
        "r.confidence AS confidence, size(r.sources) AS documents, r.confidence > 0.5 AS sure, "
        "{country: c.name, sources: r.sources} AS detail, o.nickname AS nothing "
        "ORDER BY name"
    )
    as_json = run_cli("query", cypher, "--format", "json", store=sample_store)
    as_csv = run_cli("query", cypher, "--format", "csv", store=sample_store)
    assert as_json.returncode == 0 and as_csv.returncode == 0, as_json.stderr + as_csv.stderr
    expected = json.loads(as_json.stdout)
    assert len(expected) > 5
    assert any("," in e for row in expected for e in row["evidences"])
    assert _from_csv(as_csv.stdout) == expected
