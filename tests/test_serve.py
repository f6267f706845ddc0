"""`pactgraph serve` with real processes: start, use, stop, stale files, and the busy store."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from .conftest import PACTGRAPH, SAMPLES, BoltServer, ingested_store, run_cli


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PACTGRAPH_"))}
    return {**env, "PACTGRAPH_STORE": str(store)}


class Served:
    """A `pactgraph serve` process for a store, as a user starts it in another terminal."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.process = subprocess.Popen(
            [PACTGRAPH, "serve"],
            env=_env(store),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.banner = [self.process.stdout.readline()]
        while self.banner[-1] and not self.banner[-1].startswith("Stop it"):
            self.banner.append(self.process.stdout.readline())
        assert self.banner[-1], f"serve did not start: {self.process.stderr.read()}"  # type: ignore[union-attr]

    def info(self) -> dict[str, object]:
        data: dict[str, object] = json.loads((self.store / "server.json").read_text())
        return data

    def end(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=120)


@pytest.fixture()
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one sample digest."""
    return ingested_store(tmp_path_factory, SAMPLES / "digest-2024-09-13.txt")


@pytest.fixture()
def served(store: Path) -> Iterator[Served]:
    """The store, served."""
    server = Served(store)
    yield server
    server.end()


def test_serve_announces_a_private_endpoint_that_any_driver_can_use(served: Served) -> None:
    text = "".join(served.banner)
    info = served.info()
    assert f"Bolt URI   {info['uri']}" in text and "cypher-shell" in text and "--stop" in text
    assert str(info["password"]) not in text  # the password stays in the file
    mode = stat.S_IMODE((served.store / "server.json").stat().st_mode)
    assert mode == 0o600
    assert info["pid"] == served.process.pid
    with GraphDatabase.driver(
        str(info["uri"]), auth=(str(info["user"]), str(info["password"]))
    ) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (o:Official {name: 'Minoru Kihara'}) RETURN o.country AS country",
            database_=str(info["database"]),
        )
    assert [r["country"] for r in records] == ["Japan"]


def test_commands_use_the_running_server(served: Served, tmp_path: Path) -> None:
    # The server holds the store's lock: a command that tried to open the store itself
    # would be refused, so success means it went through the server.
    lock = (served.store / ".pactgraph.lock").read_text()
    assert lock.startswith(f"process {served.process.pid} ")
    done = run_cli("who-met", "Kihara", "--format", "json", store=served.store)
    assert done.returncode == 0, done.stderr
    assert "Lloyd Austin" in {row["counterpart"] for row in json.loads(done.stdout)}
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "Weekly Notes\nMarch 4, 2025\n\n"
        "  • Estonian Defense Minister Hanno Pevkur met Finnish Defense Minister Antti Hakkanen "
        "in Tallinn on Monday, March 3.\n",
        encoding="utf-8",
    )
    done = run_cli("ingest", str(extra), store=served.store)
    assert done.returncode == 0, done.stderr
    done = run_cli("who-met", "Hanno Pevkur", "--format", "json", store=served.store)
    # The officials gazetteer knows him: the node takes its spelling of his name.
    assert [r["counterpart"] for r in json.loads(done.stdout)] == ["Antti Häkkänen"]


def test_stop_ends_the_server_and_frees_the_store(served: Served) -> None:
    again = run_cli("serve", store=served.store)
    assert again.returncode == 1 and "already running" in again.stderr
    done = run_cli("serve", "--stop", store=served.store)
    assert done.returncode == 0, done.stderr
    assert f"process {served.process.pid}" in done.stderr
    assert served.process.wait(timeout=120) == 0
    assert not (served.store / "server.json").exists()
    after = run_cli("stats", store=served.store)  # opens the store itself again
    assert after.returncode == 0, after.stderr
    stopped = run_cli("serve", "--stop", store=served.store)
    assert stopped.returncode == 1 and stopped.stderr.startswith("Error: no server is running")


def test_ctrl_c_stops_the_server_cleanly(served: Served) -> None:
    assert served.end() == 0
    assert not (served.store / "server.json").exists()
    assert run_cli("stats", store=served.store).returncode == 0


def test_ctrl_c_pressed_again_while_stopping_still_ends_cleanly(served: Served) -> None:
    for _ in range(5):
        served.process.send_signal(signal.SIGINT)
        time.sleep(0.05)
    assert served.end() == 0
    assert not (served.store / "server.json").exists()
    assert run_cli("who-met", "Kihara", store=served.store).returncode == 0


def test_a_stale_server_file_is_ignored(store: Path) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()
    (store / "server.json").write_text(
        json.dumps(
            {
                "uri": "bolt://127.0.0.1:9",
                "user": "root",
                "password": "x",
                "database": "pactgraph",
                "pid": gone.pid,
            }
        )
    )
    done = run_cli("who-met", "Kihara", store=store)
    assert done.returncode == 0, done.stderr
    assert "Lloyd Austin" in done.stdout
    stopped = run_cli("serve", "--stop", store=store)
    assert stopped.returncode == 1 and "no server is running" in stopped.stderr


def test_a_busy_store_says_what_to_do(store: Path) -> None:
    # Another process holds the store without serving it: commands say how to share it.
    holder = BoltServer(store)
    try:
        done = run_cli("stats", store=store)
        assert done.returncode == 1
        assert f"in use by process {holder.process.pid}" in done.stderr
        assert "`pactgraph serve`" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    finally:
        holder.stop()


def test_lookups_run_inside_the_server_with_the_same_answers(
    served: Served, tmp_path: Path
) -> None:
    sock = served.store / "server.sock"
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert stat.S_IMODE(sock.stat().st_mode) & 0o077 == 0  # only the owner may ask
    asked = run_cli("who-met", "Kihara", "--format", "json", store=served.store)
    assert asked.returncode == 0, asked.stderr
    # The same command from another directory, naming the store by a relative path.
    relative = os.path.relpath(served.store, tmp_path)
    again = subprocess.run(
        [PACTGRAPH, "--store", relative, "who-met", "Kihara", "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True, env=_env(tmp_path / "elsewhere"),
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(asked.stdout)
    missing = run_cli("show", "Nobody Atall", store=served.store)
    assert missing.returncode == 1
    assert missing.stderr.startswith("Error: no entity named") and missing.stdout == ""
    usage = run_cli("who-met", "--bogus", store=served.store)
    assert usage.returncode == 2 and "No such option" in usage.stderr
    refused = run_cli("query", "CREATE (:Country {id: 'country:x'})", store=served.store)
    assert refused.returncode == 1 and "--write" in refused.stderr
