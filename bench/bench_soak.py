"""Load and soak on loopback: 64 concurrent clients mixing every endpoint for a bounded time.

    .venv/bin/python bench/bench_soak.py [SECONDS] [CLIENTS]     (default 60 s, 64 clients)

Starts ``rome serve`` on a free 127.0.0.1 port, warms it up, then runs the mix and prints requests/s,
p50/p99 latency, errors (any non-2xx/3xx/4xx-by-design or transport error) and the server's resident
memory before and after. Bounded in count and time; only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
ROME = ROOT / ".venv" / "bin" / "rome"
MAX_REQUESTS = 2_000_000

# (method, path, json body, the statuses that mean "answered as designed")
MIX: list[tuple[str, str, dict | None, set[int]]] = [
    ("GET", "/api/status/RUS?on=2016-11-17", None, {200}),
    ("GET", "/api/status/Burundi?on=2017-10-27", None, {200}),
    ("GET", "/api/parties?on=2016-11-17", None, {200}),
    ("GET", "/api/statuses?on=2019-03-17", None, {200}),
    ("GET", "/api/timeline/UKR", None, {200}),
    ("GET", "/api/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31",
     None, {200}),
    ("POST", "/api/jurisdiction", {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["RUS"],
                                   "from": "2014-02-20", "to": "2025-06-30"}, {200}),
    ("GET", "/api/articles/art-12", None, {200}),
    ("GET", "/api/situations", None, {200}),
    ("GET", "/api/obligation?person=Putin&state=MNG&on=2024-09-03", None, {200}),
    ("GET", "/api/warrants?status=at_large", None, {200}),
    ("GET", "/api/status/Narnia", None, {404}),
    ("GET", "/", None, {200}),
    ("GET", "/state/BDI", None, {200}),
    ("GET", "/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31", None, {200}),
    ("GET", "/api/situations/uganda", None, {200}),
    ("GET", "/api/obligation/map?person=Putin&on=2024-09-03", None, {200}),
    ("POST", "/api/read", {"text": "Burundi's withdrawal from the Rome Statute took effect on 27 October 2017."}, {200}),
    ("GET", "/situations", None, {200}),
    ("GET", "/situation/uganda", None, {200}),
    ("GET", "/warrants", None, {200}),
    ("GET", "/obligation?person=Putin&state=MNG&on=2024-09-03", None, {200}),
    ("GET", "/article/art-12", None, {200}),
    # hostile: refused by the guard before any work (422 naming the field), never a slow answer
    ("GET", "/api/status/" + "A" * 1_500, None, {422}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


#: latencies per request kind, for the slowest kinds' line
by_kind: dict[str, list[float]] = {}


async def client(base: str, deadline: float, latencies: list[float], errors: list[str], counter: list[int]) -> None:
    rng = random.Random()
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.perf_counter() < deadline and counter[0] < MAX_REQUESTS:
            method, path, body, ok = rng.choice(MIX)
            counter[0] += 1
            t0 = time.perf_counter()
            try:
                r = await http.request(method, path, json=body)
                if r.status_code not in ok:
                    errors.append(f"{method} {path} -> {r.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{method} {path} -> {type(exc).__name__}")
            latencies.append(time.perf_counter() - t0)
            by_kind.setdefault(f"{method} {path[:60]}", []).append(latencies[-1])


async def run(base: str, seconds: float, clients: int) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    counter = [0]
    await asyncio.gather(*(client(base, deadline, latencies, errors, counter) for _ in range(clients)))
    return latencies, errors


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    port = free_port()
    server = subprocess.Popen([str(ROME), "serve", "--port", str(port), "--log-level", "warning"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/api/status/NLD", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        asyncio.run(run(base, 10.0, clients))  # warm-up: caches, allocator, lazily loaded files
        before = rss_kb(server.pid)
        trend: list[int] = []  # the server's RSS every 10 s of the run: a leak climbs, a high-water mark levels
        done = threading.Event()

        def sample() -> None:
            while not done.wait(10.0):
                trend.append(rss_kb(server.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.perf_counter()
        by_kind.clear()  # the warm-up's requests are not part of the figures
        latencies, errors = asyncio.run(run(base, seconds, clients))
        wall = time.perf_counter() - t0
        done.set()
        after = rss_kb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat = sorted(latencies)
    p99 = lat[int(len(lat) * 0.99) - 1] if lat else 0.0
    growth = (after - before) / before * 100 if before else 0.0
    print(f"soak: {len(lat):,} requests in {wall:.1f} s at {clients} clients over {len(MIX)} request kinds, one worker")
    print(f"throughput: {len(lat) / wall:,.0f} req/s; latency p50 {statistics.median(lat) * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms")
    slow = sorted(((statistics.quantiles(v, n=100)[98] if len(v) > 1 else v[0], k) for k, v in by_kind.items()),
                  reverse=True)[:4]
    print("slowest kinds by p99: " + "; ".join(f"{k} {q * 1000:.0f} ms" for q, k in slow))
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"server RSS: {before / 1024:.1f} MB after warm-up, {after / 1024:.1f} MB after the run "
          f"({growth:+.1f}%, target under +10%)")
    print("server RSS every 10 s (MB): " + " ".join(f"{kb / 1024:.1f}" for kb in trend))
    sys.exit(1 if errors or growth >= 10 else 0)


if __name__ == "__main__":
    main()
