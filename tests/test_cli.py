"""The `pactgraph` command as a user runs it: real processes, real stores, real output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import PACTGRAPH, SAMPLES, BoltServer, ingested_store, run_cli

DIGEST = SAMPLES / "digest-2024-01-12.txt"


@pytest.fixture(scope="module")
def digest_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one sample digest, ingested once through the CLI."""
    return ingested_store(tmp_path_factory, DIGEST)


def _stats(store: Path) -> list[dict[str, object]]:
    result = run_cli("stats", "--format", "json", store=store)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_help_is_instant() -> None:
    started = time.perf_counter()
    result = subprocess.run([PACTGRAPH, "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "ingest" in result.stdout and "query" in result.stdout
    assert time.perf_counter() - started < 3  # generous for a loaded CI machine
    probe = "import sys, pactgraph.cli; print('spacy' in sys.modules, 'jpype' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.split() == ["False", "False"]


def test_export_has_countries_and_titled_officials(digest_store: Path) -> None:
    result = run_cli("export", "--format", "json", store=digest_store)
    assert result.returncode == 0, result.stderr
    graph = json.loads(result.stdout)
    countries = {n["name"] for n in graph["nodes"] if n["label"] == "Country"}
    assert {"Japan", "United States", "South Korea", "United Kingdom", "Italy"} <= countries
    officials = {n["name"]: n for n in graph["nodes"] if n["label"] == "Official"}
    miyamoto = officials["Shingo Miyamoto"]
    assert miyamoto["title"] == (
        "deputy director-general of the North American Affairs Bureau at the Ministry of "
        "Foreign Affairs"
    )
    assert miyamoto["country"] == "Japan"  # not the "American" of the bureau's name
    assert officials["Alexandra Bell"]["title"] == "deputy assistant secretary of state"
    assert officials["Alexandra Bell"]["country"] == "United States"  # "the American co-chairs"
    met = {frozenset((e["source"], e["target"])) for e in graph["edges"] if e["type"] == "MET"}
    assert frozenset(("official:lloyd-austin", "official:shin-won-sik")) in met
    assert frozenset(("official:minoru-kihara", "official:grant-shapps")) in met
    chairs = {e["source"] for e in graph["edges"] if e["type"] == "CO_CHAIRED"}
    assert {"official:shingo-miyamoto", "official:alexandra-bell"} <= chairs
    for edge in graph["edges"]:
        if edge["type"] != "MENTIONS":
            assert edge["evidence"] and edge["document"].startswith("document:")
            assert 0 < edge["confidence"] <= 1
    documents = [n for n in graph["nodes"] if n["label"] == "Document"]
    assert documents[0]["title"] == "Indo-Pacific Security Digest, Issue 7"


def test_reingest_changes_nothing(digest_store: Path) -> None:
    before = _stats(digest_store)
    again = run_cli("ingest", str(DIGEST), "--format", "json", store=digest_store)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)[0]["status"] == "unchanged"
    assert _stats(digest_store) == before


def test_second_document_adds_to_the_same_nodes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("ingest", str(SAMPLES / "digest-2024-01-12.txt"), store=store).returncode == 0
    assert run_cli("ingest", str(SAMPLES / "digest-2024-09-13.txt"), store=store).returncode == 0
    query = (
        "MATCH (d:Document)-[:MENTIONS]->(o:Official {id: 'official:lloyd-austin'}) "
        "RETURN count(d) AS documents"
    )
    result = run_cli("query", query, "--format", "json", store=store)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"documents": 2}]
    japan = run_cli(
        "query", "MATCH (c:Country {name: $name}) RETURN count(c) AS n", "-p", "name=Japan",
        "--format", "csv", store=store,
    )  # fmt: skip
    assert japan.stdout.splitlines() == ["n", "1"]
    # a value too long for the command line comes from a file
    names = tmp_path / "names.json"
    names.write_text(json.dumps(["Japan", "Australia", "Atlantis"]), encoding="utf-8")
    listed = run_cli(
        "query", "MATCH (c:Country) WHERE c.name IN $names RETURN count(c) AS n",
        "-p", f"names=@{names}", "--format", "csv", store=store,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == ["n", "2"]
    gone = run_cli("query", "RETURN $x AS x", "-p", f"x=@{tmp_path / 'none.json'}", store=store)
    assert gone.returncode == 1 and gone.stderr.startswith("Error: --param x: cannot read")
    assert len(gone.stderr.strip().splitlines()) == 1


def test_query_formats_and_named_queries(digest_store: Path) -> None:
    table = run_cli(
        "query", "MATCH (c:Country) RETURN c.name AS name ORDER BY name", store=digest_store
    )
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].strip() == "name" and "Japan" in lines
    named = run_cli("query", "--name", "met_pairs", "--format", "json", store=digest_store)
    assert named.returncode == 0, named.stderr
    rows = json.loads(named.stdout)
    surnames = {frozenset((r["official"].split()[-1], r["counterpart"].split()[-1])) for r in rows}
    assert frozenset(("Austin", "Won-sik")) in surnames
    listed = run_cli("queries", "--format", "json")
    assert {"who_met", "met_pairs", "path"} <= {q["name"] for q in json.loads(listed.stdout)}


def test_extract_does_not_touch_a_store(tmp_path: Path) -> None:
    result = run_cli("extract", str(DIGEST), "--format", "json", store=tmp_path / "never")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert any(e["type"] == "SIGNED" for e in facts["edges"])
    assert not (tmp_path / "never").exists()


def _assert_clean_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_bad_documents_leave_the_store_as_it_was(digest_store: Path, tmp_path: Path) -> None:
    before = _stats(digest_store)
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\xff")
    cases = [
        ([str(tmp_path / "missing.txt")], "no such file"),
        ([str(empty_dir)], "no documents"),
        ([str(tmp_path / "empty.txt")], "empty document"),
        ([str(tmp_path / "blob.txt")], "binary"),
        # A good document followed by a bad one: nothing is written.
        ([str(SAMPLES / "digest-2024-05-10.txt"), str(tmp_path / "blob.txt")], "binary"),
    ]
    for args, word in cases:
        _assert_clean_error(run_cli("ingest", *args, store=digest_store), word)
    # A date that is no date is a usage mistake: exit 2, and the document is not read.
    wrong_date = run_cli(
        "ingest", str(SAMPLES / "digest-2024-05-10.txt"), "--date", "2025-13-45", store=digest_store
    )
    assert wrong_date.returncode == 2
    assert "Invalid value for --date: takes YYYY-MM-DD, got '2025-13-45'" in wrong_date.stderr
    assert "Traceback" not in wrong_date.stderr
    assert _stats(digest_store) == before


def test_bad_queries_are_refused_cleanly(digest_store: Path) -> None:
    before = _stats(digest_store)
    _assert_clean_error(run_cli("query", "MATCH (n RETURN n", store=digest_store), "syntax")
    _assert_clean_error(
        run_cli("query", "MATCH (c:Country) DETACH DELETE c", store=digest_store), "--write"
    )
    _assert_clean_error(run_cli("query", "--name", "nope", store=digest_store), "who_met")
    _assert_clean_error(run_cli("who-met", "Nobody Atall", store=digest_store), "no entity named")
    shown = run_cli("who-met", "Bell", "--format", "json", store=digest_store)
    assert shown.returncode == 0, shown.stderr
    # Richard Johnson co-chaired on her side: a colleague, not a counterpart.
    assert {r["counterpart"] for r in json.loads(shown.stdout)} == {"Shingo Miyamoto"}
    assert _stats(digest_store) == before


def test_reading_a_missing_store_is_an_error(tmp_path: Path) -> None:
    _assert_clean_error(run_cli("stats", store=tmp_path / "none"), "no store")
    assert not (tmp_path / "none").exists()


def test_usage_errors_exit_2(digest_store: Path) -> None:
    result = run_cli("query", store=digest_store)
    assert result.returncode == 2
    assert run_cli("export", "--format", "xml").returncode == 2


def test_unreachable_uri() -> None:
    result = run_cli("--uri", "bolt://127.0.0.1:9", "stats", env={"NEO4J_PASSWORD": "x"})
    _assert_clean_error(result, "cannot reach")


def test_wrong_credentials(bolt_server: BoltServer) -> None:
    uri = bolt_server.endpoint.uri
    result = run_cli("--uri", uri, "--user", "root", "--password", "wrong", "stats")
    _assert_clean_error(result, "authentication failed")
    ok = run_cli(
        "--uri", uri, "--database", "pactgraph", "stats",
        env={"NEO4J_USERNAME": "root", "NEO4J_PASSWORD": bolt_server.endpoint.password},
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr


def test_store_held_by_another_process(tmp_path: Path) -> None:
    server = BoltServer(tmp_path / "store")
    try:
        result = run_cli("stats", store=tmp_path / "store")
        _assert_clean_error(result, "in use", f"process {server.process.pid}")
    finally:
        server.stop()
    assert run_cli("stats", store=tmp_path / "store").returncode == 0


def test_interrupt_stops_the_engine(tmp_path: Path) -> None:
    store = tmp_path / "store"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["PACTGRAPH_STORE"] = str(store)
    process = subprocess.Popen(
        [PACTGRAPH, "ingest", str(SAMPLES)], env=env, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    lock = store / ".pactgraph.lock"
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip():
            break
        time.sleep(0.1)
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode in (0, 130), err
    assert "Traceback" not in err
    # The engine and its lock are gone: the next command opens the store at once.
    assert lock.read_text().strip() == ""
    assert run_cli("stats", store=store).returncode == 0


def test_merge_survives_reingest_and_forget_undoes_a_document(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("ingest", str(DIGEST), store=store).returncode == 0
    merged = run_cli("merge", "Narang", "Maher Bitar", store=store)
    assert merged.returncode == 0, merged.stderr
    assert "rule recorded" in merged.stderr
    rules = json.loads((store / "aliases.json").read_text())
    assert rules["merge"] == [["official:vipin-narang", "official:maher-bitar"]]
    forgot = run_cli("forget", DIGEST.name, store=store)
    assert forgot.returncode == 0, forgot.stderr
    assert [r["count"] for r in _stats(store)] == []
    assert run_cli("ingest", str(DIGEST), store=store).returncode == 0
    ids = run_cli(
        "query", "MATCH (o:Official) WHERE o.id CONTAINS 'narang' RETURN o.id AS id",
        "--format", "json", store=store,
    )  # fmt: skip
    assert json.loads(ids.stdout) == []  # the rule held on re-ingest
    _assert_clean_error(run_cli("forget", "nothing.txt", store=store), "no document matches")


def test_reader_closing_the_pipe_early_is_not_an_error() -> None:
    process = subprocess.Popen(
        [PACTGRAPH, "extract", str(SAMPLES / "digest-2024-09-13.txt"), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().strip() == b"{"
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "Error" not in err
