"""Event frames read from the dependency parse: which people a sentence's event words take in.

A sentence such as "Cho, who accompanied Lee, held talks with Iwaya" names three officials,
but its event, the talks, takes in two of them: Lee stands in a clause about another act. Each
event word (the table below, by frame kind) opens a frame over the clause it stands in, and
over the clauses that go on about the same act ("held talks with A and then met B"); a
relative clause holding one takes in the person it describes. Two readings come of it:

- `outside_frames`: the people named only in clauses about another act (a relative clause, a
  reported one) that no frame takes in; they took no part in the event;
- `one_sees_several`: the one subject of a meeting verb and the several people its object
  lists ("Modi met Kono and Seko"), who were seen one after another;
- `bystanders`: the subjects of other acts beside the one meeting verb ("Luxon attended in
  person and Australia sent Marles, who held talks with Rutte": Luxon);
- `side_by_side`: meeting verbs each with a subject and an object of their own ("Blinken met
  Chung and Austin met Suh"), or one subject with a verb for each person seen ("Marles, who
  met Nakatani, later held talks with Teodoro"), which are as many encounters, not one of
  them all.

Only sentences with an event word, two people or more, and a relative clause, a report or a
list are parsed (`worth_parsing`): in any other, there is no one to tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = [
    "FRAME_KINDS",
    "IN_TURN_AFTER",
    "IN_TURN_CUE",
    "Parse",
    "Token",
    "bystanders",
    "frame_clauses",
    "one_sees_several",
    "outside_frames",
    "side_by_side",
    "worth_parsing",
]

Token = tuple[int, int, str, int]  # start and end character, dependency label, head's index
Parse = tuple[Token, ...]

# The event words, by the kind of frame they open. Words are matched in lower case.
FRAME_KINDS: dict[str, frozenset[str]] = {
    "meeting": frozenset(
        "met meet meets meeting meetings talks talk hosted host hosts hosting received receives "
        "welcomed welcomes visited visit visits visiting sat conferred consultations discussions "
        "breakfast lunch dinner luncheon gathered gather summit dialogue session attended "
        "joined joining audience held hold holds chaired chair chairs convened conference "
        "ceremony 2+2 saw".split()
    ),
    "call": frozenset(
        "call called calls phoned spoke speak talked conversation teleconference videoconference".split()
    ),
    "signing": frozenset("signed sign signs signing inked initialled initialed".split()),
    "statement": frozenset("issued issue adopted statement declaration".split()),
}
_TRIGGERS = frozenset().union(*FRAME_KINDS.values())

# A token with one of these arcs heads a clause of its own; so does a `conj` of a clause head.
_CLAUSE_ARCS = frozenset("ROOT relcl ccomp advcl xcomp acl pcomp csubj parataxis".split())
_SUBJECT_ARCS = frozenset("nsubj nsubjpass csubj expl".split())
# How a person is tied to the verb of the clause they act in: as its subject or object, in a
# coordination, after a preposition, or as part of a name.
_ARGUMENT_ARCS = frozenset(
    "nsubj nsubjpass dobj dative pobj prep agent conj compound poss attr".split()
)
# Clauses that go on about the act of the clause they hang from.
_SAME_ACT_ARCS = frozenset("advcl xcomp pcomp conj acl".split())
# Clauses that tell of another act than the one they hang from.
_OTHER_ACT_ARCS = frozenset("relcl ccomp parataxis".split())
# Words that tie a clause to its act by time alone.
_OTHER_TIME = frozenset("after before since until".split())

_WORD = re.compile(r"[\w+]+(?:-[\w+]+)*")
# Only sentences with an event word and at least two people are worth the parser's time (the
# entity recognizer finds fewer people than the sentence names: "Modi" is often a place), and
# of those only the ones with something to tell apart: a relative clause, a report, a list.
_EVENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(_TRIGGERS)) + r")\b", re.I)
_APART_CUE = re.compile(
    r",\s+(?:who|whose|whom|which|where|when)\b|\b(?:said|says|told|announced|added|stated|and|while|whereas)\b|;"
    r"|(?-i:\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil)\s+[A-Z])",  # "after Trump was sworn in"
    re.I,
)


# "Nakatani held bilateral talks with ..., among them Teodoro and Nordin": people seen in turn,
# worth parsing even when the recognizer found one of them only.
IN_TURN_CUE = re.compile(r"\b(?:bilateral|separate(?:ly)?|among\s+them|in\s+turn)\b", re.I)
IN_TURN_AFTER = re.compile(r"\s+(?:separately|individually|in\s+turn|one\s+by\s+one)\b", re.I)


def worth_parsing(text: str, people: int) -> bool:
    """Whether a sentence can hold a frame that tells its people apart."""
    return (
        (people >= 2 or (people == 1 and IN_TURN_CUE.search(text) is not None))
        and _EVENT_WORD.search(text) is not None
        and _APART_CUE.search(text) is not None
    )


def _clause_head(parse: Parse, i: int) -> int:
    """The head of the clause token `i` stands in."""
    while not _is_clause_head(parse, i):
        i = parse[i][3]
    return i


def _is_clause_head(parse: Parse, i: int) -> bool:
    """Whether token `i` heads a clause."""
    dep, head = parse[i][2], parse[i][3]
    if dep in _CLAUSE_ARCS or head == i:
        return True
    return dep == "conj" and _is_clause_head(parse, head)


def frame_clauses(parse: Parse, text: str) -> dict[int, str]:
    """The clauses that hold an event word, by their head token, with the frame kind; a clause
    whose own event is told in a clause beneath it ("launched talks on Feb. 20, when Marles
    hosted the meeting") counts as holding it."""
    found: dict[int, str] = {}
    # "co-chaired" is three tokens to the parser; each stands for the whole word.
    word_at: dict[int, str] = {}
    for m in _WORD.finditer(text):
        word_at.update(dict.fromkeys(range(m.start(), m.end()), m.group().lower()))

    def parts(i: int) -> set[str]:
        return set(word_at.get(parse[i][0], "").split("-"))

    for i in range(len(parse)):
        for kind, words in FRAME_KINDS.items():
            if parts(i) & words:
                clause = _clause_head(parse, i)
                found.setdefault(clause, kind)
                while parse[clause][2] in _SAME_ACT_ARCS:
                    clause = _clause_head(parse, parse[clause][3])
                    found.setdefault(clause, kind)
    # "the session, which opened with a speech by Hun Sen": a clause about the event itself.
    for i, (_, _, dep, head) in enumerate(parse):
        if dep == "relcl" and parts(head) & _TRIGGERS:
            found.setdefault(i, "meeting")
    return found


def _about_something_else(parse: Parse, clause: int, text: str) -> bool:
    """Whether a clause tells of another act: a relative clause ("who accompanied Lee"), a
    reported one ("said that Etienne would return") or one that dates the act by another
    ("a day after Trump was sworn in", "since Hagel visited Chile")."""
    if _where_at_the_event(parse, clause, text):
        return False
    return parse[clause][2] in _OTHER_ACT_ARCS or _dated_by(parse, clause, text)


def _where_at_the_event(parse: Parse, clause: int, text: str) -> bool:
    """Whether a relative clause tells what happened at the event it hangs from: "the summit
    at Camp David, where Biden, Yoon and Kishida agreed ..."."""
    _, _, dep, head = parse[clause]
    if dep != "relcl":
        return False
    # "the summit at Camp David, where": the clause hangs from the place of the event.
    for _ in range(3):
        if text[parse[head][0] : parse[head][1]].lower() in _TRIGGERS:
            break
        if parse[head][2] not in ("pobj", "prep"):
            return False
        head = parse[head][3]
    else:
        return False
    return any(h == clause and text[s:e].lower() == "where" for s, e, _, h in parse)


def _dated_by(parse: Parse, clause: int, text: str) -> bool:
    """Whether a clause is one the sentence dates its act by ("since Austin met Wei")."""
    return parse[clause][2] == "advcl" and any(
        head == clause and dep == "mark" and text[start:end].lower() in _OTHER_TIME
        for start, end, dep, head in parse
    )


def outside_frames(parse: Parse, text: str, names: Iterable[tuple[int, int]]) -> list[int]:
    """Which of the named spans (start, end characters) stand only in clauses about another
    act, by position in `names`; none when the sentence has no event word at all."""
    events = frame_clauses(parse, text)
    if not events:
        return []
    # "Austin, who had joined Nakatani and Marles for the TDMM": the one the clause tells of.
    told_of = {parse[c][3] for c in events if parse[c][2] == "relcl"}
    out = []
    for n, (start, end) in enumerate(names):
        tokens = _tokens_in(parse, start, end)
        if told_of.intersection(tokens):
            continue
        # The name's own head: "Lee Jae-myung" hangs from the clause by "myung".
        heads = [t for t in tokens if parse[t][3] not in tokens or parse[t][3] == t]
        if heads and all(_outside(parse, t, events, text) for t in heads):
            out.append(n)
    return out


def _outside(parse: Parse, token: int, events: dict[int, str], text: str) -> bool:
    """Whether the clauses above a token reach one about another act before an event's."""
    clause = _clause_head(parse, token)
    i = token
    while i != clause:
        if parse[i][2] not in _ARGUMENT_ARCS:
            # "the crash that cost the lives of 8 servicemen, defense chiefs Austin and Kihara
            # called ...": a name hung from a noun by apposition is a doubtful parse.
            return False
        i = parse[i][3]
    for _ in range(len(parse)):
        if clause in events:
            return False
        if _about_something_else(parse, clause, text):
            return True
        head = parse[clause][3]
        if head == clause:
            return False
        clause = _clause_head(parse, head)
    return False


# The verbs whose subject sees, one after another, the people listed as their object.
_SEEING = frozenset(
    "met meet meets called talks talked spoke held visited saw received greeted welcomed sat"
    " hosted".split()
)
# How the people seen hang from the verb: "met A", "talks with A", "called on A", and, for a
# verb in the passive, "was received by A".
_SEEN_PREPOSITIONS = frozenset("with on".split())
# The nouns of an encounter whose people hang from it: "held talks with A", "had a meeting
# with B".
_ENCOUNTERS = frozenset("talks talk meetings meeting".split())
# "phone calls that Trump made to A and B", "made calls to A and B": one call with each.
_CALLS = frozenset("call calls".split())
_RELATIVE = frozenset("who that".split())
# A subject that stands for the one the sentence already told of ("..., and he was received
# by A"): the subject of the verb its clause is joined to.
_STANDS_FOR = frozenset("he she".split())


def one_sees_several(
    parse: Parse, text: str, names: list[tuple[int, int]]
) -> tuple[int, list[int]] | None:
    """'Modi met Kono and Seko': the one subject and the several people listed as the object
    of a meeting verb, by position in `names`; None for any other sentence."""
    for subjects, seen, _ in _meeting_verbs(parse, text, names):
        if len(subjects) == 1 and len(seen) >= 2:
            return subjects.pop(), sorted(seen)
    return None


def side_by_side(
    parse: Parse, text: str, names: list[tuple[int, int]]
) -> list[tuple[list[int], list[int], tuple[int, int]]]:
    """'Blinken met Chung and Austin met Suh', 'A and B held a bilateral meeting, while C met
    D', 'Marles, who met Nakatani, later held talks with Teodoro': the subject and object
    people of each meeting verb, by position in `names`, with the characters from the verb to
    its last person, when two verbs or more each have their own and no one seen is in two of
    them (one subject may see several, a verb each); an empty list for any other sentence."""
    passive: set[tuple[int, int]] = set()
    found = [
        (sorted(subjects), sorted(seen), span)
        for subjects, seen, span in _meeting_verbs(parse, text, names, passive)
        if (subjects and seen) or len(subjects) >= 2
    ]
    # "Jaishankar was hosted by Lammy, and Lammy called on Modi": the one who hosts acts, as
    # in "Lammy hosted Jaishankar", when the sentence reads apart only so.
    active = [
        (whom, who, span) if span in passive and len(whom) == 1 else (who, whom, span)
        for who, whom, span in found
    ]
    return _apart(parse, text, names, found) or _apart(parse, text, names, active)


def _apart(
    parse: Parse,
    text: str,
    names: list[tuple[int, int]],
    found: list[tuple[list[int], list[int], tuple[int, int]]],
) -> list[tuple[list[int], list[int], tuple[int, int]]]:
    """The verbs of `found` when each has people of its own; an empty list otherwise."""
    seen = [n for _, whom, _ in found for n in whom]
    subjects = [n for who, _, _ in found for n in who]
    # Subjects of their own, or one subject for verbs in a row ("met A, then held talks with
    # B, and C received D").
    runs = [
        who
        for n, (who, _, _) in enumerate(found)
        if n == 0 or who != found[n - 1][0] or len(who) != 1
    ]
    own = len([p for who in runs for p in who]) == len({p for who in runs for p in who})
    # No one seen twice by one subject, and no subject of one verb seen by another.
    pairs = [(w, n) for who, whom, _ in found for w in who for n in whom]
    both = set(subjects) & set(seen)
    if both:
        # "Chung held talks with Bolton, who separately received Yachi": the one a relative
        # clause tells of is seen by one verb and the subject of the next.
        both -= set(_relative_subjects(parse, text, names))
    apart = len(pairs) == len(set(pairs)) and not both
    return found if len(found) >= 2 and own and apart else []


def _relative_subjects(parse: Parse, text: str, names: list[tuple[int, int]]) -> Iterator[int]:
    """The people (by position in `names`) a relative clause with a meeting verb is about:
    'Bolton, who separately received Yachi'."""
    kids = _children(parse)
    owner = {t: n for n, (start, end) in enumerate(names) for t in _tokens_in(parse, start, end)}
    for verb, (start, end, dep, head) in enumerate(parse):
        if dep != "relcl" or text[start:end].lower() not in _SEEING:
            continue
        for k in kids.get(verb, ()):
            said = text[parse[k][0] : parse[k][1]].lower()
            if parse[k][2] in _SUBJECT_ARCS and said in _RELATIVE:
                yield from (owner[t] for t in _below(parse, kids, head) if t in owner)


def bystanders(parse: Parse, text: str, names: list[tuple[int, int]]) -> list[int]:
    """'Luxon attended in person and Australia sent Marles, who held talks with Rutte': the
    people (by position in `names`) who are the subject of a clause of another act than the
    one meeting verb the sentence tells of, with a subject and people seen of its own."""
    verbs = [(who, seen) for who, seen, _ in _meeting_verbs(parse, text, names) if who and seen]
    if len(verbs) != 1:
        return []
    taken = verbs[0][0] | verbs[0][1]
    kids = _children(parse)
    owner = {t: n for n, (start, end) in enumerate(names) for t in _tokens_in(parse, start, end)}
    out = set()
    for verb, (start, end, _, _) in enumerate(parse):
        word = text[start:end].lower()
        if not _is_clause_head(parse, verb) or word in _SEEING:
            continue
        # "he and Chinh attended the summit", "Biden sat down with Albanese": an event of their
        # own; only "attended in person", of nothing named, leaves them looking on.
        named = any(parse[k][2] == "dobj" for k in kids.get(verb, ()))
        if word in _TRIGGERS and (word != "attended" or named):
            continue
        for k in kids.get(verb, ()):
            if parse[k][2] in _SUBJECT_ARCS:
                out |= {owner[t] for t in _below(parse, kids, k) if t in owner}
    return sorted(out - taken)


def _meeting_verbs(
    parse: Parse,
    text: str,
    names: list[tuple[int, int]],
    passive: set[tuple[int, int]] | None = None,
) -> Iterator[tuple[set[int], set[int], tuple[int, int]]]:
    """For each meeting verb heading a clause, the people (by position in `names`) that are
    its subject and, apart from them, those its object lists, with the characters from the
    verb to the last of them."""
    kids = _children(parse)
    owner = {t: n for n, (start, end) in enumerate(names) for t in _tokens_in(parse, start, end)}
    told: dict[int, set[int]] = {}  # the subjects of each verb, for the verbs joined to it
    passive = set() if passive is None else passive
    for verb, (start, end, dep, head) in enumerate(parse):
        if not _is_clause_head(parse, verb):
            continue
        subjects = set()
        stands_for = False
        for k in kids.get(verb, ()):
            if parse[k][2] not in _SUBJECT_ARCS:
                continue
            word = text[parse[k][0] : parse[k][1]].lower()
            stands_for = stands_for or word in _STANDS_FOR
            # "Marles, who met Nakatani": the one the relative clause tells of is the subject.
            top = head if dep == "relcl" and word in _RELATIVE else k
            subjects |= {owner[t] for t in _below(parse, kids, top) if t in owner}
        named = bool(subjects)  # a subject of its own, not one a pronoun stands for
        if dep == "conj" and not subjects and (stands_for or not _has_subject(parse, kids, verb)):
            # "Singh called on Albanese and met Wong, and he was received by Khalil".
            subjects = set(told.get(head, ()))
        elif dep in ("relcl", "advcl") and not subjects and stands_for:
            # "Cho laid the groundwork on July 29, when he called on Ishiba": the one the
            # clause it hangs from tells of.
            subjects = set(told.get(_clause_head(parse, head), ()))
        told[verb] = subjects
        if not _sees(parse, text, kids, verb) or _dated_by(parse, verb, text):
            continue
        seen_tokens = _seen(parse, text, kids, verb)
        seen = {owner[t] for t in seen_tokens if t in owner} - subjects
        last = max((parse[t][1] for t in seen_tokens if t in owner), default=end)
        if named and any(parse[k][2] == "nsubjpass" for k in kids.get(verb, ())):
            passive.add((start, last))
        yield subjects, seen, (start, last)


def _sees(parse: Parse, text: str, kids: dict[int, list[int]], verb: int) -> bool:
    """Whether a clause's head is a meeting verb: "met", or "had" with an encounter for its
    object ("had a meeting with Sharif")."""
    word = text[parse[verb][0] : parse[verb][1]].lower()
    if word == "made":
        head = parse[verb][3]
        return (
            parse[verb][2] == "relcl" and text[parse[head][0] : parse[head][1]].lower() in _CALLS
        ) or any(
            parse[k][2] == "dobj" and text[parse[k][0] : parse[k][1]].lower() in _CALLS
            for k in kids.get(verb, ())
        )
    if word != "had":
        return word in _SEEING
    return any(
        parse[k][2] == "dobj" and text[parse[k][0] : parse[k][1]].lower() in _ENCOUNTERS
        for k in kids.get(verb, ())
    )


def _seen(parse: Parse, text: str, kids: dict[int, list[int]], verb: int) -> set[int]:
    """The tokens of the people a meeting verb's object lists."""
    out: set[int] = set()
    made = text[parse[verb][0] : parse[verb][1]].lower() == "made"
    for k in kids.get(verb, ()):
        dep = parse[k][2]
        word = text[parse[k][0] : parse[k][1]].lower()
        if made:
            if dep in ("prep", "dative") and word == "to":
                out |= _below(parse, kids, k)  # "made calls to A and B"
            continue
        if dep == "dobj" and word in _ENCOUNTERS:
            out |= _seen(parse, text, kids, k)  # "held talks with A and B"
        # "held talks with counterparts from eight countries, among them A and B": the list
        # the parser hangs from the verb.
        elif dep in ("dobj", "agent", "npadvmod") or (dep == "prep" and word in _SEEN_PREPOSITIONS):
            out |= _below(parse, kids, k)
        elif dep == "dep" and out:
            # "saw Uzbek FM Saidov, Tajik FM Muhriddin and ...": the parser loses the list's
            # later names, hanging them from the verb with no arc of their own.
            out |= _below(parse, kids, k)
        elif dep == "prep":
            # "sat down with A and, in a separate meeting, with B": the parser joins "with B"
            # to "in".
            for j in kids.get(k, ()):
                said = text[parse[j][0] : parse[j][1]].lower()
                if parse[j][2] == "conj" and said in _SEEN_PREPOSITIONS:
                    out |= _below(parse, kids, j)
    return out


def _has_subject(parse: Parse, kids: dict[int, list[int]], verb: int) -> bool:
    return any(parse[k][2] in _SUBJECT_ARCS for k in kids.get(verb, ()))


def _below(parse: Parse, kids: dict[int, list[int]], i: int) -> set[int]:
    """Token `i` and the tokens below it, short of any clause of their own."""
    out = {i}
    todo = [i]
    while todo:
        for k in kids.get(todo.pop(), ()):
            if k not in out and not _is_clause_head(parse, k):
                out.add(k)
                todo.append(k)
    return out


def _children(parse: Parse) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for i, (_, _, _, head) in enumerate(parse):
        if head != i:
            kids.setdefault(head, []).append(i)
    return kids


def _tokens_in(parse: Parse, start: int, end: int) -> list[int]:
    return [i for i, (a, b, _, _) in enumerate(parse) if a < end and b > start]
