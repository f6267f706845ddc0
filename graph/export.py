"""Exports of a graph selection (JSON, GraphML, GEXF, neo4j-admin CSV, Cypher) and imports back."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cypher import Statement, split_statements
from .errors import InputError, QueryError
from .model import LABELS, REL_TYPES, Batch, Edge, Node
from .store import GraphStore, WriteSummary
from .subgraph import GraphDict, Subgraph

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EXPORT_FORMATS",
    "graph_dict",
    "export_json",
    "write_export",
    "export_text",
    "read_graph",
    "batch_from_graph",
    "load_import",
    "to_networkx",
    "gexf_text",
    "timeline_starts",
    "list_text",
    "cypher_script",
    "ARRAY_DELIMITER",
    "read_import",
    "write_import",
    "CypherScript",
    "ImportSummary",
]

# Format name -> file name used when the output is a directory.
EXPORT_FORMATS = {
    "json": "pactgraph.json",
    "graphml": "pactgraph.graphml",
    "gexf": "pactgraph.gexf",
    "csv": "",
    "cypher": "pactgraph.cypher",
}

_NODE_KEYS = ("id", "label", "name", "aliases")
_EDGE_KEYS = ("source", "target", "type")


def graph_dict(store: GraphStore) -> GraphDict:
    """The whole graph in the SCHEMA.md export shape."""
    return {"nodes": list(store.nodes()), "edges": list(store.edges())}


def export_json(graph: GraphDict) -> str:
    """A graph as SCHEMA.md JSON text."""
    return json.dumps(graph, indent=2, ensure_ascii=False)


# -- GraphML and GEXF -------------------------------------------------------------------


def list_text(values: Iterable[Any]) -> str:
    """A list property as one attribute value: a JSON array of strings.

    GraphML has no list type, so every reader can split it back with a JSON parser. It is also
    the syntax Gephi reads for a GEXF `liststring`: brackets, commas, and double-quoted items
    whose quotes and backslashes are escaped with a backslash.
    """
    return json.dumps([str(v) for v in values], ensure_ascii=False)


def _scalar(value: Any) -> Any:
    return list_text(value) if isinstance(value, (list, tuple)) else value


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One type per attribute (GraphML declares each key once): mixed types become text."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for row in rows:
        for key, value in row.items():
            kinds[key].add(bool if isinstance(value, bool) else type(value))
    textual = {k for k, found in kinds.items() if len(found) > 1}
    return [{k: (_text(v) if k in textual else v) for k, v in row.items()} for row in rows]


def _text(value: Any) -> str:
    return list_text(value) if isinstance(value, (list, tuple)) else str(value)


def _kept(item: dict[str, Any], skip: Iterable[str]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in skip and v not in (None, [], "")}


def _node_rows(graph: GraphDict) -> list[dict[str, Any]]:
    """Node attributes as tools show them: `label` is the name, `category` the graph label."""
    return _uniform(
        [
            {"label": n["name"], "category": n["label"], **_kept(n, ("id", "label", "name"))}
            for n in graph["nodes"]
        ]
    )


def _edge_rows(graph: GraphDict) -> list[dict[str, Any]]:
    """Edge attributes as tools show them: `label` is the relationship type."""
    return _uniform([{"label": e["type"], **_kept(e, _EDGE_KEYS)} for e in graph["edges"]])


def to_networkx(graph: GraphDict) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per fact, keyed `e0`, `e1`, ...; lists as JSON arrays.

    Tools show an element's `label`: a node's is its name (its graph label becomes
    `category`) and an edge's is its relationship type. The edge's key is its GraphML id, so
    no attribute is called `id`: igraph reads the ids into an attribute of that name.
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    for node, row in zip(graph["nodes"], _node_rows(graph), strict=True):
        g.add_node(node["id"], **{k: _scalar(v) for k, v in row.items()})
    for index, (edge, row) in enumerate(zip(graph["edges"], _edge_rows(graph), strict=True)):
        attrs = {k: _scalar(v) for k, v in row.items()}
        g.add_edge(edge["source"], edge["target"], key=f"e{index}", **attrs)
    return g


def _full_date(date: str) -> str:
    # GEXF's date timeformat wants whole dates; a month or a year starts on its first day.
    return date + "-01" * max(0, (10 - len(date)) // 3)


def timeline_starts(graph: GraphDict) -> tuple[dict[str, str], list[str | None]]:
    """When each node and each edge starts on a timeline; None for always.

    A node starts on the date of its first dated fact. A dated edge starts on its date, which
    is never before either end. An undated edge starts when both its ends exist, so that no
    edge is ever drawn before one of its nodes.
    """
    nodes: dict[str, str] = {}
    for edge in graph["edges"]:
        if edge.get("date"):
            start = _full_date(str(edge["date"]))
            for end in (edge["source"], edge["target"]):
                nodes[end] = min(nodes.get(end, start), start)
    edges: list[str | None] = []
    for edge in graph["edges"]:
        if edge.get("date"):
            edges.append(_full_date(str(edge["date"])))
        else:
            ends = [nodes[e] for e in (edge["source"], edge["target"]) if e in nodes]
            edges.append(max(ends) if ends else None)
    return nodes, edges


GEXF_NAMESPACE = "http://gexf.net/1.3"

_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string", list: "liststring"}


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return list_text(value) if isinstance(value, (list, tuple)) else str(value)


def _gexf_attributes(parent: Any, kind: str, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Declare one `<attribute>` per property (its id is its title); return title -> id."""
    from xml.etree import ElementTree as ET

    declared = ET.SubElement(parent, "attributes", {"class": kind})
    ids: dict[str, str] = {}
    for title in dict.fromkeys(k for row in rows for k in row if k != "label"):
        found = {type(row[title]) for row in rows if title in row}
        kind_of = _GEXF_TYPES.get(found.pop(), "string") if len(found) == 1 else "string"
        ids[title] = title
        ET.SubElement(declared, "attribute", {"id": title, "title": title, "type": kind_of})
    return ids


def _attvalues(element: Any, row: dict[str, Any], ids: dict[str, str]) -> None:
    from xml.etree import ElementTree as ET

    values = [(ids[k], _gexf_value(v)) for k, v in row.items() if k in ids]
    if values:
        holder = ET.SubElement(element, "attvalues")
        for key, value in values:
            ET.SubElement(holder, "attvalue", {"for": key, "value": value})


def gexf_text(graph: GraphDict) -> str:
    """A graph as GEXF 1.3, the version Gephi writes and reads, with a timeline of facts.

    Every node and edge carries its properties as typed attributes (lists as `liststring`);
    an edge's `label` and `kind` are its relationship type, and its `start` is set as
    `timeline_starts` says.
    """
    from xml.etree import ElementTree as ET

    node_rows, edge_rows = _node_rows(graph), _edge_rows(graph)
    node_starts, edge_starts = timeline_starts(graph)
    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "pactgraph"
    description = ET.SubElement(meta, "description")
    description.text = "Security partnerships: entities and the facts that join them"
    body = ET.SubElement(
        root, "graph", {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"}
    )
    node_ids = _gexf_attributes(body, "node", node_rows)
    edge_ids = _gexf_attributes(body, "edge", edge_rows)
    nodes = ET.SubElement(body, "nodes", {"count": str(len(node_rows))})
    for node, row in zip(graph["nodes"], node_rows, strict=True):
        attrs = {"id": node["id"], "label": str(row["label"])}
        if node["id"] in node_starts:
            attrs["start"] = node_starts[node["id"]]
        _attvalues(ET.SubElement(nodes, "node", attrs), row, node_ids)
    edges = ET.SubElement(body, "edges", {"count": str(len(edge_rows))})
    for index, (edge, row, start) in enumerate(
        zip(graph["edges"], edge_rows, edge_starts, strict=True)
    ):
        attrs = {
            "id": f"e{index}",
            "source": edge["source"],
            "target": edge["target"],
            "label": edge["type"],
            "kind": edge["type"],
        }
        if start:
            attrs["start"] = start
        _attvalues(ET.SubElement(edges, "edge", attrs), row, edge_ids)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


# -- neo4j-admin CSV --------------------------------------------------------------------


def _csv_type(values: list[Any]) -> str:
    present = [v for v in values if v not in (None, "")]
    if present and all(isinstance(v, list) for v in present):
        return "string[]"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


# neo4j-admin splits an array cell on one character. Evidence sentences hold commas,
# semicolons and quotes, so the delimiter is the ASCII unit separator, a control character
# that text never holds (a value that does hold it is refused rather than split wrongly).
ARRAY_DELIMITER = "\x1f"
_ADMIN_DELIMITER = "U+001F"  # how neo4j-admin's --array-delimiter names that character


def _csv_cell(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        items = [str(v) for v in value]
        if any(ARRAY_DELIMITER in item for item in items):
            raise InputError(f"{where}: a list item holds the array delimiter {_ADMIN_DELIMITER}")
        return ARRAY_DELIMITER.join(items)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_table(
    path: Path,
    fixed: list[str],
    values: Callable[[dict[str, Any]], list[Any]],
    rows: list[dict[str, Any]],
    skip: tuple[str, ...],
) -> bool:
    """Write one neo4j-admin file; return whether a cell spans several lines."""
    props = [k for k in dict.fromkeys(k for r in rows for k in r) if k not in skip]
    header = [*fixed, *(f"{p}:{_csv_type([r.get(p) for r in rows])}" for p in props)]
    multiline = False
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for number, row in enumerate(rows, 2):
            where = f"{path.name}, line {number}"
            cells = [*values(row), *(_csv_cell(row.get(p), where) for p in props)]
            multiline = multiline or any("\n" in c or "\r" in c for c in cells)
            writer.writerow(cells)
    return multiline


def _write_csv(graph: GraphDict, directory: Path) -> list[Path]:
    """Node files per label and relationship files per type, in neo4j-admin import format."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    multiline = False
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph["nodes"]:
        by_label[node["label"]].append(node)
    for label, rows in sorted(by_label.items()):
        path = directory / f"nodes_{label}.csv"
        fixed = ["id:ID", ":LABEL"]
        split = _write_table(path, fixed, lambda r: [r["id"], r["label"]], rows, ("id", "label"))
        multiline = multiline or split
        written.append(path)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge in graph["edges"]:
        by_type[edge["type"]].append(edge)
    for rel, rows in sorted(by_type.items()):
        path = directory / f"relationships_{rel}.csv"
        fixed = [":START_ID", ":END_ID", ":TYPE"]
        split = _write_table(
            path, fixed, lambda r: [r["source"], r["target"], r["type"]], rows, _EDGE_KEYS
        )
        multiline = multiline or split
        written.append(path)
    script = _admin_command(written, multiline)
    (directory / "import.sh").write_text(script, encoding="utf-8")
    return [*written, directory / "import.sh"]


def _admin_command(files: list[Path], multiline: bool) -> str:
    parts = [
        "neo4j-admin database import full"
        f" --array-delimiter={_ADMIN_DELIMITER} --id-type=string"
        + (" --multiline-fields=true" if multiline else "")
    ]
    for path in files:
        flag = "--nodes" if path.name.startswith("nodes_") else "--relationships"
        parts.append(f"  {flag}={path.name}")
    parts.append("  neo4j")
    return "#!/bin/sh\n# Run from this directory with the target database stopped.\n" + (
        " \\\n".join(parts) + "\n"
    )


def _csv_value(text: str, kind: str) -> Any:
    if text == "":
        return None
    if kind == "string[]":
        return text.split(ARRAY_DELIMITER)
    if kind == "long":
        return int(text)
    if kind == "double":
        return float(text)
    if kind == "boolean":
        return text == "true"
    return text


# Header column types of neo4j-admin that name a field of the export format instead.
_CSV_FIELDS = {
    "ID": "id",
    "LABEL": "label",
    "START_ID": "source",
    "END_ID": "target",
    "TYPE": "type",
}


def _read_csv(directory: Path) -> GraphDict:
    graph: GraphDict = {"nodes": [], "edges": []}
    files = sorted(directory.glob("nodes_*.csv")) + sorted(directory.glob("relationships_*.csv"))
    if not files:
        raise InputError(f"{directory} holds no nodes_*.csv or relationships_*.csv files")
    for path in files:
        into = graph["nodes"] if path.name.startswith("nodes_") else graph["edges"]
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = [tuple((h.split(":", 1) + ["string"])[:2]) for h in next(reader, [])]
                for line in reader:
                    item: dict[str, Any] = {}
                    for (name, kind), text in zip(header, line, strict=False):
                        value = _csv_value(text, kind)
                        if value is not None:
                            item[_CSV_FIELDS.get(kind, name)] = value
                    into.append(item)
            except (ValueError, csv.Error, UnicodeDecodeError) as exc:
                raise InputError(f"{path.name}, line {reader.line_num}: {exc}") from None
    return graph


# -- Cypher script ----------------------------------------------------------------------


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{text}'"


def _map(props: dict[str, Any]) -> str:
    return "{" + ", ".join(f"`{k}`: {_literal(v)}" for k, v in props.items()) + "}"


def cypher_script(graph: GraphDict) -> str:
    """A script of MERGE statements that recreates the graph in Neo4j, one per line."""
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    lines = ["// pactgraph export: run with cypher-shell -f, or load with `pactgraph import`."]
    for label in sorted(set(labels.values())):
        lines.append(f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.id IS UNIQUE;")
    for node in graph["nodes"]:
        props = {k: v for k, v in node.items() if k not in ("id", "label") and v is not None}
        lines.append(
            f"MERGE (n:`{node['label']}` {{id: {_literal(node['id'])}}}) SET n += {_map(props)};"
        )
    for item in graph["edges"]:
        # Properties as the store keeps them: the document id is `source`.
        edge = _edge(item)
        props = {k: v for k, v in edge.props.items() if v is not None}
        lines.append(
            # Two MATCH clauses, not one list of patterns: Neo4j warns of a cartesian product
            # for unconnected patterns, though each finds one node by its unique id.
            f"MATCH (a:`{labels[edge.source]}` {{id: {_literal(edge.source)}}}) "
            f"MATCH (b:`{labels[edge.target]}` {{id: {_literal(edge.target)}}}) "
            f"MERGE (a)-[r:`{edge.type}` {{key: {_literal(edge.key)}}}]->(b) "
            f"SET r += {_map(props)};"
        )
    return "\n".join(lines) + "\n"


# -- writing ----------------------------------------------------------------------------


def _graphml(graph: GraphDict) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(to_networkx(graph))) + "\n"


_TEXT_FORMATS: dict[str, Callable[[GraphDict], str]] = {
    "json": lambda graph: export_json(graph) + "\n",
    "graphml": _graphml,
    "gexf": gexf_text,
    "cypher": cypher_script,
}


def _check_level(sub: Subgraph, fmt: str) -> None:
    # Country-map edges are interactions, not facts of the store: nothing may load them as such.
    if sub.level != "entity" and fmt in ("csv", "cypher"):
        raise InputError(f"the {sub.level} map exports as json, graphml or gexf, not {fmt}")


def export_text(sub: Subgraph, fmt: str) -> str:
    """A selection as text, for the formats that fit in one file."""
    _check_level(sub, fmt)
    if fmt == "csv":
        raise InputError("csv export writes one file per label and type: pass -o DIRECTORY")
    if fmt == "json" and sub.level != "entity":
        # Marked, so that `import` knows it for what it is.
        return (
            json.dumps({"level": sub.level, **sub.as_dict()}, indent=2, ensure_ascii=False) + "\n"
        )
    return _TEXT_FORMATS[fmt](sub.as_dict())


def write_export(sub: Subgraph, fmt: str, output: Path) -> list[Path]:
    """Write a selection in one format to a file, or into a directory; return the files."""
    _check_level(sub, fmt)
    try:
        if fmt == "csv":
            if output.exists() and not output.is_dir():
                raise InputError(f"csv export writes several files: give a directory, not {output}")
            return _write_csv(sub.as_dict(), output)
        if not output.exists() and not output.suffix:
            output.mkdir(parents=True)  # `-o exports/`: a directory to fill
        path = output / EXPORT_FORMATS[fmt] if output.is_dir() else output
        path.write_text(export_text(sub, fmt), encoding="utf-8")
        return [path]
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None


# -- importing --------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None


def read_graph(path: Path) -> GraphDict:
    """Read a JSON export, or a directory of neo4j-admin CSV files, into the export shape."""
    if path.is_dir():
        return _read_csv(path)
    return _json_graph(path, _read_text(path))


def _json_graph(path: Path, text: str) -> GraphDict:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise InputError(
            f"{path} is not a pactgraph export: expected {{'nodes': [...], 'edges': [...]}}"
        )
    if data.get("level", "entity") != "entity":
        raise InputError(
            f"{path} is a {data['level']} map (export --level {data['level']}): "
            "its edges are not facts of the graph, so it cannot be imported"
        )
    if not isinstance(data.get("edges", []), list):
        raise InputError(f"{path}: 'edges' must be a list")
    return {"nodes": data["nodes"], "edges": data.get("edges", [])}


def _edge(item: dict[str, Any]) -> Edge:
    props = {k: v for k, v in item.items() if k not in _EDGE_KEYS}
    if "document" in props:
        props["source"] = props.pop("document")
    return Edge(item["type"], item["source"], item["target"], props)


def batch_from_graph(graph: GraphDict) -> Batch:
    """Check an export-shaped graph and turn it into one batch for the store."""
    batch = Batch()
    for number, item in enumerate(graph["nodes"], 1):
        if not isinstance(item, dict) or not all(item.get(k) for k in ("id", "label", "name")):
            raise InputError(f"node {number} needs an id, a label and a name")
        if item["label"] not in LABELS:
            raise InputError(f"node {item['id']}: unknown label '{item['label']}'")
        props = {k: v for k, v in item.items() if k not in _NODE_KEYS}
        batch.add_node(
            Node(item["id"], item["label"], item["name"], list(item.get("aliases") or []), props)
        )
    for number, item in enumerate(graph["edges"], 1):
        if not isinstance(item, dict) or not all(item.get(k) for k in _EDGE_KEYS):
            raise InputError(f"edge {number} needs a source, a target and a type")
        if item["type"] not in REL_TYPES:
            raise InputError(f"edge {number}: unknown relationship type '{item['type']}'")
        for end in (item["source"], item["target"]):
            if end not in batch.nodes:
                raise InputError(
                    f"edge {number} ({item['type']}) names a node not in the file: {end}"
                )
        batch.add_edge(_edge(item))
    return batch


def load_import(path: Path) -> Batch:
    """Read and check a file for `pactgraph import`, before any store is touched."""
    return batch_from_graph(read_graph(path))


# A Cypher script is recognised by its name, or by opening with a comment or a keyword where
# a JSON export opens with a brace.
_SCRIPT_SUFFIXES = (".cypher", ".cql")
_SCRIPT_START = re.compile(r"^\s*(?://|/\*|[A-Za-z])")


@dataclass(frozen=True)
class CypherScript:
    """A Cypher script to import, such as `export --format cypher` writes, split in statements."""

    path: Path
    statements: list[Statement]


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    nodes: int | None
    relationships: int | None
    statements: int | None
    written: WriteSummary

    def describe(self) -> str:
        """One line for the user."""
        new = self.written
        if self.statements is not None:
            return (
                f"{self.statements} statements ({new.nodes_created} nodes and "
                f"{new.relationships_created} relationships new)"
            )
        return (
            f"{self.nodes} nodes ({new.nodes_created} new), "
            f"{self.relationships} relationships ({new.relationships_created} new)"
        )


def read_import(path: Path) -> Batch | CypherScript:
    """Read and check what `pactgraph import` loads, before any store is touched.

    A directory holds neo4j-admin CSV files, a Cypher script is split into its statements, and
    anything else is read as a JSON export.
    """
    if path.is_dir():
        return load_import(path)
    text = _read_text(path)
    if path.suffix.lower() not in _SCRIPT_SUFFIXES and not _SCRIPT_START.match(text):
        return batch_from_graph(_json_graph(path, text))
    statements = split_statements(text)
    if not statements:
        raise InputError(f"{path} holds no Cypher statement")
    return CypherScript(path, statements)


def write_import(store: GraphStore, loaded: Batch | CypherScript) -> ImportSummary:
    """Write what `read_import` read: the whole of it or nothing, merging by id.

    A batch is written in one transaction. A script's statements run in order, its data
    writes in one transaction; an error names the statement and its line.
    """
    store.ensure_schema()
    if isinstance(loaded, CypherScript):
        try:
            written = store.run_script(loaded.statements)
        except QueryError as exc:
            raise QueryError(f"{loaded.path.name}, {exc}") from None
        return ImportSummary(None, None, len(loaded.statements), written)
    written = store.write(loaded)
    return ImportSummary(len(loaded.nodes), len(loaded.edges), None, written)
