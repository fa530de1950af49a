"""Benchmark of ``rome serve`` on loopback: API throughput and latency, home page weight, first map render.

Run: ``.venv/bin/python bench/bench_web.py [--requests 6000] [--concurrency 64]``

* Starts one uvicorn worker (``rome serve``) on a free 127.0.0.1 port; nothing leaves the machine.
* Load: a bounded asyncio + httpx client, ``--concurrency`` coroutines sharing a fixed number of
  requests (and a time cap), keep-alive connections. Targets: /api/status >= 1,000 req/s, p99 <= 25 ms.
* Home page: bytes on the wire (gzip) for the HTML and every asset it loads. Target <= 600 KB.
* Headless Chromium (Debian's /usr/bin/chromium via Playwright): time from navigation to the map
  painted (first contentful paint and map in the DOM). Target <= 1 s.
Prints figures; exits 0 whatever they are (a report, not a gate).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ALEPPO = "crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-c", "from romestatute.cli.main import main; main()", "serve",
                             "--port", str(port), "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/statuses", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


async def load(url: str, total: int, concurrency: int, cap_s: float) -> dict[str, float]:
    """``total`` GETs of ``url`` from ``concurrency`` coroutines; stops early after ``cap_s`` seconds."""
    latencies: list[float] = []
    errors = 0
    remaining = total
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=10, headers={"accept-encoding": "identity"}) as client:
        for _ in range(min(200, total)):  # warm up
            await client.get(url)
        start = time.perf_counter()
        stop_at = start + cap_s

        async def worker() -> None:
            nonlocal remaining, errors
            while remaining > 0 and time.perf_counter() < stop_at:
                remaining -= 1
                t0 = time.perf_counter()
                r = await client.get(url)
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    n = len(latencies)
    return {"requests": n, "errors": errors, "seconds": elapsed, "rps": n / elapsed,
            "p50_ms": latencies[n // 2] * 1000, "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000,
            "mean_ms": statistics.fmean(latencies) * 1000}


async def raw_load(port: int, path: str, total: int, concurrency: int, cap_s: float,
                   rate: float | None = None) -> dict[str, float]:
    """The same bounded load from a minimal asyncio HTTP/1.1 keep-alive client (cheap per request).

    With ``rate`` the load is paced (open loop, ``rate`` req/s shared by the clients) and each latency is
    counted from the request's scheduled time, so queueing is not hidden.
    """
    latencies: list[float] = []
    errors = 0
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    per_client = total // concurrency
    interval = concurrency / rate if rate else 0.0

    async def worker(k: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        begin = time.perf_counter() + (k * interval / concurrency if rate else 0.0)
        for i in range(per_client):
            due = begin + i * interval if rate else time.perf_counter()
            if rate:
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            if time.perf_counter() > start + cap_s:
                break
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - due)
            if not head.startswith(b"HTTP/1.1 200"):
                errors += 1
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    n = len(latencies)
    return {"requests": n, "errors": errors, "seconds": elapsed, "rps": n / elapsed,
            "p50_ms": latencies[n // 2] * 1000, "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000}


def transfer_size(base: str) -> tuple[int, dict[str, int]]:
    """Bytes on the wire for the home page and the assets it references (gzip accepted)."""
    sizes: dict[str, int] = {}
    with httpx.Client(headers={"accept-encoding": "gzip"}) as c:
        r = c.get(base + "/")
        sizes["/"] = r.num_bytes_downloaded
        for asset in sorted(set(re.findall(r'(?:src|href)="(/(?:static|vendor)/[^"]+)"', r.text))):
            sizes[asset] = c.get(base + asset).num_bytes_downloaded
    return sum(sizes.values()), sizes


def first_map_render(base: str, runs: int = 5) -> dict[str, float] | None:
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    walls, dcls = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})  # empty cache each run
            page = context.new_page()
            t0 = time.perf_counter()
            page.goto(base + "/", wait_until="commit")
            page.wait_for_selector("#map path", state="attached")
            page.wait_for_load_state("load")
            walls.append((time.perf_counter() - t0) * 1000)
            dcls.append(page.evaluate(
                "() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
            context.close()
        browser.close()
    return {"load_ms_median": statistics.median(walls), "dcl_ms_median": statistics.median(dcls),
            "load_ms_max": max(walls)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--requests", type=int, default=6000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--cap", type=float, default=30.0, help="seconds per load run at most")
    args = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(port)
    try:
        render = first_map_render(base)
        if render is None:
            print("first map render: skipped (no /usr/bin/chromium)")
        else:
            print(f"first map render (headless Chromium, new context each, median of 5): map in DOM + load "
                  f"{render['load_ms_median']:.0f} ms (worst {render['load_ms_max']:.0f} ms), "
                  f"DOMContentLoaded {render['dcl_ms_median']:.0f} ms (target <=1000 ms)")
        print(f"rome serve, one uvicorn worker, {base}; {args.concurrency} concurrent clients, "
              f"{args.requests} requests per run at most, {args.cap:.0f} s cap")
        paths = [("status", "/api/status/BDI?on=2016-11-17"), ("statuses", "/api/statuses?on=2016-11-17"),
                 ("jurisdiction", f"/api/jurisdiction?{ALEPPO}")]

        def show(label: str, r: dict[str, float]) -> None:
            print(f"  {label:34s} {r['requests']:6d} req {r['seconds']:5.2f} s = {r['rps']:6.0f} req/s; "
                  f"p50 {r['p50_ms']:6.1f} ms, p99 {r['p99_ms']:6.1f} ms, errors {r['errors']:.0f}")

        print("closed loop, asyncio+httpx client (client-bound: httpx costs ~1 ms of CPU per request):")
        for name, path in paths:
            show(name, asyncio.run(load(base + path, args.requests, args.concurrency, args.cap)))
        print("closed loop, minimal asyncio keep-alive client (server-bound):")
        for name, path in paths:
            show(name, asyncio.run(raw_load(port, path, args.requests, args.concurrency, args.cap)))
        print("paced at 1,000 req/s (open loop, latency from scheduled send), minimal client; "
              "targets for status: >=1000 req/s, p99 <=25 ms:")
        for name, path in paths:
            show(f"{name} @1000/s", asyncio.run(raw_load(port, path, args.requests, args.concurrency, args.cap,
                                                         rate=1000.0)))
        total, sizes = transfer_size(base)
        print(f"home page transfer: {total / 1024:.0f} KB (target <=600 KB): "
              + ", ".join(f"{k} {v / 1024:.1f} KB" for k, v in sizes.items()))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
