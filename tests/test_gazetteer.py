"""The gazetteer's form finder reads what one alternation of every form would read."""

from __future__ import annotations

import re

from pactgraph.loaders.gazetteer import load_gazetteer

from .conftest import CHECKSET, CORPUS


def _one_alternation() -> re.Pattern[str]:
    """Every form in one pattern, longest first, as the finder's groups are built."""
    gaz = load_gazetteer()
    surfaces = sorted((s for s in gaz.forms if s == s.strip()), key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in surfaces if not s.islower() or len(s) > 4)
    after = r"(?!\w|-(?!(?:co-)?(?:hosted|led|backed|sponsored|organi[sz]ed)\b))"
    return re.compile(rf"(?<![\w-])(?:{alternation}){after}")


def test_the_finder_reads_the_corpora_as_one_alternation_would() -> None:
    gaz = load_gazetteer()
    reference = _one_alternation()
    texts = [
        p.read_text(encoding="utf-8") for p in [*CORPUS.glob("*.txt"), *CHECKSET.glob("*.txt")]
    ]
    texts.append("the Indian Navy-hosted drill, the U.S.-Japan alliance and Japanese-built ships")
    found = 0
    for text in texts:
        for line in text.splitlines():
            ours = [(m.start(), m.group(0)) for m in gaz.pattern.finditer(line)]
            assert ours == [(m.start(), m.group(0)) for m in reference.finditer(line)], line
            found += len(ours)
    assert found > 1000  # the corpora name countries, bodies and drills throughout
