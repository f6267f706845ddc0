"""One node per real thing across documents, and alias rules that survive re-ingest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactgraph.graph.store import GraphStore, StoreSettings, open_store
from pactgraph.loaders.pipeline import extract_paths, ingest
from pactgraph.loaders.resolve import AliasRules

from .conftest import run_cli

FIRST = """Defense Policy Notes, Issue 1
December 8, 2023

  • Mr. Atsushi Ando of MOD and Mr. Richard Johnson of DOD co-chaired the Extended Deterrence Dialogue in Tokyo on Dec. 5. The two sides discussed deterrence and regional security challenges.
"""
SECOND = """Defense Policy Notes, Issue 2
December 22, 2023

  • Ando met Johnson again in Washington on Dec. 19 to prepare the next round of the dialogue, officials said after the meeting.
"""


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[GraphStore]:
    store = open_store(StoreSettings(path=tmp_path / "store"), create=True)
    yield store
    store.close()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def _officials(store: GraphStore) -> dict[str, list[str]]:
    rows = store.query("MATCH (o:Official) RETURN o.id AS id, o.aliases AS aliases").rows
    return {r["id"]: sorted(r["aliases"]) for r in rows}


def test_surname_in_a_later_document_joins_the_full_name(
    embedded: GraphStore, tmp_path: Path
) -> None:
    ingest([_write(tmp_path, "one.txt", FIRST)], embedded)
    ingest([_write(tmp_path, "two.txt", SECOND)], embedded)
    officials = _officials(embedded)
    assert set(officials) == {"official:atsushi-ando", "official:richard-johnson"}
    assert "Ando" in officials["official:atsushi-ando"]
    met = embedded.query(
        "MATCH (:Official {id: 'official:atsushi-ando'})-[m:MET]-(:Official {id: $j}) "
        "RETURN m.date AS date ORDER BY date",
        {"j": "official:richard-johnson"},
    ).rows
    assert [r["date"] for r in met] == ["2023-12-05", "2023-12-19"]


def test_split_rule_keeps_a_surname_apart(embedded: GraphStore, tmp_path: Path) -> None:
    second = SECOND.replace("Ando met", "Mr. Ando met")
    ingest([_write(tmp_path, "one.txt", FIRST)], embedded)
    ingest([_write(tmp_path, "two.txt", second)], embedded, rules=AliasRules(split={"ando"}))
    assert "official:ando" in _officials(embedded)
    linked = _write(tmp_path, "three.txt", second.replace("Issue 2", "Issue 3"))
    ingest([linked], embedded)  # without the rule the same text links to the full name
    dates = embedded.query(
        "MATCH (:Official {id: 'official:atsushi-ando'})-[m:MET]-() RETURN m.date AS date"
    ).rows
    assert "2023-12-19" in {r["date"] for r in dates}


def test_merge_rule_from_the_alias_file_survives_reingest(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "aliases.json").write_text(
        json.dumps({"merge": [["Richard Johnson", "official:richard-johnson-dod"]], "split": []})
    )
    doc = _write(tmp_path, "one.txt", FIRST)
    assert run_cli("ingest", str(doc), store=store).returncode == 0
    for _ in range(2):  # the rule holds on every ingest, including a repeat
        ids = run_cli(
            "query", "MATCH (o:Official) RETURN o.id AS id ORDER BY id", "--format", "json",
            store=store,
        )  # fmt: skip
        assert [r["id"] for r in json.loads(ids.stdout)] == [
            "official:atsushi-ando",
            "official:richard-johnson-dod",
        ]
        assert run_cli("ingest", str(doc), store=store).returncode == 0


def test_bad_alias_file_is_a_clean_error(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "aliases.json").write_text("{not json")
    result = run_cli("ingest", str(_write(tmp_path, "one.txt", FIRST)), store=store)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "alias file" in result.stderr


TREATY_FIRST = """Alliance Notes, Issue 1
March 22, 2024

  • Philippine Defense Secretary Gilberto Teodoro Jr. and U.S. Defense Secretary Lloyd Austin spoke by phone on March 20. Austin said the Philippines-US Mutual Defense Treaty covers Philippine coast guard vessels anywhere in the South China Sea.
  • Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on March 20.
"""
TREATY_SECOND = """Alliance Notes, Issue 2
April 5, 2024

  • Teodoro and Austin met in Manila on April 2, where Austin said the allies' Mutual Defense Treaty extends to armed attacks on Philippine forces. Teodoro welcomed the assurance.
  • Kishida and Biden held talks in Washington on March 21, local time, and agreed to upgrade their command structures.
"""


def _named(store: GraphStore, label: str) -> dict[str, list[str]]:
    rows = store.query(
        f"MATCH (n:{label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases"
    ).rows
    return {r["id"]: [r["name"], *(r["aliases"] or [])] for r in rows}


def test_an_instrument_and_a_summit_named_again_in_other_words_stay_one_node(
    embedded: GraphStore, tmp_path: Path
) -> None:
    ingest([_write(tmp_path, "one.txt", TREATY_FIRST)], embedded)
    ingest([_write(tmp_path, "two.txt", TREATY_SECOND)], embedded)
    treaties = _named(embedded, "Agreement")
    assert len(treaties) == 1, treaties  # with its parties' names in front, and without
    parties = embedded.query(
        "MATCH (c:Country)-[:PARTY_TO]->(:Agreement) RETURN DISTINCT c.name AS name ORDER BY name"
    ).rows
    assert [r["name"] for r in parties] == ["Philippines", "United States"]
    # One meeting told by two reports a day apart, as time zones and deadlines make them.
    summits = [v for v in _named(embedded, "Meeting").values() if "Kishida–Biden meeting" in v]
    assert len(summits) == 1, summits


MONTH_FIRST = """Alliance Notes, Issue 1
June 5, 2019

  • Prime Minister Shinzo Abe hosted President Donald Trump in Tokyo in May, the first state visit of the Reiwa era.
"""
DAY_SECOND = """Alliance Notes, Issue 2
June 7, 2019

  • Prime Minister Shinzo Abe met President Donald Trump in Tokyo on May 27 and the two leaders discussed North Korea.
"""


def test_a_meeting_dated_by_its_month_joins_the_report_that_gives_the_day(
    embedded: GraphStore, tmp_path: Path
) -> None:
    ingest([_write(tmp_path, "one.txt", MONTH_FIRST)], embedded)
    ingest([_write(tmp_path, "two.txt", DAY_SECOND)], embedded)
    rows = embedded.query(
        "MATCH (:Official {id: 'official:shinzo-abe'})-[:ATTENDED]->(m:Meeting)"
        "<-[:ATTENDED]-(:Official {id: 'official:donald-trump'}) RETURN DISTINCT m.id AS id"
    ).rows
    assert len(rows) == 1, rows


DRILL_FIRST = """Archipelago Notes, Issue 8
April 25, 2025

  • Philippine and American forces opened Balikatan 2025 in Manila on April 21.
  • On April 22, Secretary of Defense Pete Hegseth met Defense Secretary Gilberto Teodoro in Manila.
"""
DRILL_SECOND = """Archipelago Notes, Issue 9
May 2, 2025

  • Australian troops joined Balikatan for a live-fire drill off Zambales.
  • Hegseth met Teodoro in Manila and the two discussed the South China Sea.
"""


def test_a_drill_without_its_year_and_an_undated_meeting_join_the_earlier_report(
    embedded: GraphStore, tmp_path: Path
) -> None:
    ingest([_write(tmp_path, "one.txt", DRILL_FIRST)], embedded)
    ingest([_write(tmp_path, "two.txt", DRILL_SECOND)], embedded)
    # "Balikatan" in a report of May 2025 is the 2025 edition the store already holds.
    drills = _named(embedded, "Exercise")
    assert list(drills) == ["exercise:balikatan-2025"], drills
    joined = embedded.query(
        "MATCH (c:Country)-[:PARTICIPATED_IN]->(:Exercise) RETURN DISTINCT c.name AS name "
        "ORDER BY name"
    ).rows
    assert "Australia" in [r["name"] for r in joined]
    # A meeting told without a date, in the fortnight after one of the same people: that one.
    rows = embedded.query(
        "MATCH (:Official {id: 'official:pete-hegseth'})-[:ATTENDED]->(m:Meeting) "
        "RETURN DISTINCT m.id AS id, m.date AS date"
    ).rows
    assert [(r["id"], r["date"]) for r in rows] == [
        ("meeting:hegseth-teodoro-meeting-2025-04-22", "2025-04-22")
    ]


def test_a_name_with_fewer_or_more_of_its_words_is_the_same_official(tmp_path: Path) -> None:
    first = _write(
        tmp_path,
        "one.txt",
        "Gulf Notes, Issue 1\nMay 2, 2025\n\n  • Pakistani army chief Gen. Syed Asim Munir met "
        "Saudi Defence Minister Khalid bin Salman in Riyadh on April 28.\n",
    )
    second = _write(
        tmp_path,
        "two.txt",
        "Gulf Notes, Issue 2\nMay 16, 2025\n\n  • Gen. Asim Munir met Turkish President Recep "
        "Tayyip Erdoğan in Ankara on May 12.\n",
    )
    third = _write(
        tmp_path,
        "three.txt",
        "Gulf Notes, Issue 3\nMay 30, 2025\n\n  • Tayyip Erdogan hosted NATO Secretary General "
        "Mark Rutte in Istanbul on May 26.\n",
    )
    batches = extract_paths([first, second, third])
    ids = [{n.id for n in b.nodes.values() if n.label == "Official"} for b in batches]
    assert "official:syed-asim-munir" in ids[0]
    assert "official:syed-asim-munir" in ids[1], ids[1]
    assert "official:asim-munir" not in ids[1]
    # Fewer words, and without the name's accent.
    assert "official:recep-tayyip-erdogan" in ids[2], ids[2]
