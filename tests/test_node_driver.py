"""A Bolt client that is not the Python driver: Neo4j's JavaScript driver against `serve`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SAMPLES, ingested_store, run_cli
from .node_clients import need_node, pinned_version, run_node
from .test_serve import Served


@pytest.fixture()
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one sample digest."""
    need_node()  # before the ingest, which would be wasted without Node.js
    return ingested_store(tmp_path_factory, SAMPLES / "digest-2024-09-13.txt")


def test_the_javascript_driver_reads_follows_a_path_and_rolls_back(store: Path) -> None:
    assert pinned_version("neo4j-driver") == "6.3.0"
    server = Served(store)
    try:
        done = run_node(
            "bolt_client.cjs",
            str(store / "server.json"),
            "official:lloyd-austin",
            "official:minoru-kihara",
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        seen = json.loads(done.stdout)
    finally:
        assert server.end() == 0
    # A parameterised read.
    assert seen["read"] == [{"name": "Lloyd Austin", "country": "United States"}]
    # A path: Austin and Kihara met, so the shortest path is one hop between them.
    (path,) = seen["path"]
    assert path == {"ids": ["official:lloyd-austin", "official:minoru-kihara"], "hops": 1}
    # A write in an explicit transaction: seen inside it, gone once it is rolled back.
    assert (seen["inside"], seen["after"]) == (1, 0)
    probes = run_cli("query", "MATCH (p:Probe) RETURN count(p) AS n", "-f", "json", store=store)
    assert probes.returncode == 0, probes.stderr
    assert json.loads(probes.stdout) == [{"n": 0}]
