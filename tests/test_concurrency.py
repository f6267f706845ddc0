"""Two writers at once: concurrent ingests through one server end as one ingest of both."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import CORPUS, PACTGRAPH, SAMPLES, BoltServer, run_cli

# Overlapping corpora whose documents disagree on some properties (an official's title, a
# meeting's date, an agreement's wording): the store merges those the same way whatever order
# the writers take, so only a lost or doubled write can change the graph.
SHARED = [SAMPLES / "release-2024-04-11-trilateral-summit.txt"]
FIRST = [SAMPLES / "digest-2024-01-12.txt", SAMPLES / "digest-2024-09-13.txt", *SHARED]
SECOND = [*SHARED, SAMPLES / "digest-2024-05-10.txt", CORPUS / "digest-2024-03-22.txt"]
ROUNDS = 3  # a race is lost some of the time: each round is a new chance to lose it


def _env(store: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PACTGRAPH_"))}
    if store is not None:
        env["PACTGRAPH_STORE"] = str(store)
    return env


def _graph(export: str) -> tuple[list[str], list[str]]:
    """Nodes and edges as sorted JSON lines; list properties (aliases, titles) as sets."""
    graph = json.loads(export)

    def line(item: dict[str, object]) -> str:
        flat = {k: sorted(v) if isinstance(v, list) else v for k, v in item.items()}
        return json.dumps(flat, sort_keys=True)

    return sorted(map(line, graph["nodes"])), sorted(map(line, graph["edges"]))


@pytest.fixture(scope="module")
def union_graph(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    """One ingest of both corpora into a new store, exported."""
    store = tmp_path_factory.mktemp("union") / "store"
    every = [*FIRST, *SECOND[1:]]
    done = run_cli("ingest", *map(str, every), store=store)
    assert done.returncode == 0, done.stderr
    exported = run_cli("export", "--format", "json", store=store)
    assert exported.returncode == 0, exported.stderr
    return _graph(exported.stdout)


def _race(connect: list[str], store: Path | None) -> None:
    """Two `pactgraph ingest` processes started together; both must succeed."""
    runs = [
        subprocess.Popen(
            [PACTGRAPH, *connect, "ingest", *map(str, corpus), "--format", "json"],
            env=_env(store),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for corpus in (FIRST, SECOND)
    ]
    for run, corpus in zip(runs, (FIRST, SECOND), strict=True):
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        reports = json.loads(out)
        assert [r["path"] for r in reports] == [str(p) for p in corpus]
        assert {r["status"] for r in reports} <= {"ingested", "unchanged"}


def _check_rounds(connect: list[str], store: Path | None, expected: object) -> None:
    for _ in range(ROUNDS):
        cleared = subprocess.run(
            [PACTGRAPH, *connect, "query", "--write", "MATCH (n) DETACH DELETE n"],
            env=_env(store), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert cleared.returncode == 0, cleared.stderr
        _race(connect, store)
        exported = subprocess.run(
            [PACTGRAPH, *connect, "export", "--format", "json"],
            env=_env(store), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert exported.returncode == 0, exported.stderr
        assert _graph(exported.stdout) == expected


class _Serve:
    """`pactgraph serve` for a store, as a user starts it in another terminal."""

    def __init__(self, store: Path) -> None:
        self.process = subprocess.Popen(
            [PACTGRAPH, "serve"], env=_env(store), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        line = "-"
        while line and not line.startswith("Stop it"):
            line = self.process.stdout.readline()
        assert line, f"serve did not start: {self.process.stderr.read()}"  # type: ignore[union-attr]

    def stop(self) -> None:
        self.process.terminate()
        assert self.process.wait(timeout=120) == 0


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[Path]:
    """A new embedded store, served."""
    store = tmp_path / "store"
    server = _Serve(store)
    try:
        yield store
    finally:
        server.stop()


def test_two_ingests_through_serve_equal_one_ingest_of_both(
    served: Path, union_graph: tuple[list[str], list[str]]
) -> None:
    _check_rounds([], served, union_graph)


def test_two_ingests_through_a_bolt_server_equal_one_ingest_of_both(
    tmp_path: Path, union_graph: tuple[list[str], list[str]]
) -> None:
    server = BoltServer(tmp_path / "remote")
    try:
        endpoint = server.endpoint
        connect = ["--uri", endpoint.uri, "--user", endpoint.user]
        connect += ["--password", endpoint.password, "--database", str(endpoint.database)]
        _check_rounds(connect, None, union_graph)
    finally:
        server.stop()


def test_a_failed_write_names_the_document_and_the_cause(served: Path) -> None:
    store = served
    good, bad = SAMPLES / "digest-2024-05-10.txt", SAMPLES / "digest-2024-09-13.txt"
    assert run_cli("ingest", str(good), store=store).returncode == 0
    # A property of the wrong type makes the writer's MERGE of Kihara fail in the engine.
    spoiled = run_cli(
        "query", "--write", "MATCH (o:Official {id: 'official:minoru-kihara'}) SET o.titles = 5",
        store=store,
    )  # fmt: skip
    assert spoiled.returncode == 0, spoiled.stderr
    done = run_cli("ingest", str(bad), store=store)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"Error: {bad}: write failed: "), lines[0]
    # The engine's message only echoes the query; the cause comes from its log.
    assert "requires a list" in lines[0]
    for query_text in ("UNWIND", "MERGE", "$rows", "Error executing Cypher"):
        assert query_text not in lines[0]
    counted = run_cli(
        "query", "MATCH (d:Document) RETURN count(d) AS n", "--format", "json", store=store
    )
    assert json.loads(counted.stdout) == [{"n": 1}]  # nothing of the failed document
