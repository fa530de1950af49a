"""The compiled law made ready for one annotation run: a day-indexed lookup per state.

For the crimes asked about, each compiled interval (``compile.segments``) becomes
a few bit masks, one bit per crime:

* ``a``: the state supplies an Art. 12(2)(a) basis for the crime (it accepts, and for a
  crime added by amendment it has that amendment in force: Art. 121(5)); an Art. 124
  declaration covering its territory withholds it for war crimes;
* ``an``: the same as the state of nationality (Art. 12(2)(b)): an Art. 12(3) declaration
  made for the state's territory alone supplies ``a`` but not ``an``; one whose scope is not
  known (Armenia's) supplies ``an`` on a reading, and its label says so
  (``12(2)(b):ARM(declaration_12_3_scope_unknown)``, the engine's ``via``): a row whose every
  basis is such a label rests on that reading alone (``lowered``, the engine's lowered confidence);
  any Art. 124 declaration withholds ``an`` for war crimes;
* ``wn``: the war crimes an Art. 124 declaration withholds for the state's nationals,
  which also takes away its territorial basis when the accused is its own national;
* ``b``: as the territorial state it bars the crime (a State Party without the
  amendment, Art. 121(5) second sentence);
* ``c``: as the state of nationality it bars the crime (the same);
* ``g_t``/``g_n``: the aggression conditions of Art. 15 bis(5) for the victim and for
  the aggressor (who must also not have opted out under Art. 15 bis(4)).

For an event, the crimes within jurisdiction on the Art. 12 route are
``(((a_T & ~(wn_N if T is N)) | an_N) & ~b_T & ~c_N)`` plus aggression when
``g_t(T) and g_n(N)``: Art. 124 withholds only the declarant's own acceptance
(``law.war_crimes_opt_out``), so another state's basis stands.  With the
Council route (``route="any"``, the default) two more masks come from the compiled
``unsc_*`` columns:

* ``u_t``: the crimes a Council referral on record reaches on the territorial state's
  segment (0 when no referral covers it), less what that state bars on that route;
* ``u_n``: the crimes the state of nationality does not bar on that route;

and the crimes within jurisdiction are the Art. 12 ones ``| (u_t(T) & u_n(N))``.  The
outcome is ``yes`` when all are, ``partial`` when some are, ``no`` otherwise: exactly
``queries.jurisdiction`` asked about that single day with no trigger (Art. 12) and with
each referral on record (``trigger=unsc_referral``), crime by crime the union.  Days are
offsets from the day before the first on which anything changes to the last (dates
outside are clamped: nothing changes there); ``Plan.rows_at`` gives the row of the
compiled interval that holds for each state on given days.  ``bulk.lookup`` applies it, vectorised,
to the chunks DuckDB streams through (a projection, so rows keep their order, which a
join would not guarantee).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from romestatute.model.errors import N_, BadValue, quoted

if TYPE_CHECKING:
    from romestatute.bulk.compile import Segment

# The compiler (``bulk.compile``), the law and the ledger are imported by ``build``: a run whose plan is kept
# (``kept``) does not load them.

#: Without --crime: the preconditions alone (Art. 12, or a referral's scope), which is what a genocide question asks.
DEFAULT_CRIMES = ("genocide",)
#: Routes an annotation may take: every route on record (Art. 12 and Council referrals), or Art. 12 alone.
ROUTES = ("any", "art12")


@dataclass(frozen=True)
class Plan:
    crimes: tuple[str, ...]
    as_of: dt.date
    route: str  # "any" or "art12"
    asked: bool  # crimes were named (not the default)
    first: dt.date  # offset 0 (every earlier date is clamped to it)
    days: int  # offsets 0 .. days-1
    state_ids: dict[str, int]
    all_bits: int
    agg_bit: int
    rows: list[dict[str, Any]]  # one per segment: sid, lo, hi (offsets, half-open) and the lookups
    checked_on: dt.date | None = None  # the data's check date (a run past it says so)

    def rows_at(self, starts: Any) -> Any:
        """``[state_id, k]``: the row that holds for that state on day offset ``starts[k]`` (a sorted numpy
        array; a later row wins where two overlap, which the compiler never gives)."""
        import numpy as np

        out = np.full((len(self.state_ids), len(starts)), -1, dtype=np.int32)
        for j, row in enumerate(self.rows):
            a, b = np.searchsorted(starts, [row["lo"], row["hi"]])
            out[row["sid"], a:b] = j
        return out

    @property
    def last(self) -> dt.date:
        return self.first + dt.timedelta(days=self.days - 1)


def default_as_of() -> dt.date:
    """The as-of date bulk runs use unless told: today, as ``rome jurisdiction`` and ``rome status`` (a run records the
    day it used; give it as ``as_of`` to run it again).  Past the data's ``checked_on`` the summaries say so
    (``engine.horizon_caveats``)."""
    return dt.date.today()


#: The ``via`` of an Art. 12(3) declaration whose scope is not known (``law.VIA_SCOPE_UNKNOWN``, said here so
#: that a run whose plan is kept does not import the law).
VIA_SCOPE_UNKNOWN = "declaration_12_3_scope_unknown"


def lowered(basis: str | None) -> bool:
    """The row's answer rests on reading an Art. 12(3) declaration of unknown scope as reaching the declarant's
    nationals abroad, and on nothing else: every basis it lists is such a declaration (the scalar engine lowers a
    finding's confidence when a window's bases are all such; a row is one day, its routes' bases taken together)."""
    parts = basis.split(";") if basis else []
    return bool(parts) and all(p.startswith("12(2)(b):") and p.endswith(f"({VIA_SCOPE_UNKNOWN})") for p in parts)


def _outcome(held: int, all_bits: int) -> str:
    return "yes" if held == all_bits else "partial" if held else "no"


def route_word(art12: int, council: int) -> str | None:
    """``icc_route``: which routes give jurisdiction over some crime asked (None: neither)."""
    return "both" if art12 and council else "art12" if art12 else "unsc" if council else None


def council_label(held: int, agg_bit: int, label: str, label_agg: str) -> str | None:
    """The Council bases for the crimes ``held`` on that route: 13(b) for Art. 5 crimes, 15 ter for aggression."""
    parts = [label if held & ~agg_bit else "", label_agg if held & agg_bit else ""]
    return ";".join(p for p in parts if p) or None


def join_bases(*parts: str | None) -> str | None:
    return ";".join(p for p in parts if p) or None


def _masks(seg: Segment, crimes: tuple[str, ...], amendments: dict[str, str | None]) -> dict[str, Any]:
    a = an = b = c = wn = 0
    for i, crime in enumerate(crimes):
        if crime == "aggression":
            continue
        bit = 1 << i
        amendment = amendments[crime]
        has = amendment is None or amendment in seg.amendments
        war = crime.startswith("war_crimes")
        # Art. 124: the declaration withholds this state's own acceptance (law.war_crimes_opt_out)
        if seg.accepts and has and not (war and seg.wc_excluded_territory):
            a |= bit
        if seg.accepts_nationals and has and not (war and seg.wc_excluded_nationals):
            an |= bit
        if war and seg.wc_excluded_nationals:
            wn |= bit
        if amendment is not None and seg.status == "party" and not has:
            b |= bit
            c |= bit
    return {"a": a, "an": an, "b": b, "c": c, "wn": wn, "g_t": seg.aggression_bound,
            "g_n": seg.aggression_bound and not seg.aggression_opt_out}


def _bits(crimes: tuple[str, ...], named: tuple[str, ...]) -> int:
    return sum(1 << i for i, c in enumerate(crimes) if c in named)


def build(crimes: tuple[str, ...] | list[str] | None = None, as_of: dt.date | None = None,
          route: str = "any") -> Plan:
    """The lookup rows for ``crimes`` (checked against the crimes the data know) as of ``as_of``."""
    if route not in ROUTES:
        raise BadValue(N_("route: %(value)s is not one of %(choices)s"), field="route",
                       params={"value": quoted(route), "choices": ", ".join(ROUTES)})
    from romestatute.bulk.compile import FIRST_DAY, OPEN_END, amendment_of, segments
    from romestatute.queries.conduct import _crimes

    wanted = _crimes([c for c in (crimes or ()) if c]) if crimes else DEFAULT_CRIMES
    if not wanted:
        raise BadValue(N_("crimes: name at least one crime"), field="crimes", params={})
    as_of = as_of or default_as_of()
    segs = segments(as_of, crimes=wanted)
    council = route == "any"
    cuts = sorted({s.valid_from for s in segs if s.valid_from != FIRST_DAY}
                  | {s.valid_to for s in segs if s.valid_to != OPEN_END})
    first = cuts[0] - dt.timedelta(days=1)
    days = (cuts[-1] - first).days + 1
    names = sorted({s.state for s in segs})
    state_ids = {iso3: i for i, iso3 in enumerate(names)}
    amendments = {crime: amendment_of(crime) for crime in wanted}
    all_bits = (1 << len(wanted)) - 1
    agg_bit = 1 << wanted.index("aggression") if "aggression" in wanted else 0
    rows = []
    for seg in segs:
        lo = max((seg.valid_from - first).days, 0)
        hi = min((seg.valid_to - first).days, days)
        if hi <= lo:
            continue
        m = _masks(seg, wanted, amendments)
        t_held = m["a"] & ~m["b"]  # territory alone: no aggressor, so never aggression
        n_held = m["an"] & ~m["c"]  # nationality alone: no victim state, so never aggression
        label_t = f"12(2)(a):{seg.state}({seg.basis})" if seg.accepts else None
        label_n = f"12(2)(b):{seg.state}({seg.basis_nationals})" if seg.accepts_nationals else None
        u_t = all_bits & ~_bits(wanted, seg.unsc_barred_territory) if council and seg.unsc_referral else 0
        u_n = all_bits & ~_bits(wanted, seg.unsc_barred_nationals) if council else 0
        label_u = ";".join(f"13(b):{r}" for r in seg.unsc_referral)
        label_u_agg = ";".join(f"15 ter:{r}" for r in seg.unsc_referral)
        rows.append({
            "sid": state_ids[seg.state], "lo": lo, "hi": hi, "iso3": seg.state, "status": seg.status, **m,
            "u_t": u_t, "u_n": u_n, "label_u": label_u, "label_u_agg": label_u_agg,
            "label_t": label_t, "label_n": label_n, "label_g": f"15 bis:{seg.state}(party)",
            "out_t": _outcome(t_held | u_t, all_bits),
            "basis_t": join_bases(label_t if t_held else None, council_label(u_t, agg_bit, label_u, label_u_agg)),
            "route_t": route_word(t_held, u_t),
            "out_n": _outcome(n_held, all_bits), "basis_n": label_n if n_held else None,
            "route_n": route_word(n_held, 0),
        })
    reach = dict.fromkeys(range(len(state_ids)), 0)  # every state has a row for every day: a gap is a compiler bug
    for row in sorted(rows, key=lambda r: (r["sid"], r["lo"])):
        if row["lo"] > reach[row["sid"]]:
            raise AssertionError("compiled intervals leave a gap")
        reach[row["sid"]] = max(reach[row["sid"]], row["hi"])
    if min(reach.values(), default=days) < days:
        raise AssertionError("compiled intervals leave a gap")
    from romestatute.facts.load import facts

    return Plan(tuple(wanted), as_of, route, bool(crimes), first, days, state_ids, all_bits, agg_bit, rows,
                facts().checked_on)


def kept(crimes: tuple[str, ...] | list[str] | None = None, as_of: dt.date | None = None,
         route: str = "any") -> tuple[Plan, list[str]]:
    """``build``'s plan, and the symbols of the Council referrals it applies (``compile.referrals``; none for
    ``route="art12"``), kept in the user's cache folder (``romestatute.usercache``) for the next run.

    Compiling the law takes a tenth of a second of a one-second ``rome annotate`` (loading the ledger, checking
    it, cutting every state's history into intervals).  The plan depends on nothing but the question, the data
    folder and romestatute's code, so it is kept under a name drawn from all three: the question as asked (an
    unnamed ``as_of`` is today, ``default_as_of``), every byte of every file of the data folder in use, and
    the size and time of every module of the package; any change there and the plan is compiled again.  A
    question ``build`` refuses (an unknown crime or route) is refused every time, and nothing is kept.
    """
    from romestatute import usercache
    from romestatute.facts.load import data_dir

    as_of = as_of or default_as_of()  # named in the key: a plan kept yesterday is not today's
    question = json.dumps([list(crimes) if crimes else None, as_of.isoformat(), route])
    file = usercache.path("plan", question, usercache.folder_bytes(data_dir()),
                          usercache.tree(Path(__file__).resolve().parent.parent, ".py"))
    return usercache.kept(file, lambda: _drawn(crimes, as_of, route), _read, keep=usercache.round_trips)


def _drawn(crimes: tuple[str, ...] | list[str] | None, as_of: dt.date | None, route: str) -> dict[str, Any]:
    from romestatute.bulk.compile import referrals

    plan = build(crimes, as_of, route)
    symbols = [r.symbol for r in referrals(plan.as_of)] if plan.route == "any" else []
    return {"crimes": list(plan.crimes), "as_of": plan.as_of.isoformat(), "route": plan.route, "asked": plan.asked,
            "first": plan.first.isoformat(), "days": plan.days, "state_ids": plan.state_ids,
            "all_bits": plan.all_bits, "agg_bit": plan.agg_bit, "rows": plan.rows, "referrals": symbols,
            "checked_on": plan.checked_on.isoformat() if plan.checked_on else None}


def _read(table: dict[str, Any]) -> tuple[Plan, list[str]]:
    """The plan as kept in JSON -> the plan in use; KeyError, TypeError or ValueError on a table of another shape."""
    plan = Plan(tuple(table["crimes"]), dt.date.fromisoformat(table["as_of"]), str(table["route"]),
                bool(table["asked"]), dt.date.fromisoformat(table["first"]), int(table["days"]),
                {str(k): int(v) for k, v in table["state_ids"].items()}, int(table["all_bits"]),
                int(table["agg_bit"]), [dict(r) for r in table["rows"]],
                dt.date.fromisoformat(table["checked_on"]) if table["checked_on"] else None)
    if any(not {"sid", "lo", "hi"} <= row.keys() for row in plan.rows):
        raise KeyError("rows")
    return plan, [str(s) for s in table["referrals"]]
