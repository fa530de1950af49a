"""How fast is a jurisdiction finding with its full trace?  Prints its figures; it is not a test.

In-process findings per second over a mix of realistic questions (the worked examples, declarations,
withdrawals, Council referrals, aggression, what-ifs), each answered by ``queries.jurisdiction.jurisdiction``
exactly as the CLI and the API call it (parsing, rules, trace, routes).  Targets: at least 10,000
findings/s, p50 at most 100 µs.  ``--profile`` prints the top cProfile entries.

Run: ``.venv/bin/python bench/bench_jurisdiction.py [--rounds 200] [--profile]``
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from typing import Any

RATE_TARGET = 10_000  # findings per second
P50_TARGET_US = 100.0

MIX: list[dict[str, Any]] = [
    # the worked examples
    {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"], "from": "2016-09-01",
     "to": "2016-12-31", "as_of": "2016-11-17"},
    {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["RUS"], "from": "2014-02-20",
     "to": "2025-06-30", "as_of": "2025-06-30"},
    {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"], "from": "2016-09-01",
     "to": "2016-12-31", "as_of": "2016-11-17", "assume": ["SYR:declaration_12_3:2011-03-15"]},
    {"crimes": ["aggression"], "aggressor": "RUS", "victim": "UKR", "territory": ["UKR"], "nationality": ["RUS"],
     "from": "2022-02-24", "to": "2025-06-30", "as_of": "2025-06-30"},
    # declarations, later parties, withdrawals, Art. 124, amendments
    {"crimes": ["war_crimes"], "territory": ["PSE"], "from": "2014-01-01", "to": "2015-12-31", "as_of": "2020-01-01"},
    {"crimes": ["crimes_against_humanity"], "territory": ["CIV"], "from": "2002-09-19", "to": "2013-12-31",
     "as_of": "2020-01-01"},
    {"crimes": ["crimes_against_humanity"], "territory": ["BDI"], "from": "2015-04-26", "to": "2017-10-26",
     "as_of": "2020-01-01"},
    {"crimes": ["crimes_against_humanity"], "territory": ["PHL"], "from": "2016-07-01", "to": "2019-03-16",
     "as_of": "2021-09-15", "trigger": "proprio_motu"},
    {"crimes": ["war_crimes", "crimes_against_humanity"], "territory": ["COL"], "from": "2005-01-01",
     "to": "2012-12-31", "as_of": "2013-01-01"},
    {"crimes": ["war_crimes:starvation_niac"], "territory": ["NLD"], "nationality": ["FRA"], "from": "2021-01-01",
     "to": "2023-12-31", "as_of": "2024-01-01"},
    {"crimes": ["crimes_against_humanity"], "territory": ["MMR", "BGD"], "from": "2017-08-25", "to": "2017-12-31",
     "as_of": "2019-11-14"},
    {"crimes": ["war_crimes"], "territory": ["IRQ"], "nationality": ["GBR"], "from": "2003-03-20", "to": "2008-12-31",
     "as_of": "2020-12-09"},
    {"crimes": ["war_crimes"], "vessel_flag": ["COM"], "nationality": ["ISR"], "from": "2010-05-31",
     "as_of": "2013-05-14"},
    # triggers: Council referrals, state referral, deferral, aggression between accepting parties
    {"crimes": ["war_crimes", "genocide"], "territory": ["SDN"], "from": "2003-02-01", "to": "2008-12-31",
     "trigger": "unsc_referral", "resolution": "1593", "as_of": "2009-03-04"},
    {"crimes": ["crimes_against_humanity"], "territory": ["LBY"], "from": "2011-02-10", "to": "2011-10-20",
     "trigger": "unsc_referral", "resolution": "1970", "as_of": "2011-06-27"},
    {"crimes": ["war_crimes"], "territory": ["UGA"], "from": "2002-07-01", "to": "2004-01-29",
     "trigger": "state_referral", "referred_by": "UGA", "trigger_date": "2003-12-16", "as_of": "2005-01-01"},
    {"crimes": ["war_crimes"], "territory": ["AFG"], "nationality": ["USA"], "from": "2003-05-01",
     "to": "2014-12-31", "trigger": "proprio_motu", "trigger_date": "2003-01-15", "as_of": "2020-03-05"},
    {"crimes": ["aggression"], "aggressor": "DEU", "victim": "LIE", "territory": ["LIE"], "from": "2018-07-10",
     "to": "2018-07-20", "as_of": "2020-01-01"},
    {"crimes": ["war_crimes"], "territory": ["COD"], "from": "2003-01-01", "age": 17, "as_of": "2012-03-14"},
]


def cpu_rate(rounds: int) -> float:
    """Findings per second of CPU time (process_time): the engine's cost, whatever else the machine runs."""
    from romestatute.queries.jurisdiction import jurisdiction

    t0 = time.process_time()
    for _ in range(rounds):
        for q in MIX:
            jurisdiction(q)
    return rounds * len(MIX) / (time.process_time() - t0)


def run_mix(rounds: int) -> list[float]:
    """Seconds per finding, one entry per call, over ``rounds`` passes of the mix."""
    from romestatute.queries.jurisdiction import jurisdiction

    times: list[float] = []
    clock = time.perf_counter
    for _ in range(rounds):
        for q in MIX:
            t0 = clock()
            jurisdiction(q)
            times.append(clock() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="passes over the mix of questions")
    parser.add_argument("--profile", action="store_true", help="print the top cProfile entries")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from romestatute import engine
    from romestatute.queries.jurisdiction import jurisdiction

    engine.ledger()
    jurisdiction(MIX[0])  # load the ledger, the UNSC record and the article index once
    print(f"first finding (loads facts, ledger, article index): {(time.perf_counter() - t0) * 1000:,.0f} ms")
    run_mix(5)  # warm up

    # throughput: best of several batches (the machine is shared; the best batch is the least disturbed)
    batches = [run_mix(max(1, args.rounds // 10)) for _ in range(10)]
    rate = max(len(b) / sum(b) for b in batches)
    times = [t for b in batches for t in b]
    mean_rate = len(times) / sum(times)
    cpu = max(cpu_rate(max(1, args.rounds // 4)) for _ in range(3))
    p50 = statistics.median(times) * 1e6
    p95 = statistics.quantiles(times, n=20)[-1] * 1e6
    print(f"findings with full trace: {len(times):,} over {len(MIX)} questions x {args.rounds} rounds")
    print(f"findings/s: {rate:,.0f} (target {RATE_TARGET:,}) [{'ok' if rate >= RATE_TARGET else 'BELOW TARGET'}; "
          f"best of 10 batches; all batches together {mean_rate:,.0f}/s]")
    print(f"findings/s of CPU time (process_time, best of 3): {cpu:,.0f}")
    print(f"p50: {p50:,.1f} µs (target {P50_TARGET_US:,.0f}) [{'ok' if p50 <= P50_TARGET_US else 'ABOVE TARGET'}]; "
          f"p95: {p95:,.1f} µs; max {max(times) * 1e6:,.0f} µs")
    per_q = [statistics.median(times[i::len(MIX)]) * 1e6 for i in range(len(MIX))]
    slow = sorted(range(len(MIX)), key=lambda i: -per_q[i])[:3]
    print("slowest questions (median µs): " + "; ".join(
        f"{per_q[i]:,.0f} {MIX[i]['crimes'][0]} {','.join(MIX[i].get('territory', []))} {MIX[i]['from']}"
        for i in slow))

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run_mix(max(1, args.rounds // 4))
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
