"""The data behind the home page: every state's status on a day (compact) and the parties-over-time chart."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from romestatute import engine
from romestatute.queries.statuses import statuses as query_statuses
from romestatute.web.render import FIRST_DAY

CHART_W, CHART_H, PAD_L, PAD_B, PAD_T = 640, 220, 40, 24, 10


def statuses(on: str | dt.date | None = None, status: str | None = None) -> dict[str, Any]:
    """Each state's status on ``on`` as one small record (for the map and its slider): see
    :func:`romestatute.queries.statuses.statuses`, which ``rome statuses`` shares."""
    return query_statuses(on, status)


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    days = [start]
    y, m = start.year, start.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = dt.date(y, m, 1)
        if d > end:
            break
        days.append(d)
    if days[-1] != end:
        days.append(end)
    return days


@lru_cache(maxsize=4)
def chart(end: dt.date) -> dict[str, Any]:
    """A step line of the number of parties, month by month, scaled into an SVG frame."""
    ledger = engine.ledger()
    days = _months(FIRST_DAY, end)
    counts = [ledger.count_parties(d) for d in days]
    top = max(40, -(-max(counts) // 40) * 40)
    span = (end - FIRST_DAY).days or 1
    plot_w, plot_h = CHART_W - PAD_L - 8, CHART_H - PAD_B - PAD_T

    def x(d: dt.date) -> float:
        return round(PAD_L + (d - FIRST_DAY).days / span * plot_w, 1)

    def y(c: int) -> float:
        return round(PAD_T + plot_h - c / top * plot_h, 1)

    pts = []
    for i, (d, c) in enumerate(zip(days, counts, strict=True)):
        if i:
            pts.append(f"{x(d)},{y(counts[i - 1])}")
        pts.append(f"{x(d)},{y(c)}")
    years = [dt.date(yr, 1, 1) for yr in range(2000, end.year + 1, 4)]
    return {
        "width": CHART_W, "height": CHART_H, "left": PAD_L, "top": PAD_T, "bottom": PAD_T + plot_h,
        "right": PAD_L + plot_w, "points": " ".join(pts),
        "xticks": [{"x": x(d), "label": d.year} for d in years],
        "yticks": [{"y": y(v), "label": v} for v in range(0, top + 1, top // 4)],
        "start": FIRST_DAY.isoformat(), "end": end.isoformat(), "max": max(counts), "final": counts[-1],
        "x_of": x,
    }
