"""Rule-based extraction: each sentence is read in stages (its time, the nodes its names stand
for, the meetings, signings and drills it tells of) into nodes and edges.

The stages are methods of one document state, built up a module at a time: `docstate` (nodes
and facts), `references` (who is meant), `meetings`, `instruments`, `drills`, `nodes`,
`sessions`, `signings` and `document_facts`; `sentence` below runs them in order."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Protocol

from ..graph.model import Batch, node_id
from . import clauses, frames, rules
from .docstate import ItemNotes, Told
from .document_facts import DocumentFacts
from .documents import Document
from .frames import Parse
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import (
    Mention,
    find_mentions,
    persons_mistagged,
    persons_rejoined,
    persons_untagged,
    place_list_mates,
    place_words_joined,
    reads_as_place,
    towns_named,
)
from .nlp import ParsedItem, parse_items
from .tense import read_when

__all__ = ["Extractor", "RuleExtractor"]


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
        state.issued_by(document.title, document.items, document.masthead)
        for item in parsed if parsed is not None else parse_items(document.items):
            item_state = ItemNotes()
            state.place = state.gathering = ""
            for sentence, spans, parse in item:
                # "North Korea-Russia cooperation": NER keeps the hyphen on the first name.
                entities = place_words_joined(
                    sentence,
                    persons_rejoined(
                        sentence,
                        [
                            (start, end - (sentence[end - 1] in "-–"), label)
                            for start, end, label in spans
                        ],
                    ),
                )
                persons = [(start, end) for start, end, label in entities if label == "PERSON"]
                persons += persons_mistagged(
                    sentence, [(start, end) for start, end, label in entities if label != "PERSON"]
                )
                persons += persons_untagged(
                    sentence, [(start, end) for start, end, _ in entities], self.gaz
                )
                persons += state.known_officials(sentence, persons)
                # "NANCY, France — ... on Nancy's Place Stanislas": a place the document named;
                # "Keris Woomera is the largest ...": a drill it named.
                persons = [
                    (start, end)
                    for start, end in persons
                    if not any(
                        node_id(label, sentence[start:end]) in state.batch.nodes
                        for label in ("Location", "Exercise")
                    )
                    # "St. James Jetty", "Fort Victoria": the rest of a place's name
                    and not _PLACE_HEAD.search(sentence, 0, start)
                    # "a post on X. He said": a sentence NER read on into
                    and not _LETTER_THEN_PRONOUN.fullmatch(sentence[start:end])
                ]
                # "in eastern Ladakh", "Sa Kaeo province": a place NER took for a person
                names = _Either(known, state.people)
                placed = [
                    (start, end)
                    for start, end in persons
                    if sentence[start:end].split()[-1] not in names
                    and reads_as_place(sentence, start, end)
                ]
                persons = [span for span in persons if span not in placed]
                places = [
                    (start, end, sentence[start:end])
                    for start, end, label in entities
                    if label in ("GPE", "LOC", "FAC")
                    # "the North", "East and South China Seas": a direction, not a place
                    and not rules.COMPASS.fullmatch(sentence[start:end])
                ]
                places += [(start, end, sentence[start:end]) for start, end in placed]
                mates = place_list_mates(
                    sentence, [(a, b) for a, b, _ in places], persons, self.gaz, names
                )
                places += mates
                persons = [
                    (a, b) for a, b in persons if not any(a < y and x < b for x, y, _ in mates)
                ]
                # "at Tema", "in Iqaluit": a town NER took for a body, a people or
                # a people's name; a full name stays a person's.
                towns = towns_named(
                    sentence,
                    [(a, b) for a, b, _ in places]
                    + [(a, b) for a, b in persons if " " in sentence[a:b]],
                    self.gaz,
                    state.mentioned_countries,
                    names,
                )
                places += towns
                persons = [
                    (a, b) for a, b in persons if not any(a < y and x < b for x, y, _ in towns)
                ]
                orgs = [
                    (start, end)
                    for start, end, label in entities
                    if label == "ORG"
                    and not any(start <= a < end for a, _ in persons)
                    and not any(start < y and x < end for x, y, _ in towns)
                ]
                mentions = find_mentions(sentence, persons, self.gaz, names, orgs)
                mentions = state.described(sentence, mentions, item_state)
                _read_frames(state, sentence, mentions, parse)
                acts = clauses.two_acts(sentence, mentions, places)
                for text, said, where in acts or [(sentence, mentions, places)]:
                    state.sentence(text, said, where, item_state, whole=sentence)
            if document.byline and not state.authors:
                state.authors = item_state.people[:1]  # the minister the byline names
            state.lead = state.lead or item_state
            state.carry_gatherings(item_state)
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
    frames ("Cho, who accompanied Lee, held talks with Iwaya": Lee), who, alone, met several
    others listed as the object ("Modi met Kono and Seko"), and who met whom in meetings told
    side by side ("Blinken met Chung and Austin met Suh"), by name."""
    state.outside, state.in_turn, state.side_by_side, state.side_spans = set(), None, [], []
    people = [m for m in mentions if m.label == "Official"]
    # "named for India's late Chief of Defence Staff, General Bipin Rawat": one who has died
    # takes part in nothing the sentence tells.
    late = {
        m.name
        for m in people
        if rules.THE_LATE.search(sentence, 0, m.props.get("name_start", m.start))
    }
    # "the first Japanese leader to do so since Shinzo Abe": a comparison, not a participant
    # (unless the sentence names him elsewhere too).
    since = [
        bool(rules.SINCE_WHOM.search(sentence, 0, m.start))
        # "since President Yoon's state visit to Washington": an event told of in passing,
        # read as such with its place
        and sentence[m.end : m.end + 2] not in ("'s", "’s")
        for m in people
    ]
    late |= {m.name for m, s in zip(people, since, strict=True) if s} - {
        m.name for m, s in zip(people, since, strict=True) if not s
    }
    if parse is None:
        state.outside = late
        return
    spans = [(m.props.get("name_start", m.start), m.end) for m in people]
    out = set(frames.outside_frames(parse, sentence, spans))
    out |= set(frames.bystanders(parse, sentence, spans))
    inside = {m.name for n, m in enumerate(people) if n not in out}
    state.outside = ({m.name for n, m in enumerate(people) if n in out} - inside) | late
    seeing = frames.one_sees_several(parse, sentence, spans)
    if seeing:
        state.in_turn = (people[seeing[0]].name, {people[n].name for n in seeing[1]})
    for who, whom, (start, end) in frames.side_by_side(parse, sentence, spans):
        # "met A and B separately": the cue may close the list as well as open it.
        if len(who) == 1 and (
            frames.IN_TURN_CUE.search(sentence, start, end)
            or frames.IN_TURN_AFTER.match(sentence, end)
        ):
            # "sat down with A and, in a separate meeting, with B": one encounter each
            for n in whom:
                state.side_by_side.append([people[who[0]].name, people[n].name])
                state.side_spans.append((start, spans[n][1]))
                start = spans[n][1]
            continue
        state.side_by_side.append([people[n].name for n in (*who, *whom)])
        state.side_spans.append((start, end))


_LETTER_THEN_PRONOUN = re.compile(r"[A-Z]\.\s+(?:He|She|It|They|We|This|That)")
_PLACE_HEAD = re.compile(r"\b(?:St\.?|Saint|Sainte|Fort|Mount|Mt\.?|Cape|Lake)\s+$")


class _Either:
    """Family names known before this document, or single-word names seen in it, without copying."""

    def __init__(self, known: Container[str], people: dict[str, str]) -> None:
        self.known = known
        self.people = people

    def __contains__(self, name: object) -> bool:
        return name in self.known or (
            isinstance(name, str) and " " not in name and name in self.people
        )


class _DocState(DocumentFacts):
    """Builds the batch for one document, sentence by sentence: each sentence's mentions are
    resolved to nodes, then the meeting, instrument and drill frames read their facts."""

    def sentence(self, text: str, mentions: list[Mention], places: list[tuple[int, int, str]],
                 item: ItemNotes, whole: str = "") -> None:  # fmt: skip
        """Read one sentence of an item: its mentions as nodes, then each frame's facts."""
        self._evidence = text
        self._said = whole or text  # the evidence of every fact: the sentence as written
        self._frame = ""
        meetings_before = len(item.meetings)
        when = read_when(text, self.doc.date, item.date, self.last_date)
        dates, date, undated_plan = when.dates, when.date, when.undated_plan
        self._planned = when.planned
        if not (when.planned and item.date):
            # "... receiving Xi at the BRICS summit in October. Putin then held talks with
            # Erdoğan": a plan's day is not the day the item goes on about.
            item.date = date or item.date
        self.last_date = item.date or self.last_date
        read = self._resolve(text, mentions, places, item, date)
        told = Told(text, mentions, read, item, date, dates)
        lowered = told.lowered
        ids, officials, spot = read.ids, read.officials, read.spot
        self.spot, self.dates_at = spot, dates
        countries, orgs, meetings = read.countries, read.orgs, read.meetings
        agreements, exercises, locations = read.agreements, read.exercises, read.locations
        country_venues, named_here = read.country_venues, read.named_here
        # "Right after RIMPAC, the destroyers trained off Hawaii in a four-nation exercise": a
        # drill that dates the sentence is not the one it tells of.
        exercises = [
            x for x in exercises if not rules.DRILL_AS_TIME.search(text, 0, spot.get(x, 0))
        ]

        locations = self._venues(text, locations, spot) or country_venues
        if rules.MOVED_ON.search(text) and not locations:
            self.place = ""  # "Wang went on to talks with ...": no longer where he was
        meetings, present_only = self._meetings_told(told, meetings)
        referred = [m for m in meetings if m not in read.meetings]
        if referred and len(meetings) == 1:
            # "Polish officials said the talks would shape a position ahead of the summit in
            # Vilnius": the talks referred to were placed already; this town is another's.
            away = set(self.elsewhere_than(told, referred[0]))
            locations = [lid for lid in locations if lid not in away]
        self._countries_present(told, meetings, countries)
        agreements = clauses.or_earlier(
            agreements, item.agreements or self.agreements[-1:], rules.THE_AGREEMENT, lowered
        )
        for reference in (rules.SIGNED_FOR, rules.THAT_AGREEMENT):
            agreements = clauses.or_earlier(agreements, item.agreements[-1:], reference, lowered)
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
        people, named_before = self._people_told(text, item, officials)
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
        signed, issued = self._signing_told(told)
        signing_parties = (
            self._signing_parties(text, mentions, ids, parties) if signed or issued else parties
        )
        self._statement(
            told, signed, signing_parties, agreements, actors or witnesses, named_before
        )
        self._statements_on_topics(told, actors)
        self._met_before(told)
        self._signatories_listed(text, mentions, ids, item, date)
        self._listed_instruments(told)
        chaired = bool(rules.CHAIR.search(lowered)) and not rules.CHAIRED_AFTER_TALKS.search(
            lowered
        )
        met, called = self._met_told(told, locations, signed)
        meetings, future = self._more_meetings(told, meetings, countries, actors, called)
        self._ceremonies(told, meetings, met, actors)
        meetings, gatherings = self._aside(told, meetings, met, actors)
        held = rules.HELD.search(lowered)
        last_seen, again = self._again(told, meetings, gatherings, actors, named_before)
        went_on: list[str] = []
        if again:
            meetings.append(last_seen[0])
            went_on.append(last_seen[0])
        hosts = group_countries or countries
        met = self._meeting_in_words(told, meetings, actors, hosts, bodies_of, chaired, met, held)
        # "held talks in which they agreed to hold a vice-ministerial dialogue": described in
        # words, and still to come.
        meetings, later = self._to_come(told, meetings, actors, called)
        future += [m for m in later if m not in future]
        plan = rules.PLAN_TO_HOLD.search(lowered)
        if plan and meetings and not called and set(meetings) <= set(future):
            # "The two leaders agreed to hold a summit": nothing done yet, all still to come.
            self._planned = not rules.MEET.search(lowered, 0, plan.start())
        met, countries = self._goes_on(told, meetings, went_on, actors, gatherings, future,
                                       named_before, countries, met, held)  # fmt: skip
        met = (
            met
            or present_only
            or bool(
                meetings
                and (
                    held
                    or rules.ATTEND.search(lowered)
                    or rules.TOOK_PART_IN_IT.search(text)
                    or rules.WHERE_THEY_AGREED.search(text)
                )
            )
        )
        if rules.NO_ENCOUNTER.search(lowered) and not meetings:
            met = called = False  # "No formal talks took place between Moon and Suga"
        agreed = rules.AGREED_THERE.search(text) and not rules.CALL.search(lowered)
        if (issued or agreed) and not met and not meetings and not self._planned and locations:
            # "In Tokyo, he and PM Kishida issued a joint statement", "In Hanoi he and Phuc
            # reached agreement on ...": two sides, together in one place, met there.
            met = len(set(actors)) >= 2 and len({self._country_of(a) for a in actors}) >= 2
        if (
            not exercises
            and (not item.exercises or len(exercises) < len(read.exercises))
            # "The last serial of the exercise was a recovery drill": a part of the one told of
            and not (self.exercises and rules.PART_OF_THE_DRILL.search(lowered))
        ):
            # In an item about a named drill, "combined field training" is that drill again,
            # unless the sentence names that drill only to date itself ("right after RIMPAC").
            drill = self._generic_exercise(text, parties, locations, date)
            if drill:
                exercises.append(drill)
                item.exercises.append(drill)

        if chaired and not meetings and rules.LED_DELEGATIONS.search(text):
            # "A and B led their delegations at the talks": talks the sentence leaves unnamed,
            # where the two heads of delegation met.
            chaired = False
        if chaired and actors:
            self._chairs(told, meetings, actors, countries, held, locations)
        ceremony, met, actors = self._signings(told, signed, issued, agreements, people, witnesses,
                                               actors, countries, signing_parties, meetings,
                                               locations, met)  # fmt: skip
        told_before = bool(meetings) and all(mid in went_on for mid in meetings)
        earlier = item.meetings[:meetings_before]
        joined = not chaired and rules.JOINED_IN.search(text)
        # "Macron flew into Noumea for a visit, accompanied by A and B": his party on the trip
        tail = rules.ACCOMPANIED_TAIL.search(text)
        travelling = (
            tail is not None
            and len({o for m, o in officials if m.start < tail.start()}) == 1
            and not rules.MEET.search(lowered, tail.start())
        )
        seen = [*earlier, *self.meetings]  # told of before this sentence
        # "He was accompanied on his visit by A and B": on the trip, not at its last meeting
        on_trip = rules.ON_THE_VISIT.search(text)
        if joined and meetings and not on_trip and all(mid in seen for mid in meetings):
            # "Modi was accompanied by A and B", "C later joined the discussion": aides seated
            # beside the principals, who met each other when the meeting was told of.
            for oid in actors:
                self._edge("ATTENDED", oid, meetings[-1], text, date, 0.65)
            self._across_the_table(meetings[-1], actors, text, date)
        elif (
            joined
            and not on_trip
            and (by := rules.ACCOMPANIED.search(text))
            and officials
            and officials[0][0].end <= by.start()
            and (talks := self._talks_of(actors, [*self.meetings, *earlier], meetings))
        ):
            # "Secretary Austin, who is making his first visit to Kenya, was accompanied by A and
            # B": his aides sat in on the talks the document told of, and met the other side.
            seated = sorted(self.seated.get(talks, ()))
            both_sides = rules.BROUGHT_TO_THE_TABLE.search(text)
            for oid in actors[1:]:
                self._edge("ATTENDED", oid, talks, text, date, 0.65)
                for other in [] if both_sides else seated:
                    self._pairwise_met([oid, other], text, date, 0.6)
            if both_sides:
                # "A was flanked by B, while C brought D to the table": the aides of both sides,
                # each across from the other side only.
                self._across_the_table(talks, actors, text, date)
        elif (
            (joined or travelling) and (on_trip or not meetings) and rules.ACCOMPANIED.search(text)
        ):
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
            elif meetings and len(set(actors)) >= 2 and rules.MARGINS_TO_MEET.search(text):
                # "used the margins of the summit to meet A and B": encounters of their own.
                self._encounters(text, officials, actors, called, locations, item, date)
            elif meetings:
                self._seat(text, mentions, read, meetings, [*actors, *witnesses],
                           [] if present_only else actors, group_countries, countries,
                           date)  # fmt: skip
            elif (
                len(actors) > 1
                and ceremony is None
                and not (undated_plan and last_seen)
                and not (self._only_invited(lowered) and [*locations, *country_venues])
            ):
                # "They agreed to meet again": no new encounter of those who just met. "A
                # invited B to visit Italy" is B's visit still to come, read with the visits.
                self._encounters(text, officials, actors, called, locations, item, date)
        self._stand_ins(told, meetings)
        self._visits(text, officials, [*locations, *country_venues], spot, date, item)
        if travelling and not meetings and (trip := self._trip_of(actors[:1])):
            for oid in actors[1:]:
                self._edge("ATTENDED", oid, trip, text, date, 0.6)
        for lid in [*locations, *country_venues]:
            at = spot.get(lid)
            if at is not None and rules.NOW_IN.search(text[:at]) and not self._planned:
                # "The acting secretary ended the trip in Tokyo with a string of meetings": the
                # city the item's next encounters sit in.
                self.place = lid
        self._nesting(text, mentions, ids, [*locations, *named_here])
        self._in_dateline_town(text, read.locations, item)
        self._bind(text, agreements, [] if signed else [*countries, *people], date)
        events = [*meetings, *exercises]
        new_here = [m for m in item.meetings[meetings_before:] if m not in events]
        self._hosting(text, mentions, read, [*events, *gatherings, *new_here], meetings,
                      went_on, locations, events, countries, item, date)  # fmt: skip
        self._drills(text, mentions, read, exercises, meetings, countries or group_countries,
                     locations, events, item, date)  # fmt: skip
        self._cooperating(text, mentions, countries, orgs, date)
        self._communique(told, meetings)
        self._adopted_by_gathering(told, agreements, meetings)
        # "The two governments concluded an MLSA. They also issued ...": still those people.
        led_by_group = not people and rules.GROUP_REF.match(text)
        self.last_people = self.last_people if led_by_group else people

    @staticmethod
    def _only_invited(lowered: str) -> bool:
        """'Modi invited Zelenskyy to visit India': no encounter but the invitee's visit still
        to come, unless the sentence tells of one besides ('met Mishustin and invited him to
        visit China')."""
        invite = rules.INVITED_TO_VISIT.search(lowered)
        rest = lowered[: invite.start()] + lowered[invite.end() :] if invite else ""
        return invite is not None and not rules.MEET.search(rest)

    def _cooperating(self, text: str, mentions: list[Mention], countries: list[str],
                     orgs: list[str], date: str | None) -> None:  # fmt: skip
        """COOPERATES_WITH: the countries of a sentence that speaks of cooperation, and the
        bodies of different countries it says work together."""
        lowered = text.lower()
        many = self._too_many_to_pair(len(countries), lowered)
        if rules.COOPERATE.search(lowered) and len(countries) > 1 and not many:
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
