"""Event frames read from spaCy's dependency parse of real sentences (no stand-ins)."""

from __future__ import annotations

import pytest

from pactgraph.loaders import frames
from pactgraph.loaders.nlp import parse_items


def _parsed(sentence: str) -> tuple[str, frames.Parse, list[tuple[int, int]]]:
    ((text, entities, parse),) = parse_items([sentence])[0]
    assert parse is not None, "a sentence with an event word and two people is parsed"
    people = [(start, end) for start, end, label in entities if label == "PERSON"]
    return text, parse, people


def _spans(text: str, named: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in named]


def _names(text: str, spans: list[tuple[int, int]], picked: list[int]) -> set[str]:
    return {text[spans[n][0] : spans[n][1]] for n in picked}


@pytest.mark.parametrize(
    ("sentence", "outside"),
    [
        # a relative clause about another act
        (
            "Foreign Minister Cho Hyun, who accompanied Lee Jae-myung, held talks with "
            "Takeshi Iwaya and then met Yoshimasa Hayashi.",
            {"Lee Jae-myung"},
        ),
        # a reported act after the event
        (
            "After Joe Biden and Emmanuel Macron spoke by phone on Wednesday, the Elysee said "
            "Philippe Etienne would go back to Washington.",
            {"Philippe Etienne"},
        ),
        # the person a relative clause with the event tells of is in it
        (
            "Lloyd Austin, who had joined Gen Nakatani and Richard Marles for the trilateral "
            "meeting in Darwin, was not so lucky.",
            set(),
        ),
    ],
)
def test_who_stands_outside_the_event_frames(sentence: str, outside: set[str]) -> None:
    text, parse, people = _parsed(sentence)
    assert _names(text, people, frames.outside_frames(parse, text, people)) == outside


def test_a_sentence_without_an_event_word_has_no_frames() -> None:
    assert not frames.worth_parsing("Biden praised Kishida.", 2)
    assert frames.worth_parsing("Biden met Kishida and Yoon.", 2)
    assert frames.worth_parsing("Biden, who met Kishida, flew home.", 2)
    assert not frames.worth_parsing("Biden met Kishida.", 2)  # no one to tell apart
    assert not frames.worth_parsing("Biden met reporters and editors.", 1)


def test_a_hyphenated_event_word_opens_a_frame() -> None:
    # The parser splits "co-chaired" and hangs the chairs from "co" as a relative clause.
    text, parse, people = _parsed(
        "NEW DELHI, Sept. 11 - Mohammed bin Salman stayed on in the Indian capital after the "
        "summit hosted by Joe Biden, and he and Narendra Modi co-chaired the first leaders' "
        "meeting of the Strategic Partnership Council at Hyderabad House."
    )
    assert "Narendra Modi" in {text[a:b] for a, b in people}
    assert frames.outside_frames(parse, text, people) == []
    assert "meeting" in frames.frame_clauses(parse, text).values()


def test_one_subject_seeing_several_listed_as_the_object() -> None:
    text, parse, people = _parsed(
        "Narendra Modi also met Foreign Minister Taro Kono and Economy, Trade and Industry "
        "Minister Hiroshige Seko."
    )
    found = frames.one_sees_several(parse, text, people)
    assert found is not None
    subject, seen = found
    assert _names(text, people, [subject]) == {"Narendra Modi"}
    assert _names(text, people, seen) == {"Taro Kono", "Hiroshige Seko"}
    text, parse, people = _parsed("Joe Biden and Fumio Kishida met Yoon Suk Yeol at Camp David.")
    assert frames.one_sees_several(parse, text, people) is None


@pytest.mark.parametrize(
    ("sentence", "named", "encounters"),
    [
        (
            "In Seoul on Wednesday, Antony Blinken met Chung Eui-yong and Lloyd Austin met Suh "
            "Wook in separate sessions.",
            ("Antony Blinken", "Chung Eui-yong", "Lloyd Austin", "Suh Wook"),
            [{"Antony Blinken", "Chung Eui-yong"}, {"Lloyd Austin", "Suh Wook"}],
        ),
        # verbs joined to the first take its subject, "he" too; a passive verb, its agent
        (
            "Indian Defence Minister Rajnath Singh called on PM Anthony Albanese and met Foreign "
            "Minister Penny Wong, and on Oct. 10 he was received in Sydney by Assistant "
            "Minister for Defence Peter Khalil.",
            ("Rajnath Singh", "Anthony Albanese", "Penny Wong", "Peter Khalil"),
            [
                {"Rajnath Singh", "Anthony Albanese"},
                {"Rajnath Singh", "Penny Wong"},
                {"Rajnath Singh", "Peter Khalil"},
            ],
        ),
    ],
)
def test_meeting_verbs_side_by_side_each_have_their_own_people(
    sentence: str, named: tuple[str, ...], encounters: list[set[str]]
) -> None:
    text, parse, _ = _parsed(sentence)
    # The officials as the loader finds them (the recognizer alone takes Blinken for a place).
    people = _spans(text, named)
    found = frames.side_by_side(parse, text, people)
    assert [_names(text, people, [*who, *whom]) for who, whom, _ in found] == encounters


def test_one_verb_with_a_list_is_not_side_by_side() -> None:
    # One verb with one subject and a list: not side by side.
    text, parse, people = _parsed("Joe Biden met Fumio Kishida and Yoon Suk Yeol at Camp David.")
    assert frames.side_by_side(parse, text, people) == []


def test_the_subject_of_a_relative_clause_is_the_one_it_tells_of() -> None:
    text, parse, _ = _parsed(
        "Defence Minister Richard Marles, who met Defense Minister Gen Nakatani in Tokyo, later "
        "held talks with Defense Secretary Gilberto Teodoro."
    )
    named = ("Richard Marles", "Gen Nakatani", "Gilberto Teodoro")
    people = _spans(text, named)
    found = frames.side_by_side(parse, text, people)
    # One subject, a verb for each one seen: two encounters, each with its own stretch of text.
    assert [_names(text, people, [*who, *whom]) for who, whom, _ in found] == [
        {"Richard Marles", "Gen Nakatani"},
        {"Richard Marles", "Gilberto Teodoro"},
    ]
    first, second = (span for _, _, span in found)
    assert text[first[0] : first[1]] == "met Defense Minister Gen Nakatani"
    assert text[second[0] :].startswith("held talks")


def test_the_subject_of_another_act_is_a_bystander() -> None:
    text, parse, _ = _parsed(
        "New Zealand Prime Minister Christopher Luxon attended in person and Australia sent "
        "Deputy Prime Minister Richard Marles, who held talks with Mark Rutte on the first day."
    )
    named = ("Christopher Luxon", "Richard Marles", "Mark Rutte")
    people = _spans(text, named)
    assert _names(text, people, frames.bystanders(parse, text, people)) == {"Christopher Luxon"}
