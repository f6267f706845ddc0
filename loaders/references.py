"""Who a sentence means when it names no one: 'he', 'the two ministers', 'his
counterpart', 'the Secretary', and who witnesses rather than acts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..graph.model import Node, node_id
from . import clauses, rules
from .docstate import DocumentState, ItemNotes
from .gazetteer import in_office, official_names
from .mentions import TITLE_CORE, Mention
from .names import NAME_ARTICLE, family_name

__all__ = ["References"]

# "the Maldivian president": the titles the one in office of that country holds.
_HEAD_TITLES = {
    "president": ("President",),
    "prime minister": ("Prime Minister",),
    "pm": ("Prime Minister",),
    "premier": ("Premier", "Prime Minister"),
    "chancellor": ("Chancellor",),
}
# Role words for the members of a legislature, as a reference calls them.
# "The delegation also called on ...": lawmakers travelling together, as "the lawmakers" are.
_LAWMAKERS = ("lawmakers", "legislators", "senators", "congressmen", "delegation")


class References(DocumentState):
    """Reading the people a sentence refers to without naming them."""

    def _cast(self, text: str, officials: list[tuple[Mention, str]], people: list[str],
              named_before: list[str], date: str | None) -> tuple[list[str], list[str]]:  # fmt: skip
        """The witnesses of a sentence's act, and its actors: the people who act in it now."""
        # Witnesses of a signing attend it; they neither sign nor "meet" the signatories.
        witness_at = clauses.witness_spans(text)
        # "as Pompeo and Kim's sister looked on": Kim is whose sister, not a witness.
        witnesses = [
            oid
            for m, oid in officials
            if clauses.in_spans(m.props["name_start"], witness_at)
            and not re.match(r"['’]s\b", text[m.end :])
        ]
        ref_at = rules.PEOPLE_REF.search(text)
        if named_before and ref_at and clauses.in_spans(ref_at.start(), witness_at):
            # "In the presence of the two leaders, the ministries signed ...": those leaders.
            witnesses += [p for p in named_before if p not in witnesses]
        # "the declaration that Biden and Yoon adopted in April 2023": another time, another act.
        earlier_at = clauses.other_time_clauses(text, date, self.doc.date)
        # ... unless named in this act too: "Blinken and Qin spoke by telephone, days before a
        # trip that Blinken had postponed in February".
        elsewhere = {
            oid for m, oid in officials if clauses.in_spans(m.props["name_start"], earlier_at)
        } - {oid for m, oid in officials if not clauses.in_spans(m.props["name_start"], earlier_at)}
        # "read out a message from President Marcos": someone whose words were brought along.
        elsewhere |= {oid for m, oid in officials if rules.SENT_BY.search(text, 0, m.start)}
        said = rules.SAID_THAT.search(text)
        after = [oid for m, oid in officials if said and m.start >= said.end()]
        if said and len(set(after)) >= 2:
            # "Kato announced that Suga would visit Washington to meet Biden": the one who
            # told of it is not at it.
            elsewhere |= {oid for m, oid in officials if m.end <= said.start()} - set(after)
        meanwhile = rules.MEANWHILE_THAT.search(text)
        if meanwhile and not rules.MEET.search(text, 0, meanwhile.start()):
            # "Kishida's visit played out on the same day that Xi was holding talks with Putin":
            # the talks are the others'.
            others = {oid for m, oid in officials if m.start >= meanwhile.end()}
            if len(others) >= 2:
                elsewhere |= {oid for m, oid in officials if m.end <= meanwhile.start()} - others
        since = [(m.start(), m.end()) for m in rules.SINCE_OFFICE.finditer(text)]
        # "... held talks with Li, their first meeting since Ishiba took office": Ishiba held them.
        elsewhere |= {
            oid for m, oid in officials if clauses.in_spans(m.props["name_start"], since)
        } - {oid for m, oid in officials if not clauses.in_spans(m.props["name_start"], since)}
        # "talks with then-President Widodo, Prabowo's predecessor": Prabowo is only whose.
        whose = [(oid, bool(rules.OWNER_OF_OTHER.match(text, m.end))) for m, oid in officials]
        elsewhere |= {oid for oid, owns in whose if owns} - {oid for oid, owns in whose if not owns}
        # "Cho, who accompanied Lee, held talks with Iwaya": the parse says Lee is outside; "the
        # two leaders signed a statement in which Kim committed ...": Kim is one of the two.
        elsewhere |= {
            oid for m, oid in officials if m.name in self.outside and oid not in named_before
        } - {oid for m, oid in officials if m.name not in self.outside}
        # "the two discussed his forthcoming meeting with Putin": someone to be met later.
        elsewhere |= {
            oid
            for m, oid in officials
            if rules.MEETING_TO_COME.search(text, 0, m.props["name_start"])
        } - set(named_before)
        told = rules.TOLD_AFTER.search(text)
        if told:
            elsewhere |= {oid for m, oid in officials if told.start("who") <= m.props["name_start"]}
        return witnesses, [p for p in people if p not in witnesses and p not in elsewhere]

    def _observers(self, text: str, mentions: list[Mention], ids: dict[int, str]) -> set[str]:
        """'with Japan observing', 'observers from Japan', 'Vietnam sent observers': present,
        but not taking part; nor are those a drill prompted to shadow it."""
        reaction = rules.REACTION.search(text)
        return {
            ids[i]
            for i, m in enumerate(mentions)
            if i in ids
            and (
                rules.OBSERVING.match(text, m.end)
                # "observers from Brunei, Papua New Guinea and Vietnam": each on the list
                or rules.OBSERVERS_FROM.search(text[: m.start])
                # "Russia's Black Sea Fleet said it was tracking the warships taking part"
                or rules.WATCHING.match(text, m.end)
                or (reaction and m.start > reaction.start())
                # "Turkey had been expected to take part but pulled out"
                or rules.PULLED_OUT.match(text, m.end)
            )
        }

    def _group_countries(self, item: ItemNotes, people_first: bool = False,
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

    def _people_told(self, text: str, item: ItemNotes,
                     officials: list[tuple[Mention, str]]) -> tuple[list[str], list[str]]:  # fmt: skip
        """The people a sentence tells of: those it refers back to ("the two ministers", "his
        counterpart") first, then those it names; and the ones referred back to."""
        people = list(dict.fromkeys(oid for _m, oid in officials))
        named_before = self._people_referred_to(text, item, officials)
        named_before += [
            p for p in self._counterparts_referred_to(text, item) if p not in named_before
        ]
        them = rules.PEOPLE_REF.search(text)
        # "Von der Leyen ... joined the two presidents": she leads, before those referred to.
        at = them.start() if them and named_before else 0
        leading = (
            [oid for m, oid in officials if m.end <= at]
            if rules.MET_THEM.search(text, 0, at)
            else []
        )
        people = list(
            dict.fromkeys([*leading, *named_before, *(p for p in people if p not in named_before)])
        )
        if not named_before:
            people += [
                p for p in self._object_referred_to(text, item, officials) if p not in people
            ]
        item.people.extend(p for p in people if p not in item.people)
        for oid in people:
            self.told_of[oid] = self.told_of.get(oid, 0) + 1
        return people, named_before

    def _people_referred_to(self, text: str, item: ItemNotes,
                            officials: list[tuple[Mention, str]]) -> list[str]:  # fmt: skip
        """'the four ministers': the officials of that number named just before, by role; 'she'
        before anyone is named: the one the item is about. `officials` are the sentence's own."""
        them = rules.PEOPLE_REF.search(text)
        side = self.gaz.lookup(them.group("side") or "") if them else None
        before = {oid for m, oid in officials if them and m.end <= them.start()}
        # "Talks with Prime Minister Morawiecki centred on ...": the talks of the one told of
        pronoun = rules.PRONOUN.search(text) or rules.TALKS_OPEN.match(text)
        # "Accompanied by A and B, she ...": the aides named first are not who "she" is.
        aside = rules.ACCOMPANIED_ASIDE.match(text)
        told_of = pronoun and not any(
            m.start < pronoun.start() for m, _ in officials if not (aside and m.end <= aside.end())
        )
        if (
            them
            and len(before) >= 2
            # "He then met A, B and C; the four leaders agreed": he is one of the four
            and not (
                told_of
                and rules.NUMBERS.get((them.group("number") or "").lower()) == len(before) + 1
            )
            # "Blinken and Austin hosted the Australian ministers": those of another side
            and not (
                side
                and side[0].label == "Country"
                and all(self._country_of(p) != node_id("Country", side[0].name) for p in before)
            )
        ):
            return []  # "Kishida called Yoon, and the two leaders agreed": these two
        if them and re.match(r"\s*\(", text[them.end() :]):
            return []  # "the four ministers (Blinken, Austin, Chung and Suh)": those listed
        one = rules.ONE_REF.match(text)
        if told_of and not (one and pronoun and one.end() <= pronoun.start()):
            # ("From Taipei the Speaker went on to Seoul, where she held talks": the Speaker)
            about = item.people or self._protagonist() or self.previous_people
            if item.people and self.last_people:
                # "Abe then set off on a Gulf tour. In Riyadh he met ...": the one just named;
                # "The Indian PM also received A and B. On Saturday he sat down with C": the
                # subject of the sentence before, named first in it.
                about = self.last_people
            return about[:1]
        they = rules.THEY_LEAD.match(text)
        if they and len(set(self.last_people)) == 2:
            # "The two Ministers have kept in close contact. They held their first telephone
            # conversation on January 16": the two just told of. "In Vilnius they met President
            # Nauseda": the two, with those the sentence names after them.
            pair = list(dict.fromkeys(self.last_people))
            seen = {oid for _, oid in officials}
            if all(m.start >= they.end() for m, _ in officials) and not seen & set(pair):
                return pair
        if one:
            # "The Secretary also paid a courtesy call on ...": the one so titled just before.
            # "the Pentagon chief" is the one whose title says defense.
            said = " ".join(one.group("role").lower().split())
            role, home = rules.ROLE_NICKNAMES.get(said, (said, None))
            lead = [p for p in self._protagonist() if role in self._title(p).lower()]
            # "Prime Minister also called on ...", with no article: the release's own leader,
            # the first of that title it named
            first = (
                [p for p in self.told_of if role in self._title(p).lower()][:1]
                if one.group("bare") is not None
                else self._issuers_head(role)
            )
            named = first or item.people or lead or self.previous_people
            fitting = [p for p in named if role in self._title(p).lower()]
            if not fitting and not item.people:
                # "From Taipei the Speaker went on to Seoul": the Speaker told of items before
                named = list(dict.fromkeys(reversed(self.recent_people)))
                fitting = [p for p in named if role in self._title(p).lower()][:1]
            if home:
                fitting = [p for p in fitting if self.batch.nodes[p].props.get("country") == home]
            fitting = self._issuers_own(fitting)
            if len({*fitting}) > 1:
                # "The Secretary" of a readout is its Secretary of State, not the Foreign
                # Secretary he met.
                fitting = [p for p in fitting if self._title(p).lower().startswith(role)]
            one_of = fitting[-1:] if len({*fitting}) == 1 else []
            also = rules.AND_THE_OTHERS.match(text, one.end())
            others = [p for p in dict.fromkeys(named) if p not in one_of]
            if one_of and also and len(others) == rules.NUMBERS[also.group("number").lower()]:
                # "the Secretary and the two Foreign Ministers issued a joint statement"
                return one_of + others
            return one_of
        m = rules.PEOPLE_REF.search(text)
        if not m:
            return []
        # "The leaders met at the residence": the leaders just named, if the item names no one.
        leaders_met = (m.group("role") or "").lower() in (
            "leaders",
            *_LAWMAKERS,
        ) and re.match(
            # "The lawmakers were received by President Tsai"
            r"\s+(?:(?:also|then|later)\s+)?(?:met|held|sat|called|(?:were|was)\s+(?:received|welcomed"
            r"|hosted)\s+by)\b",
            text[m.end() :],
        )
        side = self.gaz.lookup(m.group("side") or "")
        if side and side[0].label == "Country":
            # "The visiting Japanese ministers called on Modi": that country's officials.
            ones = self._officials_of(side[0].name, item)
            return list(dict.fromkeys(self._fitting(ones, (m.group("role") or "").lower())))
        number = m.group("number") or m.group("number2")
        # "In a joint statement, the ministers said": those who issued it, as if they signed.
        stating = rules.IN_STATEMENT.search(text, 0, m.start()) and rules.SPEAKS.search(
            text, m.end(), m.end() + 16
        )
        if not number and not (
            m.group("role") and (rules.THEY_SIGNED.match(text, m.end()) or leaders_met or stating)
        ):
            return []  # "the ministers" may be another group's, unless they sign
        wanted = rules.NUMBERS[number.lower()] if number else 0
        if wanted and rules.WERE_JOINED.match(text, m.end()):
            # "Later that day the three were joined by Teodoro": those at the latest meeting
            # of that many from more than one country (a change of command is no such meeting).
            return next(
                (
                    seated
                    for seated in map(self._seated, reversed(self.meetings))
                    if len(seated) == wanted
                    and len({self.batch.nodes[p].props.get("country") for p in seated} - {None}) > 1
                ),
                [],
            )
        named = item.people or self.previous_people
        role = (m.group("role") or "").lower()
        if (m.group("kind") or "").lower() == "prime":
            role = "leaders"  # "the two prime ministers"
        fitting = self._fitting(named, role)
        kind = (m.group("kind") or "").lower()[:5]
        if wanted and kind in ("forei", "defen") and role.startswith(("minister", "secretar")):
            # "the two defence ministers" after a courtesy call on a premier: the defence
            # ministers the document named, wherever it named them.
            held = "defence ministers'" if kind == "defen" else "foreign ministers'"
            portfolio = [
                p
                for p in dict.fromkeys([*named, *self.recent_people])
                if clauses.portfolio(self._title(p)) == held
            ]
            if len(portfolio) == wanted:
                return portfolio
        if not wanted and role in _LAWMAKERS:
            # A delegation's members are named in its own item, and are one side.
            return self._one_delegation(fitting, text) if len(fitting) >= 2 else []
        if not wanted:
            if len(fitting) < 2 and leaders_met:
                # The paragraph before named them: "Yoon's trip ... The leaders met".
                fitting = self._fitting(dict.fromkeys([*item.people, *self.previous_people]), role)
            return fitting if len(fitting) >= 2 else []
        if len(fitting) == wanted:
            return fitting
        # "the two secretaries" of a 2+2 with two ministers: those the very word names.
        own = [p for p in fitting if role[:-3] and role[:-3] in self._title(p).lower()]
        if len(own) > wanted:
            # "the two secretaries" are the Secretaries of State and Defense, not the
            # "additional secretary" who signed for the other side.
            own = [p for p in own if self._title(p).lower().startswith(role[:-3])]
        if len(own) == wanted:
            return own
        # "The two ministers last met ..." after a sentence naming a prime minister and a
        # president: not those two, whose titles say otherwise.
        contrary = (
            role.startswith(("minister", "secretar"))
            and "prime" not in m[0].lower()
            and all(rules.LEADER.search(self._title(p)) for p in named)
        )
        if len(named) == wanted and not contrary:
            return list(named)
        if (
            len(fitting) > wanted
            or (item.people and not contrary)
            or rules.TITLE_WORD.search(text[: m.start()])
        ):
            return []  # more named than the text counts, or others named with them: unclear
        # "The two ministers also witnessed ..." a paragraph or two after both were named: the
        # most recently named who fit the role.
        latest = list(dict.fromkeys(reversed(self._fitting(self.recent_people, role))))[:wanted]
        return latest if len(latest) == wanted else []

    def _one_delegation(self, people: list[str], text: str) -> list[str]:
        """Lawmakers travelling together speak for one country: the one some of them are
        known by, or the United States for a congressional delegation."""
        homes = {self.batch.nodes[p].props.get("country") for p in people} - {None}
        home = next(iter(homes)) if len(homes) == 1 else None
        # "a congressional delegation", "Representatives A and B": lawmakers of the United States
        us_words = r"\b(?:[Cc]ongressional|Representatives?|Congress(?:wo)?man|Delegate)\b"
        if not homes and re.search(us_words, "\n".join(self.doc.items)):
            home = "United States"
        self._speak_for(people, self._country_named(home), text)
        return people

    def _seated(self, meeting: str) -> list[str]:
        """The officials who attended a meeting, in the order they were told of."""
        return list(
            dict.fromkeys(
                e.source
                for e in self.batch.edges
                if e.type == "ATTENDED"
                and e.target == meeting
                and self.batch.nodes[e.source].label == "Official"
                and e.props.get("status") != "planned"
            )
        )

    def _object_referred_to(self, text: str, item: ItemNotes,
                            officials: list[tuple[Mention, str]]) -> list[str]:  # fmt: skip
        """'Nausėda won a second term. Duda phoned him': the one the item's sentence before
        named first, when the caller is the only one named ahead of 'him'."""
        obj = rules.OBJECT_PRONOUN.search(text)
        if obj is None or rules.PRONOUN.search(text, 0, obj.start()):
            return []
        ahead = {oid for m, oid in officials if m.end <= obj.start()}
        # "Macron landed in Jakarta and was greeted by Sjafrie. Prabowo hosted him": the one
        # the sentence before was about, named first in it.
        last = set(self.last_people[:1])
        # "Dadae and Marape each received him": hosts, each with the one before
        each = rules.EACH_SAW.search(text, 0, obj.end())
        several = each is not None and len(ahead) >= 2
        if (len(ahead) != 1 and not several) or len(last) != 1 or last <= ahead:
            return []
        if not last <= set(item.people):
            return []
        return list(last)

    def _counterparts_referred_to(self, text: str, item: ItemNotes) -> list[str]:
        """'... with their Japanese counterparts': the officials of that country the item, or
        the items just before, named."""
        m = rules.THEIR_COUNTERPARTS.search(text)
        side = self.gaz.lookup(m.group("side")) if m else None
        if side is None or side[0].label != "Country":
            return []
        return list(dict.fromkeys(self._officials_of(side[0].name, item)))

    def _officials_of(self, country: str, item: ItemNotes) -> list[str]:
        """The officials of one country that the item, or the items just before, named."""
        home = node_id("Country", country)
        return [p for p in [*item.people, *self.recent_people] if self._country_of(p) == home]

    def _issuers_own(self, people: list[str]) -> list[str]:
        """Of several who fit "the Prime Minister", those of the country whose body issued the
        release (the Indian foreign ministry's is India's); all of them if none is."""
        if len(set(people)) < 2 or not self.issuer_home:
            return people
        ours = [p for p in people if self.batch.nodes[p].props.get("country") == self.issuer_home]
        return ours or people

    def _issuers_head(self, role: str) -> list[str]:
        """'The President' of a release the Philippine presidency issued: the Philippines' own
        President the document named, though the host it tells of is a president too."""
        if not self.issuer_home or self.doc.newsletter:
            return []
        own = [
            p
            for p in self.told_of
            if role in self._title(p).lower()
            and self.batch.nodes[p].props.get("country") == self.issuer_home
        ]
        return own if len(own) == 1 else []

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
        when = self.day
        names = official_names()
        # "President al-Sisi": a family name may open with its article in lower case.
        for word in re.finditer(rf"(?<![\w-])(?:{NAME_ARTICLE})?[A-Z][\w-]*", text):
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
            if form is None and self._named_here_before(word.group(0)):
                # "Blinken received Conille and Dupuy": one the document named before, which
                # NER read this time as a body.
                form = word.group(0)
            if form is None:
                continue
            end = start + len(form)
            if any(s < end and start < e for s, e in persons):
                continue
            if " " not in form and form not in self.people:
                records = self.officials.get(form.lower(), [])
                if len(records) != 1 or not records[0].title_on(when):
                    continue
                if re.search(r"[A-Z][\w.-]*\s+$", text[:start]) and not re.search(
                    rf"(?:{TITLE_CORE})\.?\s+$", text[:start]
                ):
                    continue  # "Donald" of another family, or a body's name
            found.append((start, end))
        return found

    def _named_here_before(self, word: str) -> bool:
        """Whether a capitalised word is the family name of one this document named in full."""
        oid = self.people.get(word)
        return (
            oid is not None
            and len(word) >= 4
            and self.gaz.lookup(word) is None
            and self.batch.nodes[oid].name != word
        )

    def described(self, text: str, mentions: list[Mention], item: ItemNotes) -> list[Mention]:
        """People a sentence names by description only ("his South Korean counterpart", "the
        visitor", "the Chinese leader", "the Pentagon chief"), as mentions of whom they mean:
        the latest one named before who fits."""
        named = {m.name for m in mentions if m.label == "Official"}
        earlier = [p for p in [*self.recent_people, *item.people] if p]
        extra = self._first_person(text, mentions) if self.authors else []
        for hit in rules.DESCRIBED.finditer(text):
            group = next(g for g in ("n1", "n2", "n3", "n4", "n5") if hit.group(g))
            at = hit.start(group)
            # "At the conclusion of the talks, His Royal Highness the Crown Prince and ...".
            opening = rules.STYLED.sub("", text[: hit.start()])
            if group == "n5" and not rules.OPENING_PHRASE.fullmatch(opening):
                continue  # "agreeing with the chancellor": the one just named, not another
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
                if noun in ("pm", "prime minister") and not re.search(r"Prime Minister|PM", title):
                    continue  # "The Indian PM": that country's head of government
                if noun in ("premier", "chancellor") and noun not in title.lower():
                    continue
                if group == "n5" and (
                    (p not in item.people and self.doc.newsletter)
                    or " ".join(noun.split()) not in self._held_titles(node, title).lower()
                ):
                    # "the crown prince": one the item named with that title; in a release or
                    # a report, one an earlier paragraph named.
                    continue
                if said == "Pentagon" and not re.search(r"Defen[cs]e", title):
                    continue
                if noun == "counterpart" and portfolio and clauses.portfolio(title) != portfolio:
                    continue
                fits.append(p)
            if group == "n5" and not fits:
                # "Bahrain's Crown Prince and Prime Minister, Salman ...": a title the text gave
                # but did not keep; the one person of the item with none.
                untitled = [
                    p
                    for p in dict.fromkeys(item.people)
                    if not self.batch.nodes[p].props.get("title")
                    and self.batch.nodes[p].name not in named
                ]
                fits = untitled if len(untitled) == 1 else []
            if group == "n5":
                fits = self._issuers_own(fits)
            if noun in ("visitor", "guest"):
                # The guest at the item's last hosted meeting, or else whom the item is about.
                fits = self._guests(item) or item.people[:1]
                fits = [p for p in fits if self.batch.nodes[p].name not in named]
            holder = None
            if not fits and group == "n4" and country:
                # "the Maldivian president", named nowhere before: the one then in office; not
                # "an adviser to the French president", who stayed at home.
                if re.search(r"\b(?:of|to|for|from|by)\s+$", text[: hit.start()]) or re.match(
                    r"['’]s?\b", text[hit.end() :]
                ):
                    continue
                titles = _HEAD_TITLES.get(" ".join(noun.split()), ())
                day = item.date or self.day
                holder = in_office(country, titles, day)
                if holder is None or holder.name in named:
                    continue
            elif not fits:
                continue
            extra.append(
                Mention(
                    "Official",
                    holder.name if holder else self.batch.nodes[fits[0]].name,
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
        extra += self._titled_again(text, [*mentions, *extra], earlier)
        return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions

    def _held_titles(self, node: Node, title: str) -> str:
        """The title a document gave someone and the one the gazetteer says they held then:
        "Prince Mohammed bin Salman" is also the Crown Prince."""
        when = self.day
        records = self.officials.get(node.name.lower(), [])
        held = [r.title_on(when) or "" for r in records if r.name == node.name]
        return " ".join([title, *held])

    def _titled_again(
        self, text: str, mentions: list[Mention], earlier: list[str]
    ) -> list[Mention]:
        """'The Raksha Mantri and the US Secretary of Defense last met in New Delhi': officials
        named before, now by their full title alone (and their country's word), when one
        official of the document holds that title."""
        found: list[Mention] = []
        taken = [(m.start, m.end) for m in mentions if m.label != "Country"]
        by_title: dict[str, set[str]] = {}
        for p in dict.fromkeys(earlier):
            title = self._title(p)
            if " " in title:  # "Secretary of Defense", not "Minister"
                by_title.setdefault(title.lower(), set()).add(p)
        hits = [
            (hit, " ".join(hit.group("title").split())) for hit in rules.TITLED_AGAIN.finditer(text)
        ]
        for title, people in by_title.items():
            if len(people) != 1:
                continue  # two defence ministers: which one is meant is not the title's to say
            (person,) = people
            country = self.batch.nodes[person].props.get("country")
            for hit, written in hits:
                if not written.lower().endswith(title) or any(
                    a < hit.end() and hit.start() < b for a, b in taken
                ):
                    continue
                home = written[: -len(title)].strip()
                place = self.gaz.lookup(home) if home else None
                if home and not (
                    place and place[0].label == "Country" and place[0].name == country
                ):
                    continue
                name = self.batch.nodes[person].name
                props = {"title_phrase": "", "apposition": "", "confidence": 0.6}
                props["name_start"] = hit.start("title")
                found.append(
                    Mention(
                        "Official", name, hit.group(0), hit.start("title"), hit.end(), props=props
                    )
                )
                taken.append((hit.start(), hit.end()))
        return found

    def _first_person(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'I', 'we' and 'us' in a minister's release: the minister its byline names, and
        those the minister says they travelled with ('I travelled to Vanuatu with ... Richard
        Marles')."""
        officials = [m for m in mentions if m.label == "Official"]
        went = rules.TRAVELLED_WITH.search(text)
        if went:
            self.company += [m.name for m in officials if m.start > went.end()]
            self.company_said = text
        company = [oid for oid, node in self.batch.nodes.items() if node.name in self.company]
        home = self.batch.nodes[self.authors[0]].props.get("country")
        for oid in company:
            if home and not self.batch.nodes[oid].props.get("country"):
                # "I travelled with ... the Minister for Pacific Island Affairs": a colleague.
                self.batch.nodes[oid].props["country"] = home
                self._edge("REPRESENTS", oid, node_id("Country", str(home)), self.company_said,
                           None, 0.5)  # fmt: skip
        side = {*self.authors[:1], *company}
        # Those who travelled together are one delegation: they did not meet each other.
        self.batch.remove_edges(lambda e: e.type == "MET" and {e.source, e.target} <= side)
        extra = []
        for hit in rules.FIRST_PERSON.finditer(text):
            who = self.authors[:1] if hit[0] in ("I", "me") else [*self.authors[:1], *company]
            for oid in who:
                extra.append(
                    Mention(
                        "Official",
                        self.batch.nodes[oid].name,
                        hit[0],
                        hit.start(),
                        hit.end(),
                        props={
                            "title_phrase": "",
                            "apposition": "",
                            "confidence": 0.6,
                            "name_start": hit.start(),
                        },
                    )  # fmt: skip
                )
        return extra

    def _guests(self, item: ItemNotes) -> list[str]:
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
        elif role in _LAWMAKERS:
            # "the lawmakers met President Tsai": the delegation's members named before, some
            # of them after a title for all ("Representatives A, B and C").
            return [p for p in people if rules.LAWMAKER.search(self._title(p) or "Representative")]
        elif role.startswith("president"):
            # "The four presidents and Yılmaz signed": the presidents, not a prime minister.
            titled = [p for p in people if self._title(p).lower().startswith("president")]
        else:
            return people
        # Someone named without a title ("his counterpart Richard Marles") may fit the role
        # when those who plainly hold it are too few.
        if len(titled) >= 2:
            return titled
        # "his Egyptian counterpart, General Mohamed Zaki": a rank says nothing of the office.
        return [
            p for p in people if p in titled or rules.RANK_TITLE.fullmatch(self._title(p) or "")
        ]

    def _merge_surnames(self) -> None:
        """A surname-only official is the one full name in the document with that family name."""
        officials = [n for n in self.batch.nodes.values() if n.label == "Official"]
        full: dict[str, list[str]] = {}
        for node in officials:
            if len(node.name.split()) > 1:
                full.setdefault(family_name(node.name), []).append(node.id)
        told_at = {nid: i for i, nid in enumerate(self.batch.nodes)}  # the order first named
        for node in officials:
            if node.name.lower() in self.never_link:
                continue
            longer = [n.id for n in officials if n.name.endswith(f" {node.name}")]
            if " " in node.name and len(longer) == 1 and node.id in self.batch.nodes:
                # "Sassou Nguesso" after "Denis Sassou Nguesso": a surname of two words.
                self.batch.merge(node.id, longer[0])
                continue
            named = full.get(node.name, [])
            if len(node.name.split()) != 1 or not named:
                continue
            if len(named) == 1 or all(told_at[n] > told_at[node.id] for n in named):
                # "Lee received Kim on June 10 ... North Korean leader Kim Jong Un": a surname
                # told before any full name is the first full name told after it.
                self.batch.merge(node.id, min(named, key=told_at.__getitem__))
