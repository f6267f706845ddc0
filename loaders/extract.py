"""Rule-based extraction: per sentence, mentions and trigger words become nodes and edges."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Protocol

from ..graph.model import Batch, node_id
from . import clauses, frames, rules
from .dates import resolve_dates
from .docstate import ItemNotes, SentenceRead
from .documents import Document
from .drills import DrillFrames
from .frames import Parse
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import Mention, find_mentions, persons_mistagged
from .names import family_name
from .nlp import ParsedItem, parse_items

__all__ = ["Extractor", "RuleExtractor"]


# Groupings this small are named with their members in mind; larger ones are not.
_SMALL_GROUPING = 7


class _WordCounts:
    """How often each word of a text stands without a given neighbour, counted in one pass."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: dict[str, int] = {}
        self.pairs: dict[tuple[str, str], int] = {}
        last = None
        for m in re.finditer(r"\w+", text):
            word = m.group()
            self.words[word] = self.words.get(word, 0) + 1
            # "Prabowo Subianto", with nothing but spaces or a line break between: the name
            # told whole
            if last is not None and text[last.end() : m.start()].isspace():
                pair = (last.group(), word)
                self.pairs[pair] = self.pairs.get(pair, 0) + 1
            last = m

    def alone(self, word: str, other: str, before: bool = False) -> int:
        """Times `word` occurs not followed (or, `before`, not preceded) by `other`."""
        if not (word.isalnum() and other.isalnum()):
            # "Al-Sudani", "Jr.": words a one-pass count cannot see whole
            w, o = re.escape(word), re.escape(other)
            found = rf"(?<!{o}\s)\b{w}\b" if before else rf"\b{w}\b(?!\s+{o})"
            return len(re.findall(found, self.text))
        pair = (other, word) if before else (word, other)
        return self.words.get(word, 0) - self.pairs.get(pair, 0)


class Extractor(Protocol):
    """Anything that turns a document into a batch of nodes and edges."""

    def extract(
        self,
        document: Document,
        known: Container[str] = frozenset(),
        parsed: list[ParsedItem] | None = None,
    ) -> Batch:
        """Read one document; `known` are family names of officials seen before."""
        ...


class RuleExtractor:
    """spaCy NER for people and places, gazetteers for the rest, trigger words for relations."""

    def __init__(
        self, gazetteer: Gazetteer | None = None, never_link: set[str] | None = None
    ) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.never_link = {s.lower() for s in never_link or ()}

    def extract(
        self,
        document: Document,
        known: Container[str] = frozenset(),
        parsed: list[ParsedItem] | None = None,
    ) -> Batch:
        """Extract every fact of one document; `known` are family names seen in earlier ones.

        `parsed` is the output of `parse_items(document.items)` when it was computed elsewhere
        (in a worker process); otherwise it is computed here.
        """
        state = _DocState(self.gaz, document, self.never_link, known)
        for item in parsed if parsed is not None else parse_items(document.items):
            item_state = ItemNotes()
            state.place = state.gathering = ""
            for sentence, spans, parse in item:
                # "North Korea-Russia cooperation": NER keeps the hyphen on the first name.
                entities = [
                    (start, end - (sentence[end - 1] in "-–"), label) for start, end, label in spans
                ]
                persons = [(start, end) for start, end, label in entities if label == "PERSON"]
                persons += persons_mistagged(
                    sentence, [(start, end) for start, end, label in entities if label != "PERSON"]
                )
                persons += state.known_officials(sentence, persons)
                # "NANCY, France — ... on Nancy's Place Stanislas": a place the document named.
                persons = [
                    (start, end)
                    for start, end in persons
                    if node_id("Location", sentence[start:end]) not in state.batch.nodes
                ]
                places = [
                    (start, end, sentence[start:end])
                    for start, end, label in entities
                    if label in ("GPE", "LOC", "FAC")
                    # "the North", "East and South China Seas": a direction, not a place
                    and not rules.COMPASS.fullmatch(sentence[start:end])
                ]
                orgs = [
                    (start, end)
                    for start, end, label in entities
                    if label == "ORG" and not any(start <= a < end for a, _ in persons)
                ]
                names = _Either(known, state.people)
                mentions = find_mentions(sentence, persons, self.gaz, names, orgs)
                mentions = state.described(sentence, mentions, item_state)
                _read_frames(state, sentence, mentions, parse)
                acts = clauses.two_acts(sentence, mentions, places)
                for text, said, where in acts or [(sentence, mentions, places)]:
                    state.sentence(text, said, where, item_state, whole=sentence)
            state.previous_people = item_state.people or state.previous_people
            state.recent_people = [
                *(p for p in state.recent_people if p not in item_state.people),
                *item_state.people,
            ]
            state.previous_countries = item_state.countries or state.previous_countries
        state.finish()
        return state.batch


def _read_frames(
    state: _DocState, sentence: str, mentions: list[Mention], parse: Parse | None
) -> None:
    """What the parse tells of the sentence's officials: who stands only outside its event
    frames ("Cho, who accompanied Lee, held talks with Iwaya": Lee), and who, alone, met several
    others listed as the object ("Modi met Kono and Seko"), by name."""
    state.outside, state.in_turn = set(), None
    if parse is None:
        return
    people = [m for m in mentions if m.label == "Official"]
    spans = [(m.props.get("name_start", m.start), m.end) for m in people]
    out = set(frames.outside_frames(parse, sentence, spans))
    inside = {m.name for n, m in enumerate(people) if n not in out}
    state.outside = {m.name for n, m in enumerate(people) if n in out} - inside
    seeing = frames.one_sees_several(parse, sentence, spans)
    if seeing:
        state.in_turn = (people[seeing[0]].name, {people[n].name for n in seeing[1]})


class _Either:
    """Family names known before this document, or single-word names seen in it, without copying."""

    def __init__(self, known: Container[str], people: dict[str, str]) -> None:
        self.known = known
        self.people = people

    def __contains__(self, name: object) -> bool:
        return name in self.known or (
            isinstance(name, str) and " " not in name and name in self.people
        )


class _DocState(DrillFrames):
    """Builds the batch for one document, sentence by sentence: each sentence's mentions are
    resolved to nodes, then the meeting, instrument and drill frames read their facts."""

    def sentence(self, text: str, mentions: list[Mention], places: list[tuple[int, int, str]],
                 item: ItemNotes, whole: str = "") -> None:  # fmt: skip
        """Read one sentence of an item: its mentions as nodes, then each frame's facts."""
        self._evidence = text
        self._said = whole or text  # the evidence of every fact: the sentence as written
        self._frame = ""
        meetings_before = len(item.meetings)
        # Plans look ahead: "to join Yama Sakura in December" is the coming December. A future
        # word after the date ("signed on Dec. 14 a convention creating the body that will run
        # ...") leaves the date in the past.
        plan = rules.FUTURE.search(text)
        announced = rules.SAID_THAT.search(text)
        if plan is None and announced:
            plan = rules.WOULD.search(text, announced.end())  # "announced that Suga would travel"
        if plan and rules.DONE_THEN_CLAUSE.search(text, 0, plan.start()):
            plan = None  # "inked an accord under which France will provide": the accord's plan
        saying = clauses.saying(text, plan, announced)
        looking_back = clauses.outside(resolve_dates(text, self.doc.date), saying)
        today = self.doc.date.isoformat() if self.doc.date else None
        # "May 12 — Iwaya will travel to Seoul": a past day heading the item is when it was
        # reported, so the plan still comes first.
        event_dates = looking_back
        if plan and today and not rules.PAST_ACT.search(text, 0, plan.start()):
            event_dates = [
                (at, iso)
                for at, iso in looking_back
                if iso > today or not clauses.report_day(text, at)
            ]
        ahead = plan is not None and (not event_dates or plan.start() < event_dates[0][0])
        if ahead:
            dates = clauses.outside(resolve_dates(text, self.doc.date, forward=True), saying)
            if event_dates != looking_back:
                dates = [(at, iso) for at, iso in dates if not clauses.report_day(text, at)]
        else:
            dates = looking_back
        date = clauses.event_date(text, dates, item.date, self.last_date, today)
        # "They agreed to meet again at the G20": a plan without a day is not on the item's.
        undated_plan = ahead and not dates and date == item.date
        if plan and rules.AND_THEN.search(text, 0, plan.start()):
            undated_plan = False  # "agreed to expand exchanges and to meet again": done there
        if undated_plan:
            date = None
        # An event still to come: attended "planned", and nobody has met anybody yet.
        later = bool(rules.LATER.search(text))
        self._planned = ahead and (date is None or today is None or date > today or later)
        # "Jun. 15-16: Switzerland will hold the summit", in a digest of May 31: still to come.
        self._planned |= bool(plan and date and today and date > today)
        if self._planned and later and date and today and date[:7] <= today[:7]:
            date = None  # "will meet next month, officials said on Monday": Monday is the saying
        item.date = date or item.date
        self.last_date = item.date or self.last_date
        lowered = text.lower()
        read = self._resolve(text, mentions, places, item, date)
        ids, officials, spot = read.ids, read.officials, read.spot
        countries, orgs, meetings = read.countries, read.orgs, read.meetings
        agreements, exercises, locations = read.agreements, read.exercises, read.locations
        country_venues, named_here = read.country_venues, read.named_here

        locations = self._venues(text, locations, spot) or country_venues
        if rules.MOVED_ON.search(text) and not locations:
            self.place = ""  # "Wang went on to talks with ...": no longer where he was
        # Acronyms of meetings seen earlier ("the EDD") and "the dialogue" refer back, unless the
        # acronym is part of a name given here ("a U.S.–Philippines 2+2" is not the earlier 2+2).
        for acronym, mid in self.alias_to_meeting.items():
            for hit in re.finditer(rf"(?<![\w+]){re.escape(acronym)}(?![\w+])", text):
                inside = any(m.start <= hit.start() < m.end for m in mentions)
                if not inside and mid not in meetings:
                    meetings.append(mid)
        # A paragraph of an article may refer to the meeting an earlier one reported; "the talks
        # follow a Nov. 3-4 visit" of another day is about the visit, not the talks.
        present_only = False
        if not meetings:
            # The item's own meeting may run for days; an earlier item's must be that day's.
            earlier = item.meetings or self.meetings
            # "Wednesday's session" after a paragraph about June's talks: that day's meeting.
            that_day = [m for m in earlier if self._same_day(m, date, strict=not item.meetings)]
            meetings = self._meeting_referred_to(lowered, that_day)
            present = rules.TOOK_PART_IN_IT.search(text)
            if present is None and not rules.ON_THE_TRIP.search(lowered):
                present = rules.ENTOURAGE.search(text)
            if not meetings and present and officials and not exercises and not item.exercises:
                # "Senior officials of both countries took part, among them A and B", "Mr Singh
                # was accompanied by A and B": in the meeting just told of, where they sat
                # without meeting each other for that; the talks, not the trip they came on.
                sitting = [t for t in that_day if self.batch.nodes[t].props.get("kind") != "visit"]
                # "Attendees included ..." after "Before it opened he met Meloni": the summit.
                listing = rules.ATTENDEES.search(text)
                named_by_people = self.unnamed | self.encounters
                gatherings = [t for t in sitting if t not in named_by_people] if listing else []
                meetings = (gatherings or sitting or that_day)[-1:]
                present_only = True
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
        ]
        agreements = clauses.or_earlier(
            agreements, item.agreements or self.agreements[-1:], rules.THE_AGREEMENT, lowered
        )
        self.agreements.extend(a for a in agreements if a not in self.agreements)

        # "The allies also plan ...": the group is named before anyone else.
        ref = rules.GROUP_REF.search(text)
        first_ref = ref.start() if ref else len(text)
        alone = bool(ref) and all(
            m.start > first_ref for m in mentions if m.label in ("Country", "Official")
        )
        group_countries = (
            self._group_countries(item, alone=alone) if rules.GROUP_REF.search(text) else []
        )
        item.countries.extend(c for c in countries if c not in item.countries)
        item.meetings.extend(m for m in meetings if m not in item.meetings)
        item.agreements.extend(a for a in agreements if a not in item.agreements)
        item.exercises.extend(e for e in exercises if e not in item.exercises)
        self.exercises.extend(e for e in exercises if e not in self.exercises)
        people = list(dict.fromkeys(oid for _m, oid in officials))
        named_before = self._people_referred_to(text, item, officials)
        named_before += [
            p for p in self._counterparts_referred_to(text, item) if p not in named_before
        ]
        people = named_before + [p for p in people if p not in named_before]
        if not named_before:
            people += [
                p for p in self._object_referred_to(text, item, officials) if p not in people
            ]
        item.people.extend(p for p in people if p not in item.people)
        for oid in people:
            self.told_of[oid] = self.told_of.get(oid, 0) + 1
        if group_countries:
            # "the three nations met": the group named before acted, with anyone named now.
            countries = group_countries + [c for c in countries if c not in group_countries]
        witnesses, actors = self._cast(text, officials, people, named_before, date)
        paired = self._met_between(text, officials, locations, spot, dates, item, date)
        actors = [p for p in actors if p not in paired]
        locations = [lid for lid in locations if lid not in paired]

        # The countries the sentence names, and those of the state bodies it names: the
        # parties an unnamed instrument or drill is named after.
        bodies_of = [c for c in (self._country_of_org(o) for o in orgs) if c]
        parties = list(dict.fromkeys([*countries, *bodies_of]))
        issued = bool(rules.ISSUED.search(lowered))
        # "concluded a 10-year framework": concluding an instrument is signing it.
        concluded = "conclud" in lowered and any(
            m.group(0)[:5].lower() == "concl" for m in rules.SIGNED_THING.finditer(text)
        )
        # "Ishiba and Rutte adopted a new Individually Tailored Partnership Programme", "Indonesia
        # concluded a Defence Cooperation Agreement with Australia": a named instrument agreed.
        adopted = any(
            rules.ADOPTED_BEFORE.search(text, 0, m.start)
            for m in mentions
            if m.label == "Agreement"
        )
        # "a memorandum that officials expect to be signed in Tokyo": no signing yet.
        to_come = [m.span() for m in rules.SIGN_AHEAD.finditer(lowered)]
        told_signed = any(
            not any(a <= m.start() < b for a, b in to_come) for m in rules.SIGN.finditer(lowered)
        )
        signed = told_signed or issued or concluded or adopted
        stated = rules.IN_STATEMENT.search(text)
        statement = None
        signing_parties = self._signing_parties(text, mentions, ids, parties) if signed else parties
        if signed or stated:
            # Leaders who witness a signing name the instrument when no one else does.
            for aid, start in self._unnamed_agreements(
                text, signing_parties, actors or witnesses, date, mentions
            ):
                spot.setdefault(aid, start)
                if stated and stated.start() <= start < stated.end():
                    statement = aid
                    if not signed:
                        continue  # issued by those who speak in it, below
                if aid not in agreements:
                    agreements.append(aid)
                    item.agreements.append(aid)
        if stated:
            # "In a joint statement titled the Wilmington Declaration": that one.
            titled = rules.TITLED.match(text, stated.end())
            if titled:
                statement = next((a for a in agreements if spot.get(a) == titled.end()), None)
            group = self._group_countries(item, people_first=True)
            # "Their joint statement voiced ...": those the sentence before named together.
            their = self.last_people if stated["their"] and len(self.last_people) >= 2 else []
            issuers, speakers = self._issuers(
                text, stated.end(), mentions, ids, group, named_before or their
            )
            if their:
                issuers = [c for c in dict.fromkeys(self._country_of(p) for p in their) if c]
                speakers = list(their)
            if statement is None and len(issuers) >= 2:
                # "In a joint statement the three condemned ...": one the text leaves unnamed.
                name = f"{self._party_names(issuers, [])} joint statement".strip()
                statement = self._agreement(name, date, [])
            for cid in issuers:
                if statement:
                    self._edge("SIGNED", cid, statement, text, date, 0.6)
                    self._edge("PARTY_TO", cid, statement, text, date, 0.6)
            for oid in speakers:
                if statement:
                    self._edge("SIGNED", oid, statement, text, date, 0.55)  # who issued it
        chaired = bool(rules.CHAIR.search(lowered))
        in_person = rules.IN_PERSON_CALL.sub("meeting", lowered)
        said_words = {m.group(0) for m in rules.CALL.finditer(in_person)}
        # "talked for 70 minutes" where the trip has put them in one city: face to face.
        face_to_face = said_words == {"talked"} and bool(locations or self.place)
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

        for mid, start in self._described_meetings(text, countries, orgs, actors, date):
            spot.setdefault(mid, start)
            if mid not in meetings:
                meetings.append(mid)
                item.meetings.append(mid)
        for mid, start in self._body_events(text, mentions, ids, date):
            spot.setdefault(mid, start)
            if mid not in meetings:
                meetings.append(mid)
                item.meetings.append(mid)
        # "met Goldberg to discuss the Nuclear Consultative Group": a topic, not where they met.
        meetings = [m for m in meetings if not rules.SPOKEN_OF.search(text[: spot.get(m, 0)])]
        # "held a phone conversation, during which they agreed to hold an SCC meeting": the
        # call happened; the meeting is still to come.
        future = [m for m in meetings if rules.TO_HOLD.search(text[: spot.get(m, 0)])]
        if future and called:
            meetings = [m for m in meetings if m not in future]
            for mid in future:
                for oid in actors:
                    self._edge("ATTENDED", oid, mid, text, date, 0.6, status="planned")
        ceremony_of = exercises[-1:] or item.exercises[-1:] or self.exercises[-1:]
        # "... with a ceremony at Fort Bonifacio, where Rojas unfurled the flag": those the
        # sentence names attend it, unless they also met there.
        attending = [] if met else actors
        for hit in rules.CEREMONY.finditer(text) if ceremony_of else ():
            # "The opening ceremony was attended by ...": a gathering of the drill's own.
            kind = (hit["kind"] or "opening").lower()
            name = f"{self.batch.nodes[ceremony_of[0]].name} {kind} ceremony"
            self._ceremony(name, hit.start(), attending, meetings, spot, item, text, date)
        for hit in rules.CHANGE_OF_COMMAND.finditer(text):
            # "presided over the change of command at INDOPACOM, where Paparo relieved
            # Aquilino": a ceremony each of them attended.
            name = f"{hit['unit']} change-of-command ceremony"
            self._ceremony(name, hit.start(), attending, meetings, spot, item, text, date)
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
        self._gatherings = set(gatherings)
        if aside and gatherings:
            self.gathering = gatherings[0]
        elif rules.SIDELINES_BARE.search(text):
            # "Hegseth moved through a series of bilaterals on the sidelines": of the gathering
            # the item, or the one before it, is about.
            so_far = [n for n, node in self.batch.nodes.items() if node.label == "Meeting"]
            self.gathering = next(
                (m for m in reversed([*so_far, *item.meetings]) if self._a_gathering(m)),
                self.gathering,
            )
        if gatherings and met and (len(actors) >= 2 or (not actors and self._group_met(lowered))):
            meetings = [m for m in meetings if m not in gatherings]
            for mid in gatherings:
                for oid in actors:
                    self._edge("ATTENDED", oid, mid, text, date, 0.65)
        held = rules.HELD.search(lowered)
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
        )
        went_on: list[str] = []
        if again:
            meetings.append(last_seen[0])
            went_on.append(last_seen[0])
        # "hosted a summit on Ukraine", "co-chaired a Franco-German ... Council": a meeting
        # named by the sentence's own words.
        gathering = rules.HOSTED_GATHERING.search(text) if not meetings and actors else None
        if gathering and not self._planned:
            self._named_by_words(gathering, "phrase", date, meetings, item, spot)
            met = True
        named = rules.CHAIRED_NAMED.search(text) if chaired and not meetings else None
        if named:
            self._named_by_words(named, "name", date, meetings, item, spot)
        if not meetings:
            # "The advisers of the three nations met to discuss arms sales to Russia": the
            # group referred to holds the meeting, not every country the sentence names.
            hosts = group_countries or countries
            generic = self._generic_meeting(lowered, hosts, actors, date, met, item.meetings)
            if generic:
                meetings.append(generic)
                item.meetings.append(generic)
        if not meetings and not actors and len(set(bodies_of)) >= 2 and (met or held):
            talks = self._bodies_meeting(text, orgs, bodies_of, date, item.meetings)
            if talks:
                meetings.append(talks)
                item.meetings.append(talks)
        # "the two secretaries" named in the item before may go on about its meeting.
        recent = item.meetings[-1:] or (self.meetings[-1:] if named_before else [])
        if (
            not meetings
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
                said_before = {
                    ids[i] for i, m in enumerate(mentions) if i in ids and m.end <= bare.start()
                }
                countries = [c for c in countries if c in said_before]
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
        met = (
            met
            or present_only
            or bool(
                meetings
                and (held or rules.ATTEND.search(lowered) or rules.TOOK_PART_IN_IT.search(text))
            )
        )
        if issued and not met and not meetings and not self._planned and locations:
            # "In Tokyo, he and PM Kishida issued a joint statement": issuers of two sides,
            # together in one place, met there.
            met = len(set(actors)) >= 2 and len({self._country_of(a) for a in actors}) >= 2
        if not exercises and not item.exercises:
            # In an item about a named drill, "combined field training" is that drill again.
            drill = self._generic_exercise(text, parties, locations, date)
            if drill:
                exercises.append(drill)
                item.exercises.append(drill)

        if chaired and actors:
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
            chairs = [o for o in actors if o not in told_after]
            for mid in targets:
                for oid in chairs:
                    self._edge("CO_CHAIRED", oid, mid, text, date, 0.8)
                for oid in [o for o in actors if o in told_after]:
                    self._edge("ATTENDED", oid, mid, text, date, 0.6)
                # "co-chaired the Franco-German Council": the countries it is framed between.
                named_in = self._countries_named_in(self.batch.nodes[mid].name)
                framed = [c for c in map(self._country_named, named_in) if c]
                for cid in dict.fromkeys([*holders, *(framed if len(framed) >= 2 else [])]):
                    self._edge("ATTENDED", cid, mid, text, date, 0.6)
                self._pairwise_met(chairs, text, date, 0.7)
        # A signing with no meeting named is its own encounter: no second one is read from it.
        # A signing is its own encounter, unless what was signed could not be read: then the
        # sentence's meeting ("welcomed Marape ..., where the two signed ...") still is one.
        ceremony: str | None = "" if signed and not issued and agreements else None
        if signed and [p for p in people if p not in witnesses] and agreements:
            named_at = {a: spot[a] for a in agreements if a in spot}
            placed = [(m.props["name_start"], oid) for m, oid in officials]
            every = clauses.signings(text, placed, named_at, dates)
            for signing in every:
                ceremony = self._signing(signing, len(every), agreements, actors, witnesses,
                                         countries, signing_parties, orgs, meetings, issued,
                                         text, date, locations, item, ceremony)  # fmt: skip
            met = met or bool(meetings)  # "held talks and signed": the signatories were there
            # Officials the sentence names beside a signing told in a clause ("met Marape to
            # discuss the agreement that Blinken and Daki signed in May") met on their own.
            told = {p for signing in every for p in signing.signers}
            if told:
                actors = [p for p in actors if p not in told]
                ceremony = ceremony if len(every) > 1 else None
        elif signed and agreements and (countries or orgs):
            ceremony = self._states_sign(
                text, mentions, read.ids, agreements,
                [c for c in countries if c in signing_parties], orgs,
                [] if issued else witnesses, locations, item, date,
            ) or ceremony  # fmt: skip
        elif signed and not agreements and not issued and len(set(witnesses)) >= 2:
            # "Widodo and Morrison witnessed the signing of two cooperation documents": the
            # ceremony, which the signatories the item names next will join.
            lookers = list(dict.fromkeys(witnesses))
            ceremony = self._encounter(
                lookers, "signing meeting", text, date, locations, 0.65, item
            )
            sides = self._party_names([], lookers)
            self.batch.nodes[ceremony].add_alias(f"{sides} signing ceremony")
            self.ceremony_seen = ceremony
        elif signed and not agreements and not issued and not meetings and not self._planned:
            ceremony = self._unread_signing(
                text, officials, actors, witnesses, locations, item, date
            ) or ceremony  # fmt: skip
        told_before = bool(meetings) and all(mid in went_on for mid in meetings)
        earlier = item.meetings[:meetings_before]
        joined = not chaired and rules.JOINED_IN.search(text)
        seen = [*earlier, *self.meetings]  # told of before this sentence
        if joined and meetings and all(mid in seen for mid in meetings):
            # "Modi was accompanied by A and B", "C later joined the discussion": aides seated
            # beside the principals, who met each other when the meeting was told of.
            for oid in actors:
                self._edge("ATTENDED", oid, meetings[-1], text, date, 0.65)
        elif joined and not meetings and rules.ACCOMPANIED.search(text):
            # "The Minister is accompanied by A, B and C": they are on the visit with him; his
            # delegation, who do not meet one another.
            for oid in actors[1:] if (trip := self._trip_of(actors[:1])) else []:
                self._edge("ATTENDED", oid, trip, text, date, 0.6)
        elif met and not chaired:
            if told_before and issued and len(set(actors)) >= 2:
                # "D and E also took part. The six leaders issued a joint statement": all who
                # speak together at the meeting met there, those only present before too.
                for oid in actors:
                    self._edge("ATTENDED", oid, meetings[-1], text, date, 0.65)
                self._pairwise_met(actors, text, date, 0.65)
            elif told_before:
                pass  # who sat there, and who met whom, was read when the meeting was named
            elif meetings:
                self._seat(text, mentions, read, meetings, [*actors, *witnesses],
                           [] if present_only else actors, group_countries, countries,
                           date)  # fmt: skip
            elif len(actors) > 1 and ceremony is None and not (undated_plan and last_seen):
                # "They agreed to meet again": no new encounter of those who just met.
                self._encounters(text, officials, actors, called, locations, item, date)
        self._visits(text, officials, [*locations, *country_venues], spot, date, item)
        for lid in [*locations, *country_venues]:
            at = spot.get(lid)
            if at is not None and rules.NOW_IN.search(text[:at]) and not self._planned:
                # "The acting secretary ended the trip in Tokyo with a string of meetings": the
                # city the item's next encounters sit in.
                self.place = lid
        self._nesting(text, mentions, ids, [*locations, *named_here])
        self._bind(text, agreements, [] if signed else [*countries, *people], date)
        events = [*meetings, *exercises]
        new_here = [m for m in item.meetings[meetings_before:] if m not in events]
        self._hosting(text, mentions, read, [*events, *gatherings, *new_here], meetings,
                      went_on, locations, events, countries, item, date)  # fmt: skip
        self._drills(text, mentions, read, exercises, meetings, countries or group_countries,
                     locations, events, item, date)  # fmt: skip
        self._cooperating(text, mentions, countries, orgs, date)
        self.last_people = people

    def _named_by_words(self, hit: re.Match[str], group: str, date: str | None,
                        meetings: list[str], item: ItemNotes, spot: dict[str, int]) -> None:  # fmt: skip
        """A meeting named by the words a pattern caught, as the sentence's and the item's."""
        mid = self._meeting_node(hit.group(group), date)
        meetings.append(mid)
        item.meetings.append(mid)
        spot.setdefault(mid, hit.start(group))

    def _unread_signing(self, text: str, officials: list[tuple[Mention, str]],
                        actors: list[str], witnesses: list[str], locations: list[str],
                        item: ItemNotes, date: str | None) -> str | None:  # fmt: skip
        """'That evening Zelensky and Montenegro put their names to Portugal's agreement':
        what was signed goes unread, but the signatories of two sides met to sign it."""
        verb = rules.SIGN.search(text.lower())
        if verb is None or witnesses:
            return None
        ahead = [(m, oid) for m, oid in officials if m.end <= verb.start()]
        signers = list(dict.fromkeys(oid for _, oid in ahead if oid in actors))
        latest = (item.meetings or self.meetings)[-1:]
        seated = {p for m in latest if self._same_day(m, date) for p in self.seated.get(m, ())}
        if (
            len(signers) < 2
            or len({self._country_of(p) for p in signers}) < 2
            or set(signers) <= seated  # signed at the meeting just told of
            # they are who signed ("A and B, the ministers, then signed"), not "a pact signed
            # last year" or "as the agencies signed"
            or not rules.SIGNERS_GAP.fullmatch(text, ahead[-1][0].end, verb.start())
            or self._long_before(text[verb.end() :])
        ):
            return None
        return self._encounter(signers, "signing meeting", text, date, locations, 0.65, item)

    def _signing(self, signing: clauses.Signing, of: int, agreements: list[str],
                 actors: list[str], witnesses: list[str], countries: list[str],
                 parties: list[str], orgs: list[str],
                 meetings: list[str], issued: object, text: str, date: str | None,
                 locations: list[str], item: ItemNotes, ceremony: str | None) -> str | None:  # fmt: skip
        """Who signed what in one signing of the sentence, and the ceremony it was."""
        signers = [p for p in signing.signers or actors if p not in witnesses]
        when = signing.date or date
        # Two signings in one sentence: each binds the countries its own signers speak for.
        homes = {self._country_of(p) for p in signers} if of > 1 else set()
        bound = [c for c in countries if c in parties and (not homes or c in homes)]
        for aid in signing.objects or agreements:
            if not self._one_per_partner(aid, signers, text, when):
                self._signed(aid, signers, bound, orgs, text, when)
        if meetings or not (len(signers) > 1 or witnesses) or issued:
            return ceremony
        signed_first = (signing.objects or agreements)[0]
        told = self.signed_at.get(signed_first) or self.ceremony_seen
        if told and self._same_day(told, when):
            # "The pact was signed for Japan by Kamikawa ...": the ceremony the article began
            # with, now with its signatories.
            ceremony = told
            for oid in signers:
                self._edge("ATTENDED", oid, ceremony, text, when, 0.7)
            self._pairwise_met(signers, text, when, 0.7)
        else:
            ceremony = self._encounter(signers, "signing meeting", text, when, locations, 0.7, item)
            # Also known by what was signed: "the Pacific security agreement signing", "the
            # Japan-India ACSA signing ceremony".
            for short in self._short_names(self.batch.nodes[signed_first]):
                self.batch.nodes[ceremony].add_alias(f"{short} signing ceremony")
            self.signed_at.setdefault(signed_first, ceremony)
        for oid in witnesses:
            self._edge("ATTENDED", oid, ceremony, text, when, 0.65)
        return ceremony

    def _cooperating(self, text: str, mentions: list[Mention], countries: list[str],
                     orgs: list[str], date: str | None) -> None:  # fmt: skip
        """COOPERATES_WITH: the countries of a sentence that speaks of cooperation, and the
        bodies of different countries it says work together."""
        lowered = text.lower()
        if rules.COOPERATE.search(lowered) and len(countries) > 1:
            status = (
                "considering"
                if rules.CONSIDER.search(lowered)
                else ("planned" if rules.PLAN.search(lowered) else "active")
            )
            for i, a in enumerate(countries):
                for b in countries[i + 1 :]:
                    self._edge("COOPERATES_WITH", a, b, text, date, 0.5, status=status)
        names = [(m.start, m.end) for m in mentions if m.label in ("Agreement", "Meeting")]
        if any(not clauses.in_spans(c.start(), names) for c in rules.COOPERATE.finditer(lowered)):
            # "cooperation between the Australian Defence Force and the Indonesian National
            # Armed Forces": bodies of different countries working together.
            bodies = [o for o in dict.fromkeys(orgs) if self.batch.nodes[o].props.get("country")]
            for i, a in enumerate(bodies):
                for b in bodies[i + 1 :]:
                    home_a = self.batch.nodes[a].props["country"]
                    if home_a != self.batch.nodes[b].props["country"]:
                        self._edge("COOPERATES_WITH", a, b, text, date, 0.45, status="active")
                        # JAXA working with ISRO is Japan working with India.
                        self._cooperation(
                            {self._country_of_org(a), self._country_of_org(b)}, text, date
                        )

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
                    if listed:
                        continue
                    self._edge("LOCATED_IN", ids[i], ids[i + 1], text, None, 0.6)

    def _venues(self, text: str, locations: list[str], spot: dict[str, int]) -> list[str]:
        """The places a sentence's events may have happened at, nearest first."""
        # "met in Tokyo, the first meeting held in Japan": the city says where, not the country.
        # "a free and open Indo-Pacific": a region spoken of, never where a meeting sat.
        locations = [lid for lid in locations if self.batch.nodes[lid].name not in rules.REGIONS]
        if any(lid not in self.datelined for lid in locations):
            # "SYDNEY — ... at Fleet Base East": the sentence's own place says where.
            locations = [lid for lid in locations if lid not in self.datelined]
        return clauses.where_it_happened(text, locations, spot)

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
        for i, m in enumerate(mentions):
            if m.label == "Country":
                before = text[: m.start]
                venue = (
                    rules.IN_COUNTRY.search(before)
                    and not rules.TOPIC_PLACE.search(before)
                    and not re.match(r"['’]s\b", text[m.end :])
                )
                # A city that is a state is, as a venue, a place like any other city.
                if venue and m.name in rules.CITY_STATES:
                    ids[i] = self._node("Location", m.name, [], country=m.name)
                else:
                    ids[i] = self._country(m)
                if venue:
                    # "met Wei in Singapore", "a visit to Japan": where it happened.
                    country_venues.append(ids[i])
                    spot.setdefault(ids[i], m.start)
                elif (
                    not rules.ADVERSARY_BEFORE.search(text[: m.start])
                    or rules.TAKING_PART.match(text, m.end)
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
                if city in self.batch.nodes:
                    # "at Hyderabad House", after New Delhi was named: the house is in the city.
                    self._edge("LOCATED_IN", ids[i], city, text, None, 0.55)
                if m.props.get("dateline"):
                    self.datelined.add(ids[i])
                if not rules.TOPIC_PLACE.search(text[: m.start]) and not m.props.get("region"):
                    locations.append(ids[i])
                    spot.setdefault(ids[i], m.start)
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
                chair = re.search(r"\bchair", text)  # "Widodo, as this year's ASEAN chair"
                named = [c for c in countries if c not in titling or chair]
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
        for start, end, name in places:
            if any(s < end and start < e for s, e in covered):
                continue
            # "across Queensland, the Northern Territory and New South Wales": a list of places.
            in_list = listed_end >= 0 and re.fullmatch(
                r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", text[listed_end:start]
            )
            # "at Fort Wainwright, Alaska", "at Clark Air Base in Pampanga": the place the
            # place before is in.
            known_places = [
                (m.end, ids[i])
                for i, m in enumerate(mentions)
                if i in ids and m.label == "Location"
            ]
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
                in_list = None  # "in Surabaya, East Java": a place and the one it is in
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

    def _ceremony(self, name: str, at: int, present: list[str], meetings: list[str],
                  spot: dict[str, int], item: ItemNotes, text: str,
                  date: str | None) -> None:  # fmt: skip
        """A ceremony the sentence names, among its meetings, attended by those present."""
        mid = self._meeting_node(name, date)
        self.ceremonies.add(mid)
        for oid in present:
            self._edge("ATTENDED", oid, mid, text, date, 0.6)
        spot.setdefault(mid, at)
        if mid not in meetings:
            meetings.append(mid)
            item.meetings.append(mid)

    def _given_name_callers(self) -> None:
        """'Minister Prabowo', 'Phumtham said': where a document calls someone by the first
        part of the name more than by the last, as Indonesian and Thai usage has it, that is
        how his encounters are named too ('Esper–Prabowo meeting')."""
        words = _WordCounts("\n".join(self.doc.items))
        called: dict[str, str] = {}
        for node in self.batch.nodes.values():
            tokens = node.name.split()
            if node.label != "Official" or len(tokens) != 2 or family_name(node.name) != tokens[1]:
                continue
            if words.alone(tokens[0], tokens[1]) > words.alone(tokens[1], tokens[0], before=True):
                called[tokens[1]] = tokens[0]
        if not called:
            return
        for mid in self.unnamed | self.encounters:
            node = self.batch.nodes[mid]
            # every order and wording a reader may use: "Albanese–Prabowo meeting" too
            for written in sorted({node.name, *node.aliases}):
                who, _, rest = written.partition(" ")
                parts = who.split("–")
                if any(p in called for p in parts):
                    node.add_alias(" ".join(["–".join(called.get(p, p) for p in parts), rest]))

    def _one_edition(self) -> None:
        """'Talisman Sabre' in a document about Talisman Sabre 2025 is that edition, when the
        document names no other."""
        drills = [n for n in self.batch.nodes.values() if n.label == "Exercise"]
        editions: dict[str, list[str]] = {}
        for node in drills:
            base = rules.EDITION.sub("", node.name)
            if base != node.name:
                editions.setdefault(base, []).append(node.id)
        for node in drills:
            found = editions.get(node.name, [])
            if len(found) == 1:
                self.batch.merge(node.id, found[0])
                self.batch.nodes[found[0]].add_alias(node.name)

    def _headline_meeting(self) -> None:
        """'Japan-Italy Defense Ministers' Meeting' over a release whose text tells only that
        one minister met the other: the first such encounter is the meeting of its title."""
        title = self.doc.title.strip()
        if not rules.HEADLINE_MEETING.fullmatch(title):
            return
        named = {n for n in self._countries_named_in(title)}
        folded = title.lower()
        meetings = [n for n in self.batch.nodes.values() if n.label == "Meeting"]
        if len(named) < 2 or any(
            folded in (f.lower() for f in (n.name, *n.aliases)) for n in meetings
        ):
            return
        for node in meetings:
            if node.id not in self.unnamed | self.encounters or node.props.get("kind") == "visit":
                continue
            seats = [e for e in self.batch.edges if e.type == "ATTENDED" and e.target == node.id]
            if any(e.props.get("status") == "planned" for e in seats):
                continue
            people = [e.source for e in seats if self.batch.nodes[e.source].label == "Official"]
            homes = {self.batch.nodes[p].props.get("country") for p in people}
            if len(homes) >= 2 and homes <= named:
                node.add_alias(title)
                date = node.props.get("date")
                for country in sorted(named):
                    cid = node_id("Country", country)
                    if cid in self.batch.nodes:
                        self._edge("ATTENDED", cid, node.id, title, date, 0.55)
                return

    def finish(self) -> None:
        """Document-wide facts: completed officials, surname merges, alliance members."""
        self._said = ""  # facts read from the whole document carry their own evidence
        for oid, (record, evidence) in self.completed.items():
            node = self.batch.nodes.get(oid)
            if node is None:
                continue
            when = self.doc.date.isoformat() if self.doc.date else None
            title = record.title_on(when)
            # The gazetteer's wording of an office the text already gave would repeat it.
            if title and not node.props.get("title"):
                node.props["title"] = title
                self._dated_title(node, title)
            cid = None if node.props.get("country") else self._country_named(record.country)
            if cid:
                node.props["country"] = record.country
                self._edge("REPRESENTS", oid, cid, evidence, None, 0.6)
        self._merge_surnames()
        self._one_edition()
        self._headline_meeting()
        self._given_name_callers()
        self._headline_statement()
        for node in self.batch.nodes.values():
            if node.label in ("Meeting", "Agreement"):
                # "Japan-US joint statement" is also the "Japan-U.S." one, "South Korea-US" the
                # "ROK-U.S." one: a reader searches either.
                spellings = {node.name, *node.aliases}
                for pattern, other in rules.PARTY_SPELLINGS:
                    spellings |= {pattern.sub(other, s) for s in spellings}
                for alias in sorted(spellings - {node.name, *node.aliases}):
                    node.add_alias(alias)
        for oid, (_mention, evidence) in self.alliances.items():
            members = self.gaz.forms.get(self.batch.nodes[oid].name)
            listed = members[0].props.get("members", []) if members else []
            if len(listed) <= _SMALL_GROUPING:
                # The Quad, AUKUS, the G7: a document that names one names its members as such.
                for member in listed:
                    member_id = self.mentioned_countries.get(member)
                    if member_id:
                        self._edge("MEMBER_OF", member_id, oid, evidence, None, 0.6)
                continue
            # NATO, ASEAN, the G20: only where a sentence says so ("joined NATO", "ASEAN
            # members Indonesia and Vietnam"), not for every member a document names.
            for text, countries in self.alliance_sentences.get(oid, []):
                if not rules.MEMBERSHIP.search(text):
                    continue
                for cid in countries:
                    if self.batch.nodes[cid].name in listed:
                        self._edge("MEMBER_OF", cid, oid, text, None, 0.6)
