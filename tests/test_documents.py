"""Reading documents: items, headline lists, boilerplate, dates and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pactgraph.graph.errors import InputError
from pactgraph.loaders.dates import resolve_dates
from pactgraph.loaders.documents import collect_paths, parse_text, read_document

from .conftest import SAMPLES, SEEDS, need_shared


def test_sample_digest_items_skip_headlines_and_boilerplate() -> None:
    doc = read_document(SAMPLES / "digest-2024-01-12.txt")
    assert doc.title == "Indo-Pacific Security Digest, Issue 7"
    assert len(doc.items) == 7
    assert doc.headlines[0] == "U.S. and South Korea sign revised Tailored Deterrence Strategy"
    assert len(doc.headlines) == 5
    assert doc.items[0].startswith("U.S. Secretary of Defense Lloyd Austin and South Korean")
    assert doc.items[-1].endswith("two-year term on the UN Security Council.")
    text = " ".join(doc.items)
    for noise in ("Subscribe", "Forward this issue", "Privacy Policy", "Pacific Security Forum"):
        assert noise not in text


def test_sample_articles_drop_byline_and_author_bio() -> None:
    release = read_document(SAMPLES / "release-2024-04-11-trilateral-summit.txt")
    assert release.date == dt.date(2024, 4, 11)
    # A city's dateline stays with the paragraph it opens: it says where the report was filed.
    first = release.items[0]
    assert first.startswith("WASHINGTON")
    assert "U.S. President Joe Biden hosted Japanese Prime Minister" in first
    assert not any("About the author" in i or "staff correspondent" in i for i in release.items)
    news = read_document(SAMPLES / "release-2024-11-01-keen-sword-25.txt")
    assert news.date == dt.date(2024, 11, 1)
    assert not any(i.startswith("By Staff Writer") for i in news.items)
    assert news.items[0].startswith("The Japan Self-Defense Forces and the U.S. military")


def test_digest_items_skip_headlines_and_boilerplate() -> None:
    need_shared()
    doc = read_document(SEEDS / "alliance-digest-2-23.txt")
    assert doc.title == "US-Japan Alliance Digest Vol 2.23"
    assert len(doc.items) == 5
    assert len(doc.headlines) == 5
    assert doc.items[0].startswith("Following the crash of a CV-22 Osprey")
    text = " ".join(doc.items)
    for noise in ("Download", "Sasakawa USA", "Privacy Policy", "WordPress", "Image Source"):
        assert noise not in text


def test_article_keeps_caption_and_drops_byline_and_bio() -> None:
    need_shared()
    doc = read_document(SEEDS / "aukus-japan-pillar-ii.txt")
    assert doc.date == dt.date(2024, 4, 8)
    assert any(i.startswith("Navy ships from the United States") for i in doc.items)
    assert not any("Reuters" in i for i in doc.items)
    assert not any("correspondent for The Epoch Times" in i for i in doc.items)
    assert not any(i.strip() == "Andrew Thornebrooke" for i in doc.items)


def test_document_date_from_header_line() -> None:
    doc = read_document(SAMPLES / "digest-2024-01-12.txt")
    assert doc.date == dt.date(2024, 1, 12)


def test_item_dates_resolve_against_document_date() -> None:
    anchor = dt.date(2024, 1, 12)
    text = "They met on Monday, Nov. 13, then on Dec. 5-7, and spoke on Thursday."
    assert [iso for _, iso in resolve_dates(text, anchor)] == [
        "2023-11-13",
        "2023-12-05",
        "2024-01-11",
    ]


def test_item_dates_without_a_year_stay_unknown() -> None:
    assert resolve_dates("They met on Dec. 12.", None) == []
    assert resolve_dates("Signed on April 8, 2024.", None) == [(10, "2024-04-08")]


def test_markdown_bullets_are_items() -> None:
    text = "# Weekly brief\n\nMarch 3, 2024\n\n- Japan and the Philippines held talks in Manila on the new access agreement.\n- Short headline\n"
    doc = parse_text(text, "brief.md")
    assert doc.title == "Weekly brief"
    assert doc.date == dt.date(2024, 3, 3)
    assert doc.items == [
        "Japan and the Philippines held talks in Manila on the new access agreement."
    ]


def test_a_footer_naming_a_masthead_in_capitals_is_boilerplate() -> None:
    text = (
        "BALTIC LINE DEFENCE BRIEF\nNo. 4 — 1 to 14 May 2025\n\n"
        "  • 12 May: Estonia and Latvia held talks in Riga on air defence and border security.\n\n"
        "Baltic Line Defence Brief is published every second Friday from public sources.\n"
    )
    doc = parse_text(text, "brief.txt")
    assert doc.items == [
        "12 May: Estonia and Latvia held talks in Riga on air defence and border security."
    ]


def test_a_list_of_instruments_is_read_with_the_sentence_that_introduces_it() -> None:
    text = (
        "Visit of the Prime Minister to Malé\n\nMALÉ, 8 October 2024:\n\n"
        "The two leaders held talks at the President's Office on defence and maritime security.\n\n"
        "The documents signed in the presence of the two leaders were:\n"
        "- MoU between India and Maldives on Defence Cooperation;\n"
        "- Agreement on a currency swap;\n"
        "- MoU on cooperation in sports and youth affairs.\n"
    )
    doc = parse_text(text, "release.txt")
    assert doc.items[-1] == (
        "The documents signed in the presence of the two leaders were: MoU between India and "
        "Maldives on Defence Cooperation. Agreement on a currency swap. MoU on cooperation in "
        "sports and youth affairs."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty document"),
        (b"   \n\n", "empty document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        (b"caf\xe9 au lait and more text", "not valid UTF-8"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_missing_paths_and_empty_directories(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        collect_paths([tmp_path / "nope.txt"])
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="no documents"):
        collect_paths([tmp_path / "empty"])


def test_directories_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("x")
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "skip.csv").write_text("a,b")
    assert [p.name for p in collect_paths([tmp_path])] == ["two.md", "one.txt"]
