"""What a document tells as a whole, read once its last sentence is: officials completed from
the gazetteer, members of groupings, one edition of a drill, the meeting of a release's title,
and the names its encounters go by."""

from __future__ import annotations

import re

from ..graph.model import Edge, node_id
from . import rules
from .gazetteer import Gazetteer
from .mentions import Mention, split_sentences
from .names import family_name
from .signings import SigningFrames

__all__ = ["DocumentFacts"]

# Groupings this small are named with their members in mind; larger ones are not.
_SMALL_GROUPING = 7
# Bodies of several states that meet as such: 'the NATO summit' is one NATO attends.
_GROUPINGS = ("alliance", "international")


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


class DocumentFacts(SigningFrames):
    """The facts a document gives as a whole, read after its sentences."""

    def finish(self) -> None:
        """Document-wide facts: completed officials, surname merges, alliance members."""
        self._said = ""  # facts read from the whole document carry their own evidence
        self._planned = False  # nor the tense of its last sentence
        for oid, (record, evidence) in self.completed.items():
            node = self.batch.nodes.get(oid)
            if node is None:
                continue
            when = self.day
            title = record.title_on(when)
            # The gazetteer's wording of an office the text already gave would repeat it.
            if title and not node.props.get("title"):
                node.props["title"] = title
                self._dated_title(node, title)
            # "European Council President Donald Tusk" in 2019 spoke for the Union, not Poland.
            cid = (
                None
                if node.props.get("country") or self._serves_a_body(record)
                else self._country_named(record.country_on(when))
            )
            if cid:
                node.props["country"] = self.batch.nodes[cid].name
                self._edge("REPRESENTS", oid, cid, evidence, None, 0.6)
            # "SecGen Jens Stoltenberg" in a document that names NATO: its secretary general
            # then, whatever the text calls the office.
            body = self.batch.nodes.get(node_id("Organization", record.organization or ""))
            forms = [body.name, *body.aliases] if body else []
            if body and any(re.search(rf"\b{re.escape(f)}\b", title or "") for f in forms):
                self._edge("MEMBER_OF", oid, body.id, evidence, None, 0.6)
        self._houses_of_speakers()
        self._bare_congress()
        self._bodies_of_one_state()
        self._merge_surnames()
        self._town_summits()
        self._one_edition()
        self._headline_meeting()
        self._seen_at_the_gathering()
        self._groupings_at_their_meetings()
        self._given_name_callers()
        self._headline_statement()
        self._issued_by_those_present()
        self._drop_bare_names()
        self._inaugurations_named()
        self._ceremonies_named()
        for told, listed in self.listed_as.items():
            if listed in self.batch.nodes:
                self.batch.merge(told, listed)
        # The parties a name may list: countries, groupings and the officials' family names.
        party_forms = {
            form
            for node in self.batch.nodes.values()
            if node.label in ("Country", "Organization")
            for form in (node.name, *node.aliases)
        } | {family_name(n.name) for n in self.batch.nodes.values() if n.label == "Official"}
        for node in self.batch.nodes.values():
            if node.label in ("Meeting", "Agreement"):
                # "Japan-US joint statement" is also the "Japan-U.S." one, "South Korea-US" the
                # "ROK-U.S." one: a reader searches either.
                spellings = {node.name, *node.aliases}
                for pattern, other in rules.PARTY_SPELLINGS:
                    spellings |= {pattern.sub(other, s) for s in spellings}
                # "Egypt-France-Jordan joint statement" is written with a dash as often as a
                # hyphen, and "Putin–Modi meeting" with a hyphen: either finds it.
                spellings |= {self._dashed_parties(s, party_forms, self.gaz) for s in spellings}
                spellings.add(node.name.replace("–", "-"))
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

    @staticmethod
    def _dashed_parties(name: str, parties_known: set[str], gaz: Gazetteer) -> str:
        """'Egypt–France–Jordan joint statement' for 'Egypt-France-Jordan joint statement': the
        hyphens of a list of parties opening a name (countries the gazetteer knows, or
        `parties_known`), as a dash; others ('Indo-Pacific') stay."""
        # The last party may be of one word or two ("Philippines-US Enhanced ...",
        # "Australia-Canada-New Zealand trilateral ...").
        for pattern in rules.PARTY_LISTS:
            lead = pattern.match(name)
            if lead is None:
                return name
            parties = lead.group(0).split("-")
            if all(p in parties_known or gaz.lookup(p) for p in parties):
                return "–".join(parties) + name[lead.end() :]
        return name

    def _town_summits(self) -> None:
        """'ahead of the Samarkand summit' is the one summit the document holds in Samarkand
        ('The first EU-Central Asia summit was held in Samarkand'): one gathering, two names."""
        held_in: dict[str, list[str]] = {}
        for e in self.batch.edges:
            node = self.batch.nodes[e.source]
            if e.type == "LOCATED_IN" and node.label == "Meeting" and "summit" in node.name.lower():
                held_in.setdefault(self.batch.nodes[e.target].name, []).append(e.source)
        for node in [n for n in self.batch.nodes.values() if n.label == "Meeting"]:
            town, _, word = node.name.rpartition(" ")
            held = [m for m in dict.fromkeys(held_in.get(town, [])) if m != node.id]
            if word.lower() == "summit" and len(held) == 1:
                self.batch.merge(node.id, held[0])

    def _houses_of_speakers(self) -> None:
        """'National Assembly Chairman Vuong Dinh Hue': a member of his country's legislature,
        once the document has told which country that is."""
        serving = {e.source for e in self.batch.edges if e.type == "MEMBER_OF"}
        for node in list(self.batch.nodes.values()):
            country = node.props.get("country")
            said = rules.LEGISLATIVE_TITLE.search(str(node.props.get("title") or ""))
            if node.label != "Official" or node.id in serving or not country or not said:
                continue
            house = self.gaz.legislatures.get(country)
            named = " ".join((said["house"] or said["of"]).split())
            if house is None or (named != "Parliament" and named not in house.name):
                continue  # "National Assembly Deputy Speaker" of a country whose house is a Diet
            evidence = next(
                (e.props.get("evidence") for e in self.batch.edges if e.source == node.id), None
            )
            if evidence is None:
                continue
            mention = Mention("Organization", house.name, house.name, 0, 0, entry=house)
            oid = self._organization(mention, evidence, None)
            self._edge("MEMBER_OF", node.id, oid, evidence, None, 0.6)

    def _bare_congress(self) -> None:
        """'Biden was notifying Congress of his decision': the legislature of the one state the
        document names whose house is called Congress."""
        named = {n.name for n in self.batch.nodes.values() if n.label == "Country"}
        states = [c for c in rules.CONGRESS_STATES if c in named]
        house = self.gaz.legislatures.get(states[0]) if len(states) == 1 else None
        if house is None or "Congress" not in house.name:
            return
        for item in self.doc.items:
            if "Congress" not in item:
                continue
            for _, text in split_sentences(item):
                if rules.BARE_CONGRESS.search(text):
                    mention = Mention("Organization", house.name, "Congress", 0, 0, entry=house)
                    self._organization(mention, text, None)
                    return  # one node, on the sentence that first names it

    def _bodies_of_one_state(self) -> None:
        """A release headed 'Ministry of Defence' whose minister of defence the document names
        is that minister's ministry: not one node with every state's 'Ministry of Defence'."""
        home = self._home()
        for node in list(self.batch.nodes.values()):
            bare = node.label == "Organization" and not node.props.get("country")
            if not bare or node.id != node_id("Organization", node.name):
                continue
            if not rules.STATE_BODY.match(node.name):
                continue
            country = self._minister_country(node.name, "", home)
            if country is None:
                continue
            told = (
                e.props.get("evidence") for e in self.batch.edges if node.id in (e.source, e.target)
            )
            said = (
                t for item in self.doc.items for _, t in split_sentences(item) if node.name in t
            )
            evidence = next(told, None) or next(said, None)
            if evidence is None:
                continue
            mention = Mention(
                "Organization", node.name, node.name, 0, 0, props={"country": country}
            )
            oid = self._organization(mention, str(evidence), None)
            self.batch.merge(node.id, oid)

    def _inaugurations_named(self) -> None:
        """'Prabowo inauguration', not 'Subianto inauguration': a leader taking office gives the
        gathering the name the document calls him by, and attends it."""
        officials = [n for n in self.batch.nodes.values() if n.label == "Official"]
        alone: set[str] = set()
        for node in list(self.batch.nodes.values()):
            taking = rules.TAKING_OFFICE.fullmatch(node.name)
            if node.label != "Meeting" or not taking:
                continue
            said = taking["who"]
            who = [o for o in officials if said in o.name.split()]
            guests = {
                e.source for e in self.batch.edges if e.target == node.id and e.type == "ATTENDED"
            }
            if not guests - {o.id for o in who}:
                # "Ishiba was sworn in as prime minister": no one told of as there, no gathering
                alone.add(node.id)
                continue
            if len(who) != 1:
                continue
            node.name = f"{self._family(who[0].id)} {taking['what']}"
            evidence = next((e for e in self.batch.edges if node.id in (e.source, e.target)), None)
            if evidence is not None:
                self._edge("ATTENDED", who[0].id, node.id, str(evidence.props.get("evidence")),
                           node.props.get("date"), 0.6)  # fmt: skip
        self.batch.remove_edges(lambda e: e.source in alone or e.target in alone)
        for gone in alone:
            del self.batch.nodes[gone]

    def _drop_bare_names(self) -> None:
        """A one-word 'person' with no title, no country and no fact of its own ('APEC Haus',
        'Port Moresby General Hospital' read by NER as people): a stray word, not an official."""
        used = {end for e in self.batch.edges for end in (e.source, e.target)}
        for node in list(self.batch.nodes.values()):
            if node.label != "Official" or node.id in used or " " in node.name:
                continue
            if node.aliases or node.props.get("title") or node.props.get("country"):
                continue
            del self.batch.nodes[node.id]

    def _home(self) -> str | None:
        """The country of the cities the document is datelined in, if they are of one."""
        countries = {
            str(self.batch.nodes[lid].props.get("country"))
            for lid in self.datelined
            if lid in self.batch.nodes and self.batch.nodes[lid].props.get("country")
        }
        return countries.pop() if len(countries) == 1 else None

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
        # "Alon 25" in a document about Alon 2025: the year cut to two digits.
        named = {n.name: n.id for n in self.batch.nodes.values() if n.label == "Exercise"}
        for name, xid in list(named.items()):
            short = re.fullmatch(r"(.+\S)\s+(\d{2})", name)
            full = named.get(f"{short[1]} 20{short[2]}") if short else None
            if full and xid in self.batch.nodes:
                self.batch.merge(xid, full)
                self.batch.nodes[full].add_alias(name)

    def _headline_meeting(self) -> None:
        """'Japan-Italy Defense Ministers' Meeting' over a release whose text tells only that
        one minister met the other: the first such encounter is the meeting of its title."""
        head = rules.HEADLINE_MEETING.match(self.doc.title.strip())
        # "Japan-Bangladesh Summit Meeting on the Occasion of the Official Visit ...": the
        # meeting is the title's head.
        if head is None or not rules.HEADLINE_TAIL.fullmatch(head.string, head.end()):
            return
        title = head[0]
        named = {n for n in self._countries_named_in(title)}
        folded = title.lower()
        meetings = [n for n in self.batch.nodes.values() if n.label == "Meeting"]
        if len(named) < 2 or any(
            folded in (f.lower() for f in (n.name, *n.aliases)) for n in meetings
        ):
            return
        # "Defence Ministerial Meeting", as the text names it under the title "Japan-UK
        # Defence Ministerial Meeting": the same meeting, said without whose it is.
        found = next(
            (
                n
                for n in meetings
                if len(n.name.split()) >= 2 and folded.endswith(f" {n.name.lower()}")
            ),
            None,
        )
        # Else the release's own day's encounter, not one it recalls from an earlier visit.
        meetings.sort(key=lambda n: n.props.get("date") != self.day)
        for node in meetings if found is None else []:
            if node.id not in self.unnamed | self.encounters or node.props.get("kind") == "visit":
                continue
            seats = [e for e in self.batch.edges if e.type == "ATTENDED" and e.target == node.id]
            if any(e.props.get("status") == "planned" for e in seats):
                continue
            people = [e.source for e in seats if self.batch.nodes[e.source].label == "Official"]
            homes = {self.batch.nodes[p].props.get("country") for p in people}
            if len(homes) >= 2 and homes <= named:
                found = node
                break
        if found is None:
            return
        found.add_alias(title)
        for country in sorted(named):
            cid = node_id("Country", country)
            if cid in self.batch.nodes:
                self._edge("ATTENDED", cid, found.id, title, found.props.get("date"), 0.55)

    def _groupings_at_their_meetings(self) -> None:
        """'the Quad Leaders' Summit', 'a NATO defence ministers' meeting': a grouping's own
        meeting is one the grouping attends."""
        groups = {}
        for node in self.batch.nodes.values():
            found = self.gaz.lookup(node.name) if node.label == "Organization" else None
            entry = found[0] if found else None
            if entry and (entry.props.get("members") or entry.props.get("kind") in _GROUPINGS):
                groups[node.id] = [node.name, *entry.props["aliases"]]
        if not groups:
            return
        first: dict[str, Edge] = {}
        for edge in self.batch.edges:
            if edge.type in ("ATTENDED", "CO_CHAIRED", "HOSTED", "LOCATED_IN"):
                first.setdefault(edge.source if edge.type == "LOCATED_IN" else edge.target, edge)
        for node in list(self.batch.nodes.values()):
            told = first.get(node.id)
            if node.label != "Meeting" or told is None or node.id in self.unnamed:
                continue
            for gid, forms in groups.items():
                if any(re.search(rf"\b{re.escape(f)}\b", node.name) for f in forms):
                    self._edge("ATTENDED", gid, node.id, told.props["evidence"],
                               node.props.get("date"), 0.5,
                               status=told.props.get("status"))  # fmt: skip

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
