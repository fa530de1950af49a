"""How fast is a status answer?  Prints its figures; it is not a test.

1. In-process look-ups per second over random (state, date) pairs:
   ``engine.ledger().state(iso3).status_on(day)`` (target 200,000/s) and the full
   ``queries.status.status_record(...)`` that every face serialises.
2. Cold start of the installed command, ``rome status RUS --on 2016-11-17``: median of
   subprocess runs (target 250 ms); above target, the top ``python -X importtime`` offenders.

Run: ``.venv/bin/python bench/bench_status.py [--runs 15] [--pairs 200000]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

LOOKUP_TARGET = 200_000  # look-ups per second
COLD_TARGET_MS = 250.0
COMMAND = ["status", "RUS", "--on", "2016-11-17"]


def random_pairs(states: list[str], n: int, seed: int = 2002) -> list[tuple[str, dt.date]]:
    rng = random.Random(seed)
    first, span = dt.date(1998, 1, 1).toordinal(), (dt.date(2030, 12, 31) - dt.date(1998, 1, 1)).days
    return [(rng.choice(states), dt.date.fromordinal(first + rng.randrange(span))) for _ in range(n)]


def best_rate(fn, n: int, repeats: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Calls per second of ``fn()`` (which makes ``n`` calls), best of ``repeats``."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return n / best


def bench_lookups(n_pairs: int) -> None:
    from romestatute import engine
    from romestatute.queries.status import status_record

    t0 = time.perf_counter()
    ledger = engine.ledger()
    build_ms = (time.perf_counter() - t0) * 1000
    pairs = random_pairs(sorted(ledger.states), n_pairs)

    def lookups() -> None:
        for iso3, day in pairs:
            engine.ledger().state(iso3).status_on(day)

    def lookups_prebound() -> None:
        state = ledger.states
        for iso3, day in pairs:
            state[iso3].status_on(day)

    few = pairs[: max(1, n_pairs // 10)]

    def records() -> None:
        for iso3, day in few:
            status_record(ledger.state(iso3), day, ledger)

    def records_without_events() -> None:
        for iso3, day in few:
            status_record(ledger.state(iso3), day, ledger, events=False)

    rate = best_rate(lookups, len(pairs))
    print(f"ledger build (facts load + {len(ledger.states)} states): {build_ms:,.0f} ms")
    print(f"status lookups/s: {rate:,.0f} (target {LOOKUP_TARGET:,}) "
          f"[{'ok' if rate >= LOOKUP_TARGET else 'BELOW TARGET'}; engine.ledger().state(iso3).status_on(day)]")
    print(f"status lookups/s, ledger bound once: {best_rate(lookups_prebound, len(pairs)):,.0f}")
    print(f"status_record/s (full answer with events): {best_rate(records, len(few)):,.0f}")
    print(f"status_record/s (events=False): {best_rate(records_without_events, len(few)):,.0f}")


def rome_command() -> Path:
    exe = Path(sys.executable).with_name("rome")
    if not exe.exists():
        sys.exit(f"bench: {exe} not found; install the package first (pip install -e .)")
    return exe


def bench_cold_start(runs: int) -> None:
    exe = rome_command()
    subprocess.run([str(exe), *COMMAND], capture_output=True, check=True)  # warm the OS file cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(exe), *COMMAND], capture_output=True, check=True)
        times.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(times)
    print(f"cold start ms (rome {' '.join(COMMAND)}, median of {runs}): {median:,.0f} "
          f"(target {COLD_TARGET_MS:,.0f}) [{'ok' if median <= COLD_TARGET_MS else 'ABOVE TARGET'}; "
          f"min {min(times):,.0f}, max {max(times):,.0f}]")
    base = [sys.executable, "-c", "pass"]
    bare = statistics.median(_time(base) for _ in range(5))
    print(f"  of which a bare interpreter start: {bare:,.0f} ms")
    if median > COLD_TARGET_MS:
        importtime_offenders()


def _time(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True)
    return (time.perf_counter() - t0) * 1000


def importtime_offenders(top: int = 12) -> None:
    """The imports with the largest cumulative time, as ``python -X importtime`` reports them."""
    code = f"import sys; from romestatute.cli.main import main; sys.argv = ['rome', *{COMMAND!r}]; main()"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                          check=False)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        # "import time:       self [us] |  cumulative | imported package"
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(cumulative_us), int(self_us), name.strip()))
    rows.sort(reverse=True)
    print(f"  top {top} imports by cumulative time (python -X importtime):")
    for cumulative, self_us, name in rows[:top]:
        print(f"    {cumulative / 1000:8.1f} ms cumulative  {self_us / 1000:7.1f} ms self  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="subprocess runs for the cold start")
    parser.add_argument("--pairs", type=int, default=200_000, help="random (state, date) pairs to look up")
    args = parser.parse_args()
    bench_lookups(args.pairs)
    bench_cold_start(args.runs)


if __name__ == "__main__":
    main()
