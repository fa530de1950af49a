"""What ``rome diff`` and its briefs cost (in-process, the engine built once).

    .venv/bin/python bench/bench_diff.py [RUNS]   (default 5)

Prints, for the README's two examples and the whole history, the median time of one diff with all its
consequences (jurisdiction through the engine, duties through ``obligation``) and its JSON size, then the
time and size of its brief as Markdown, HTML and (with the pdf extra) PDF.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from romestatute import engine
from romestatute.briefs import brief, pdf
from romestatute.queries.diff import diff

CASES = [("2016-01-01", "2019-12-31", None), ("2026-01-01", "2027-12-31", None),
         ("2016-01-01", "2019-12-31", "2016-11-01"), ("1998-07-17", "2026-11-28", None)]


def median_ms(run: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), out


def main(runs: int) -> None:
    engine.ledger()
    for start, end, as_of in CASES:
        diff(start, end, as_of)  # warm: the as-of ledger is built once per day asked
        ms, answer = median_ms(lambda s=start, e=end, a=as_of: diff(s, e, a), runs)
        size = len(json.dumps(answer, ensure_ascii=False))
        label = f"{start}..{end}" + (f" as of {as_of}" if as_of else "")
        print(f"diff {label}: {ms:.0f} ms median of {runs}, {len(answer['changes'])} states listed, "
              f"JSON {size / 1000:.0f} KB")
    answer = diff("2016-01-01", "2019-12-31")
    for fmt in ("md", "html"):
        ms, text = median_ms(lambda f=fmt: brief("diff", answer, f), runs)
        print(f"brief 2016..2019 as {fmt}: {ms:.1f} ms, {len(text.encode()) / 1000:.0f} KB")
    try:
        ms, data = median_ms(lambda: pdf("diff", answer), max(1, runs // 2))
        print(f"brief 2016..2019 as pdf: {ms:.0f} ms, {len(data) / 1000:.0f} KB")
    except Exception as exc:  # the pdf extra is optional
        print(f"brief as pdf: unavailable ({exc})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
