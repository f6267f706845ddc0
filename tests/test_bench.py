"""The benchmark tools: a deterministic corpus generator and a runner that works end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import items_of, write_corpus  # noqa: E402


def test_generator_is_deterministic_and_covers_every_kind_of_item(tmp_path: Path) -> None:
    first = write_corpus(130, tmp_path / "a")
    second = write_corpus(130, tmp_path / "b")
    assert [p.read_text() for p in first] == [p.read_text() for p in second]
    assert len(first) == 7  # issues of twenty items
    items = items_of(first)
    assert len(items) == 130
    text = "\n".join(items)
    for marker in ("met", "spoke by phone", "co-chaired", "signed a", "took part in", "agreed"):
        assert marker in text, marker
    assert "The three nations" in text or "The four nations" in text  # group references
    assert first[0].read_text().splitlines()[1] == "January 8, 2016"


def test_benchmark_runs_at_a_small_size(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--items", "200", "--repeat", "3",
         "--reference-items", "200", "--json", str(results)],
        capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    for figure in ("ingest, items/s", "store writes", "who-met, in-process", "2-hop", "path",
                   "who-met` served", "who-met` cold", "peak RSS of ingest"):  # fmt: skip
        assert figure in table, figure
    (result,) = json.loads(results.read_text())
    assert result["items"] == 200 and result["edges"] > 500
    assert result["ingest"]["items_per_s"] > 0 and result["ingest"]["spacy_items_per_s"] > 0
    assert result["cli"]["served"]["p50_s"] < result["cli"]["cold"]["p50_s"]
