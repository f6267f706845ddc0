"""Rule-based extraction: per sentence, mentions and trigger words become nodes and edges."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..graph.model import Batch, Edge, Node, node_id
from . import clauses, rules
from .dates import resolve_dates
from .documents import Document
from .gazetteer import (
    Entry,
    Gazetteer,
    OfficialRecord,
    load_gazetteer,
    load_officials,
    official_names,
)
from .mentions import TITLE_CORE, Mention, find_mentions, persons_mistagged
from .names import canonical_person, family_name
from .nlp import ParsedItem, parse_items

__all__ = ["Extractor", "RuleExtractor"]


# Groupings this small are named with their members in mind; larger ones are not.
_SMALL_GROUPING = 7


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


@dataclass
class _Item:
    """What an item has named so far, for group references, 'the dialogue' and 'the same day'."""

    countries: list[str] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    exercises: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass
class _Read:
    """What a sentence's mentions resolve to, by kind, and where each is named."""

    ids: dict[int, str]  # mention index -> node id
    officials: list[tuple[Mention, str]]
    countries: list[str]  # parties: neither venues nor adversaries
    orgs: list[str]
    meetings: list[str]
    agreements: list[str]
    exercises: list[str]
    locations: list[str]
    spot: dict[str, int]  # where each place, event and agreement is named
    country_venues: list[str]  # "met Wei in Singapore", "a visit to Japan"
    named_here: list[str]  # countries named, but not after a hostile verb
    titles_only: list[bool]  # per mention: a country that only says whose official follows
    titling: set[str]  # countries named only as whose official someone is


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
            item_state = _Item()
            state.place = state.gathering = ""
            for sentence, spans in item:
                # "North Korea-Russia cooperation": NER keeps the hyphen on the first name.
                entities = [
                    (start, end - (sentence[end - 1] in "-–"), label) for start, end, label in spans
                ]
                persons = [(start, end) for start, end, label in entities if label == "PERSON"]
                persons += persons_mistagged(
                    sentence, [(start, end) for start, end, label in entities if label != "PERSON"]
                )
                persons += state.known_officials(sentence, persons)
                places = [
                    (start, end, sentence[start:end])
                    for start, end, label in entities
                    if label in ("GPE", "LOC", "FAC")
                ]
                orgs = [
                    (start, end)
                    for start, end, label in entities
                    if label == "ORG" and not any(start <= a < end for a, _ in persons)
                ]
                names = _Either(known, state.people)
                mentions = find_mentions(sentence, persons, self.gaz, names, orgs)
                mentions = state.described(sentence, mentions, item_state)
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


class _Either:
    """Family names known before this document, or single-word names seen in it, without copying."""

    def __init__(self, known: Container[str], people: dict[str, str]) -> None:
        self.known = known
        self.people = people

    def __contains__(self, name: object) -> bool:
        return name in self.known or (
            isinstance(name, str) and " " not in name and name in self.people
        )


class _DocState:
    """Builds the batch for one document, sentence by sentence."""

    def __init__(
        self,
        gaz: Gazetteer,
        document: Document,
        never_link: set[str],
        seen_families: Container[str] = frozenset(),
    ) -> None:
        self.gaz = gaz
        self.seen_families = seen_families  # of officials in earlier documents
        self.never_link = never_link
        self.doc = document
        self.batch = Batch()
        self.people: dict[str, str] = {}  # surface or surname -> official id
        self.alias_to_meeting: dict[str, str] = {}
        self.alliances: dict[str, tuple[Mention, str]] = {}
        self.alliance_sentences: dict[str, list[tuple[str, list[str]]]] = {}
        self.mentioned_countries: dict[str, str] = {}
        self.structural: set[tuple[str, str, str]] = set()
        self.officials = load_officials()
        self.completed: dict[str, tuple[OfficialRecord, str]] = {}
        self.last_date: str | None = None
        self._planned = False
        self._gatherings: set[str] = set()  # events the sentence's people met beside
        self.ceremonies: set[str] = set()  # attending one together is not meeting
        # A kind of instrument ("a mutual defence agreement") -> the one this document told of,
        # with the parties it was read with.
        self.kinds_signed: dict[str, tuple[str, set[str]]] = {}
        self.signed_at: dict[str, str] = {}  # an instrument -> the ceremony it was signed at
        self.signings: set[str] = set()  # encounters that were signing ceremonies
        self.encounters: set[str] = set()  # meetings of named people, not of their countries
        self._frame = ""  # the kind of the encounter the sentence last seated people at
        # Officials who chaired or attended each meeting, and those the previous item named:
        # for sentences that go on about a meeting, and for "the four ministers".
        self.seated: dict[str, set[str]] = {}
        self.spelled: dict[str, str] = {}  # officials' family names as this document spells them
        self.editions: dict[str, str] = {}  # "Keen Sword" -> the "Keen Sword 25" node
        self.meetings: list[str] = []  # in the order they were first attended
        self.exercises: list[str] = []  # in the order they were first named
        self.agreements: list[str] = []
        self.previous_people: list[str] = []
        self.recent_people: list[str] = []  # everyone named so far, the latest last
        self.told_of: dict[str, int] = {}  # official -> sentences about them so far
        self.place = ""  # where the item's latest event sat, for the encounters after it
        self.gathering = ""  # the gathering whose sidelines the item's encounters are on
        self.unnamed: set[str] = set()  # encounters named after their people
        self.previous_countries: list[str] = []
        self.datelined: set[str] = set()
        self._evidence = ""
        self._said = ""

    # -- nodes --------------------------------------------------------------------------

    def _node(self, label: str, name: str, aliases: list[str] | None = None,
              key: str | None = None, **props: Any) -> str:  # fmt: skip
        node = Node(
            node_id(label, key or name), label, name, [], {k: v for k, v in props.items() if v}
        )
        for alias in aliases or []:
            node.add_alias(alias)
        return self.batch.add_node(node).id

    def _edge(self, rel: str, source: str, target: str, evidence: str, date: str | None,
              confidence: float, **props: Any) -> None:  # fmt: skip
        if rel in ("ATTENDED", "CO_CHAIRED") and target not in self.meetings:
            self.meetings.append(target)
        data = {
            "source": self.doc.id,
            "evidence": self._said or evidence,
            "date": date,
            "confidence": round(confidence, 2),
        }
        data.update({k: v for k, v in props.items() if v})
        data["frame"] = self._frame_of(rel, source, target)
        if self._planned and rel in ("ATTENDED", "HOSTED", "PARTICIPATED_IN"):
            data.setdefault("status", "planned")
        if rel in ("ATTENDED", "CO_CHAIRED") and self.batch.nodes[source].label == "Official":
            self.seated.setdefault(target, set()).add(source)
        if rel == "LOCATED_IN" and self.batch.nodes[source].label == "Meeting":
            where = self.batch.nodes[target]
            # "in Hanoi" sets the scene for what follows; "at the Istana" is one meeting's room.
            if where.label == "Location" and re.search(
                rf"\b[Ii]n\s+(?:the\s+)?{re.escape(where.name)}", self._said or evidence
            ):
                self.place = target
        if rel in rules.STRUCTURAL:
            # Standing facts (X is part of Y) are stated once per document, from their first sentence.
            if (rel, source, target) in self.structural:
                return
            self.structural.add((rel, source, target))
        self.batch.add_edge(Edge(rel, source, target, data))

    def _frame_of(self, rel: str, source: str, target: str) -> str:
        """The kind of event a fact was read from: the call, meeting, visit, summit,
        dialogue, signing, exercise or statement it belongs to; 'standing' for what holds
        regardless of events. Who met whom belongs to the encounter the sentence seated them at."""
        for end in (target, source):
            node = self.batch.nodes[end]
            if node.label == "Meeting":
                kind = "signing" if end in self.signings else str(node.props.get("kind", "meeting"))
                if rel in ("ATTENDED", "CO_CHAIRED", "HOSTED"):
                    self._frame = kind
                return kind
            if node.label == "Exercise":
                return "exercise"
            if node.label == "Agreement":
                said = str(node.props.get("kind", ""))
                if re.search(r"statement|declaration|communiqu", said):
                    return "statement"
                return "signing" if rel == "SIGNED" else "agreement"
        if rel in rules.STRUCTURAL:
            return "standing"
        if rel == "COOPERATES_WITH":
            return "cooperation"
        if rel == "LOCATED_IN":
            return "place"
        return self._frame or "meeting"

    def _country(self, mention: Mention) -> str:
        assert mention.entry is not None
        entry = mention.entry
        aliases = [mention.surface] if mention.surface != entry.name else []
        cid = self._node("Country", entry.name, aliases, iso3=entry.props.get("iso3"))
        self.mentioned_countries[entry.name] = cid
        return cid

    def _country_named(self, name: str | None) -> str | None:
        """The node of a gazetteer country, by canonical name; None for anything else."""
        entry = self.gaz.country(name)
        if entry is None:
            return None
        return self._node("Country", entry.name, iso3=entry.props.get("iso3"))

    def _organization(self, mention: Mention, evidence: str, date: str | None) -> str:
        entry = mention.entry or self._body_entry(mention)
        aliases = [mention.surface] if mention.surface != entry.name else []
        country = entry.props.get("country")
        key = entry.props.get("key")
        if key:
            aliases.append(key)
        kind = entry.props.get("kind")
        oid = self._node("Organization", entry.name, aliases, key, kind=kind, country=country)
        # Ministries and forces are part of a state; companies and universities only sit in one.
        cid = self._country_named(country) if entry.props.get("kind") in rules.STATE_KINDS else None
        if cid:
            self._edge("PART_OF", oid, cid, evidence, None, 0.9)
        if entry.props.get("kind") == "alliance":
            self.alliances.setdefault(oid, (mention, evidence))
        return oid

    def _official(self, mention: Mention, mentions: list[Mention], evidence: str,
                  date: str | None) -> str:  # fmt: skip
        written = mention.name
        name = canonical_person(written)
        tokens = name.split()
        known = self.people.get(name) or self.people.get(written)
        if known is None and len(tokens) == 1 and name.lower() not in self.never_link:
            known = self.people.get(tokens[0])
            if known is None:
                # "Prayut" for "Prayut Chan-o-cha": Thais and Indonesians go by the first name.
                firsts = {
                    oid
                    for full, oid in self.people.items()
                    if full.split()[0] == tokens[0] and " " in full
                }
                known = firsts.pop() if len(firsts) == 1 else None
        title_phrase = mention.props.get("title_phrase", "")
        apposition = mention.props.get("apposition", "")
        country, org, title = self._read_title(title_phrase, apposition, mention, mentions)
        if country is None:
            country = self._delegation_country(mention) or self._side_country(mention)
        if country is None:
            # "Italy's Guido Crosetto", "Thailand's Prime Minister Prayut"
            owner = rules.OWNER_BEFORE.search(evidence[: mention.start])
            hit = self.gaz.lookup(owner.group(1)) if owner else None
            if hit and hit[0].label == "Country":
                country = self._country_named(hit[0].name)
        if name.lower() not in self.never_link and (known is None or len(tokens) > 1):
            record = self._well_known(name, country, title)
        else:
            record = None
        if record is not None and known is not None:
            self.completed.setdefault(known, (record, evidence))
        elif record is not None:
            known = self.people.get(record.name)
            if known is None:
                known = self._node("Official", record.name)
                self._remember(record.name, known)
            self.batch.nodes[known].add_alias(written)
            self.completed.setdefault(known, (record, evidence))
        if known:
            oid = known
            self.batch.nodes[oid].add_alias(written)
        else:
            oid = self._node("Official", name, [written] if written != name else [])
            self._remember(name, oid)
        node = self.batch.nodes[oid]
        said, canonical = family_name(name), family_name(node.name)
        if said != canonical and said[:4].lower() == canonical[:4].lower():
            # "Zelensky" as the text spells him, not the gazetteer's "Zelenskyy": encounters
            # are named the way the document names their people.
            self.spelled.setdefault(oid, said)
        if re.match(r"(?:Mr|Ms|Mrs|Dr)\.?\s", mention.surface) and mention.surface.strip() != name:
            node.add_alias(mention.surface.strip())
        if title and not node.props.get("title"):
            node.props["title"] = title
        if title:
            self._dated_title(node, title)
        confidence = mention.props.get("confidence", 0.7)
        completed = self.completed.get(oid)
        if country is None and completed is not None and not node.props.get("country"):
            # Known from the officials gazetteer: the country is needed now, to tell colleagues
            # of one delegation from counterparts.
            country = self._country_named(completed[0].country)
            confidence = 0.6
        if country and not node.props.get("country"):
            node.props["country"] = self.batch.nodes[country].name
            self._edge("REPRESENTS", oid, country, evidence, None, confidence)
        if org:
            self._edge("MEMBER_OF", oid, org, evidence, date, confidence)
        return oid

    def _dated_title(self, node: Node, title: str) -> None:
        """Keep every title a document gives, dated, so a profile shows titles over time."""
        when = self.doc.date.isoformat() if self.doc.date else "undated"
        entry = f"{when}: {title}"
        titles = node.props.setdefault("titles", [])
        if entry not in titles:
            titles.append(entry)

    def _remember(self, name: str, oid: str) -> None:
        self.people[name] = oid
        tokens = name.split()
        if len(tokens) > 1:
            self.people.setdefault(family_name(name), oid)
        if re.search(r"\s(?:bin|ibn|bint)\s", name):
            self.people.setdefault(tokens[0], oid)  # "Prince Mohammed" of "Mohammed bin Salman"

    def _well_known(self, name: str, country: str | None, title: str = "") -> OfficialRecord | None:
        """A gazetteer official this mention can only mean, given the document's date and the
        title the text gives: 'Rear Adm. Singh' is not the defence minister of that name."""
        plain = re.sub(r"\s+(?:Jr|Sr|II|III|IV)\.?$", "", name)  # "Gilberto Teodoro Jr."
        bare = re.sub(r"\s+[A-Z]\.(?=\s)", "", plain)  # "Gilberto C. Teodoro"
        candidates = next(
            (
                found
                for form in (name, f"{name}.", plain, bare)
                if (found := self.officials.get(form.lower()))
            ),
            [],
        )
        when = self.doc.date.isoformat() if self.doc.date else None
        if country:
            wanted = self.batch.nodes[country].name
            candidates = [c for c in candidates if c.country == wanted]
        if len(name.split()) == 1 and when:
            # A bare surname counts for someone in office at the time, or else for the one
            # official of that name the gazetteer knows ("Kishida, who left office last year").
            serving = [c for c in candidates if c.title_on(when)]
            # An earlier document's official of that surname is likelier than a former one.
            alone = len(candidates) == 1 and name not in self.seen_families
            candidates = serving or (candidates if alone else [])
        if title:
            ranked = bool(rules.RANK.match(title))
            candidates = [
                c for c in candidates if bool(rules.RANK.match(c.title_on(when) or title)) == ranked
            ]
        portfolio = clauses.portfolio(title)
        if len(candidates) > 1 and portfolio:
            # "Foreign Minister Wong" in 2023: the Wong who was a foreign minister then.
            candidates = [
                c for c in candidates if clauses.portfolio(c.title_on(when) or "") == portfolio
            ]
        return candidates[0] if len(candidates) == 1 else None

    def _read_title(self, title_phrase: str, apposition: str, mention: Mention,
                    mentions: list[Mention]) -> tuple[str | None, str | None, str]:  # fmt: skip
        """Country, organization and clean title from the words around a name."""
        country = org = None
        title = title_phrase or apposition
        if apposition and rules.RANK_ONLY.match(title_phrase.strip()):
            title = apposition
        for phrase in (title_phrase, apposition):
            for m in self.gaz.pattern.finditer(phrase):
                hit = self.gaz.lookup(m.group(0))
                if not hit:
                    continue
                entry, _role = hit
                if entry.label == "Country" and country is None:
                    # "Representative for the DPRK": the portfolio, not the nationality; nor
                    # is the "American" of a "North American Affairs Bureau".
                    if re.search(r"\b(?:for|on|to)\s+(?:the\s+)?$", phrase[: m.start()]):
                        continue
                    if rules.PORTFOLIO_AFTER.match(phrase, m.end()):
                        continue
                    country = self._country(
                        Mention("Country", entry.name, m.group(0), 0, 0, entry=entry)
                    )
                    # "chief of staff of Japan's Joint Staff": of the Joint Staff.
                    title = re.sub(
                        rf"\b(of\s+)?{re.escape(m.group(0))}(['’]s)?\s*",
                        lambda x: "of the " if x.group(1) and x.group(2) else (x.group(1) or ""),
                        title,
                        count=1,
                    )
                elif entry.label == "Organization" and org is None:
                    org = self._organization(
                        Mention("Organization", entry.name, m.group(0), 0, 0, entry=entry),
                        self._evidence,
                        None,
                    )
                    if title.startswith(m.group(0)):
                        title = title.replace(m.group(0), "", 1)
        # "Mr. X of MOFA": an organization right after the name ("at the White House" is a
        # place, not an employer).
        after = [
            x
            for x in mentions
            if x.start >= mention.end
            and x.start - mention.end <= 9
            and re.fullmatch(
                r",?\s*(?:of|from|for)\s+(?:the\s+)?", self._evidence[mention.end : x.start]
            )
        ]
        # "Vice Adm. John Wade, commander of the U.S. Third Fleet": the body the role is of.
        after += [
            x
            for x in mentions
            if apposition
            and x.label == "Organization"
            and mention.end < x.start <= mention.end + len(apposition) + 3
            and re.fullmatch(
                r",\s+(?:[\w-]+\s+){1,4}(?:of|at|in)\s+(?:the\s+)?",
                self._evidence[mention.end : x.start],
            )
        ]
        for x in after:
            if x.label == "Organization" and org is None:
                org = self._organization(x, self._evidence, None)
                break
            if x.label == "Country" and x.entry is not None and country is None:
                if re.fullmatch(
                    r"\s+(?:of|for)\s+(?:the\s+)?", self._evidence[mention.end : x.start]
                ):
                    # "Prime Minister James Marape of Papua New Guinea", "Teodoro for the
                    # Philippines" (signing for it)
                    country = self._country(x)
                break
        if country is None:
            # "Australia's Chief of Joint Operations, Vice Admiral Justin Jones": the office
            # set off before the name says whose.
            # (Both patterns end at the name; the 200 characters before it hold either.)
            before = re.search(
                r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+[^,;]{3,60},\s+$",
                self._evidence[max(0, mention.start - 200) : mention.start],
            )
            owner = self.gaz.lookup(before.group(1)) if before else None
            # "The Foreign Minister of Australia, Mr. Stephen Smith": the same, told with "of".
            name_start = mention.props["name_start"]
            of = rules.OFFICE_OF.search(self._evidence[max(0, name_start - 200) : name_start])
            if owner is None and of:
                before, owner = of, self.gaz.lookup(of.group(1))
            if (
                before
                and owner
                and owner[0].label == "Country"
                and rules.TITLE_WORD.search(before.group(0))
            ):
                country = self._country(
                    Mention("Country", owner[0].name, before.group(1), 0, 0, entry=owner[0])
                )
        if org and country is None:
            country = self._country_named(self.batch.nodes[org].props.get("country"))
        title = re.sub(r"^(?:'s|’s)\s+", "", title.strip(" ,"))
        title = re.sub(r"\s*\b(?:Dr|Mr|Ms|Mrs)\.?$", "", title)
        if org and country:
            org = self._same_kind_in(org, country)
        title = re.sub(r"\s{2,}", " ", title).strip()
        title = re.sub(r"^(?:a|an|the)\s+", "", title)
        for short, full in rules.TITLE_NORMAL.items():
            title = re.sub(rf"\b{re.escape(short)}(?=\s|$)", full, title)
        return country, org, title

    def _delegation_country(self, mention: Mention) -> str | None:
        """'the American co-chairs were A, ..., and B': the country of everyone listed."""
        before = self._evidence[: mention.props["name_start"]]
        found = None
        for m in rules.DELEGATION.finditer(before):
            found = m
        if found is None or re.search(
            r"\b(?:while|whereas|but|who|which)\b|;", before[found.end() :]
        ):
            return None
        hit = self.gaz.lookup(found.group("demonym"))
        if hit is None or hit[0].label != "Country":
            return None
        return self._country_named(hit[0].name)

    def _side_country(self, mention: Mention) -> str | None:
        """'A and B on the Japanese side, and C on the Vietnamese side': whose side each is."""
        after = rules.ON_THE_SIDE.search(self._evidence, mention.end)
        if after is None or re.search(r";|\bside\b", self._evidence[mention.end : after.start()]):
            return None
        hit = self.gaz.lookup(after.group("demonym"))
        if hit is None or hit[0].label != "Country":
            return None
        return self._country_named(hit[0].name)

    def _same_kind_in(self, org: str, country: str) -> str:
        """'South Korean MOFA': the foreign ministry of that country, not Japan's."""
        node = self.batch.nodes[org]
        country_name = self.batch.nodes[country].name
        if node.props.get("country") in (None, country_name):
            return org
        for word in ("Foreign", "Defen", "National Defense", "State", "External"):
            if word in node.name:
                for entry, role in self.gaz.forms.values():
                    if (
                        role == "name"
                        and entry.label == "Organization"
                        and entry.props.get("country") == country_name
                        and word in entry.name
                    ):
                        mention = Mention("Organization", entry.name, entry.name, 0, 0, entry=entry)
                        return self._organization(mention, self._evidence, None)
        return org

    # -- sentences ----------------------------------------------------------------------

    def sentence(self, text: str, mentions: list[Mention], places: list[tuple[int, int, str]],
                 item: _Item, whole: str = "") -> None:  # fmt: skip
        self._evidence = text
        self._said = whole or text  # the evidence of every fact: the sentence as written
        self._frame = ""
        meetings_before = len(item.meetings)
        # Plans look ahead: "to join Yama Sakura in December" is the coming December. A future
        # word after the date ("signed on Dec. 14 a convention creating the body that will run
        # ...") leaves the date in the past.
        plan = rules.FUTURE.search(text)
        if plan and rules.DONE_THEN_CLAUSE.search(text, 0, plan.start()):
            plan = None  # "inked an accord under which France will provide": the accord's plan
        looking_back = resolve_dates(text, self.doc.date)
        ahead = plan is not None and (not looking_back or plan.start() < looking_back[0][0])
        dates = resolve_dates(text, self.doc.date, forward=True) if ahead else looking_back
        today = self.doc.date.isoformat() if self.doc.date else None
        date = clauses.event_date(text, dates, item.date, self.last_date, today)
        # An event still to come: attended "planned", and nobody has met anybody yet.
        later = bool(rules.LATER.search(text))
        self._planned = ahead and (date is None or today is None or date > today or later)
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
        # Acronyms of meetings seen earlier ("the EDD") and "the dialogue" refer back, unless the
        # acronym is part of a name given here ("a U.S.–Philippines 2+2" is not the earlier 2+2).
        for acronym, mid in self.alias_to_meeting.items():
            for hit in re.finditer(rf"(?<![\w+]){re.escape(acronym)}(?![\w+])", text):
                inside = any(m.start <= hit.start() < m.end for m in mentions)
                if not inside and mid not in meetings:
                    meetings.append(mid)
        # A paragraph of an article may refer to the meeting an earlier one reported; "the talks
        # follow a Nov. 3-4 visit" of another day is about the visit, not the talks.
        if not meetings:
            # The item's own meeting may run for days; an earlier item's must be that day's.
            earlier = item.meetings or self.meetings
            # "Wednesday's session" after a paragraph about June's talks: that day's meeting.
            that_day = [m for m in earlier if self._same_day(m, date, strict=not item.meetings)]
            meetings = self._meeting_referred_to(lowered, that_day)
            ref = rules.THE_MEETING.search(lowered)
            if ref is not None:
                for mid in meetings:
                    spot.setdefault(mid, ref.start())  # "on the sidelines of the gathering"
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
        people = named_before + [p for p in people if p not in named_before]
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
        signed = bool(rules.SIGN.search(lowered)) or issued or concluded
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
            issuers = self._issuers(text, stated.end(), mentions, ids, group, named_before)
            for cid in issuers:
                if statement:
                    self._edge("SIGNED", cid, statement, text, date, 0.6)
                    self._edge("PARTY_TO", cid, statement, text, date, 0.6)
        chaired = bool(rules.CHAIR.search(lowered))
        in_person = rules.IN_PERSON_CALL.sub("meeting", lowered)
        called = bool(rules.CALL.search(in_person))
        met = bool(rules.MEET.search(in_person)) or called or self._called_on(text, mentions)
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
        for hit in rules.CEREMONY.finditer(text) if ceremony_of else ():
            # "The opening ceremony was attended by ...": a gathering of the drill's own.
            kind = (hit["kind"] or "opening").lower()
            name = f"{self.batch.nodes[ceremony_of[0]].name} {kind} ceremony"
            mid = self._meeting_node(name, date)
            self.ceremonies.add(mid)
            for oid in actors if not met else []:
                # "... with a ceremony at Fort Bonifacio, where Rojas unfurled the flag"
                self._edge("ATTENDED", oid, mid, text, date, 0.6)
            spot.setdefault(mid, hit.start())
            if mid not in meetings:
                meetings.append(mid)
                item.meetings.append(mid)
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
        last_seen = [
            m for m in reversed(item.meetings or self.meetings)
            if actors and set(actors) <= set(self.seated.get(m, ()))
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
            apart = set(actors) < seated and rules.APART.search(text)
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
        met = met or bool(meetings and (held or rules.ATTEND.search(lowered)))
        if not exercises and not item.exercises:
            # In an item about a named drill, "combined field training" is that drill again.
            drill = self._generic_exercise(text, parties, locations, date)
            if drill:
                exercises.append(drill)
                item.exercises.append(drill)

        if chaired and actors:
            targets = meetings[-1:] or item.meetings[-1:]
            # "The United States and Japan held the EDD, co-chaired by A and B": the countries
            # that held it sat at it.
            holders = [
                ids[i]
                for i, m in enumerate(mentions)
                if held and m.end <= held.start() and ids.get(i) in countries
            ]
            for mid in targets:
                for oid in actors:
                    self._edge("CO_CHAIRED", oid, mid, text, date, 0.8)
                for cid in holders:
                    self._edge("ATTENDED", cid, mid, text, date, 0.6)
                self._pairwise_met(actors, text, date, 0.7)
        # A signing with no meeting named is its own encounter: no second one is read from it.
        # A signing is its own encounter, unless what was signed could not be read: then the
        # sentence's meeting ("welcomed Marape ..., where the two signed ...") still is one.
        ceremony: str | None = "" if signed and not issued and agreements else None
        if signed and [p for p in people if p not in witnesses] and agreements:
            named_at = {a: spot[a] for a in agreements if a in spot}
            signing = clauses.signing(text, [(m.props["name_start"], oid) for m, oid in officials],
                               named_at, dates)  # fmt: skip
            signers = [p for p in signing.signers or actors if p not in witnesses]
            when = signing.date or date
            for aid in signing.objects or agreements:
                bound = [c for c in countries if c in signing_parties]
                self._signed(aid, signers, bound, orgs, text, when)
            if meetings:
                met = True  # "held talks and signed": the signatories attended those talks
            elif (len(signers) > 1 or witnesses) and not issued:
                signed_first = (signing.objects or agreements)[0]
                told = self.signed_at.get(signed_first)
                if told and self._same_day(told, when):
                    # "The pact was signed for Japan by Kamikawa ...": the ceremony the
                    # article began with, now with its signatories.
                    ceremony = told
                    for oid in signers:
                        self._edge("ATTENDED", oid, ceremony, text, when, 0.7)
                    self._pairwise_met(signers, text, when, 0.7)
                else:
                    ceremony = self._encounter(
                        signers, "signing meeting", text, when, locations, 0.7, item
                    )
                    # Also known by what was signed: "the Pacific security agreement signing".
                    self.batch.nodes[ceremony].add_alias(
                        f"{self.batch.nodes[signed_first].name} signing ceremony"
                    )
                    self.signed_at.setdefault(signed_first, ceremony)
                for oid in witnesses:
                    self._edge("ATTENDED", oid, ceremony, text, when, 0.65)
            # Officials the sentence names beside a signing told in a clause ("met Marape to
            # discuss the agreement that Blinken and Daki signed in May") met on their own.
            if signing.signers:
                actors = [p for p in actors if p not in signers]
                ceremony = None  # the others' own encounter is still to be read
        elif signed and agreements and (countries or orgs):
            ceremony = self._states_sign(
                text, mentions, read.ids, agreements,
                [c for c in countries if c in signing_parties], orgs,
                [] if issued else witnesses, locations, item, date,
            ) or ceremony  # fmt: skip
        told_before = bool(meetings) and all(mid in went_on for mid in meetings)
        earlier = item.meetings[:meetings_before]
        joined = not chaired and rules.JOINED_IN.search(text)
        if joined and meetings and all(mid in earlier for mid in meetings):
            # "Modi was accompanied by A and B", "C later joined the discussion": aides seated
            # beside the principals, who met each other when the meeting was told of.
            for oid in actors:
                self._edge("ATTENDED", oid, meetings[-1], text, date, 0.65)
        elif joined and not meetings and self._trip_of(actors[:1]):
            # "The Minister is accompanied by A, B and C": they are on the visit with him.
            for oid in actors[1:]:
                self._edge("ATTENDED", oid, self._trip_of(actors[:1]), text, date, 0.6)
        elif met and not chaired:
            if told_before:
                pass  # who sat there, and who met whom, was read when the meeting was named
            elif meetings:
                self._seat(text, mentions, read, meetings, [*actors, *witnesses], actors,
                           group_countries, countries, date)  # fmt: skip
            elif len(actors) > 1 and ceremony is None:
                self._encounters(text, officials, actors, called, locations, item, date)
        self._visits(text, officials, [*locations, *country_venues], spot, date, item)
        self._nesting(text, mentions, ids, [*locations, *named_here])
        self._bind(text, agreements, [] if signed else [*countries, *people], date)
        events = [*meetings, *exercises]
        new_here = [m for m in item.meetings[meetings_before:] if m not in events]
        self._hosting(text, mentions, read, [*events, *gatherings, *new_here], meetings,
                      went_on, locations, events, countries, item, date)  # fmt: skip
        self._drills(text, mentions, read, exercises, meetings, countries or group_countries,
                     locations, events, item, date)  # fmt: skip
        self._cooperating(text, mentions, countries, orgs, date)

    def _states_sign(self, text: str, mentions: list[Mention], ids: dict[int, str],
                     agreements: list[str], countries: list[str], orgs: list[str],
                     witnesses: list[str], locations: list[str], item: _Item,
                     date: str | None) -> str | None:  # fmt: skip
        """A signing by countries and bodies rather than named officials; the ceremony its
        witnesses attended, if any."""
        # "India, the United States and the European Union signed a memorandum": the
        # countries and bodies named before the verb signed it; all named are bound.
        verb = rules.SIGN_VERB.search(text)
        subjects = {
            ids[i] for i, m in enumerate(mentions) if i in ids and verb and m.end <= verb.start()
        }
        between = re.search(r"\bbetween\s", text[verb.end() :]) if verb and not subjects else None
        named_in = [(m.start, m.end) for m in mentions if m.label == "Agreement"]
        if verb and between and clauses.in_spans(verb.end() + between.start(), named_in):
            between = None  # "a Memorandum of Understanding between the two coast guards": a name
        if verb and between:
            # "witnessed the signing of a memorandum between the ADD and the DSTG": those two.
            after = verb.end() + between.end()
            subjects = {ids[i] for i, m in enumerate(mentions) if i in ids and m.start >= after}
        for aid in agreements:
            for cid in countries:
                self._edge("PARTY_TO", cid, aid, text, date, 0.6)
            for xid in [*countries, *orgs]:
                if xid in subjects:
                    self._edge("SIGNED", xid, aid, text, date, 0.55)
                    if xid in orgs:
                        self._edge("PARTY_TO", xid, aid, text, date, 0.55)
                        # A ministry signs for its state, which is bound too.
                        home = self._country_of_org(xid)
                        if home:
                            self._edge("SIGNED", home, aid, text, date, 0.5)
                            self._edge("PARTY_TO", home, aid, text, date, 0.5)
        if not witnesses:
            return None
        # "..., witnessed by Prime Minister Ishiba": a ceremony the witnesses attended.
        signed_name = self.batch.nodes[agreements[0]].name
        ceremony = self._meeting_node(f"{signed_name} signing ceremony", date)
        # "the Japan-Philippines terms of reference signing": without its long topic.
        short = re.split(r"\s+(?:on|for|concerning|regarding)\s+", signed_name)[0]
        if short != signed_name:
            self.batch.nodes[ceremony].add_alias(f"{short} signing ceremony")
        item.meetings.append(ceremony)
        self.signed_at.setdefault(agreements[0], ceremony)
        for oid in witnesses:
            self._edge("ATTENDED", oid, ceremony, text, date, 0.65)
        for lid in locations[:1]:
            self._edge("LOCATED_IN", ceremony, lid, text, date, 0.6)
        return ceremony

    def _seat(self, text: str, mentions: list[Mention], read: _Read, meetings: list[str],
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
            between = [] if mid in self.encounters and not group_countries else present
            # "Opening the Forum, Wong said Australia and the Philippines would ...": a
            # country first named after the meeting is what was said, not who sat.
            at = read.spot.get(mid, len(text))
            between = [c for c in between if c in group_countries or country_at.get(c, 0) < at]
            for cid in dict.fromkeys([*between, *framed]):
                self._edge("ATTENDED", cid, mid, text, date, 0.6)
            self._cooperation({*present, *(self._country_of(p) for p in actors)}, text, date)
        if len(actors) > 1 and not set(meetings) <= self.ceremonies:
            self._pairwise_met(actors, text, date, 0.75)

    def _encounters(self, text: str, officials: list[tuple[Mention, str]], actors: list[str],
                    called: bool, locations: list[str], item: _Item,
                    date: str | None) -> None:  # fmt: skip
        """A meeting, call or visit the sentence tells of without naming it: one encounter, or
        one per counterpart when one official sees several in turn."""
        lowered = text.lower()
        kind = "call" if called else ("visit" if rules.A_VISIT.search(lowered) else "meeting")
        confidence = 0.8 if called else 0.75
        # "held separate talks with A and B", "spoke with A ..., and with B": one each.
        trigger = rules.CALL.search(lowered) or rules.MEET.search(lowered)
        hosts = [o for m, o in officials if trigger and m.props["name_start"] < trigger.start()]
        if trigger and not hosts and actors and rules.PRONOUN.search(lowered, 0, trigger.start()):
            hosts = actors[:1]  # "she also held separate talks with A and B": the one before
        apart = (
            "separate" in lowered
            or rules.WITH_AND_WITH.search(lowered)
            or rules.LATER_ACT.search(text)
            or self._sides_at_gathering(lowered, trigger, hosts, actors)
        )
        if not apart:
            hosts = []
        joining = rules.WITH_JOINING.search(text)
        aides = [
            o
            for m, o in officials
            if joining and joining.start() <= m.props["name_start"] < joining.end()
        ]
        principals = [o for o in actors if o not in aides]
        if aides and len(principals) >= 2:
            # "Albanese met Trump, with Rubio and Hegseth joining the talks": one meeting.
            mid = self._encounter(principals, kind, text, date, locations, confidence, item)
            for oid in aides:
                self._edge("ATTENDED", oid, mid, text, date, 0.65)
            return
        guests = [o for o in actors if o not in hosts]
        visitor = self._lone_visitor(actors) or self._touring(actors, locations)
        if not visitor and len(actors) >= 3 and rules.IN_TURN.search(lowered):
            visitor = actors[0]  # "The visitor was then received in turn by A and by B"
        if len(set(hosts)) == 1 and len(guests) >= 2:
            # "X held separate meetings with A and B": one encounter per counterpart.
            for guest in guests:
                self._encounter([hosts[0], guest], kind, text, date, locations, confidence, item)
        elif visitor:
            # "Nakatani met Lecornu and Barrot": colleagues seen in turn by one visitor
            # are two encounters; they did not meet each other.
            for other in actors:
                if other != visitor:
                    # "visited Manila and Hanoi, meeting A and B": each where the other is at home.
                    home = self.batch.nodes[other].props.get("country")
                    there = [
                        x for x in locations if self.batch.nodes[x].props.get("country") == home
                    ]
                    where = there or locations
                    self._encounter([visitor, other], kind, text, date, where, confidence, item)
        else:
            self._encounter(actors, kind, text, date, locations, confidence, item)

    def _met_between(self, text: str, officials: list[tuple[Mention, str]],
                     locations: list[str], spot: dict[str, int], dates: list[tuple[int, str]],
                     item: _Item, date: str | None) -> set[str]:  # fmt: skip
        """'The Nov. 14 meeting in Bali between Biden and Xi': that encounter, with its own date
        and place; the officials and places it took, which the rest of the sentence leaves be."""
        taken: set[str] = set()
        for hit in rules.MEETING_BETWEEN.finditer(text):
            after = [(m, o) for m, o in officials if m.start >= hit.end()]
            if len(after) < 2 or text[hit.end() : after[0][0].start].strip():
                continue
            gap = text[after[0][0].end : after[1][0].start]
            pair = [after[0][1], after[1][1]]
            if not rules.AND_NEXT.fullmatch(gap) or len(set(pair)) < 2:
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

    def _sides_at_gathering(
        self, lowered: str, trigger: re.Match[str] | None, hosts: list[str], actors: list[str]
    ) -> bool:
        """One official meeting counterparts of several other countries at a gathering, each
        on their own ("at the summits, where she met Marcos and Albanese")."""
        if trigger is None or len(set(hosts)) != 1 or rules.TOGETHER.search(lowered):
            return False
        homes = [self._country_of(o) for o in actors if o not in hosts]
        own = self._country_of(hosts[0])
        if len(homes) < 2 or None in homes or own in homes or len(set(homes)) < len(homes):
            return False
        return bool(rules.AT_GATHERING.search(lowered, 0, trigger.start()))

    def _hosting(self, text: str, mentions: list[Mention], read: _Read, candidates: list[str],
                 meetings: list[str], went_on: list[str], locations: list[str], events: list[str],
                 countries: list[str], item: _Item, date: str | None) -> None:  # fmt: skip
        """HOSTED, and where the sentence's meetings took place: the host of the event named
        with it, of the drill or meeting the item told of, or a country said to host."""
        lowered = text.lower()
        hosts, hosted = self._hosts(text, mentions, read.ids, read.titles_only)
        hosting = [e for e in candidates if e not in went_on]
        if hosted is not None:
            # "the East Asia Summit hosted by Cambodia": the event named last before it.
            named = [e for e in hosting if read.spot.get(e, len(text)) < hosted]
            hosting = named[-1:] if named else hosting
        if hosts and not hosting and (item.exercises or self.exercises):
            # "The Royal Australian Air Force hosted 4,400 personnel from 20 nations", "the
            # biennial exercise, which Australia and the United States co-host": the drill told.
            if rules.TOOK_PART.search(lowered) or re.search(
                r"\b(?:the|this year's|its) (?:[\w-]+\s+){0,2}(?:exercises?|drills?)\b", lowered
            ):
                hosting = (item.exercises or self.exercises)[-1:]
        if hosts and not hosting and item.meetings and rules.GUESTS.search(lowered):
            # "The two departments hosted their Indian counterparts": at the item's meeting.
            hosting = item.meetings[-1:]
        for host in hosts:
            for eid in dict.fromkeys(hosting):
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
            for lid in clauses.venues(mid, locations, events, read.spot):
                self._edge("LOCATED_IN", mid, lid, text, date, 0.6)
            if not hosts and re.search(r"\bhost(?:ed|s)\b", lowered):
                for cid in countries[:1]:
                    if lowered.find("host") > text.find(self.batch.nodes[cid].name):
                        self._edge("HOSTED", cid, mid, text, date, 0.6)

    def _drills(self, text: str, mentions: list[Mention], read: _Read, exercises: list[str],
                meetings: list[str], parties: list[str], locations: list[str], events: list[str],
                item: _Item, date: str | None) -> None:  # fmt: skip
        """PARTICIPATED_IN and where a drill took place: the drills the sentence names, or the
        one the item told of when it says "the exercise" or who took part."""
        lowered = text.lower()
        # "The exercise" may be one an earlier paragraph named; "... took part, and the French
        # Navy joined" goes on about the item's exercise.
        earlier_drills = item.exercises or self.exercises
        refers = (
            re.search(r"\bthe (?:exercise|drills?)\b", lowered)
            or (item.exercises and rules.TOOK_PART.search(lowered))
            or (not meetings and rules.PARTICIPANTS.search(lowered))
        )
        if exercises or (earlier_drills and refers):
            targets = exercises or earlier_drills[-1:]
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
            participants = [
                c for c in dict.fromkeys([*parties, *ships, *homes])
                if c not in observers
            ]  # fmt: skip
            if rules.EXERCISE_VERB.search(lowered) or exercises or refers:
                for xid in targets:
                    for cid in participants:
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
                    for _m, oid in read.officials:
                        # "led by Rear Adm. Singh": the officers of a drill take part in it.
                        if rules.RANK.match(self.batch.nodes[oid].props.get("title", "")):
                            self._edge("PARTICIPATED_IN", oid, xid, text, date, 0.55)
                    for lid in clauses.venues(xid, locations, [*events, *targets], read.spot):
                        if lid not in self.datelined:  # a drill spans more than the dateline
                            self._edge("LOCATED_IN", xid, lid, text, date, 0.5)

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

    def _name_agreements(self, text: str, mentions: list[Mention], ids: dict[int, str],
                         orgs: list[str], item: _Item, named_here: list[str], date: str | None,
                         pending: list[tuple[int, Mention]], agreements: list[str],
                         spot: dict[str, int]) -> None:  # fmt: skip
        """The sentence's agreements, generic names told apart by the parties it names."""
        # "the allies' treaty", "their Reciprocal Access Agreement": the countries of the
        # sentence's people, else the item's.
        homes = {self._country_of(ids[i]) for i, m in enumerate(mentions)
                 if i in ids and m.label == "Official"}  # fmt: skip
        here = list(dict.fromkeys(c for c in [*named_here, *homes] if c))
        grouped = []
        if rules.GROUP_REF.search(text):
            grouped = here if len(here) >= 2 else item.countries
        bound = [*named_here, *grouped, *(self._country_of_org(o) for o in orgs)]
        signers: list[str | None] = list(self._signers_homes(text, mentions, ids))
        if len(signers) >= 2:
            # "During Shin's swing through the UAE, Saudi Arabia and Qatar, Eom and Saudi
            # Assistant Minister Al-Otaibi inked an MOU": the signers' countries are its parties.
            bound = signers
        for i, m in pending:
            known = m.entry.props.get("aliases", []) if m.entry else m.props.get("aliases", [])
            many = bool(m.entry and m.entry.props.get("generic"))
            theirs = here if len(here) >= 2 and rules.THEIR.search(text, 0, m.start) else []
            parties = [c for c in [*bound, *theirs] if c]
            ids[i] = self._agreement(m.name, date, parties, known, many)
            agreements.append(ids[i])
            spot.setdefault(ids[i], m.start)

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

    def _signers_homes(self, text: str, mentions: list[Mention], ids: dict[int, str]) -> list[str]:
        """The countries of the officials named before a sentence's signing verb, less its
        witnesses."""
        verb = rules.SIGN_VERB.search(text)
        if verb is None:
            return []
        aside = clauses.witness_spans(text)
        homes = (
            self._country_of(ids[i])
            for i, m in enumerate(mentions)
            if i in ids
            and m.label == "Official"
            and m.end <= verb.start()
            and not clauses.in_spans(m.props["name_start"], aside)
        )
        return list(dict.fromkeys(c for c in homes if c))

    def _bind(
        self, text: str, agreements: list[str], adopters: list[str], date: str | None
    ) -> None:
        """PARTY_TO: the parties an agreement's name or the gazetteer gives, and the countries
        and officials of a sentence that adopts it (`adopters`, empty when it is signed)."""
        for aid in agreements:
            known = self.gaz.forms.get(self.batch.nodes[aid].name)
            parties_of: list[str] = known[0].props.get("parties", []) if known else []
            for party in parties_of or self._countries_named_in(self.batch.nodes[aid].name):
                bound_id = self._country_named(party)
                if bound_id:
                    self._edge("PARTY_TO", bound_id, aid, text, date, 0.6)
            if rules.ADOPT.search(text.lower()) and adopters:
                states = {
                    a if self.batch.nodes[a].label == "Country" else self._country_of(a)
                    for a in adopters
                }
                for cid in sorted(c for c in states if c):
                    self._edge("PARTY_TO", cid, aid, text, date, 0.55)

    def _cast(self, text: str, officials: list[tuple[Mention, str]], people: list[str],
              named_before: list[str], date: str | None) -> tuple[list[str], list[str]]:  # fmt: skip
        """The witnesses of a sentence's act, and its actors: the people who act in it now."""
        # Witnesses of a signing attend it; they neither sign nor "meet" the signatories.
        witness_at = clauses.witness_spans(text)
        witnesses = [
            oid for m, oid in officials if clauses.in_spans(m.props["name_start"], witness_at)
        ]
        ref_at = rules.PEOPLE_REF.search(text)
        if named_before and ref_at and clauses.in_spans(ref_at.start(), witness_at):
            # "In the presence of the two leaders, the ministries signed ...": those leaders.
            witnesses += [p for p in named_before if p not in witnesses]
        # "the declaration that Biden and Yoon adopted in April 2023": another time, another act.
        earlier_at = clauses.other_time_clauses(text, date, self.doc.date)
        elsewhere = {
            oid for m, oid in officials if clauses.in_spans(m.props["name_start"], earlier_at)
        }
        # "read out a message from President Marcos": someone whose words were brought along.
        elsewhere |= {oid for m, oid in officials if rules.SENT_BY.search(text, 0, m.start)}
        told = rules.TOLD_AFTER.search(text)
        if told:
            elsewhere |= {oid for m, oid in officials if told.start("who") <= m.props["name_start"]}
        return witnesses, [p for p in people if p not in witnesses and p not in elsewhere]

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
                 item: _Item, date: str | None) -> _Read:  # fmt: skip
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
                ids[i] = self._meeting(m, date, mentions)
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
        return _Read(
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

    def _exercise(self, m: Mention) -> str:
        """A drill's node. Named without its number after an edition was named ("Keen Sword
        25 ... Keen Sword drew 45,000 troops"), it is that edition."""
        numbered = re.fullmatch(r"(.+?)\s+(?:\d{2,4}(?:-\d+)?|[IVX]+)", m.name)
        if not numbered and m.name in self.editions:
            return self.editions[m.name]
        aliases = [m.surface] if m.surface != m.name else []
        if m.props.get("alias"):
            aliases.append(str(m.props["alias"]))
        eid = self._node("Exercise", m.name, aliases)
        if numbered:
            self.editions[numbered.group(1)] = eid
        return eid

    def _country_of(self, official: str) -> str | None:
        name = self.batch.nodes[official].props.get("country")
        return node_id("Country", name) if name else None

    def _pairwise_met(
        self, people: list[str], text: str, date: str | None, confidence: float
    ) -> None:
        if self._planned:
            return
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                ca, cb = self._country_of(a), self._country_of(b)
                if ca and cb and ca == cb:
                    continue  # colleagues on one delegation did not "meet" each other
                self._edge("MET", a, b, text, date, confidence)

    def _encounter(self, people: list[str], kind: str, text: str, date: str | None,
                   locations: list[str], confidence: float, item: _Item) -> str:  # fmt: skip
        """An unnamed call, meeting, visit or signing ceremony between named officials."""
        if kind in ("meeting", "visit") and date:
            for known in reversed(self.meetings):
                # "... before joining Biden and Marcos for the afternoon session": the summit
                # the same people held that day, told again.
                held = self.batch.nodes[known].props.get("date")
                if known in self._gatherings:
                    continue  # met on the sidelines of it: an encounter of their own
                seated = self.seated.get(known, set())
                apart = set(people) < seated and rules.APART.search(text)
                if held == date and set(people) <= seated and not apart:
                    return known
        name = f"{self._surnames(people)} {kind}"
        node_kind = kind if kind in ("call", "visit") else "meeting"
        # The id does not depend on who is named first: two reports of one call are one node.
        key = f"{self._surnames(sorted(people, key=self._family))} {kind} {date or ''}"
        aliases = self._other_orders(people, kind, text) + self._group_names(people, kind, text)
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
            # Met on the sidelines of a gathering: both were at it.
            for oid in people:
                self._edge("ATTENDED", oid, at, text, date, 0.5)
        if kind == "signing meeting":
            self.signings.add(meeting)
        for oid in people:
            self._edge("ATTENDED", oid, meeting, text, date, confidence)
        for lid in locations[:1] if kind != "call" else []:  # a call takes place nowhere
            self._edge("LOCATED_IN", meeting, lid, text, date, 0.6)
        if not locations and kind != "call" and self.place and not self._planned:
            # "In Hanoi ... On Sept. 11 Biden met separately with ...": still in Hanoi.
            self._edge("LOCATED_IN", meeting, self.place, text, date, 0.5)
        if aside and self._near(at, date):
            # Talks on the sidelines sit where the gathering does, and it where they do.
            here = self._placed(meeting)
            there = self._placed(at)
            for lid in here if not there else []:
                self._edge("LOCATED_IN", at, lid, text, date, 0.5)
            for lid in there if not here else []:
                self._edge("LOCATED_IN", meeting, lid, text, date, 0.5)
        self._pairwise_met(people, text, date, confidence)
        self._cooperation({self._country_of(p) for p in people} - {None}, text, date)
        return meeting

    def _unnamed_agreements(self, text: str, countries: list[str], people: list[str],
                            date: str | None,
                            mentions: list[Mention]) -> list[tuple[str, int]]:  # fmt: skip
        """Instruments signed or issued without a proper name of their own: 'signed a
        roadmap on undersea cooperation', 'issued a joint statement', 'signed a revised
        Tailored Deterrence Strategy'. Named after their parties, as analysts name them."""
        found = []
        taken = [(m.start, m.end) for m in mentions if m.label == "Agreement"]
        told = [*rules.SIGNED_THING.finditer(text), *rules.SIGNED_PASSIVE.finditer(text)]
        for m in told:
            if any(start <= m.start("what") < end for start, end in taken):
                continue
            if rules.TITLED.match(text, m.end()) and m.group(0)[:2].lower() == "in":
                continue  # "In a joint statement titled the Wilmington Declaration": named

            if m.group("noun") in rules.PLURAL_INSTRUMENTS and rules.COUNTED.match(
                (m.group("mods") or "").strip()
            ):
                continue
            bare = not (m.group("proper") or m.group("mods") or m.group("tail") or m.group("topic"))
            spoken = m.group(0)[:2].lower() == "in"  # "In their joint statement, ..."
            founding = rules.ESTABLISHING.match(text, m.end() + 1)  # "the convention establishing"
            if bare and (m.group("det") or "").lower() in ("the", "their") and not spoken:
                if not founding:
                    continue  # "after signing the agreement": the one already told of

            if m.group("proper"):
                name = m.group("proper")
            elif m.group("topic"):
                # "a memorandum on an India-Middle East-Europe Economic Corridor"
                name = f"{m.group('topic')} {m.group('noun').lower()}"
            else:
                mods = re.sub(r"^\S*[$€£]\S+\s+\w+\s+", "", m.group("mods"))  # "$35 billion"
                joined = re.search(r"[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+", mods)
                if joined:
                    mods = mods.replace(joined.group(0), "")
                words = [w for w in mods.lower().split() if w not in rules.BLAND]
                noun = m.group("noun") if m.group("noun").isupper() else m.group("noun").lower()
                tail = (m.group("tail") or "").rstrip(" ,")
                purpose = rules.ESTABLISHING.search(text, m.end())
                if not tail and purpose:
                    tail = f" establishing the {purpose.group('what')}"
                # "The Quad foreign ministers ... issued a joint statement": the grouping's.
                grouping = next(
                    (
                        x.surface
                        for x in mentions
                        if x.label == "Organization"
                        and x.entry is not None
                        and x.entry.props.get("kind") in ("alliance", "international")
                        and x.start < m.start()
                    ),
                    "",
                )
                parties = (
                    joined.group(0) if joined else self._party_names(countries, people) or grouping
                )
                name = " ".join(x for x in (parties, *words, noun) if x) + tail
            found.append((self._agreement(name, date, []), m.start("what")))
        return found

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

    def _body_entry(self, mention: Mention) -> Entry:
        """A body the gazetteer does not know. 'China's Ministry of Foreign Affairs' is the
        'Ministry of Foreign Affairs of China': every state has one, and they are not one node."""
        props = dict(mention.props)
        country = props.get("country")
        if country and not self._countries_named_in(mention.name):
            known = self.gaz.lookup(f"{mention.name} of {country}")
            if known and known[0].label == "Organization":
                return known[0]
            props["key"] = f"{mention.name} of {country}"
        return Entry("Organization", mention.name, props)

    def _observers(self, text: str, mentions: list[Mention], ids: dict[int, str]) -> set[str]:
        """'with Japan observing', 'observers from Japan', 'Vietnam sent observers': present,
        but not taking part; nor are those a drill prompted to shadow it."""
        reaction = rules.REACTION.search(text)
        return {
            ids[i]
            for i, m in enumerate(mentions)
            if i in ids
            and (
                re.match(
                    r"\s+(?:observing|observed|as (?:an )?observers?|(?:sent|sends|dispatched)"
                    r"\s+(?:an?\s+)?(?:military\s+)?observers?)\b",
                    text[m.end :],
                )
                or re.search(r"\bobservers?\s+(?:from|of)\s+(?:the\s+)?$", text[: m.start])
                or (reaction and m.start > reaction.start())
            )
        }

    def _meeting_referred_to(self, lowered: str, earlier: list[str]) -> list[str]:
        """'opened the Dialogue': the last meeting told of that is called a dialogue, or else
        the last one told of."""
        ref = rules.THE_MEETING.search(lowered)
        if not ref or not earlier or rules.TIMED_BY.search(lowered, 0, ref.start()):
            return []  # "Ahead of the summit, A met B": their own encounter, before it
        noun = ref.group(0).split()[-1]
        called = [m for m in earlier if noun in self.batch.nodes[m].name.lower()]
        return (called or earlier)[-1:]

    def _group_countries(self, item: _Item, people_first: bool = False,
                         alone: bool = False) -> list[str]:  # fmt: skip
        """'The two sides': the countries the item named, and those of its officials; 'the
        leaders' (people_first): the countries of its officials, if it named any."""
        homes = [c for c in (self._country_of(p) for p in item.people) if c]
        if people_first and homes:
            return list(dict.fromkeys(homes))
        if not item.countries and not homes and alone:
            # A paragraph of an article goes on about the countries the one before named.
            return list(self.previous_countries)
        return list(dict.fromkeys([*item.countries, *homes]))

    def _issuers(self, text: str, start: int, mentions: list[Mention], ids: dict[int, str],
                 group: list[str], referred: list[str]) -> list[str]:  # fmt: skip
        """Who speaks in 'In a joint statement, Australia and Japan said': the countries, and
        the countries of the officials, named before the verb; 'the two governments' is the
        item's group, 'the four ministers' the officials named before."""
        verb = rules.SPEAKS.search(text, start)
        spans = [(start, verb.start() if verb else len(text))]
        opened = rules.IN_STATEMENT.search(text)
        if opened and opened.start() > 0:
            # "The four ministers set out their conclusions in a joint press release": those
            # who speak come first.
            spans.append((0, opened.start()))
        found: list[str] = []
        for begin, stop in spans:
            if rules.SPEAKERS.search(text[begin:stop]):
                found += group
            if rules.PEOPLE_REF.search(text[begin:stop]):
                found += [self._country_of(p) or "" for p in referred]
            for i, m in enumerate(mentions):
                if i in ids and begin <= m.start < stop:
                    if m.label == "Country":
                        found.append(ids[i])
                    elif m.label == "Official":
                        found.append(self._country_of(ids[i]) or "")
        return [c for c in dict.fromkeys(found) if c]

    def _signed(self, agreement: str, signers: list[str], countries: list[str], orgs: list[str],
                text: str, date: str | None) -> None:  # fmt: skip
        """The signatories, the countries they signed for, and the parties bound."""
        for oid in signers:
            self._edge("SIGNED", oid, agreement, text, date, 0.8)
        represented = {c for c in (self._country_of(oid) for oid in signers) if c}
        # "the Denmark-Ukraine agreement, signed by Frederiksen and Zelensky": the signer whose
        # country the text leaves out signed for the party no other signer speaks for.
        unplaced = [oid for oid in signers if not self._country_of(oid)]
        named = [
            self._country_named(c)
            for c in self._countries_named_in(self.batch.nodes[agreement].name)
        ]
        left = [c for c in dict.fromkeys(named) if c and c not in represented]
        if len(unplaced) == 1 and len(left) == 1 and (self._title(unplaced[0]) or len(signers) > 1):
            self._edge("REPRESENTS", unplaced[0], left[0], text, None, 0.5)
            represented.add(left[0])
        for cid in sorted(represented):
            self._edge("SIGNED", cid, agreement, text, date, 0.7)
        for cid in sorted(represented | set(countries)):
            self._edge("PARTY_TO", cid, agreement, text, date, 0.7)
        for oid in orgs:
            self._edge("PARTY_TO", oid, agreement, text, date, 0.6)

    def _agreement(
        self,
        name: str,
        date: str | None,
        parties: list[str],
        aliases: list[str] | None = None,
        kind: bool = False,
    ) -> str:
        """An agreement node, one per instrument whatever the wording: its id is made of the
        countries in its name, sorted, and the rest of the name, so "U.S.–Philippines Mutual
        Defense Treaty" and "the Mutual Defense Treaty" in a sentence about the two countries
        are one node."""
        named = self._countries_named_in(name)
        bare = name
        for country in sorted(named, key=len, reverse=True):
            bare = bare.replace(country, " ")  # "Saudi Arabia" is one country, not two words
        rest = [
            w
            for w in (t.strip("-–") for t in re.sub(r"[-–](?=[A-Z])", " ", bare).split())
            if w and not self._is_country_word(w)
        ]
        # A kind of agreement many pairs sign ("an Acquisition and Cross-Servicing Agreement")
        # is told apart by the parties the sentence names.
        plain = " ".join(w.lower() for w in rest)
        unique = sorted(set(parties))
        if not named and (kind or all(w.lower() in rules.GENERIC_AGREEMENT_WORDS for w in rest)):
            told = self._kind_told(plain, set(unique))
            if told:
                # "a mutual defence agreement", then "the Strategic Mutual Defence Agreement" in
                # a caption: the one this document already told of, under its proper name.
                node = self.batch.nodes[told]
                if name not in (node.name, *node.aliases):
                    proper = all(w[0].isupper() for w in rest if w.lower() not in ("of", "on"))
                    if proper and node.name.split()[-1].islower():
                        node.name, generic_name = name, node.name
                        node.add_alias(generic_name)
                    else:
                        node.add_alias(name)
                return told
            if 2 <= len(unique) <= 3:
                named = [self.batch.nodes[c].name for c in unique]
                name = "-".join(sorted(self._short(c) for c in unique)) + " " + name
        key = " ".join([*sorted(named), *(w.lower() for w in rest)])
        node = Node(node_id("Agreement", key), "Agreement", name, list(aliases or []), {})
        node.props.update(
            {k: v for k, v in (("kind", clauses.agreement_kind(name)), ("date", date)) if v}
        )
        aid = self.batch.add_node(node).id
        generic = kind or all(w.lower() in rules.GENERIC_AGREEMENT_WORDS for w in rest)
        if generic and plain not in self.kinds_signed:
            between = {self._country_named(c) for c in named} - {None}
            self.kinds_signed[plain] = (aid, {c for c in between if c})
        return aid

    def _kind_told(self, plain: str, parties: set[str]) -> str | None:
        """An instrument of this kind the document already told of, between the same parties
        (or parties unsaid): one name's words a part of the other's."""
        words = set(plain.split()) - {"the"}
        for told, (aid, between) in self.kinds_signed.items():
            others = set(told.split()) - {"the"}
            if (words <= others or others <= words) and (
                len(parties) < 2 or not between or between == parties
            ):
                return aid
        return None

    def _countries_named_in(self, text: str) -> list[str]:
        """Canonical names of the countries a name contains ('U.S.', 'Japanese'), not capitals."""
        found = []
        for hit in self.gaz.pattern.finditer(rules.PARTIES_APART.sub(" ", text)):
            entry = self.gaz.lookup(hit.group(0))
            if entry and entry[0].label == "Country" and entry[1] != "capital":
                found.append(entry[0].name)
        return sorted(set(found))

    def _is_country_word(self, word: str) -> bool:
        entry = self.gaz.lookup(word) or self.gaz.lookup(word.strip(".,"))
        return bool(entry and entry[0].label == "Country" and entry[1] != "capital")

    def _country_of_org(self, org: str) -> str | None:
        node = self.batch.nodes[org]
        if node.props.get("kind") not in rules.STATE_KINDS:
            return None
        entry = self.gaz.country(node.props.get("country"))
        cid = node_id("Country", entry.name) if entry else None
        # Only a country the document itself names stands as a party.
        return cid if cid in self.batch.nodes else None

    def _hosts(
        self, text: str, mentions: list[Mention], ids: dict[int, str], titles_only: list[bool]
    ) -> tuple[list[str], int | None]:
        """Who hosted the sentence's events ('co-hosted by Thailand and the United States',
        'Foreign Minister Hayashi hosted his G7 counterparts', 'Trump received Ishiba'), and
        where 'hosted by' begins when the hosts follow the event. A country that only says whose
        official someone is ("Indonesian President Joko Widodo") hosts nothing."""
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
        named_host = rules.THE_HOST.search(text)
        if named_host:
            # "Indonesia, this year's host, is training alongside ...": the one so called.
            return [x for m, x in actors if m.end == named_host.start()][:1], None
        verb = rules.HOSTS.search(text)
        if not verb:
            return [], None
        before = [(m, x) for m, x in actors if m.end <= verb.start()]
        between = text[before[-1][0].end : verb.start()] if before else ","
        officials_before = [(m, x) for m, x in before if m.label == "Official"]
        if officials_before and re.fullmatch(
            r",\s+[^,;]{1,80},\s+", text[officials_before[-1][0].end : verb.start()]
        ):
            # "Gen. Ngo Xuan Lich, Vietnam's defence minister, welcomed Esper": past the apposition
            before = officials_before
            between = " "
        if not re.fullmatch(r"\s+(?:will\s+|also\s+|to\s+|is\s+|are\s+|was\s+|were\s+)?", between):
            return [], None
        host, label = before[-1][1], before[-1][0].label
        if verb.group(0).lower() in ("received", "welcomed"):
            # "received Ishiba": hosting a guest, not receiving a report.
            guests = [m for m, _x in actors if m.start >= verb.end() and m.label == "Official"]
            if label != "Official" or not guests:
                return [], None
        hosts = [host]
        # "which Australia and the United States co-host": every host of the coordination.
        for (m, x), (after, _y) in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
            if not re.fullmatch(r",?\s+(?:and\s+)?(?:the\s+)?|,\s+", text[m.end : after.start]):
                break
            hosts.insert(0, x)
        return hosts, None

    def _visits(self, text: str, officials: list[tuple[Mention, str]], places: list[str],
                spot: dict[str, int], date: str | None, item: _Item) -> None:  # fmt: skip
        """'Marcos made an official visit to Japan': the visit itself, attended by the visitor."""
        visiting = re.search(r"\b(?:visit|trip)\b", text)
        for place in places:
            at = spot.get(place)
            if at is None:
                continue
            trip = rules.VISIT_TO.search(text[:at]) or (
                rules.ARRIVED_IN.search(text[:at]) if visiting else None
            )
            visitors = [o for m, o in officials if trip and m.props["name_start"] < trip.start()]
            if not trip or not visitors:
                continue
            visitor, node = visitors[-1], self.batch.nodes[place]
            # A visit is to a country; the city it was spent in is where it took place.
            country = str(node.props.get("country") or "") if node.label == "Location" else ""
            where = country or node.name
            name = f"{self._family(visitor)} visit to {where}"
            aliases = [f"{self._family(visitor)} visit to {node.name}"] if country else []
            mid = self._node("Meeting", name, aliases, key=f"{name} {date}", kind="visit",
                             date=date)  # fmt: skip
            self._edge("ATTENDED", visitor, mid, text, date, 0.65)
            self._edge("LOCATED_IN", mid, place, text, date, 0.65)
            if mid not in item.meetings:
                item.meetings.append(mid)

    def _other_orders(self, people: list[str], kind: str, text: str = "",
                      name: str | None = None) -> list[str]:  # fmt: skip
        """'Kishi–Marles summit' for 'Marles–Kishi meeting': other readers order the names
        otherwise, and call one sit-down a meeting, a summit or talks."""
        if len(people) > 3:
            return []
        nouns = [kind]
        if kind in ("meeting", "visit"):
            nouns += ["meeting", "summit", "talks"]
        elif kind == "signing meeting":
            nouns += ["signing ceremony", "signing"]
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
        return sorted(others - {name or f"{self._surnames(people)} {kind}"})

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

    def _surnames(self, people: list[str]) -> str:
        """'Austin–Kihara': the family names of the first four people, as the text orders them."""
        return "–".join(self._family(p) for p in people[:4])

    def _family(self, official: str) -> str:
        return self.spelled.get(official) or family_name(self.batch.nodes[official].name)

    def _lone_visitor(self, people: list[str]) -> str | None:
        """The one official, named first, facing several colleagues of one other country, if
        that is so ("Nakatani met Lecornu and Barrot"; not "Kamikawa and Kihara met Marcos")."""
        if len(people) < 3:
            return None
        sides: dict[str | None, list[str]] = {}
        for oid in people:
            sides.setdefault(self._country_of(oid), []).append(oid)
        if None in sides or len(sides) != 2:
            return None
        alone = [members[0] for members in sides.values() if len(members) == 1]
        return alone[0] if len(alone) == 1 and alone[0] == people[0] else None

    def _historical(self, date: str | None) -> bool:
        """A year long before the document ('armour a shogun sent to England in 1613')."""
        return bool(date and self.doc.date and int(date[:4]) < self.doc.date.year - 5)

    def _touring(self, people: list[str], places: list[str]) -> str | None:
        """The official named first, visiting the countries of the others in turn ("visited
        Manila and Hanoi, meeting A and B"): each other is at home in one of the places."""
        homes = [self.batch.nodes[p].props.get("country") for p in people]
        at = {self.batch.nodes[x].props.get("country") for x in places}
        others = homes[1:]
        if len(people) < 3 or len(at) < 2 or None in homes or homes[0] in others:
            return None
        return people[0] if set(others) <= at and len(set(others)) == len(others) else None

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

    def _same_day(self, meeting: str, date: str | None, strict: bool = False) -> bool:
        """Whether a sentence of that date can go on about the meeting; a named gathering
        (a dialogue, a summit) runs for a few days."""
        held = self.batch.nodes[meeting].props.get("date")
        if held is None or date is None or held == date:
            return True
        if strict or meeting in self.encounters or len(held) != 10 or len(date) != 10:
            return False
        if self.batch.nodes[meeting].props.get("kind") not in ("dialogue", "summit"):
            return False
        gap = dt.date.fromisoformat(date) - dt.date.fromisoformat(held)
        return dt.timedelta(0) <= gap <= dt.timedelta(days=3)

    def _people_referred_to(self, text: str, item: _Item,
                            officials: list[tuple[Mention, str]]) -> list[str]:  # fmt: skip
        """'the four ministers': the officials of that number named just before, by role; 'she'
        before anyone is named: the one the item is about. `officials` are the sentence's own."""
        them = rules.PEOPLE_REF.search(text)
        if them and len({oid for m, oid in officials if m.end <= them.start()}) >= 2:
            return []  # "Kishida called Yoon, and the two leaders agreed": these two
        pronoun = rules.PRONOUN.search(text)
        if pronoun and not any(m.start < pronoun.start() for m, _ in officials):
            about = item.people or self._protagonist() or self.previous_people
            return about[:1]
        one = rules.ONE_REF.match(text)
        if one:
            # "The Secretary also paid a courtesy call on ...": the one so titled just before.
            role = one.group("role").lower()
            lead = [p for p in self._protagonist() if role in self._title(p).lower()]
            named = item.people or lead or self.previous_people
            fitting = [p for p in named if role in self._title(p).lower()]
            if len({*fitting}) > 1:
                # "The Secretary" of a readout is its Secretary of State, not the Foreign
                # Secretary he met.
                fitting = [p for p in fitting if self._title(p).lower().startswith(role)]
            return fitting[-1:] if len({*fitting}) == 1 else []
        m = rules.PEOPLE_REF.search(text)
        if not m:
            return []
        # "The leaders met at the residence": the leaders just named, if the item names no one.
        leaders_met = (m.group("role") or "").lower() == "leaders" and re.match(
            r"\s+(?:met|held|sat)\b", text[m.end() :]
        )
        side = self.gaz.lookup(m.group("side") or "")
        if side and side[0].label == "Country":
            # "The visiting Japanese ministers called on Modi": that country's officials.
            home = side[0].name
            ones = [p for p in [*item.people, *self.recent_people] if self._country_of(p) == home]
            return list(dict.fromkeys(self._fitting(ones, (m.group("role") or "").lower())))
        number = m.group("number") or m.group("number2")
        if not number and not (
            m.group("role") and (rules.THEY_SIGNED.match(text, m.end()) or leaders_met)
        ):
            return []  # "the ministers" may be another group's, unless they sign
        wanted = rules.NUMBERS[number.lower()] if number else 0
        named = item.people or self.previous_people
        role = (m.group("role") or "").lower()
        if (m.group("kind") or "").lower() == "prime":
            role = "leaders"  # "the two prime ministers"
        fitting = self._fitting(named, role)
        if not wanted:
            if len(fitting) < 2 and leaders_met:
                # The paragraph before named them: "Yoon's trip ... The leaders met".
                fitting = self._fitting(dict.fromkeys([*item.people, *self.previous_people]), role)
            return fitting if len(fitting) >= 2 else []
        if len(fitting) == wanted:
            return fitting
        if len(named) == wanted:
            return list(named)
        if len(fitting) > wanted or item.people or rules.TITLE_WORD.search(text[: m.start()]):
            return []  # more named than the text counts, or others named with them: unclear
        # "The two ministers also witnessed ..." a paragraph or two after both were named: the
        # most recently named who fit the role.
        latest = list(dict.fromkeys(reversed(self._fitting(self.recent_people, role))))[:wanted]
        return latest if len(latest) == wanted else []

    def _placed(self, mid: str) -> list[str]:
        """Where a meeting is said so far to have taken place: the widest of the places, the
        city rather than the hotel in it."""
        located = {(e.source, e.target) for e in self.batch.edges if e.type == "LOCATED_IN"}
        there = [target for source, target in located if source == mid]
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
            mid not in self.unnamed
            and mid not in self.encounters
            and mid not in self.ceremonies
            and mid not in self.signings
            and node.props.get("kind") not in ("call", "visit")
        )

    def _trip_of(self, people: list[str]) -> str:
        """The latest visit the first of `people` made in this document, or ''."""
        trips = [
            mid
            for mid, seated in self.seated.items()
            if people and people[0] in seated and self.batch.nodes[mid].props.get("kind") == "visit"
        ]
        return trips[-1] if trips else ""

    def _protagonist(self) -> list[str]:
        """The official a release or article is about: told of in at least three sentences and
        in twice as many as anyone else; 'he' and 'the Minister' of a new paragraph are them."""
        ranked = sorted(self.told_of.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3:
            return []
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return []
        return [ranked[0][0]]

    def _called_on(self, text: str, mentions: list[Mention]) -> bool:
        """'Marles called on Prime Minister Modi': a call in person, unlike 'called on China to'."""
        return "on " in text and any(
            m.label == "Official" and rules.CALLED_ON.search(text, max(0, m.start - 80), m.start)
            for m in mentions
        )

    def known_officials(self, text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names of gazetteer officials NER missed ("Sanae Takaichi became prime minister",
        "Trump arrived in Tokyo"); a family name alone only for one in office at the
        document's date, and written with its capital."""
        found = []
        when = self.doc.date.isoformat() if self.doc.date else None
        names = official_names()
        for word in re.finditer(r"(?<![\w-])[A-Z][\w-]*", text):
            start = word.start()
            form = next(
                (
                    f
                    for f in names.get(word.group(0), ())
                    if text.startswith(f, start)
                    and not re.match(r"[\w-]", text[start + len(f) : start + len(f) + 1])
                ),
                None,
            )
            if form is None:
                continue
            end = start + len(form)
            if any(s < end and start < e for s, e in persons):
                continue
            if " " not in form:
                records = self.officials.get(form.lower(), [])
                if len(records) != 1 or not records[0].title_on(when):
                    continue
                if re.search(r"[A-Z][\w.-]*\s+$", text[:start]) and not re.search(
                    rf"(?:{TITLE_CORE})\.?\s+$", text[:start]
                ):
                    continue  # "Donald" of another family, or a body's name
            found.append((start, end))
        return found

    def described(self, text: str, mentions: list[Mention], item: _Item) -> list[Mention]:
        """People a sentence names by description only ("his South Korean counterpart", "the
        visitor", "the Chinese leader", "the Pentagon chief"), as mentions of whom they mean:
        the latest one named before who fits."""
        named = {m.name for m in mentions if m.label == "Official"}
        earlier = [p for p in [*self.recent_people, *item.people] if p]
        extra = []
        for hit in rules.DESCRIBED.finditer(text):
            group = next(g for g in ("n1", "n2", "n3", "n4") if hit.group(g))
            at = hit.start(group)
            if any(m.start <= at < m.end for m in mentions if m.label == "Official"):
                continue
            noun = hit.group(group).lower()
            said = hit.group("d1") or hit.group("d4")
            home = self.gaz.lookup(said) if said else None
            country = home[0].name if home and home[0].label == "Country" else None
            if said == "Pentagon":
                country = "United States"
            elif said and not country and said != "new":
                continue
            # "Kono ... and his South Korean counterpart": one who holds the same portfolio.
            before = [m for m in mentions if m.label == "Official" and m.end <= hit.start()]
            said_of = (
                " ".join(str(before[-1].props.get(k) or "") for k in ("title_phrase", "apposition"))
                if before
                else ""
            )
            subject = self.people.get(before[-1].name) if before else None
            portfolio = clauses.portfolio(said_of) or (
                clauses.portfolio(self._title(subject)) if subject else None
            )
            fits = []
            for p in reversed(earlier):
                node = self.batch.nodes[p]
                title = str(node.props.get("title") or "")
                if node.name in named or (country and node.props.get("country") != country):
                    continue
                if noun == "leader" and title and not rules.LEADER.search(title):
                    continue
                if noun == "president" and "President" not in title:
                    continue
                if said == "Pentagon" and not re.search(r"Defen[cs]e", title):
                    continue
                if noun == "counterpart" and portfolio and clauses.portfolio(title) != portfolio:
                    continue
                fits.append(p)
            if noun in ("visitor", "guest"):
                # The guest at the item's last hosted meeting, or else whom the item is about.
                fits = self._guests(item) or item.people[:1]
                fits = [p for p in fits if self.batch.nodes[p].name not in named]
            if not fits:
                continue
            person = self.batch.nodes[fits[0]]
            extra.append(
                Mention(
                    "Official",
                    person.name,
                    hit.group(0),
                    at,
                    hit.end(),
                    props={
                        "title_phrase": "",
                        "apposition": "",
                        "confidence": 0.6,
                        "name_start": at,
                    },
                )
            )
        return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions

    def _guests(self, item: _Item) -> list[str]:
        """Who was received at the item's last meeting: those seated there but not hosting."""
        if not item.meetings:
            return []
        mid = item.meetings[-1]
        hosts = {e.source for e in self.batch.edges if e.type == "HOSTED" and e.target == mid}
        if not hosts:
            return []
        guests = [p for p in item.people if p in self.seated.get(mid, ()) and p not in hosts]
        return guests if len(guests) == 1 else []

    def _fitting(self, people: Iterable[str], role: str) -> list[str]:
        """Those of `people` whose title fits a role word: 'ministers', 'leaders', or any."""
        people = list(people)
        if role.startswith(("minister", "secretar")):
            # A prime minister is one of "the two leaders", not of "the two ministers".
            titled = [
                p
                for p in people
                if rules.MINISTERIAL.search(re.sub(r"Prime Minister", "", self._title(p)))
            ]
        elif role.startswith("leader"):
            titled = [p for p in people if rules.LEADER.search(self._title(p))]
        else:
            return people
        # Someone named without a title ("his counterpart Richard Marles") may fit the role
        # when those who plainly hold it are too few.
        if len(titled) >= 2:
            return titled
        return [p for p in people if p in titled or not self._title(p)]

    def _title(self, official: str) -> str:
        node = self.batch.nodes[official]
        return str(node.props.get("title") or "")

    def _described_meetings(self, text: str, countries: list[str], orgs: list[str],
                            people: list[str],
                            date: str | None) -> list[tuple[str, int]]:  # fmt: skip
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
                found.append((self._meeting_node(name, date), m.start()))
        groupings = [o for o in orgs if self.batch.nodes[o].props.get("kind") in rules.GROUPINGS]
        for m in rules.SUMMIT_OF.finditer(text):
            # "his last summit of the Quad", "NATO's 75th-anniversary summit", "the alliance's
            # summit": a gathering of a grouping the sentence names.
            said = m.group("group") or m.group("group2")
            noun = m.group("noun") or m.group("noun2") or m.group("noun3")
            hit = self.gaz.lookup(said) if said else None
            if said is None and groupings:
                said = self.batch.nodes[groupings[0]].name
                hit = self.gaz.lookup(said)
            if (
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
        role_met = not rules.NICKNAME_OF.search(text) and len(people) < 2
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
        for m in rules.FOLLOWED_BY.finditer(text):
            what = re.sub(
                r"^(?:the\s+)?(?:allies|two sides|countries|ministers)[’']\s+", "", m.group("what")
            )
            what = rules.LEADING_ORDINAL.sub("", what)
            if parties:
                found.append((self._meeting_node(f"{parties} {what}", date), m.start()))
        return found

    def _signing_parties(self, text: str, mentions: list[Mention], ids: dict[int, str],
                         parties: list[str]) -> list[str]:  # fmt: skip
        """The parties a signing sentence names, less the countries of its witnesses ("in the
        presence of Belgian Prime Minister De Croo") and those only spoken of ("the second
        anniversary of Russia's invasion")."""
        homes = self._signers_homes(text, mentions, ids)
        if len(homes) >= 2:
            return homes  # the countries the signers speak for
        witnessed = clauses.witness_spans(text)
        aside = {
            ids[i]
            for i, m in enumerate(mentions)
            if i in ids
            and m.label == "Country"
            and (clauses.in_spans(m.start, witnessed) or rules.COUNTRY_SPOKEN_OF.match(text, m.end))
        }
        acting = {
            ids[i]
            for i, m in enumerate(mentions)
            if i in ids and m.label == "Country" and ids[i] not in aside
        }
        kept = [c for c in parties if c not in aside or c in acting]
        # Leaders who only witness their ministries' memorandum: their countries are its parties.
        return kept or parties

    def _party_names(self, countries: list[str], people: list[str]) -> str:
        """'Japan-US': the short names of the countries taking part, in a stable order."""
        ids = {*countries, *(self._country_of(p) for p in people)} - {None}
        return "-".join(sorted(self._short(c) for c in ids if c))

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

    def _cooperation(self, countries: set[str | None], text: str, date: str | None) -> None:
        """Countries whose officials met, or who met as countries, cooperate (weak evidence),
        unless the sentence tells of friction rather than work together."""
        if rules.FRICTION.search(text) and not rules.COOPERATE.search(text.lower()):
            return
        ordered = sorted(c for c in countries if c)
        status = "planned" if rules.PLAN.search(text.lower()) else "active"
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                self._edge("COOPERATES_WITH", a, b, text, date, 0.45, status=status)

    def _short(self, country: str) -> str:
        name = self.batch.nodes[country].name
        return rules.SHORT_NAMES.get(name, name)

    def _generic_meeting(self, lowered: str, countries: list[str], people: list[str],
                         date: str | None, met: bool,
                         item_meetings: list[str]) -> str | None:  # fmt: skip
        """An unnamed meeting between countries. With named officials at it, it is their
        encounter ('Austin–Kihara–Shin meeting'); without, it is named by the countries and the
        text's own words ('the national security advisers of the three nations met': the
        'Japan-South Korea-US trilateral national security advisers meeting'). A standing
        format ('2+2', a dialogue) keeps the countries' name either way."""
        # "the talks" alone points back at talks told before, and so does "the ministerial
        # meeting" in an item that has one; "deepen their dialogue" names no meeting at all.
        refers = r"the (?!2\+2)\S+" if not item_meetings else r"the (?!2\+2)(?!first|next)[^,;]+"
        event = next(
            (
                e
                for e in rules.EVENT_NOUN.finditer(lowered)
                if not re.fullmatch(refers, e.group(0))
                and not rules.ONGOING.search(lowered[: e.start()])
            ),
            None,
        )
        role = rules.ROLE_OF.search(lowered) or rules.ROLE_OF_NAMED.search(lowered)
        parties = self._party_names(countries, people)
        if parties.count("-") < 1 or not (event or (met and role)):
            return None
        if role:
            noun = event.group("noun") if event else "meeting"
            size = {3: "trilateral ", 4: "quadrilateral "}.get(parties.count("-") + 1, "")
            said = " ".join(role.group("role").split())
            name = f"{parties} {size}{rules.ROLE_PLAIN.get(said, said)} {noun}"
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

    def _generic_exercise(self, text: str, countries: list[str], locations: list[str],
                          date: str | None) -> str | None:  # fmt: skip
        """'joint exercises in the South China Sea': an exercise named by its place."""
        m = rules.GENERIC_EXERCISE.search(text)
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

    def _merge_surnames(self) -> None:
        """A surname-only official is the one full name in the document with that family name."""
        officials = [n for n in self.batch.nodes.values() if n.label == "Official"]
        full: dict[str, list[str]] = {}
        for node in officials:
            if len(node.name.split()) > 1:
                full.setdefault(family_name(node.name), []).append(node.id)
        for node in officials:
            if node.name.lower() in self.never_link:
                continue
            if len(node.name.split()) == 1 and len(full.get(node.name, [])) == 1:
                self.batch.merge(node.id, full[node.name][0])

    def _meeting(self, m: Mention, date: str | None, mentions: list[Mention]) -> str:
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
        if entry is not None and entry.label == "Meeting":
            aliases = clauses.dialogue_aliases(entry, [*aliases, m.name])
        mid = self._node("Meeting", name, aliases, kind=kind, date=date)
        for alias in aliases:
            self.alias_to_meeting[alias] = mid
        return mid

    def _two_plus_two(self, members: set[str]) -> Entry | None:
        """The standing '2+2' of exactly these countries, if the gazetteer knows one."""
        known = [e for e in self.gaz.nicknamed.get("2+2", []) if set(e.props["members"]) == members]
        return known[0] if known else None

    def _dialogue_node(self, entry: Entry, said: list[str], kind: str, date: str | None) -> str:
        """A standing dialogue's node, under its own name."""
        aliases = clauses.dialogue_aliases(entry, said)
        return self._node("Meeting", entry.name, aliases, kind=kind, date=date)

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
