"""A sentence's mentions as nodes, sorted by kind with where each is named; the places it
reads beyond the gazetteer, and the units and places it nests inside others."""

from __future__ import annotations

import re

from ..graph.model import node_id
from . import clauses, rules
from .docstate import ItemNotes, SentenceRead
from .drills import DrillFrames
from .gazetteer import town_country
from .mentions import Mention

__all__ = ["SentenceNodes"]

# "The tour began in Kuwait, where ...": a country the clause after it is set in.
_IN_NAME = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}),\s+where\b")


class SentenceNodes(DrillFrames):
    """Resolving a sentence's mentions to nodes, and the places and units nested in them."""

    def _resolve(self, text: str, mentions: list[Mention], places: list[tuple[int, int, str]],
                 item: ItemNotes, date: str | None) -> SentenceRead:  # fmt: skip
        """The nodes a sentence's mentions stand for, sorted by kind, and where each is named;
        places the gazetteer does not know are read from "in", "at" or a list of places."""
        ids: dict[int, str] = {}
        officials: list[tuple[Mention, str]] = []
        countries: list[str] = []
        orgs: list[str] = []
        meetings: list[str] = []
        agreements: list[str] = []
        exercises: list[str] = []
        locations: list[str] = []
        spot: dict[str, int] = {}  # where each place, event and agreement is named
        pending_agreements: list[tuple[int, Mention]] = []
        country_venues: list[str] = []
        venue_end: int | None = None
        lowered = text.lower()
        drill_told = any(m.label == "Exercise" for m in mentions) or bool(
            (item.exercises or self.exercises)
            and (rules.THE_DRILL.search(lowered) or rules.DRILL_SITES.search(lowered))
        )
        place_ends = [e for _, e, _ in places]  # where each NER place ends
        for i, m in enumerate(mentions):
            if m.label == "Country":
                before = text[: m.start]
                # "a visit to Japan and the Philippines": the second of a list of venues too.
                in_venue_list = venue_end is not None and bool(
                    re.fullmatch(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?", text[venue_end : m.start])
                )
                venue = (
                    (
                        rules.IN_COUNTRY.search(before)
                        or in_venue_list
                        or (drill_told and rules.DRILL_IN_COUNTRY.search(before))
                    )
                    and not rules.TOPIC_PLACE.search(before)
                    and not re.match(r"['’]s\b", text[m.end :])
                )
                # A city that is a state is, as a venue, a place like any other city.
                if venue and m.name in rules.CITY_STATES:
                    ids[i] = self._node("Location", m.name, [], country=m.name)
                    locations.append(ids[i])  # a city like any other
                    spot.setdefault(ids[i], m.start)
                    continue
                ids[i] = self._country(m)
                if venue:
                    # "met Wei in Singapore", "a visit to Japan": where it happened.
                    country_venues.append(ids[i])
                    venue_end = m.end
                    spot.setdefault(ids[i], m.start)
                elif (
                    not rules.ADVERSARY_BEFORE.search(text[: m.start])
                    or rules.TAKING_PART.match(text, m.end)
                    or rules.FOUNDED_BY.search(text[: m.start])
                ) and not rules.ADVERSARY_AFTER.match(text, m.end):
                    countries.append(ids[i])
            elif m.label == "Organization":
                ids[i] = self._organization(m, text, date)
                orgs.append(ids[i])
            elif m.label == "Official":
                ids[i] = self._official(m, mentions, text, date)
                officials.append((m, ids[i]))
            elif m.label == "Meeting":
                ids[i] = self._meeting(m, date, mentions, text[: m.start])
                self._place_in_name(ids[i], text)
                meetings.append(ids[i])
                spot.setdefault(ids[i], m.start)
            elif m.label == "Agreement":
                pending_agreements.append((i, m))
            elif m.label == "Exercise":
                ids[i] = self._exercise(m)
                exercises.append(ids[i])
                spot.setdefault(ids[i], m.start)
            elif m.label == "Location":
                country = m.props.get("country") or (
                    m.entry.props.get("country") if m.entry else None
                )
                aliases = [m.surface] if m.surface != m.name else []
                ids[i] = self._node("Location", m.name, aliases, country=country)
                if m.props.get("capital_of"):
                    home = self._country_named(country)
                    if home:
                        self._edge("LOCATED_IN", ids[i], home, text, None, 0.6)
                city = node_id("Location", str(m.entry.props.get("in"))) if m.entry else ""
                if city in self.batch.nodes and self.batch.nodes[city].name in text:
                    # "at Hyderabad House", after New Delhi was named: the house is in the city.
                    self._edge("LOCATED_IN", ids[i], city, text, None, 0.55)
                if m.props.get("dateline"):
                    if not m.props.get("item_lead"):
                        self.datelined.add(ids[i])
                    if not item.dateline:
                        item.dateline, item.dateline_date = ids[i], date
                    # "16–18 FEBRUARY — MUNICH." on its own: where the item's encounters sat.
                    self.place = ids[i]
                # "in Perth, Western Australia": the city says where; the state holds the city.
                # "Anchorage, Alaska", "Fort Wainwright, Alaska": a state the gazetteer knows.
                inner_ends = place_ends
                if i and mentions[i - 1].label == "Location":
                    inner_ends = [*place_ends, mentions[i - 1].end]
                within = (
                    (
                        m.props.get("region_of")
                        or (m.entry and m.entry.props.get("kind") == "region")
                    )
                    # "the Northern Territory and Western Australia": a list, not nesting
                    and any(re.fullmatch(r",\s+", text[e : m.start]) for e in inner_ends)
                    and not rules.LISTED_ON.match(text, m.end)
                )
                # "warned about Taiwan": an island spoken of; "drills around Taiwan": a place.
                before = text[: m.start]
                spoken_of = (
                    m.entry is not None
                    and m.entry.props.get("place")
                    and not rules.ON_THE_ISLAND.search(before)
                )
                if not (
                    rules.TOPIC_PLACE.search(before) or m.props.get("region") or within or spoken_of
                ):
                    locations.append(ids[i])
                    spot.setdefault(ids[i], m.start)
        self._listed_together(officials, text)
        titles_only = [
            m.label == "Country"
            and i + 1 < len(mentions)
            and mentions[i + 1].label == "Official"
            and bool(re.fullmatch(r"[\s\w.-]*", text[m.end : mentions[i + 1].start]))
            for i, m in enumerate(mentions)
        ]
        # Countries named only as whose official someone is ("Japanese Defense Minister").
        titling = {ids[i] for i, t in enumerate(titles_only) if t and i in ids} - {
            ids[i] for i, m in enumerate(mentions) if m.label == "Country" and not titles_only[i]
        }
        for oid in orgs:
            if oid in self.alliances:
                # "joined NATO": the countries said to join, not whose minister looked on.
                # "Widodo, as this year's ASEAN chair"; "five EU member states — Italian PM
                # Giorgia Meloni, ...": whose leaders speak for the members named.
                chair = re.search(r"\bchair", text) or rules.MEMBERS_LISTED.search(text)
                named = [c for c in countries if c not in titling or chair]
                if rules.SEAT_AT.search(text):
                    # "Romania's ambassador to NATO": the country whose envoy sits at the table.
                    homes = (self._country_of(o) for _, o in officials)
                    named += [c for c in homes if c and c not in named]
                self.alliance_sentences.setdefault(oid, []).append((text, named))
                self.last_alliance = oid
        if not orgs and self.last_alliance and rules.MEMBERS_LISTED.search(text):
            # "Forces from all ten members (Brunei, Cambodia, ...) took part": of the grouping
            # named before; only its listed members are taken at the end.
            listed = [c for c in countries if c not in titling]
            self.alliance_sentences[self.last_alliance].append((text, listed))
        # Agreements last: a generic name ("a Reciprocal Access Agreement") is told apart by
        # the parties the sentence names, countries and their ministries alike.
        named_here = [
            ids[i]
            for i, m in enumerate(mentions)
            if m.label == "Country" and not rules.HOSTILE_BEFORE.search(text[: m.start])
        ]
        if pending_agreements:
            self._name_agreements(text, mentions, ids, orgs, item, named_here, date,
                                  pending_agreements, agreements, spot)  # fmt: skip
        covered = [(m.start, m.end) for m in mentions]
        listed_end = -1
        placed: list[tuple[int, str]] = []  # the places read here, and where each ends
        known_places = [
            (m.end, ids[i]) for i, m in enumerate(mentions) if i in ids and m.label == "Location"
        ]
        for start, end, name in sorted(places):
            if any(s < end and start < e for s, e in covered):
                continue
            # "across Queensland, the Northern Territory and New South Wales", "in Palawan,
            # Batangas and Cavite": a list of places.
            in_list = any(
                re.fullmatch(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", text[at:start])
                for at in [listed_end, *(at for at, _ in known_places)]
                if 0 <= at <= start
            )
            # "at Fort Wainwright, Alaska", "at Clark Air Base in Pampanga": the place the
            # place before is in.
            within, comma = next(
                (
                    (lid, text[at:start].startswith(","))
                    for at, lid in [*known_places, *placed]
                    if re.fullmatch(r",\s+|\s+in\s+(?:the\s+)?", text[at:start])
                ),
                (None, False),
            )
            if within and comma and rules.LISTED_ON.match(text, end):
                within = None  # "the Middle East, Africa and the Indo-Pacific": a list
            elif within:
                in_list = False  # "in Surabaya, East Java": a place and the one it is in
            if self.gaz.lookup(name) or not (
                in_list or within or rules.PLACE_BEFORE.search(text[:start])
            ):
                continue
            if within and "." in name:
                continue  # "Washington, D.C.", "Wilmington, Del.": how the city is written
            listed_end = end
            if rules.TOPIC_PLACE.search(text[:start]):
                continue
            lid = self._node("Location", re.sub(r"^the\s+", "", name))
            spot.setdefault(lid, start)
            placed.append((end, lid))
            if within:
                # What happened at the inner place happened in the outer one only through it.
                self._edge("LOCATED_IN", within, lid, text, None, 0.6)
            else:
                locations.append(lid)
        # "in Yongsan, Seoul": a place the text found, then the known place it lies in.
        after = {
            m.start: (ids[i], m.end)
            for i, m in enumerate(mentions)
            if i in ids and m.label == "Location"
        }
        for end, lid in placed:
            # "Xiamen in China's Fujian province": the same, told with "in".
            then = re.match(r",\s+|\s+in\s+(?:[A-Z][\w.-]*['’]s\s+)?", text[end:])
            city, city_end = after.get(end + then.end(), ("", 0)) if then else ("", 0)
            if city and city != lid and not rules.LISTED_ON.match(text, city_end):
                self._edge("LOCATED_IN", lid, city, text, None, 0.6)
                if city in locations:
                    locations.remove(city)  # what happened in Yongsan was in Seoul through it
        return SentenceRead(
            ids=ids,
            officials=officials,
            countries=countries,
            orgs=orgs,
            meetings=meetings,
            agreements=agreements,
            exercises=exercises,
            locations=locations,
            spot=spot,
            country_venues=country_venues,
            named_here=named_here,
            titles_only=titles_only,
            titling=titling,
        )

    def _listed_together(self, officials: list[tuple[Mention, str]], text: str) -> None:
        """Officials listed one after another, each by title and name ("Foreign Minister
        Lavrov, Deputy Prime Minister Novak, Defence Minister Shoigu and Rosatom chief
        Likhachev"), are one side: those whose country the text leaves unsaid share the one
        country of the others, the first among them."""
        run: list[str] = []
        for k, (m, oid) in enumerate(officials):
            listed = k and rules.NEXT_IN_LIST.fullmatch(text, officials[k - 1][0].end, m.start)
            if not listed:
                self._share_country(run, text)
                run = []
            run.append(oid)
        self._share_country(run, text)

    def _share_country(self, run: list[str], text: str) -> None:
        if len(run) < rules.ONE_SIDE_LIST:
            return
        homes = {self.batch.nodes[o].props.get("country") for o in run}
        known = homes - {None}
        # The list's head says whose side it is: an envoy named in the middle of a host's
        # officials ("Minister A, U.S. Ambassador B and Gen. C") speaks only for himself.
        if (
            len(known) != 1
            or None not in homes
            or not self.batch.nodes[run[0]].props.get("country")
        ):
            return
        # "Secretary Blinken, Secretary Austin, Foreign Minister A and Defence Minister B": one
        # government has one minister of a portfolio, so a portfolio named twice is two sides.
        # (A president and a prime minister may serve one state: there the title itself counts.)
        titles = [str(self.batch.nodes[o].props.get("title") or "") for o in run]
        held = [
            title.lower() if role == "leaders'" else role
            for title in titles
            if (role := clauses.portfolio(title))
        ]
        if len(held) > len(set(held)):
            return
        self._speak_for(run, self._country_named(str(next(iter(known)))), text)

    def _venues(self, text: str, locations: list[str], spot: dict[str, int]) -> list[str]:
        """The places a sentence's events may have happened at, nearest first."""
        # "met in Tokyo, the first meeting held in Japan": the city says where, not the country.
        # "a free and open Indo-Pacific": a region spoken of, never where a meeting sat.
        locations = [lid for lid in locations if self.batch.nodes[lid].name not in rules.REGIONS]
        if any(lid not in self.datelined for lid in locations):
            # "SYDNEY — ... at Fleet Base East": the sentence's own place says where; but "KIEL
            # — ... in the German port of Kiel" names the dateline's town again, there.
            again = {
                lid: self.named_again(lid, text, spot) for lid in locations if lid in self.datelined
            }
            locations = [lid for lid in locations if again.get(lid, 0) >= 0]
            spot = {**spot, **{lid: at for lid, at in again.items() if at >= 0}}
            locations.sort(key=lambda lid: spot.get(lid, 0))
        return clauses.where_it_happened(text, locations, spot)

    def _nesting(self, text: str, mentions: list[Mention], ids: dict[int, str],
                 nearby: list[str]) -> None:  # fmt: skip
        """Units inside forces, and places inside places, as the sentence nests them."""
        # "the Ground Self-Defense Force's Amphibious Rapid Deployment Brigade": a unit is part
        # of the force that owns it, which in turn is part of the country.
        for i in range(len(mentions) - 1):
            parent, unit = mentions[i], mentions[i + 1]
            if parent.label == unit.label == "Organization" and i in ids and i + 1 in ids:
                if re.fullmatch(r"['’]s\s+", text[parent.end : unit.start]):
                    self._part_of_parent(ids[i + 1], ids[i], text)
        # "the JMSDF destroyer JS Akebono": a warship is part of the navy named with it.
        navy_of: dict[int, str] = {}
        for i, ship in enumerate(mentions):
            if i not in ids or ship.label != "Organization" or ship.entry is None:
                continue
            if ship.entry.props.get("kind") != "ship":
                continue
            same_flag = i - 1 in navy_of and ship.entry.props.get("country") == (
                self.batch.nodes[navy_of[i - 1]].props.get("country")
            )
            if same_flag and rules.NEXT_SHIP_GAP.fullmatch(text[mentions[i - 1].end : ship.start]):
                # "the frigate INS Sahyadri and the fleet tanker INS Jyoti": the same navy's
                self._edge("PART_OF", ids[i], navy_of[i - 1], text, None, 0.6)
                navy_of[i] = navy_of[i - 1]
                continue
            navy = next(
                (
                    ids[j]
                    for j in range(i - 1, -1, -1)
                    if j in ids
                    and mentions[j].label == "Organization"
                    and rules.NAVY.search(self.batch.nodes[ids[j]].name)
                    and rules.SHIP_CLASS_GAP.fullmatch(text[mentions[j].end : ship.start])
                ),
                None,
            )
            if navy:
                self._edge("PART_OF", ids[i], navy, text, None, 0.6)
                navy_of[i] = navy
        # "Kyushu's Saga Airport": a place inside the place or country that owns it.
        for i, m in enumerate(mentions):
            owner = re.search(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+$", text[: m.start])
            if m.label == "Location" and i in ids and owner:
                around = {self.batch.nodes[x].name: x for x in nearby}
                if owner.group(1) in around:
                    self._edge("LOCATED_IN", ids[i], around[owner.group(1)], text, None, 0.6)
        # "Phnom Penh, Cambodia", "Saga Airport in Kyushu": a place inside the place or country
        # that follows it.
        for i in range(len(mentions) - 1):
            first, second = mentions[i], mentions[i + 1]
            if first.label == "Location" and second.label in ("Location", "Country"):
                if self.gaz.role(second.surface) == "demonym":
                    continue  # "in Paris, Ukrainian President Zelensky": not a place's country
                gap = text[first.end : second.start]
                # "in Luzon, Palawan and Antique" is a list, not a place inside another.
                listed = gap == ", " and rules.LISTED_ON.match(text, second.end)
                if re.fullmatch(r", | (?:in|on) (?:the )?", gap) and i in ids and i + 1 in ids:
                    if listed or rules.OPEN_WATER.search(first.name):
                        continue  # "talks on the South China Sea in Manila": no sea in a city
                    self._edge("LOCATED_IN", ids[i], ids[i + 1], text, None, 0.6)
        # "talks in Bali, Indonesia": a place read from the words around it, not a mention,
        # and the country after it.
        mentioned = set(ids.values())
        for lid in nearby:
            node = self.batch.nodes.get(lid)
            at = self.spot.get(lid)
            if node is None or node.label != "Location" or lid in mentioned or at is None:
                continue
            if text[at : at + len(node.name)] != node.name:
                continue
            after = at + len(node.name)
            country = next(
                (
                    ids[i]
                    for i, m in enumerate(mentions)
                    if m.label == "Country"
                    and i in ids
                    and text[after : m.start] == ", "
                    and self.gaz.role(m.surface) != "demonym"
                ),
                None,
            )
            if country:
                self._edge("LOCATED_IN", lid, country, text, None, 0.6)

    def _in_dateline_town(self, text: str, locations: list[str], item: ItemNotes) -> None:
        """'LONDON, May 19 — Starmer hosted von der Leyen at Lancaster House': a building the
        item names, with no town of its own, is in the city it is datelined from."""
        # A report's later paragraphs are still in the town of its one dateline.
        towns = [
            t
            for t in [item.dateline, *self._one_dateline()]
            if t and not rules.BUILDING.search(self.batch.nodes[t].name)
        ]
        town = towns[0] if towns else ""
        buildings = [
            lid
            for lid in locations
            if lid != town and rules.BUILDING.search(self.batch.nodes[lid].name)
        ]
        if not buildings or not town or self.gaz.country(self.batch.nodes[town].name):
            return
        if self._in_another_country(text, self.batch.nodes[town].name):
            return  # "The tour began in Kuwait, where the emir received him at Bayan Palace"
        placed = {source for source, _ in self._located()}
        for lid in buildings:
            name = self.batch.nodes[lid].name
            known = self.gaz.lookup(name)
            seat = known[0].props.get("in") if known else None
            if lid in placed or (seat and seat != self.batch.nodes[town].name):
                continue  # "Bogor Palace" is in Bogor, whatever the dateline says
            if town != item.dateline and rules.FAR_SEAT.search(name):
                continue  # "the White House said", in a report from elsewhere
            self._edge("LOCATED_IN", lid, town, text, None, 0.5)

    def _in_another_country(self, text: str, town: str) -> bool:
        """Whether the sentence says 'in' a country other than the town's own."""
        home = town_country(town)
        for m in _IN_NAME.finditer(text):
            hit = self.gaz.lookup(m.group(1))
            if hit and hit[0].label == "Country" and home and hit[0].name != home:
                return True
        return False

    def _part_of_parent(self, unit: str, parent: str, text: str) -> None:
        """`unit` is part of `parent` rather than directly of the country both belong to."""
        home = self.batch.nodes[parent].props.get("country")
        if not self.batch.nodes[unit].props.get("country") and home:
            self.batch.nodes[unit].props["country"] = (
                home  # "the U.S. Army's 11th Airborne Division"
            )
        if self.batch.nodes[unit].props.get("country") != home:
            return
        self.batch.remove_edges(lambda e: e.type == "PART_OF" and e.source == unit)
        self.structural = {f for f in self.structural if not (f[0] == "PART_OF" and f[1] == unit)}
        self._edge("PART_OF", unit, parent, text, None, 0.8)
