"""`pactgraph dyads`, the country map's exports and analysis, and timeline charts, through the
installed command on the sample store; counts checked against Cypher written independently."""

from __future__ import annotations

import json
import os
import stat
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import run_cli
from .test_serve import Served


@pytest.fixture(scope="module", autouse=True)
def _served(sample_store: Path) -> Iterator[None]:
    """One engine for the module's many commands, as `pactgraph serve` gives a user."""
    server = Served(sample_store)
    yield
    assert server.end() == 0


# Which countries each official, body and country counts for: the country it REPRESENTS or is
# PART_OF (through other bodies), else the one its `country` property names.
OWNERS = """
MATCH (x) WHERE x:Country OR x:Official OR x:Organization
OPTIONAL MATCH (x)-[:REPRESENTS|PART_OF*1..6]->(up:Country)
OPTIONAL MATCH (named:Country) WHERE named.name = x.country
WITH x, collect(DISTINCT up.id) AS ups, collect(DISTINCT named.id) AS nameds
RETURN x.id AS node,
       CASE WHEN x:Country THEN [x.id] WHEN size(ups) > 0 THEN ups ELSE nameds END AS owners
"""

# The interactions of every pair of countries per year, from the rules the README states:
# taking part in one meeting or exercise on one date (a fact without a date takes its
# event's), signing or being party to one agreement, hosting, a MET fact no shared meeting
# covers (same date or sentence), and cooperation facts, one per date or undated sentence.
# Whether a shared meeting covers a MET fact is a join on keys (the two countries and the date,
# or the two countries and the sentence), grouped once, not a search of every meeting per fact.
DYADS = """
CALL {
  MATCH (p)-[r]->(e)
  WHERE (e:Meeting AND type(r) IN ['ATTENDED', 'CO_CHAIRED', 'HOSTED'])
     OR (e:Exercise AND type(r) IN ['PARTICIPATED_IN', 'HOSTED'])
     OR (e:Agreement AND type(r) IN ['SIGNED', 'PARTY_TO'])
  WITH e, r, $owners[p.id] AS cs
  WHERE cs IS NOT NULL
  UNWIND cs AS c
  WITH e, c, r, CASE WHEN e:Agreement THEN '' ELSE coalesce(r.date, e.date, '') END AS occ
  WITH e, occ, c, collect(coalesce(r.date, e.date)) AS dates, collect(r.source) AS docs,
       collect(CASE WHEN type(r) = 'HOSTED' THEN r.source END) AS hosting
  WITH e, occ, collect({c: c, dates: dates, docs: docs, hosting: hosting}) AS parties
  UNWIND parties AS a
  UNWIND parties AS b
  WITH e, occ, a, b WHERE a.c <> b.c
  WITH e, occ, a, b,
       CASE WHEN e:Meeting THEN 'MET' WHEN e:Exercise THEN 'PARTICIPATED_IN' ELSE 'SIGNED' END
         AS kind,
       reduce(m = null, d IN a.dates + b.dates |
              CASE WHEN d IS NOT NULL AND (m IS NULL OR d < m) THEN d ELSE m END) AS earliest
  UNWIND [[kind, a.c < b.c, a.docs + b.docs],
          ['HOSTED', size(a.hosting) > 0, a.hosting + b.docs]] AS made
  WITH e, occ, a, b, earliest, made WHERE made[1]
  UNWIND made[2] AS doc
  RETURN a.c AS a, b.c AS b, made[0] AS kind, e.id + '|' + occ AS key,
         CASE WHEN e:Agreement THEN earliest WHEN occ = '' THEN null ELSE occ END AS date, doc
  UNION ALL
  CALL {
    MATCH (p1)-[f:ATTENDED|CO_CHAIRED|HOSTED]->(m:Meeting)<-[g:ATTENDED|CO_CHAIRED|HOSTED]-(p2)
    WITH f, g, $owners[p1.id] AS c1, $owners[p2.id] AS c2,
         coalesce(f.date, m.date, '') AS d1, coalesce(g.date, m.date, '') AS d2
    WHERE c1 IS NOT NULL AND c2 IS NOT NULL AND d1 = d2
    UNWIND c1 AS a
    UNWIND c2 AS b
    UNWIND [a + '|' + b + '|D|' + d1, a + '|' + b + '|E|' + f.evidence,
            a + '|' + b + '|E|' + g.evidence] AS key
    WITH DISTINCT key WHERE key IS NOT NULL
    RETURN key, null AS fact
    UNION ALL
    MATCH (o1)-[r:MET|COOPERATES_WITH]->(o2)
    WITH r, $owners[o1.id] AS as, $owners[o2.id] AS bs
    WHERE as IS NOT NULL AND bs IS NOT NULL
    UNWIND as AS x
    UNWIND bs AS y
    WITH r, CASE WHEN x < y THEN x ELSE y END AS a, CASE WHEN x < y THEN y ELSE x END AS b
    WHERE a <> b
    WITH a, b, r,
         {a: a, b: b, kind: type(r), date: r.date, evidence: r.evidence, doc: r.source} AS fact
    UNWIND CASE WHEN type(r) = 'MET'
                THEN [a + '|' + b + '|D|' + coalesce(r.date, ''), a + '|' + b + '|E|' + r.evidence]
                ELSE [''] END AS key
    WITH key, fact WHERE key IS NOT NULL
    RETURN key, fact
  }
  WITH key, collect(fact) AS facts, count(fact) AS told, count(*) AS rows
  UNWIND facts AS fact
  WITH fact, told < rows AS covered
  WITH fact.a AS a, fact.b AS b, fact.kind AS kind, fact.date AS date,
       fact.evidence AS evidence, fact.doc AS doc, collect(covered) AS covers
  WHERE NOT true IN covers
  RETURN a, b, kind, CASE WHEN date IS NULL THEN doc + '|' + evidence ELSE date END AS key,
         date, doc
}
WITH a, b, kind, CASE WHEN date IS NULL THEN 'undated' ELSE substring(date, 0, 4) END AS period,
     key, doc
RETURN period, a, b, kind, count(DISTINCT key) AS count, count(DISTINCT doc) AS documents
"""


def _json(done: Any) -> Any:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _cypher_dyads(store: Path) -> dict[tuple[str, str, str, str], tuple[int, int]]:
    owners = {r["node"]: r["owners"] for r in _json(run_cli("query", OWNERS, "-f", "json",
                                                            store=store)) if r["owners"]}  # fmt: skip
    # Thousands of owners are too long for one argument on the command line: from a file.
    given = store.parent / "owners.json"
    given.write_text(json.dumps(owners), encoding="utf-8")
    rows = _json(run_cli("query", DYADS, "-p", f"owners=@{given}", "-f", "json", store=store))
    names = {r["id"]: r["name"] for r in _json(run_cli("query", "MATCH (c:Country) RETURN c.id "
                                                       "AS id, c.name AS name", "-f", "json",
                                                       store=store))}  # fmt: skip
    counted = {}
    for row in rows:
        a, b = names[row["a"]], names[row["b"]]
        if row["kind"] != "HOSTED" and b < a:
            a, b = b, a
        counted[(row["period"], a, b, row["kind"])] = (row["count"], row["documents"])
    return counted


def test_dyads_on_the_samples_match_cypher(sample_store: Path) -> None:
    rows = _json(run_cli("dyads", "--by", "year", "--format", "json", store=sample_store))
    ours = {(r["period"], r["source"], r["target"], r["type"]): (r["count"], r["documents"])
            for r in rows}  # fmt: skip
    expected = _cypher_dyads(sample_store)
    assert ours == expected
    # Enough of everything to mean something: every kind, several years, dozens of pairs.
    assert {k[3] for k in ours} == {"MET", "SIGNED", "PARTICIPATED_IN", "COOPERATES_WITH",
                                    "HOSTED"}  # fmt: skip
    assert {"2022", "2023", "2024"} <= {k[0] for k in ours}
    assert len(ours) > 100
    # Summed over months, the same interactions.
    months = _json(run_cli("dyads", "--format", "json", store=sample_store))
    assert sum(r["count"] for r in months) == sum(count for count, _ in expected.values())
    assert all(len(r["period"]) == 7 for r in months if r["period"] != "undated")


def test_dyads_options_and_mistakes(sample_store: Path, tmp_path: Path) -> None:
    done = run_cli("dyads", "--by", "quarter", "--country", "Philippines", "--type", "met,hosted",
                   "--format", "csv", store=sample_store)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ("period,source,target,type,directed,count,documents,source_iso3,"
                        "target_iso3")  # fmt: skip
    assert all("Philippines" in line and (",MET," in line or ",HOSTED," in line)
               for line in lines[1:])  # fmt: skip
    assert any(line.startswith("2024-Q3,Philippines,United States,MET,") for line in lines)
    windowed = run_cli("dyads", "--since", "2024-01-01", store=sample_store)
    assert windowed.returncode == 0 and "undated interaction" in windowed.stderr
    for args, code, message in [
        (["--type", "ATTENDED"], 2, "MET, SIGNED, PARTICIPATED_IN, COOPERATES_WITH, HOSTED"),
        (["--by", "week"], 2, "week"),
        (["-o", str(tmp_path / "rows.txt")], 2, "-o writes charts"),
        (["--country", "Atlantis"], 1, "Error: no entity named 'Atlantis'"),
        (
            ["--country", "Kihara"],
            1,
            "Error: 'Kihara' is an Official (Minoru Kihara), not a country",
        ),
        (["--since", "2024-13-01"], 2, "Invalid value for --since: takes YYYY-MM-DD"),
    ]:
        wrong = run_cli("dyads", *args, store=sample_store)
        assert wrong.returncode == code, (args, wrong.stderr)
        assert message in wrong.stderr
        assert "Traceback" not in wrong.stderr
    assert not (tmp_path / "rows.txt").exists()


def _png_dpi(path: Path) -> float:
    """Dots per inch from a PNG's pHYs chunk."""
    data = path.read_bytes()
    at = data.index(b"pHYs")
    per_metre = struct.unpack(">I", data[at + 4 : at + 8])[0]
    return per_metre * 0.0254


def test_dyad_chart_images(sample_store: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "dyads.png", tmp_path / "dyads.svg"
    for out in (png, svg):
        done = run_cli("dyads", "--by", "quarter", "--format", out.suffix[1:], "-o", str(out),
                       store=sample_store)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "country pairs over" in done.stderr
    assert round(_png_dpi(png)) == 300 and png.stat().st_size > 50_000
    # Written by the command itself with the user's umask, not by the server (private files).
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(png.stat().st_mode) == 0o666 & ~mask
    texts = ["".join(t.itertext()) for t in ET.parse(svg).iter("{http://www.w3.org/2000/svg}text")]
    rows = _json(run_cli("dyads", "--by", "quarter", "--format", "json", store=sample_store))
    pairs: dict[str, int] = {}
    for row in rows:
        pair = f"{row['source']} {'→' if row['directed'] else '–'} {row['target']}"
        pairs[pair] = pairs.get(pair, 0) + row["count"]
    busiest = max(pairs, key=lambda p: pairs[p])
    assert f"{busiest} ({pairs[busiest]})" in texts  # the top row names its total
    assert "2024-Q3" in texts and any(t.startswith("Interactions between countries") for t in texts)
    assert any(
        t.startswith(f"Source: 6 documents, {sum(pairs.values())} interactions") for t in texts
    )


def test_country_map_exports_but_never_imports(sample_store: Path, tmp_path: Path) -> None:
    exported = _json(run_cli("export", "--level", "country", store=sample_store))
    assert exported["level"] == "country"
    assert {n["label"] for n in exported["nodes"]} == {"Country"}
    dyad_rows = _json(run_cli("dyads", "--format", "json", store=sample_store))
    assert len(exported["edges"]) == sum(r["count"] for r in dyad_rows)
    path = tmp_path / "countries.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    store = tmp_path / "store"
    refused = run_cli("import", str(path), store=store)
    assert refused.returncode == 1 and "cannot be imported" in refused.stderr
    assert not store.exists()
    wrong = run_cli("export", "--level", "country", "--format", "cypher", store=sample_store)
    assert wrong.returncode == 2 and "json, graphml or gexf" in wrong.stderr
    wrong = run_cli("view", "--level", "country", "--label", "Official", store=sample_store)
    assert wrong.returncode == 2 and "only countries" in wrong.stderr
    gexf = run_cli("export", "--level", "country", "--format", "gexf", store=sample_store)
    assert gexf.returncode == 0 and 'start="2024-07-28"' in gexf.stdout


def test_analyze_the_country_map(sample_store: Path) -> None:
    rows = _json(run_cli("analyze", "--level", "country", "--format", "json", "--top", "3",
                         store=sample_store))  # fmt: skip
    assert {r["label"] for r in rows} == {"Country"}
    assert rows[0]["name"] in {"United States", "Japan"}
    bridges = _json(run_cli("analyze", "--level", "country", "--show", "bridges", "--format",
                            "json", store=sample_store))  # fmt: skip
    assert bridges and all(r["groups_linked"] >= 2 for r in bridges)


def test_timeline_charts(sample_store: Path, tmp_path: Path) -> None:
    svg = tmp_path / "kihara.svg"
    done = run_cli("timeline", "Kihara", "--format", "svg", "-o", str(svg), store=sample_store)
    assert done.returncode == 0, done.stderr
    met = _json(run_cli("who-met", "Kihara", "--format", "json", store=sample_store))
    counts: dict[str, int] = {}
    for row in met:
        counts[row["counterpart"]] = counts.get(row["counterpart"], 0) + 1
    texts = ["".join(t.itertext()) for t in ET.parse(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert "Encounters of Minoru Kihara" in texts
    assert {f"{name} ({n})" for name, n in counts.items()} <= set(texts)
    assert f"wrote {svg}: {len(met)} encounters with {len(counts)} counterparts" in done.stderr
    png = tmp_path / "japan.png"
    done = run_cli("timeline", "--country", "Japan", "--format", "png", "-o", str(png),
                   store=sample_store)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert round(_png_dpi(png)) == 300 and png.stat().st_size > 50_000
    wrong = run_cli("timeline", "Security Consultative Committee", "--format", "png", "-o",
                    str(tmp_path / "x.png"), store=sample_store)  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("Error: a timeline chart draws an official or a country")
    assert not (tmp_path / "x.png").exists()
