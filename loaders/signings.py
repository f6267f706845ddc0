"""Signing frames: whether a sentence tells of a signing, who signed and who witnessed it, the
ceremony it was, and joint statements with those who issued them."""

from __future__ import annotations

import re

from ..graph.model import Node
from . import clauses, rules
from .docstate import ItemNotes, Told
from .mentions import Mention
from .sessions import SessionFrames

_FEW = 4  # a communiqué of more countries than this is the grouping's, not each member's

__all__ = ["SigningFrames"]


class SigningFrames(SessionFrames):
    """Reading signings and statements from a sentence."""

    def _signing_told(self, s: Told) -> tuple[bool, bool]:
        """Whether the sentence tells of a signing (signed, concluded, adopted, issued) done,
        not one still to come; and whether of an issued statement."""
        text, lowered, mentions = s.text, s.lowered, s.mentions
        issued = bool(rules.ISSUED.search(text))
        # "concluded a 10-year framework": concluding an instrument is signing it.
        # "adopted a joint action plan": adopting an instrument is agreeing to it, too; not
        # "Japan adopted its new National Security Strategy", a government's own.
        concluded = ("conclud" in lowered or "adopt" in lowered) and any(
            m.group(0)[:5].lower() in ("concl", "adopt") and m.group("det") != "its"
            for m in rules.SIGNED_THING.finditer(text)
        )
        # "Ishiba and Rutte adopted a new Individually Tailored Partnership Programme", "Indonesia
        # concluded a Defence Cooperation Agreement with Australia": a named instrument agreed.
        adopted = any(
            rules.ADOPTED_BEFORE.search(text, 0, m.start)
            # "The Joint Vision was adopted by the two leaders": the same, told passively.
            or rules.ADOPTED_BY.match(text, m.end + 1)
            # "Three documents were adopted by the two leaders: A; B; and C"
            or (
                (by := rules.ADOPTED_BY.search(text, 0, m.start))
                and ":" in text[by.end() : m.start]
            )
            for m in mentions
            if m.label == "Agreement"
        )
        # "a memorandum that officials expect to be signed in Tokyo": no signing yet.
        to_come = [m.span() for m in rules.SIGN_AHEAD.finditer(lowered)]
        to_come += [
            past.span()
            for m in mentions
            if m.label == "Agreement" and (past := rules.SIGNED_LONG_AGO.match(lowered, m.end))
        ]
        told_signed = any(
            not any(a <= m.start() < b for a, b in to_come) for m in rules.SIGN.finditer(lowered)
        )
        signed = told_signed or issued or concluded or adopted
        return signed, issued

    def _statement(self, s: Told, signed: bool, parties: list[str], agreements: list[str],
                   present: list[str], named_before: list[str]) -> None:  # fmt: skip
        """Instruments a signing or statement leaves unnamed, and the joint statement a sentence
        quotes, signed by those who issued it."""
        text, mentions, item, date = s.text, s.mentions, s.item, s.date
        ids, spot = s.read.ids, s.read.spot
        stated = rules.IN_STATEMENT.search(text)
        closing = self._communique_of(s, s.read.meetings)[0]  # the meeting's, read at the end
        if stated and closing and "communiqu" in stated[0].lower():
            stated = None
        statement = None
        # "Their joint statement voiced ...", "They set out their conclusions in a joint press
        # release": those the sentence before named together speak in it.
        they = stated and (stated["their"] or stated["after"] or re.match(r"They\s", text))
        their = self.last_people if they and len(self.last_people) >= 2 else []
        if they and not their and (item.meetings or self.meetings):
            # "The four had last met in New York. Their joint statement ...": those seated at
            # the meeting the item is about.
            latest = (item.meetings or self.meetings)[-1]
            seated = [p for p in self.seated.get(latest, ()) if p in self.batch.nodes]
            their = sorted(seated) if len(seated) >= 2 else []
        if their and not parties:
            parties = [c for c in dict.fromkeys(self._country_of(p) for p in their) if c]
        if signed or stated:
            # Leaders who witness a signing name the instrument when no one else does.
            for aid, start in self._unnamed_agreements(text, parties, present, date, mentions):
                if closing and closing.start() <= start < closing.end():
                    continue
                spot.setdefault(aid, start)
                if stated and stated.start() <= start < stated.end():
                    statement = aid
                    if not signed:
                        continue  # issued by those who speak in it, below
                if aid not in agreements:
                    agreements.append(aid)
                    item.agreements.append(aid)
                if aid not in self.agreements and not self.doc.newsletter:
                    # A report goes on about it: "The memorandum was signed by ...", later on.
                    self.agreements.append(aid)
        if stated:
            # "In a joint statement titled the Wilmington Declaration": that one.
            titled = rules.TITLED.match(text, stated.end())
            if titled:
                statement = next((a for a in agreements if spot.get(a) == titled.end()), None)
            group = self._group_countries(item, people_first=True)
            issuers, speakers = self._issuers(
                text, stated.end(), mentions, ids, group, named_before or their
            )
            if their:
                issuers = [c for c in dict.fromkeys(self._country_of(p) for p in their) if c]
                # "A joint statement issued after the talks": the governments', no one's name.
                speakers = [] if stated["after"] else list(their)
            if statement is None and len(issuers) >= 2:
                # "In a joint statement the three condemned ...": one the text leaves unnamed.
                # "joint press statement", "joint declaration": the words the text uses.
                kind = re.search(
                    r"joint\b.*?(?:statement|declaration|communiqu[eé]|press\s+release)",
                    stated[0],
                    re.I,
                )
                noun = " ".join(kind[0].lower().split()) if kind else "joint statement"
                name = f"{self._party_names(issuers, [])} {noun}".strip()
                # The members of a grouping the document names speak as it: "Quad joint
                # statement", also known by their countries.
                grouping = self._grouping_of(issuers)
                aliases = [name] if grouping else []
                name = f"{grouping} {noun}" if grouping else name
                statement = self._agreement(name, date, [], aliases)
            for cid in issuers:
                if statement:
                    self._edge("SIGNED", cid, statement, text, date, 0.6)
                    self._edge("PARTY_TO", cid, statement, text, date, 0.6)
            for oid in speakers:
                if statement:
                    self._edge("SIGNED", oid, statement, text, date, 0.55)  # who issued it

    def _statements_on_topics(self, s: Told, actors: list[str]) -> None:
        """'The two presidents issued four joint statements, on A, on B, on C and on D': one
        statement per subject, each issued by those who issued them all."""
        several = rules.SEVERAL_STATEMENTS.search(s.text)
        if several is None:
            return
        topics = [
            t.strip(" ,") for t in rules.STATEMENT_TOPIC.findall(several["topics"]) if t.strip(" ,")
        ]
        if len(topics) < 2:
            return
        issuers = [c for c in dict.fromkeys(self._country_of(p) for p in actors) if c]
        speakers = list(actors)
        owner = self._party_names(issuers, [])
        if len(issuers) < 2 and s.item.meetings:
            # "Two joint statements were issued, one on ...": those who sat at the meeting,
            # named after it ("ADMM-Plus joint statement on ...") if it has a short name.
            meeting = self.batch.nodes[s.item.meetings[-1]]
            issuers = sorted(c for c in self._countries_at(meeting.id) if c)
            speakers = []
            owner = _short_name(meeting) or self._party_names(issuers, [])
        if len(issuers) < 2:
            return
        noun = several["noun"].lower().rstrip("s")
        stem = f"{owner} joint {noun}"
        for topic in topics:
            aid = self._agreement(f"{stem} on {topic}", s.date, [])
            s.item.agreements.append(aid)
            for cid in issuers:
                self._edge("SIGNED", cid, aid, s.text, s.date, 0.6)
                self._edge("PARTY_TO", cid, aid, s.text, s.date, 0.6)
            for oid in speakers:
                self._edge("SIGNED", oid, aid, s.text, s.date, 0.55)

    def _grouping_of(self, countries: list[str]) -> str:
        """The short name of a grouping the document names whose members are just these."""
        names = {self.batch.nodes[c].name for c in countries}
        for oid, (mention, _) in self.alliances.items():
            hit = self.gaz.lookup(self.batch.nodes[oid].name)
            if hit and set(hit[0].props.get("members") or ()) == names:
                return str(hit[0].props.get("short") or re.sub(r"^[Tt]he\s+", "", mention.surface))
        return ""

    def _communique(self, s: Told, meetings: list[str]) -> None:
        """'Their joint communiqué reaffirmed ...', 'the leaders' communiqué': the closing text
        of the meeting told of, named after it and issued by those who sat at it."""
        said, mid = self._communique_of(s, meetings)
        if said is None or mid is None:
            return
        issued_here = {
            e.target
            for e in self.batch.edges
            if e.type == "SIGNED" and e.props.get("evidence") == s.text
        }
        if any(said["noun"].lower() in self.batch.nodes[a].name.lower() for a in issued_here):
            return  # "A and B issued a joint communiqué after their talks": already theirs
        meeting = self.batch.nodes[mid]
        stem = _short_name(meeting) or meeting.name
        # "the 56th SCM": the edition, which tells one year's communiqué from the next.
        tail = re.escape(meeting.name.split()[-1])
        edition = next(
            (
                m[1]
                for item in self.doc.items
                for m in [
                    re.search(rf"\b(\d+(?:st|nd|rd|th))\s+(?:[\w.'’-]+\s+){{0,5}}{tail}", item)
                ]
                if m
            ),
            None,
        )
        stem = f"{edition} {stem}" if edition else stem
        words = [w for w in said["mods"].split() if w.lower() not in stem.lower()]
        name = " ".join([stem, *words, said["noun"].lower()])
        date = str(meeting.props.get("date") or s.date or "") or None
        aid = self._agreement(name, date, [])
        # Those who sat at it, and those who chaired it.
        at = list(
            dict.fromkeys(
                e.source
                for e in self.batch.edges
                if e.type in ("ATTENDED", "CO_CHAIRED") and e.target == meeting.id
            )
        )
        groups = [x for x in at if self.batch.nodes[x].props.get("kind") in rules.GROUPINGS]
        people = [x for x in at if self.batch.nodes[x].label == "Official"]
        countries = [x for x in at if self.batch.nodes[x].label == "Country"]
        countries += [c for c in map(self._country_of, people) if c and c not in countries]
        known = self.gaz.lookup(meeting.name)
        # A forum the gazetteer knows without fixed members (the ADMM-Plus, the EAS) speaks
        # as itself, not as those of its members the text happened to name.
        forum = (
            known is not None and known[0].label == "Meeting" and not known[0].props.get("members")
        )
        few = len(countries) <= _FEW and not forum
        issuers = groups or ([*countries, *people] if few else [])
        for x in dict.fromkeys(issuers):
            self._edge("SIGNED", x, aid, s.text, date, 0.55)
            if self.batch.nodes[x].label != "Official":
                self._edge("PARTY_TO", x, aid, s.text, date, 0.55)

    def _adopted_by_gathering(self, s: Told, agreements: list[str], meetings: list[str]) -> None:
        """'The summit then adopted the Dubrovnik Declaration', 'The ten heads of delegation
        signed the Astana Declaration': signed by those at the gathering, whom the item may
        list only later; settled at the document's end, if no one else signed it."""
        said = rules.ADOPTED_BY_ALL.search(s.text)
        if said is None or not agreements:
            return
        # A grouping named as a body ("G20 leaders ..."); start("group") is -1 when none is.
        group = next(
            (
                s.read.ids[i]
                for i, m in enumerate(s.mentions)
                if m.label == "Organization" and i in s.read.ids and m.start == said.start("group")
            ),
            None,
        )
        if group:
            # "ASEAN defence ministers adopted the GAME": the grouping speaks as one.
            for aid in agreements:
                self._edge("SIGNED", group, aid, s.text, s.date, 0.55)
                self._edge("PARTY_TO", group, aid, s.text, s.date, 0.55)
            return
        pool = [m for m in dict.fromkeys([*meetings, *s.item.meetings]) if m not in self.unnamed]
        if pool:
            self.adopted.append((agreements, pool, s.text, s.date))

    def _issued_by_those_present(self) -> None:
        """Instruments a gathering adopted as one: signed by each country and official that
        sat at it, and binding each country."""
        for agreements, pool, text, date in self.adopted:
            signed = {e.target for e in self.batch.edges if e.type == "SIGNED"}
            mid = max(pool, key=lambda m: len(self.seated.get(m, ())))
            at = list(
                dict.fromkeys(
                    e.source
                    for e in self.batch.edges
                    if e.type in ("ATTENDED", "CO_CHAIRED")
                    and e.target == mid
                    and e.props.get("status") != "planned"
                    and self.batch.nodes[e.source].label in ("Country", "Official")
                )
            )
            homes = (self._country_of(x) for x in at if self.batch.nodes[x].label == "Official")
            at += [c for c in dict.fromkeys(homes) if c and c not in at]
            if len(at) < 2:
                continue
            for aid in agreements:
                if aid in signed:
                    continue
                for x in at:
                    self._edge("SIGNED", x, aid, text, date, 0.5)
                    if self.batch.nodes[x].label == "Country":
                        self._edge("PARTY_TO", x, aid, text, date, 0.5)

    def _communique_of(
        self, s: Told, meetings: list[str]
    ) -> tuple[re.Match[str] | None, str | None]:
        """Where a sentence speaks of a communiqué, and the named meeting it closed."""
        said = rules.COMMUNIQUE.search(s.text)
        named = [m for m in [*s.item.meetings, *meetings] if m not in self.unnamed]
        if said is None:
            return None, None
        if any(
            m.label == "Agreement" and m.start <= said.start("noun") < m.end for m in s.mentions
        ):
            return None, None  # "the Vilnius Summit Communiqué", named in full
        # The meeting the sentence names before it or as its own ("the communiqué of the 55th
        # SCM"), or else the item's meeting the most people were seen at.
        of = re.match(r"\s+of\s+(?:the\s+)?", s.text[said.end() :])
        reach = said.end() + (of.end() if of else 0)
        here = [m for m in named if m in meetings and s.read.spot.get(m, reach + 1) <= reach]
        if not here and re.search(r"\bsign(?:ed|s)\b", s.text):
            return None, None  # "a joint communiqué he signed with Nausėda": its signatories'
        # Not one named in passing ("through the NCG"), which no one was seen at.
        pool = here or [m for m in named if self.seated.get(m)] or named
        if not pool:
            return None, None
        seen = {m: len(self.seated.get(m, ())) for m in pool}
        return said, max(seen, key=lambda m: seen[m])

    def _signings(self, s: Told, signed: bool, issued: bool, agreements: list[str],
                  people: list[str], witnesses: list[str], actors: list[str],
                  countries: list[str], parties: list[str], meetings: list[str],
                  locations: list[str], met: bool) -> tuple[str | None, bool, list[str]]:  # fmt: skip
        """Who signed what, who only witnessed it, and the ceremony each signing was: its
        encounter, "" when it is the sentence's meeting, or None when there was none. Also
        whether the signatories met, and the sentence's people who did not sign."""
        text, mentions, item, date, dates = s.text, s.mentions, s.item, s.date, s.dates
        officials, orgs, spot, read = s.read.officials, s.read.orgs, s.read.spot, s.read
        # A signing with no meeting named is its own encounter: no second one is read from it.
        # A signing is its own encounter, unless what was signed could not be read: then the
        # sentence's meeting ("welcomed Marape ..., where the two signed ...") still is one.
        ceremony: str | None = "" if signed and not issued and agreements else None
        if signed and [p for p in people if p not in witnesses] and agreements:
            named_at = {a: spot[a] for a in agreements if a in spot}
            placed = [(m.props["name_start"], oid) for m, oid in officials]
            every = clauses.signings(text, placed, named_at, dates)
            if witnesses and not meetings and not issued:
                self._talks_before(s, witnesses, locations)
            for signing in every:
                ceremony = self._signing(signing, len(every), agreements, actors, witnesses,
                                         countries, parties, orgs, meetings, issued,
                                         text, date, locations, item, ceremony)  # fmt: skip
            met = met or bool(meetings)  # "held talks and signed": the signatories were there
            # Officials the sentence names beside a signing told in a clause ("met Marape to
            # discuss the agreement that Blinken and Daki signed in May") met on their own.
            told = {p for signing in every for p in signing.signers}
            if told:
                actors = [p for p in actors if p not in told]
                ceremony = ceremony if len(every) > 1 else None
        elif signed and agreements and (countries or orgs or self._sides(witnesses)):
            looked_on = [] if issued else witnesses
            if not meetings:
                self._talks_before(s, looked_on, locations)
            ceremony = self._states_sign(
                text, mentions, read.ids, agreements,
                [c for c in countries if c in parties], orgs,
                looked_on, locations, item, date,
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
        return ceremony, met, actors

    def _talks_before(self, s: Told, looked_on: list[str], locations: list[str]) -> None:
        """'Singh held talks with Austin, where the two witnessed the signing of ...': the
        talks were an encounter of their own, before the ceremony."""
        text, officials = s.text, s.read.officials
        talks = rules.MEET.search(s.lowered)
        verb = rules.SIGN_VERB.search(text)
        if not looked_on or not talks or not verb or talks.start() > verb.start():
            return
        # Those named after "witnessed" signed ("witnessed their foreign ministers, A and B,
        # sign a memorandum"): they were not at the talks.
        seen = rules.LOOKED_ON.search(text, talks.end())
        until = seen.start() if seen else verb.start()
        at_talks = [o for m, o in officials if o in looked_on and m.end <= until]
        if len(set(at_talks)) < 2 and len(set(looked_on)) == 2:
            # "Prabowo hosted him for talks, after which the two presidents watched": the two
            # who looked on held the talks.
            at_talks = list(dict.fromkeys(looked_on))
        if len(set(at_talks)) >= 2:
            self._encounters(text, officials, at_talks, False, locations, s.item, s.date)

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
        speaking = {self._country_of(p) for p in signers} - {None}
        if len(speaking) >= 2:
            # "The pair issued a statement that puts Washington alongside China, Russia and
            # India": signers of two or more countries bind those they speak for.
            homes = speaking
        bound = [c for c in countries if c in parties and (not homes or c in homes)]
        for aid in signing.objects or agreements:
            if not self._one_per_partner(aid, signers, text, when):
                self._signed(aid, signers, bound, orgs, text, when)
        if issued and not meetings and not self._planned and len(signers) == len(speaking) == 2:
            # "Kishida and Widodo issued a joint statement": two leaders who issue one together
            # have met.
            return self._encounter(signers, "meeting", text, when, locations, 0.6, item)
        # A signing with witnesses is a ceremony of its own, even at a meeting told of.
        if (meetings and not witnesses) or not (len(signers) > 1 or witnesses) or issued:
            return ceremony
        signed_first = (signing.objects or agreements)[0]
        told = self.signed_at.get(signed_first) or self.ceremony_seen
        # "Sisi and Trump co-chaired the summit. Trump, Sisi, A and B signed a declaration":
        # signed at the gathering the item just told of, which some of them sat at.
        summit = [
            m
            for m in item.meetings[-1:]
            if self._a_gathering(m)
            and self._same_day(m, when)
            and set(signers) & set(self.seated.get(m, ()))
        ]
        if summit and not witnesses:
            told = summit[0]
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


def _short_name(meeting: Node) -> str:
    """The shortest acronym a meeting goes by ("ADMM-Plus", "SCM"), or "" if it has none."""
    short = sorted((a for a in meeting.aliases if re.fullmatch(r"[A-Z]{2,}[\w+-]*", a)), key=len)
    return short[0] if short else ""
