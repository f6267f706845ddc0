"""`pactgraph evaluate`: a user scores extraction on her own documents and gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import CORPUS, run_cli
from .scoring import score

DOCUMENT = """Defence Notes
May 6, 2024

- Japanese Defense Minister Minoru Kihara met Australian Defence Minister Richard Marles in Tokyo on Sunday, May 5, and the two agreed to deepen cooperation on undersea surveillance.
"""

GOLD = {
    "doc": "notes.txt",
    "entities": [
        {"label": "Official", "name": "Minoru Kihara", "aliases": ["Kihara"]},
        {"label": "Official", "name": "Richard Marles", "aliases": ["Marles"]},
        {"label": "Country", "name": "Japan", "aliases": ["Japanese"]},
        {"label": "Country", "name": "Australia", "aliases": ["Australian"]},
        {"label": "Location", "name": "Tokyo"},
        {"label": "Meeting", "name": "Kihara–Marles meeting", "date": "2024-05-05"},
        # Nothing in the text supports this one: the score must show it as missed.
        {"label": "Organization", "name": "Ministry of Defense of Japan"},
    ],
    "edges": [
        {"source": "Minoru Kihara", "type": "MET", "target": "Richard Marles"},
        {"source": "Minoru Kihara", "type": "ATTENDED", "target": "Kihara–Marles meeting"},
        {"source": "Richard Marles", "type": "ATTENDED", "target": "Kihara–Marles meeting"},
        {"source": "Minoru Kihara", "type": "REPRESENTS", "target": "Japan"},
        {"source": "Richard Marles", "type": "REPRESENTS", "target": "Australia"},
        {"source": "Kihara–Marles meeting", "type": "LOCATED_IN", "target": "Tokyo"},
        {"source": "Japan", "type": "COOPERATES_WITH", "target": "Australia"},
        {"source": "Minoru Kihara", "type": "MEMBER_OF", "target": "Ministry of Defense of Japan",
         "evidence": "(not in the text)"},
    ],
}  # fmt: skip


@pytest.fixture
def own(tmp_path: Path) -> tuple[Path, Path]:
    """A user's folder: one document and its gold file."""
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "notes.txt").write_text(DOCUMENT, encoding="utf-8")
    (gold / "notes.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return docs, gold


def _rows(result_stdout: str) -> dict[str, dict[str, object]]:
    return {r["name"]: r for r in json.loads(result_stdout)}


def test_a_small_gold_file_is_scored_fact_by_fact(own: tuple[Path, Path]) -> None:
    docs, gold = own
    done = run_cli("evaluate", str(docs), "--gold", str(gold), "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = _rows(done.stdout)
    assert rows["Official"]["found"] == 2 and rows["Official"]["missed"] == 0
    assert rows["MET"]["f1"] == 1.0
    assert rows["Organization"]["missed"] == 1  # the ministry the text never names
    assert rows["MEMBER_OF"]["missed"] == 1
    assert rows["who-met-whom"]["found"] == 1
    assert "1 documents: entity F1" in done.stderr
    verbose = run_cli("evaluate", str(docs), "--gold", str(gold), "-v", "--format", "json")
    misses = json.loads(verbose.stdout)["misses"]
    missed = {(m["kind"], m["what"], m["fact"]) for m in misses}
    assert ("missed", "Organization", "Ministry of Defense of Japan") in missed
    assert ("missed", "MEMBER_OF", "Minoru Kihara MEMBER_OF Ministry of Defense of Japan") in missed
    evidence = {m["fact"]: m["evidence"] for m in misses}
    assert evidence["Minoru Kihara MEMBER_OF Ministry of Defense of Japan"] == "(not in the text)"
    table = run_cli("evaluate", str(docs), "--gold", str(gold), "--verbose")
    assert "Ministry of Defense of Japan" in table.stdout and "precision" in table.stdout


def test_the_development_set_scores_as_the_suite_scores_it() -> None:
    # A guard against a hang, not a speed test: the whole development set on a busy machine.
    done = run_cli(
        "evaluate", str(CORPUS), "--gold", str(CORPUS / "gold"), "--format", "json", timeout=1200
    )
    assert done.returncode == 0, done.stderr
    rows = _rows(done.stdout)
    expected = score(sorted(CORPUS.glob("*.txt")), CORPUS / "gold")
    assert rows["all entities"]["f1"] == round(expected["entity_f1"], 3)
    assert rows["all relationships"]["f1"] == round(expected["edge_f1"], 3)
    assert rows["who-met-whom"]["f1"] == round(expected["met_f1"], 3)


def _refused(docs: Path, gold: Path, words: str) -> None:
    done = run_cli("evaluate", str(docs), "--gold", str(gold))
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and words in lines[0], lines


def test_bad_gold_is_one_clear_line(own: tuple[Path, Path], tmp_path: Path) -> None:
    docs, gold = own
    _refused(docs, tmp_path / "nowhere", "no such directory")
    (docs / "other.txt").write_text(DOCUMENT.replace("Tokyo", "Canberra"), encoding="utf-8")
    _refused(docs, gold, "no gold file")
    (gold / "other.json").write_text("{not json", encoding="utf-8")
    _refused(docs, gold, "not valid JSON")
    broken = dict(GOLD, edges=[{"source": "Nobody", "type": "MET", "target": "Minoru Kihara"}])
    (gold / "other.json").write_text(json.dumps(broken), encoding="utf-8")
    _refused(docs, gold, "'Nobody', which is no entity")


SECOND = """Defence Notes
May 21, 2024

- Kihara and Marles spoke by phone on Monday, May 20, about the submarine programme.
"""


def test_entities_named_in_several_documents_are_counted_as_one_node_or_not(
    own: tuple[Path, Path],
) -> None:
    docs, gold = own
    (docs / "later.txt").write_text(SECOND, encoding="utf-8")
    later = {
        "doc": "later.txt",
        "entities": [
            {"label": "Official", "name": "Minoru Kihara", "aliases": ["Kihara"]},
            {"label": "Official", "name": "Richard Marles", "aliases": ["Marles"]},
            {"label": "Meeting", "name": "Kihara–Marles call", "date": "2024-05-20"},
            {"label": "Organization", "name": "Ministry of Defense of Japan"},
        ],
        "edges": [{"source": "Minoru Kihara", "type": "MET", "target": "Richard Marles"}],
    }
    (gold / "later.json").write_text(json.dumps(later), encoding="utf-8")
    done = run_cli("evaluate", str(docs), "--gold", str(gold), "-v", "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    cross = next(r for r in result["scores"] if r["name"] == "cross-document")
    # Kihara and Marles are one node each across both; the ministry no text names is not found.
    assert (cross["found"], cross["extra"], cross["missed"]) == (2, 0, 1)
    assert cross["f1"] == round(2 / 3, 3)
    unresolved = [m for m in result["misses"] if m["kind"] == "not found"]
    assert [m["fact"].split(":")[0] for m in unresolved] == ["Ministry of Defense of Japan"]
    table = run_cli("evaluate", str(docs), "--gold", str(gold))
    assert "cross-document" in table.stdout
