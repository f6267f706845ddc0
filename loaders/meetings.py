"""Meeting frames: calls, talks, visits, summits and dialogues, who sat at them, who hosted,
where they took place, and who met whom."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..graph.model import Node, node_id
from . import clauses, rules
from .docstate import ItemNotes, SentenceRead
from .gazetteer import Entry
from .mentions import Mention
from .names import family_name
from .references import References

__all__ = ["MeetingFrames"]


class MeetingFrames(References):
    """Reading meetings and encounters from a sentence."""

    def _seat(self, text: str, mentions: list[Mention], read: SentenceRead, meetings: list[str],
              present_people: list[str], actors: list[str], group_countries: list[str],
              countries: list[str], date: str | None) -> None:  # fmt: skip
        """Who sat at the meetings a sentence names: its people, and the countries the meeting
        is framed as between; those who acted in it met each other."""
        # "The advisers of the three nations met to discuss arms sales to Russia": the
        # group met; the other countries named are what they talked about.
        # "Japanese Defense Minister Nakatani": the country says whose minister; the
        # meeting is not framed as one between countries for that, unless its name is.
        present = group_countries or [c for c in countries if c not in read.titling]
        country_at = {
            read.ids[i]: m.start
            for i, m in enumerate(mentions)
            if i in read.ids and m.label == "Country"
        }
        for mid in meetings:
            for oid in present_people:
                self._edge("ATTENDED", oid, mid, text, date, 0.7)
            if mid in self.ceremonies:
                continue  # the officers of a drill's ceremony, not their countries
            # "the U.S.-Vietnam Political, Security and Defense Dialogue": a meeting
            # framed as between countries is attended by them.
            title = self.batch.nodes[mid].name
            in_name = self._countries_named_in(title)
            paired = len(set(in_name)) >= 2 or rules.PARTIES_APART.search(title)
            framed = [
                c for c in (self._country_named(n) for n in in_name) if c
            ] if in_name and paired else []  # fmt: skip
            framed += self._sides_named(mid, text) + self._bodies_in_name(mid)
            between = [] if mid in self.encounters and not group_countries else present
            # "Opening the Forum, Wong said Australia and the Philippines would ...": a
            # country first named after the meeting is what was said, not who sat.
            at = read.spot.get(mid, len(text))
            between = [c for c in between if c in group_countries or country_at.get(c, 0) < at]
            for cid in dict.fromkeys([*between, *framed]):
                self._edge("ATTENDED", cid, mid, text, date, 0.6)
            # Whose officials sat together cooperate; the other countries the sentence names
            # only when no one is named ("NATO leaders met ..., and voiced concern over China").
            sides = {self._country_of(p) for p in actors} - {None}
            self._cooperation(sides if len(sides) >= 2 else {*present, *sides}, text, date)
        # "Fidan and Prince Faisal attended the ceremony", "The signing was witnessed by A and
        # B": those who only look on at a signing did not meet for that.
        ceremonial = self.ceremonies | self.signings | set(self.signed_at.values())
        talks = rules.MEET.search(text.lower())
        looked_on = set(meetings) <= ceremonial and not talks
        # "Harris represented Washington at the EAS, which Albanese and Li also attended":
        # shared attendance of a gathering of several is not a meeting of each pair.
        only_there = len(actors) > 2 and not talks and rules.ONLY_ATTENDED.search(text)
        if len(actors) > 1 and not set(meetings) <= self.ceremonies and not looked_on:
            if not only_there:
                self._pairwise_met(actors, text, date, 0.75)

    def _encounters(self, text: str, officials: list[tuple[Mention, str]], actors: list[str],
                    called: bool, locations: list[str], item: ItemNotes,
                    date: str | None) -> None:  # fmt: skip
        """A meeting, call or visit the sentence tells of without naming it: one encounter, or
        one per counterpart when one official sees several in turn."""
        lowered = text.lower()
        # "... their first meeting since President Yoon's state visit to Washington in April":
        # one named in passing, in another month, with no one to meet there.
        passing = {
            oid: (start, end)
            for oid, (_, start, end) in self._told_of_each(officials, actors, date).items()
            if not rules.MET_THEN.search(text, max(0, start - 30), end)
        }
        if passing and len(actors) - len(passing) >= 2:
            actors = [a for a in actors if a not in passing]
            officials = [(m, o) for m, o in officials if o not in passing]
            locations = [
                x
                for x in locations
                if not any(a < self.spot.get(x, -1) < b for a, b in passing.values())
            ]
        kind = "call" if called else ("visit" if rules.A_VISIT.search(lowered) else "meeting")
        meal = rules.HOSTED_MEAL.search(lowered)
        if meal and kind == "meeting" and not rules.TALKS_BESIDE_MEAL.search(lowered):
            # "Kishida then hosted a dinner in Mr Luxon's honour": the dinner, an event of its
            # own beside the day's talks.
            kind = " ".join((meal["meal"] or meal["meal2"] or meal["meal3"]).split())
        confidence = 0.8 if called else 0.75
        pairs, clauses_of = self._side_by_side(officials, actors)
        if pairs:
            # "Blinken met Chung and Austin met Suh": two encounters, as the parse reads them.
            # One official seeing several in turn met each where that verb's clause says; pairs
            # of their own share the sentence's places ("A met B and C met D in Seoul").
            one_seer = len({pair[0] for pair in pairs}) == 1
            places = self._places_in_turn(text, locations, clauses_of)
            if not one_seer and not (all(places) and len(set(map(tuple, places))) == len(places)):
                # "A met B and C met D in Seoul": one place for both, unless each clause has
                # its own ("A and B held talks in Reykjavik, and C met D in Geneva").
                places = [locations] * len(pairs)
            own_place = one_seer and bool(locations)
            for people, (start, end), where in zip(pairs, clauses_of, places, strict=True):
                # "who met Nakatani, later spoke by phone with Teodoro": each verb says how.
                call = rules.CALL.search(self._said[start:end].lower())
                how = "call" if call else ("meeting" if kind == "call" else kind)
                self._encounter(people, how, text, date, where, confidence, item, own_place)
            return
        # "held separate talks with A and B", "spoke with A ..., and with B": one each.
        trigger = rules.CALL.search(lowered) or rules.MEET.search(lowered)
        hosts = [o for m, o in officials if trigger and m.props["name_start"] < trigger.start()]
        if (
            trigger
            and not hosts
            and actors
            and (
                rules.PRONOUN.search(lowered, 0, trigger.start())
                or ((one := rules.ONE_REF.match(text)) and one.end() <= trigger.start())
            )
        ):
            # "she also held separate talks with A and B", "On the margins the deputy secretary
            # held talks with A, B and C": the one before
            hosts = actors[:1]
        apart = (
            "separate" in lowered
            or rules.BILATERALS_WITH.search(lowered)
            or rules.WITH_AND_WITH.search(lowered)
            or rules.LATER_ACT.search(text)
            or self._sides_at_gathering(
                lowered, trigger, hosts, actors, called and not rules.GROUP_CALL.search(lowered)
            )
        )
        if not apart:
            hosts = []
        joining = rules.WITH_JOINING.search(text) or rules.ACCOMPANIED_ASIDE.search(text)
        aides = [
            o
            for m, o in officials
            if joining and joining.start() <= m.props["name_start"] < joining.end()
        ]
        principals = [o for o in actors if o not in aides]
        if aides and len(principals) >= 2:
            # "Albanese met Trump, with Rubio and Hegseth joining the talks", "Luxon, accompanied
            # by Peters, held talks with A and then with B": the aides sit in on each encounter
            # the principals held, where they meet the other side but not their own.
            before = len(item.meetings)
            rest = [(m, o) for m, o in officials if o not in aides]
            self._encounters(text, rest, principals, called, locations, item, date)
            for mid in item.meetings[before:]:
                for oid in aides:
                    self._edge("ATTENDED", oid, mid, text, date, 0.65)
                seated = [
                    e.source for e in self.batch.edges if e.type == "ATTENDED" and e.target == mid
                ]
                self._pairwise_met([p for p in seated if p in actors], text, date, 0.65)
            return
        guests = [o for o in actors if o not in hosts]
        # "In Brasilia he met Foreign Minister Nunes and Defense Minister Silva": the visited.
        self._hosts_home(actors, locations, text)
        # "Morrison hosted Pompeo and Esper at Kirribilli House": guests received together
        received = rules.RECEIVED_TOGETHER.search(text)
        visitor = (
            (None if received else self._lone_visitor(actors))
            or self._touring(actors, locations)
            or self._seeing_in_turn(actors, text)
            or self._seen_one_by_one(officials, actors, text)
        )
        listing = self._whose_sit_downs(officials, actors, text)
        visitor = visitor or listing or self._each_saw(officials, actors, text)
        if not visitor and len(actors) >= 3 and rules.IN_TURN.search(lowered):
            visitor = actors[0]  # "The visitor was then received in turn by A and by B"
        if len(set(hosts)) == 1 and len(guests) >= 2:
            # "X held separate meetings with A and B": one encounter per counterpart.
            for guest in guests:
                when = self._day_told_after(guest, officials, date) if listing else date
                self._encounter([hosts[0], guest], kind, text, when, locations, confidence, item)
        elif visitor:
            # "Nakatani met Lecornu and Barrot": colleagues seen in turn by one visitor
            # are two encounters; they did not meet each other.
            # "... since Austin met Wei in Cambodia in November 2022": a date of its own, and
            # the places told with it, which the others did not sit in.
            own = self._told_of_each(officials, [a for a in actors if a != visitor], date)
            spans = {oid: (start, end) for oid, (_, start, end) in own.items()}
            taken = {
                x for x in locations if any(a < self.spot.get(x, -1) < b for a, b in spans.values())
            }
            for other in actors:
                if other != visitor:
                    # "visited Manila and Hanoi, meeting A and B": each where the other is at home.
                    home = self.batch.nodes[other].props.get("country")
                    there = [
                        x for x in locations if self.batch.nodes[x].props.get("country") == home
                    ]
                    where = [x for x in there or locations if x not in taken]
                    if other in own:
                        start, end = spans[other]
                        where = [x for x in locations if start < self.spot.get(x, -1) < end]
                    when = own[other][0] if other in own else date
                    if listing == visitor:
                        when = self._day_told_after(other, officials, when)
                    self._encounter([visitor, other], kind, text, when, where, confidence, item)
        elif called and (then := rules.CALL_THEN_MET.search(text)):
            # "held their first telephone conversation on January 16 and first met in person
            # on February 21 in Rio": the call, then a meeting of its own day and place.
            cut = then.start("met")
            later = next((iso for at, iso in self.dates_at if at >= cut), None)
            there = [x for x in locations if self.spot.get(x, -1) >= cut]
            first = next((iso for at, iso in self.dates_at if at < cut), date)
            self._encounter(actors, "call", text, first, [], confidence, item)
            self._encounter(actors, "meeting", text, later or date, there, 0.7, item)
        else:
            self._encounter(actors, kind, text, date, locations, confidence, item)

    @staticmethod
    def _each_saw(officials: list[tuple[Mention, str]], actors: list[str], text: str) -> str:
        """'Governor-General Dadae and Marape each received him': the one received, whom each
        of the others saw on their own."""
        each = rules.EACH_SAW.search(text)
        if each is None:
            return ""
        before = {o for m, o in officials if m.props["name_start"] < each.start()}
        rest = [a for a in dict.fromkeys(actors) if a not in before]
        return rest[0] if len(before) >= 2 and len(rest) == 1 else ""

    def _told_of_each(self, officials: list[tuple[Mention, str]], seen: list[str],
                      date: str | None) -> dict[str, tuple[str, int, int]]:  # fmt: skip
        """'sat down with Dong at the hotel, ... since Austin met Wei in November 2022': the
        date told between each one seen and the next, with where that stretch of the sentence
        starts and ends, for those told of in another month than the sentence's."""
        at: dict[str, int] = {}
        for m, oid in officials:
            at.setdefault(oid, m.props.get("name_start", m.start))  # first named
        order = sorted((at[oid], oid) for oid in seen if oid in at)
        bounds = [start for start, _ in order[1:]] + [1 << 30] * bool(order)
        told = {
            oid: (iso, start, end)
            for (start, oid), end in zip(order, bounds, strict=True)
            for iso in [next((d for where, d in self.dates_at if start < where < end), "")]
            if iso
        }
        # Only a date of another month sets an encounter apart ("on Oct. 29 ... on Oct. 30"
        # may be told of the one before as much as the one after).
        return {oid: t for oid, t in told.items() if t[0][:7] != (date or "")[:7]}

    def _met_between(self, text: str, officials: list[tuple[Mention, str]],
                     locations: list[str], spot: dict[str, int], dates: list[tuple[int, str]],
                     item: ItemNotes, date: str | None) -> set[str]:  # fmt: skip
        """'The Nov. 14 meeting in Bali between Biden and Xi': that encounter, with its own date
        and place; the officials and places it took, which the rest of the sentence leaves be."""
        taken: set[str] = set()
        lowered = text.lower()
        for hit in rules.MEETING_BETWEEN.finditer(text):
            if rules.NO_ENCOUNTER.search(lowered, max(0, hit.start() - 40), hit.end()):
                continue  # "no formal talks took place between Moon and Suga"
            after = [(m, o) for m, o in officials if m.start >= hit.end()]
            # "The meeting followed an introductory phone call between the two leaders": the
            # two the item has named, in an encounter of their own.
            told = self._the_two(item) if rules.THE_TWO.match(text, hit.end()) else []
            if not after and len(told) == 2:
                pair = told
            elif len(after) < 2 or text[hit.end() : after[0][0].start].strip():
                continue
            else:
                pair = self._listed_after(text, after)
                if len(set(pair)) < 2:
                    continue
            if rules.BROKERED.search(text, 0, hit.start()):
                # "Stoltenberg hosted talks between Erdogan and Kristersson": all three sat.
                pair[:0] = [o for m, o in officials if m.end <= hit.start()][-1:]
            # "the Nov. 14 meeting": the date may come just before the word.
            when = next((d for at, d in dates if hit.start() - 16 <= at < hit.end()), date)
            where = [lid for lid in locations if hit.start() <= spot.get(lid, -1) < hit.end()]
            kind = "call" if hit["kind"] in ("call", "conversation") else "meeting"
            self._encounter(pair, kind, text, when, where, 0.7, item)
            taken.update([*pair, *where])
        return taken

    @staticmethod
    def _listed_after(text: str, after: list[tuple[Mention, str]]) -> list[str]:
        """'between Biden and Kishida', 'between Biden, Kishida and Marcos': the officials
        listed, up to the one after 'and'; none if the list never reaches an 'and'."""
        listed = [after[0][1]]
        for (m, _), (n, oid) in zip(after, after[1:], strict=False):
            gap = text[m.end : n.start]
            if rules.AND_NEXT.fullmatch(gap):
                return [*listed, oid]
            if len(gap) > 40 or not re.fullmatch(r"\s*,\s+[^,;]*", gap):
                break
            listed.append(oid)
        return []

    def _the_two(self, item: ItemNotes) -> list[str]:
        """'the two leaders': the two the item has named, or else the two officials the
        meeting just told of seated."""
        told = list(dict.fromkeys(item.people))
        last = (item.meetings or self.meetings)[-1:]
        if len(told) != 2 and last:
            told = sorted(self.seated.get(last[0], set()))  # officials only
        return told

    def _sides_at_gathering(
        self,
        lowered: str,
        trigger: re.Match[str] | None,
        hosts: list[str],
        actors: list[str],
        called: bool = False,
    ) -> bool:
        """One official meeting counterparts of several other countries at a gathering, each
        on their own ("at the summits, where she met Marcos and Albanese"), or calling them
        ("spoke by phone with Morrison and Moon": a call is of two unless told otherwise)."""
        if trigger is None or len(set(hosts)) != 1 or rules.TOGETHER.search(lowered):
            return False
        homes = [self._country_of(o) for o in actors if o not in hosts]
        own = self._country_of(hosts[0])
        if len(homes) < 2 or None in homes or own in homes or len(set(homes)) < len(homes):
            return False
        return called or bool(rules.GATHERING_WORD.search(lowered, 0, trigger.start()))

    def _hosting(self, text: str, mentions: list[Mention], read: SentenceRead, candidates: list[str],
                 meetings: list[str], went_on: list[str], locations: list[str], events: list[str],
                 countries: list[str], item: ItemNotes, date: str | None) -> None:  # fmt: skip
        """HOSTED, and where the sentence's meetings took place: the host of the event named
        with it, of the drill or meeting the item told of, or a country said to host."""
        lowered = text.lower()
        thanked = rules.THANKED_HOST.search(text)
        hosts, hosted = self._hosts(text, mentions, read.ids, read.titles_only, thanked)
        hosting = [e for e in candidates if e not in went_on]
        if thanked and (thanked["guest"] or thanked["kind"]):
            # "thanked Teodoro for hosting him ahead of the 2+2", "thanked them for their
            # hospitality": the encounter told, not a meeting named after or still to come.
            held = [m for m in item.meetings if self._held(m)] or [
                m for m in self.meetings if self._held(m)
            ]
            hosting = held[-1:] or hosting
        if hosted is not None:
            # "the East Asia Summit hosted by Cambodia": the event named last before it.
            named = [e for e in hosting if read.spot.get(e, len(text)) < hosted]
            hosting = named[-1:] if named else hosting
        if hosts and not hosting and (item.exercises or self.exercises):
            # "The Royal Australian Air Force hosted 4,400 personnel from 20 nations", "the
            # biennial exercise, which Australia and the United States co-host": the drill told.
            if (
                rules.TOOK_PART.search(lowered)
                or rules.IT_RUN_BY.search(text)
                or re.search(
                    r"\b(?:the|this year's|its) (?:[\w-]+\s+){0,2}(?:exercises?|drills?|edition)\b",
                    lowered,
                )
            ):
                hosting = (item.exercises or self.exercises)[-1:]
        if (
            hosts
            and not hosting
            and item.meetings
            and (
                rules.GUESTS.search(lowered) or rules.THE_GATHERING_TOLD.search(lowered) or thanked
            )
        ):
            # "The two departments hosted their Indian counterparts", "Minister Crosetto hosted
            # the ceremony": at the item's meeting.
            hosting = item.meetings[-1:]
        for host in hosts:
            for eid in dict.fromkeys(hosting):
                # "received in turn by A and by B": each hosts the encounter they sat in.
                official = self.batch.nodes[host].label == "Official"
                if eid in self.unnamed and official and host not in self.seated.get(eid, ()):
                    continue
                self._edge("HOSTED", host, eid, text, date, 0.6)
                if self.batch.nodes[eid].label == "Exercise":
                    self._edge("PARTICIPATED_IN", host, eid, text, date, 0.55)  # hosts train too
                # A body or an official that hosts a meeting is at it; a country is its venue.
                ours = self.batch.nodes[host].label in ("Organization", "Official")
                if ours and self.batch.nodes[eid].label == "Meeting":
                    self._edge("ATTENDED", host, eid, text, date, 0.55)
        for mid in meetings:
            if mid in went_on:
                continue  # where it happened was said when it was named
            for lid in clauses.venues(mid, locations, events, read.spot, text):
                self._edge("LOCATED_IN", mid, lid, text, date, 0.6)
            if not hosts and re.search(r"\bhost(?:ed|s)\b", lowered):
                for cid in countries[:1]:
                    # "Japan hosted the talks": named before the verb, by any of its names.
                    at = read.spot.get(cid)
                    at = text.find(self.batch.nodes[cid].name) if at is None else at
                    # ... but not the country inside the meeting's name ("The Japan-Philippines
                    # 2+2 was hosted in Tokyo").
                    its_name = [
                        (m.start, m.end)
                        for i, m in enumerate(mentions)
                        if m.label in ("Meeting", "Exercise") and read.ids.get(i) == mid
                    ]
                    inside = any(a <= at < b for a, b in its_name)
                    if 0 <= at < lowered.find("host") and not inside:
                        self._edge("HOSTED", cid, mid, text, date, 0.6)

    def _held(self, mid: str) -> bool:
        """Whether anyone was seen at a meeting, other than as planned."""
        return any(
            e.type == "ATTENDED" and e.target == mid and e.props.get("status") != "planned"
            for e in self.batch.edges
        )

    @staticmethod
    def _group_met(lowered: str) -> bool:
        """'US, Japanese and South Korean defense chiefs met': a group named by its role."""
        return bool(rules.ROLE_OF_NAMED.search(lowered) or rules.ROLE_OF.search(lowered))

    def _countries_at(self, mid: str) -> set[str | None]:
        """The countries recorded as attending a meeting."""
        return {
            e.source
            for e in self.batch.edges
            if e.type == "ATTENDED" and e.target == mid
            and self.batch.nodes[e.source].label == "Country"
        }  # fmt: skip

    def _pairwise_met(
        self, people: list[str], text: str, date: str | None, confidence: float
    ) -> None:
        if self._planned:
            return
        # "talks with Council President Costa and Commission President von der Leyen": the
        # Union's side, as a country's ministers are one side
        stateless = [p for p in people if not self._country_of(p)]
        union = (
            {
                e.source
                for e in self.batch.edges
                if e.type == "MEMBER_OF"
                and e.source in stateless
                and rules.UNION_BODY.fullmatch(self.batch.nodes[e.target].name)
            }
            if len(stateless) >= 2
            else set()
        )
        # "arrived and was welcomed by A and B": those who greeted the visitor, not each other
        greeted = rules.WELCOMED_BY.search(text)
        party = {
            p for p in people if greeted and self.batch.nodes[p].name.split()[-1] in greeted[1]
        }
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                ca, cb = self._country_of(a), self._country_of(b)
                if ca and cb and ca == cb:
                    continue  # colleagues on one delegation did not "meet" each other
                if a in party and b in party:
                    continue
                if not ca and not cb and a in union and b in union:
                    continue
                self._edge("MET", a, b, text, date, confidence)

    def _across_the_table(self, meeting: str, joined: list[str], text: str,
                          date: str | None) -> None:  # fmt: skip
        """Those who joined a meeting of two sides met everyone of the other side at it: "Modi
        was accompanied by A and B, while C and D sat on the American side"."""
        # Someone whose side the text leaves open ("special envoy Steve Witkoff") meets no
        # one here; the others still met across the table.
        sides = {p: c for p in self.seated.get(meeting, ()) if (c := self._country_of(p))}
        seated = sorted(sides)
        if self._planned or len(set(sides.values())) != 2:
            return  # a gathering of many
        met = {frozenset((e.source, e.target)) for e in self.batch.edges if e.type == "MET"}
        for a in joined:
            for b in seated:
                if a in sides and sides[a] != sides[b] and frozenset((a, b)) not in met:
                    self._edge("MET", a, b, text, date, 0.6)

    def _encounter(self, people: list[str], kind: str, text: str, date: str | None,
                   locations: list[str], confidence: float, item: ItemNotes,
                   own_place: bool = False) -> str:  # fmt: skip
        """An unnamed call, meeting, visit or signing ceremony between named officials; with
        `own_place`, the places given are all the sentence tells of where it sat."""
        if kind in ("meeting", "visit") and date:
            for known in reversed(self.meetings):
                # "... before joining Biden and Marcos for the afternoon session": the summit
                # the same people held that day, told again.
                held = self.batch.nodes[known].props.get("date")
                if known in self._gatherings:
                    continue  # met on the sidelines of it: an encounter of their own
                seated = self.seated.get(known, set())
                apart = clauses.told_apart(people, seated, text)
                if held == date and set(people) == seated and not apart:
                    self._closer_venue(known, locations, text, date)
                    return known
        name = f"{self._surnames(people)} {kind}"
        node_kind = kind if kind in ("call", "visit") else "meeting"
        # The id does not depend on who is named first: two reports of one call are one node.
        # Everyone counts in the id: two sittings of five that share four are two. Family names
        # make the id, so that two documents' reports of one call are one node; whole names only
        # where a sitting of others with the same family names is there already.
        ordered = sorted(people, key=self._family)
        # Two visits still to come, to North Korea and to Vladivostok, are two: an undated
        # plan is told apart by where it is to sit.
        when = date or (
            self.batch.nodes[locations[0]].name if self._planned and locations else None
        )
        key = self._encounter_key(ordered, kind, when, whole=False)
        sitting = self.seated.get(node_id("Meeting", key))
        if sitting and not set(people) <= set(sitting):
            key = self._encounter_key(ordered, kind, when, whole=True)
        aliases = self._other_orders(people, kind, text) + self._group_names(people, kind, text)
        if kind == "visit":
            aliases += self._visit_names(people)
        courtesy = rules.COURTESY_CALL.search(text)
        # "During the visit, the Prime Minister paid a courtesy call on President Macron": a
        # courtesy call, whatever else the sentence calls a visit.
        if courtesy and kind in ("meeting", "visit"):
            aliases += self._courtesy_names(people, text, courtesy)
        elif kind == "meeting":
            aliases += self._called_on_names(people, text)
        summit = kind == "meeting" and rules.PAIR_SUMMIT.search(text)
        if summit:
            aliases.append(f"{self._surnames(people)} summit")  # "the Trump–Kim summit"
        if kind == "meeting" and rules.PRESS_CONFERENCE.search(text):
            aliases.append(f"{self._surnames(people)} joint press conference")
        meal = rules.MEAL.search(text)
        if meal and (kind == "meeting" or rules.MEAL.fullmatch(kind)):
            noun = " ".join(meal.group(0).lower().split())
            if kind == "meeting":
                aliases.append(f"{self._surnames(people)} {noun}")  # "working dinner"
            guest = [p for p in people if self._hosted_for(p, text)]
            if len(people) == 2 and len(guest) == 1:
                # "a state dinner that Marape hosted for Albanese": "Marape state dinner for
                # Albanese", as readers name it
                host = next(p for p in people if p != guest[0])
                aliases.append(f"{self._family(host)} {noun} for {self._family(guest[0])}")
        # "the Blinken–el-Sisi meeting" is the "Blinken–Sisi meeting" of most reports.
        aliases += [
            rules.ARTICLE_OF_NAME.sub("", a)
            for a in (name, *aliases)
            if rules.ARTICLE_OF_NAME.search(a)
        ]
        # A summit runs for a day or two: later sentences may go on about it.
        node_kind = "summit" if summit else node_kind
        mid = Node(node_id("Meeting", key), "Meeting", name, aliases, {"kind": node_kind})
        if date:
            mid.props["date"] = date
        meeting = self.batch.add_node(mid).id
        item.meetings.append(meeting)
        self.unnamed.add(meeting)
        at = self.gathering
        this_year = not date or not self.doc.date or date[:4] == str(self.doc.date.year)
        aside = bool(at) and kind == "meeting" and not self._planned and this_year
        if aside and self._near(at, date):
            # Met on the sidelines of a gathering: both were at it; not so the leader a
            # delegate "called on" in his office.
            for oid in [p for p in people if not self._was_called_on(p, text)]:
                self._edge("ATTENDED", oid, at, text, date, 0.5)
        if kind == "signing meeting":
            self.signings.add(meeting)
        for oid in people:
            self._edge("ATTENDED", oid, meeting, text, date, confidence)
        self._hosts_home(people, locations, text)
        for cid in self._sides_named(meeting, text):
            self._edge("ATTENDED", cid, meeting, text, date, 0.55)
        # "agreed to cooperate in the South China Sea": a subject, not where they sat.
        locations = [x for x in locations if not rules.OPEN_WATER.search(self.batch.nodes[x].name)]
        for lid in (
            self._venue_and_town(locations, text) if kind != "call" else []
        ):  # calls: nowhere
            lid = self._lead_town(lid, item)
            self._edge("LOCATED_IN", meeting, lid, text, date, 0.6)
            # "the Cho–Kamikawa meeting in Rio de Janeiro": how a pair's several are told apart.
            self.batch.nodes[meeting].add_alias(f"{name} in {self.batch.nodes[lid].name}")
        # "BRUSSELS, April 3 — ... They had first sat down on Feb. 15": the item's town holds
        # what happened in its days, not what it recalls from another month.
        then = item.dateline_date
        recalled = self.place == item.dateline and date and then and date[:7] != then[:7]
        if (
            not locations
            and kind != "call"
            and self.place
            and not self._planned
            and not recalled
            and not own_place
        ):
            # "In Hanoi ... On Sept. 11 Biden met separately with ...": still in Hanoi; in the
            # town of a venue where the scene was set ("at the Shangri-La Hotel in Singapore").
            self._edge("LOCATED_IN", meeting, self._town_of(self.place), text, date, 0.5)
        if aside and self._near(at, date):
            # Talks on the sidelines sit where the gathering does, and it where they do.
            here = self._placed(meeting)
            there = self._placed(at)
            for lid in here if not there else []:
                self._edge("LOCATED_IN", at, lid, text, date, 0.5)
            for lid in there if not here else []:
                # "held talks on the sidelines" of a forum at a hotel: in the hotel's town.
                town = self._town_of(lid)
                self._edge("LOCATED_IN", meeting, town, text, date, 0.5)
        by = rules.HOSTED_BY.search(text)
        hosts_only = by and all(self._named_at(p, text) >= by.end() for p in people)
        if hosts_only and by:
            # "... was hosted by Lammy, and Lammy called on Modi": a clause of its own after
            # the hosts, whose people met.
            last = max(self._named_at(p, text) for p in people)
            hosts_only = not rules.NEXT_CLAUSE.search(text, by.end(), last)
        if not hosts_only:
            # "the delegation was welcomed at the airport by A, B and C": the hosts alone are
            # named, one side, who did not meet one another.
            self._pairwise_met(people, text, date, confidence)
        self._cooperation({self._country_of(p) for p in people} - {None}, text, date)
        return meeting

    def _said_before(self, oid: str, text: str, pattern: re.Pattern[str], reach: int) -> bool:
        """Whether `pattern` ends where the sentence names the official, within `reach`."""
        at = self._named_at(oid, text)
        return at > 0 and bool(pattern.search(text, max(0, at - reach), at))

    def _named_at(self, oid: str, text: str, start: int = 0) -> int:
        """Where the sentence names the official, however the name is cased ('ISHIBA Shigeru')."""
        return text.lower().find(self._family(oid).lower(), start)

    def _hosted_for(self, oid: str, text: str) -> bool:
        """Whether the sentence has a meal or an event hosted for the official."""
        return self._said_before(oid, text, rules.HOSTED_FOR, 60)

    def _was_called_on(self, oid: str, text: str) -> bool:
        """Whether the sentence has the official called on ("then called on PM Wong")."""
        return self._said_before(oid, text, rules.CALLED_ON, 80)

    def _body_events(self, text: str, mentions: list[Mention], ids: dict[int, str],
                     date: str | None) -> list[tuple[str, int]]:  # fmt: skip
        """'MOFA held an online workshop', 'the Japan Institute hosted a seminar': an event a
        body put on, named after it, which it hosted."""
        found = []
        for hit in rules.BODY_EVENT.finditer(text):
            host = next(
                (
                    (m, ids[i])
                    for i, m in enumerate(mentions)
                    if i in ids
                    and m.label == "Organization"
                    and re.fullmatch(r"\s+(?:also\s+|jointly\s+)?", text[m.end : hit.start()])
                ),
                None,
            )
            if host is None:
                continue
            words = [w for w in hit.group("mods").split() if w.lower() not in rules.BLAND]
            name = " ".join([host[0].surface, *words, hit.group("noun").lower()])
            if hit.group("topic"):
                name += f" on {hit.group('topic')}"
            mid = self._meeting_node(name, date)
            self._edge("HOSTED", host[1], mid, text, date, 0.6)
            found.append((mid, hit.start("noun")))
        return found

    def _meeting_referred_to(
        self, lowered: str, earlier: list[str], today: str | None = None
    ) -> list[str]:
        """'opened the Dialogue': the last meeting told of that is called a dialogue, or else
        the last one told of."""
        ref = rules.THE_MEETING.search(lowered)
        if not ref or not earlier or rules.TIMED_BY.search(lowered, 0, ref.start()):
            return []  # "Ahead of the summit, A met B": their own encounter, before it
        said = rules.SAID_THAT.search(lowered, 0, ref.start())
        if said:
            return []  # "a spokesman told reporters that the meeting had been useful": not there
        noun = ref.group(0).split()[-1]
        called = [m for m in earlier if noun in self.batch.nodes[m].name.lower()] or earlier
        # "on the margins of the meeting": a gathering, which has margins; talks of two do not
        margins = re.search(r"\b(?:margins?|sidelines?|fringes?)\s+of\s+$", lowered[: ref.start()])
        if noun in ("summit", "gathering", "forum", "conference") or margins:
            # "the summit": the gathering, not two leaders' talks on its sidelines
            called = [m for m in called if self._a_gathering(m)] or called
        if today:
            # "The summit was hosted by Thailand", in a report of the day's summit that also
            # recalled another: the one known to be of that day.
            of_today = [m for m in called if self.batch.nodes[m].props.get("date") == today]
            called = of_today or called
        return called[-1:]

    def _hosts(self, text: str, mentions: list[Mention], ids: dict[int, str],
               titles_only: list[bool],
               thanked: re.Match[str] | None) -> tuple[list[str], int | None]:  # fmt: skip
        """Who hosted the sentence's events ('co-hosted by Thailand and the United States',
        'Foreign Minister Hayashi hosted his G7 counterparts', 'Trump received Ishiba', the one
        `thanked` for hosting), and where 'hosted by' begins when the hosts follow the event. A
        country that only says whose official someone is ("Indonesian President Joko Widodo")
        hosts nothing."""
        actors = [
            (m, ids[i])
            for i, m in enumerate(mentions)
            if i in ids
            and m.label in ("Country", "Organization", "Official")
            and not titles_only[i]
        ]
        dashed = re.search(r"(?<!\bco)-(?:co-)?hosted\b", text)
        if dashed:
            # "the Indian Navy-hosted Exercise Malabar"
            return [x for m, x in actors if m.end == dashed.start()], None
        by = rules.HOSTED_BY.search(text)
        if by:
            # The hosts listed after 'hosted by', up to the end of their coordination.
            end = rules.LIST_END.search(text, by.end())
            stop = end.start() if end else len(text)
            return [x for m, x in actors if by.end() <= m.start < stop], by.start()
        if thanked:
            inside = [
                (m, x) for m, x in actors if thanked.start("who") <= m.start < thanked.end("who")
            ]
            people = [x for m, x in inside if m.label == "Official"]
            return people or [x for _, x in inside][:1], None
        called_host = [
            x
            for m, x in actors
            if m.label == "Official" and rules.HOST_BEFORE_NAME.search(text, 0, m.start)
        ]
        if called_host:
            return called_host[:1], None
        named_host = rules.THE_HOST.search(text)
        if named_host:
            # "Indonesia, this year's host, is training alongside ...": the one so called.
            return [x for m, x in actors if m.end == named_host.start()][:1], None
        verb = rules.HOSTS.search(text)
        if not verb:
            return [], None
        # "US Central Command co-hosted": the body, not the country named inside it
        whole = [
            (m, x)
            for m, x in actors
            if not any(o is not m and o.start <= m.start and m.end <= o.end for o, _ in actors)
        ]
        relative = rules.HOSTED_BY_PRONOUN.search(text, 0, verb.start())
        if relative:
            # "the ACDFM that he hosted in Nusa Dua": the official the sentence is about.
            subject = [x for m, x in whole if m.label == "Official" and m.end <= relative.start()]
            return subject[:1], None
        before = [(m, x) for m, x in whole if m.end <= verb.start()]
        between = text[before[-1][0].end : verb.start()] if before else ","
        officials_before = [(m, x) for m, x in before if m.label == "Official"]
        if officials_before and re.fullmatch(
            r",\s+[^,;]{1,80},\s+", text[officials_before[-1][0].end : verb.start()]
        ):
            # "Gen. Ngo Xuan Lich, Vietnam's defence minister, welcomed Esper": past the apposition
            before = officials_before
            between = " "
        # "The Indian Air Force, hosting its first multinational air exercise, opened ..."
        aside = verb.group(0) == "hosting" and re.fullmatch(r",\s+", between)
        if not (rules.HOST_GAP.fullmatch(between) or aside):
            return [], None
        host, label = before[-1][1], before[-1][0].label
        if verb.group(0).lower() in ("received", "welcomed"):
            # "received Ishiba": hosting a guest, not receiving a report.
            guests = [m for m, _x in actors if m.start >= verb.end() and m.label == "Official"]
            # "General Giang received the Japanese delegation"
            delegation = re.match(
                r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?delegation\b", text[verb.end() :]
            )
            # "received a phone call from Zelensky": a call has no host.
            call = re.match(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|letter|message)\b",
                            text[verb.end() :])  # fmt: skip
            if label != "Official" or not (guests or delegation) or call:
                return [], None
        hosts = [host]
        # "which Australia and the United States co-host": every host of the coordination.
        for (m, x), (after, _y) in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
            if not re.fullmatch(r",?\s+(?:and\s+)?(?:the\s+)?|,\s+", text[m.end : after.start]):
                break
            hosts.insert(0, x)
        return hosts, None

    def _visits(self, text: str, officials: list[tuple[Mention, str]], places: list[str],
                spot: dict[str, int], date: str | None, item: ItemNotes) -> None:  # fmt: skip
        """'Marcos made an official visit to Japan': the visit itself, attended by the visitor."""
        self._visit_during(text, officials, places, date, item)
        self._tours(text, officials, places, spot, date, item)
        visiting = re.search(r"\b(?:visit|trip)\b", text)
        for place in places:
            at = spot.get(place)
            if at is None:
                continue
            trip = rules.VISIT_TO.search(text[:at]) or (
                rules.ARRIVED_IN.search(text[:at]) if visiting else None
            )
            if not trip and len({o for _m, o in officials}) == 1 and len(set(places)) <= 2:
                # "Kihara is expected to visit London", "will travel to Japan next week": the
                # visit is the news when no one met there is named (a tour of many is not).
                trip = rules.VISIT_VERB.search(text[:at]) or (
                    rules.TRAVEL_TO.search(text[:at]) if self._planned else None
                )
            # "Sisi accepted Erdogan's invitation to visit Turkey", "Erdogan invited Putin to
            # visit Turkey": the one invited, not the one whose invitation it is.
            invited = None if trip else rules.INVITED_TO_VISIT.search(text, 0, at)
            trip = trip or invited
            cut = invited.end() if invited else trip.start() if trip else 0
            visitors = [
                o
                for m, o in officials
                if m.props["name_start"] < cut and not (invited and rules.OWNER.match(text, m.end))
            ]
            if not trip or not visitors:
                continue
            visitor, node = visitors[-1], self.batch.nodes[place]
            # A visit is to a country; the city it was spent in is where it took place.
            country = str(node.props.get("country") or "") if node.label == "Location" else ""
            where = country or node.name
            if self.batch.nodes[visitor].props.get("country") == where:
                continue  # "Scholz, rounding off the first French state visit to Germany"
            name = f"{self._family(visitor)} visit to {where}"
            aliases = [f"{self._family(visitor)} visit to {node.name}"] if country else []
            # An invitation is to a visit still to come, whatever day it was given.
            when = date if self._planned or invited is None else None
            self._visit_node(visitor, name, aliases, place, text, when, item, 0.65,
                             planned=invited is not None)  # fmt: skip

    def _tours(self, text: str, officials: list[tuple[Mention, str]], places: list[str],
               spot: dict[str, int], date: str | None, item: ItemNotes) -> None:  # fmt: skip
        """'Pompeo toured the Souda Bay naval base with Mitsotakis', 'Kono visited Naha Air
        Base': a visit to the place itself, by those who went round it."""
        for place in places:
            node, at = self.batch.nodes[place], spot.get(place, -1)
            toured = rules.TOURED.search(text[:at]) if at >= 0 else None
            if toured is None or node.label != "Location":
                continue
            # A town is visited as a country is, unless "toured": "toured flood-wrecked Derna".
            facility = node.props.get("kind") in ("base", "building", "site") or bool(
                rules.FACILITY.search(node.name)
            )
            if not facility and toured["verb"] != "toured":
                continue
            clause = max(text.rfind(";", 0, toured.start()), 0)
            visitors = [o for m, o in officials if clause <= m.props["name_start"] < toured.start()]
            visitors += [
                o
                for m, o in officials
                if m.props["name_start"] > at
                and rules.TOURED_WITH.match(text[at + len(node.name) : m.props["name_start"]])
            ]
            visitors = list(dict.fromkeys(visitors))
            if not visitors or len(visitors) > 3:
                continue
            who = self._surnames(visitors)
            # "the Souda Bay naval base": readers name the visit by the place's proper name
            short = re.sub(
                r"\s+(?:(?:naval|air|army|military)\s+)?(?:base|station)$", "", node.name
            )
            aliases = [f"{who} visit to {short}"] if short != node.name else []
            for oid in visitors:
                self._visit_node(oid, f"{who} visit to {node.name}", aliases, place, text, date,
                                 item, 0.6)  # fmt: skip

    def _visit_during(self, text: str, officials: list[tuple[Mention, str]], places: list[str],
                      date: str | None, item: ItemNotes) -> None:  # fmt: skip
        """'Tharman held talks with Modi in New Delhi during a five-day state visit': the visit of
        the one named before it who is foreign to the place, to the place's country, where the
        place is."""
        hit = rules.VISIT_DURING.search(text)
        # The last place is the widest: "at Hyderabad House in New Delhi".
        place, host = next(
            (
                (p, str(c))
                for p in reversed(places)
                if (c := self.batch.nodes[p].props.get("country"))
            ),
            ("", ""),
        )
        if not hit or not host or self._planned:
            return
        visitor = next(
            (
                o
                for m, o in officials
                if m.props["name_start"] < hit.start()
                and self.batch.nodes[o].props.get("country") not in (None, host)
            ),
            None,
        )
        if visitor is None:
            return
        kind = f"{hit['kind'].lower()} visit" if hit["kind"] else "visit"
        name = f"{self._family(visitor)} {kind} to {host}"
        # A visit is to a country: the country when the text names it, else the town.
        country = node_id("Country", host)
        where = country if country in self.batch.nodes else place
        self._visit_node(visitor, name, [], where, text, date, item, 0.6)

    def _visit_node(self, visitor: str, name: str, aliases: list[str], where: str, text: str,
                    date: str | None, item: ItemNotes, confidence: float,
                    planned: bool = False) -> None:  # fmt: skip
        """A visit of one official, attended by them and placed where it was spent; `planned`
        for one still to come whatever the sentence's tense."""
        aliases = [*aliases, *self._visit_as_written(name, text)]
        mid = self._node("Meeting", name, aliases, key=f"{name} {date}", kind="visit", date=date)
        status = "planned" if planned else None
        self._edge("ATTENDED", visitor, mid, text, date, confidence, status=status)
        self._edge("LOCATED_IN", mid, where, text, date, confidence)
        if mid not in item.meetings:
            item.meetings.append(mid)

    def _visit_as_written(self, name: str, text: str) -> list[str]:
        """'Macron state visit to Viet Nam': a visit's name with the kind of visit and the
        spelling of the country the sentence gives, as its readers write it."""
        who, _, where = name.partition(" visit to ")
        node = self.batch.nodes.get(node_id("Country", where))
        spellings = [where] + [a for a in (node.aliases if node else []) if a in text]
        kind = rules.VISIT_KIND.search(text)
        visits = ["visit", f"{kind['kind'].lower()} visit"] if kind else ["visit"]
        forms = [f"{who} {v} to {w}" for v in visits for w in spellings]
        return [f for f in forms if f != name]

    def _other_orders(self, people: list[str], kind: str, text: str = "",
                      name: str | None = None) -> list[str]:  # fmt: skip
        """'Kishi–Marles summit' for 'Marles–Kishi meeting': other readers order the names
        otherwise, and call one sit-down a meeting, a summit or talks."""
        if len(people) > 3:
            return []
        nouns = [kind]
        # A summit is a sit-down of leaders: ministers' talks are never called one.
        titles = [self._title(p) for p in people]
        summit = [] if any(t and not rules.LEADER.search(t) for t in titles) else ["summit"]
        if kind in ("meeting", "visit"):
            nouns += ["meeting", *summit, "talks"]
        elif kind == "signing meeting":
            # "Xi–Putin talks": readers name the sit-down at which they signed, too.
            nouns += ["signing ceremony", "signing", "meeting", "talks", *summit]
        elif kind == "call" and re.search(r"\b(?:video|virtual)", text, re.I):
            nouns += ["virtual meeting", "video call"]
        others = {
            f"{self._surnames(list(order))} {noun}"
            for order in itertools.permutations(people)
            for noun in nouns
        }
        # "Biden–Vo Van Thuong meeting": readers write a three-part name in full.
        full = {
            p: self.batch.nodes[p].name
            for p in people
            if len(self.batch.nodes[p].name.split()) >= 3
        }
        if full:
            for order in itertools.permutations(people):
                named = "–".join(full.get(p) or self._family(p) for p in order)
                others.update(f"{named} {noun}" for noun in nouns)
        homes = [self._country_of(p) for p in people]
        if all(homes) and len(set(homes)) == len(homes):
            # "Egypt–France–Jordan summit": readers name a leaders' encounter by its countries.
            countries = "–".join(self.batch.nodes[str(c)].name for c in homes)
            others.update(f"{countries} {noun}" for noun in nouns)
        if len(people) == 2:
            # "Austin–Tea Banh meeting", "Esper–Leon Guerrero meeting": readers write a name
            # whose family name they are unsure of in full, or by its last two parts.
            forms = {p: self._name_forms(p) for p in people}
            for first, second in itertools.permutations(people):
                others.update(f"{a}–{b} {kind}" for a in forms[first] for b in forms[second])
        return sorted(others - {name or f"{self._surnames(people)} {kind}"})

    def _name_forms(self, oid: str) -> list[str]:
        """The ways a reader may write an official in an encounter's name."""
        parts = self.batch.nodes[oid].name.split()
        # "Albanese–Subianto meeting" beside "Albanese–Prabowo meeting": the family name too.
        forms = [self._family(oid), family_name(" ".join(parts)), " ".join(parts)]
        if len(parts) >= 3:
            forms.append(" ".join(parts[-2:]))
        return list(dict.fromkeys(forms))

    def _visit_names(self, people: list[str]) -> list[str]:
        """'Anwar visit to India' for the 'Anwar–Modi visit': the visit of the one from abroad,
        named for the country of the others."""
        homes = {p: self._country_of(p) for p in people}
        names = []
        for guest in people:
            hosts = {homes[p] for p in people if p != guest} - {None, homes[guest]}
            if homes[guest] and len(hosts) == 1:
                country = self.batch.nodes[str(hosts.pop())].name
                names.append(f"{self._family(guest)} visit to {country}")
        return names

    def _courtesy_names(self, people: list[str], text: str, call: re.Match[str]) -> list[str]:
        """'Endo–Teodoro courtesy call', 'Sherman–Cho courtesy call on Hayashi', 'Lammy courtesy
        call on Marcos': a call paid in person, named by those who paid it and the one called on."""
        noun = call.group(0).lower().removesuffix(" on")
        names = [f"{self._surnames(people)} {noun}"]
        after = {p: self._named_at(p, text, call.end()) for p in people}
        called_on = min((p for p in people if after[p] >= 0), key=after.__getitem__, default=None)
        callers = [p for p in people if p != called_on]
        if call.group(0).endswith(" on") and called_on and callers:
            host = self._family(called_on)
            names.append(f"{self._surnames(callers)} {noun} on {host}")
        return names

    def _called_on_names(self, people: list[str], text: str) -> list[str]:
        """'Jaishankar called on President Solih': readers call it a courtesy call, named by
        those who paid it and the one they called on."""
        called = [p for p in people if self._was_called_on(p, text)]
        callers = [p for p in people if p not in called]
        if len(called) != 1 or not callers:
            return []
        return [f"{self._surnames(callers)} courtesy call on {self._family(called[0])}"]

    def _group_names(self, people: list[str], kind: str, text: str) -> list[str]:
        """What analysts call a sit-down of three or more countries' officials: 'Japan-South
        Korea-US trilateral defence ministers' meeting', or by the grouping the text names
        ('hosted her Quad counterparts': the 'Quad foreign ministers' meeting')."""
        if kind not in ("meeting", "call"):
            return []
        # Titles the gazetteer completes later are not known yet: the others say the portfolio.
        titles = [self.batch.nodes[p].props.get("title", "") for p in people]
        roles = [clauses.portfolio(t) for t in titles if t]
        # The portfolio most of them hold: "national security advisers'" for two advisers and
        # a secretary general of a security secretariat.
        common = max(set(roles), key=roles.count) if roles else None
        agreed = len(set(roles)) == 1 or roles.count(common) * 3 >= len(people) * 2
        role = f" {common}" if common and agreed else ""
        noun = "call" if kind == "call" else "meeting"
        names = []
        group = rules.COUNTERPARTS.search(text)
        if group and self.gaz.lookup(group.group("group")):
            names.append(f"{group.group('group')}{role} {noun}")
        homes = {self._country_of(p) for p in people} - {None}
        if len(homes) >= 3 and len(people) <= 4:
            parties = self._party_names([c for c in homes if c], [])
            size = "trilateral" if len(homes) == 3 else "quadrilateral"
            names.append(f"{parties} {size}{role} {noun}")
        return names

    def _hosts_home(self, people: list[str], places: list[str], text: str) -> None:
        """'In Palau he met President Remengesau': the counterpart a visitor met, whose country
        the text leaves out, is of the country the encounter took place in."""
        # The room says nothing of the country ("at the Pentagonito"): the town it is in does.
        # A digest's items each have their own dateline: the document's only when it has one.
        datelined = self._one_dateline()
        candidates = [*places, *([self.place] if self.place else []), *datelined]
        homed = [
            x
            for x in candidates
            if self.batch.nodes[x].label == "Country" or self.batch.nodes[x].props.get("country")
        ]
        where = self.batch.nodes[homed[0]] if homed else None
        entry = self.gaz.country(where.props.get("country")) if where else None
        home = node_id("Country", entry.name) if entry else None
        if where is not None and where.label == "Country":
            home = where.id  # "In Palau he met President Remengesau"
        if home not in self.batch.nodes or len(people) < 2:
            return  # only a country the document itself names
        visitor, *hosts = people
        received = rules.HOSTS.search(text)
        if (
            len(people) == 2
            and received
            and not self._country_of(visitor)
            and self._country_of(hosts[0])
            and not rules.HOSTED_BY.search(text)
            and self.batch.nodes[visitor].name.split()[-1] in text[: received.start()]
        ):
            # "NAIROBI — The Cabinet Secretary, Hon. Aden Duale, received the Secretary of
            # Defense of the United States": the one who receives is the host.
            hosts, visitor = [visitor], hosts[0]
        if any(self._country_of(host) for host in hosts) or rules.TRILATERAL.search(text):
            return  # "met Kishida and Yoon at Camp David": guests of their own countries
        # "talks with NATO's Stoltenberg in Munich": an international body's official has none.
        serving = {e.source for e in self.batch.edges if e.type == "MEMBER_OF"}
        if self._country_of(visitor) not in (None, home) and not serving & set(hosts):
            for host in hosts:
                self.batch.nodes[host].props["country"] = self.batch.nodes[home].name
                self._edge("REPRESENTS", host, home, text, None, 0.5)

    def _sides_named(self, meeting: str, text: str) -> list[str]:
        """The countries of a sit-down the text calls trilateral ("Esper hosted both ministers
        for a trilateral meeting"), from the name analysts give it: 'Japan-South Korea-US
        trilateral defence ministers' meeting' is one of those three countries."""
        if not rules.TRILATERAL.search(text):
            return []
        for alias in self.batch.nodes[meeting].aliases:
            if rules.TRILATERAL.search(alias):
                return self._country_nodes_in(alias)
        return []

    def _bodies_in_name(self, meeting: str) -> list[str]:
        """The countries a named gathering is of, by its name: a standing dialogue's members,
        or the members of a grouping of a few that the name carries ('Quad Leaders' Summit').
        Only those the document itself names."""
        if meeting in self.unnamed or meeting in self.encounters or meeting in self.ceremonies:
            return []
        node = self.batch.nodes[meeting]
        members: list[str] = []
        for form in [node.name, *node.aliases]:
            hit = self.gaz.lookup(form)
            if hit and hit[0].label == "Meeting":
                members += hit[0].props.get("members", [])
            for grouping in self._groupings_of(form):
                if len(grouping) <= 4:
                    members += grouping
        cids = (node_id("Country", country) for country in dict.fromkeys(members))
        return [cid for cid in cids if cid in self.batch.nodes]

    def _groupings_of(self, name: str) -> list[list[str]]:
        """The member states of each grouping the gazetteer knows that a name carries
        ('Quad Leaders' Summit', 'ASEAN Foreign Ministers' Meeting')."""
        found = []
        for hit in self.gaz.pattern.finditer(rules.PARTIES_APART.sub(" ", name)):
            entry = self.gaz.lookup(hit.group(0))
            members = entry[0].props.get("members") if entry else None
            if entry and entry[0].label == "Organization" and members:
                found.append(list(members))
        return found

    def _lone_visitor(self, people: list[str]) -> str | None:
        """The one official, named first, facing several colleagues of one other country, if
        that is so ("Nakatani met Lecornu and Barrot"; not "Kamikawa and Kihara met Marcos")."""
        if len(people) < 3:
            return None
        sides: dict[str | None, list[str]] = {}
        for oid in people:
            sides.setdefault(self._country_of(oid), []).append(oid)
        if sides.get(None) == [people[0]] and len(sides) == 2:
            # "NATO's Stoltenberg met Yoon, Park and Lee": a visitor of no country, seeing one
            # country's officials.
            return people[0]
        if None in sides or len(sides) != 2:
            return None
        alone = [members[0] for members in sides.values() if len(members) == 1]
        return alone[0] if len(alone) == 1 and alone[0] == people[0] else None

    def _seeing_in_turn(self, people: list[str], text: str) -> str | None:
        """The official named first, meeting counterparts of other countries one after
        another ("Wang went on to talks with the Malaysian, Thai and Singaporean foreign
        ministers"), unless the sentence tells of one sit-down of them all."""
        home = self._country_of(people[0]) if len(people) >= 3 else None
        if home is None:
            return None
        touring = rules.BACK_TO_BACK.search(text) or (
            not rules.ONE_SITDOWN.search(text) and rules.ON_A_TOUR.search(text)
        )
        if not (touring or rules.MARGINS_TO_MEET.search(text)):
            return None
        if any(self._country_of(p) == home for p in people[1:]):
            return None
        return people[0]

    def _day_told_after(self, oid: str, officials: list[tuple[Mention, str]],
                        date: str | None) -> str | None:  # fmt: skip
        """'talks with Merkel and Bolsonaro (June 28), and a breakfast with Mohammed bin Salman
        (June 29)': the first day the sentence tells after the official is named."""
        named_at = next((m.start for m, o in officials if o == oid), None)
        if named_at is None:
            return date
        return next((d for at, d in self.dates_at if at > named_at), date)

    @staticmethod
    def _whose_sit_downs(officials: list[tuple[Mention, str]], people: list[str],
                         text: str) -> str | None:  # fmt: skip
        """'Trump's other sit-downs included a dinner with A, talks with B and a breakfast
        with C': the one whose encounters they were, who saw each of the others."""
        listed = rules.WHOSE_MEETINGS.search(text)
        if listed is None or len(people) < 3:
            return None
        return next((o for m, o in officials if m.end == listed.start() and o in people), None)

    def _side_by_side(
        self, officials: list[tuple[Mention, str]], people: list[str]
    ) -> tuple[list[list[str]], list[tuple[int, int]]]:
        """The people of each meeting verb the parse found told side by side, when together
        they are everyone the sentence has meet, with the span of each verb's clause."""
        oid_of = {m.name: oid for m, oid in officials}
        pairs = [[oid_of.get(n, "") for n in names] for names in self.side_by_side]
        # "called on Albanese and met Wong, and was received by Khalil", the courtesy call
        # told of apart: the encounters of the people left.
        kept = [n for n, pair in enumerate(pairs) if set(pair) <= set(people)]
        if len(kept) < 2 or {p for n in kept for p in pairs[n]} != set(people):
            return [], []
        # The parse is the whole sentence's, read again for each act of it: left as it was.
        return [pairs[n] for n in kept], [self.side_spans[n] for n in kept]

    def _encounter_key(self, people: list[str], kind: str, date: str | None, whole: bool) -> str:
        """What an encounter's id is made of: everyone's family names, its kind and day."""
        names = "–".join(self._surnames(people[n : n + 4], whole) for n in range(0, len(people), 4))
        return f"{names} {kind} {date or ''}"

    def _places_in_turn(self, text: str, locations: list[str],
                        spans: list[tuple[int, int]]) -> list[list[str]]:  # fmt: skip
        """Where each encounter of one official seeing several in turn sat ("met Marcos in
        Manila and spoke with Albanese"): the places of that verb's clause, or those named
        before the first verb."""
        # The spans are the whole sentence's; `text` may be one act of it, moved.
        starts = [text.find(self._said[start:end]) for start, end in spans]
        if starts != sorted(starts) or -1 in starts:
            return [locations] * len(starts)
        ahead = [lid for lid in locations if self.spot.get(lid, -1) < starts[0]]
        bounds = [*starts[1:], 1 << 30]
        return [
            [lid for lid in locations if start <= self.spot.get(lid, -1) < end] or ahead
            for start, end in zip(starts, bounds, strict=True)
        ]

    def _seen_one_by_one(self, officials: list[tuple[Mention, str]], people: list[str],
                         text: str) -> str | None:  # fmt: skip
        """The subject, as the parse reads it, of a meeting verb whose object lists everyone
        else ("Modi met Kono and Seko"), when those listed are of one side or met bilaterally."""
        if len(people) < 3:
            return None
        if self.in_turn is None:
            return self._calls_listed(officials, people, text)
        oid_of = {m.name: oid for m, oid in officials}
        subject = oid_of.get(self.in_turn[0])
        seen = {oid_of.get(n, "") for n in self.in_turn[1]}
        if subject is None or subject not in people or seen != set(people) - {subject}:
            return None
        sides = {self._country_of(p) for p in seen} - {None}
        bilateral = rules.SEEN_APART.search(text)
        if not bilateral and (len(sides) > 1 or rules.ONE_SITDOWN.search(text)):
            return None
        return subject if self._country_of(subject) not in sides else None

    @staticmethod
    def _calls_listed(officials: list[tuple[Mention, str]], people: list[str],
                      text: str) -> str | None:  # fmt: skip
        """'A called on three of the visitors ...: B, C and D', a list the parse leaves
        unattached: the one named before the courtesy calls, who paid each."""
        call = rules.CALL_ON_WORDS.search(text)
        if call is None:
            return None
        before = {o for m, o in officials if m.end <= call.start()}
        after = {o for m, o in officials if m.start >= call.end()}
        if len(before) != 1 or before | after != set(people) or before & after:
            return None
        first = min((m.start for m, o in officials if o in after), default=call.end())
        if ":" not in text[call.end() : first]:
            return None  # only a list the colon sets apart from the verb
        return before.pop()

    def _touring(self, people: list[str], places: list[str]) -> str | None:
        """The official named first, visiting the countries of the others in turn ("visited
        Manila and Hanoi, meeting A and B"): each other is at home in one of the places."""
        homes = [self.batch.nodes[p].props.get("country") for p in people]
        at = {self.batch.nodes[x].props.get("country") for x in places}
        others = homes[1:]
        if len(people) < 3 or len(at) < 2 or None in homes or homes[0] in others:
            return None
        return people[0] if set(others) <= at and len(set(others)) == len(others) else None

    def _same_day(
        self, meeting: str, date: str | None, strict: bool = False, days: int = 0
    ) -> bool:
        """Whether a sentence of that date can go on about the meeting; a named gathering
        (a dialogue, a summit) runs for a few days, as does any other where `days` says."""
        held = self.batch.nodes[meeting].props.get("date")
        if held is None or date is None or held == date:
            return True
        if strict or meeting in self.encounters or len(held) != 10 or len(date) != 10:
            return False
        if self.batch.nodes[meeting].props.get("kind") not in ("dialogue", "summit") and not days:
            return False
        gap = dt.date.fromisoformat(date) - dt.date.fromisoformat(held)
        # "closed a two-day summit on Friday", then "hosted the gathering on Sept. 15-16": the
        # day it is known by may be its last.
        return dt.timedelta(days=-2) <= gap <= dt.timedelta(days=3)

    def _only_planned(self, meeting: str) -> bool:
        """Whether everyone seated at the meeting is only due to attend it."""
        seats = [e for e in self.batch.edges if e.type == "ATTENDED" and e.target == meeting]
        return bool(seats) and all(e.props.get("status") == "planned" for e in seats)

    def _closer_venue(self, meeting: str, locations: list[str], text: str,
                      date: str | None) -> None:  # fmt: skip
        """A meeting told again, now with the room it sat in ("in Manila ... at Malacanang
        Palace"): the palace inside the city the meeting was placed in, or its first place."""
        located = self._located()
        there = [t for s, t in located if s == meeting]
        for lid in locations[:1]:
            if lid not in there and (not there or any((lid, t) in located for t in there)):
                self._edge("LOCATED_IN", meeting, lid, text, date, 0.55)

    def _venue_and_town(self, locations: list[str], text: str) -> list[str]:
        """Where an encounter sat: the first place named for it, with the place it is in when
        the sentence names both ("at Camp Aguinaldo in Quezon City": the camp and the city)."""
        if not locations:
            return []
        first = locations[0]
        located = self._located()

        def nested(a: str, b: str) -> bool:
            inner, outer = self.batch.nodes[a].name, self.batch.nodes[b].name
            said = rf"{re.escape(inner)}(?:,| in) (?:the )?{re.escape(outer)}"
            return (a, b) in located or bool(re.search(said, text))

        inside = [p for p in locations[1:] if nested(first, p) or nested(p, first)]
        return [first, *inside[:1]]

    def _lead_town(self, lid: str, item: ItemNotes) -> str:
        """'... (8 October, Vientiane). Paetongtarn paid a visit to Laos and held talks with
        Sonexay': the town the item is headed with, when the sentence names only its country."""
        town = self.batch.nodes.get(item.dateline or "")
        here = self.batch.nodes[lid]
        if town and here.label == "Country" and town.props.get("country") == here.name:
            return town.id
        return lid

    def _located(self) -> dict[tuple[str, str], None]:
        """The (what, where) pairs of the LOCATED_IN facts so far, in the order first told."""
        return dict.fromkeys(
            (e.source, e.target) for e in self.batch.edges if e.type == "LOCATED_IN"
        )

    def _town_of(self, lid: str) -> str:
        """The town a venue is said to be in ('Shangri-La Hotel' in Singapore), or the place."""
        if not rules.BUILDING.search(self.batch.nodes[lid].name):
            return lid
        around = [where for what, where in self._located() if what == lid]
        towns = [w for w in around if self.batch.nodes[w].label == "Location"] or around
        return towns[0] if towns else lid

    def _placed(self, mid: str) -> list[str]:
        """Where a meeting is said so far to have taken place: the widest of the places, the
        city rather than the hotel in it."""
        located = self._located()
        there = list(dict.fromkeys(target for source, target in located if source == mid))
        return [p for p in there if not any((p, q) in located for q in there)][:1]

    def _near(self, meeting: str, date: str | None) -> bool:
        """Whether a date falls within three days of a meeting's, either side, as far as known."""
        held = self.batch.nodes[meeting].props.get("date")
        if not held or not date or len(held) != 10 or len(date) != 10:
            return not held or not date or held[:7] == date[:7]
        gap = dt.date.fromisoformat(date) - dt.date.fromisoformat(held)
        return abs(gap.days) <= 3

    def _a_gathering(self, mid: str) -> bool:
        """A summit, dialogue or forum of its own name, not an encounter named for its people."""
        node = self.batch.nodes[mid]
        return (
            # "the second summit between Trump and Kim": named for its people, a summit still
            (mid not in self.unnamed or node.props.get("kind") == "summit")
            and mid not in self.encounters
            and mid not in self.ceremonies
            and mid not in self.signings
            and node.props.get("kind") not in ("call", "visit")
        )

    def _talks_of(self, people: list[str], earlier: list[str], here: list[str]) -> str:
        """The latest talks of `earlier` that the first of `people` sat in, when the sentence
        tells of no new meeting but a visit; or ''."""
        if not people or any(self.batch.nodes[m].props.get("kind") != "visit" for m in here):
            return ""
        return next(
            (
                m
                for m in reversed(earlier)
                if people[0] in self.seated.get(m, ())
                and self.batch.nodes[m].props.get("kind") == "meeting"
            ),
            "",
        )

    def _trip_of(self, people: list[str]) -> str:
        """The latest visit the first of `people` made in this document, or ''."""
        trips = [
            mid
            for mid, seated in self.seated.items()
            if people and people[0] in seated and self.batch.nodes[mid].props.get("kind") == "visit"
        ]
        return trips[-1] if trips else ""

    def _described_meetings(self, text: str, countries: list[str], orgs: list[str],
                            people: list[str], date: str | None,
                            named: bool = False) -> list[tuple[str, int]]:  # fmt: skip
        """Meetings named by who holds them, with where the sentence names them: 'a meeting of Quad foreign ministers',
        'the first meeting of defense ministers from the member states of the UN Command',
        and a second meeting the first is 'followed by'."""
        found = []
        parties = self._party_names(countries, people)
        for m in (hit for pattern in rules.MEETING_OF for hit in pattern.finditer(text)):
            group = re.sub(r"^the\s+", "", m.group("group")).strip()
            group = re.sub(r"(?<=[a-z]{2})\.$", "", group)  # the sentence's full stop
            if re.fullmatch(r"(?:two|three|four|five|both)\s+\w+", group):
                group = parties  # "the four countries": those taking part
            hosted = "noun" not in m.groupdict()
            if hosted:
                known = self.gaz.lookup(group)
                if not known or known[0].label != "Organization":
                    continue  # "hosted Japanese defence ministers" names no grouping
                if rules.SUMMIT_OF.search(text, m.end()):
                    continue  # "hosted NATO leaders for the alliance's summit": that summit
            role = " ".join(m.group("role").lower().split())
            if role == "counterparts":
                if re.match(r",?\s+[A-Z]", text[m.end() :]):
                    continue  # "her Quad counterparts Rubio, Iwaya and Jaishankar": an encounter
                # "Hayashi hosted his G7 counterparts": those holding his own office
                role = (
                    clauses.portfolio(self._title(people[0])) if people else None
                ) or "ministers"
            if group:
                noun = "meeting" if hosted else m.group("noun")
                name = f"{group} {role} {noun}"
                mid = self._meeting_node(name, date)
                if role in ("leaders", "heads of state"):
                    self.batch.nodes[mid].add_alias(f"{group} summit")  # as readers call it
                found.append((mid, m.start()))
        groupings = [o for o in orgs if self.batch.nodes[o].props.get("kind") in rules.GROUPINGS]
        held = rules.HELD_SUMMIT.search(text) if groupings and not named else None
        regions = (
            [rules.REGION_ADJECTIVES[r] for r in rules.REGION_ADJECTIVE.findall(text)]
            if held
            else []
        )
        if held and len(groupings) + len(regions) >= 2:
            # "Leaders of the GCC states and the Central Asian republics held their first joint
            # summit": the "GCC-Central Asia summit", attended by the blocs it names.
            blocs = [self._short(g) for g in groupings]
            mid = self._meeting_node(f"{'-'.join(dict.fromkeys([*blocs, *regions]))} summit", date)
            for gid in groupings:
                self._edge("ATTENDED", gid, mid, text, date, 0.55)
            found.append((mid, held.start()))
        for m in rules.SUMMIT_OF.finditer(text):
            # "his last summit of the Quad", "NATO's 75th-anniversary summit", "the alliance's
            # summit": a gathering of a grouping the sentence names.
            said = m.group("group") or m.group("group2")
            noun = m.group("noun") or m.group("noun2") or m.group("noun3")
            hit = self.gaz.lookup(said) if said else None
            if said is None and groupings:
                said = self.batch.nodes[groupings[0]].name
                hit = self.gaz.lookup(said)
            elif said and not hit:
                # "a summit of the Bay of Bengal Initiative for ... (BIMSTEC)": a long name
                # the pattern cut at its first small word, read whole by the gazetteer.
                whole = [g for g in groupings if self.batch.nodes[g].name.startswith(said + " ")]
                said = self.batch.nodes[whole[0]].name if whole else said
                hit = self.gaz.lookup(said) if whole else None
            if said and m.group("format"):
                fmt = f"{said}{m.group('format')}"
                found.append((self._meeting_node(f"{fmt} {noun}", date), m.start()))
            elif (
                hit
                and hit[0].label == "Organization"
                and hit[0].props.get("kind") in rules.GROUPINGS
            ):
                node = self.batch.nodes.get(node_id("Organization", hit[0].name))
                forms = [said, *(node.aliases if node else [])]
                short = min(forms, key=len)  # "NATO summit", not the alliance's full name
                found.append((self._meeting_node(f"{short} {noun}", date), m.start()))
        # "Lee and his counterpart Hamada ..., as the defense chiefs of the two neighbors sat
        # down": the two named, in an encounter of their own.
        # "Leaders from A, B and C met in Bangkok for the BIMSTEC Summit": the summit named.
        role_met = not rules.NICKNAME_OF.search(text) and len(people) < 2 and not named
        for m in rules.ROLE_MET.finditer(text) if role_met else ():
            # "Defence ministers of France, India and the UAE met in Abu Dhabi"
            span = m.group("list")
            listed = [
                c
                for c in countries
                if any(f in span for f in (self.batch.nodes[c].name, *self.batch.nodes[c].aliases))
            ]
            who = self._party_names(listed, []) if len(listed) > 1 else ""
            if who:
                role = " ".join(m.group("role").lower().split())
                if " and " in role:
                    # "The defence and foreign ministers of India and Australia met": a 2+2
                    entry = self._two_plus_two({self.batch.nodes[c].name for c in listed})
                    if entry:
                        found.append((self._dialogue_node(entry, [], "dialogue", date), m.start()))
                        continue
                    role = "2+2"
                found.append((self._meeting_node(f"{who} {role} meeting", date), m.start()))
        for m in rules.NICKNAME_OF.finditer(text):
            # 'The first "2+2" of the foreign and defence ministers of India and the Philippines'
            entry = self._two_plus_two({self.batch.nodes[c].name for c in countries})
            if entry:
                found.append((self._dialogue_node(entry, [], "dialogue", date), m.start()))
            elif parties:
                nick = self._meeting_node(f"{parties} 2+2", date)
                self.batch.nodes[nick].add_alias("2+2")
                found.append((nick, m.start()))
        for m in rules.LAUNCHED.finditer(text):
            # "launched a working group on critical minerals": the bodies and countries that
            # launched it sit in it; it has not met yet.
            bodies = [*orgs, *countries]
            homes = [c for c in (self._country_of_org(o) for o in orgs) if c]
            who = self._party_names([*countries, *homes], [])
            topic = " ".join((m.group("topic") or "").split())
            name = " ".join(x for x in (who, topic, m.group("what").lower()) if x)
            mid = self._meeting_node(name, date)
            for bid in bodies:
                self._edge("ATTENDED", bid, mid, text, date, 0.55, status="planned")
            found.append((mid, m.start()))
        sit_downs = rules.WHOSE_MEETINGS.search(text)  # one official's, each with its own guest
        for m in [] if sit_downs else rules.FOLLOWED_BY.finditer(text):
            what = re.sub(
                r"^(?:the\s+)?(?:allies|two sides|countries|ministers)[’']\s+", "", m.group("what")
            )
            what = rules.LEADING_ORDINAL.sub("", what)
            if parties:
                found.append((self._meeting_node(f"{parties} {what}", date), m.start()))
        return found

    def _meeting_node(self, name: str, date: str | None) -> str:
        known = self.gaz.lookup(name)
        if known and known[0].label == "Meeting":
            # "the Japan-Philippines 2+2": a standing dialogue, one node under its own name.
            return self._dialogue_node(known[0], [name], "dialogue", date)
        kind = "summit" if "summit" in name.lower() else "meeting"
        node = Node(node_id("Meeting", f"{name} {date or ''}"), "Meeting", name, [], {"kind": kind})
        if date:
            node.props["date"] = date
        return self.batch.add_node(node).id

    def _generic_meeting(self, lowered: str, countries: list[str], people: list[str],
                         date: str | None, met: bool,
                         item_meetings: list[str]) -> str | None:  # fmt: skip
        """An unnamed meeting between countries. With named officials at it, it is their
        encounter ('Austin–Kihara–Shin meeting'); without, it is named by the countries and the
        text's own words ('the national security advisers of the three nations met': the
        'Japan-South Korea-US trilateral national security advisers meeting'). A standing
        format ('2+2', a dialogue) keeps the countries' name either way."""
        apart = {name for group in self.side_by_side for name in group}
        if len(self.side_by_side) >= 2 and len(apart) == len(set(people)):
            return None  # "A and B held a bilateral meeting, while C met D": one each, below
        if rules.WHOSE_MEETINGS.search(lowered):
            return None  # "Modi's sit-downs included talks with A and a lunch with B": below
        seeing = self.in_turn
        if seeing and rules.SEEN_APART.search(lowered) and len(set(people)) == 1 + len(seeing[1]):
            return None  # "A held bilateral talks with B and C": one each, below
        # "the talks" alone points back at talks told before, and so do "the ministerial
        # meeting" and "his meeting with the prime minister" in an item that has one; "deepen
        # their dialogue" names no meeting at all.
        refers = (
            r"the (?!2\+2)\S+"
            if not item_meetings
            else r"(?:the|his|her) (?!2\+2)(?!first|next)[^,;]+"
        )
        aside = rules.ACCOMPANIED_ASIDE.search(lowered)
        # "He did not hold a bilateral meeting with Xi": a meeting that never was.
        never = [n.span() for n in rules.NO_ENCOUNTER.finditer(lowered)]
        event = next(
            (
                e
                for e in rules.EVENT_NOUN.finditer(lowered)
                if not re.fullmatch(refers, e.group(0))
                and not any(a <= e.start() < b for a, b in never)
                and not rules.ONGOING.search(lowered[: e.start()])
                # "called on Wong, a meeting also attended by Zaqy": the call, told again
                and not (aside and aside.start() <= e.start() < aside.end())
            ),
            None,
        )
        if event is None and not people:
            event = rules.HELD_TALKS.search(lowered)
        role = rules.ROLE_OF.search(lowered) or rules.ROLE_OF_NAMED.search(lowered)
        if role and event and role.group("role") in rules.UNRANKED_ROLES:
            role = None  # "Turkish and Israeli officials held a technical meeting": that meeting
        between = re.match(r"\s+between\s+([^,;.]+)", lowered[event.end() :]) if event else None
        if between:
            # "Oman hosted talks between Iran and the United States": the host is no side.
            sides = [
                c
                for c in countries
                if any(
                    f.lower() in between.group(1)
                    for f in (self.batch.nodes[c].name, *self.batch.nodes[c].aliases)
                )
            ]
            countries = sides if len(sides) >= 2 else countries
        parties = self._party_names(countries, people)
        if parties.count("-") < 1 or not (event or (met and role)):
            return None
        if role:
            noun = event.group("noun") if event else "meeting"
            size = {3: "trilateral ", 4: "quadrilateral "}.get(parties.count("-") + 1, "")
            said = " ".join(role.group("role").split())
            said = rules.ROLE_PLAIN.get(said, said)
            name = " ".join(f"{parties} {size}{said} {noun}".split())
        else:
            assert event is not None
            phrase = re.sub(r"^(?:a|an|their|its|the)\s+", "", event.group(0))
            name = f"{parties} {rules.LEADING_ORDINAL.sub('', phrase)}"
            noun = event.group("noun")
        # 'the "two-plus-two"' is a 2+2 by any spelling.
        name = re.sub(r"[\"“”]", "", rules.TWO_PLUS_TWO.sub("2+2", name))
        noun = rules.TWO_PLUS_TWO.sub("2+2", noun).strip('"“”')
        kind = "summit" if noun == "summit" else "dialogue" if noun == "dialogue" else "meeting"
        named = list(dict.fromkeys(people))
        if len(named) >= 2 and noun not in ("2+2", "dialogue") and not role:
            key = f"{self._surnames(sorted(named, key=self._family))} meeting {date or ''}"
            word = noun if noun in ("summit", "talks") else "meeting"
            name = f"{self._surnames(named)} {word}"
            aliases = self._other_orders(named, "meeting", name=name)
            aliases += self._group_names(named, "meeting", lowered)
            self.encounters.add(node_id("Meeting", key))
        else:
            known = self.gaz.lookup(name)
            if known and known[0].label == "Meeting":
                return self._meeting_node(name, date)  # a standing dialogue the gazetteer knows
            key = f"{name} {date or ''}"
            aliases = []
        mid = Node(node_id("Meeting", key), "Meeting", name, aliases, {"kind": kind})
        if date:
            mid.props["date"] = date
        if event:
            # Where the words naming it stand: "agreed to hold a dialogue" before them.
            self.spot.setdefault(mid.id, event.start())
        return self.batch.add_node(mid).id

    def _bodies_meeting(self, text: str, orgs: list[str], homes: list[str], date: str | None,
                        item_meetings: list[str]) -> str | None:  # fmt: skip
        """'South Korea's intelligence service and Japan's police agency held talks on cyber
        threats': a meeting of state bodies of different countries, named by the countries;
        the bodies sat at it."""
        lowered = text.lower()
        mid = self._generic_meeting(lowered, homes, [], date, True, item_meetings)
        if mid is None and re.search(r"\b(?:held|hold|holds)\s+talks\b", lowered):
            mid = self._meeting_node(f"{self._party_names(homes, [])} talks", date)
        if mid is None:
            return None
        for oid in orgs:
            if self._country_of_org(oid):
                self._edge("ATTENDED", oid, mid, text, date, 0.6)
        return mid

    def _meeting(self, m: Mention, date: str | None, mentions: list[Mention], before: str) -> str:
        aliases = [m.props["acronym"]] if m.props.get("acronym") else []
        name, entry = m.name, m.entry
        named = set(self._countries_named_in(name))
        if entry is None and name.endswith("2+2"):
            # "the Australia-U.S. 2+2" is the dialogue of those two countries, if one is known.
            entry = self._two_plus_two(named)
        elif entry is None and not named:
            # "Japan and Australia held their Foreign and Defence Ministerial Consultations":
            # the dialogue of that name between the countries the sentence names.
            here = {x.entry.name for x in mentions if x.label == "Country" and x.entry}
            known = [
                e
                for e in self.gaz.dialogues
                if len(here) > 1
                and set(e.props["members"]) == here
                and any(f.endswith(f" {name}") for f in (e.name, *e.props["aliases"]))
            ]
            entry = known[0] if known else None
        if entry is not None and entry.label == "Meeting":
            name = entry.name
        kind = "dialogue" if "Dialogue" in name else "summit" if "Summit" in name else "meeting"
        council = rules.HEADS_COUNCIL.match(name)
        if council:
            # "the SCO Council of Heads of State" is what most reports call the SCO summit.
            aliases.append(f"{council['body']} Summit")
            kind = "summit"
        if entry is not None and entry.label == "Meeting":
            aliases = clauses.dialogue_aliases(entry, [*aliases, m.name])
        elif len(name.split()) >= 3 and not (
            rules.EDITION_BEFORE.search(before) or rules.EDITION_BEFORE.match(name + " ")
        ):
            # "the Pacific Islands Forum Foreign Ministers Meeting", then "the annual Forum
            # Foreign Ministers Meeting": the end of a name the document gave in full (not "the
            # next Defence Policy Dialogue", another edition).
            fuller = [
                n.id
                for n in self.batch.nodes.values()
                if n.label == "Meeting" and n.name.lower().endswith(" " + name.lower())
            ]
            if len(fuller) == 1:
                self.batch.nodes[fuller[0]].add_alias(name)
                return fuller[0]
        mid = self._node("Meeting", name, aliases, kind=kind, date=date)
        for alias in aliases:
            self.alias_to_meeting[alias] = mid
        if m.surface.lower() != name.lower() and entry is None:
            self.batch.nodes[mid].add_alias(m.surface)  # "the Group of Seven summit", searchable
        return mid

    def _place_in_name(self, mid: str, text: str) -> None:
        """'The Camp David summit', 'the Munich Security Conference': a meeting whose name
        begins with a town or a base sat there."""
        words = self.batch.nodes[mid].name.split()
        for n in (3, 2, 1):
            hit = self.gaz.lookup(" ".join(words[:n])) if len(words) > n else None
            if hit is None:
                continue
            if words[n].lower() in ("group", "club", "process", "format"):
                return  # "the Lima Group", "the Astana format": named for where it began
            entry, role = hit
            if entry.label == "Location" and entry.props.get("kind") not in ("sea", "region"):
                place, country = entry.name, entry.props.get("country")
            elif entry.label == "Country" and (
                role == "capital" or entry.name in rules.CITY_STATES
            ):
                place = entry.props["capital"] if role == "capital" else " ".join(words[:n])
                country = entry.name
            else:
                return
            lid = self._node("Location", place, [], country=country)
            date = self.batch.nodes[mid].props.get("date")
            self._edge("LOCATED_IN", mid, lid, text, date, 0.55)
            return

    def _two_plus_two(self, members: set[str]) -> Entry | None:
        """The standing '2+2' of exactly these countries, if the gazetteer knows one."""
        known = [e for e in self.gaz.nicknamed.get("2+2", []) if set(e.props["members"]) == members]
        return known[0] if known else None

    def _dialogue_node(self, entry: Entry, said: list[str], kind: str, date: str | None) -> str:
        """A standing dialogue's node, under its own name."""
        aliases = clauses.dialogue_aliases(entry, said)
        return self._node("Meeting", entry.name, aliases, kind=kind, date=date)
