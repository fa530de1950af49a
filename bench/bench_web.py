"""Benchmark of ``rome serve`` on loopback: API throughput and latency, home page weight, first map render.

Run: ``.venv/bin/python bench/bench_web.py [--requests 6000] [--concurrency 64] [--api-only]``

* Starts one uvicorn worker (``rome serve``) on a free 127.0.0.1 port; nothing leaves the machine.
* Load: ``--concurrency`` keep-alive connections (64: "64 concurrent clients"). Two readings of the
  target (/api/status >= 1,000 req/s with p99 <= 25 ms), both printed:
  - paced (open loop): the 64 connections together offer ``--rates`` req/s (1,000 is the target), each
    latency counted from the request's scheduled send time, so queueing is not hidden;
  - closed loop (saturation): each connection sends its next request as soon as the answer arrives, so
    64 requests are always in flight on one worker; req/s is the ceiling, and p50 ~ 64 / (req/s) by
    Little's law whatever the server does per request.
* With 2+ cores the server is pinned to core 0 and the load client to core 1 (``--no-pin``: share both),
  so the client does not steal the server's CPU; "server CPU" is the worker's CPU time per request and
  its share of one core during the run (near 100% means the server, not the client, is the limit).
* Home page: bytes on the wire (gzip) for the HTML and every asset it loads. Target <= 600 KB.
* Headless Chromium (Debian's /usr/bin/chromium via Playwright): time from navigation to the map
  painted (first contentful paint and map in the DOM). Target <= 1 s.
Prints figures; exits 0 whatever they are (a report, not a gate).
"""

from __future__ import annotations

import argparse
import asyncio
import os
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, core: int | None = None) -> subprocess.Popen[bytes]:
    """``rome serve`` in a child process (every thread of it on ``core`` when given)."""
    pin = None if core is None else (lambda: os.sched_setaffinity(0, {core}))
    proc = subprocess.Popen([sys.executable, "-c", "from romestatute.cli.main import main; main()", "serve",
                             "--port", str(port), "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=pin)
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
                   rate: float | None = None, server_pid: int | None = None,
                   gzip: bool = False) -> dict[str, float]:
    """The same bounded load from a minimal asyncio HTTP/1.1 keep-alive client (cheap per request).

    With ``rate`` the load is paced (open loop, ``rate`` req/s shared by the clients) and each latency is
    counted from the request's scheduled time, so queueing is not hidden. With ``server_pid`` the server's
    CPU time per request and its busy share are measured too.
    """
    latencies: list[float] = []
    errors = 0
    accept = "Accept-Encoding: gzip\r\n" if gzip else ""  # as browsers and python-requests send
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{accept}\r\n".encode()
    per_client = total // concurrency
    interval = concurrency / rate if rate else 0.0

    async def connect() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(3):  # warm up the connection; not counted
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(int(re.search(rb"(?i)content-length: *(\d+)", head).group(1)))  # type: ignore[union-attr]
        return reader, writer

    connections = await asyncio.gather(*(connect() for _ in range(concurrency)))
    start = time.perf_counter()

    async def worker(k: int) -> None:
        nonlocal errors
        reader, writer = connections[k]
        begin = start + (k * interval / concurrency if rate else 0.0)
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

    cpu0 = cpu_seconds(server_pid) if server_pid else 0.0
    await asyncio.gather(*(worker(k) for k in range(concurrency)))
    elapsed = time.perf_counter() - start
    cpu = cpu_seconds(server_pid) - cpu0 if server_pid else 0.0
    latencies.sort()
    n = len(latencies)
    return {"requests": n, "errors": errors, "seconds": elapsed, "rps": n / elapsed,
            "p50_ms": latencies[n // 2] * 1000, "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000,
            "server_us": cpu / n * 1e6 if n else 0.0, "server_busy": cpu / elapsed}


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
    ap.add_argument("--requests", type=int, default=6000, help="requests per closed-loop run at most")
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--cap", type=float, default=30.0, help="seconds per load run at most")
    ap.add_argument("--rates", default="1000,2000", help="paced runs, req/s offered by all clients together")
    ap.add_argument("--paced-seconds", type=float, default=6.0, help="length of each paced run")
    ap.add_argument("--no-pin", action="store_true", help="do not pin server and client to separate cores")
    ap.add_argument("--api-only", action="store_true", help="skip the browser, the httpx client and page size")
    args = ap.parse_args()
    pin = not args.no_pin and len(os.sched_getaffinity(0)) >= 2
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(port, core=0 if pin else None)
    try:
        if not args.api_only:
            render = first_map_render(base)
            if render is None:
                print("first map render: skipped (no /usr/bin/chromium)")
            else:
                print(f"first map render (headless Chromium, new context each, median of 5): map in DOM + load "
                      f"{render['load_ms_median']:.0f} ms (worst {render['load_ms_max']:.0f} ms), "
                      f"DOMContentLoaded {render['dcl_ms_median']:.0f} ms (target <=1000 ms)")
            total, sizes = transfer_size(base)
            print(f"home page transfer: {total / 1024:.0f} KB (target <=600 KB): "
                  + ", ".join(f"{k} {v / 1024:.1f} KB" for k, v in sizes.items()))
        if pin:
            os.sched_setaffinity(0, {1})  # the load client from here on: core 1; the server has core 0
        print(f"rome serve, one uvicorn worker, {base}; {args.concurrency} concurrent keep-alive clients; "
              + ("server pinned to core 0, client to core 1" if pin else "server and client share the cores"))
        paths = [("status", "/api/status/BDI?on=2016-11-17"), ("statuses", "/api/statuses?on=2016-11-17"),
                 ("jurisdiction", f"/api/jurisdiction?{ALEPPO}")]

        def show(label: str, r: dict[str, float]) -> None:
            cpu = (f"; server CPU {r['server_us']:4.0f} us/req, busy {r['server_busy']:4.0%}"
                   if "server_us" in r else "")
            print(f"  {label:22s} {r['requests']:6d} req {r['seconds']:5.2f} s = {r['rps']:6.0f} req/s; "
                  f"p50 {r['p50_ms']:6.1f} ms, p99 {r['p99_ms']:6.1f} ms, errors {r['errors']:.0f}{cpu}")

        rates = [float(r) for r in args.rates.split(",") if r]
        print("paced, open loop (latency from scheduled send), minimal asyncio client; "
              "target for status at 1000 req/s: p99 <=25 ms:")
        for name, path in paths:
            for rate in rates:
                show(f"{name} @{rate:.0f}/s", asyncio.run(raw_load(
                    port, path, int(rate * args.paced_seconds), args.concurrency, args.cap, rate=rate,
                    server_pid=proc.pid)))
        print("closed loop (saturation: 64 always in flight), minimal asyncio keep-alive client:")
        for name, path in paths:
            show(name, asyncio.run(raw_load(port, path, args.requests, args.concurrency, args.cap,
                                            server_pid=proc.pid)))
        show("status, gzip accepted", asyncio.run(raw_load(port, paths[0][1], args.requests, args.concurrency,
                                                           args.cap, server_pid=proc.pid, gzip=True)))
        if not args.api_only:
            print("closed loop, asyncio+httpx client (client-bound: httpx costs ~1 ms of CPU per request):")
            for name, path in paths:
                show(name, asyncio.run(load(base + path, args.requests, args.concurrency, args.cap)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
