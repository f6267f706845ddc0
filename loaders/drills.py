"""Exercise frames: drills, who took part, who hosted them and where they ran."""

from __future__ import annotations

import re

from ..graph.model import Node, node_id
from . import clauses, rules
from .docstate import ItemNotes, SentenceRead
from .instruments import InstrumentFrames
from .mentions import Mention

__all__ = ["DrillFrames"]


class DrillFrames(InstrumentFrames):
    """Reading exercises and their participants from a sentence."""

    def _drills(self, text: str, mentions: list[Mention], read: SentenceRead, exercises: list[str],
                meetings: list[str], parties: list[str], locations: list[str], events: list[str],
                item: ItemNotes, date: str | None) -> None:  # fmt: skip
        """PARTICIPATED_IN and where a drill took place: the drills the sentence names, or the
        one the item told of when it says "the exercise" or who took part."""
        lowered = text.lower()
        # "The exercise" may be one an earlier paragraph named; "... took part, and the French
        # Navy joined" goes on about the item's exercise.
        earlier_drills = item.exercises or self.exercises
        refers = (
            rules.THE_DRILL.search(lowered)
            # "Hosted by the US Navy and led by Adm. X, it brought together ..."
            or (item.exercises and rules.IT_RUN_BY.search(text))
            or (item.exercises and rules.TOOK_PART.search(lowered))
            # "Forces from A, B and C are training at ...": a report's one drill, paragraphs on.
            or (
                len(self.exercises) == 1
                and not meetings
                and rules.PLAINLY_TOOK_PART.search(lowered)
            )
            or (not meetings and rules.PARTICIPANTS.search(lowered))
        )
        # A report's drill is the one it opens on, whatever earlier editions it recalls.
        lead = (
            self.exercises[0]
            if self.exercises and (len(self.exercises) == 1 or not self.doc.newsletter)
            else ""
        )
        if lead and not exercises and not meetings and not refers:
            # "The Japan Air Self-Defense Force sent fighters": in a report of one drill, a
            # force that sends its own takes part, and its country with it; "sent the
            # destroyer USS Dewey": the ship too.
            sent = [
                (read.ids[i], m.end)
                for i, m in enumerate(mentions)
                if read.ids.get(i) in read.orgs
                and rules.FORCE.search(m.name)
                and rules.FORCE_SENT.match(text, m.end)
            ]
            sent_ships = [
                (read.ids[i], m.start)
                for i, m in enumerate(mentions)
                if read.ids.get(i) in read.orgs and rules.SHIP.match(m.name)
            ]
            for oid, end in sent:
                self._edge("PARTICIPATED_IN", oid, lead, text, date, 0.55)
                home = self._country_of_org(oid)
                if home:
                    self._edge("PARTICIPATED_IN", home, lead, text, date, 0.5)
                for ship, start in sent_ships:
                    if start > end:
                        self._edge("PARTICIPATED_IN", ship, lead, text, date, 0.5)
        if exercises or (earlier_drills and refers):
            targets = exercises or earlier_drills[-1:]
            told = [x for x in earlier_drills if x not in exercises]
            beside = [
                x for x in exercises if rules.DRILL_BESIDE.search(text, 0, read.spot.get(x, 0))
            ]
            if told and exercises and beside == exercises and rules.LEAD_DRILL.match(text):
                # "The drill was run alongside Cutlass Express, and drew personnel from A and
                # B": the drill told of, not the one beside it.
                targets = told[-1:]
            # "the destroyer USS Ralph Johnson": a ship's prefix says whose navy took part.
            ships = [
                c for c in (
                    self._country_named(rules.SHIP_PREFIXES[m.group(1)])
                    for m in rules.SHIP.finditer(text)
                ) if c
            ]  # fmt: skip
            observers = self._observers(text, mentions, read.ids)
            forces = [
                o
                for o in read.orgs
                if rules.FORCE.search(self.batch.nodes[o].name) and o not in observers
            ]
            homes = [c for c in (self._country_of_org(o) for o in forces) if c]
            # "the largest annual U.S.-Philippine exercise": the countries whose drill it is.
            for compound in rules.DRILL_OF_PARTIES.finditer(text):
                named = self._countries_named_in(compound["parties"] or compound["of_parties"])
                if len(named) >= 2:
                    homes += [c for c in map(self._country_named, named) if c]
            # "..., rehearsing the boarding of ships trading with North Korea": what the drill
            # is for names no one who took part in it.
            purpose = rules.DRILL_PURPOSE.search(text)
            after_purpose = set()
            if purpose:
                before = {
                    read.ids.get(i) for i, m in enumerate(mentions) if m.start < purpose.start()
                }
                after_purpose = {read.ids.get(i) for i, m in enumerate(mentions)} - before
            participants = [
                c for c in dict.fromkeys([*parties, *ships, *homes])
                if c not in observers and c not in after_purpose
            ]  # fmt: skip
            if rules.EXERCISE_VERB.search(lowered) or exercises or refers:
                hosts = self._host_countries(text, mentions, read)
                for xid in targets:
                    for cid in participants:
                        self._edge("PARTICIPATED_IN", cid, xid, text, date, 0.6)
                    for cid in hosts:
                        self._edge("HOSTED", cid, xid, text, date, 0.6)
                        self._edge("PARTICIPATED_IN", cid, xid, text, date, 0.6)
                    # "NATO began Steadfast Noon": an alliance that runs the drill takes part.
                    running = {
                        read.ids[i]
                        for i, m in enumerate(mentions)
                        if i in read.ids
                        and m.label == "Organization"
                        and rules.RUNS_DRILL.match(text, m.end)
                    }
                    for oid in read.orgs:
                        force = self.batch.nodes[oid]
                        if oid in observers:
                            continue
                        if (
                            force.props.get("kind") in ("military", "ship")
                            or oid in forces
                            or oid in running
                        ):
                            self._edge("PARTICIPATED_IN", oid, xid, text, date, 0.6)
                            # A country's forces taking part means the country takes part.
                            home = force.props.get("country")
                            if home and self.gaz.country(home):
                                cid = node_id("Country", home)
                                if cid in self.batch.nodes:
                                    self._edge("PARTICIPATED_IN", cid, xid, text, date, 0.55)
                    for m, oid in read.officials:
                        # "led by Rear Adm. Singh": the officers of a drill take part in it.
                        if rules.RANK.match(self.batch.nodes[oid].props.get("title", "")) or (
                            rules.LED_BY.search(text, 0, m.start)
                        ):
                            self._edge("PARTICIPATED_IN", oid, xid, text, date, 0.55)
                    self._drill_sites(xid, locations, [*events, *targets], read, text, date)
        elif (
            (item.exercises or len(self.exercises) == 1)
            and not meetings
            and rules.DRILL_SITES.search(lowered)
        ):
            # "Training runs at sites in Lopburi, Chanthaburi and Rayong": the item's drill, or
            # the one drill a report tells of, paragraphs on.
            xid = (item.exercises or self.exercises)[-1]
            self._drill_sites(xid, locations, [*events, xid], read, text, date)

    def _host_countries(self, text: str, mentions: list[Mention],
                        read: SentenceRead) -> list[str]:  # fmt: skip
        """'across Norway, Sweden and Finland, the three host countries': those named last."""
        said = rules.HOST_COUNTRIES.search(text)
        if not said:
            return []
        named = [
            read.ids[i]
            for i, m in enumerate(mentions)
            if m.label == "Country" and i in read.ids and m.end <= said.start()
        ]
        wanted = rules.NUMBERS.get(said.group("number").lower(), 0)
        # "northern Norway, Sweden and Finland": a country inside a region's name is missed.
        return list(dict.fromkeys(named))[-wanted:] if len(set(named)) >= 2 else []

    def named_again(self, lid: str, text: str, spot: dict[str, int]) -> int:
        """Where the sentence names a place again after where it first does, on its own
        ("the German port of Kiel"; not "Lake Geneva", not "the Tokyo International Cruise
        Terminal"); -1 if it does not."""
        name = re.escape(self.batch.nodes[lid].name)
        return next(
            (
                m.start()
                for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])(?!\s+[A-Z])", text)
                if m.start() > spot.get(lid, 0)
                and not re.search(r"[A-Z][\w'’.-]*\s+$", text[: m.start()])
            ),
            -1,
        )

    def _drill_sites(self, xid: str, locations: list[str], events: list[str], read: SentenceRead,
                     text: str, date: str | None) -> None:  # fmt: skip
        """LOCATED_IN for the places of the sentence that belong to the drill."""
        for lid in clauses.venues(xid, locations, events, read.spot, text):
            at = read.spot.get(lid, 0)
            if rules.MEETING_PLACE_BEFORE.search(text, max(0, at - 40), at):
                continue  # "follow the commitment made at the 2+2 in Tokyo": not the drill's
            # A drill spans more than the dateline, unless the sentence names the town again:
            # "KIEL, Germany - ... brought BALTOPS to a close in the German port of Kiel".
            if lid not in self.datelined or self.named_again(lid, text, read.spot) >= 0:
                self._edge("LOCATED_IN", xid, lid, text, date, 0.5)

    def _exercise(self, m: Mention) -> str:
        """A drill's node. Named without its number after an edition was named ("Keen Sword
        25 ... Keen Sword drew 45,000 troops"), it is that edition."""
        numbered = rules.EDITION.search(m.name)
        if not numbered and m.name in self.editions:
            return self.editions[m.name]
        aliases = [m.surface] if m.surface != m.name else []
        if m.props.get("alias"):
            aliases.append(str(m.props["alias"]))
        eid = self._node("Exercise", m.name, aliases)
        if numbered:
            self.editions[m.name[: numbered.start()]] = eid
        return eid

    def _generic_exercise(self, text: str, countries: list[str], locations: list[str],
                          date: str | None) -> str | None:  # fmt: skip
        """'joint exercises in the South China Sea': an exercise named by its place."""
        m = rules.GENERIC_EXERCISE.search(text)
        if m is None and not self.exercises and rules.DRILL_CAST.search(text):
            # "The drill, involving troops from Indonesia and the United States, ended ...":
            # in a report that names no drill, the one it tells of, by those in it.
            m = rules.LEAD_DRILL.match(text)
        if (
            not m
            or rules.ONGOING.search(text[: m.start()])
            or (
                rules.DRILLS_AT_LARGE.search(text[: m.start()])
                # "Japan joined the United States ... for joint naval drills": one drill.
                and not re.search(r"\bjoin(?:ed|s)?\b[^.;]*\bfor\s+$", text[: m.start()])
            )
        ):
            return None  # "agreed to expand trilateral exercises": exercises in general
        place = next(
            (
                self.batch.nodes[lid].name
                for lid in locations
                if self.batch.nodes[lid].name in text[m.end() : m.end() + 40]
            ),
            None,
        )
        parties = "-".join(self._short(c) for c in countries[:4]) if len(countries) >= 2 else ""
        if place:
            name = f"{place} joint exercise"
        elif parties:
            name = f"{parties} joint exercise"
        else:
            return None
        # Also known by its parties and the words the text used: "Japan-Philippines joint
        # maritime cooperative activity".
        aliases = [m.group(0), *([f"{parties} {m.group(0)}"] if parties else [])]
        xid = Node(node_id("Exercise", f"{name} {date or ''}"), "Exercise", name, aliases, {})
        if date:
            xid.props["date"] = date
        return self.batch.add_node(xid).id
