"""A failed write leaves nothing, and an empty result still has its columns, in every format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactgraph.graph.cypher import return_columns, split_statements
from pactgraph.graph.errors import QueryError
from pactgraph.graph.store import GraphStore, StoreSettings, open_store
from pactgraph.queries import fill_labels, list_queries, run_named

from .conftest import SAMPLES, ingested_store, run_cli
from .test_serve import Served

# A statement that writes and then fails: run in auto-commit mode, the engine would keep the
# node it created before failing.
FAILING_WRITE = "CREATE (:Pz {v: 99}) WITH 1 AS x RETURN 1/0"
COUNT = "MATCH (p:Pz) RETURN count(p) AS n"


def test_a_write_that_fails_leaves_nothing_in_any_store(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="by zero"):
        store.query(FAILING_WRITE, write=True)
    assert store.query(COUNT).rows == [{"n": 0}]
    # Without --write the same statement is refused or fails, and leaves nothing either.
    with pytest.raises(QueryError):
        store.query(FAILING_WRITE)
    assert store.query(COUNT).rows == [{"n": 0}]
    # A write that succeeds is kept: the check above can fail.
    store.query("CREATE (:Pz {v: 1})", write=True)
    assert store.query(COUNT).rows == [{"n": 1}]


def test_an_empty_result_keeps_its_columns_in_any_store(store: GraphStore) -> None:
    assert store.query("UNWIND [] AS e RETURN e").columns == ["e"]
    empty = store.query("MATCH (o:Official {name: 'Nobody'}) RETURN o.name AS name, o.title")
    assert empty.rows == [] and empty.columns == ["name", "o.title"]
    named = run_named(store, "officials", {"country": "Atlantis"})
    assert named.rows == [] and named.columns == ["name", "title", "country", "aliases"]


def _failing_write_leaves_nothing(store: Path) -> None:
    done = run_cli("query", FAILING_WRITE, "--write", store=store)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:") and "by zero" in lines[0]
    count = run_cli("query", COUNT, "--format", "json", store=store)
    assert count.returncode == 0, count.stderr
    assert json.loads(count.stdout) == [{"n": 0}]


def _empty_results_print_their_header(store: Path) -> None:
    for args, columns in (
        (["UNWIND [] AS e RETURN e"], ["e"]),
        (
            ["MATCH (o:Official {name: 'Nobody'}) RETURN o.name AS name, o.title AS title"],
            ["name", "title"],
        ),
        (["--name", "officials", "--param", "country=Atlantis"],
         ["name", "title", "country", "aliases"]),
    ):  # fmt: skip
        table = run_cli("query", *args, store=store)
        assert table.returncode == 0, table.stderr
        header, rule = table.stdout.splitlines()
        assert header.split() == columns and set(rule.replace(" ", "")) == {"-"}
        assert table.stderr.strip() == "(no rows)"
        as_csv = run_cli("query", *args, "--format", "csv", store=store)
        assert as_csv.returncode == 0 and as_csv.stdout == ",".join(columns) + "\n"
        as_json = run_cli("query", *args, "--format", "json", store=store)
        assert as_json.returncode == 0 and json.loads(as_json.stdout) == []


@pytest.fixture()
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one sample digest."""
    return ingested_store(tmp_path_factory, SAMPLES / "digest-2024-09-13.txt")


def test_query_write_runs_in_a_transaction_that_a_failure_rolls_back(small_store: Path) -> None:
    _failing_write_leaves_nothing(small_store)


def test_an_empty_query_result_prints_its_header_in_every_format(small_store: Path) -> None:
    _empty_results_print_their_header(small_store)


def test_the_same_holds_through_a_running_server(small_store: Path) -> None:
    server = Served(small_store)
    try:
        _failing_write_leaves_nothing(small_store)
        _empty_results_print_their_header(small_store)
    finally:
        assert server.end() == 0


# -- column names from the Cypher text ----------------------------------------------------


@pytest.mark.parametrize(
    ("cypher", "columns"),
    [
        ("UNWIND [] AS e RETURN e", ["e"]),
        ("MATCH (o) RETURN o.name AS name, o.title", ["name", "o.title"]),
        ("MATCH (o) RETURN DISTINCT toUpper(o.name), count(*) AS n ORDER BY n LIMIT 3",
         ["toUpper(o.name)", "n"]),
        ("MATCH (o) RETURN {a: 1, b: [2, 3]} AS m, 'x, y' AS s, o.a as `odd ``name`",
         ["m", "s", "odd `name"]),
        ("CALL () { MATCH (n) RETURN n } WITH n RETURN n.id AS id", ["id"]),
        ("MATCH (n) RETURN n.a AS a UNION MATCH (n) RETURN n.b AS a", ["a"]),
        ("MATCH (n) // RETURN nothing\nRETURN n.x AS x;", ["x"]),
        ("MATCH (n) RETURN *", []),
        ("CREATE (n:Pz)", []),
    ],
)  # fmt: skip
def test_return_columns_names_what_neo4j_names(cypher: str, columns: list[str]) -> None:
    assert return_columns(cypher) == columns


def test_a_script_splits_on_semicolons_outside_strings_and_comments() -> None:
    script = (
        "// a header; with a semicolon\n"
        "CREATE CONSTRAINT IF NOT EXISTS FOR (n:`A;B`) REQUIRE n.id IS UNIQUE;\n"
        "MERGE (n:A {id: 'x;y'}) SET n.s = 'it\\'s; \"so\"';\n"
        "/* a comment; */ MATCH (a) RETURN a\n"
    )
    found = [(s.line, s.text) for s in split_statements(script)]
    assert found == [
        (2, "CREATE CONSTRAINT IF NOT EXISTS FOR (n:`A;B`) REQUIRE n.id IS UNIQUE"),
        (3, "MERGE (n:A {id: 'x;y'}) SET n.s = 'it\\'s; \"so\"'"),
        (4, "MATCH (a) RETURN a"),
    ]


@pytest.fixture()
def sample(sample_store: Path) -> Iterator[GraphStore]:
    """The sample store, opened in this process."""
    opened = open_store(StoreSettings(path=sample_store))
    try:
        yield opened
    finally:
        opened.close()


# Parameters under which each named query has rows in the sample store.
_WITH_ROWS = {
    "entities": {},
    "mentions": {"id": "official:lloyd-austin"},
    "met_pairs": {},
    "node": {"id": "official:lloyd-austin"},
    "officials": {},
    "partners": {"country": "Japan"},
    "path": {"a": "official:lloyd-austin", "b": "official:minoru-kihara"},
    "profile": {"id": "official:lloyd-austin"},
    "timeline": {"id": "official:lloyd-austin"},
    "who_met": {"id": "official:lloyd-austin"},
}


def test_named_queries_declare_the_columns_they_return(sample: GraphStore) -> None:
    queries = list_queries()
    assert {q.name for q in queries} == set(_WITH_ROWS)
    for query in queries:
        assert query.columns, f"{query.name} declares no columns"
        assert list(query.columns) == return_columns(fill_labels(query)), query.name
        result = run_named(sample, query.name, _WITH_ROWS[query.name])
        assert result.rows, query.name
        assert result.columns == list(query.columns), query.name
