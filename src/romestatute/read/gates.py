"""Gates: a pattern's scan skipped where it cannot match.

A gate is a few words (ASCII, lower case) one of which every match of a pattern contains, in any case: a text, or
a sentence, with none of them is not scanned with the pattern.  Most reports make few claims, so most of the
claims' patterns need not run over a long text at all.  ``tests/read/test_stages_fast.py`` checks each gate against
its patterns (Hypothesis draws texts that match them).
"""

from __future__ import annotations

import bisect
import re

from romestatute.read import scan


def _lowered(text: str) -> str | None:
    """The text lowered, when a word of a gate is in it exactly where ``re.IGNORECASE`` finds the word: None when
    lowering changes the length ("İ") or the text has a letter ``re`` matches to an ASCII one it does not lower to
    ("ſ" for s, "ı" for i)."""
    low = scan.lowered_text(text)
    return None if low is None or "ſ" in text or "ı" in text else low


def absent(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` has none of ``words``, in any case (as ``re.IGNORECASE`` matches them)."""
    low = _lowered(text)
    if low is None:
        return re.search("|".join(words), text, re.IGNORECASE) is None
    return not any(w in low for w in words)


def sentences_with(words: tuple[str, ...], text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences with one of ``words`` in them, in any case."""
    low = _lowered(text)
    if low is None:
        hits = [m.start() for m in re.finditer("|".join(words), text, re.IGNORECASE)]
    else:
        hits = []
        for w in words:
            at = low.find(w)
            while at >= 0:
                hits.append(at)
                at = low.find(w, at + 1)
    starts = [s for s, _ in spans]
    out = set()
    for h in hits:
        i = bisect.bisect_right(starts, h) - 1
        if i >= 0 and h < spans[i][1]:
            out.add(i)
    return out
