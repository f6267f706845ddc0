"""Shared fixtures: real stores (in-process, a separate Bolt server process, Neo4j) and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactgraph.graph.engine import BoltEndpoint
from pactgraph.graph.store import GraphStore, StoreSettings, open_store

ROOT = Path(__file__).resolve().parent.parent
# The reference documents and gold the project was commissioned with sit beside a development
# checkout, never in a user's clone: tests that read them skip without them, unless
# PACTGRAPH_REQUIRE_SHARED is set (CI sets it), which makes their absence a failure.
SHARED = Path(os.environ.get("PACTGRAPH_SHARED") or ROOT.parent / "shared")
SEEDS = SHARED / "seeds"
SAMPLES = ROOT / "data" / "samples"
CORPUS = Path(__file__).resolve().parent / "corpus"
CHECKSET = Path(__file__).resolve().parent / "checkset"
PACTGRAPH = str(Path(sys.executable).with_name("pactgraph"))


def need_shared() -> Path:
    """The shared reference folder; skip (or fail, under PACTGRAPH_REQUIRE_SHARED) without it."""
    if (SEEDS / "alliance-digest-2-23.txt").is_file() and (SHARED / "gold").is_dir():
        return SHARED
    reason = (
        f"needs the reference seeds and gold in {SHARED}, which only a development checkout has"
    )
    if os.environ.get("PACTGRAPH_REQUIRE_SHARED"):
        pytest.fail(reason)
    pytest.skip(reason)


class BoltServer:
    """An embedded-engine server running as its own process, as a remote Bolt server would."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pactgraph.graph.engine", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"Bolt server did not start: {self.process.stderr.read()}")  # type: ignore[union-attr]
        self.endpoint = BoltEndpoint(**json.loads(line))

    def stop(self) -> None:
        """Stop the server process and wait for it."""
        self.process.terminate()
        self.process.wait(timeout=60)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """One separate server process for the whole session."""
    server = BoltServer(tmp_path_factory.mktemp("bolt") / "store")
    yield server
    server.stop()


def _clear(store: GraphStore) -> None:
    store.query("MATCH (n) DETACH DELETE n", write=True)


@pytest.fixture(params=["embedded", "bolt", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """The same contract runs against every store: in-process, separate process, Neo4j."""
    if request.param == "embedded":
        opened = open_store(StoreSettings(path=tmp_path / "store"), create=True)
    elif request.param == "bolt":
        server: BoltServer = request.getfixturevalue("bolt_server")
        opened = GraphStore(server.endpoint)
        _clear(opened)
    else:
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set")
        opened = open_store(StoreSettings.resolve(uri=os.environ["NEO4J_URI"]))
        _clear(opened)
    try:
        opened.ensure_schema()
        yield opened
    finally:
        opened.close()


def ingested_store(factory: pytest.TempPathFactory, *paths: Path) -> Path:
    """A new embedded store holding the given documents, ingested through the CLI."""
    store = factory.mktemp("store") / "store"
    done = run_cli("ingest", *map(str, paths), store=store)
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding data/samples, built once."""
    return ingested_store(tmp_path_factory, SAMPLES)


@pytest.fixture(scope="session")
def sample_graph(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample store's JSON export, as a file."""
    path = tmp_path_factory.mktemp("export") / "samples.json"
    done = run_cli("export", "-o", str(path), store=sample_store)
    assert done.returncode == 0, done.stderr
    return path


def run_cli(*args: str, store: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Run the installed `pactgraph` command as a user would."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full_env.pop("PACTGRAPH_STORE", None)
    if store is not None:
        full_env["PACTGRAPH_STORE"] = str(store)
    full_env.update(env or {})
    return subprocess.run(
        [PACTGRAPH, *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


_EXIT_STATUS = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _EXIT_STATUS
    _EXIT_STATUS = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without tearing the in-process JVM down, as the CLI does (see cli.main)."""
    from pactgraph.graph.engine import exit_without_jvm_teardown

    exit_without_jvm_teardown(_EXIT_STATUS)
