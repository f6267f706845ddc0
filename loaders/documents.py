"""Documents: read files, find title and date, split the body into items, drop boilerplate."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..graph.errors import InputError
from ..graph.model import slugify
from .dates import find_document_date

__all__ = ["Document", "SUFFIXES", "collect_paths", "read_document", "parse_text"]

SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024

_BULLET = re.compile(r"^\s*(?:[•·▪◦●‣∙*]|[-–—]\s|\d{1,2}[.)]\s)\s*")
_BOILERPLATE = re.compile(
    r"(?ix)^(?:"
    r"download\b|subscribe\b|unsubscribe\b|to\ receive\b|forward\ this\b|share\ (?:this|on)\b"
    r"|publications?\b|image\ (?:source|credit)|photo\ (?:credit|source)|(?:©|copyright|\(c\))"
    r"|\d{4}\ .*\|\ *privacy|privacy\ policy|terms\ of\ (?:use|service)|sitemap|all\ rights\ reserved"
    r"|custom\ .*design|updated:|published:|posted:|by\ [A-Z]|read\ more|related:|tags?:"
    r"|about\ the\ author|twitter$|facebook$|linkedin$|email$|print$|\d{1,2}:\d{2}$|follow\ us"
    r"|.*\bis\ a\ (?:bi-?weekly|weekly|monthly|daily)\ (?:summary|digest|newsletter)"
    r")"
)
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+(?:is|was|has been)\s+an?\s+[^.]{0,80}"
    r"\b(?:correspondent|reporter|journalist|writer|editor|contributor|columnist|fellow|analyst)\b"
)
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

    @property
    def id(self) -> str:
        """Stable id: the file name and a short hash of the content."""
        stem = slugify(Path(self.path).stem)[:60]
        return f"document:{stem}-{self.content_hash[:8]}"


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories (recursively) into the documents to read, in order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
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


def read_document(path: Path, date: dt.date | None = None) -> Document:
    """Read one document file; raise InputError with a one-line reason when it cannot be used."""
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type (expected {', '.join(SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is too large ({size // 1_048_576} MB; limit 20 MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary file, not a text document")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{path}: empty document")
    return parse_text(text, str(path), date)


def _clean(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(line.split())


def _is_sentence_like(text: str) -> bool:
    return len(text.split()) >= 8 and bool(_ENDS_SENTENCE.search(text))


def _is_boilerplate(text: str, title: str) -> bool:
    if _BOILERPLATE.match(text) or _AUTHOR_BIO.match(text):
        return True
    return title != "" and text.lower().strip(" .") == title.lower().strip(" .")


def parse_text(text: str, path: str, date: dt.date | None = None) -> Document:
    """Split a document's text into title, date, headline list and body items."""
    lines = [_clean(line) for line in text.replace("\r\n", "\n").split("\n")]
    first = next((i for i, line in enumerate(lines) if line), 0)
    title = lines[first].lstrip("# ").strip() if lines else ""
    header = [line for line in lines[first : first + 15] if line]
    # A line that is only a date (or "Published: ...") outranks a date inside a caption.
    short = [line for line in header if len(line.split()) <= 6]
    doc_date = date or find_document_date(short) or find_document_date(header)

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

    headlines: list[str] = []
    items: list[str] = []
    for is_bullet, block in blocks:
        block = _DATELINE.sub("", _CREDIT.sub("", block)).strip()
        if not block or _is_boilerplate(block, title):
            continue
        if is_bullet and not _is_sentence_like(block):
            # A digest's headline list: short bullets that summarise the body items.
            headlines.append(block)
            continue
        if not _is_sentence_like(block):
            continue
        items.append(block)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(path, title, doc_date, items, digest, headlines=headlines)
