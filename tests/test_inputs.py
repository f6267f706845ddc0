"""Every input kind: HTML main text, PDF text layers, JSON records, stdin, and their failures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pactgraph.graph.errors import InputError
from pactgraph.loaders.documents import read_documents

from .conftest import run_cli
from .pdfmake import blank_pdf, text_pdf

ARTICLE_HTML = """<!doctype html><html><head><title>Japan, Australia hold 2+2 | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2024-09-05"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="share">Share on Facebook | Share on X</div>
<article><h1>Japan and Australia hold their 11th 2+2 in Queenscliff</h1>
<p>Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara met Australian Foreign
Minister Penny Wong and Deputy Prime Minister Richard Marles in Queenscliff on Thursday.</p>
<p>The four ministers agreed to deepen defense cooperation and to study the Mogami-class frigate
for the Royal Australian Navy, officials said after the talks.</p></article>
<footer><p>Copyright 2024 Example News. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_the_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML)
    [doc] = read_documents(path)
    assert doc.title == "Japan and Australia hold their 11th 2+2 in Queenscliff"
    assert doc.date == dt.date(2024, 9, 5)
    assert len(doc.items) == 2
    assert doc.items[0].startswith("Japanese Foreign Minister Yoko Kamikawa")
    text = " ".join(doc.items)
    for noise in ("Home", "Share on", "Copyright", "Subscribe"):
        assert noise not in text


def test_html_without_an_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a>About</a></nav></body></html>")
    with pytest.raises(InputError, match="no article text"):
        read_documents(path)


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "digest.pdf"
    path.write_bytes(
        text_pdf(
            [
                "Indo-Pacific Security Digest, Issue 9",
                "March 1, 2024",
                "- Japanese Defense Minister Minoru Kihara and Australian Deputy Prime Minister "
                "Richard Marles met in Tokyo on Feb. 27.",
            ]
        )
    )
    [doc] = read_documents(path)
    assert doc.title == "Indo-Pacific Security Digest, Issue 9"
    assert doc.date == dt.date(2024, 3, 1)
    assert doc.items == [
        "Japanese Defense Minister Minoru Kihara and Australian Deputy Prime Minister "
        "Richard Marles met in Tokyo on Feb. 27."
    ]


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf())
    with pytest.raises(InputError, match="no text layer"):
        read_documents(path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(InputError, match="PDF"):
        read_documents(broken)


def test_json_and_jsonl_records(tmp_path: Path) -> None:
    records = [
        {
            "title": "Readout of the Secretary's call",
            "date": "2024-01-11",
            "url": "https://example.org/readout",
            "publisher": "Example Ministry",
            "text": "Secretary Antony Blinken spoke by phone with South Korean Foreign Minister "
            "Cho Tae-yul on Thursday about North Korea.",
        },
        {"text": "Japan and the Philippines held talks in Manila on a new access agreement."},
    ]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(records))
    docs = read_documents(path)
    assert [d.title for d in docs] == ["Readout of the Secretary's call", records[1]["text"]]
    assert docs[0].date == dt.date(2024, 1, 11)
    assert docs[0].url == "https://example.org/readout"
    assert docs[0].publisher == "Example Ministry"
    assert len({d.id for d in docs}) == 2
    lines = tmp_path / "feed.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    assert [d.items for d in read_documents(lines)] == [d.items for d in docs]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"text": "a"', "malformed JSON at line 1"),
        ('[{"title": "no text"}]', "record 1 has no 'text'"),
        ("[]", "no records"),
        ('"just a string"', "expected a JSON object"),
    ],
)
def test_bad_json_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        read_documents(path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        read_documents(path)


def test_stdin_and_no_fact_warning(tmp_path: Path) -> None:
    store = tmp_path / "store"
    text = "Weekly note\n\nMarch 3, 2024\n\nThe weather was mild across the region this week and markets were calm.\n"
    result = subprocess_run_stdin(["ingest", "-"], text, store)
    assert result.returncode == 0, result.stderr
    assert "warning: no facts found" in result.stderr
    docs = run_cli(
        "query", "MATCH (d:Document) RETURN d.title AS title, d.date AS date", "--format", "json",
        store=store,
    )  # fmt: skip
    assert json.loads(docs.stdout) == [{"title": "Weekly note", "date": "2024-03-03"}]


def subprocess_run_stdin(args: list[str], text: str, store: Path):  # type: ignore[no-untyped-def]
    """Run the CLI with text on standard input."""
    import os
    import subprocess

    from .conftest import PACTGRAPH

    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PACTGRAPH_"))}
    env["PACTGRAPH_STORE"] = str(store)
    return subprocess.run(
        [PACTGRAPH, *args], input=text, capture_output=True, text=True, env=env, timeout=300
    )
