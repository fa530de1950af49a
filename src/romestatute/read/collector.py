"""Hold Python's cyclic garbage collector off while a long report is read.

Reading a 2 MB report makes a few million short-lived objects (matches, mentions, JSON rows); none of
them is kept in a reference cycle that needs the collector, yet the collector runs hundreds of times
over every object alive (the loaded facts and name tables included): a fifth of the time of a long
reading.  ``paused(size)`` turns it off for the reading of a text of ``LONG`` characters or more and
back on after, if it was on; readings in several threads at once share one pause.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Texts shorter than this are read with the collector as it is (it costs them nothing to speak of).
LONG = 50_000

_lock = threading.Lock()
_state = {"readers": 0, "was_enabled": False}


@contextmanager
def paused(size: int) -> Iterator[None]:
    if size < LONG:
        yield
        return
    with _lock:
        if _state["readers"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["readers"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["readers"] -= 1
            if _state["readers"] == 0 and _state["was_enabled"]:
                gc.enable()
