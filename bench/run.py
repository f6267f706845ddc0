"""Benchmarks: ingest, writes, lookups and memory, each against a reference from the same run.

    python bench/run.py --items 1000,10000,100000      # the full run behind the README table
    python bench/run.py --items 200                    # a quick check that it all works

For every corpus size it generates a synthetic digest corpus (bench/generate.py), ingests it
through the `pactgraph` command, and measures:

- ingest throughput (items/s) end to end, against spaCy's own `nlp.pipe` of the full model
  over the same items in one process (the rate is taken on at most --reference-items items);
- store write throughput (nodes/s, edges/s) of extracted batches, against a bare
  `UNWIND ... CREATE` of as many rows;
- lookup latency p50/p95 in-process (who-met, a 2-hop neighbourhood, path between two
  officials), over typical officials (the middle of the ranking by encounters), against a
  `RETURN 1` round trip; and as whole `pactgraph who-met` commands, cold and with
  `pactgraph serve` running, against `pactgraph --help`;
- peak memory (RSS of the command and its children) of ingest and of a cold lookup.

Results go to stdout as a Markdown table, and to --json. With several sizes, each figure's
growth from one size to the next is given as a log-log slope (1 = linear, 0 = flat).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import items_of, write_corpus  # noqa: E402

PACTGRAPH = str(Path(sys.executable).with_name("pactgraph"))


# -- measuring helpers ------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total


def run_measured(
    args: list[str], env: dict[str, str] | None = None, memory: bool = True
) -> tuple[float, int, str]:
    """Run a command; return wall seconds, peak RSS of its process tree, and stderr.

    Sampling memory costs CPU on a small machine, so timings of short commands are taken
    with `memory=False` (peak RSS then reads 0).
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    if memory:
        sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    if memory:
        sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode}):\n{err[-2000:]}")
    return elapsed, peak, err


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 of a list of timings."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def timed(call: Callable[[], Any], repeat: int) -> list[float]:
    """Timings of `repeat` calls, after one untimed warm-up call."""
    call()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


# -- the figures ------------------------------------------------------------------------


def spacy_reference(items: list[str]) -> float:
    """Items per second of the full spaCy model's `nlp.pipe`, one process."""
    import importlib

    from pactgraph.loaders.nlp import MODEL_NAMES

    for name in MODEL_NAMES:
        try:
            nlp = importlib.import_module(name).load()
            break
        except ImportError:
            continue
    started = time.perf_counter()
    for _ in nlp.pipe(items):
        pass
    return len(items) / (time.perf_counter() - started)


def write_throughput(corpus: Path, items: int) -> dict[str, float]:
    """Nodes/s and edges/s writing extracted batches, and a bare CREATE of as many rows."""
    from pactgraph.graph.store import StoreSettings, open_store
    from pactgraph.loaders.documents import read_documents
    from pactgraph.loaders.pipeline import GROUP_DOCUMENTS, _ResolvingReader
    from pactgraph.loaders.resolve import AliasRules, OfficialIndex

    files = sorted(corpus.glob("*.txt"))[: max(1, items // 20)]
    reader = _ResolvingReader(AliasRules(), OfficialIndex())
    batches = [reader.batch(d) for f in files for d in read_documents(f, None)]
    nodes = sum(len(b.nodes) for b in batches)
    edges = sum(len(b.edges) for b in batches)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(StoreSettings(path=Path(tmp) / "s"), create=True)
        try:
            store.ensure_schema()
            started = time.perf_counter()
            for i in range(0, len(batches), GROUP_DOCUMENTS):
                store.write_many(batches[i : i + GROUP_DOCUMENTS])
            ours = time.perf_counter() - started
            rows = [{"id": f"x{i}"} for i in range(nodes + edges)]
            started = time.perf_counter()
            store.query("UNWIND $rows AS r CREATE (:Bench {id: r.id})", {"rows": rows}, write=True)
            bare = time.perf_counter() - started
        finally:
            store.close()
    return {
        "nodes_per_s": nodes / ours,
        "edges_per_s": edges / ours,
        "rows_per_s": (nodes + edges) / ours,
        "bare_rows_per_s": (nodes + edges) / bare,
    }


def _typical_officials(store: Any, count: int) -> list[str]:
    """Officials from the middle of the ranking by encounters: what a lookup usually meets."""
    ranked = store.query(
        "MATCH (o:Official)-[r:MET]-() WITH o, count(r) AS n RETURN o.id AS id ORDER BY n, id"
    ).rows
    middle = len(ranked) // 2
    return [r["id"] for r in ranked[max(0, middle - count // 2) : middle + count // 2 + 1]]


def lookups_in_process(store_path: Path, repeat: int) -> dict[str, Any]:
    """p50/p95 milliseconds of lookups through the library, and of `RETURN 1`.

    Each timed call takes the next of a set of typical officials, so the figures describe
    lookups in general rather than one entity's neighbourhood.
    """
    from pactgraph.graph.store import StoreSettings, open_store
    from pactgraph.queries.lookups import path, who_met

    store = open_store(StoreSettings(path=store_path))
    try:
        officials = _typical_officials(store, 21)
        edges = sum(store.counts()["types"].values())
        turn = {"n": 0}

        def next_official() -> str:
            turn["n"] += 1
            return officials[turn["n"] % len(officials)]

        probes: dict[str, Callable[[], Any]] = {
            "who-met": lambda: who_met(store, next_official()),
            "2-hop": lambda: store.query(
                "MATCH (o:Official {id: $id})-[]-()-[]-(m) RETURN count(DISTINCT m) AS n",
                {"id": next_official()},
            ),
            "path": lambda: path(store, next_official(), next_official()),
            "RETURN 1": lambda: store.query("RETURN 1 AS one"),
        }
        out: dict[str, Any] = {"edges": edges, "official": officials[0]}
        for name, call in probes.items():
            p50, p95 = percentiles(timed(call, repeat))
            out[name] = {"p50_ms": p50 * 1000, "p95_ms": p95 * 1000}
        return out
    finally:
        store.close()


def lookups_cli(store_path: Path, official: str, repeat: int) -> dict[str, Any]:
    """Whole `pactgraph who-met` commands: cold, with `serve` running, and `--help`."""
    env = {**os.environ, "PACTGRAPH_STORE": str(store_path)}
    command = [PACTGRAPH, "who-met", official]
    peak = run_measured(command, env)[1]
    cold = [run_measured(command, env, memory=False)[0] for _ in range(max(3, repeat // 4))]
    server = subprocess.Popen(
        [PACTGRAPH, "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert server.stdout is not None
        server.stdout.readline()  # "Serving store ..." once it listens
        warm = [run_measured(command, env, memory=False)[0] for _ in range(repeat)]
    finally:
        subprocess.run([PACTGRAPH, "serve", "--stop"], env=env, capture_output=True, check=False)
        server.wait(timeout=120)
    helps = [run_measured([PACTGRAPH, "--help"], env, memory=False)[0] for _ in range(repeat)]
    out: dict[str, Any] = {"peak_rss_mb": peak / 2**20}
    for name, samples in (("cold", cold), ("served", warm), ("--help", helps)):
        p50, p95 = percentiles(samples)
        out[name] = {"p50_s": p50, "p95_s": p95}
    return out


def measure(size: int, workdir: Path, reference_items: int, repeat: int) -> dict[str, Any]:
    """Every figure for one corpus size."""
    corpus = workdir / f"corpus-{size}"
    store = workdir / f"store-{size}"
    files = write_corpus(size, corpus)
    items = items_of(files)
    print(f"[{size} items] spaCy reference ...", file=sys.stderr, flush=True)
    reference = spacy_reference(items[:reference_items])
    print(f"[{size} items] ingest ...", file=sys.stderr, flush=True)
    elapsed, peak, _ = run_measured([PACTGRAPH, "--store", str(store), "ingest", str(corpus)])
    print(f"[{size} items] writes, lookups ...", file=sys.stderr, flush=True)
    writes = write_throughput(corpus, min(size, 2000))
    in_process = lookups_in_process(store, repeat)
    cli = lookups_cli(store, in_process["official"], repeat)
    shutil.rmtree(corpus, ignore_errors=True)
    return {
        "items": size,
        "edges": in_process["edges"],
        "ingest": {
            "seconds": elapsed,
            "items_per_s": size / elapsed,
            "spacy_items_per_s": reference,
            "peak_rss_mb": peak / 2**20,
        },
        "writes": writes,
        "lookups": in_process,
        "cli": cli,
    }


def remeasure_lookups(previous: Path, workdir: Path, repeat: int) -> list[dict[str, Any]]:
    """Earlier results with lookups measured again on the stores that run kept."""
    results: list[dict[str, Any]] = json.loads(previous.read_text(encoding="utf-8"))
    for result in results:
        store = workdir / f"store-{result['items']}"
        print(f"[{result['items']} items] lookups ...", file=sys.stderr, flush=True)
        result["lookups"] = lookups_in_process(store, repeat)
        result["cli"] = lookups_cli(store, result["lookups"]["official"], repeat)
    return results


# -- report -----------------------------------------------------------------------------


def _rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(figure, value, reference, ratio) rows for one size."""
    ingest, writes, lookups, cli = (
        result["ingest"],
        result["writes"],
        result["lookups"],
        result["cli"],
    )
    rows = [
        (
            "ingest, items/s",
            f"{ingest['items_per_s']:.0f}",
            f"{ingest['spacy_items_per_s']:.0f} (spaCy nlp.pipe)",
            f"{ingest['items_per_s'] / ingest['spacy_items_per_s']:.2f}×",
        ),
        (
            "store writes, nodes/s · edges/s",
            f"{writes['nodes_per_s']:.0f} · {writes['edges_per_s']:.0f}",
            f"{writes['bare_rows_per_s']:.0f} rows/s (bare CREATE)",
            f"{writes['rows_per_s'] / writes['bare_rows_per_s']:.2f}×",
        ),
    ]
    base = lookups["RETURN 1"]["p50_ms"]
    for name in ("who-met", "2-hop", "path"):
        figure = lookups[name]
        rows.append(
            (
                f"{name}, in-process p50 / p95 ms",
                f"{figure['p50_ms']:.1f} / {figure['p95_ms']:.1f}",
                f"{base:.1f} (RETURN 1)",
                f"{figure['p50_ms'] / base:.1f}×",
            )
        )
    helps = cli["--help"]["p50_s"]
    for name in ("served", "cold"):
        figure = cli[name]
        rows.append(
            (
                f"`pactgraph who-met` {name}, p50 / p95 s",
                f"{figure['p50_s']:.2f} / {figure['p95_s']:.2f}",
                f"{helps:.2f} (`--help`)",
                f"{figure['p50_s'] / helps:.1f}×",
            )
        )
    rows.append(("peak RSS of ingest, MB", f"{ingest['peak_rss_mb']:.0f}", "", ""))
    rows.append(("peak RSS of a cold lookup, MB", f"{cli['peak_rss_mb']:.0f}", "", ""))
    return rows


def _slopes(results: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """Log-log growth of the main costs between consecutive sizes."""
    costs: dict[str, Callable[[dict[str, Any]], float]] = {
        "ingest seconds": lambda r: r["ingest"]["seconds"],
        "ingest peak RSS": lambda r: r["ingest"]["peak_rss_mb"],
        "who-met p50 (in-process)": lambda r: r["lookups"]["who-met"]["p50_ms"],
        "2-hop p50 (in-process)": lambda r: r["lookups"]["2-hop"]["p50_ms"],
        "path p50 (in-process)": lambda r: r["lookups"]["path"]["p50_ms"],
        "who-met p50 (served CLI)": lambda r: r["cli"]["served"]["p50_s"],
    }
    out = []
    for name, cost in costs.items():
        steps = []
        for a, b in zip(results, results[1:], strict=False):
            steps.append(f"{math.log(cost(b) / cost(a)) / math.log(b['items'] / a['items']):.2f}")
        out.append((name, steps))
    return out


def markdown(results: list[dict[str, Any]]) -> str:
    """The README table."""
    lines = [
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}",
        "",
    ]
    for result in results:
        lines += [
            f"**{result['items']:,} items** ({result['edges']:,} edges in the store)",
            "",
            "| figure | value | reference | ratio |",
            "|---|---|---|---|",
        ]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in _rows(result)]
        lines.append("")
    if len(results) > 1:
        sizes = [
            f"{a['items']:,}→{b['items']:,}" for a, b in zip(results, results[1:], strict=False)
        ]
        lines += ["Growth (log-log slope; 1 = linear, 0 = flat):", ""]
        lines += ["| cost | " + " | ".join(sizes) + " |", "|---" * (len(sizes) + 1) + "|"]
        lines += [f"| {name} | " + " | ".join(steps) + " |" for name, steps in _slopes(results)]
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", default="1000,10000,100000", help="comma-separated sizes")
    parser.add_argument("--reference-items", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=40, help="timed runs per lookup")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--workdir", type=Path, help="keep corpora and stores here")
    parser.add_argument(
        "--lookups-again",
        type=Path,
        metavar="RESULTS.json",
        help="measure only the lookups again, on the stores an earlier run left in --workdir",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.items.split(",")]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pactgraph-bench-"))
    try:
        if args.lookups_again:
            results = remeasure_lookups(args.lookups_again, workdir, args.repeat)
        else:
            results = [measure(size, workdir, args.reference_items, args.repeat) for size in sizes]
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(markdown(results))
    from pactgraph.graph.engine import exit_without_jvm_teardown

    exit_without_jvm_teardown(0)


if __name__ == "__main__":
    main()
