"""Rule-based extraction: per sentence, mentions and trigger words become nodes and edges."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..graph.model import Batch, Edge, Node, node_id
from .dates import resolve_dates
from .documents import Document
from .gazetteer import Entry, Gazetteer, OfficialRecord, load_gazetteer, load_officials
from .mentions import Mention, find_mentions
from .names import canonical_person, family_name
from .nlp import ParsedItem, parse_items

__all__ = ["Extractor", "RuleExtractor"]

_CALL = re.compile(
    r"\b(?:(?:a|the|phone|video|telephone) call|calls? with|call on|phoned|by phone|telephone"
    r"|spoke|speak|talked)\b"
)
_MEET = re.compile(
    r"\b(?:met|meet|meets|meeting|held talks|talks with|hosted|host|visited|visit|received"
    r"|welcomed|gathered|sat down|conferred|discussed)\b"
)
_CHAIR = re.compile(
    r"\b(?:co-?chair(?:ed|s)?|chaired|led by|co-?hosted|convened by|co-?led|were led)\b"
)
_SIGN = re.compile(r"\b(?:signed|sign|signing|inked)\b")
_EXERCISE_VERB = re.compile(
    r"\b(?:exercise|exercises|drill|drills|training|participat\w*|took part|joined|includes?)\b"
)
_COOPERATE = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partnership|work together|jointly)\b")
_CONSIDER = re.compile(r"\b(?:consider\w*|mull\w*|explor\w*|weigh\w*)\b")
_PLAN = re.compile(r"\b(?:will|plan\w*|agreed to|expected to|aim\w* to|intend\w*)\b")
_GROUP_REF = re.compile(
    r"\b(?:the allies|both allies|the two (?:sides|countries|nations|governments|allies|partners)"
    r"|both (?:sides|countries|nations|governments)|the (?:three|four) (?:nations|countries|sides"
    r"|governments|partners|allies)|the partners)\b",
    re.I,
)
# A country named as the target of the action ("counter North Korean threats") is no participant.
_ADVERSARY_BEFORE = re.compile(
    r"\b(?:counter(?:ing)?|against|deter(?:ring)?|condemn\w*|disrupt\w*|sanction\w*|confront\w*"
    r"|towards?|on|about|over|by|from|of|for)\s+(?:the\s+)?$"
)
_ADVERSARY_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:threat|missile|cyber|aggression|provocation|nuclear|coercion|ballistic|arms"
    r"|regime|attack|hackers|launch)"
)
_ADOPT = re.compile(
    r"\b(?:adopt\w*|issu\w*|releas\w*|endors\w*|conclud\w*|reaffirm\w*|unveil\w*|upheld|uphold\w*"
    r"|under the|ratif\w*|entered into force|joined)\b"
)
_THE_MEETING = re.compile(r"\bthe (?:dialogue|meeting|talks|summit|working group|session|forum)\b")
_THE_AGREEMENT = re.compile(
    r"\bthe (?:memorandum|agreement|treaty|pact|statement|accord|convention)\b"
)
_STATE_KINDS = ("government", "military")
_SHORT_NAMES = {"United States": "US", "United Kingdom": "UK"}
_EVENT_NOUN = re.compile(
    r"\b(?:a|an|their|its|the)\s+(?:(?:first|inaugural|annual|second|third|new|rare|formal|"
    r"trilateral|bilateral|quadrilateral|four-way|leaders'?|ministerial)\s+){0,3}"
    r"(?P<noun>summit|2\+2|meeting|talks|dialogue|consultations)\b"
)
_ROLE_OF = re.compile(
    r"\b(?:the\s+)?(?P<role>(?:national security advis[eo]rs|foreign ministers|defen[cs]e ministers"
    r"|defen[cs]e chiefs|chiefs of defen[cs]e|leaders|finance ministers|coast guard chiefs"
    r"|chiefs of staff|navy chiefs))\s+of\s+(?:the\s+)?(?:three|four|two|both|\w+\s+and\s+\w+)"
)
_GENERIC_EXERCISE = re.compile(
    r"\b(?:joint|combined|naval|military|trilateral|bilateral|multilateral|live-fire|maritime)"
    r"\s+(?:naval\s+|military\s+|maritime\s+)?(?:exercises?|drills?|cooperative activit(?:y|ies))\b"
)
_STRUCTURAL = {"PART_OF", "REPRESENTS", "MEMBER_OF"}
_TITLE_NORMAL = {"Amb": "Ambassador", "Asst.": "Assistant", "Asst": "Assistant"}


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
    """What an item has named so far, for group references and 'the dialogue'."""

    countries: list[str] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    exercises: list[str] = field(default_factory=list)


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
        state = _DocState(self.gaz, document, self.never_link)
        for item in parsed if parsed is not None else parse_items(document.items):
            item_state = _Item()
            for sentence, entities in item:
                persons = [(start, end) for start, end, label in entities if label == "PERSON"]
                places = [
                    (start, end, sentence[start:end])
                    for start, end, label in entities
                    if label in ("GPE", "LOC", "FAC")
                ]
                orgs = [(start, end) for start, end, label in entities if label == "ORG"]
                names = _Either(known, state.people)
                mentions = find_mentions(sentence, persons, self.gaz, names, orgs)
                state.sentence(sentence, mentions, places, item_state)
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

    def __init__(self, gaz: Gazetteer, document: Document, never_link: set[str]) -> None:
        self.gaz = gaz
        self.never_link = never_link
        self.doc = document
        self.batch = Batch()
        self.people: dict[str, str] = {}  # surface or surname -> official id
        self.alias_to_meeting: dict[str, str] = {}
        self.alliances: dict[str, tuple[Mention, str]] = {}
        self.mentioned_countries: dict[str, str] = {}
        self.structural: set[tuple[str, str, str]] = set()
        self.officials = load_officials()
        self.completed: dict[str, tuple[OfficialRecord, str]] = {}
        self._evidence = ""

    # -- nodes --------------------------------------------------------------------------

    def _node(self, label: str, name: str, aliases: list[str] | None = None, **props: Any) -> str:
        node = Node(node_id(label, name), label, name, [], {k: v for k, v in props.items() if v})
        for alias in aliases or []:
            node.add_alias(alias)
        return self.batch.add_node(node).id

    def _edge(self, rel: str, source: str, target: str, evidence: str, date: str | None,
              confidence: float, **props: Any) -> None:  # fmt: skip
        data = {
            "source": self.doc.id,
            "evidence": evidence,
            "date": date,
            "confidence": round(confidence, 2),
        }
        data.update({k: v for k, v in props.items() if v})
        if rel in _STRUCTURAL:
            # Standing facts (X is part of Y) are stated once per document, from their first sentence.
            if (rel, source, target) in self.structural:
                return
            self.structural.add((rel, source, target))
        self.batch.add_edge(Edge(rel, source, target, data))

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
        entry = mention.entry or Entry("Organization", mention.name, dict(mention.props))
        aliases = [mention.surface] if mention.surface != entry.name else []
        country = entry.props.get("country")
        oid = self._node(
            "Organization", entry.name, aliases, kind=entry.props.get("kind"), country=country
        )
        # Ministries and forces are part of a state; companies and universities only sit in one.
        cid = self._country_named(country) if entry.props.get("kind") in _STATE_KINDS else None
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
        title_phrase = mention.props.get("title_phrase", "")
        apposition = mention.props.get("apposition", "")
        country, org, title = self._read_title(title_phrase, apposition, mention, mentions)
        if name.lower() not in self.never_link and (known is None or len(tokens) > 1):
            record = self._well_known(name, country)
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
        if re.match(r"(?:Mr|Ms|Mrs|Dr)\.?\s", mention.surface) and mention.surface.strip() != name:
            node.add_alias(mention.surface.strip())
        if title and not node.props.get("title"):
            node.props["title"] = title
        if title:
            self._dated_title(node, title)
        confidence = mention.props.get("confidence", 0.7)
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

    def _well_known(self, name: str, country: str | None) -> OfficialRecord | None:
        """A gazetteer official this mention can only mean, given the document's date."""
        candidates = self.officials.get(name.lower(), [])
        when = self.doc.date.isoformat() if self.doc.date else None
        if country:
            wanted = self.batch.nodes[country].name
            candidates = [c for c in candidates if c.country == wanted]
        if len(name.split()) == 1 and when:
            # A bare surname counts only for someone in office at the time.
            candidates = [c for c in candidates if c.title_on(when)]
        return candidates[0] if len(candidates) == 1 else None

    def _read_title(self, title_phrase: str, apposition: str, mention: Mention,
                    mentions: list[Mention]) -> tuple[str | None, str | None, str]:  # fmt: skip
        """Country, organization and clean title from the words around a name."""
        country = org = None
        title = title_phrase or apposition
        for phrase in (title_phrase, apposition):
            for m in self.gaz.pattern.finditer(phrase):
                hit = self.gaz.lookup(m.group(0))
                if not hit:
                    continue
                entry, _role = hit
                if entry.label == "Country" and country is None:
                    # "Representative for the DPRK": the portfolio, not the nationality.
                    if re.search(r"\b(?:for|on|to)\s+(?:the\s+)?$", phrase[: m.start()]):
                        continue
                    country = self._country(
                        Mention("Country", entry.name, m.group(0), 0, 0, entry=entry)
                    )
                    title = title.replace(m.group(0), "", 1)
                elif entry.label == "Organization" and org is None:
                    org = self._organization(
                        Mention("Organization", entry.name, m.group(0), 0, 0, entry=entry),
                        self._evidence,
                        None,
                    )
                    if title.startswith(m.group(0)):
                        title = title.replace(m.group(0), "", 1)
        # "Mr. X of MOFA": an organization right after the name.
        after = [x for x in mentions if x.start >= mention.end and x.start - mention.end <= 9]
        for x in after:
            if x.label == "Organization" and org is None:
                org = self._organization(x, self._evidence, None)
                break
            if x.label == "Country" and x.entry is not None and country is None:
                break
        if org and country is None:
            country = self._country_named(self.batch.nodes[org].props.get("country"))
        title = re.sub(r"^(?:'s|’s)\s+", "", title.strip(" ,"))
        title = re.sub(r"\s*\b(?:Dr|Mr|Ms|Mrs)\.?$", "", title)
        if org and country:
            org = self._same_kind_in(org, country)
        title = re.sub(r"\s{2,}", " ", title).strip()
        for short, full in _TITLE_NORMAL.items():
            title = re.sub(rf"\b{re.escape(short)}(?=\s|$)", full, title)
        return country, org, title

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
                 item: _Item) -> None:  # fmt: skip
        self._evidence = text
        dates = resolve_dates(text, self.doc.date)
        date = dates[0][1] if dates else None
        lowered = text.lower()
        ids: dict[int, str] = {}
        officials: list[tuple[Mention, str]] = []
        countries: list[str] = []
        orgs: list[str] = []
        meetings: list[str] = []
        agreements: list[str] = []
        exercises: list[str] = []
        locations: list[str] = []
        for i, m in enumerate(mentions):
            if m.label == "Country":
                ids[i] = self._country(m)
                if not _ADVERSARY_BEFORE.search(text[: m.start]) and not _ADVERSARY_AFTER.match(
                    text, m.end
                ):
                    countries.append(ids[i])
            elif m.label == "Organization":
                ids[i] = self._organization(m, text, date)
                orgs.append(ids[i])
            elif m.label == "Official":
                ids[i] = self._official(m, mentions, text, date)
                officials.append((m, ids[i]))
            elif m.label == "Meeting":
                ids[i] = self._meeting(m, date)
                meetings.append(ids[i])
            elif m.label == "Agreement":
                ids[i] = self._node("Agreement", m.name, kind=_agreement_kind(m.name), date=date)
                agreements.append(ids[i])
            elif m.label == "Exercise":
                ids[i] = self._node("Exercise", m.name, [m.surface] if m.surface != m.name else [])
                exercises.append(ids[i])
            elif m.label == "Location":
                country = m.props.get("country") or (
                    m.entry.props.get("country") if m.entry else None
                )
                aliases = [m.surface] if m.surface != m.name else []
                ids[i] = self._node("Location", m.name, aliases, country=country)
                locations.append(ids[i])
        covered = [(m.start, m.end) for m in mentions]
        idx_by_start = {m.start: i for i, m in enumerate(mentions) if i in ids}
        for start, end, name in places:
            if any(s < end and start < e for s, e in covered):
                continue
            if self.gaz.lookup(name) or not re.search(
                r"\b(?:in|at|near|to|from)\s+(?:the\s+)?$", text[:start]
            ):
                continue
            locations.append(self._node("Location", re.sub(r"^the\s+", "", name)))

        # Acronyms of meetings seen earlier ("the EDD") and "the dialogue" refer back.
        for acronym, mid in self.alias_to_meeting.items():
            if re.search(rf"\b{re.escape(acronym)}\b", text) and mid not in meetings:
                meetings.append(mid)
        meetings = _or_earlier(meetings, item.meetings, _THE_MEETING, lowered)
        agreements = _or_earlier(agreements, item.agreements, _THE_AGREEMENT, lowered)

        group_countries = list(item.countries) if _GROUP_REF.search(text) else []
        item.countries.extend(c for c in countries if c not in item.countries)
        item.meetings.extend(m for m in meetings if m not in item.meetings)
        item.agreements.extend(a for a in agreements if a not in item.agreements)
        item.exercises.extend(e for e in exercises if e not in item.exercises)
        people = [oid for _m, oid in officials]
        people = list(dict.fromkeys(people))
        if group_countries:
            # "the three nations met": the group named before acted, with anyone named now.
            countries = group_countries + [c for c in countries if c not in group_countries]

        signed = bool(_SIGN.search(lowered))
        chaired = bool(_CHAIR.search(lowered))
        called = bool(_CALL.search(lowered))
        met = bool(_MEET.search(lowered)) or called

        if not meetings and len(countries) >= 2:
            generic = self._generic_meeting(text, lowered, countries, date, met)
            if generic:
                meetings.append(generic)
                item.meetings.append(generic)
        if not exercises:
            drill = self._generic_exercise(text, countries, locations, date)
            if drill:
                exercises.append(drill)
                item.exercises.append(drill)

        if chaired and people:
            targets = meetings[-1:] or item.meetings[-1:]
            for mid in targets:
                for oid in people:
                    self._edge("CO_CHAIRED", oid, mid, text, date, 0.8)
                self._pairwise_met(people, text, date, 0.7)
        if signed and people and agreements:
            for aid in agreements:
                for oid in people:
                    self._edge("SIGNED", oid, aid, text, date, 0.8)
                parties = {self._country_of(oid) for oid in people} - {None}
                for cid in parties | set(countries):
                    if cid:
                        self._edge("PARTY_TO", cid, aid, text, date, 0.7)
                for oid in orgs:
                    self._edge("PARTY_TO", oid, aid, text, date, 0.6)
            if len(people) > 1:
                self._encounter(people, "meeting", text, date, locations, 0.7)
        elif signed and agreements and countries:
            for aid in agreements:
                for cid in countries:
                    self._edge("PARTY_TO", cid, aid, text, date, 0.6)
        if met and not chaired and not signed:
            if meetings:
                for mid in meetings:
                    for oid in people:
                        self._edge("ATTENDED", oid, mid, text, date, 0.7)
                    for cid in countries:
                        self._edge("ATTENDED", cid, mid, text, date, 0.6)
                    self._cooperation(
                        {*countries, *(self._country_of(p) for p in people)}, text, date
                    )
                if len(people) > 1:
                    self._pairwise_met(people, text, date, 0.75)
            elif len(people) > 1:
                kind = (
                    "call" if called else ("visit" if re.search(r"\bvisit", lowered) else "meeting")
                )
                confidence = 0.8 if called else 0.75
                trigger = (
                    (_CALL.search(lowered) or _MEET.search(lowered))
                    if "separate" in lowered
                    else None
                )
                hosts = [
                    o for m, o in officials if trigger and m.props["name_start"] < trigger.start()
                ]
                guests = [o for o in people if o not in hosts]
                if len(set(hosts)) == 1 and len(guests) >= 2:
                    # "X held separate meetings with A and B": one encounter per counterpart.
                    for guest in guests:
                        self._encounter([hosts[0], guest], kind, text, date, locations, confidence)
                else:
                    self._encounter(people, kind, text, date, locations, confidence)
        # "Phnom Penh, Cambodia": a place inside the place or country that follows it.
        for first, second in zip(mentions, mentions[1:], strict=False):
            if first.label == "Location" and second.label in ("Location", "Country"):
                if text[first.end : second.start] == ", " and first.start in idx_by_start:
                    inner, outer = ids[idx_by_start[first.start]], ids[idx_by_start[second.start]]
                    self._edge("LOCATED_IN", inner, outer, text, None, 0.6)
        # Agreements bind the countries in their name, and those that adopt them.
        for aid in agreements:
            for hit in self.gaz.pattern.finditer(self.batch.nodes[aid].name):
                found = self.gaz.lookup(hit.group(0))
                if found and found[0].label == "Country":
                    self._edge("PARTY_TO", node_id("Country", found[0].name), aid, text, date, 0.6)
            if _ADOPT.search(lowered) and not signed:
                parties = {*countries, *(self._country_of(p) for p in people)} - {None}
                for cid in sorted(c for c in parties if c):
                    self._edge("PARTY_TO", cid, aid, text, date, 0.55)
        for mid in meetings:
            for lid in locations:
                self._edge("LOCATED_IN", mid, lid, text, date, 0.6)
            if re.search(r"\bhost(?:ed|s)\b", lowered):
                for cid in countries[:1]:
                    if lowered.find("host") > text.find(self.batch.nodes[cid].name):
                        self._edge("HOSTED", cid, mid, text, date, 0.6)
        if exercises or (item.exercises and re.search(r"\bthe (?:exercise|drills?)\b", lowered)):
            targets = exercises or item.exercises[-1:]
            participants = countries or group_countries
            if _EXERCISE_VERB.search(lowered) or exercises:
                for xid in targets:
                    for cid in participants:
                        self._edge("PARTICIPATED_IN", cid, xid, text, date, 0.6)
                    for oid in orgs:
                        force = self.batch.nodes[oid]
                        if force.props.get("kind") == "military":
                            self._edge("PARTICIPATED_IN", oid, xid, text, date, 0.6)
                            # A country's forces taking part means the country takes part.
                            home = force.props.get("country")
                            if home and self.gaz.country(home):
                                cid = node_id("Country", home)
                                if cid in self.batch.nodes:
                                    self._edge("PARTICIPATED_IN", cid, xid, text, date, 0.55)
                    for lid in locations:
                        self._edge("LOCATED_IN", xid, lid, text, date, 0.5)
        if _COOPERATE.search(lowered) and len(countries) > 1:
            status = (
                "considering"
                if _CONSIDER.search(lowered)
                else ("planned" if _PLAN.search(lowered) else "active")
            )
            for i, a in enumerate(countries):
                for b in countries[i + 1 :]:
                    self._edge("COOPERATES_WITH", a, b, text, date, 0.5, status=status)

    def _country_of(self, official: str) -> str | None:
        name = self.batch.nodes[official].props.get("country")
        return node_id("Country", name) if name else None

    def _pairwise_met(
        self, people: list[str], text: str, date: str | None, confidence: float
    ) -> None:
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                ca, cb = self._country_of(a), self._country_of(b)
                if ca and cb and ca == cb:
                    continue  # colleagues on one delegation did not "meet" each other
                self._edge("MET", a, b, text, date, confidence)

    def _encounter(self, people: list[str], kind: str, text: str, date: str | None,
                   locations: list[str], confidence: float) -> None:  # fmt: skip
        """An unnamed call, meeting or visit between named officials."""
        surnames = [family_name(self.batch.nodes[p].name) for p in people[:3]]
        name = "–".join(surnames) + f" {kind}"
        mid = Node(node_id("Meeting", f"{name} {date or ''}"), "Meeting", name, [], {"kind": kind})
        if date:
            mid.props["date"] = date
        meeting = self.batch.add_node(mid).id
        for oid in people:
            self._edge("ATTENDED", oid, meeting, text, date, confidence)
        for lid in locations[:1]:
            self._edge("LOCATED_IN", meeting, lid, text, date, 0.6)
        self._pairwise_met(people, text, date, confidence)
        self._cooperation({self._country_of(p) for p in people} - {None}, text, date)

    def _cooperation(self, countries: set[str | None], text: str, date: str | None) -> None:
        """Countries whose officials met, or who met as countries, cooperate (weak evidence)."""
        ordered = sorted(c for c in countries if c)
        status = "planned" if _PLAN.search(text.lower()) else "active"
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                self._edge("COOPERATES_WITH", a, b, text, date, 0.45, status=status)

    def _short(self, country: str) -> str:
        name = self.batch.nodes[country].name
        return _SHORT_NAMES.get(name, name)

    def _generic_meeting(self, text: str, lowered: str, countries: list[str], date: str | None,
                         met: bool) -> str | None:  # fmt: skip
        """An unnamed meeting between countries: 'the national security advisers … met'."""
        event = _EVENT_NOUN.search(lowered)
        role = _ROLE_OF.search(text)
        if not (event or (met and role)):
            return None
        size = len(countries)
        noun = event.group("noun") if event else "meeting"
        kind = "summit" if noun == "summit" else "dialogue" if noun == "dialogue" else "meeting"
        if role:
            prefix = {2: "Bilateral", 3: "Trilateral", 4: "Quadrilateral"}.get(size, "Multilateral")
            name = f"{prefix} {role.group('role').title()} {noun.title()}"
        else:
            joined = "-".join(self._short(c) for c in countries[:4])
            adjective = {2: "", 3: "trilateral ", 4: "quadrilateral "}.get(size, "")
            name = f"{joined} {adjective}{noun}"
        mid = Node(node_id("Meeting", f"{name} {date or ''}"), "Meeting", name, [], {"kind": kind})
        if date:
            mid.props["date"] = date
        return self.batch.add_node(mid).id

    def _generic_exercise(self, text: str, countries: list[str], locations: list[str],
                          date: str | None) -> str | None:  # fmt: skip
        """'joint exercises in the South China Sea': an exercise named by its place."""
        m = _GENERIC_EXERCISE.search(text)
        if not m:
            return None
        place = next(
            (
                self.batch.nodes[lid].name
                for lid in locations
                if self.batch.nodes[lid].name in text[m.end() : m.end() + 40]
            ),
            None,
        )
        if place:
            name = f"{place} joint exercise"
        elif len(countries) >= 2:
            name = "-".join(self._short(c) for c in countries[:4]) + " joint exercise"
        else:
            return None
        xid = Node(node_id("Exercise", f"{name} {date or ''}"), "Exercise", name, [m.group(0)], {})
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

    def _meeting(self, m: Mention, date: str | None) -> str:
        kind = "dialogue" if "Dialogue" in m.name else "summit" if "Summit" in m.name else "meeting"
        aliases = [m.props["acronym"]] if m.props.get("acronym") else []
        mid = self._node("Meeting", m.name, aliases, kind=kind, date=date)
        for alias in aliases:
            self.alias_to_meeting[alias] = mid
        return mid

    def finish(self) -> None:
        """Document-wide facts: completed officials, surname merges, alliance members."""
        for oid, (record, evidence) in self.completed.items():
            node = self.batch.nodes.get(oid)
            if node is None:
                continue
            when = self.doc.date.isoformat() if self.doc.date else None
            title = record.title_on(when)
            if title and not node.props.get("title"):
                node.props["title"] = title
            if title:
                self._dated_title(node, title)
            cid = None if node.props.get("country") else self._country_named(record.country)
            if cid:
                node.props["country"] = record.country
                self._edge("REPRESENTS", oid, cid, evidence, None, 0.6)
        self._merge_surnames()
        for oid, (_mention, evidence) in self.alliances.items():
            members = self.gaz.forms.get(self.batch.nodes[oid].name)
            listed = members[0].props.get("members", []) if members else []
            for member in listed:
                member_id = self.mentioned_countries.get(member)
                if member_id:
                    self._edge("MEMBER_OF", member_id, oid, evidence, None, 0.6)


def _or_earlier(found: list[str], earlier: list[str], reference: re.Pattern[str],
                 lowered: str) -> list[str]:  # fmt: skip
    """'the dialogue' with nothing named in the sentence is the last one named in the item."""
    if not found and earlier and reference.search(lowered):
        return [earlier[-1]]
    return found


def _agreement_kind(name: str) -> str:
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
