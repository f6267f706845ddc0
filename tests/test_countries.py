"""Countries as actors: interactions, dyad-period counts and the country map, on a small graph
whose every count is worked out by hand below."""

from __future__ import annotations

from typing import Any

import pytest

from pactgraph.graph.analyze import analyze
from pactgraph.graph.countries import country_level, country_owners, dyads, interactions
from pactgraph.graph.subgraph import Selection

Graph = dict[str, list[dict[str, Any]]]


def _node(node_id: str, name: str, **props: Any) -> dict[str, Any]:
    return {"id": node_id, "label": node_id.split(":")[0].capitalize(), "name": name, **props}


def _fact(source: str, rel: str, target: str, date: str | None = None, doc: str = "d1",
          said: str | None = None) -> dict[str, Any]:  # fmt: skip
    fact = {
        "source": source,
        "target": target,
        "type": rel,
        "document": f"document:{doc}",
        "evidence": said or f"{source} {rel} {target} {date}",
        "confidence": 0.9,
    }
    return {**fact, "date": date} if date else fact


@pytest.fixture()
def graph() -> Graph:
    """Four countries; officials, bodies and a force acting for them at dated events."""
    nodes = [
        _node("country:japan", "Japan", iso3="JPN"),
        _node("country:united-states", "United States", iso3="USA"),
        _node("country:philippines", "Philippines", iso3="PHL"),
        _node("country:australia", "Australia", iso3="AUS"),
        _node("official:kihara", "Minoru Kihara"),
        _node("official:kamikawa", "Yoko Kamikawa", country="Japan"),  # no REPRESENTS fact
        _node("official:austin", "Lloyd Austin"),
        _node("official:teodoro", "Gilberto Teodoro"),
        _node("official:marles", "Richard Marles"),
        _node("organization:jmsdf", "JMSDF"),
        _node("organization:jsdf", "JSDF"),
        _node("organization:us-navy", "U.S. Navy", country="United States"),
        _node("organization:quad", "Quad"),  # an alliance: no country
        _node("meeting:two-plus-two", "2+2", date="2024-07-28"),
        _node("meeting:dialogue", "Dialogue"),  # meets twice
        _node("meeting:talks", "Talks"),  # no date anywhere
        _node("exercise:drill", "Drill", date="2024-05-02"),
        _node("agreement:raa", "RAA"),
        {"id": "document:d1", "label": "Document", "name": "One"},
        {"id": "document:d2", "label": "Document", "name": "Two"},
    ]
    call = "Teodoro and Austin spoke by phone."
    edges = [
        _fact("official:kihara", "REPRESENTS", "country:japan"),
        _fact("official:austin", "REPRESENTS", "country:united-states"),
        _fact("official:teodoro", "REPRESENTS", "country:philippines"),
        _fact("official:marles", "REPRESENTS", "country:australia"),
        _fact("organization:jmsdf", "PART_OF", "organization:jsdf"),
        _fact("organization:jsdf", "PART_OF", "country:japan"),
        # The 2+2, hosted by Japan: one MET Japan-US, one HOSTED Japan -> US. Kihara and
        # Kamikawa are colleagues; the MET fact of that day is the same encounter.
        _fact("official:kihara", "CO_CHAIRED", "meeting:two-plus-two", "2024-07-28"),
        _fact("official:kamikawa", "ATTENDED", "meeting:two-plus-two", "2024-07-28"),
        _fact("official:austin", "CO_CHAIRED", "meeting:two-plus-two", "2024-07-28"),
        _fact("country:japan", "HOSTED", "meeting:two-plus-two", "2024-07-28"),
        _fact("official:kihara", "MET", "official:austin", "2024-07-28"),
        _fact("official:kihara", "MET", "official:kamikawa", "2024-07-28"),
        # A call with no meeting node, reported by two documents: one MET, two documents.
        _fact("official:teodoro", "MET", "official:austin", "2024-07-30", "d1", call),
        _fact("official:austin", "MET", "official:teodoro", "2024-07-30", "d2", call),
        # One dialogue node, two rounds: two MET Philippines-US.
        _fact("official:austin", "ATTENDED", "meeting:dialogue", "2024-01-10"),
        _fact("official:teodoro", "ATTENDED", "meeting:dialogue", "2024-01-10"),
        _fact("official:austin", "ATTENDED", "meeting:dialogue", "2024-06-05", "d2"),
        _fact("official:teodoro", "ATTENDED", "meeting:dialogue", "2024-06-05", "d2"),
        # Talks nobody dated: one undated MET Australia-Japan.
        _fact("official:marles", "ATTENDED", "meeting:talks"),
        _fact("official:kihara", "ATTENDED", "meeting:talks"),
        # A drill: the force of a body of Japan, a navy named for the US, the Philippines
        # (undated fact, so the drill's date); the Quad counts for nobody.
        _fact("organization:jmsdf", "PARTICIPATED_IN", "exercise:drill", "2024-05-02"),
        _fact("organization:us-navy", "PARTICIPATED_IN", "exercise:drill", "2024-05-02"),
        _fact("country:philippines", "PARTICIPATED_IN", "exercise:drill"),
        _fact("organization:quad", "PARTICIPATED_IN", "exercise:drill", "2024-05-02"),
        # An agreement signed in July and in force in December: one SIGNED, dated July.
        _fact("country:japan", "SIGNED", "agreement:raa", "2024-07-08"),
        _fact("official:kihara", "SIGNED", "agreement:raa", "2024-07-08"),
        _fact("country:philippines", "SIGNED", "agreement:raa", "2024-07-08"),
        _fact("country:philippines", "PARTY_TO", "agreement:raa", "2024-12"),
        # Cooperation between their forces, said twice on one day: one; and undated, one.
        _fact("organization:jmsdf", "COOPERATES_WITH", "organization:us-navy", "2023-11-20"),
        _fact(
            "organization:us-navy",
            "COOPERATES_WITH",
            "organization:jmsdf",
            "2023-11-20",
            said="The navies train together.",
        ),  # fmt: skip
        _fact("country:australia", "COOPERATES_WITH", "country:japan"),
        {"source": "document:d1", "target": "official:kihara", "type": "MENTIONS"},
    ]
    return {"nodes": nodes, "edges": edges}


def _counts(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str, str], tuple[int, int]]:
    return {(r["period"], r["source"], r["target"], r["type"]): (r["count"], r["documents"])
            for r in rows}  # fmt: skip


JP, US, PH, AU = "Japan", "United States", "Philippines", "Australia"


def test_officials_bodies_and_forces_count_for_their_country(graph: Graph) -> None:
    owners = country_owners({n["id"]: n for n in graph["nodes"]}, graph["edges"])
    assert owners["official:kihara"] == {"country:japan"}  # REPRESENTS
    assert owners["official:kamikawa"] == {"country:japan"}  # its country property
    assert owners["organization:jmsdf"] == {"country:japan"}  # PART_OF a body of Japan
    assert owners["organization:us-navy"] == {"country:united-states"}
    assert owners["country:australia"] == {"country:australia"}
    assert "organization:quad" not in owners and "meeting:talks" not in owners


def test_dyads_by_month_match_the_hand_count(graph: Graph) -> None:
    table = dyads(graph, "month")
    assert _counts(table.rows) == {
        ("2023-11", JP, US, "COOPERATES_WITH"): (1, 1),
        ("2024-01", PH, US, "MET"): (1, 1),
        ("2024-05", JP, PH, "PARTICIPATED_IN"): (1, 1),
        ("2024-05", JP, US, "PARTICIPATED_IN"): (1, 1),
        ("2024-05", PH, US, "PARTICIPATED_IN"): (1, 1),
        ("2024-06", PH, US, "MET"): (1, 1),
        ("2024-07", JP, PH, "SIGNED"): (1, 1),
        ("2024-07", JP, US, "HOSTED"): (1, 1),
        ("2024-07", JP, US, "MET"): (1, 1),
        ("2024-07", PH, US, "MET"): (1, 2),  # the call, in two documents
        ("undated", AU, JP, "COOPERATES_WITH"): (1, 1),
        ("undated", AU, JP, "MET"): (1, 1),
    }
    assert [r["period"] for r in table.rows][-2:] == ["undated", "undated"]
    hosted = next(r for r in table.rows if r["type"] == "HOSTED")
    assert hosted["directed"] is True and (hosted["source"], hosted["target"]) == (JP, US)
    assert all(r["directed"] is False for r in table.rows if r["type"] != "HOSTED")
    assert {r["source_iso3"] for r in table.rows} == {"JPN", "PHL", "AUS"}
    assert table.note is None
    assert table.interactions == 12 and table.documents == 2


def test_dyads_by_quarter_and_year(graph: Graph) -> None:
    quarters = _counts(dyads(graph, "quarter").rows)
    assert quarters[("2024-Q2", PH, US, "MET")] == (1, 1)
    assert quarters[("2024-Q3", PH, US, "MET")] == (1, 2)
    assert quarters[("2024-Q1", PH, US, "MET")] == (1, 1)
    years = _counts(dyads(graph, "year").rows)
    assert years[("2024", PH, US, "MET")] == (3, 2)
    assert years[("2023", JP, US, "COOPERATES_WITH")] == (1, 1)
    assert sum(count for count, _ in years.values()) == 12


def test_dyads_filters_say_what_a_window_leaves_out(graph: Graph) -> None:
    july = dyads(graph, "month", since="2024-07-01", until="2024-07-31")
    assert {r["type"] for r in july.rows} == {"SIGNED", "HOSTED", "MET"}
    assert july.note is not None and july.note.startswith("2 undated interactions left out")
    philippines = dyads(graph, "year", country="country:philippines")
    assert all(PH in (r["source"], r["target"]) for r in philippines.rows)
    assert sum(r["count"] for r in philippines.rows) == 6
    kinds = dyads(graph, "year", kinds=("MET", "HOSTED"))
    assert _counts(kinds.rows) == {
        ("2024", JP, US, "HOSTED"): (1, 1),
        ("2024", JP, US, "MET"): (1, 1),
        ("2024", PH, US, "MET"): (3, 2),
        ("undated", AU, JP, "MET"): (1, 1),
    }


def test_each_interaction_keeps_its_facts_and_event(graph: Graph) -> None:
    found = interactions(graph["nodes"], graph["edges"])
    two_plus_two = [i for i in found if i.about == "meeting:two-plus-two"]
    assert sorted(i.kind for i in two_plus_two) == ["HOSTED", "MET"]
    met = next(i for i in two_plus_two if i.kind == "MET")
    assert (met.source, met.target, met.date) == ("country:japan", "country:united-states",
                                                  "2024-07-28")  # fmt: skip
    # Kihara's, Kamikawa's and Austin's facts, and Japan's hosting.
    assert len(met.facts) == 4
    signed = next(i for i in found if i.kind == "SIGNED")
    assert signed.date == "2024-07-08" and signed.about == "agreement:raa"


def test_country_map_joins_pairs_and_takes_the_selection(graph: Graph) -> None:
    everything = country_level(graph, Selection())
    assert everything.level == "country"
    assert {n["id"] for n in everything.nodes} == {
        "country:japan", "country:united-states", "country:philippines", "country:australia",
    }  # fmt: skip
    assert len(everything.edges) == 12
    assert all(e["document"].startswith("document:") and e["evidence"] for e in everything.edges)
    met = next(e for e in everything.edges if e["type"] == "MET" and e["date"] == "2024-07-28")
    assert met["about"] == "2+2" and met["directed"] is False
    heavy = country_level(graph, Selection(min_weight=3))
    pairs = {tuple(sorted((e["source"], e["target"]))) for e in heavy.edges}
    assert pairs == {("country:japan", "country:united-states"),
                     ("country:philippines", "country:united-states")}  # fmt: skip
    assert "country:australia" not in {n["id"] for n in heavy.nodes}
    around = country_level(graph, Selection(around=("country:australia",), depth=1))
    assert {n["id"] for n in around.nodes} == {"country:australia", "country:japan"}
    assert around.centre == ("country:australia",)
    windowed = country_level(graph, Selection(since="2024-01-01", types=("MET",)))
    assert len(windowed.edges) == 4
    assert windowed.left_out is not None and "1 undated interaction left out" in windowed.left_out
    capped = country_level(graph, Selection(max_nodes=2))
    assert {n["id"] for n in capped.nodes} == {"country:japan", "country:united-states"}
    assert capped.left_out is not None and "showing 2 of 4 countries" in capped.left_out


def test_analysis_of_the_country_map(graph: Graph) -> None:
    rows = analyze(country_level(graph, Selection()), "central", top=4)
    assert {r["name"] for r in rows} == {JP, US, PH, AU}
    japan = next(r for r in rows if r["name"] == JP)
    assert japan["degree"] == 3 and japan["facts"] == 8  # partners; interactions
