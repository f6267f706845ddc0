"""One document's reading so far, and the writers every frame uses: nodes, facts with
their evidence and frame, officials with their titles and countries, state bodies."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from ..graph.model import Batch, Edge, Node, node_id
from . import clauses, rules
from .dates import resolve_dates
from .documents import Document
from .gazetteer import Entry, Gazetteer, OfficialRecord, load_officials
from .mentions import Mention
from .names import canonical_person, family_name, of_realm, regnal

__all__ = ["DocumentState", "ItemNotes", "SentenceRead", "Told"]

# Countries a gathering can hold and still speak of their working together pair by pair.
_FEW_PARTIES = 4
# Days after a meeting within which a sentence can still tell who took part in it.
_WEEK = 7


@dataclass
class ItemNotes:
    """What an item has named so far, for group references, 'the dialogue' and 'the same day'."""

    countries: list[str] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    exercises: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    date: str | None = None
    dateline: str = ""  # the city the item is datelined from
    dateline_date: str | None = None  # and the day it gives
    listing: bool = False  # the item lists the instruments signed or exchanged


@dataclass
class SentenceRead:
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


@dataclass
class Told:
    """One sentence as the frames read it: its words, its mentions and the nodes they resolved
    to, the item it belongs to, and its time."""

    text: str
    mentions: list[Mention]
    read: SentenceRead
    item: ItemNotes
    date: str | None  # the day of the sentence's events
    dates: list[tuple[int, str]]  # every date it names, and where
    lowered: str = field(init=False)

    def __post_init__(self) -> None:
        self.lowered = self.text.lower()


class DocumentState:
    """The nodes and facts one document has given so far, and how they are written."""

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
        self.last_alliance: str | None = None  # the grouping "its members" speaks of
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
        # An instrument's own name, less the countries in it: the nodes told under that name.
        self.proper_names: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self.pair_of: dict[str, list[str]] = {}  # one of several like instruments: its two parties
        self.signed_at: dict[str, str] = {}  # an instrument -> the ceremony it was signed at
        self.signings: set[str] = set()  # encounters that were signing ceremonies
        self.encounters: set[str] = set()  # meetings of named people, not of their countries
        self._frame = ""  # the kind of the encounter the sentence last seated people at
        # Officials who chaired or attended each meeting, and those the previous item named:
        # for sentences that go on about a meeting, and for "the four ministers".
        self.seated: dict[str, set[str]] = {}
        # Instruments a gathering adopted as one, with the meetings it may be, the sentence
        # and its date: their signatories are known only once the document is read.
        self.adopted: list[tuple[list[str], list[str], str, str | None]] = []
        self.spelled: dict[str, str] = {}  # officials' family names as this document spells them
        self.editions: dict[str, str] = {}  # "Keen Sword" -> the "Keen Sword 25" node
        self.meetings: list[str] = []  # in the order they were last attended
        self.exercises: list[str] = []  # in the order they were first named
        self.agreements: list[str] = []
        self.previous_people: list[str] = []
        self.recent_people: list[str] = []  # everyone named so far, the latest last
        self.authors: list[str] = []  # "I" of a minister's release
        self.issuer_home: str | None = None  # the country of the body that issued a release
        self.company: list[str] = []  # the names of those "we" adds to the minister
        self.company_said = ""  # the sentence that names them
        self.told_of: dict[str, int] = {}  # official -> sentences about them so far
        self.last_people: list[str] = []  # the officials the sentence before named
        self.place = ""  # where the item's latest event sat, for the encounters after it
        self.body_country: dict[str, str] = {}  # "Ministry of Defense" -> "Japan", once placed
        self.ceremony_seen = ""  # a signing told by its witnesses, before its signatories
        self.gathering = ""  # the gathering whose sidelines the item's encounters are on
        self.unnamed: set[str] = set()  # encounters named after their people
        self.lead: ItemNotes | None = None  # a report's first paragraph: what it is about
        self.unnamed_instruments: list[str] = []  # named after their parties, as told
        self.listed_as: dict[str, str] = {}  # an instrument read by its words -> as listed
        self.previous_countries: list[str] = []
        self.datelined: set[str] = set()
        self._family_of: dict[str, str] = {}  # each official's family name, read once
        self._families_at = -1  # how many nodes the batch had when last read
        self.outside: set[str] = set()  # officials the sentence names outside its event frames
        self.in_turn: tuple[str, set[str]] | None = None  # one official, and those they saw
        self.side_by_side: list[list[str]] = []  # the people of each of several meeting verbs
        self.side_spans: list[tuple[int, int]] = []  # each verb, to the last person it sees
        self.spot: dict[str, int] = {}  # where in the sentence each node read there is named
        self.dates_at: list[tuple[int, str]] = []  # where in the sentence each date is named
        self._evidence = ""
        self._said = ""

    def _node(self, label: str, name: str, aliases: list[str] | None = None,
              key: str | None = None, **props: Any) -> str:  # fmt: skip
        node = Node(
            node_id(label, key or name), label, name, [], {k: v for k, v in props.items() if v}
        )
        for alias in aliases or []:
            node.add_alias(alias)
        return self.batch.add_node(node).id

    def issued_by(self, title: str, items: list[str], masthead: str = "") -> None:
        """'Ministry of External Affairs' as a release's first line: the body that issued it is
        an organization the document names, whatever its body goes on to tell."""
        title = title.strip()
        if not rules.ISSUING_BODY.fullmatch(title):
            if rules.GOVERNMENT_OFFICE.fullmatch(title):
                # "MINISTRY OF DEFENCE OF THE REPUBLIC OF INDONESIA", "PRESIDENTIAL
                # COMMUNICATIONS OFFICE" over "Republic of the Philippines": whose office.
                homes = self._countries_named_in(f"{title} {masthead}".title())
                self.issuer_home = homes[0] if len(homes) == 1 else None
            return
        hit = self.gaz.lookup(title)
        home = hit[0].props.get("country") if hit and hit[0].label == "Organization" else None
        self.issuer_home = home
        if hit and home in self._countries_named_in(" ".join(items[:2])):
            # The gazetteer's body of that name, when the release opens on its country.
            body = Mention("Organization", hit[0].name, title, 0, len(title), entry=hit[0])
            self._organization(body, title, None)
        else:
            self._node("Organization", title, kind="government")

    def _edge(self, rel: str, source: str, target: str, evidence: str, date: str | None,
              confidence: float, **props: Any) -> None:  # fmt: skip
        if rel in ("ATTENDED", "CO_CHAIRED", "HOSTED") and self._long_apart(target, date):
            return  # "recalled the commitments made at the Camp David Summit": not there now
        if rel in ("ATTENDED", "CO_CHAIRED") and self.meetings[-1:] != [target]:
            # "On the margins of the meeting": the meeting told of last, even if named before.
            if target in self.meetings:
                self.meetings.remove(target)
            self.meetings.append(target)
        if rel == "LOCATED_IN" and self.batch.nodes[source].label == "Meeting":
            if rules.OPEN_WATER.search(self.batch.nodes[target].name):
                return  # "talks on the South China Sea": a subject, never where people sat
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

    def _speak_for(self, people: list[str], country: str | None, text: str) -> None:
        """Those of `people` whose country is not yet known represent `country`."""
        for oid in people if country else []:
            node = self.batch.nodes[oid]
            if not node.props.get("country"):
                node.props["country"] = self.batch.nodes[str(country)].name
                self._edge("REPRESENTS", oid, str(country), text, None, 0.5)

    @property
    def day(self) -> str | None:
        """The document's date as ISO text, or None when it has none."""
        return self.doc.date.isoformat() if self.doc.date else None

    def _serves_a_body(self, record: OfficialRecord) -> bool:
        """Whether a gazetteer official's office on the document's date is an international
        body's, not his state's (Tusk, President of the European Council, in 2019)."""
        return bool(record.body_on(self.day))

    def _one_dateline(self) -> list[str]:
        """The document's dateline town, when it has exactly one: a digest's several datelines
        each speak only for their own item."""
        return sorted(self.datelined) if len(self.datelined) == 1 else []

    def _long_apart(self, meeting: str, date: str | None) -> bool:
        """Whether a sentence dated `date` is too long after a meeting's own day to tell of
        anyone taking part in it: more than a week, or a month when either is known only by
        its month. (Before it, the sentence may tell of plans.)"""
        node = self.batch.nodes[meeting]
        held = node.props.get("date")
        if node.label != "Meeting" or node.props.get("kind") == "dialogue" or not held or not date:
            return False  # a standing dialogue meets again and again
        if len(held) == len(date) == 10:
            gap = dt.date.fromisoformat(date) - dt.date.fromisoformat(held)
            return gap.days > _WEEK
        if len(held) < 7 or len(date) < 7:
            return False
        # "the Camp David Summit in August 2023", told of in a report of November 2024
        months = (int(date[:4]) - int(held[:4])) * 12 + int(date[5:7]) - int(held[5:7])
        return months > 1

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
        entry = mention.entry or self._body_entry(mention, evidence)
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
        # "the European Commission": part of the Union, when the document names the Union
        whole = node_id("Organization", str(entry.props.get("part_of") or ""))
        if entry.props.get("part_of") and whole in self.batch.nodes:
            self._edge("PART_OF", oid, whole, evidence, None, 0.9)
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
                known = self._by_given_name(tokens[0])
        title_phrase = mention.props.get("title_phrase", "")
        apposition = mention.props.get("apposition", "")
        country, org, title = self._read_title(title_phrase, apposition, mention, mentions)
        if org is None:
            org = self._office_owner(mention, mentions)
            if org and country is None:
                country = self._country_of_org(org)  # the Royal Thai Army's chief is Thailand's
        if country is None:
            # "Italy's Guido Crosetto", "Thailand's Prime Minister Prayut": said outright, so
            # before what the company he keeps suggests ("Xi was joined by Uzbekistan's ...")
            owner = rules.OWNER_BEFORE.search(evidence[: mention.start])
            owner = owner or rules.OWNER_TITLE_BEFORE.search(evidence, 0, mention.start)
            hit = self.gaz.lookup(owner.group(1)) if owner else None
            if hit and hit[0].label == "Country":
                country = self._country_named(hit[0].name)
        if country is None:
            country = (
                self._delegation_country(mention)
                or self._respective_country(mention, mentions)
                or self._side_country(mention)
                or self._entourage_country(mention, mentions)
            )
        if country is None and title_phrase:
            # "Solomon Islands Prime Minister Jeremiah Manele": the country just before the
            # title, when the recognizer kept it apart from the title.
            country = next(
                (
                    self._country_named(m.name)
                    for m in mentions
                    if m.label == "Country"
                    and not evidence[m.end : mention.start].strip()
                    and m.end <= mention.start
                ),
                None,
            )
        if country is None and self._us_only_title(
            mention, mentions, evidence, title_phrase, apposition, title
        ):
            country = self._country_named("United States")
        if name.lower() not in self.never_link and (known is None or len(tokens) > 1):
            # "Sheikh Mohamed", "Prince Khalid": a royal's given name, not a family name.
            royal = rules.ROYAL_BEFORE.search(evidence[: mention.props.get("name_start", 0)])
            record = self._well_known(name, country, title, given=bool(royal))
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
        # ("Mohammed" is the first word of "Mohammed bin Salman", not another spelling of it.)
        alike = said[:4].lower() == canonical[:4].lower() and len(said.split()) == len(
            canonical.split()
        )
        if said in node.name.split()[1:-1] and " " not in said:
            # "Luiz Inácio Lula da Silva", whom the text calls "Lula": the name he goes by.
            self.spelled[oid] = said
        elif said != canonical and alike:
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
        if (
            country is None
            and completed is not None
            and not node.props.get("country")
            and not self._serves_a_body(completed[0])
        ):
            # Known from the officials gazetteer: the country is needed now, to tell colleagues
            # of one delegation from counterparts.
            country = self._country_named(completed[0].country_on(self.day))
            confidence = 0.6
        if country and not node.props.get("country"):
            node.props["country"] = self.batch.nodes[country].name
            self._edge("REPRESENTS", oid, country, evidence, None, confidence)
        if org:
            self._edge("MEMBER_OF", oid, org, evidence, date, confidence)
        return oid

    @staticmethod
    def _us_only_title(
        mention: Mention, mentions: list[Mention], evidence: str, *said: str
    ) -> bool:
        """Whether the official's title is one only Washington gives, said before the name or
        after it ("Siddharth Mohandas, Deputy Assistant Secretary of Defense for East Asia")
        up to the next official."""
        if rules.US_ONLY_TITLE.search(" ".join(said)):
            return True
        stop = min(
            [m.start for m in mentions if m.label == "Official" and m.start >= mention.end]
            + [len(evidence)]
        )
        after = re.match(r",\s+(?!and\b)([^,;()]{0,70})", evidence[mention.end : stop])
        hit = rules.US_ONLY_TITLE.search(after.group(1)) if after else None
        # "Tuya, this morning received the Secretary of Defense of the United States, Pete
        # Hegseth": a title after a verb is someone else's, not an apposition of this name.
        return bool(hit and after and rules.TITLE_LEAD.fullmatch(after.group(1)[: hit.start()]))

    def _dated_title(self, node: Node, title: str) -> None:
        """Keep every title a document gives, dated, so a profile shows titles over time."""
        when = self.day or "undated"
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

    def _well_known(self, name: str, country: str | None, title: str = "",
                    given: bool = False) -> OfficialRecord | None:  # fmt: skip
        """A gazetteer official this mention can only mean, given the document's date and the
        title the text gives: 'Rear Adm. Singh' is not the defence minister of that name."""
        plain = re.sub(r"\s+(?:Jr|Sr|II|III|IV)\.?$", "", name)  # "Gilberto Teodoro Jr."
        bare = re.sub(r"\s+[A-Z]\.?(?=\s)", "", plain)  # "Gilberto C. Teodoro"
        # "Mohammed bin Salman bin Abdulaziz Al Saud": the name and the father's name are the
        # one he goes by.
        chain = re.match(r"\S+\s+(?:bin|ibn|bint)\s+\S+(?=\s+(?:bin|ibn|bint|Al)\s)", name)
        candidates = next(
            (
                found
                for form in (name, f"{name}.", plain, bare, *([chain[0]] if chain else []))
                if (found := self.officials.get(form.lower()))
            ),
            [],
        )
        when = self.day
        if country:
            wanted = self.batch.nodes[country].name
            candidates = [c for c in candidates if wanted in (c.country, c.country_on(when))]
        if len(name.split()) == 1 and when:
            # A bare surname counts for someone in office at the time, or else for the one
            # official of that name the gazetteer knows ("Kishida, who left office last year").
            serving = [c for c in candidates if c.title_on(when)]
            # An earlier document's official of that surname is likelier than a former one.
            alone = len(candidates) == 1 and name not in self.seen_families
            candidates = serving or (candidates if alone else [])
        if title:
            ranked = bool(rules.RANK.match(title))
            # "Col. Assimi Goïta" in full: an officer who rules; a bare "Rear Adm. Singh" is no
            # defence minister of that surname.
            ruling = len(name.split()) > 1 and ranked
            candidates = [
                c
                for c in candidates
                if bool(rules.RANK.match(c.title_on(when) or title)) == ranked
                or (ruling and rules.HEAD_OF_STATE_TITLE.search(c.title_on(when) or ""))
            ]
        if given and " " not in name:
            # ("Sheikh Hasina" is her name: the honorific is part of it.)
            candidates = [
                c
                for c in candidates
                if c.name.split()[0] == name or rules.ROYAL_BEFORE.fullmatch(c.name[: -len(name)])
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
        # "US Third Fleet commander Vice Adm. Scott Conn": the body named before the role.
        after += [
            x
            for x in mentions
            if x.label == "Organization"
            and x.end <= mention.start
            and rules.COMMANDER_OF_BEFORE.fullmatch(
                self._evidence[x.end : mention.start] + " " + title_phrase
            )
        ]
        # "Commander of the Republic of Fiji Military Forces (RFMF), Major-General X": the body
        # whose office is set off before the name.
        ranked = bool(re.fullmatch(rf"(?:{rules.RANK.pattern}\s*)+", title_phrase + " "))
        after += [
            x
            for x in mentions
            if x.label == "Organization"
            and x.end <= mention.start
            and rules.HEAD_OF_BEFORE.search(self._evidence, max(0, x.start - 40), x.start)
            and re.fullmatch(
                # "Chief of Staff of the AFP General X": a rank alone may follow without a comma
                r"(?:\s+\([A-Z][\w&+ -]{1,12}\))?" + (",?" if ranked else ",") + r"\s+",
                self._evidence[x.end : mention.start],
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
                r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s|(?<=s)['’])\s+[^,;]{3,60},\s+"
                r"(?:(?:Mr|Ms|Mrs|Dr|Hon|H\.E|Shri)\.?\s+)*$",
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
        title = re.sub(r"\s*\b(?:Dr|Mr|Ms|Mrs|Shri|Smt|Hon)\.?$", "", title)
        title = re.sub(r"\s+(?:of|for)(?:\s+the)?$", "", title)  # "... of the United States"
        if org and country:
            org = self._same_kind_in(org, country)
        title = re.sub(r"\s{2,}", " ", title).strip()
        title = re.sub(r"^(?:a|an|the)\s+", "", title)
        title = rules.TITLE_SHORT.sub(lambda m: rules.TITLE_NORMAL[m.group()], title)
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

    def _respective_country(self, mention: Mention, mentions: list[Mention]) -> str | None:
        """'The defence ministers of Estonia and Latvia, A and B': the countries in turn."""
        people = _run_of(mentions, mention, "Official", self._evidence)
        if people is None:
            return None
        run, place = people
        first = mentions.index(run[0])
        if re.search(r"\btheir\s+(?:[\w-]+\s+){1,3}?\w+s,\s+$", self._evidence[: run[0].start]):
            # "A, B and C witnessed their foreign ministers, X, Y and Z, sign": in turn too.
            return self._principal_country(mentions[:first], len(run), place)
        countries = (
            _run_of(mentions, mentions[first - 1], "Country", self._evidence) if first else None
        )
        if countries is None or len(countries[0]) != len(run):
            return None
        before = self._evidence[: countries[0][0].start]
        if not re.search(r"\bof\s+(?:the\s+)?$", before) or not re.fullmatch(
            r",\s+", self._evidence[countries[0][-1].end : run[0].start]
        ):
            return None
        return self._country(countries[0][place])

    def _principal_country(self, before: list[Mention], size: int, place: int) -> str | None:
        """The country of the `place`-th of the last `size` officials named before a list."""
        leaders = [m for m in before if m.label == "Official"][-size:]
        if len(leaders) != size:
            return None
        ids = [self._person_named(m.name) for m in leaders]
        homes = [self._country_of(oid) if oid else None for oid in ids]
        if None in homes or len(set(homes)) != size:
            return None
        return homes[place]

    def _office_owner(self, mention: Mention, mentions: list[Mention]) -> str | None:
        """'NATO's Supreme Allied Commander Europe, Gen. Cavoli': the body he serves."""
        name_start = mention.props["name_start"]
        for m in mentions:
            if m.label == "Organization" and m.entry is not None and m.end < name_start:
                if rules.OFFICE_OF_OWNER.match(self._evidence[m.end : name_start]):
                    return self._organization(m, self._evidence, None)
        # "Maj. Gen. Todd Wasmund, who commands the U.S. Army Southern European Task Force"
        after = [m for m in mentions if m.start >= mention.end]
        if after and after[0].label == "Organization":
            if rules.WHO_HEADS.fullmatch(self._evidence[mention.end : after[0].start]):
                return self._organization(after[0], self._evidence, None)
        return None

    def _entourage_country(self, mention: Mention, mentions: list[Mention]) -> str | None:
        """'Mr Singh was accompanied by A and B': the country of the official they came with."""
        found = rules.ENTOURAGE.search(self._evidence)
        aside = None if found else rules.ENTOURAGE_ASIDE.search(self._evidence)
        if aside and aside.start() < mention.start < aside.end():
            # only those named in the aside came with the one before it: the only one named
            # before, or the one "received by"; of "A received B, accompanied by C", unsaid
            found = aside
            principals = [m for m in mentions if m.label == "Official" and m.end <= found.start()]
            by = principals and re.search(r"\bby\s+(?:\S+\s+){0,4}$",
                                          self._evidence[: principals[-1].start])  # fmt: skip
            if len({m.name for m in principals}) > 1 and not by:
                return None
        elif found is None or mention.start < found.end():
            return None
        else:
            principals = [m for m in mentions if m.label == "Official" and m.end <= found.end()]
        if not principals:
            return None
        written = principals[-1].name
        oid = self._person_named(written) or self._by_given_name(written)
        return self._country_of(oid) if oid else None

    def _person_named(self, written: str) -> str | None:
        """The node of an official already seen, by the name as written or its canonical form."""
        return self.people.get(canonical_person(written)) or self.people.get(written)

    def _by_given_name(self, given: str) -> str | None:
        """'Prayut' for 'Prayut Chan-o-cha': Thais and Indonesians go by the first name."""
        firsts = {
            oid for full, oid in self.people.items() if full.split()[0] == given and " " in full
        }
        return firsts.pop() if len(firsts) == 1 else None

    def _side_country(self, mention: Mention) -> str | None:
        """'A and B on the Japanese side, and C on the Vietnamese side', 'A led the Indian
        delegation and B the Chinese one': whose side each is."""
        after = rules.ON_THE_SIDE.search(self._evidence, mention.end)
        # "A accompanied Modi, while B and C sat on the American side": B and C's side only.
        between = self._evidence[mention.end : after.start()] if after else ""
        if after is None or re.search(r";|\bside\b|\b(?:while|whereas)\b", between):
            after = rules.LED_SIDE.match(self._evidence, mention.end)
        if after is None:
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

    def _country_of(self, official: str) -> str | None:
        name = self.batch.nodes[official].props.get("country")
        return node_id("Country", name) if name else None

    def _sides(self, people: list[str]) -> list[str]:
        """The countries of people of two sides or more; none when they are of one side."""
        homes = [c for c in dict.fromkeys(self._country_of(p) for p in people) if c]
        return homes if len(homes) >= 2 else []

    def _minister_country(self, body: str, text: str, home: str | None = None) -> str | None:
        """'talks with Defense Minister Hamada at the Ministry of Defense': the ministry of the
        one country whose minister of that portfolio the sentence, or else the document, names
        (a 'Minister of National Defense' before a 'Defense Minister'); of several, the `home`
        one, the country a release is datelined in."""
        said = rules.PORTFOLIO_OF_BODY.match(body)
        if said is None:
            return None
        # The Pentagon's head is a secretary; so is the one of Britain's Ministry of Defence.
        heads = ("minister", "secretary") if said["body"] == "Ministry" else ("secretary",)
        officials = [
            (node, _portfolio(str(node.props.get("title") or "")))
            for node in self.batch.nodes.values()
            if node.label == "Official" and node.props.get("country")
        ]

        def holding(head: str, loose: bool) -> list[Node]:
            holds = _holds_portfolio(head, _portfolio(said["portfolio"], loose))
            return [n for n, title in officials if holds.search(_portfolio(title, loose))]

        for head in heads:
            exact, loose = holding(head, False), holding(head, True)
            here = [[n for n in held if family_name(n.name) in text] for held in (exact, loose)]
            for group in (*here, exact, loose):
                countries = {str(node.props["country"]) for node in group}
                if len(countries) == 1:
                    return countries.pop()
                if countries:
                    return home if home in countries else None
        return None

    def _body_entry(self, mention: Mention, text: str = "") -> Entry:
        """A body the gazetteer does not know. 'China's Ministry of Foreign Affairs' is the
        'Ministry of Foreign Affairs of China': every state has one, and they are not one node.
        'the Ministry of Defense in Tokyo' is Japan's, and so is the document's next one."""
        props = dict(mention.props)
        country = props.get("country")
        if not country and rules.STATE_BODY.match(mention.name):
            seat = rules.BODY_SEAT.match(text, mention.end) if text else None
            said = seat["city"] if seat else ""
            # "in Ha Noi", "in Tokyo on Monday": the capital's one or two words
            for city in dict.fromkeys((said, said.split(" ")[0])) if said else ():
                hit = self.gaz.lookup(city)
                if hit and hit[0].label == "Country" and self.gaz.role(city) == "capital":
                    self.body_country[mention.name] = hit[0].name
                    break
            country = self.body_country.get(mention.name) or self._minister_country(
                mention.name, text
            )
            if country:
                props["country"] = country
        body = mention.name
        owned = rules.OWNED_BODY.fullmatch(mention.name)
        if owned:
            # "Indian Ministry of Defence", "India's Ministry of Defence", "Ministry of Defence
            # of the Republic of India": each is the 'Ministry of Defence of India'.
            owners = self._countries_named_in(owned["owner"] or owned["owner2"])
            inner = owned["body"] or owned["body2"]
            if len(owners) == 1 and not self._countries_named_in(inner):
                body, country = inner, owners[0]
                props["country"] = country
        if country and not self._countries_named_in(body):
            # "Ministry of National Defense of South Korea", "South Korean Ministry of ...".
            home = self.gaz.country(country)
            demonyms = (home.props.get("demonyms") if home else None) or []
            said = [f"{d} {body}" for d in demonyms]
            for form in [f"{body} of {country}", *said]:
                known = self.gaz.lookup(form)
                if known and known[0].label == "Organization":
                    return known[0]
            props["key"] = f"{body} of {country}"
        return Entry("Organization", mention.name, props)

    def _countries_named_in(self, text: str) -> list[str]:
        """Canonical names of the countries a name contains ('U.S.', 'Japanese'), not capitals."""
        found = []
        for hit in self.gaz.pattern.finditer(rules.PARTIES_APART.sub(" ", text)):
            entry = self.gaz.lookup(hit.group(0))
            if entry and entry[0].label == "Country" and entry[1] != "capital":
                found.append(entry[0].name)
        return sorted(set(found))

    def _country_nodes_in(self, text: str) -> list[str]:
        """The nodes of the countries a name contains ('the Japan-France 2+2')."""
        return [c for c in map(self._country_named, self._countries_named_in(text)) if c]

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

    def _surnames(self, people: list[str], whole: bool = True) -> str:
        """'Austin–Kihara': the family names of the first four people, as the text orders them;
        with `whole`, the whole name of one who shares a family name with another official of
        the document ('Pelosi–Tsai Chi-chang', after Tsai Ing-wen)."""
        families = self._families_named() if whole else Counter[str]()
        named = [(p, self._family(p)) for p in people[:4]]
        return "–".join(f if families[f] < 2 else self.batch.nodes[p].name for p, f in named)

    def _families_named(self) -> Counter[str]:
        """How many of the document's officials go by each family name (kept while no node
        is added, since a long digest asks this for every encounter)."""
        size = len(self.batch.nodes)
        if self._families_at != size:
            for n, node in self.batch.nodes.items():
                if node.label == "Official" and n not in self._family_of:
                    self._family_of[n] = self._family(n)
            self._families_at = size
        return Counter(self._family_of.values())

    def _family(self, official: str) -> str:
        """The name an encounter is named by: the family name, the given name of an
        Indonesian or Malaysian official known by it ('Prabowo', 'Anwar'), or a Gulf prince's
        name and his father's ('Mohamed bin Zayed')."""
        node = self.batch.nodes[official]
        first = node.name.split()[0]
        if regnal(node.name):
            return node.name
        if realm := of_realm(node.name):
            return realm  # "King Philippe": "the Philippe–Biden meeting"
        by_given = node.props.get("country") in rules.GIVEN_NAME_COUNTRIES and any(
            record.name == node.name for record in load_officials().get(first.lower(), [])
        )
        if by_given and first != node.name:
            return first
        words = node.name.split()
        if len(words) >= 5 and words[1] == "bin" and words[-2] == "Al":
            if words[-1] in rules.ROYAL_HOUSES:
                return " ".join(words[:3])  # "Mohamed bin Zayed"
        if official in self.spelled or node.props.get("country") in rules.GIVEN_NAME_COUNTRIES:
            return self.spelled.get(official) or family_name(node.name)
        for word in words[1:-1] if not {"bin", "ibn", "bint", "Al"} & set(words) else []:
            # "Luiz Inácio Lula da Silva" goes by "Lula", a name the gazetteer knows him by.
            if word[:1].isupper() and any(
                record.name == node.name for record in load_officials().get(word.lower(), [])
            ):
                return word
        return family_name(node.name)

    def _long_before(self, text: str) -> bool:
        """Whether the text dates what it tells a month or more before the document ('signed
        in Hiroshima in May 2023', in a report of 2024)."""
        if self.doc.date is None:
            return False
        now = self.doc.date.year * 12 + self.doc.date.month
        for _, iso in resolve_dates(text, self.doc.date):
            month = int(iso[5:7]) if len(iso) >= 7 else 12
            if now - (int(iso[:4]) * 12 + month) > 1:
                return True
        return False

    def _historical(self, date: str | None) -> bool:
        """A year long before the document ('armour a shogun sent to England in 1613')."""
        return bool(date and self.doc.date and int(date[:4]) < self.doc.date.year - 5)

    def _title(self, official: str) -> str:
        node = self.batch.nodes[official]
        return str(node.props.get("title") or "")

    def _party_names(self, countries: list[str], people: list[str]) -> str:
        """'Japan-US': the short names of the countries taking part, in a stable order."""
        ids = {*countries, *(self._country_of(p) for p in people)} - {None}
        return "-".join(sorted(self._short(c) for c in ids if c))

    def _cooperation(self, countries: set[str | None], text: str, date: str | None) -> None:
        """Countries whose officials met, or who met as countries, cooperate (weak evidence),
        unless the sentence tells of friction rather than work together."""
        if rules.FRICTION.search(text) and not rules.COOPERATE.search(text.lower()):
            return
        ordered = sorted(c for c in countries if c)
        if len(ordered) > _FEW_PARTIES and not rules.JOINT_RESOLVE.search(text.lower()):
            return  # a summit of many says nothing of who works with whom, unless they agreed
        if self._too_many_to_pair(len(ordered), text.lower()):
            return
        status = "planned" if rules.PLAN.search(text.lower()) else "active"
        # "Albanese met Xi in Beijing": talks across the lines of rivalry are not cooperation
        # unless the sentence says they agreed on something.
        rivals = {c for c in ordered if self.batch.nodes[c].name in rules.RIVALS}
        across = bool(rivals) and not rules.RESOLVED_ACROSS.search(text.lower())
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if across and (a in rivals) != (b in rivals):
                    continue
                self._edge("COOPERATES_WITH", a, b, text, date, 0.45, status=status)

    @staticmethod
    def _too_many_to_pair(count: int, lowered: str) -> bool:
        """Whether a sentence names too many countries to read them as pairwise partners."""
        return count > rules.MOST_PARTNERS and not rules.RESOLVED.search(lowered)

    def _short(self, country: str) -> str:
        node = self.batch.nodes[country]
        if node.label == "Organization":
            # "NATO", not "North Atlantic Treaty Organization", in a name made of its parties
            known = self.gaz.lookup(node.name)
            written = [*node.aliases, *(known[0].props.get("aliases", []) if known else [])]
            acronyms = [a for a in written if re.fullmatch(r"[A-Z][A-Z0-9&]+", a)]
            return min(acronyms, key=len) if acronyms else node.name
        return rules.SHORT_NAMES.get(node.name, node.name)


def _holds_portfolio(head: str, portfolio: str) -> re.Pattern[str]:
    """A title held in a portfolio: 'minister of national defense', 'defense minister'."""
    portfolio = re.escape(portfolio)
    return re.compile(rf"\b{head}\s+(?:of|for)\s+(?:the\s+)?{portfolio}$|\b{portfolio}\s+{head}\b")


def _portfolio(words: str, loose: bool = False) -> str:
    """A portfolio as titles and ministries both spell it; `loose`, the 'Defense Minister' also
    heads a 'Ministry of National Defence'."""
    words = " ".join(words.lower().replace("defence", "defense").split())
    return words.replace("national defense", "defense") if loose else words


# What joins the names of a list: "A, B and C".
_LISTED = re.compile(r",\s+|,?\s+and\s+")


def _run_of(mentions: list[Mention], member: Mention, label: str,
            text: str) -> tuple[list[Mention], int] | None:  # fmt: skip
    """The list 'A, B and C' of one kind that `member` is in, and its place in it."""
    if member.label != label:
        return None
    i = mentions.index(member)
    start = i
    while start and mentions[start - 1].label == label:
        if not _LISTED.fullmatch(text[mentions[start - 1].end : mentions[start].start]):
            break
        start -= 1
    end = i
    while end + 1 < len(mentions) and mentions[end + 1].label == label:
        if not _LISTED.fullmatch(text[mentions[end].end : mentions[end + 1].start]):
            break
        end += 1
    if end == start:
        return None
    return mentions[start : end + 1], i - start
