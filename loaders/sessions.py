"""Which meeting a sentence tells of: one it names, one it refers back to or goes on about,
one it names in its own words; whether its people met, on a call or on the sidelines of a
gathering; and who chaired it."""

from __future__ import annotations

import re

from . import clauses, rules
from .dates import parse_iso
from .docstate import ItemNotes, Told
from .mentions import Mention
from .nodes import SentenceNodes

__all__ = ["SessionFrames"]


class SessionFrames(SentenceNodes):
    """Reading the meetings a sentence tells of, and how its people took part in them."""

    def _meetings_told(self, s: Told, meetings: list[str]) -> tuple[list[str], bool]:
        """The meetings a sentence tells of, with those it refers back to ("the EDD", "the
        talks"), and whether its people are only said to be present at one."""
        text, lowered, mentions, item, date = s.text, s.lowered, s.mentions, s.item, s.date
        officials, exercises, spot = s.read.officials, s.read.exercises, s.read.spot
        # Acronyms of meetings seen earlier ("the EDD") and "the dialogue" refer back, unless the
        # acronym is part of a name given here ("a U.S.–Philippines 2+2" is not the earlier 2+2).
        for acronym, mid in self.alias_to_meeting.items():
            for hit in re.finditer(rf"(?<![\w+]){re.escape(acronym)}(?![\w+])", text):
                inside = any(m.start <= hit.start() < m.end for m in mentions)
                if not inside and mid not in meetings:
                    meetings.append(mid)
        meetings.extend(m for m in self._group_held(s) if m not in meetings)
        # A paragraph of an article may refer to the meeting an earlier one reported; "the talks
        # follow a Nov. 3-4 visit" of another day is about the visit, not the talks.
        present_only = False
        if not meetings:
            # The item's own meeting may run for days; an earlier item's must be that day's.
            earlier = item.meetings or self.meetings
            ref = rules.THE_MEETING.search(lowered)
            noun = ref.group(0).split()[-1] if ref else ""
            gatherings: list[str] = []
            if noun in ("summit", "forum", "conference", "dialogue") and not any(
                noun in self.batch.nodes[m].name.lower() for m in earlier
            ):
                # "Duda also met Biden at the summit", items after the summit was told: that
                # summit, not the encounter the item before told of; "Kono also attended the
                # conference" a day after the conference opened: it runs for days.
                gatherings = [
                    n
                    for n, node in self.batch.nodes.items()
                    if node.label == "Meeting"
                    and noun in node.name.lower()
                    and self._a_gathering(n)
                    and n not in earlier
                ]
                earlier = [*earlier, *gatherings]
            # "Wednesday's session" after a paragraph about June's talks: that day's meeting.
            # A report's paragraphs go on about its gathering, which may run for days.
            that_day = [
                m
                for m in earlier
                if (
                    self._same_day(
                        m,
                        date,
                        strict=not item.meetings
                        and (self.doc.newsletter or not self._a_gathering(m)),
                    )
                    or (m in gatherings and self._same_day(m, date, days=2))
                )
                # "Abe's visit to India later this year": what has yet to happen held no talks.
                and (self._planned or not self._only_planned(m))
            ]
            today = None
            if date is None and self.doc.date is not None:
                today = item.dateline_date or self.doc.date.isoformat()
            meetings = [
                m
                for m in self._meeting_referred_to(lowered, that_day, today)
                if not self._in_another_town(s, m)
            ]
            guests = rules.HOSTED_GUESTS.search(text)
            if (
                not meetings
                and guests
                and len(officials) >= 2
                and not rules.EVENT_NOUN.search(lowered, guests.end())
                and not rules.MEAL.search(text)
            ):
                named = self.unnamed | self.encounters  # met by people, not a gathering
                meetings = [m for m in item.meetings if m not in named and self._same_day(m, date)]
                meetings = meetings[-1:]
            present = rules.TOOK_PART_IN_IT.search(text)
            if present is None and not rules.ON_THE_TRIP.search(lowered):
                present = rules.ENTOURAGE.search(text) or rules.AT_THE_TABLE.search(text)
            # A digest's item is a story of its own: its delegations sit at its own meeting.
            elsewhere = self.doc.newsletter and not item.meetings
            if (
                not meetings
                and present
                and officials
                and not exercises
                and not item.exercises
                and not elsewhere
            ):
                # "Senior officials of both countries took part, among them A and B", "Mr Singh
                # was accompanied by A and B": in the meeting just told of, where they sat
                # without meeting each other for that; the talks, not the trip they came on.
                sitting = [t for t in that_day if self.batch.nodes[t].props.get("kind") != "visit"]
                # "Attendees included ..." after "Before it opened he met Meloni": the summit.
                # "So did A and B", "Others dialled in": the gathering told of, whatever day
                # the sentence before ended on (not "met B while C took part remotely").
                also = rules.ALSO_THERE.search(text) and not rules.MEET.search(lowered)
                listing = rules.ATTENDEES.search(text) or also
                named_by_people = self.unnamed | self.encounters
                gatherings = [t for t in sitting if t not in named_by_people] if listing else []
                if also:
                    told = [
                        m
                        for m in dict.fromkeys([*self.meetings, *item.meetings])
                        if m not in named_by_people and self._a_gathering(m)
                    ]
                    gatherings = told[-1:] or gatherings
                meetings = (gatherings or sitting or that_day)[-1:]
                # Present at nothing the text told of: no encounter of their own either.
                present_only = bool(meetings)
                for mid in meetings:
                    spot.setdefault(mid, present.start())
            ref = rules.THE_MEETING.search(lowered)
            if ref is not None:
                for mid in meetings:
                    spot.setdefault(mid, ref.start())  # "on the sidelines of the gathering"
        # "Before the 2+2, the Japanese ministers called on Marcos": the 2+2 only dates the act
        # the sentence tells of.
        meetings = [
            m
            for m in meetings
            if not rules.TIMED_BY.search(rules.LEADING_DET.sub("", text[: spot.get(m, 0)]).lower())
            and not self._followed_by_another(text, spot.get(m, 0))
        ]
        return meetings, present_only

    def _in_another_town(self, s: Told, mid: str) -> bool:
        """'Later that day Xi received the ministers in Beijing', of talks placed in Tianjin: a
        sitting of its own, in a town the meeting referred to was not held in."""
        # (not "agreed at the meeting to develop the camp in Nadi": a place told after it)
        ref = rules.THE_MEETING.search(s.lowered)
        return bool(self.elsewhere_than(s, mid, ref.start() if ref else len(s.text)))

    def elsewhere_than(self, s: Told, mid: str, before: int | None = None) -> list[str]:
        """The towns a sentence puts something "in" (before `before`) that are not the town a
        meeting was already placed in, nor inside it."""
        there = {self._town_of(p) for p in self._placed(mid)}
        located = self._located()
        found = []
        for lid in s.read.locations:
            at = s.read.spot.get(lid, 0)
            if before is not None and at > before:
                continue
            if not re.search(r"\bin\s+$", s.text[:at]) or self.batch.nodes[lid].label != "Location":
                continue
            town = self._town_of(lid)
            if (
                there
                and town not in there
                and not any((town, t) in located or (t, town) in located for t in there)
            ):
                found.append(lid)
        return found

    def _group_held(self, s: Told) -> list[str]:
        """'NATO held its annual summit in Vilnius': the grouping's gathering, named after it
        ('NATO summit', '43rd ASEAN summit'), which the grouping attended."""
        found = []
        for i, m in enumerate(s.mentions):
            oid = s.read.ids.get(i)
            if oid is None or oid not in self.alliances:
                continue
            hit = rules.GROUP_HELD.match(s.text, m.end)
            if hit is None:
                continue
            words = hit.group("mods").split()
            # "its 43rd summit": the edition leads the name, as such gatherings are called.
            edition = [w for w in words if re.fullmatch(r"\d+(?:st|nd|rd|th)", w)]
            # "leaders-level meeting": a meeting of leaders.
            kept = [
                re.sub(r"s?-level$", "s'", w)
                for w in words
                if w.lower() not in rules.EDITION_WORDS and w not in edition
            ]
            noun = "summit" if hit.group("noun").startswith("summit") else hit.group("noun")
            said = m.surface.removeprefix("the ").strip()
            name = " ".join([*edition, said, *kept, noun])
            mid = self._meeting_node(name, s.date)
            short = m.entry.props.get("short") if m.entry else None
            if short and short != said:
                # "Leaders of the Group of Seven closed their summit": the G7 summit, too.
                self.batch.nodes[mid].add_alias(" ".join([*edition, str(short), *kept, noun]))
            self._edge("ATTENDED", oid, mid, s.text, s.date, 0.6)
            s.read.spot.setdefault(mid, hit.start("noun"))
            found.append(mid)
        return found

    @staticmethod
    def _followed_by_another(text: str, at: int) -> bool:
        """'After the talks, the two secretaries called on Modi': an encounter that came after
        the meeting named, told of by a meeting verb of its own."""
        before = rules.LEADING_DET.sub("", text[:at]).lower()
        comma = text.find(",", at)  # past the meeting's own name ("the summit meeting")
        after = text[comma:].lower() if comma >= 0 else ""
        if comma < 0:
            # "After the summit he went to London for a dinner with Johnson": no comma to wait
            # for; what follows the meeting's name.
            after = rules.MEETING_NAME_END.sub("", text[at:].lower(), count=1)
        return bool(rules.FOLLOWED.search(before)) and bool(
            rules.MEET.search(after) or rules.CALL_ON_WORDS.search(after)
        )

    def carry_gatherings(self, item: ItemNotes) -> None:
        """A report goes on paragraph after paragraph about the gathering it named: "the
        three-day meeting" of the next paragraph is that one, though no one sat at it yet."""
        if self.doc.newsletter:
            return
        today = self.doc.date
        for mid in item.meetings:
            held = parse_iso(self.batch.nodes[mid].props.get("date") or "")
            # Of the report's days: not "the next meeting", which has none yet.
            recent = today is not None and held is not None and abs((held - today).days) <= 3
            if mid not in self.meetings and self._a_gathering(mid) and recent:
                self.meetings.append(mid)

    def _seen_at_the_gathering(self) -> None:
        """A report of a summit, told paragraph by paragraph: those it shows at talks or a
        dinner in the summit's days and town with someone at the summit were at it too, with
        their countries; and talks told without a place sat in the summit's town."""
        mid = self._reported_gathering()
        if not mid:
            return
        node = self.batch.nodes[mid]
        held = node.props.get("date") or str(self.doc.date)
        town = [self._town_of(p) for p in self._placed(mid)]
        if not town and self.lead and self.lead.dateline:
            town = [self.lead.dateline]  # "VIENTIANE, Oct. 11 — The summit closed ..."
        seats = {
            (e.source, e.target) for e in self.batch.edges if e.type in ("ATTENDED", "CO_CHAIRED")
        }
        beside: dict[str, list[tuple[str, str]]] = {}  # meeting: (official, evidence) at it
        unsure: set[str] = set()  # told with neither day nor place
        for edge in self.batch.edges:
            talks = self.batch.nodes[edge.target]
            if (
                edge.type == "ATTENDED"
                and talks.label == "Meeting"
                and edge.target != mid
                and talks.props.get("kind") != "call"
                and self.batch.nodes[edge.source].label == "Official"
                and edge.props.get("status") != "planned"
            ):
                days = self._in_the_days_of(edge.target, held, town)
                if days is not False:
                    beside.setdefault(edge.target, []).append((edge.source, edge.props["evidence"]))
                if days is None:
                    unsure.add(edge.target)
        summit = self._a_summit(mid)
        # "the 52nd ASEAN Foreign Ministers' Meeting": its members' ministers, not the partners
        # who came for the meetings of the same week.
        members = set() if summit else {c for g in self._groupings_of(node.name) for c in g}
        # Where the report seats no one at the gathering itself, its sideline talks are the
        # only sign of who came; otherwise talks with someone who was there.
        anyone = any(self.batch.nodes[o].label == "Official" for o, m in seats if m == mid)
        grew = True
        while grew:
            grew = False
            for talks_id, people in beside.items():
                if (anyone or talks_id in unsure) and not any((o, mid) in seats for o, _ in people):
                    continue  # "Zarif flew in for talks with Le Drian": no one of the summit
                for oid, evidence in people:
                    if summit and not rules.LEADER.search(self._title(oid)):
                        continue  # a minister beside his leader at talks, not at the summit
                    home = self._country_of(oid)
                    if members and home and self.batch.nodes[home].name not in members:
                        continue
                    for who in (oid, home):
                        if who and (who, mid) not in seats:
                            seats.add((who, mid))
                            grew = True
                            self._edge("ATTENDED", who, mid, evidence, held, 0.45)
                if town and not self._placed(talks_id):
                    self._edge("LOCATED_IN", talks_id, town[0], people[0][1], None, 0.45)

    def _reported_gathering(self) -> str:
        """The gathering a report (not a digest) is about: one of many, of the report's days,
        that its headline names ("on BIMSTEC sidelines", "NATO adopts ..."), or a summit."""
        if self.doc.newsletter or self.doc.date is None:
            return ""
        today = self.doc.date
        headline = self.doc.title
        summit_told = "summit" in headline.lower()
        found = [
            m
            for m, node in self.batch.nodes.items()
            if node.label == "Meeting"
            and self._a_gathering(m)
            and self._of_many(m)
            and abs((parse_iso(node.props.get("date") or "") or today) - today).days <= 3
            and (summit_told or self._named_in(m, headline))
        ]
        if summit_told:
            # "... as Washington summit ends": the summit, not a session held at it
            found.sort(key=lambda m: not self._a_summit(m))
        return found[0] if found else ""

    def _in_the_days_of(self, meeting: str, held: str, town: list[str]) -> bool | None:
        """Whether a meeting sat within a day before and three after a gathering's day, and
        not in another country; None when the text gives neither its day nor its place."""
        when = self.batch.nodes[meeting].props.get("date")
        there = [self._town_of(p) for p in self._placed(meeting)]
        if there and town and not set(there) & set(town):
            # London's talks during a summit outside Watford count; Colombo's after Bangkok's
            # summit do not: another town only if not known to be in another country.
            lands = {self._land(p) for p in there} - {None}
            home = {self._land(p) for p in town} - {None}
            if lands and home and not lands & home:
                return False
            there = []  # its day must say it then
        if isinstance(when, str) and len(when) < 10 and when[:7] != held[:7]:
            return False  # "in September", of a summit in August
        day, held_day = parse_iso(when or ""), parse_iso(held)
        if day and held_day:
            return -1 <= (day - held_day).days <= 3
        if not there:
            return None
        return bool(town)

    def _a_summit(self, mid: str) -> bool:
        """Whether a meeting is a summit, by its kind or its name."""
        node = self.batch.nodes[mid]
        return node.props.get("kind") == "summit" or "summit" in node.name.lower()

    def _groupings_named(self, name: str) -> list[str]:
        """The forms of the groupings the document names that a name carries ('NATO')."""
        groups = [self.batch.nodes[o] for o in self.alliances]
        return [
            f
            for g in groups
            for f in (g.name, *g.aliases)
            if re.search(rf"\b{re.escape(f)}\b", name)
        ]

    def _named_in(self, mid: str, headline: str) -> bool:
        """Whether a headline names the gathering, or the grouping it is of."""
        node = self.batch.nodes[mid]
        forms = [node.name, *node.aliases, *self._groupings_named(node.name)]
        return any(re.search(rf"\b{re.escape(f)}\b", headline) for f in forms)

    def _land(self, lid: str) -> str | None:
        """The country a place is in, as the gazetteer or the text says; None if unknown."""
        node = self.batch.nodes[lid]
        if node.label == "Country":
            return node.name
        if node.props.get("country"):
            return str(node.props["country"])
        hit = self.gaz.lookup(node.name)
        if hit and hit[0].label == "Country":
            return hit[0].name  # a capital
        if hit and hit[0].props.get("country"):
            return str(hit[0].props["country"])
        lands = [
            self.batch.nodes[t].name
            for s, t in self._located()
            if s == lid and self.batch.nodes[t].label == "Country"
        ]
        return lands[0] if lands else None

    def _of_many(self, mid: str) -> bool:
        """A summit, a grouping's gathering, or a gathering of three countries or more."""
        if self._a_summit(mid) or self._groupings_named(self.batch.nodes[mid].name):
            return True
        sides = {
            e.source
            for e in self.batch.edges
            if e.type == "ATTENDED"
            and e.target == mid
            and self.batch.nodes[e.source].label == "Country"
        }
        return len(sides) >= 3

    def _countries_present(self, s: Told, meetings: list[str], countries: list[str]) -> None:
        """'Delegations came from A, B, C and D': a list of countries at the gathering the
        item tells of, each of which attended it."""
        if len(countries) < 3 or s.read.exercises or s.item.exercises or self._planned:
            return
        if not rules.COUNTRIES_PRESENT.search(s.text):
            return
        # "The summit was hosted by Thailand. Leaders from A, B and C adopted ...": the
        # gathering the sentence before sat people at.
        told = meetings or s.item.meetings[-1:] or self.meetings[-1:]
        gatherings = [
            m
            for m in told
            if m not in self.unnamed and m not in self.encounters and self._same_day(m, s.date)
        ]
        for mid in gatherings[:1]:
            for cid in countries:
                self._edge("ATTENDED", cid, mid, s.text, s.date, 0.55)

    def _met_told(self, s: Told, locations: list[str], signed: bool) -> tuple[bool, bool]:
        """Whether the sentence says its people met, and whether by a call."""
        text, lowered, mentions, officials = s.text, s.lowered, s.mentions, s.read.officials
        in_person = rules.IN_PERSON_CALL.sub("meeting", lowered)
        said_words = {m.group(0) for m in rules.CALL.finditer(in_person)}
        # "talked for 70 minutes" where the trip has put them in one city: face to face.
        face_to_face = said_words == {"talked"} and bool(locations or self.place)
        # "Duda also spoke with Biden at the summit": where both were, in person.
        face_to_face |= (
            bool(said_words)
            and said_words <= {"spoke", "speak", "talked"}
            and bool(rules.IN_PERSON.search(lowered))
        )
        # "Austin called South Korean Defense Minister Suh Wook": a call to the one named.
        phoned = any(
            m.label == "Official"
            and rules.CALLED_PERSON.search(text, 0, m.props["name_start"])
            and not re.match(r"['’]s\b", text[m.end :])
            for m in mentions
        )
        called = (bool(said_words) or phoned) and not face_to_face
        # "Abe's visit to Washington later this month": that visit is read as one of its own.
        met = any(
            not (hit.group(0) == "visit" and rules.WHOSE_VISIT.search(in_person, 0, hit.start()))
            for hit in rules.MEET.finditer(in_person)
        )
        met = met or called or face_to_face or self._called_on(text, mentions)
        if not met and not self._planned and not signed:
            # "In Ottawa on Jan. 12, Kishida and Canadian PM Trudeau agreed to bolster ...":
            # officials of two countries who agree together have met.
            agreed = rules.AGREED_TOGETHER.search(text)
            before = [oid for m, oid in officials if agreed and m.end <= agreed.start("verb")]
            homes = {self._country_of(p) for p in before}
            met = bool(agreed) and len(set(before)) >= 2 and None not in homes and len(homes) >= 2
        fronted = rules.FRONTED_WITH.match(text)
        if not met and not self._planned and fronted:
            # "With Indonesian FM Retno Marsudi, Cho reviewed flagship projects": the one named
            # up front sat across the table from the one after.
            inside = [o for m, o in officials if m.end <= fronted.end()]
            after = [o for m, o in officials if m.start >= fronted.end()]
            homes = {self._country_of(p) for p in [*inside, *after[:1]]}
            met = bool(inside and after) and None not in homes and len(homes) >= 2
        if not met and not self._planned and rules.LED_DELEGATIONS.search(text):
            # "Kim and Campbell led their delegations at the talks": officials of two countries
            # at the head of their delegations met.
            homes = {self._country_of(oid) for _, oid in officials}
            met = len(homes - {None}) >= 2
        return met, called

    def _more_meetings(self, s: Told, meetings: list[str], countries: list[str],
                       actors: list[str], called: bool) -> tuple[list[str], list[str]]:  # fmt: skip
        """The meetings a sentence describes without naming them, less those it only speaks of;
        and those a call or talks agreed to hold, which are still to come."""
        text, mentions, item, date = s.text, s.mentions, s.item, s.date
        ids, orgs, spot = s.read.ids, s.read.orgs, s.read.spot
        described = self._described_meetings(text, countries, orgs, actors, date, bool(meetings))
        for mid, start in described:
            self._add_meeting(mid, start, meetings, item, spot)
        for mid, start in self._body_events(text, mentions, ids, date):
            self._add_meeting(mid, start, meetings, item, spot)
        return self._to_come(s, meetings, actors, called)

    def _to_come(self, s: Told, meetings: list[str], actors: list[str],
                 called: bool) -> tuple[list[str], list[str]]:  # fmt: skip
        """The meetings the sentence's talks or call agreed to hold, apart from the one held,
        less those it only speaks of: what is left, and those still to come."""
        text, date, spot = s.text, s.date, s.read.spot
        # "agreed to review progress at the next India-US 2+2": they will sit in it.
        ahead = [
            m for m in meetings if actors and rules.AT_THE_NEXT.search(text, 0, spot.get(m, 0))
        ]
        for mid in ahead:
            for oid in [*actors, *self._country_nodes_in(self.batch.nodes[mid].name)]:
                self._edge("ATTENDED", oid, mid, text, None, 0.55, status="planned")
        meetings = [m for m in meetings if m not in ahead]
        # "held a phone conversation, during which they agreed to hold an SCC meeting": the
        # call happened; the meeting is still to come.
        future = [m for m in meetings if rules.TO_HOLD.search(text[: spot.get(m, 0)])]
        spoken = [m for m in meetings if rules.SPOKEN_OF.search(text[: spot.get(m, 0)])]
        # "met Goldberg to discuss the Nuclear Consultative Group": a topic, not where they met.
        meetings = [m for m in meetings if m not in spoken]
        if future and called:
            meetings = [m for m in meetings if m not in future]
            future = [m for m in future if m not in spoken]
            for mid in future:
                for oid in actors:
                    self._edge("ATTENDED", oid, mid, text, date, 0.6, status="planned")
        # "In Paris on Jan. 9, he and Macron agreed to hold a 2+2": they met in Paris.
        there = rules.AGREED_THERE.search(text)
        agreed = [
            m
            for m in future
            if rules.AGREED_TO_HOLD.search(text[: spot.get(m, 0)])
            or (there and there.end() <= spot.get(m, 0))
        ]
        # Still to come, for the countries each is named after: "Kishida and Macron met in
        # Paris and agreed to hold a Japan-France 2+2" (they met where they were), "They also
        # agreed to set up an India-France Annual Defence Dialogue" (none named to sit in it).
        planned, least = [], 1
        if agreed and not called:
            meetings = [m for m in meetings if m not in agreed]
            planned = agreed
        elif not actors and not called:
            planned, least = future, 2
        for mid in planned:
            named = self._country_nodes_in(self.batch.nodes[mid].name)
            for cid in named if len(named) >= least else []:
                self._edge("ATTENDED", cid, mid, text, None, 0.55, status="planned")
        return meetings, future

    def _ceremonies(self, s: Told, meetings: list[str], met: bool, actors: list[str]) -> None:
        """The ceremonies of a drill or a change of command the sentence tells of."""
        text, item, date = s.text, s.item, s.date
        exercises, spot = s.read.exercises, s.read.spot
        ceremony_of = exercises[-1:] or item.exercises[-1:] or self.exercises[-1:]
        # "... with a ceremony at Fort Bonifacio, where Rojas unfurled the flag": those the
        # sentence names attend it, unless they also met there.
        attending = [] if met else actors
        for hit in rules.CEREMONY.finditer(text) if ceremony_of else ():
            # "The opening ceremony was attended by ...": a gathering of the drill's own.
            kind = (hit["kind"] or ("closing" if hit["closed"] else "opening")).lower()
            name = f"{self.batch.nodes[ceremony_of[0]].name} {kind} ceremony"
            self._ceremony(name, hit.start(), attending, meetings, spot, item, text, date)
        for hit in rules.CHANGE_OF_COMMAND.finditer(text):
            # "presided over the change of command at INDOPACOM, where Paparo relieved
            # Aquilino": a ceremony each of them attended.
            unit = hit["unit"] or hit["short"] or hit["whole"]
            name = f"{unit} change-of-command ceremony"
            self._ceremony(name, hit.start(), attending, meetings, spot, item, text, date)

    def _stand_ins(self, s: Told, meetings: list[str]) -> None:
        """Who went to the item's gathering for a country in another's place: "Iwaya stood in
        for Prime Minister Ishiba", "South Korea was represented by Wi rather than Lee"."""
        # A gathering of many, not an encounter told on its sidelines; the item's, or else the
        # document's ("The Indo-Pacific partners were represented unevenly" at the summit).
        if not re.search(r"represent| in for | sent | dispatched ", s.lowered):
            return
        gatherings = [
            m
            for m in [*self.meetings, *s.item.meetings, *meetings]
            if m not in self.encounters
            and m not in self.unnamed
            and self.batch.nodes[m].props.get("kind") != "visit"
        ]
        if not gatherings or self._planned:
            return
        mid = gatherings[-1]
        own = [m for m in [*s.item.meetings, *meetings] if m in gatherings]
        # "India sent Jaishankar": to the gathering this item, or the report, tells of.
        sent_to_it = (
            own[-1:] == [mid]
            or (not own and self._same_day(mid, s.date))
            or not self.doc.newsletter
        )
        countries = [
            (x, s.read.ids[i])
            for i, x in enumerate(s.mentions)
            if x.label == "Country" and i in s.read.ids
        ]
        for m, oid in s.read.officials:
            named_at = int(m.props.get("name_start", m.start))
            by = rules.REPRESENTED_BY.search(s.text, 0, named_at)
            if not by and sent_to_it:
                by = rules.SENT_ENVOY.search(s.text, 0, named_at)
            stood = rules.STOOD_IN.match(s.text, m.end)
            # "Sri Lanka was represented by Prime Minister Amarasuriya", "Blinken represented
            # the United States": whose she is, and he ("represented a new generation": no one's).
            whose = [
                cid
                for x, cid in countries
                if (by and x.end <= by.start() and not s.text[x.end : by.start()].strip())
                or (
                    not by
                    and re.match(
                        r",?\s+(?:who\s+)?represented\s+(?:the\s+)?$", s.text[m.end : x.start]
                    )
                )
            ]
            if by or whose or stood:
                self._edge("ATTENDED", oid, mid, s.text, s.date, 0.6)
                if whose and not self._country_of(oid):
                    self.batch.nodes[oid].props["country"] = self.batch.nodes[whose[0]].name
                    self._edge("REPRESENTS", oid, whose[0], s.text, None, 0.7)
                home = self._country_of(oid)
                if home:
                    self._edge("ATTENDED", home, mid, s.text, s.date, 0.55)

    def _aside(self, s: Told, meetings: list[str], met: bool,
               actors: list[str]) -> tuple[list[str], list[str]]:  # fmt: skip
        """The gatherings on whose sidelines, or where, the sentence's people met on their own:
        they attend those, and the sentence's own meetings are the rest."""
        text, lowered, item, date, spot = s.text, s.lowered, s.item, s.date, s.read.spot
        # "A and B met on the sidelines of the East Asia Summit": their own encounter, at a
        # gathering they both attend.
        aside = rules.SIDELINES.search(text)
        gatherings = [m for m in meetings if aside and spot.get(m, -1) > aside.start()]
        # "flew to the G20 summit in Rio, where he met Modi and Meloni": met there, apart.
        there = rules.WHERE_MET.search(text)
        gatherings += [
            m
            for m in meetings
            if there and m not in gatherings and spot.get(m, len(text)) < there.start()
        ]
        attending = rules.ATTENDING_ASIDE.search(text)
        gatherings += [
            m
            for m in meetings
            if attending
            and m not in gatherings
            and attending.start() < spot.get(m, -1) < attending.end()
        ]
        # "On the summit's margins, Biden held his first meeting with Erdoğan": the summit
        # named inside the phrase is the gathering, as with "on the margins of the summit".
        bare = rules.SIDELINES_BARE.search(text)
        gatherings += [
            m
            for m in meetings
            if bare and m not in gatherings and bare.start() <= spot.get(m, -1) < bare.end()
        ]
        aside = aside or (bare if gatherings else None)
        there = there or attending
        self._gatherings = set(gatherings)
        back = aside and rules.OF_THE_GATHERING.match(text, aside.end())
        if (aside or there) and gatherings:
            self.gathering = gatherings[0]
        elif rules.SIDELINES_BARE.search(text) or back:
            # "Hegseth moved through a series of bilaterals on the sidelines", "on the margins
            # of the dialogue": of the gathering the item, or the one before it, is about.
            so_far = [n for n, node in self.batch.nodes.items() if node.label == "Meeting"]
            kind = back["noun"].lower().rstrip("s") if back else ""
            if kind in ("gathering", "meeting", "session", "talk"):
                kind = ""  # "of the gathering": whatever its name
            self.gathering = next(
                (
                    m
                    for m in reversed([*so_far, *item.meetings])
                    if self._a_gathering(m) and kind in self.batch.nodes[m].name.lower()
                ),
                self.gathering,
            )
        if gatherings and met and (len(actors) >= 2 or (not actors and self._group_met(lowered))):
            meetings = [m for m in meetings if m not in gatherings]
            # "... the first since Austin met Wei in Cambodia in November 2022": not there.
            recalled = self._told_of_each(s.read.officials, actors, date)
            for mid in gatherings:
                for oid in [a for a in actors if a not in recalled]:
                    self._edge("ATTENDED", oid, mid, text, date, 0.65)
        return meetings, gatherings

    def _again(self, s: Told, meetings: list[str], gatherings: list[str], actors: list[str],
               named_before: list[str]) -> tuple[list[str], bool]:  # fmt: skip
        """The meeting the sentence's people were last seated at together, and whether the
        sentence goes on about it rather than telling of a new one."""
        lowered, item, date, dates = s.lowered, s.item, s.date, s.dates
        # "During their talks at the Tower, the two leaders agreed": the talks they were last
        # seen at together, not new ones.
        # "On the sidelines of the forum, he met B": seated at the forum just now, for that.
        last_seen = [
            m for m in reversed(item.meetings or self.meetings)
            if actors and m not in gatherings and set(actors) <= set(self.seated.get(m, ()))
        ][:1]  # fmt: skip
        # ... unless it tells of a new one ("and to hold a 2+2 meeting in Melbourne", "held the
        # second foreign and defense ministerial meeting"): only "their talks" refers back.
        another = any(
            not re.search(r"\b(?:the|their|its|this|that)\s+$", lowered[: e.start()])
            for e in rules.EVENT_WORD.finditer(lowered)
        )
        again = bool(
            named_before
            and last_seen
            and (not dates or self._same_day(last_seen[0], date) or self._historical(date))
            and not meetings
            and not another
            and not self._planned  # "agreed to meet in person": a meeting still to come
            and not clauses.timed_apart(s.text)  # "Before the ceremony, the two ministers ..."
        )
        return last_seen, again

    def _meeting_in_words(self, s: Told, meetings: list[str], actors: list[str],
                          hosts: list[str], bodies_of: list[str], chaired: bool, met: bool,
                          held: re.Match[str] | None) -> bool:  # fmt: skip
        """A meeting the sentence names in its own words, or only by who held it; whether it
        says a meeting was held."""
        text, lowered, item, date = s.text, s.lowered, s.item, s.date
        orgs, spot = s.read.orgs, s.read.spot
        # "hosted a summit on Ukraine", "co-chaired a Franco-German ... Council": a meeting
        # named by the sentence's own words.
        gathering = rules.HOSTED_GATHERING.search(text) if not meetings and actors else None
        if gathering and not self._planned:
            self._named_by_words(gathering, "phrase", date, meetings, item, spot)
            met = True
        named = rules.CHAIRED_NAMED.search(text) if chaired and not meetings else None
        if named:
            self._named_by_words(named, "name", date, meetings, item, spot)
        if not meetings and not actors and len(set(bodies_of)) >= 2 and (met or held):
            # "South Korea's intelligence service and Japan's police agency held talks": the
            # bodies' talks, which they attend.
            talks = self._bodies_meeting(text, orgs, bodies_of, date, item.meetings)
            if talks:
                meetings.append(talks)
                item.meetings.append(talks)
        if not meetings:
            # "The advisers of the three nations met to discuss arms sales to Russia": the
            # group referred to (`hosts`) holds the meeting, not every country named.
            generic = self._generic_meeting(lowered, hosts, actors, date, met, item.meetings)
            if generic:
                meetings.append(generic)
                item.meetings.append(generic)
        return met

    def _met_before(self, s: Told) -> None:
        """'... their first meeting since they sat down together on the sidelines of the G20
        summit in Bali in November': the pair just told of, in an encounter of their own then,
        at the gathering named with it."""
        since = rules.SINCE_THEY_MET.search(s.text)
        pair = list(dict.fromkeys(self.last_people))
        if since is None or len(pair) != 2 or s.read.officials:
            return
        start, end = since.span("rest")
        date = next((iso for at, iso in s.dates if start <= at < end), None)
        if date is None:
            return  # a time the sentence does not give is none to date the encounter by
        where = [x for x in s.read.locations if start <= s.read.spot.get(x, -1) < end]
        self._encounter(pair, "meeting", s.text, date, where, 0.65, s.item, own_place=True)
        for mid in s.read.meetings:
            if start <= s.read.spot.get(mid, -1) < end:
                for oid in pair:
                    self._edge("ATTENDED", oid, mid, s.text, date, 0.6)

    def _goes_on(self, s: Told, meetings: list[str], went_on: list[str], actors: list[str],
                 gatherings: list[str], future: list[str], named_before: list[str],
                 countries: list[str], met: bool,
                 held: re.Match[str] | None) -> tuple[bool, list[str]]:  # fmt: skip
        """The item's last meeting, when a sentence naming no new one goes on about it (the same
        people, "attended", "agreed"): whether they met, and the countries at it."""
        text, mentions, item, date, ids = s.text, s.mentions, s.item, s.date, s.read.ids
        # "the two secretaries" named in the item before may go on about its meeting.
        recent = item.meetings[-1:] or (self.meetings[-1:] if named_before else [])
        # "Ishiba then hosted a dinner in Prabowo's honour": a meal of its own, not the talks
        meal = rules.HOSTED_MEAL.search(s.lowered) and not rules.TALKS_BESIDE_MEAL.search(s.lowered)
        if (
            not meetings
            and not meal
            and actors
            and recent
            and recent[0] not in gatherings
            and recent[0] not in future
            and (met or held)
            and not self._planned
        ):
            # The same people, no new event: the sentence goes on about the last meeting.
            last = recent[0]
            seated = set(self.seated.get(last, ()))
            apart = clauses.told_apart(actors, seated, text)
            if set(actors) <= seated and self._same_day(last, date) and not apart:
                meetings.append(last)
                went_on.append(last)
        elif (
            not meetings
            and actors
            and item.meetings
            and (bare := rules.BARE_ATTEND.search(text) or rules.JOINED_IN.search(text))
        ):
            if item.meetings[-1] not in future and self._same_day(item.meetings[-1], date):
                meetings.append(item.meetings[-1])
                # "... attended and told allies to send aid to Ukraine": what was said.
                countries = _said_before(countries, ids, mentions, bare.start())
        elif (
            not meetings
            and actors
            and not self._planned
            and (speech := rules.GAVE_SPEECH.search(text))
        ):
            # "Steinmeier gave the opening address", "Pompeo, in his Feb. 15 speech, told
            # delegates": a speaker at the gathering the digest is about.
            stage = (
                item.meetings[-1:]
                or [
                    m
                    for m in self.meetings
                    if m not in self.encounters
                    and rules.GATHERING_WORD.search(self.batch.nodes[m].name.lower())
                ][-1:]
            )
            if stage and stage[0] not in future and self._same_day(stage[0], date, days=3):
                meetings.append(stage[0])
                met = True
                # "... charged that Russia and China were weakening the order": spoken of
                countries = _said_before(countries, ids, mentions, speech.start())
        elif not meetings and len(actors) >= 2 and item.meetings and rules.SPEAKS.search(text):
            # "Defense chiefs of the three met in Singapore. Austin, Shin and Kihara agreed
            # to ...": the officials of the countries that met, at that meeting.
            last = item.meetings[-1]
            homes = {self._country_of(a) for a in actors}
            if (
                None not in homes
                and len(homes) >= 2
                and last not in future
                and not self.seated.get(last)
                and homes <= self._countries_at(last)
                and self._same_day(last, date)
            ):
                meetings.append(last)
                met = True
        return met, countries

    def _chairs(self, s: Told, meetings: list[str], actors: list[str], countries: list[str],
                held: re.Match[str] | None, locations: list[str]) -> None:  # fmt: skip
        """Who chaired the sentence's meeting, who else spoke at it, and the countries that held
        it or that its name frames it between."""
        text, lowered, mentions, item, date = s.text, s.lowered, s.mentions, s.item, s.date
        ids, officials, spot = s.read.ids, s.read.officials, s.read.spot
        chair_at = rules.CHAIR.search(lowered)
        before = [m for m in meetings if chair_at and spot.get(m, len(text)) < chair_at.start()]
        # "The SCM was preceded by the MCM, co-chaired by A and B": the one named last
        # before the word.
        nearest = sorted(before, key=lambda m: spot[m])[-1:]
        targets = nearest or meetings[-1:] or item.meetings[-1:]
        # "The United States and Japan held the EDD, co-chaired by A and B": the countries
        # that held it sat at it.
        holders = [
            ids[i]
            for i, m in enumerate(mentions)
            if held and m.end <= held.start() and ids.get(i) in countries
        ]
        # "A presided over the session, which opened with a speech by B": B spoke at it.
        clause = rules.WHICH_CLAUSE.search(text, chair_at.end()) if chair_at else None
        first: dict[str, int] = {}
        for m, o in officials:
            first.setdefault(o, m.props["name_start"])
        told_after = {o for o, at in first.items() if clause and at > clause.start()}
        # "chaired the meeting, joined by A, B and C", "chaired by Austin; Milley also took
        # part": those told after sat at it without chairing it.
        aside = rules.CHAIR_ASIDE.search(text, chair_at.end()) if chair_at else None
        told_after |= {o for o, at in first.items() if aside and at > aside.start()}
        chairs = [o for o in actors if o not in told_after]
        passive = bool(chair_at and re.match(r"(?:\s+over)?\s+by\b", lowered[chair_at.end() :]))
        if passive and chair_at:
            # "Kamikawa joined a meeting chaired by Italy's Tajani": only those named after the
            # word chaired; the others sat at it. "The ADMM-Plus, chaired by Nordin, drew A
            # and B": the phrase ends at its comma.
            phrase = rules.BY_PHRASE_END.search(text, chair_at.end())
            until = phrase.start() if phrase else len(text)
            chairs = [o for o in chairs if chair_at.start() < first.get(o, -1) < until]
            told_after |= set(actors) - set(chairs)
        if not targets and chair_at:
            targets = self._chaired_talks(s, chairs, locations)
        # "Tea Banh presided over the session": one chair of a gathering of many sat at it.
        alone = bool(chair_at and chair_at.group(0).startswith("presided")) and len(chairs) == 1
        for mid in targets:
            for oid in chairs:
                self._edge("ATTENDED" if alone else "CO_CHAIRED", oid, mid, text, date, 0.8)
            for oid in [o for o in actors if o in told_after]:
                self._edge("ATTENDED", oid, mid, text, date, 0.6)
            # "co-chaired the Franco-German Council": the countries it is framed between.
            framed = self._country_nodes_in(self.batch.nodes[mid].name)
            members = self._bodies_in_name(mid)  # "the SCM": a standing dialogue's members
            for cid in dict.fromkeys([*holders, *(framed if len(framed) >= 2 else []), *members]):
                self._edge("ATTENDED", cid, mid, text, date, 0.6)
            # "chaired the meeting, joined by A and B": all round its table met.
            self._pairwise_met(actors if passive or aside else chairs, text, date, 0.7)

    def _chaired_talks(self, s: Told, chairs: list[str], locations: list[str]) -> list[str]:
        """'The talks in New Delhi were co-chaired by A and B': an encounter of chairs of two
        countries or more that the sentence names by a common noun only."""
        homes = {self._country_of(o) for o in chairs}
        talks = rules.CHAIRED_TALKS.search(s.lowered)
        if not talks or len(chairs) < 2 or None in homes or len(homes) < 2 or self._planned:
            return []
        return [self._encounter(chairs, "meeting", s.text, s.date, locations, 0.7, s.item)]

    def _named_by_words(self, hit: re.Match[str], group: str, date: str | None,
                        meetings: list[str], item: ItemNotes, spot: dict[str, int]) -> None:  # fmt: skip
        """A meeting named by the words a pattern caught, as the sentence's and the item's."""
        mid = self._meeting_node(hit.group(group), date)
        self._add_meeting(mid, hit.start(group), meetings, item, spot)

    def _ceremony(self, name: str, at: int, present: list[str], meetings: list[str],
                  spot: dict[str, int], item: ItemNotes, text: str,
                  date: str | None) -> None:  # fmt: skip
        """A ceremony the sentence names, among its meetings, attended by those present."""
        mid = self._meeting_node(name, date)
        self.ceremonies.add(mid)
        for oid in present:
            self._edge("ATTENDED", oid, mid, text, date, 0.6)
        self._add_meeting(mid, at, meetings, item, spot)

    @staticmethod
    def _add_meeting(mid: str, at: int, meetings: list[str], item: ItemNotes,
                     spot: dict[str, int]) -> None:  # fmt: skip
        """A meeting the sentence tells of, named at `at`: one of its meetings and its item's."""
        spot.setdefault(mid, at)
        if mid not in meetings:
            meetings.append(mid)
            item.meetings.append(mid)


def _said_before(
    countries: list[str], ids: dict[int, str], mentions: list[Mention], at: int
) -> list[str]:
    """The countries named before `at`: "... attended and told allies to aid Ukraine" seats
    the speaker's side, not the allies spoken of."""
    before = {ids[i] for i, m in enumerate(mentions) if i in ids and m.end <= at}
    return [c for c in countries if c in before]
