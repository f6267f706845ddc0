"""Documents: read files, find title and date, split the body into items, drop boilerplate."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..graph.errors import InputError
from ..graph.model import slugify
from .dates import find_document_date, parse_iso

__all__ = [
    "Document",
    "SUFFIXES",
    "STDIN",
    "collect_paths",
    "read_documents",
    "read_document",
    "parse_text",
]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".json", ".jsonl")
STDIN = "-"
MAX_BYTES = 20 * 1024 * 1024

# "(1)", "(iv)": the numbered outcomes of a ministry's release, bullets too.
_BULLET = re.compile(r"^\s*(?:[•·▪◦●‣∙*]|[-–—]\s|\d{1,2}[.)]\s|\((?:\d{1,2}|[ivx]{1,5})\)\s)\s*")
_BOILERPLATE = re.compile(
    r"(?ix)^(?:"
    r"download\b|subscribe\b|unsubscribe\b|to\ receive\b|forward\ this\b|share\ (?:this|on)\b"
    r"|publications?\b|image\ (?:source|credit)|photo\ (?:credit|source)|(?:©|copyright|\(c\))"
    r"|\d{4}\ .*\|\ *privacy|privacy\ policy|terms\ of\ (?:use|service)|sitemap|all\ rights\ reserved"
    r"|custom\ .*design|updated:|published:|posted:|by\ [A-Z]|read\ more|related:|tags?:"
    r"|about\ the\ author|for\ (?:media|press)\ (?:inquiries|enquiries)|media\ contact|\#\#\#$|twitter$|facebook$|linkedin$|email$|print$|\d{1,2}:\d{2}$|follow\ us"
    r"|.*\bis\ a\ (?:bi-?weekly|weekly|monthly|daily)\ (?:summary|digest|newsletter)"
    r")"
)
_AUTHOR_BIO = re.compile(
    r"^(?!(?:The|A|An|This|That|Its|Their)\s)"
    r"(?!(?:[A-Z][\w.'-]+\s+){0,3}(?:Agreement|Treaty|Pact|Accord|Exercise|Dialogue)\b)[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+"
    r"(?:(?:is|was|has been)\s+an?\s+[^.]{0,80}"
    r"\b(?:correspondent|reporter|journalist|writer|editor|contributor|columnist|fellow|analyst)\b"
    r"|(?:covers|reports\s+on|writes\s+(?:on|about))\s)"  # "Ratna Wulandari covers defence for"
)
# "Senator the Hon Penny Wong, Minister for Foreign Affairs", "The Hon Richard Marles MP".
_BYLINE = re.compile(r"^(?:Senator\s+)?(?:[Tt]he\s+)?(?:Rt\.?\s+)?Hon\.?\s+[A-Z][\w'’-]+\s+[A-Z]")
_ENDS_SENTENCE = re.compile(r"[.!?…]['\"”’)]?$")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,40}(?:,\s+[A-Z][\w.]*\s+\d{1,2},\s+\d{4})?\s*[—–-]{1,2}\s+"
)
_CREDIT = re.compile(
    r"\s*\((?:[^()]*\b(?:via|courtesy|credit|photo|screenshot|reuters|ap)\b[^()]*)\)\s*$", re.I
)


@dataclass
class Document:
    """One source document: its metadata and the body items facts are read from."""

    path: str
    title: str
    date: dt.date | None
    items: list[str]
    content_hash: str
    publisher: str | None = None
    url: str | None = None
    headlines: list[str] = field(default_factory=list)
    byline: str = ""  # "Senator the Hon Penny Wong, Minister for Foreign Affairs": whose "I"
    newsletter: bool = False  # a digest of items, each its own story, not one report
    masthead: str = ""  # "Republic of the Philippines" under the office that issued a release

    @functools.cached_property
    def id(self) -> str:
        """Stable id: the file name and a short hash of the content."""
        stem = "stdin" if self.path == STDIN else slugify(Path(self.path.split("#")[0]).stem)[:60]
        return f"document:{stem}-{self.content_hash[:8]}"


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories (recursively) into the documents to read, in order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            found.append(path)
            continue
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not inside:
                kinds = ", ".join(SUFFIXES)
                raise InputError(f"{path}: no documents ({kinds}) in this directory")
            found.extend(inside)
        else:
            found.append(path)
    return found


def read_documents(path: Path, date: dt.date | None = None) -> list[Document]:
    """Read one file (or stdin for '-'); JSON files may hold many documents."""
    if str(path) == STDIN:
        raw = sys.stdin.buffer.read()
        text = _decode(raw, "standard input")
        head = text.lstrip()[:1]
        if head == "<":
            return [_from_html(text, STDIN, date)]
        if head in ("{", "["):
            return _from_json(text, STDIN, date, lines="\n{" in text.strip())
        return [parse_text(text, STDIN, date)]
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type (expected {', '.join(SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is too large ({size // 1_048_576} MB; limit 20 MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path}: empty document")
    if suffix == ".pdf":
        return [_from_pdf(raw, str(path), date)]
    text = _decode(raw, str(path))
    if suffix in (".html", ".htm"):
        return [_from_html(text, str(path), date)]
    if suffix in (".json", ".jsonl"):
        return _from_json(text, str(path), date, lines=suffix == ".jsonl")
    return [parse_text(text, str(path), date)]


def read_document(path: Path, date: dt.date | None = None) -> Document:
    """Read a file that holds exactly one document."""
    documents = read_documents(path, date)
    if len(documents) != 1:
        raise InputError(f"{path}: holds {len(documents)} documents, expected one")
    return documents[0]


def _decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw[:8192]:
        raise InputError(f"{where}: binary file, not a text document")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where}: not valid UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{where}: empty document")
    return text


def _from_html(html: str, where: str, date: dt.date | None) -> Document:
    """The main text of a web page, without menus, share buttons and footers."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else found or {}
    body = (meta.get("text") or "").strip()
    if not body:
        raise InputError(f"{where}: no article text found in this HTML page")
    title = (meta.get("title") or "").strip()
    # One paragraph per line: the splitter then sees each as its own block.
    text = "\n\n".join([title, *(line for line in body.splitlines() if line.strip())])
    meta_date = parse_iso(str(meta.get("date") or "")[:10])
    document = parse_text(text, where, date or meta_date, digest_of=html)
    if not document.items:
        raise InputError(f"{where}: no article text found in this HTML page")
    document.publisher = meta.get("sitename") or None
    document.url = meta.get("url") or None
    return document


def _from_pdf(raw: bytes, where: str, date: dt.date | None) -> Document:
    """The text layer of a PDF; a scanned PDF without one is refused."""
    import io
    import logging
    import warnings

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs and warns about every flaw it works around ("EOF marker not found"); the user
    # gets one line from us instead: the PDF is read, or refused with the reason.
    quiet = logging.getLogger("pypdf")  # the parent of every pypdf module's logger
    level = quiet.level
    quiet.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted:
                raise InputError(f"{where}: the PDF is encrypted")
            pages = [page.extract_text() or "" for page in reader.pages]
            info = reader.metadata
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{where}: not a readable PDF ({exc})") from None
    finally:
        quiet.setLevel(level)
    text = "\n\n".join(pages)
    if len(text.split()) < 5:
        raise InputError(f"{where}: the PDF has no text layer (a scan?); run OCR on it first")
    document = parse_text(text, where, date, digest_of=raw)
    if info is not None and info.title and not document.title:
        document.title = str(info.title)
    return document


def _from_json(text: str, where: str, date: dt.date | None, lines: bool) -> list[Document]:
    """Records with `text` and optional `title`, `date`, `url`, `publisher`: one document each."""
    import json

    try:
        if lines:
            records = []
            for number, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    # Each line is parsed alone: its own line 1 is the file's line `number`.
                    at = _offset(text, number) + exc.pos
                    raise json.JSONDecodeError(exc.msg, text, at) from None
        else:
            loaded = json.loads(text)
            records = loaded if isinstance(loaded, list) else loaded.get("documents") or [loaded]
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except AttributeError:
        raise InputError(f"{where}: expected a JSON object or a list of objects") from None
    documents = []
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: record {number} has no 'text' string")
        title = str(record.get("title") or "").strip()
        body = record["text"] if not title else f"{title}\n\n{record['text']}"
        record_date = date or parse_iso(str(record.get("date") or "")[:10])
        name = f"{where}#{number}" if len(records) > 1 else where
        document = parse_text(body, name, record_date, digest_of=json.dumps(record, sort_keys=True))
        document.url = record.get("url") or None
        document.publisher = record.get("publisher") or None
        documents.append(document)
    if not documents:
        raise InputError(f"{where}: no records")
    return documents


def _offset(text: str, line: int) -> int:
    """Where a line (counted from 1) starts in a text."""
    offset = 0
    for _ in range(line - 1):
        offset = text.index("\n", offset) + 1
    return offset


def _clean(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(line.split())


def _lists_joined(blocks: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """'The documents exchanged included:' and the bullets under it: one paragraph, each
    bullet a sentence of it, so that the list is read with what introduces it."""
    joined: list[tuple[bool, str]] = []
    listing = False  # the last block is a list's introduction, with the bullets so far
    for is_bullet, block in blocks:
        # Once a list runs, its short sentences belong to it too ("MoU on health.")
        short = not _is_sentence_like(block) or (listing and len(block.split()) <= 30)
        if is_bullet and joined and short:
            intro = joined[-1][1]
            # A numbered paragraph may introduce one too ("5. ... the following eight
            # documents were exchanged:"), when what it lists are signed instruments.
            opens = _LIST_INTRO.search(intro) and (
                not joined[-1][0] or _SIGNED_LIST_INTRO.search(intro)
            )
            if listing or opens:
                entry = block.rstrip(" ;,.")
                joined[-1] = (False, f"{intro.rstrip()} {entry[:1].upper()}{entry[1:]}.")
                listing = True
                continue
        listing = False
        joined.append((is_bullet, block))
    return joined


# "The documents exchanged in the presence of the two leaders included:", then a list.
_LIST_INTRO = re.compile(r"^(?:\S+\s+){5,}\S*:$")
_SIGNED_LIST_INTRO = re.compile(
    r"\b(?:documents|agreements|MoUs|memoranda|instruments)\b[^:]*\b(?:signed|exchanged)\b[^:]*:$"
)


def _is_sentence_like(text: str) -> bool:
    return len(text.split()) >= 8 and bool(_ENDS_SENTENCE.search(text))


def _is_dateline(caps: str) -> bool:
    """'TOKYO —', 'HONIARA, April 21, 2022 —' say where a report was filed, which the
    extraction reads; 'EXERCISES —', 'COMING UP —' only head a section."""
    from .gazetteer import load_gazetteer  # the gazetteer loads once per process

    place, _, rest = caps.rstrip(" —–-").partition(",")
    if re.search(r"\d{4}", rest):
        return True
    return load_gazetteer().names_a_place(" ".join(w.capitalize() for w in place.split()))


def _is_boilerplate(text: str, title: str) -> bool:
    if _BOILERPLATE.match(text) or _AUTHOR_BIO.match(text):
        return True
    if title != "" and text.lower().strip(" .") == title.lower().strip(" ."):
        return True
    # "The Pacific Pact Ledger is a fortnightly roundup ...": the publication on itself.
    series = _SERIES.match(title)
    # "CARPATHIAN GATE DEFENCE BRIEF" over "No. 6 — ...": the masthead is the whole title line.
    name = series.group(1) if series else title if _SERIES_WORD.search(title) else ""
    if not name.strip():
        return False
    # The masthead may be in capitals, the footer not.
    return re.match(rf"(?:The\s+)?{re.escape(name.strip())}\s+is\b", text, re.I) is not None


# A digest's masthead: "Pacific Pact Ledger | Vol. 2, No. 3", "Alliance Digest Vol 2.23".
_ISSUE = re.compile(r"\b(?:Issue|Vol\.?|Volume|No\.)\s*(?:No\.\s*)?\d")
_SERIES_WORD = re.compile(
    r"\b(?:Digest|Newsletter|Bulletin|Brief|Letter|Roundup|Round-up|Monitor|Fortnightly|Weekly"
    r"|Monthly|Top\s+Stories|This\s+Week)\b",
    re.I,
)
_SERIES = re.compile(r"(.{6,60}?)\s*(?:\||\bVol\b\.?|\bVolume\b|\bIssue\b|\bNo\.)")
# A digest's table of contents in a line: "In this issue: A; B; C."
_CONTENTS = re.compile(r"(?i)^(?:also\s+)?in\s+this\s+(?:issue|edition)\b\s*:?\s*(.*)$")


def parse_text(
    text: str, path: str, date: dt.date | None = None, digest_of: str | bytes | None = None
) -> Document:
    """Split a document's text into title, date, headline list and body items."""
    lines = [_clean(line) for line in text.replace("\r\n", "\n").split("\n")]
    first = next((i for i, line in enumerate(lines) if line), 0)
    title = lines[first].lstrip("# ").strip() if lines else ""
    header = [line for line in lines[first : first + 15] if line]
    # "PRESIDENTIAL COMMUNICATIONS OFFICE" over "Republic of the Philippines": whose office.
    under = header[1] if len(header) > 1 else ""
    masthead = under if len(under.split()) <= 6 and not _ENDS_SENTENCE.search(under) else ""
    # A line that is only a date (or "Published: ...") outranks a date inside a caption.
    short = [line for line in header if len(line.split()) <= 6]
    # Archives often name files by date ("news-2023-04-05-finland.txt"): the last resort.
    doc_date = (
        date
        or find_document_date(short)
        or find_document_date(header)
        or find_document_date([Path(path).name])
    )

    # Each entry: (is_bullet, text); consecutive plain lines form one paragraph.
    blocks: list[tuple[bool, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append((False, " ".join(paragraph)))
            paragraph.clear()

    for line in lines[first + 1 :]:
        if not line:
            flush()
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            blocks.append((True, line[bullet.end() :].strip()))
        elif line.startswith("#"):
            flush()
        elif len(line.split()) < 8 and not _ENDS_SENTENCE.search(line):
            # Headings, bylines and date lines stand alone even without blank lines around them.
            flush()
            blocks.append((False, line))
        else:
            paragraph.append(line)
    flush()

    blocks = _lists_joined(blocks)
    headlines: list[str] = []
    items: list[str] = []
    byline = ""
    # "Issue No. 47 | Covering 17–30 April", "Vol. 2, No. 3": a newsletter's masthead.
    newsletter = any(
        _ISSUE.search(line) or (_SERIES_WORD.search(line) and len(line.split()) <= 10)
        for line in header[:4]
    )
    for is_bullet, block in blocks:
        block = _CREDIT.sub("", block).strip()
        heading = _DATELINE.match(block)
        if heading and not _is_dateline(heading[0]):
            block = block[heading.end() :].strip()
        if not block or _is_boilerplate(block, title):
            continue
        contents = _CONTENTS.match(block)
        if contents:
            # "In this issue: Biden's tour; the Jerusalem Declaration; ...": what the items
            # below report, told again in a line.
            headlines.extend(part.strip(" .") for part in contents[1].split(";") if part.strip())
            continue
        if is_bullet and not _is_sentence_like(block):
            # A digest's headline list: short bullets that summarise the body items.
            headlines.append(block)
            continue
        if not items and not byline and _BYLINE.match(block) and not _is_sentence_like(block):
            # A minister's release in the first person: the byline says who "I" is, and is
            # read first, so that its minister is known by the time "I" speaks.
            byline = block
            items.append(block)
            continue
        if not _is_sentence_like(block):
            continue
        items.append(block)
    source = digest_of if digest_of is not None else text
    digest = hashlib.sha256(source.encode() if isinstance(source, str) else source).hexdigest()
    return Document(
        path,
        title,
        doc_date,
        items,
        digest,
        headlines=headlines,
        byline=byline,
        newsletter=newsletter,
        masthead=masthead,
    )
