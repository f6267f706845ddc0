"""Instrument frames: agreements, treaties and statements, who signed them and who is bound."""

from __future__ import annotations

import re

from ..graph.model import Node, node_id
from . import clauses, rules
from .docstate import ItemNotes, Told
from .meetings import MeetingFrames
from .mentions import Mention

__all__ = ["InstrumentFrames"]

# The words that name what kind of instrument a thing is, whatever it is about.
_INSTRUMENT_KINDS = frozenset(
    "declaration statement memorandum deal mou bilateral trilateral new own separate".split()
)


class InstrumentFrames(MeetingFrames):
    """Reading agreements, their signatories and their parties from a sentence."""

    @staticmethod
    def _short_names(agreement: Node) -> list[str]:
        """An instrument's name, and the short forms a reader uses: its acronym or 'MoU' after
        its parties ('Japan-India ACSA', 'India-Egypt MoU')."""
        names = [agreement.name]
        parties = rules.PARTIES_PREFIX.match(agreement.name)
        prefix = parties.group(0) if parties else ""
        acronyms = [a for a in agreement.aliases if rules.ACRONYM.fullmatch(a)]
        if re.search(r"\b[Mm]emorandum of [Uu]nderstanding\b", agreement.name):
            acronyms.append("MoU")
        names += [f"{prefix}{acronym}" for acronym in acronyms]
        return list(dict.fromkeys(names))

    def _ceremonies_named(self) -> None:
        """A signing ceremony is also known by the nicknames its instrument was given after it
        ('The pact is known as the Pukpuk Treaty': the 'Pukpuk Treaty signing')."""
        nodes = self.batch.nodes
        signed: dict[str, set[str]] = {}  # a sentence -> what officials signed in it
        for e in self.batch.edges:
            if e.type == "SIGNED" and e.source in nodes and nodes[e.source].label == "Official":
                signed.setdefault(str(e.props.get("evidence")), set()).add(e.target)
        # The signing meeting a sentence tells of, when it tells of one instrument signed.
        pairs = dict(self.signed_at)
        for e in self.batch.edges:
            told = signed.get(str(e.props.get("evidence")), set())
            if (e.type == "ATTENDED" and len(told) == 1 and e.target in nodes
                    and nodes[e.target].name.endswith("signing meeting")):  # fmt: skip
                pairs.setdefault(next(iter(told)), e.target)
        for aid, ceremony in pairs.items():
            agreement, meeting = nodes.get(aid), nodes.get(ceremony)
            if agreement is None or meeting is None:
                continue
            nicknames = [
                a for a in agreement.aliases if re.fullmatch(r"(?:[A-Z][\w-]*\s+)+[A-Z][\w-]*", a)
            ]
            for short in [*self._short_names(agreement), *nicknames]:
                meeting.add_alias(f"{short} signing ceremony")
                meeting.add_alias(f"{short} signing")

    def _states_sign(self, text: str, mentions: list[Mention], ids: dict[int, str],
                     agreements: list[str], countries: list[str], orgs: list[str],
                     witnesses: list[str], locations: list[str], item: ItemNotes,
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
        if verb and between and len(agreements) > 1:
            # "among them a treaty on ... and a statement of intent between A and B": the
            # bodies that one instrument is between, not signatories of them all
            ahead = text[max(0, verb.end() + between.start() - 40) : verb.end() + between.start()]
            if re.search(r"\b(?:statement|letter)\s+of\s+intent\s+$", ahead) or re.search(
                rf"{rules.INSTRUMENT_NOUN.pattern}(?:\s+\w+){{0,3}}\s+$", ahead, re.I
            ):
                between = None
        if verb and between:
            # "witnessed the signing of a memorandum between the ADD and the DSTG": those two.
            after = verb.end() + between.end()
            subjects = {ids[i] for i, m in enumerate(mentions) if i in ids and m.start >= after}
        if verb:
            # "the treaty, signed by Malaysia and Indonesia", "Indonesia concluded an agreement
            # with Australia": those after "by" or "with" in the verb's clause signed it too.
            end = rules.CLAUSE_END.search(text, verb.end())
            stop = end.start() if end else len(text)
            by = rules.SIGNED_BY.match(text, verb.end())
            before = [
                ids[i]
                for i, m in enumerate(mentions)
                if i in ids and m.label == "Agreement" and m.end <= verb.start()
            ]
            if by and before and len(agreements) > 1:
                # "the memorandum signed by GE and HAL ..., and urged them to conclude their
                # commercial agreement": those after "by" signed the one before the verb.
                agreements = [aid for aid in agreements if aid == before[-1]] or agreements
            subjects |= {
                ids[i]
                for i, m in enumerate(mentions)
                if i in ids
                # bodies after "by" or "with" only when no instrument is named after them
                # ("signed by GE and HAL, and urged them to conclude their commercial
                # agreement"); "signed a memorandum with Naval Group and MBDA"
                and (
                    m.label == "Country"
                    or (m.label == "Organization" and not rules.INSTRUMENT_NOUN.search(text, m.end))
                )
                and verb.end() <= m.start < stop
                and (chain := rules.SIGNED_WITH.search(text, verb.end(), m.start))
                and (by or chain.group("word") == "with")
            }
        homes = self._sides(witnesses)
        if homes and not subjects & set(orgs):
            # "Singh and Austin witnessed the signing of a supply arrangement": no signatory is
            # named, so the countries whose officials looked on signed it through their own.
            countries = list(dict.fromkeys([*countries, *homes]))
            subjects |= set(homes)
        # "The two sides issued a joint statement": with no one named before the verb, the
        # parties it names are its issuers, and issuing a statement is signing it.
        issued = bool(
            verb
            and not subjects
            and rules.ISSUING.fullmatch(verb.group(0))
            and rules.STATEMENT_WORD.search(text, verb.end())
        )
        # "The two sides signed a roadmap": the countries it binds are the sides that signed.
        by_sides = bool(
            verb
            and not subjects
            and (
                rules.SIDES_SUBJECT.search(text[: verb.start()])
                or rules.BEFORE_BOTH_LEADERS.search(text)
            )
        )
        sides = list(dict.fromkeys(item.countries))
        for aid in agreements:
            bound = self.pair_of.get(aid, countries)
            if by_sides and not bound:
                # "in the presence of the two leaders": the item's two sides, or those the
                # instrument is named after ("the India-Philippines treaty on ...")
                named = [self._country_named(c) for c in self._countries_named_in(
                    self.batch.nodes[aid].name)]  # fmt: skip
                bound = sides if len(sides) == 2 else [c for c in named if c]
            if by_sides and len(bound) == 2:
                subjects |= set(bound)
            name = self.batch.nodes[aid].name
            # "the China-Vietnam joint statement": its issuers are the parties its name gives
            issuers = set(self._countries_named_in(name)) if issued else set()
            for cid in bound:
                self._edge("PARTY_TO", cid, aid, text, date, 0.6)
                if rules.STATEMENT_WORD.search(name) and self.batch.nodes[cid].name in issuers:
                    self._edge("SIGNED", cid, aid, text, date, 0.55)
            for xid in [*bound, *orgs]:
                if xid in subjects:
                    self._edge("SIGNED", xid, aid, text, date, 0.55)
                    if xid in orgs:
                        self._edge("PARTY_TO", xid, aid, text, date, 0.55)
                        # A ministry signs for its state, which is bound too.
                        home = self._country_of_org(xid)
                        if home:
                            self._edge("SIGNED", home, aid, text, date, 0.5)
                            self._edge("PARTY_TO", home, aid, text, date, 0.5)
        if not witnesses or rules.WELCOMED_SIGNING.search(text):
            return None  # (those who welcomed a signing spoke of it; they were not at it)
        # "..., witnessed by Prime Minister Ishiba": a ceremony the witnesses attended.
        signed_name = self.batch.nodes[agreements[0]].name
        # "witnessed the exchange of a Letter of Arrangement": an exchange ceremony
        act = "exchange" if rules.EXCHANGE_OF.search(text) else "signing"
        ceremony = self._meeting_node(f"{signed_name} {act} ceremony", date)
        if act != "signing":
            self.batch.nodes[ceremony].add_alias(f"{signed_name} signing ceremony")
        # "the Japan-Philippines terms of reference signing": without its long topic.
        short = re.split(r"\s+(?:on|for|concerning|regarding)\s+", signed_name)[0]
        for name in [short, *self._short_names(self.batch.nodes[agreements[0]])[1:]]:
            if name != signed_name:
                self.batch.nodes[ceremony].add_alias(f"{name} signing ceremony")
        item.meetings.append(ceremony)
        self.signed_at.setdefault(agreements[0], ceremony)
        for oid in witnesses:
            self._edge("ATTENDED", oid, ceremony, text, date, 0.65)
        for lid in locations[:1]:
            self._edge("LOCATED_IN", ceremony, lid, text, date, 0.6)
        return ceremony

    def _name_agreements(self, text: str, mentions: list[Mention], ids: dict[int, str],
                         orgs: list[str], item: ItemNotes, named_here: list[str], date: str | None,
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
        # "to depend less on American suppliers": a country only spoken of binds nothing
        spoken = {ids[i] for i, m in enumerate(mentions) if i in ids and m.label == "Country"
                  and rules.COUNTRY_SPOKEN_OF.match(text, m.end)}  # fmt: skip
        spoken -= {ids[i] for i, m in enumerate(mentions) if i in ids and m.label == "Country"
                   and not rules.COUNTRY_SPOKEN_OF.match(text, m.end)}  # fmt: skip
        bound = [*(c for c in named_here if c not in spoken), *grouped,
                 *(self._country_of_org(o) for o in orgs),
                 *self._unions_beside_countries(text, mentions, ids)]  # fmt: skip
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
            named_now = self._named_now(text, m)
            if named_now:
                ids[i] = named_now
                agreements.append(named_now)
                spot.setdefault(named_now, m.start)
                continue
            ids[i] = self._agreement(m.name, date, parties, known, many)
            agreements.append(ids[i])
            spot.setdefault(ids[i], m.start)

    @staticmethod
    def _unions_beside_countries(
        text: str, mentions: list[Mention], ids: dict[int, str]
    ) -> list[str]:
        """'Canada and the European Union signed a Security and Defence Partnership': a union
        named beside a country as one of the two who act."""
        found = []
        for i, m in enumerate(mentions):
            if i not in ids or m.label != "Organization" or not rules.UNION_BODY.fullmatch(m.name):
                continue
            before = [n for n in mentions[:i] if n.label == "Country"]
            after = [n for n in mentions[i + 1 :] if n.label == "Country"]
            if (
                before and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[before[-1].end : m.start])
            ) or (after and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[m.end : after[0].start])):
                found.append(ids[i])
        return found

    def _named_now(self, text: str, m: Mention) -> str | None:
        """'... signed a declaration binding their two countries. The Northwood Declaration,
        which ...': the instrument just told of, given its name; it keeps the old one too."""
        latest = self.agreements[-1:]
        if latest and rules.KNOWN_AS.search(text, 0, m.start):
            # "The pact is known as the Pukpuk Treaty": the one just told of, by its nickname.
            self.batch.nodes[latest[0]].add_alias(m.name)
            return latest[0]
        if not latest or latest[0] not in self.unnamed_instruments:
            return None
        if not re.match(rf"(?:The\s+)?{re.escape(m.surface)}(?:,|\s+(?:which|that)\b)", text):
            return None
        node = self.batch.nodes[latest[0]]
        if clauses.agreement_kind(node.name) != clauses.agreement_kind(m.name):
            return None
        if m.name not in (node.name, *node.aliases):
            node.add_alias(node.name)
            node.name = m.name
        return latest[0]

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
        lowered = text.lower()
        # "Article V of the Japan-US Security Treaty applies": a treaty spoken of binds no one
        # here; one signed, adopted or in force binds the parties it names.
        bound = (
            rules.SIGN.search(lowered) or rules.ADOPT.search(lowered) or rules.BINDS.search(lowered)
        )
        for aid in agreements if bound else []:
            known = self.gaz.forms.get(self.batch.nodes[aid].name)
            parties_of: list[str] = known[0].props.get("parties", []) if known else []
            name = self.batch.nodes[aid].name
            # "the protocol on Sweden's accession to NATO" binds the allies, not Sweden.
            named = [] if "accession" in name.lower() else self._countries_named_in(name)
            for party in parties_of or named:
                bound_id = self._country_named(party)
                if bound_id:
                    self._edge("PARTY_TO", bound_id, aid, text, date, 0.6)
        for aid in agreements:
            if rules.ADOPT.search(lowered) and adopters:
                states = {
                    a if self.batch.nodes[a].label == "Country" else self._country_of(a)
                    for a in adopters
                }
                for cid in sorted(c for c in states if c):
                    self._edge("PARTY_TO", cid, aid, text, date, 0.55)

    def _unnamed_agreements(self, text: str, countries: list[str], people: list[str],
                            date: str | None,
                            mentions: list[Mention]) -> list[tuple[str, int]]:  # fmt: skip
        """Instruments signed or issued without a proper name of their own: 'signed a
        roadmap on undersea cooperation', 'issued a joint statement', 'signed a revised
        Tailored Deterrence Strategy'. Named after their parties, as analysts name them."""
        found = []
        taken = [(m.start, m.end) for m in mentions if m.label == "Agreement"]
        # "issued a new Joint Declaration on ... and a joint vision for ...": the second too.
        also = [
            m
            for m in rules.AND_THING.finditer(text)
            if (verb := rules.SIGNING_VERB.search(text, max(0, m.start() - 160), m.start()))
            # "signed a GSOMIA, a framework that ...": after a named one, a comma restates it
            and not (
                m.group(0).startswith(",")
                and any(verb.end() <= start < m.start() for start, _ in taken)
            )
        ]
        told = [
            *rules.SIGNED_THING.finditer(text),
            *also,
            *rules.SIGNED_PASSIVE.finditer(text),
            *rules.SIGNED_RELATIVE.finditer(text),
        ]
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
            # "the joint declaration Healey and Pistorius signed": named by who signed it.
            # "the roadmap signed by Healey and Pistorius": named by who signed it, too.
            by = m.re is rules.SIGNED_PASSIVE and m.group(0).endswith("by ")
            relative = m.re is rules.SIGNED_RELATIVE or by
            if relative and (taken or re.search(r"[A-Z][\w-]*,\s+$", text[: m.start()])):
                continue  # "the Falepili Union, the treaty that Albanese signed": that one
            if by and not any(
                x.label == "Official" and 0 <= x.start - m.end() < 40 for x in mentions
            ):
                continue  # "the accord signed by India and China": long since
            if by and bare and self.agreements:
                continue  # "The agreement, signed by A and B, ...": the one told before
            if not by and relative and not self._signed_by_officials(text, m.end(), mentions):
                continue  # "the border agreements that China and India signed": long since
            if bare and (m.group("det") or "").lower() in ("the", "their") and not spoken:
                if not founding and not relative:
                    continue  # "after signing the agreement": the one already told of
            told_of = self._told_of(m) if not (spoken or founding or relative) else None
            if told_of:
                # "signed a far-reaching agreement ... put their signatures to the military
                # accord": the one told of before, in other words.
                found.append((told_of, m.start("what")))
                continue

            aliases: list[str] = []
            if m.group("proper"):
                name = m.group("proper")
            elif m.group("topic") and not self._is_country_word(m.group("topic")):
                # "a memorandum on an India-Middle East-Europe Economic Corridor" (but "a joint
                # statement on North Korea" is named after those who issued it)
                name = f"{m.group('topic')} {m.group('noun').lower()}"
            else:
                mods = re.sub(r"^\S*[$€£]\S+\s+\w+\s+", "", m.group("mods"))  # "$35 billion"
                joined = re.search(r"[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+(?:\s+Islands\b)?", mods)
                if joined:
                    mods = mods.replace(joined.group(0), "")
                words = [w for w in mods.lower().split() if w not in rules.BLAND]
                setting_up = rules.SETTING_UP.match(text, m.end())
                if setting_up and not m.group("tail"):
                    words += setting_up.group("what").split()  # "strategic partnership"
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
                # A small grouping names what its members say together: "the Quad foreign
                # ministers' joint statement" rather than a list of four countries.
                said = re.search(r"statement|declaration|communiqu|release", noun, re.I)
                named = self._party_names(countries, people)
                if said and not grouping:
                    grouping = self._body_of_stateless(people)
                outside = self._outside(grouping, countries, people) if said and grouping else ""
                if outside:
                    grouping = f"{grouping}-{outside}"  # "NATO-Japan joint statement"
                parties = (
                    joined.group(0) if joined else (grouping if said else "") or named or grouping
                )
                counted = rules.NATIONS_ISSUED.search(text, 0, m.start("what"))
                if not parties and counted:
                    # "Twelve governments issued a joint statement": the twelve-nation one
                    parties = f"{counted.group('count').capitalize()}-nation"
                name = " ".join(x for x in (parties, *words, noun) if x) + tail
                if said and 2 <= len(people) <= 4:
                    # "the Biden–Yoon joint statement", as others name what two leaders issued
                    aliases.append(f"{self._surnames(people)} {noun}")
                about = rules.STATEMENT_ABOUT.match(text, m.end()) if said and not tail else None
                if about and parties:
                    aliases.append(f"{name} on {about['topic']}")
            quoted = rules.QUOTED_TITLE.match(text, m.end())
            if quoted:
                # 'released a joint statement titled "The Spirit of the Quad"': its own name.
                aliases.append(name)
                name = quoted.group("title")
            each = [] if quoted or m.group("proper") else self._each_partner(text, m, mentions)
            for hub, partner in each:
                # "signed reciprocal access agreements with Australia and the UK": one each.
                words = [w for w in name.split() if not self._countries_named_in(w)]
                words[-1] = rules.SINGULAR_INSTRUMENT[words[-1].lower()]
                pair = "-".join(sorted(self._short(c) for c in (hub, partner)))
                one = self._agreement(" ".join([pair, *words]), date, [hub, partner])
                self.pair_of[one] = [hub, partner]
                found.append((one, m.start("what")))
            if each:
                continue
            aid = self._agreement(name, date, [], aliases)
            if aid not in self.unnamed_instruments:
                self.unnamed_instruments.append(aid)
            if quoted and self.batch.nodes[aid].props.get("kind") == "agreement":
                self.batch.nodes[aid].props["kind"] = clauses.agreement_kind(m.group("noun"))
            found.append((aid, m.start("what")))
        return found

    def _listed_instruments(self, s: Told) -> None:
        """'The documents exchanged ... included: MoU between India and Sri Lanka on Defence
        Cooperation. MoU on health.': each instrument listed, signed by and binding the
        countries it is between, or else the two sides the item is about."""
        text, item = s.text, s.item
        intro = rules.LIST_OF_SIGNED.search(text)
        item.listing = item.listing or bool(intro)
        listed = rules.LISTED_INSTRUMENT.match(text, intro.end() if intro else 0)
        if not item.listing or not listed:
            return
        what = listed["what"]

        def within(label: str) -> list[str]:
            """The nodes of the mentions of `label` inside the instrument's words."""
            return [
                s.read.ids[i]
                for i, m in enumerate(s.mentions)
                if m.label == label
                and i in s.read.ids
                and listed.start("what") <= m.start
                and m.end <= listed.end("what")
            ]

        inside = within("Country")
        sides = inside if len(set(inside)) >= 2 else inside + item.countries[:2]
        sides = list(dict.fromkeys(sides))
        if len(sides) < 2:
            return
        topic = rules.LISTED_TOPIC.search(what)
        kind = " ".join(listed["kind"].split())
        # "Memorandum of Cooperation in the field of agriculture between the Ministry of ...":
        # named by its field; who it is between is said by the parties' names.
        plain = f"{kind} on {topic['topic']}" if topic else re.sub(r"\s+between\s.*$", "", what)
        name = f"{self._party_names(sides, [])} {plain}"
        aid = self._agreement(name, s.date, sides, [plain, what])
        # The same words read as a mention on their own: one instrument, kept as listed.
        self.listed_as.update((told, aid) for told in within("Agreement") if told != aid)
        s.read.spot.setdefault(aid, listed.start("what"))
        item.agreements.append(aid)
        # "MoU between the Central Vigilance Commission of India and ...": the bodies it is
        # between sign it and are bound by it too; "..., signed by Minister A and Prince B".
        by = rules.SIGNED_BY_AFTER.search(text, listed.end("what"))
        signers = [o for m, o in s.read.officials if by and m.start >= by.end()]
        for party in dict.fromkeys([*sides, *within("Organization")]):
            self._edge("SIGNED", party, aid, text, s.date, 0.6)
            self._edge("PARTY_TO", party, aid, text, s.date, 0.6)
        for oid in signers:
            self._edge("SIGNED", oid, aid, text, s.date, 0.6)

    def _told_of(self, m: re.Match[str]) -> str | None:
        """The latest instrument told of, when 'the military accord' refers back to it: the
        same kind of instrument, unnamed by the text, under a definite article."""
        if (m.group("det") or "").lower() != "the" or m.group("proper") or m.group("topic"):
            return None
        if re.search(r"[A-Z]", m.group("mods") or ""):
            return None  # "the Japan-Philippines accord": whose, said anew
        kind = clauses.agreement_kind(m.group("noun"))
        for aid in reversed(self.unnamed_instruments):
            node = self.batch.nodes.get(aid)
            if node is not None and clauses.agreement_kind(node.name) == kind:
                return aid
        return None

    def _each_partner(self, text: str, m: re.Match[str],
                      mentions: list[Mention]) -> list[tuple[str, str]]:  # fmt: skip
        """'Japan's reciprocal access agreements with Australia and the UK': like instruments
        of one country with each partner listed after 'with', as (country, partner) pairs."""
        if m.group("noun").lower() not in rules.SINGULAR_INSTRUMENT:
            return []
        countries = [x for x in mentions if x.label == "Country"]
        hubs = {self._country_named(x.name) for x in countries if x.end <= m.start()}
        partners: list[str] = []
        at = m.end()
        for x in (x for x in countries if x.start >= m.end()):
            gap = rules.WITH_FIRST if not partners else rules.LIST_NEXT
            if not gap.fullmatch(text, at, x.start):
                break
            partners.append(self._country_named(x.name) or "")
            at = x.end
        if len(hubs) != 1 or None in hubs or len(partners) < 2 or "" in partners:
            return []
        hub = hubs.pop() or ""
        return [(hub, p) for p in dict.fromkeys(partners) if p != hub]

    def _signatories_listed(self, text: str, mentions: list[Mention], ids: dict[int, str],
                            item: ItemNotes, date: str | None) -> None:  # fmt: skip
        """'Among the signatories were Argentina, Canada and Chile': each signed the instrument
        the item just told of, and is bound by it."""
        listed = rules.SIGNATORIES_LISTED.search(text)
        told = (item.agreements or self.agreements)[-1:]
        if not listed or not told:
            return
        end = re.search(r"[;.]", text[listed.end() :])
        stop = listed.end() + end.start() if end else len(text)
        for i, m in enumerate(mentions):
            if i in ids and m.label == "Country" and listed.end() <= m.start < stop:
                self._edge("SIGNED", ids[i], told[0], text, date, 0.6)
                self._edge("PARTY_TO", ids[i], told[0], text, date, 0.6)

    @staticmethod
    def _signed_by_officials(text: str, start: int, mentions: list[Mention]) -> bool:
        """Whether an official is named between `start` and the 'signed' after it."""
        verb = rules.SIGNED_WORD.search(text, start)
        stop = verb.start() if verb else start
        return any(x.label == "Official" and start <= x.start < stop for x in mentions)

    def _headline_statement(self) -> None:
        """A document titled 'Joint Statement on the Sixth Australia-Republic of Korea Foreign
        and Defence Ministers' Meeting' is that statement: issued by, and binding, the
        countries of its title."""
        title = self.doc.title.strip()
        if not rules.HEADLINE_STATEMENT.search(title):
            return
        issuers = self._country_nodes_in(title)
        if len(issuers) < 2:
            return
        two_plus_two = "2+2" in title or rules.FOREIGN_AND_DEFENCE.search(title)
        kind = "2+2 joint statement" if two_plus_two else "joint statement"
        date = self.day
        aid = self._agreement(f"{self._party_names(issuers, [])} {kind}", date, issuers)
        for cid in issuers:
            self._edge("SIGNED", cid, aid, title, date, 0.6)
            self._edge("PARTY_TO", cid, aid, title, date, 0.6)

    def _body_of_stateless(self, people: list[str]) -> str:
        """The alliance an official of no country speaks for ('NATO's Stoltenberg'), by its
        short name."""
        for e in self.batch.edges:
            body = self.batch.nodes[e.target]
            if (
                e.type == "MEMBER_OF"
                and e.source in people
                and not self._country_of(e.source)
                and body.props.get("kind") in ("alliance", "international")
            ):
                return min([body.name, *body.aliases], key=len)
        return ""

    def _outside(self, grouping: str, countries: list[str], people: list[str]) -> str:
        """The countries speaking beside a grouping they are not members of ('Stoltenberg
        and Kishida issued a joint statement': Japan, beside NATO), as a party name."""
        entry = self.gaz.lookup(grouping)
        members = set(entry[0].props.get("members") or []) if entry else set()
        ids = {*countries, *(self._country_of(p) for p in people)} - {None}
        if not members:
            return ""
        return self._party_names(
            [c for c in ids if c and self.batch.nodes[c].name not in members], []
        )

    def _issuers(self, text: str, start: int, mentions: list[Mention], ids: dict[int, str],
                 group: list[str], referred: list[str]) -> tuple[list[str], list[str]]:  # fmt: skip
        """Who speaks in 'In a joint statement, Australia and Japan said': the countries, and
        the countries of the officials, named before the verb; 'the two governments' is the
        item's group, 'the four ministers' the officials named before. Also the officials
        themselves, who sign what they issue."""
        verb = rules.SPEAKS.search(text, start)
        spans = [(start, verb.start() if verb else len(text))]
        opened = rules.IN_STATEMENT.search(text)
        if opened and opened.start() > 0 and not opened["by"]:
            # "The four ministers set out their conclusions in a joint press release": those
            # who speak come first.
            spans.append((0, opened.start()))
        found: list[str] = []
        people: list[str] = []
        for begin, stop in spans:
            if rules.SPEAKERS.search(text[begin:stop]):
                found += group
            # Searched in the whole text: "the three condemned" is told by the verb after it.
            them = rules.PEOPLE_REF.search(text, begin)
            if them and them.start() < stop:
                found += [self._country_of(p) or "" for p in referred]
                people += referred
            for i, m in enumerate(mentions):
                if i in ids and begin <= m.start < stop:
                    if m.label == "Country":
                        found.append(ids[i])
                    elif m.label == "Organization" and opened and opened["by"]:
                        found.append(ids[i])  # "issued by Turkey, Sweden and NATO"
                    elif m.label == "Official":
                        found.append(self._country_of(ids[i]) or "")
                        people.append(ids[i])
        return [c for c in dict.fromkeys(found) if c], list(dict.fromkeys(people))

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
        heads = rules.HEADS_OF_LISTED.search(text)
        if heads:
            # "Xi and the presidents of Kazakhstan, ... and Uzbekistan signed": their states too
            represented |= {c for c in countries if self.batch.nodes[c].name in heads["list"]}
        for cid in sorted(represented):
            self._edge("SIGNED", cid, agreement, text, date, 0.7)
        for cid in sorted(represented | set(countries)):
            self._edge("PARTY_TO", cid, agreement, text, date, 0.7)
        for oid in orgs:
            if not rules.LEGISLATURE.search(self.batch.nodes[oid].name):
                self._edge("PARTY_TO", oid, agreement, text, date, 0.6)
                if signers and self._signed_with(oid, text):
                    # "signed a memorandum with Naval Group and MBDA": the other signatories
                    self._edge("SIGNED", oid, agreement, text, date, 0.6)

    def _signed_with(self, oid: str, text: str) -> bool:
        """Whether a body is named after 'signed ... with', among those who signed with them."""
        node = self.batch.nodes[oid]
        forms = "|".join(re.escape(f) for f in (node.name, *node.aliases))
        return bool(
            re.search(
                rf"\bsign(?:ed|s)?\b[^.;]*?\bwith\s+(?:the\s+)?(?:[^.;]*?(?:,|\band)\s+)?"
                rf"(?:the\s+)?(?:{forms})\b",
                text,
            )
        )

    def _one_per_partner(self, agreement: str, signers: list[str], text: str,
                         date: str | None) -> bool:  # fmt: skip
        """'Zelensky signed security agreements with A of Sweden, B of Norway and C of Iceland':
        one agreement per partner, between the one who signed them all and that partner."""
        node = self.batch.nodes[agreement]
        plural = rules.PLURAL_INSTRUMENT.search(node.name)
        home_of = {p: c for p in signers if (c := self._country_of(p))}
        if not plural or len(signers) < 3 or len(home_of) < len(signers):
            return False
        # The one who signed with each: alone before the verb ("Zelensky signed ... with A, B
        # and C"), or alone after it ("A and B signed their own agreements with Zelensky").
        verb = rules.SIGN.search(text.lower())
        after = [p for p in signers if verb and text.find(self._family(p)) > verb.start()]
        if len(after) == 1:
            signers = [after[0], *(p for p in signers if p != after[0])]
        hub, *partners = (home_of[p] for p in signers)
        if hub in partners or len(set(partners)) != len(partners):
            return False
        singular = rules.SINGULAR_INSTRUMENT.get(plural.group(0).lower(), plural.group(0))
        topic = [w for w in node.name[: plural.start()].split() if not self._countries_named_in(w)]
        for signer, home in zip(signers[1:], partners, strict=True):
            pair = sorted(self.batch.nodes[c].name for c in (hub, home))
            one = self._agreement(" ".join(["-".join(pair), *topic, singular]), date, [hub, home])
            self._signed(one, [signers[0], signer], [hub, home], [], text, date)
        return True

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
        told = self._told_in_full(name)
        if told:
            return told
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
        same = self._same_proper_name(rest, named)
        if same:
            # "a Strategic Defense Agreement", then "the U.S.-Saudi Strategic Defense
            # Agreement": one instrument, with and without its parties in its name.
            node = self.batch.nodes[same]
            if named and not self._countries_named_in(node.name):
                node.name, bare_name = name, node.name  # named for its parties from now on
                node.add_alias(bare_name)
            else:
                node.add_alias(name)
            return same
        node = Node(node_id("Agreement", key), "Agreement", name, list(aliases or []), {})
        node.props.update(
            {k: v for k, v in (("kind", clauses.agreement_kind(name)), ("date", date)) if v}
        )
        aid = self.batch.add_node(node).id
        generic = kind or all(w.lower() in rules.GENERIC_AGREEMENT_WORDS for w in rest)
        if len(rest) >= 2 and all(w[0].isupper() for w in rest if w.lower() not in ("of", "on")):
            under = self.proper_names.setdefault(" ".join(w.lower() for w in rest), [])
            if (aid, frozenset(named)) not in under:
                under.append((aid, frozenset(named)))
        if generic and plain not in self.kinds_signed:
            between = {self._country_named(c) for c in named} - {None}
            self.kinds_signed[plain] = (aid, {c for c in between if c})
        return aid

    def _told_in_full(self, name: str) -> str | None:
        """'the nuclear declaration' after 'a Joint Declaration on ... Civil Nuclear Energy
        Cooperation': the one instrument told of whose full name holds every word."""
        words = name.split()
        while words and words[0][:1].isupper() and self._countries_named_in(words[0]):
            words = words[1:]  # "Saudi Arabia-US nuclear declaration": its parties first
        if not 2 <= len(words) <= 3 or not all(w.islower() for w in words):
            return None
        if words[-1].endswith("s") or all(
            w in rules.GENERIC_AGREEMENT_WORDS or w in _INSTRUMENT_KINDS for w in words
        ):
            return None  # "the joint statement", "bilateral agreements": of a kind, not one
        found = [
            n.id
            for n in self.batch.nodes.values()
            if n.label == "Agreement"
            and n.name != name
            and all(re.search(rf"\b{re.escape(w)}\b", n.name, re.I) for w in words)
        ]
        return found[0] if len(found) == 1 else None

    def _same_proper_name(self, rest: list[str], named: list[str]) -> str | None:
        """The one instrument already told under this proper name, whose parties the two
        namings do not contradict (one of them names none)."""
        if len(rest) < 2 or not all(w[0].isupper() for w in rest if w.lower() not in ("of", "on")):
            return None
        told = self.proper_names.get(" ".join(w.lower() for w in rest), [])
        fits = [aid for aid, parties in told if not parties or not named or parties == set(named)]
        return fits[0] if len({aid for aid, _ in told}) == 1 and fits else None

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

    def _signing_parties(self, text: str, mentions: list[Mention], ids: dict[int, str],
                         parties: list[str]) -> list[str]:  # fmt: skip
        """The parties a signing sentence names, less the countries of its witnesses ("in the
        presence of Belgian Prime Minister De Croo") and those only spoken of ("the second
        anniversary of Russia's invasion")."""
        homes = self._signers_homes(text, mentions, ids)
        if len(homes) >= 2:
            return homes  # the countries the signers speak for
        witnessed = clauses.witness_spans(text)
        # "issued a joint statement condemning the deployment of North Korean troops to Russia":
        # the countries its words are about are not its parties.
        verb = rules.SIGN_VERB.search(text)
        about = rules.STATEMENT_CONTENT.search(text, verb.end()) if verb else None
        spoken_of = {
            ids[i]
            for i, m in enumerate(mentions)
            if i in ids and m.label == "Country" and about is not None and m.start > about.start()
        }
        aside = spoken_of | {
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
        return [c for c in kept or parties if c not in spoken_of]
