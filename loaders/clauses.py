"""Where in a sentence things are said: the clause a signing is told in, who witnessed it,
which place belongs to which event, and which date an event takes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from . import rules
from .dates import resolve_dates
from .gazetteer import Entry
from .mentions import Mention


def dialogue_aliases(entry: Entry, said: list[str]) -> list[str]:
    """The other names of a standing dialogue: the forms the text gives, then the gazetteer's."""
    forms = [*said, *entry.props.get("aliases", [])]
    return list(dict.fromkeys(f for f in forms if f != entry.name))


def event_date(text: str, dates: list[tuple[int, str]], earlier: str | None,
               last: str | None, today: str | None = None) -> str | None:  # fmt: skip
    """When the sentence's event happened: a relative day, an 'on' date, or the item's date.

    `earlier` is the item's last date, `last` the document's: "Earlier the same day" may open
    a new item about the day the previous one reported. A sentence without a date of its own
    goes on about the item's last dated event.
    """
    anchor = earlier or last
    # "Pistorius, who had been sworn in the previous day": no day of the sentence's event.
    plain = rules.DATED_ASIDE.sub(" ", text)
    if anchor and len(anchor) == 10:
        for pattern, shift in rules.RELATIVE_DAY:
            if pattern.search(plain):
                day = dt.date.fromisoformat(anchor) + dt.timedelta(days=shift)
                return day.isoformat()
    for start, iso in dates:
        # "on Thursday": the weekday's span holds its own "on"
        if rules.ON_DATE.search(text[:start]) or text[start : start + 3].lower() == "on ":
            return iso
    spoken = rules.TODAY.search(text)
    if spoken and today and not dates:
        # "today signed", "yesterday announced": the document's own day, or the one before.
        shift = -1 if spoken.group(0).lower() == "yesterday" else 0
        return (dt.date.fromisoformat(today) + dt.timedelta(days=shift)).isoformat()
    for start, iso in dates:
        aside = (
            rules.ASIDE_DATE.search(text[:start])
            or rules.ASIDE_DATE_WORD.match(text, start)
            or rules.SINCE_BEFORE.search(text[:start])  # "since Trump took office in January"
            or rules.HELD_ASIDE.search(text[:start])
        )
        if not aside or dated_event_follows(text, start):
            return iso
    return earlier


def saying(
    text: str, plan: re.Match[str] | None, announced: re.Match[str] | None
) -> tuple[int, int]:
    """Where a sentence tells who announced a plan ("Kato announced on May 12 that Suga would
    travel ..."): a date there dates the saying, not the plan. (0, 0) when it tells none."""
    if not (plan and announced and plan.start() > announced.end()):
        return (0, 0)
    clause = max(text.rfind(". ", 0, announced.start()), text.rfind("; ", 0, announced.start()))
    return (clause + 1, announced.end())


def report_day(text: str, at: int) -> bool:
    """Whether the date at `at` heads the item ("Mar. 11 — ..."): the day of the report."""
    return bool(rules.REPORT_DAY.fullmatch(text, 0, at) and rules.REPORT_DAY_END.match(text, at))


def outside(dates: list[tuple[int, str]], span: tuple[int, int]) -> list[tuple[int, str]]:
    """The dates not written inside a span."""
    return [(at, iso) for at, iso in dates if not span[0] <= at < span[1]]


def told_apart(people: list[str], seated: set[str], text: str) -> bool:
    """Whether a sentence about people already seated at a meeting tells of another one:
    "In a separate bilateral meeting, the two ministers ...", or some of them "separately"."""
    return bool(
        (set(people) < seated and rules.APART.search(text))
        or rules.SEPARATE.search(text)
        or timed_apart(text)
    )


def timed_apart(text: str) -> bool:
    """Whether a sentence dates its act by an event it names as another: "Before the ceremony
    the two ministers paid a courtesy call on Marcos"."""
    return any(
        rules.TIMED_BY.search(text[: ref.start()].lower())
        for ref in rules.THAT_EVENT.finditer(text)
    )


def dated_event_follows(text: str, start: int) -> bool:
    """Whether the date at `start` is followed by the encounter it dates ('a Nov. 3-4 visit')."""
    after = re.match(r"\S+\s+\S+", text[start:])
    return bool(after and rules.DATED_EVENT.match(text, start + after.end()))


@dataclass
class Signing:
    """Who signed what, and when, as far as the words around the verb tell."""

    signers: list[str]
    objects: list[str]
    date: str | None


def signing(text: str, officials: list[tuple[int, str]], placed: dict[str, int],
            dates: list[tuple[int, str]]) -> Signing:  # fmt: skip
    """Signatories and signed instruments around the signing verb.

    "A and B signed X, which builds on Y": A and B signed X, not Y. "the agreement that A and B
    signed there in May": A and B, in May. "X was signed by A and B": A and B. Empty lists
    mean the words did not say, and the caller keeps the whole sentence.
    """
    verb = rules.SIGN_VERB.search(text)
    if verb is None:
        return Signing([], [], None)
    end = rules.CLAUSE_END.search(text, verb.end())
    clause_end = end.start() if end else len(text)
    if ":" in text[verb.end() : clause_end]:
        clause_end = len(text)  # "were adopted by the two leaders: A; B; and C": the list
    objects = [aid for aid, at in placed.items() if verb.end() <= at < clause_end]
    signers: list[str] = []
    start = 0
    by = rules.SIGNED_BY.match(text, verb.end())
    if by:
        signers = [oid for at, oid in officials if verb.end() < at < clause_end]
    else:
        relative = [m.end() for m in rules.RELATIVE.finditer(text, 0, verb.start())]
        if relative and any(relative[-1] < at < verb.start() for at, _ in officials):
            start = relative[-1]
            signers = [oid for at, oid in officials if start < at < verb.start()]
            # "..., which Ishiba signed with President Marcos in July": both signed it.
            signers += [
                oid
                for at, oid in officials
                if verb.end() < at < clause_end
                and (chain := rules.SIGNED_WITH.search(text, verb.end(), at))
                and chain.group("word") == "with"
            ]
    if start:
        in_clause = [iso for at, iso in dates if start <= at < clause_end]
    else:
        # "since the two agencies signed a memorandum in 2023": the year the verb's clause gives.
        in_clause = [iso for at, iso in dates if verb.end() <= at < clause_end]
    return Signing(signers, objects, in_clause[0] if in_clause else None)


def signings(text: str, officials: list[tuple[int, str]], placed: dict[str, int],
             dates: list[tuple[int, str]]) -> list[Signing]:  # fmt: skip
    """One signing per signing verb when each has signers before it and an instrument after:
    "A and B signed X, and C and B signed Y" is two signings, not four signatories of two."""
    verbs = list(rules.SIGN_VERB.finditer(text))
    whole = [signing(text, officials, placed, dates)]
    if len(verbs) < 2:
        return whole
    out: list[Signing] = []
    since = 0
    for i, verb in enumerate(verbs):
        until = verbs[i + 1].start() if i + 1 < len(verbs) else len(text)
        objects = [aid for aid, at in placed.items() if verb.end() <= at < until]
        signers = [oid for at, oid in officials if since <= at < verb.start()]
        if not objects or not signers or re.match(r"\s+by\b", text[verb.end() :]):
            return whole
        in_clause = [iso for at, iso in dates if since <= at < until]
        out.append(Signing(signers, objects, in_clause[0] if in_clause else None))
        since = max(placed[aid] for aid in objects) + 1
    return out


def other_time_clauses(
    text: str, date: str | None, anchor: dt.date | None
) -> list[tuple[int, int]]:
    """Relative clauses dated apart from the sentence's event: what was done in them is not
    part of that event."""
    spans = []
    for m in rules.RELATIVE_CLAUSE.finditer(text):
        dated = [iso for _, iso in resolve_dates(m.group(0), anchor)]
        if dated and date and not any(iso[:7] == date[:7] for iso in dated):
            spans.append((m.start(), m.end()))
    return spans


def witness_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence names the witnesses of a signing."""
    spans = []
    for pattern in rules.WITNESS:
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return spans


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a position falls inside any of the spans."""
    return any(start <= position < end for start, end in spans)


def venues(event: str, places: list[str], events: list[str], spot: dict[str, int],
           text: str = "") -> list[str]:  # fmt: skip
    """The places where an event happened: each place belongs to the nearest event named
    before it ("Keen Sword 25 ... decided at their meeting in Tokyo": Tokyo is the meeting's);
    a place named before every event ("In Tokyo, ... held talks") belongs to them all, unless
    the event is told as another time ("arrived in New Delhi after attending the Shangri-La
    Dialogue in Singapore": not in New Delhi)."""
    owned = []
    at_event = spot.get(event, 0)
    told_as_venue = False  # a place already given as "the summit in X"
    for place in sorted(places, key=lambda p: spot.get(p, 0)):
        at = spot.get(place)
        said = at is not None and rules.MEETING_PLACE_BEFORE.search(text, max(0, at - 40), at)
        if said and told_as_venue:
            continue  # "the G7 summit in Hiroshima after a planned Quad summit in Sydney"
        before = [e for e in events if at is not None and spot.get(e, at) < at]
        if before and max(before, key=lambda e: spot[e]) != event:
            continue
        if (
            not before
            and at is not None
            and rules.ANOTHER_TIME.search(text, max(at, at_event - 40), at_event)
        ):
            continue
        if at is not None and at > at_event and rules.EARLIER_ENCOUNTER.search(text, at_event, at):
            continue  # "their first talks since they met in Seoul": not in Seoul
        owned.append(place)
        told_as_venue = told_as_venue or bool(said)
    return [p for p in places if p in owned]  # in the order given, nearest first


def or_earlier(found: list[str], earlier: list[str], reference: re.Pattern[str],
               lowered: str) -> list[str]:  # fmt: skip
    """'the dialogue' with nothing named in the sentence is the last one named in the item."""
    if not found and earlier and reference.search(lowered):
        return [earlier[-1]]
    return found


def portfolio(title: str) -> str | None:
    """'defence ministers'' for 'Secretary of Defense': the portfolio a meeting is named by."""
    return next((role for pattern, role in rules.PORTFOLIOS if pattern.search(title)), None)


def agreement_kind(name: str) -> str:
    """The kind of instrument its name says it is: treaty, memorandum, joint statement ..."""
    lowered = name.lower()
    for word, kind in (
        ("memorandum", "memorandum"),
        ("treaty", "treaty"),
        ("statement", "joint statement"),
        ("declaration", "declaration"),
        ("pact", "pact"),
        ("convention", "treaty"),
    ):
        if word in lowered:
            return kind
    return "agreement"


def where_it_happened(text: str, places: list[str], spot: dict[str, int]) -> list[str]:
    """The places a sentence's events may have happened at, nearest first.

    "Biden flew from New Delhi to Hanoi, where he held talks with Trong": the place before
    ", where" is the venue (the places before it were passed through), and a place
    travelled from is not one while another is named, nor is one of an earlier sitting
    ("their second, after a first session in Singapore").
    """
    places = [
        p
        for p in places
        if not rules.EARLIER_SESSION_IN.search(text, max(0, spot.get(p, 0) - 60), spot.get(p, 0))
    ]
    for hit in rules.WHERE_CLAUSE.finditer(text):
        before = [p for p in places if spot.get(p, len(text)) < hit.start()]
        if before:
            venue = max(before, key=lambda p: spot.get(p, 0))
            first = min(before, key=lambda p: spot.get(p, 0))
            if rules.EVENT_AS_TIME.search(text, spot.get(first, 0), spot.get(venue, 0)):
                # "met B in New York, a day after the summit in Wilmington, where ...": the
                # second town is the summit's, which only dates the meeting.
                return [first, *(p for p in places if p != first)]
            return [venue, *(p for p in places if spot.get(p, 0) > hit.start())]
    left = [p for p in places if not rules.FROM_PLACE.search(text[: spot.get(p, 0)])]
    return left or places


Place = tuple[int, int, str]


def two_acts(
    text: str, mentions: list[Mention], places: list[Place]
) -> list[tuple[str, list[Mention], list[Place]]] | None:
    """A sentence whose subject does two things with different counterparts, as two clauses
    that each keep the subject: "A met B at the palace, and held talks with C" is read as
    "A met B at the palace" and "A held talks with C"; None for any other sentence."""
    told = rules.TOLD_AN_ACT.search(text)
    if told and rules.MEET.search(text[: told.start()].lower()):
        # "held talks with B, telling reporters that he had spoken with C": two encounters.
        return _split_at(text, mentions, places, told.start(), told.start("subject"))
    apart = rules.OWN_SENTENCE.search(text)
    if apart and rules.AN_ACT.search(text, 0, apart.start()):
        # "Trump spoke with Abe by phone; the President also held a call with Moon": two acts.
        start = apart.start("lead") if apart.group("lead") else apart.start("subject")
        return _split_at(text, mentions, places, apart.start(), start)
    first = rules.FIRST_ACT.search(text)
    if first is None:
        return None
    clause = rules.OWN_CLAUSE.search(text, first.end())
    if clause:
        return _split_at(text, mentions, places, clause.start(), clause.start("subject"))
    second = rules.SECOND_ACT.search(text, first.end())
    if second is None:
        return None
    people = [m for m in mentions if m.label == "Official"]
    subject = [m for m in people if m.end <= first.start()]
    pronoun = rules.PRONOUN.search(text, 0, first.start())
    met_first = [m for m in people if first.end() <= m.start < second.start()]
    met_then = [m for m in people if m.start >= second.end()]
    if not ((subject or pronoun) and met_first and met_then):
        return None
    # The verb itself, "called" of "and then called on": the second act starts there.
    # "and separately saw A, B and C": the word that makes them bilaterals stays with the act.
    verb = re.search(
        r"(?:separately\s+)?(?:met|held|hosted|called|paid|saw|spoke|talked|spent|was|were)\b",
        second.group(0),
    )
    verb_at = second.start() + (verb.start() if verb else len(second.group(0)))
    # "On May 30 he had breakfast with A and then called on B": the pronoun is the subject.
    cut = subject[-1].end if subject else pronoun.end() if pronoun else 0
    head = text[:cut]
    if not re.fullmatch(r"[\w\s,.'’-]*", text[cut : first.start()]):
        return None  # "A, who met B, ...": not the subject's own act
    gap = len(head) + 1 - verb_at

    def moved(m: Mention) -> Mention:
        props = dict(m.props)
        if "name_start" in props:
            props["name_start"] += gap
        return replace(m, start=m.start + gap, end=m.end + gap, props=props)

    own = text[: second.start()] + "."
    # "and saw Singh and Modi": seeing officials is meeting them ("met" keeps the offsets).
    act = re.sub(r"^(separately\s+)?saw", r"\1met", text[verb_at:])
    later = f"{head} {act}"
    return [
        (own, [m for m in mentions if m.end <= second.start()],
         [p for p in places if p[1] <= second.start()]),
        (later, [m for m in mentions if m.end <= cut] + [moved(m) for m in mentions if m.start >= verb_at],
         [(a, b, n) for a, b, n in places if b <= cut] + [(a + gap, b + gap, n) for a, b, n in places if a >= verb_at]),
    ]  # fmt: skip


def _split_at(
    text: str, mentions: list[Mention], places: list[Place], end: int, start: int
) -> list[tuple[str, list[Mention], list[Place]]]:
    """The sentence as two: what comes before `end`, and the clause from `start` on, with the
    positions of its mentions and places moved to fit."""

    def moved(m: Mention) -> Mention:
        props = dict(m.props)
        if "name_start" in props:
            props["name_start"] -= start
        return replace(m, start=m.start - start, end=m.end - start, props=props)

    later = text[start:]
    return [
        (text[:end] + ".", [m for m in mentions if m.end <= end], [p for p in places if p[1] <= end]),
        (later[:1].upper() + later[1:], [moved(m) for m in mentions if m.start >= start],
         [(a - start, b - start, n) for a, b, n in places if a >= start]),
    ]  # fmt: skip
