"""What an unmatched state name costs: the resolver's "did you mean" suggestions.

    .venv/bin/python bench/bench_names.py [DISTINCT]   (default 1000 distinct unmatched values)

Prints the median time of one ``resolve`` call for unmatched values of several lengths (each call
raises UnknownState with its suggestions), a misspelling that must still find its state, and the
total for DISTINCT distinct unmatched values, as ``rome annotate`` meets them in a country column.
"""

from __future__ import annotations

import random
import statistics
import string
import sys
import time

from romestatute import engine
from romestatute.model.errors import UnknownState


def _words(rng: random.Random, length: int) -> str:
    """Letters and spaces, ``length`` characters, that match no state's name or pattern."""
    letters = string.ascii_lowercase.replace("a", "").replace("e", "")  # fewer accidental pattern hits
    while True:
        value = ("Qx" + "".join(rng.choice(letters + " ") for _ in range(length)))[:length].strip()
        try:
            engine.resolve_state(value)
        except UnknownState:
            return value


def _one(value: str) -> tuple[float, list[str]]:
    t0 = time.perf_counter()
    try:
        engine.resolve_state(value)
    except UnknownState as exc:
        return time.perf_counter() - t0, exc.suggestions
    raise SystemExit(f"{value[:40]!r} resolved; the bench needs unmatched values")


def _median_ms(value: str, repeat: int) -> tuple[float, list[str]]:
    runs = [_one(value) for _ in range(repeat)]
    return statistics.median(t for t, _ in runs) * 1000, runs[0][1]


def main() -> None:
    distinct = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(7)
    engine.resolve_state("France")  # load the tables before timing
    print("one unmatched value (median of repeats):")
    for length, repeat in ((8, 50), (30, 50), (200, 20), (1000, 5), (5000, 3), (20000, 1)):
        value = _words(rng, length)
        ms, suggestions = _median_ms(value, repeat)
        print(f"  {length:>6,} chars: {ms:10.2f} ms  ({len(suggestions)} suggestions)")
    for typo in ("Rusia", "Phillipines"):
        ms, suggestions = _median_ms(typo, 50)
        print(f"  {typo!r}: {ms:.2f} ms -> {', '.join(suggestions)}")
    values = [_words(rng, rng.randint(6, 40)) for _ in range(distinct)]
    t0 = time.perf_counter()
    for value in values:
        _one(value)
    total = time.perf_counter() - t0
    print(f"{distinct:,} distinct unmatched values (6-40 chars): {total:.2f} s, "
          f"{total / distinct * 1000:.2f} ms each")
    try:
        from romestatute.bulk.countries import map_values
    except ImportError:  # the bulk extra is not installed
        return
    t0 = time.perf_counter()
    mapped = map_values(values)
    total = time.perf_counter() - t0
    print(f"the same values as a country column in rome annotate (bulk.countries.map_values, no suggestions): "
          f"{total:.2f} s, {total / distinct * 1000:.2f} ms each; {sum(v is None for v in mapped.values()):,} unmatched")


if __name__ == "__main__":
    main()
