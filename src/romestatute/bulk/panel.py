"""Country-period panels of ICC status, computed in DuckDB from the compiled interval table.

One row per state and period (year, month or day) between ``from`` and ``to``:

* ``status_end``: the ledger status on the last day of the period;
* ``party_days``: days of the period on which the state was a State Party;
* ``declaration_12_3_days``: days covered by a valid Art. 12(3) declaration lodged by the
  as-of date (whether or not the state was also a party then);
* ``accepts_days``: days on which the state supplied an Art. 12(2) basis (the compiled
  ``accepts``: Art. 11(1), party status begun by the as-of date, or a declaration);
* ``amendments_end``: ``;``-separated Art. 121(5) amendments in force for it at period end
  (a State Party that accepted them, as ``StateLedger.amendments_in_force`` reads it);
* ``withdrawal_pending_end``: an Art. 127 notice was pending on the last day;
* ``unsc_days``: days on which conduct on the state's territory falls within a Security
  Council referral on record (Art. 13(b): the referral's territory and conduct window, from
  ``unsc.yaml``), as the compiled ``unsc_referral`` column has it;
* ``icc_days``: days on which the Court could act on conduct on the state's territory (no crime
  named: the preconditions alone) by any route on record (``route="any"``, the default:
  Art. 12 or a Council referral) or by Art. 12 alone (``route="art12"``: then ``accepts_days``);
* ``icc_route_end``: on the last day, ``art12``, ``unsc``, ``both`` or empty, as ``rome annotate``
  writes ``icc_route``; ``unsc_referral_end`` the referrals then in reach.

The first and last periods are cut to ``from`` and ``to`` (``days`` gives their length).  Every column
is read from the record as it stood on the as-of date (``Ledger.known_on``: a notice or a deposit after it
is not counted).  Every column is about conduct on the state's territory: an Art. 12(3) declaration whose
scope is not known (Armenia's) reaches that whatever its scope, so it counts as any other; ``caveats`` says
so, and that its reach to the state's nationals abroad is not known (``rome annotate`` lowers such rows).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from romestatute import engine, i18n
from romestatute.bulk.compile import default_as_of, interval_table
from romestatute.i18n import gettext as _
from romestatute.model.errors import N_, BadValue, quoted

FREQS = {"year": "1 year", "month": "1 month", "day": "1 day"}
FORMATS = ("csv", "parquet", "dta")


def _side_tables(as_of: dt.date) -> tuple[Any, Any, Any]:
    import pyarrow as pa

    ledger = engine.ledger().known_on(as_of)  # what was on record then, as the interval table (a later notice: none)
    cover: dict[str, list[tuple[dt.date, dt.date]]] = {}
    amend, pending = [], []
    for iso3, led in ledger.states.items():
        for d in led.declarations:
            if d.kind == "12_3" and d.valid and d.effective <= as_of and d.covers is not None:
                cover.setdefault(iso3, []).append((d.covers.start, d.covers.end or dt.date(9999, 12, 31)))
        for a in led.amendments:
            amend.append({"state": iso3, "key": a.key, "in_force": a.in_force})
        for w in led.withdrawals:
            end = w.effective if w.revoked is None else min(w.effective, w.revoked)
            pending.append({"state": iso3, "from": w.notified, "to": end})
    merged = []
    for iso3, spans in cover.items():  # union, so confirming declarations are not counted twice
        spans.sort()
        cur = list(spans[0])
        for start, end in spans[1:]:
            if start <= cur[1]:
                cur[1] = max(cur[1], end)
            else:
                merged.append({"state": iso3, "from": cur[0], "to": cur[1]})
                cur = [start, end]
        merged.append({"state": iso3, "from": cur[0], "to": cur[1]})
    date_schema = pa.schema([("state", pa.string()), ("from", pa.date32()), ("to", pa.date32())])
    return (pa.Table.from_pylist(merged, schema=date_schema),
            pa.Table.from_pylist(amend, schema=pa.schema([("state", pa.string()), ("key", pa.string()),
                                                          ("in_force", pa.date32())])),
            pa.Table.from_pylist(pending, schema=date_schema))


def panel_sql(freq: str, start: dt.date, end: dt.date, route: str = "any") -> str:
    """The panel query over the registered tables intervals, cover, amend, pending."""
    step = FREQS[freq]
    council = ("(i.unsc_referral <> '' AND strpos(';' || i.unsc_barred_territory || ';', ';genocide;') = 0)"
               if route == "any" else "FALSE")
    return f"""
    WITH periods AS (
        SELECT greatest(p, DATE '{start}') AS p_from,
               least(p + INTERVAL {step}, DATE '{end}' + 1)::DATE AS p_to
        FROM (SELECT unnest(range(date_trunc('{freq}', DATE '{start}'), DATE '{end}' + 1, INTERVAL {step}))::DATE AS p)
    ), grid AS (
        SELECT s.state, p.p_from, p.p_to FROM (SELECT DISTINCT state FROM intervals) s CROSS JOIN periods p
    ), overlap AS (
        SELECT g.state, g.p_from,
               sum(CASE WHEN i.status = 'party' THEN least(i.valid_to, g.p_to) - greatest(i.valid_from, g.p_from)
                   ELSE 0 END) AS party_days,
               sum(CASE WHEN i.accepts THEN least(i.valid_to, g.p_to) - greatest(i.valid_from, g.p_from)
                   ELSE 0 END) AS accepts_days,
               sum(CASE WHEN {council} THEN least(i.valid_to, g.p_to) - greatest(i.valid_from, g.p_from)
                   ELSE 0 END) AS unsc_days,
               sum(CASE WHEN i.accepts OR {council} THEN least(i.valid_to, g.p_to) - greatest(i.valid_from, g.p_from)
                   ELSE 0 END) AS icc_days,
               max(CASE WHEN i.valid_from < g.p_to AND g.p_to <= i.valid_to THEN i.status END) AS status_end,
               max(CASE WHEN i.valid_from < g.p_to AND g.p_to <= i.valid_to THEN
                   CASE WHEN i.accepts AND {council} THEN 'both' WHEN i.accepts THEN 'art12'
                        WHEN {council} THEN 'unsc' ELSE '' END END) AS icc_route_end,
               max(CASE WHEN i.valid_from < g.p_to AND g.p_to <= i.valid_to AND {council} THEN i.unsc_referral
                   ELSE '' END) AS unsc_referral_end
        FROM grid g JOIN intervals i
          ON i.state = g.state AND i.valid_from < g.p_to AND g.p_from < i.valid_to
        GROUP BY ALL
    )
    SELECT g.state,
           CASE '{freq}' WHEN 'year' THEN strftime(g.p_from, '%Y') WHEN 'month' THEN strftime(g.p_from, '%Y-%m')
                ELSE strftime(g.p_from, '%Y-%m-%d') END AS period,
           g.p_from AS period_start, (g.p_to - 1)::DATE AS period_end, (g.p_to - g.p_from)::INTEGER AS days,
           o.status_end, o.party_days::INTEGER AS party_days,
           coalesce((SELECT sum(least(c."to", g.p_to) - greatest(c."from", g.p_from)) FROM cover c
                     WHERE c.state = g.state AND c."from" < g.p_to AND g.p_from < c."to"), 0)::INTEGER
               AS declaration_12_3_days,
           o.accepts_days::INTEGER AS accepts_days,
           CASE WHEN o.status_end = 'party' THEN coalesce((SELECT string_agg(a.key, ';' ORDER BY a.key) FROM amend a
                WHERE a.state = g.state AND a.in_force <= g.p_to - 1), '') ELSE '' END AS amendments_end,
           EXISTS (SELECT 1 FROM pending w WHERE w.state = g.state AND w."from" <= g.p_to - 1
                   AND g.p_to - 1 < w."to") AS withdrawal_pending_end,
           o.unsc_days::INTEGER AS unsc_days, o.icc_days::INTEGER AS icc_days, o.icc_route_end,
           o.unsc_referral_end
    FROM grid g JOIN overlap o USING (state, p_from)
    ORDER BY g.state, g.p_from"""


def caveats(start: dt.date, end: dt.date, as_of: dt.date | None = None) -> list[str]:
    """What a panel from ``start`` to ``end`` as of ``as_of`` should be read with: the Art. 12(3) declarations of
    unknown scope it counts (``law.SCOPE_UNKNOWN``), and the data's check date when ``as_of`` is past it."""
    from romestatute.law.part02_jurisdiction import SCOPE_UNKNOWN

    as_of = as_of or default_as_of()
    ledger = engine.ledger().known_on(as_of)
    unsure = sorted(iso3 for iso3, led in ledger.states.items() for d in led.declarations
                    if d.kind == "12_3" and d.valid and d.scope == SCOPE_UNKNOWN and d.effective <= as_of
                    and d.covers is not None and d.covers.start <= end and (d.covers.end is None or start < d.covers.end))
    out = []
    if unsure:
        names = i18n.listing(i18n.state_name(s, ledger.state(s).name, "de") for s in dict.fromkeys(unsure))
        out.append(_("The Art. 12(3) declaration of %(states)s, whose text was not found, counts in "
                     "declaration_12_3_days, accepts_days and icc_days: those columns are about conduct on the "
                     "state's territory, which it reaches whatever its scope. Whether it reaches that state's "
                     "nationals outside its territory (Art. 12(2)(b)) is not known: rome annotate and rome "
                     "jurisdiction answer such conduct with lowered confidence.") % {"states": names})
    return out + engine.horizon_caveats(as_of)


def panel(freq: str, start: dt.date, end: dt.date, *, as_of: dt.date | None = None, route: str = "any") -> Any:
    """The panel as a ``pyarrow.Table``."""
    import duckdb

    from romestatute.bulk.plan import ROUTES

    if route not in ROUTES:
        raise BadValue(N_("route: %(value)s is not one of %(choices)s"), field="route",
                       params={"value": quoted(route), "choices": ", ".join(ROUTES)})
    if freq not in FREQS:
        raise BadValue(N_("freq: %(value)s is not one of %(choices)s"), field="freq",
                       params={"value": quoted(freq), "choices": ", ".join(FREQS)})
    if end < start:
        raise BadValue(N_("to: %(end)s is before from %(start)s"), field="to", params={"end": end, "start": start})
    as_of = as_of or default_as_of()
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    cover, amend, pending = _side_tables(as_of)
    for name, table in (("intervals", interval_table(as_of)), ("cover", cover), ("amend", amend),
                        ("pending", pending)):
        con.register(name, table)
    result = con.sql(panel_sql(freq, start, end, route)).to_arrow_table()
    con.close()
    notes = caveats(start, end, as_of)  # kept in the table's metadata (a Parquet file keeps it)
    return result.replace_schema_metadata({**(result.schema.metadata or {}), b"romestatute.as_of": as_of.isoformat(),
                                           b"romestatute.caveats": json.dumps(notes, ensure_ascii=False)})


def caveats_of(table: Any) -> list[str]:
    """The caveats ``panel`` computed for ``table`` (kept in its metadata)."""
    return list(json.loads((table.schema.metadata or {}).get(b"romestatute.caveats", b"[]")))


def write(table: Any, fmt: str, out: str | Path | None) -> bytes | None:
    """Write the panel to ``out`` in ``fmt`` (or return CSV bytes for stdout)."""
    from romestatute.bulk.export import write_table

    if fmt not in FORMATS:
        raise BadValue(N_("format: %(value)s is not one of %(choices)s"), field="format",
                       params={"value": quoted(fmt), "choices": ", ".join(FORMATS)})
    if fmt != "dta":
        return write_table(table, fmt, out)
    if out is None:
        raise BadValue(N_("out: give --out FILE for %(format)s output"), field="out", params={"format": fmt})
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise BadValue(N_("format: dta (Stata) output needs pandas (pip install 'romestatute[bulk]')"),
                       field="format", params={}) from None
    frame = table.to_pandas()
    for col in ("period_start", "period_end"):
        frame[col] = frame[col].astype("datetime64[s]")
    frame.to_stata(str(out), write_index=False, convert_dates={"period_start": "td", "period_end": "td"},
                   variable_labels={"status_end": "ledger status on the last day",
                                    "party_days": "days as a State Party",
                                    "declaration_12_3_days": "days covered by an Art. 12(3) declaration",
                                    "accepts_days": "days with an Art. 12(2) basis",
                                    "amendments_end": "Art. 121(5) amendments in force at period end",
                                    "withdrawal_pending_end": "Art. 127 withdrawal pending at period end",
                                    "unsc_days": "days within a UNSC referral (Art. 13(b))",
                                    "icc_days": "days the Court could act on conduct there",
                                    "icc_route_end": "route at period end: art12, unsc, both",
                                    "unsc_referral_end": "UNSC referrals in reach at period end"})
    return None
