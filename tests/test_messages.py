"""What users read when something is wrong, and in --help: causes, not tracebacks or types."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import PACTGRAPH, SAMPLES, ingested_store, run_cli


def _one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single `Error:` line a failed command printed (and nothing else)."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and "Traceback" not in result.stderr
    return lines[0]


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PACTGRAPH_"))}
    return {**env, "PACTGRAPH_STORE": str(store)}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store with two sample digests, served so that each command answers at once."""
    store = ingested_store(
        tmp_path_factory, SAMPLES / "digest-2024-05-10.txt", SAMPLES / "digest-2024-09-13.txt"
    )
    server = subprocess.Popen(
        [PACTGRAPH, "serve"], env=_env(store), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None
    line = "-"
    while line and not line.startswith("Stop it"):
        line = server.stdout.readline()
    assert line, "serve did not start"
    yield store
    server.terminate()
    server.wait(timeout=120)


def test_jsonl_errors_name_the_real_line(tmp_path: Path) -> None:
    good = {"text": "Japanese Defense Minister Minoru Kihara met Richard Marles in Tokyo."}
    path = tmp_path / "records.jsonl"
    path.write_text(f'{json.dumps(good)}\n\n{json.dumps(good)}\n   {{"text": oops}}\n')
    error = _one_error(run_cli("ingest", str(path), store=tmp_path / "store"))
    assert error == f"Error: {path}: malformed JSON at line 4, column 13: Expecting value"
    assert not (tmp_path / "store").exists()


def test_param_values_are_checked_before_the_query_runs(served: Path) -> None:
    wanted = "Error: --param limit takes a whole number ≥ 0, got "
    named = run_cli("query", "--name", "met_pairs", "--param", "limit=abc", store=served)
    assert _one_error(named) == wanted + "'abc'"
    negative = run_cli("query", "--name", "met_pairs", "--param", "limit=-1", store=served)
    assert _one_error(negative) == wanted + "-1"
    raw = "MATCH (o:Official) RETURN o.name AS name LIMIT $limit"
    assert _one_error(run_cli("query", raw, "-p", "limit=abc", store=served)) == wanted + "'abc'"
    assert _one_error(run_cli("query", raw, "-p", "limit=-1", store=served)) == wanted + "-1"
    hops = run_cli("query", "-n", "path", "-p", "a=Kihara", "-p", "b=Marles", "-p", "max_hops=9",
                   store=served)  # fmt: skip
    assert _one_error(hops) == "Error: --param max_hops takes a whole number from 1 to 8, got 9"
    since = run_cli("query", "-n", "timeline", "-p", "since=July", store=served)
    assert "--param since takes a date YYYY-MM-DD" in _one_error(since)
    fine = run_cli("query", raw, "-p", "limit=2", "--format", "json", store=served)
    assert fine.returncode == 0 and len(json.loads(fine.stdout)) == 2


def test_engine_errors_give_the_cause_without_the_query(served: Path) -> None:
    # The engine's own argument check, reached through an expression: not a syntax error.
    computed = "MATCH (o:Official) RETURN o.name AS name LIMIT toInteger($n)"
    error = _one_error(run_cli("query", computed, "-p", 'n="-1"', store=served))
    assert error == "Error: the query failed: SKIP/LIMIT value must not be negative, got: -1"
    unknown = _one_error(run_cli("query", "RETURN nosuchfunction(1) AS x", store=served))
    assert "nosuchfunction" in unknown and "syntax" not in unknown.lower()
    syntax = _one_error(run_cli("query", "MATCH (n RETURN n", store=served))
    assert syntax.startswith("Error: Cypher syntax error: ")
    for error in (unknown, syntax):
        assert "Error executing Cypher" not in error


def test_named_queries_take_a_name_where_they_want_an_id(served: Path) -> None:
    by_id = run_cli("query", "-n", "who_met", "-p", "id=official:lloyd-austin", "-f", "json",
                    store=served)  # fmt: skip
    by_name = run_cli("query", "-n", "who_met", "-p", "id=Lloyd Austin", "-f", "json",
                      store=served)  # fmt: skip
    assert by_name.returncode == 0, by_name.stderr
    rows = json.loads(by_name.stdout)
    assert rows and rows == json.loads(by_id.stdout)
    assert "Minoru Kihara" in {r["counterpart"] for r in rows}
    by_surname = run_cli("query", "-n", "profile", "-p", "id=Kihara", "-f", "json", store=served)
    assert by_surname.returncode == 0, by_surname.stderr
    assert any(r["other"] == "Lloyd Austin" for r in json.loads(by_surname.stdout))
    missing = run_cli("query", "-n", "who_met", "-p", "id=Nobody Atall", store=served)
    assert _one_error(missing).startswith("Error: no entity named 'Nobody Atall'")
    listed = run_cli("queries", "--format", "json")
    parameters = {q["name"]: q["parameters"] for q in json.loads(listed.stdout)}
    assert parameters["met_pairs"] == "country (text), since (date), until (date), limit (count)"


@pytest.mark.parametrize(
    "uri", ["http://localhost:7474", "notaurl", "bolt://"], ids=["http", "no-scheme", "no-host"]
)
def test_a_uri_the_driver_cannot_use_says_which_schemes_work(uri: str) -> None:
    error = _one_error(run_cli("--uri", uri, "stats"))
    assert f"'{uri}'" in error
    if uri != "bolt://":
        for scheme in ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://"):
            assert scheme in error
    assert "ModuleNotFoundError" not in error and "50N42" not in error


def test_a_broken_pdf_prints_only_our_line(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(os.urandom(4096).replace(b"\0", b"\1"))
    error = _one_error(run_cli("extract", str(pdf)))
    assert error.startswith(f"Error: {pdf}: not a readable PDF")


def _as_nobody() -> list[str]:
    """The command prefix that runs a command as user nobody, or a reason it cannot."""
    if os.geteuid() != 0:
        pytest.skip("needs root to hand a store to another user and run as that user")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("needs setpriv (util-linux) to run a command as another user")
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    check = subprocess.run([*prefix, PACTGRAPH, "--help"], capture_output=True, text=True)
    if check.returncode != 0:
        pytest.skip(f"user nobody cannot run {PACTGRAPH} here: {check.stderr.strip()}")
    return prefix


def test_an_unwritable_store_says_permission_denied(
    sample_store: Path,
) -> None:
    prefix = _as_nobody()
    place = Path(tempfile.mkdtemp(prefix="pactgraph-perm-"))
    try:
        place.chmod(0o755)  # nobody must reach the stores, not use them
        theirs = place / "theirs"  # another user's (private) store
        shutil.copytree(sample_store, theirs)
        mine = place / "mine"  # nobody's own store, made read-only
        shutil.copytree(sample_store, mine)
        for path in [mine, *mine.rglob("*")]:
            os.chown(path, 65534, -1, follow_symlinks=False)
        for path in [mine, *mine.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        for store in (theirs, mine):
            for command in (["stats"], ["ingest", str(SAMPLES / "digest-2024-09-13.txt")]):
                done = subprocess.run(
                    [*prefix, PACTGRAPH, "--store", str(store), *command],
                    capture_output=True, text=True, cwd=place, timeout=120,
                )  # fmt: skip
                error = _one_error(done)
                assert error == f"Error: cannot open store {store}: permission denied", command
    finally:
        for path in [place, *place.rglob("*")]:
            path.chmod(0o700)
        shutil.rmtree(place)


_TYPE_HINT = re.compile(r"<(?:list\[|str>|int|float|path>|bool|text>|tuple)", re.IGNORECASE)


def _help(*command: str) -> str:
    done = subprocess.run([PACTGRAPH, *command, "--help"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _option_rows(text: str) -> list[tuple[str, str]]:
    """(option, description) pairs of the Options section, wrapped lines joined."""
    rows: list[tuple[str, str]] = []
    section = text.split("\nOptions:\n", 1)[1].split("\n\n", 1)[0]
    for line in section.splitlines():
        found = re.match(r"^  (-\S.*?)(?:\s{2,}(.*))?$", line)
        if found:
            rows.append((found[1], found[2] or ""))
        elif rows:
            rows[-1] = (rows[-1][0], (rows[-1][1] + " " + line.strip()).strip())
    return rows


def test_help_shows_no_python_types_no_cut_descriptions_and_helps_every_option() -> None:
    main = _help()
    commands_section = main.split("\nCommands:\n", 1)[1]
    names = re.findall(r"^  ([a-z][a-z-]*)\s", commands_section, re.MULTILINE)
    assert {"ingest", "query", "view", "export", "serve"} <= set(names)
    assert "..." not in commands_section and "…" not in commands_section
    for text, where in [(main, "pactgraph"), *((_help(n), n) for n in names)]:
        assert not _TYPE_HINT.search(text), f"{where}: {_TYPE_HINT.search(text)}"
        rows = _option_rows(text)
        assert rows, where
        for option, description in rows:
            assert description.strip() and not description.startswith("["), (where, option)
    assert "PATH..." in _help("ingest") and "KEY=VALUE" in _help("query")
