"""Exports of a graph selection (JSON, GraphML, GEXF, neo4j-admin CSV, Cypher) and imports back."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import LABELS, REL_TYPES, Batch, Edge, Node
from .store import GraphStore
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
    "cypher_script",
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


# -- networkx formats -------------------------------------------------------------------


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return value


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One type per attribute (GraphML declares each key once): mixed types become text."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for row in rows:
        for key, value in row.items():
            kinds[key].add(bool if isinstance(value, bool) else type(value))
    textual = {k for k, found in kinds.items() if len(found) > 1}
    return [{k: (str(v) if k in textual else v) for k, v in row.items()} for row in rows]


def _flat(item: dict[str, Any], skip: Iterable[str]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in item.items() if k not in skip and v not in (None, [], "")}


def _full_date(date: str) -> str:
    # GEXF's date timeformat wants whole dates; a month or a year starts on its first day.
    return date + "-01" * max(0, (10 - len(date)) // 3)


def to_networkx(graph: GraphDict, timeline: bool = False) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per fact; `timeline` adds GEXF start dates.

    Tools show an element's `label`: a node's is its name (its graph label becomes
    `category`) and an edge's is its relationship type.
    """
    import networkx as nx

    g = nx.MultiDiGraph(name="pactgraph")
    node_rows = _uniform(
        [
            {"label": n["name"], "category": n["label"], **_flat(n, ("id", "label", "name"))}
            for n in graph["nodes"]
        ]
    )
    edge_rows = _uniform([{"label": e["type"], **_flat(e, _EDGE_KEYS)} for e in graph["edges"]])
    first_seen: dict[str, str] = {}
    if timeline:
        g.graph["mode"] = "dynamic"
        for edge, row in zip(graph["edges"], edge_rows, strict=True):
            if edge.get("date"):
                row["start"] = start = _full_date(str(edge["date"]))
                for end in (edge["source"], edge["target"]):
                    first_seen[end] = min(first_seen.get(end, start), start)
    for node, row in zip(graph["nodes"], node_rows, strict=True):
        if node["id"] in first_seen:
            row["start"] = first_seen[node["id"]]
        g.add_node(node["id"], **row)
    for index, (edge, row) in enumerate(zip(graph["edges"], edge_rows, strict=True)):
        g.add_edge(edge["source"], edge["target"], key=f"e{index}", id=f"e{index}", **row)
    return g


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


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_table(
    path: Path,
    fixed: list[str],
    values: Callable[[dict[str, Any]], list[Any]],
    rows: list[dict[str, Any]],
    skip: tuple[str, ...],
) -> None:
    props = [k for k in dict.fromkeys(k for r in rows for k in r) if k not in skip]
    header = [*fixed, *(f"{p}:{_csv_type([r.get(p) for r in rows])}" for p in props)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([*values(row), *(_csv_cell(row.get(p)) for p in props)])


def _write_csv(graph: GraphDict, directory: Path) -> list[Path]:
    """Node files per label and relationship files per type, in neo4j-admin import format."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph["nodes"]:
        by_label[node["label"]].append(node)
    for label, rows in sorted(by_label.items()):
        path = directory / f"nodes_{label}.csv"
        fixed = ["id:ID", ":LABEL"]
        _write_table(path, fixed, lambda r: [r["id"], r["label"]], rows, ("id", "label"))
        written.append(path)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge in graph["edges"]:
        by_type[edge["type"]].append(edge)
    for rel, rows in sorted(by_type.items()):
        path = directory / f"relationships_{rel}.csv"
        fixed = [":START_ID", ":END_ID", ":TYPE"]
        _write_table(path, fixed, lambda r: [r["source"], r["target"], r["type"]], rows, _EDGE_KEYS)
        written.append(path)
    (directory / "import.sh").write_text(_admin_command(written), encoding="utf-8")
    return [*written, directory / "import.sh"]


def _admin_command(files: list[Path]) -> str:
    parts = ["neo4j-admin database import full --array-delimiter=';' --id-type=string"]
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
        return text.split(";")
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
    lines = ["// pactgraph export: run with cypher-shell -f, or `pactgraph import`."]
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
            f"MATCH (a:`{labels[edge.source]}` {{id: {_literal(edge.source)}}}), "
            f"(b:`{labels[edge.target]}` {{id: {_literal(edge.target)}}}) "
            f"MERGE (a)-[r:`{edge.type}` {{key: {_literal(edge.key)}}}]->(b) "
            f"SET r += {_map(props)};"
        )
    return "\n".join(lines) + "\n"


# -- writing ----------------------------------------------------------------------------


def _graphml(graph: GraphDict) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(to_networkx(graph))) + "\n"


def _gexf(graph: GraphDict) -> str:
    import networkx as nx

    return "\n".join(nx.generate_gexf(to_networkx(graph, timeline=True))) + "\n"


_TEXT_FORMATS: dict[str, Callable[[GraphDict], str]] = {
    "json": lambda graph: export_json(graph) + "\n",
    "graphml": _graphml,
    "gexf": _gexf,
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


def read_graph(path: Path) -> GraphDict:
    """Read a JSON export, or a directory of neo4j-admin CSV files, into the export shape."""
    if path.is_dir():
        return _read_csv(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
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
