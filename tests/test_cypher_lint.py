"""Neo4j's own Cypher linter over every statement pactgraph sends or writes.

The statements: the named queries as they are sent, the store writer's statements (schema,
UNWIND/MERGE per label and type, forget, merge, reads), the Cypher export of the sample
graph, and the Cypher in the README's examples. Each is linted as Cypher 5 and Cypher 25 by
`lintCypherQuery` of npm `@neo4j-cypher/language-support` (the version tests/node pins), with
the graph's labels and relationship types and each statement's own parameters, so an unknown
label, type, function or parameter is reported too. An error fails the test; so does a
warning that tests/cypher-lint-allow.txt does not list with its reason. This is how the
promise that the Cypher runs unchanged on Neo4j is kept on machines where no Neo4j can run.
"""

from __future__ import annotations

import ast
import fnmatch
import json
import re
import shlex
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import pactgraph.graph.store as writer
from pactgraph.graph.cypher import split_statements
from pactgraph.graph.export import cypher_script
from pactgraph.graph.model import LABELS, REL_TYPES, STANDING_TYPES
from pactgraph.queries import fill_labels, list_queries

from .conftest import ROOT
from .node_clients import pinned_version, run_node

ALLOW = ROOT / "tests" / "cypher-lint-allow.txt"
VERSIONS = ["CYPHER 5", "CYPHER 25"]


@dataclass(frozen=True)
class Sent:
    """One statement to lint: where it comes from, its text and the parameters it is given."""

    source: str
    text: str
    parameters: tuple[str, ...] = ()


# -- what pactgraph sends and writes ------------------------------------------------------


def named_statements() -> list[Sent]:
    """Every named query as it is sent: label slots filled (as `path` does) and left empty."""
    found = []
    for query in list_queries():
        slots = set(re.findall(r":([A-Z_]+_LABEL)\b", query.cypher))
        variants = {fill_labels(query, dict.fromkeys(slots, "Official")), fill_labels(query)}
        for text in sorted(variants):
            found.append(Sent(f"queries/{query.name}.cypher", text, tuple(query.params)))
    return found


# The labels at either end of each relationship type, as the writer formats its templates.
_ENDS = {
    "REPRESENTS": ("Official", "Country"),
    "MEMBER_OF": ("Country", "Organization"),
    "PART_OF": ("Organization", "Country"),
    "MET": ("Official", "Official"),
    "CO_CHAIRED": ("Official", "Meeting"),
    "ATTENDED": ("Official", "Meeting"),
    "HOSTED": ("Country", "Meeting"),
    "SIGNED": ("Official", "Agreement"),
    "PARTY_TO": ("Country", "Agreement"),
    "PARTICIPATED_IN": ("Country", "Exercise"),
    "COOPERATES_WITH": ("Country", "Country"),
    "LOCATED_IN": ("Meeting", "Location"),
    "MENTIONS": ("Document", "Official"),
}

# Statements of graph/store.py sent as they are, with the parameters the store gives them.
_PLAIN = {
    "_NODES_NAMED": ("name",),
    "_DOCUMENT_BY_ID": ("doc",),
    "_DOCUMENT_BY_REF": ("ref", "name"),
    "_FORGET_SHARED_FACTS": ("doc",),
    "_FORGET_FACTS": ("doc",),
    "_FORGET_DOCUMENT": ("doc",),
    "_NODE_FACTS": ("id",),
    "_NODE": ("id",),
    "_DELETE_NODE": ("id",),
    "_DOCUMENT_HASHES": (),
    "_OFFICIALS": (),
    "_EVENTS": (),
    "_ALL_NODES": (),
    "_ALL_EDGES": (),
    "_LABEL_COUNTS": (),
    "_TYPE_COUNTS": (),
}
# Templates, formatted below as the store formats them.
_TEMPLATES = {"_CONSTRAINT", "_NAME_INDEX", "_NODE_BY_ID", "_MERGE_NODES", "_MERGE_EDGES",
              "_MERGE_STANDING"}  # fmt: skip
# Pieces of statements, linted inside the statements that contain them.
_FRAGMENTS = {"_KEEP_SMALLER", "_LATEST_TITLE", "_CREATED_EDGES"}
_CYPHER = re.compile(r"\b(?:MATCH|MERGE|CREATE|UNWIND|RETURN|SET|DELETE)\b")


def writer_statements() -> list[Sent]:
    """Every statement the store's writer, forget, merge and reads send."""
    found = [Sent(f"graph/store.py {name}", getattr(writer, name), params)
             for name, params in _PLAIN.items()]  # fmt: skip
    for label in LABELS:
        prefix = label.lower()
        found += [
            Sent("graph/store.py _CONSTRAINT",
                 writer._CONSTRAINT.format(name=f"{prefix}_id", label=label)),
            Sent("graph/store.py _NAME_INDEX",
                 writer._NAME_INDEX.format(name=f"{prefix}_name", label=label)),
            Sent("graph/store.py _NODE_BY_ID", writer._NODE_BY_ID.format(label=label), ("id",)),
            Sent("graph/store.py _MERGE_NODES", writer._merge_nodes(label), ("rows",)),
        ]  # fmt: skip
    for rel in REL_TYPES:
        source, target = _ENDS[rel]
        name = "_MERGE_STANDING" if rel in STANDING_TYPES else "_MERGE_EDGES"
        text = getattr(writer, name).format(type=rel, source=source, target=target)
        found.append(Sent(f"graph/store.py {name}", text, ("rows",)))
    return found


_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'|\b\d+(?:\.\d+)?\b")


def export_statements(sample_graph: Path) -> list[Sent]:
    """The Cypher export of the sample graph: one statement of each form.

    The linter takes a tenth of a second or more for each statement, and the export's
    statements differ mostly in their values. So statements are grouped by what comes before
    their SET with the literals blanked (the label, or the type and the labels at its ends),
    and apart when a literal holds an escape; of each group the longest, the one with the most
    properties, is linted.
    """
    graph = json.loads(sample_graph.read_text(encoding="utf-8"))
    chosen: dict[tuple[str, bool], Sent] = {}
    for statement in split_statements(cypher_script(graph)):
        key = (_LITERAL.sub("0", statement.text).split(" SET ")[0], "\\" in statement.text)
        if key not in chosen or len(statement.text) > len(chosen[key].text):
            chosen[key] = Sent(f"export --format cypher (line {statement.line})", statement.text)
    return list(chosen.values())


# -- what the README shows ----------------------------------------------------------------

_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_INLINE = re.compile(r"`((?:MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|CALL|WITH|RETURN)\b[^`]*)`")
_VALUED = {"--name", "-n", "--param", "-p", "--format", "-f", "--store", "--uri"}


def _shell_queries(block: str) -> list[tuple[str, tuple[str, ...]]]:
    """The Cypher arguments of `pactgraph query` lines, with the names of their --param."""
    found = []
    for line in block.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if "query" not in words or not words[0].endswith("pactgraph"):
            continue
        args, params, i = words[words.index("query") + 1 :], [], 0
        cypher = None
        while i < len(args):
            if args[i] in ("--param", "-p"):
                params.append(args[i + 1].split("=", 1)[0])
            if args[i] in _VALUED:
                i += 2
                continue
            if not args[i].startswith("-"):
                cypher = args[i]
            i += 1
        if cypher:
            # Inside double quotes the shell drops the backslash of \$; shlex keeps it.
            found.append((cypher.replace("\\$", "$"), tuple(params)))
    return found


def _python_queries(block: str) -> list[str]:
    """String literals given as the query to a driver call in a Python example."""
    found = []
    for node in ast.walk(ast.parse(block)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute_query", "run") and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):  # fmt: skip
            found.append(node.args[0].value)
    return found


def readme_statements() -> list[Sent]:
    """The Cypher of README.md: `pactgraph query` examples, driver examples, inline Cypher."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for kind, block in _BLOCK.findall(readme):
        if kind == "sh":
            found += [Sent("README.md sh", text, params)
                      for text, params in _shell_queries(block)]  # fmt: skip
        elif kind == "python":
            found += [Sent("README.md python", text) for text in _python_queries(block)]
        elif kind == "cypher":
            found += [Sent("README.md cypher", s.text) for s in split_statements(block)]
    prose = _BLOCK.sub("", readme)
    # A span that is a statement, not a keyword or an outline such as `UNWIND … MERGE`.
    spans = [t for t in _INLINE.findall(prose) if " " in t.strip() and "…" not in t]
    found += [Sent("README.md text", text) for text in spans]
    return found


# -- the linter ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    """An accepted warning: for statements from SOURCE, messages that start with MESSAGE."""

    source: str
    message: str
    reason: str


def allowed() -> list[Allowed]:
    """The allow-list: `SOURCE | MESSAGE START | REASON` per line; # starts a comment."""
    entries = []
    for number, line in enumerate(ALLOW.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        assert len(parts) == 3 and all(parts), f"{ALLOW.name}:{number}: SOURCE | MESSAGE | REASON"
        entries.append(Allowed(*parts))
    return entries


def _lint_as(version: str, statements: list[Sent]) -> list[dict[str, object]]:
    request = {
        "labels": list(LABELS),
        "relationshipTypes": list(REL_TYPES),
        "versions": [version],
        "statements": [
            {"id": i, "text": s.text, "parameters": list(s.parameters)}
            for i, s in enumerate(statements)
        ],
    }
    done = run_node("lint.cjs", stdin=json.dumps(request))
    assert done.returncode == 0, done.stderr
    found: list[dict[str, object]] = json.loads(done.stdout)
    return found


def lint(statements: list[Sent]) -> list[dict[str, object]]:
    """Diagnostics of Neo4j's linter for each statement, as each Cypher version reads it."""
    # One process per version, side by side: the linter takes about 0.1 s a statement.
    with ThreadPoolExecutor(len(VERSIONS)) as pool:
        runs = list(pool.map(lambda version: _lint_as(version, statements), VERSIONS))
    return [d for found in runs for d in found]


def _report(statements: list[Sent], diagnostics: list[dict[str, object]]) -> str:
    lines = []
    for d in diagnostics:
        sent = statements[int(str(d["id"]))]
        kind = "error" if d["severity"] == 1 else "warning"
        lines.append(f"{sent.source} [{d['version']}] {kind}: {d['message']}\n    {sent.text}")
    return "\n".join(lines)


def _check(statements: list[Sent], allow: list[Allowed]) -> set[Allowed]:
    """Fail on any error and any warning the allow-list does not list; return entries used."""
    diagnostics = lint(statements)
    errors = [d for d in diagnostics if d["severity"] == 1]
    assert not errors, "Neo4j's linter found errors:\n" + _report(statements, errors)
    used, unlisted = set(), []
    for d in diagnostics:
        source = statements[int(str(d["id"]))].source
        match = [a for a in allow if fnmatch.fnmatchcase(source, a.source)
                 and str(d["message"]).startswith(a.message)]  # fmt: skip
        used.update(match)
        if not match:
            unlisted.append(d)
    assert not unlisted, (
        f"warnings not listed in {ALLOW.name}:\n" + _report(statements, unlisted)
    )  # fmt: skip
    return used


def test_the_linter_is_the_pinned_release() -> None:
    # Every release of the linter is a prerelease: the suite names the one it trusts.
    assert pinned_version("@neo4j-cypher/language-support") == "2.0.0-next.38"


def test_the_linter_reports_what_it_should() -> None:
    # The check can fail: a syntax error, an unknown label and the old CALL form are caught.
    bad = [
        Sent("probe", "MATCH (n:Official RETURN n"),
        Sent("probe", "MATCH (n:Oficial) RETURN n"),
        Sent("probe", "CALL { MATCH (n) RETURN n } RETURN n"),
        Sent("probe", "MATCH (n:Official {id: $who}) RETURN n"),
    ]
    found = lint(bad)
    for version in VERSIONS:
        seen = {(int(str(d["id"])), d["severity"]) for d in found if d["version"] == version}
        assert (0, 1) in seen  # a syntax error
        assert (1, 2) in seen  # an unknown label
        assert (2, 2) in seen  # CALL without a variable scope clause
        assert (3, 1) in seen  # a parameter the statement is not given
    # A listed warning passes; the same warning unlisted fails.
    warned = [bad[2]]
    entry = Allowed("pro*", "CALL subquery without a variable scope clause", "a probe")
    assert _check(warned, [entry]) == {entry}
    with pytest.raises(AssertionError, match="not listed"):
        _check(warned, [])


def test_every_statement_pactgraph_sends_or_writes_passes_neo4js_linter(
    sample_graph: Path,
) -> None:
    named, written = named_statements(), writer_statements()
    exported, readme = export_statements(sample_graph), readme_statements()
    assert len(named) >= 11 and {s.source for s in named} == {
        f"queries/{q.name}.cypher" for q in list_queries()
    }
    assert len(exported) > 20 and any("\\'" in s.text for s in exported)
    assert len([s for s in readme if s.source == "README.md sh"]) >= 3
    assert any(s.source == "README.md python" for s in readme)
    assert any(s.source == "README.md text" for s in readme)
    allow = allowed()
    used = _check(named + written + exported + readme, allow)
    stale = [a for a in allow if a not in used]
    assert not stale, f"{ALLOW.name} lists warnings the linter no longer gives: {stale}"


def test_every_cypher_statement_of_the_store_is_linted() -> None:
    # A statement added to graph/store.py is linted too, or this test names it.
    cypher = {name for name, value in vars(writer).items()
              if re.fullmatch(r"_[A-Z_]+", name) and isinstance(value, str)
              and _CYPHER.search(value)}  # fmt: skip
    assert cypher == set(_PLAIN) | _TEMPLATES | _FRAGMENTS
