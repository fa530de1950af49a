"""The compiled plan applied to columns of events, vectorised with numpy over Arrow arrays.

``annotate`` streams record batches out of one DuckDB query, adds these columns and
streams them into a DuckDB COPY: no row is dropped, duplicated or moved.

``columns`` finds, per event, the compiled interval row of the territorial state and of
the state of nationality (or "missing"/"unmatched") and turns them into
dictionary-encoded string columns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

try:  # the kernels by name: importing pyarrow.compute wraps its ~290 functions first (0.03-0.05 s a run need not spend)
    from pyarrow._compute import CastOptions, SetLookupOptions, call_function
except ImportError:  # pragma: no cover - a pyarrow that moved them
    from pyarrow.compute import CastOptions, SetLookupOptions, call_function

from romestatute.bulk import countries
from romestatute.bulk.plan import Plan, lowered

MISSING, UNMATCHED = -1, -2
OUTCOMES = ("yes", "no", "partial", "unknown")
ROUTE_WORDS = ("art12", "unsc", "both")
_EPOCH = dt.date(1970, 1, 1)
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


@dataclass
class _Seen:
    """The distinct values of a country column met so far, their table rows and row counts."""

    values: pa.Array | None  # None until the first batch gives the column's type
    words: list[Any]  # the same values, in Python
    rows: np.ndarray  # [0]: no value (MISSING); then one per value
    counts: np.ndarray  # rows of each value (kept while some value is unmatched)
    numeric: str
    counting: bool = False
    codes: pa.Array | None = None  # the last batch's values as positions in ``values`` (null: no value)


class Lookup:
    """Per-segment arrays of a plan and the mapping of one or two country columns."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        rows = plan.rows
        self.n = len(rows)
        self.width = self.n + 2  # segment index shifted by 2 (MISSING, UNMATCHED)
        self.a = np.array([r["a"] for r in rows] + [0, 0], dtype=np.int64)
        self.an = np.array([r["an"] for r in rows] + [0, 0], dtype=np.int64)  # as the state of nationality
        self.b = np.array([r["b"] for r in rows] + [0, 0], dtype=np.int64)
        self.c = np.array([r["c"] for r in rows] + [0, 0], dtype=np.int64)
        self.wn = np.array([r["wn"] for r in rows] + [0, 0], dtype=np.int64)  # Art. 124: withheld for its nationals
        self.sid = np.array([r["sid"] for r in rows] + [-1, -2], dtype=np.int64)
        self.g_t = np.array([r["g_t"] for r in rows] + [False, False])
        self.g_n = np.array([r["g_n"] for r in rows] + [False, False])
        self.u_t = np.array([r["u_t"] for r in rows] + [0, 0], dtype=np.int64)
        self.u_n = np.array([r["u_n"] for r in rows] + [0, 0], dtype=np.int64)
        self.labels_u = [r["label_u"] for r in rows]
        self.labels_u_agg = [r["label_u_agg"] for r in rows]
        route = {w: i for i, w in enumerate(ROUTE_WORDS)}
        self.route_t = np.array([route.get(r["route_t"], -1) for r in rows], dtype=np.int32)
        self.route_n = np.array([route.get(r["route_n"], -1) for r in rows], dtype=np.int32)
        self.labels_t = [r["label_t"] for r in rows]
        self.labels_n = [r["label_n"] for r in rows]
        self.labels_g = [r["label_g"] for r in rows]
        code = {o: i for i, o in enumerate(OUTCOMES)}
        self.out_t = np.array([code[r["out_t"]] for r in rows], dtype=np.int8)
        self.out_n = np.array([code[r["out_n"]] for r in rows], dtype=np.int8)
        self.basis_words: list[str] = sorted({x for r in rows for x in (r["basis_t"], r["basis_n"]) if x})
        word = {w: i for i, w in enumerate(self.basis_words)}
        self.basis_t = np.array([word.get(r["basis_t"], -1) for r in rows], dtype=np.int32)
        self.basis_n = np.array([word.get(r["basis_n"], -1) for r in rows], dtype=np.int32)
        self.status_words = sorted({r["status"] for r in rows})
        self.status = np.array([self.status_words.index(r["status"]) for r in rows], dtype=np.int8)
        self.first = (plan.first - _EPOCH).days
        self.lo, self.hi = (EARLIEST - _EPOCH).days, (LATEST - _EPOCH).days
        self.seen: dict[str, _Seen] = {}
        # Per batch: a day table gives each date its column (the epoch, a stretch of days on which no
        # state's segment changes, shifted by ``epochs`` when the date is bad); the country value gives
        # its row (a state, or the UNMATCHED or MISSING row); ``cells[row, column]`` is the segment + 2
        # (UNMATCHED -> 0, MISSING -> 1), + ``width`` for a bad date.  Both tables fit in the CPU cache.
        states, days = len(plan.state_ids), plan.days
        self.unmatched_row, self.missing_row = states, states + 1
        starts = np.array(sorted({r["lo"] for r in rows}), dtype=np.int64)
        self.epochs = len(starts)
        self.day_lo = min(self.lo, self.first) - 1  # a null date is read as this day: bad, clamped to offset 0
        self.day_hi = max(self.hi, self.first + days - 1) + 1
        span = np.arange(self.day_lo, self.day_hi + 1)
        offsets = np.clip(span - self.first, 0, days - 1)  # dates are clamped into the compiled range
        bad = (span < self.lo) | (span > self.hi)
        self.day_column = ((np.searchsorted(starts, offsets, side="right") - 1) + bad * self.epochs).astype(np.int32)
        cells = plan.rows_at(starts) + 2
        cells = np.vstack([cells, np.full((2, self.epochs), [[UNMATCHED + 2], [MISSING + 2]])])
        small = np.int16 if 2 * self.width < np.iinfo(np.int16).max else np.int32
        self.cells = np.hstack([cells, cells + self.width]).astype(small).ravel()
        # territory only, indexed by the cell: outcome, basis, route and status words (-1: none); a bad date
        # (the second half) is unknown with no status
        unknown, no_row, none = OUTCOMES.index("unknown"), np.array([-1, -1]), np.full(self.width, -1)
        self.fast_out = np.concatenate([[unknown, unknown], self.out_t, np.full(self.width, unknown)]).astype(np.int32)
        self.fast_basis = _nullable(np.concatenate([no_row, self.basis_t, none]))
        self.fast_route_word = np.concatenate([no_row, self.route_t, none])  # the route counts, by cell
        self.fast_route = _nullable(self.fast_route_word)
        self.fast_status = _nullable(np.concatenate([no_row, self.status, none]))
        self.cell_counts = np.zeros(2 * self.width, dtype=np.int64)  # rows per cell (territory only)
        self.counts = {"missing_territory": 0, "missing_date": 0, "bad_date": 0}
        self.route_counts = np.zeros(len(ROUTE_WORDS) + 1, dtype=np.int64)  # [0]: no route
        self.outcome_counts = np.zeros(len(OUTCOMES), dtype=np.int64)  # rows per outcome (with a nationality)
        # rows whose answer rests on a declaration of unknown scope alone (``plan.lowered``): only a nationality
        # basis can, so only rows with a nationality are counted, per basis word (each word judged once)
        self.lowered_rows = 0
        self._pair_texts: dict[int, str] = {}  # basis text per territory-nationality pair (``_mixed``)
        self._lowered: dict[str, bool] = {}
        self._lowered_seen: set[str] = set()

    def lowered_states(self) -> list[str]:
        """The declarants of the unknown-scope declarations the lowered rows rest on (``12(2)(b):ARM(...)`` -> ARM)."""
        return sorted({p.split(":", 1)[1].split("(", 1)[0] for w in self._lowered_seen for p in w.split(";")})

    def track(self, role: str, numeric: str) -> None:
        """Map the values of a country column as the batches bring them: each distinct value once."""
        countries.map_values([], numeric)  # a bad scheme fails here, before any row is read
        if numeric == "cow":
            countries.cow_codes()  # and so does a missing code list
        self.seen[role] = _Seen(None, [], np.array([self.missing_row], dtype=np.int32), np.zeros(0, dtype=np.int64),
                                numeric)

    def routes(self) -> dict[str, int]:
        """Rows per ``icc_route`` value so far (``none``: no route gives jurisdiction)."""
        counts = self.route_counts + np.bincount(self.fast_route_word + 1, weights=self.cell_counts,
                                                 minlength=len(ROUTE_WORDS) + 1).astype(np.int64)
        return {w: int(n) for w, n in zip(("none", *ROUTE_WORDS), counts, strict=True) if n}

    def outcomes(self) -> dict[str, int]:
        """Rows per ``icc_jurisdiction`` value so far (territory only: from the rows per cell, no count of its own)."""
        counts = self.outcome_counts + np.bincount(self.fast_out, weights=self.cell_counts,
                                                   minlength=len(OUTCOMES)).astype(np.int64)
        return {w: int(n) for w, n in zip(OUTCOMES, counts, strict=True)}

    def encoded(self, role: str) -> pa.Array:
        """The last batch's country column, dictionary-encoded: the values met so far and each row's position."""
        seen = self.seen[role]
        if seen.codes is None or seen.values is None:
            raise ValueError(f"no batch of {role} looked up yet")
        return pa.DictionaryArray.from_arrays(seen.codes, seen.values, safe=False)  # index_in's positions

    def values(self, role: str) -> list[Any]:
        """The distinct values of a country column met so far."""
        seen = self.seen.get(role)
        return [] if seen is None else list(seen.words)

    def unmatched(self, role: str) -> list[tuple[str, int]]:
        """The values that matched no state, with their row counts, the most frequent first."""
        seen = self.seen.get(role)
        if seen is None:
            return []
        out = [(str(v), int(n)) for v, row, n in zip(seen.words, seen.rows[1:], seen.counts, strict=True)
               if row == self.unmatched_row]
        return sorted(out, key=lambda x: -x[1])

    def _learn(self, seen: _Seen, fresh: pa.Array) -> None:
        words = fresh.to_pylist()
        mapping = countries.map_values(words, seen.numeric)
        ids = self.plan.state_ids
        rows = [self.missing_row if countries.is_blank(v) else self.unmatched_row if iso3 is None or iso3 not in ids
                else ids[iso3] for v in words for iso3 in [mapping[v]]]
        seen.values = fresh if seen.values is None else pa.concat_arrays([seen.values, fresh])
        seen.words += words
        seen.rows = np.concatenate([seen.rows, np.array(rows, dtype=np.int32)])
        seen.counts = np.concatenate([seen.counts, np.zeros(len(words), dtype=np.int64)])
        seen.counting = bool((seen.rows == self.unmatched_row).any())

    def _index(self, seen: _Seen, column: pa.Array) -> pa.Array:
        """Each value's position among the values seen (null: no value); values not seen before are learnt first."""
        if seen.values is None:
            seen.values = column.slice(0, 0)
        idx = _index_in(column, seen.values)
        if idx.null_count > column.null_count:  # values not seen before (a null stays a missing value)
            new = call_function("and", [call_function("is_null", [idx]), call_function("is_valid", [column])])
            self._learn(seen, call_function("unique", [call_function("filter", [column, new])]))
            idx = _index_in(column, seen.values)
        return idx

    def _positions(self, seen: _Seen, dictionary: pa.Array) -> np.ndarray:
        """Per entry of a batch's dictionary, shifted by one: 0 for a null entry, then its position among the values
        seen + 1 (0: no value)."""
        if seen.values is not None and seen.values.type != dictionary.type:
            raise TypeError(f"a country column of {dictionary.type} after {seen.values.type}")
        entry = np.zeros(len(dictionary) + 1, dtype=np.int32)
        entry[1:] = int32s(call_function("coalesce", [self._index(seen, dictionary), _int32(-1)])) + 1
        return entry

    def _cells(self, role: str, column: pa.Array | None, day_column: np.ndarray) -> np.ndarray:
        """Per event: the segment of the matched state on its (clamped) day + 2, + ``width`` when the date is bad."""
        seen = self.seen.get(role)
        if column is None or seen is None:
            row = np.full(len(day_column), self.missing_row, dtype=np.int32)
        else:
            if pa.types.is_dictionary(column.type):  # read dictionary-encoded: each distinct value looked up once
                entry = self._positions(seen, column.dictionary)
                seen.codes = None
                at = np.take(entry, int32s(call_function("coalesce", [
                    call_function("cast", [column.indices], CastOptions(pa.int32())), _int32(-1)])) + 1)
            else:
                seen.codes = self._index(seen, column)
                at = int32s(call_function("coalesce", [seen.codes, _int32(-1)])) + 1  # 0: no value
            if seen.counting:
                seen.counts += np.bincount(at, minlength=len(seen.rows))[1:]
            row = np.take(seen.rows, at)
        if role == "t":
            self.counts["missing_territory"] += int(np.count_nonzero(row == self.missing_row))
        row *= np.int32(2 * self.epochs)  # a fresh array: the cell's index, in place
        row += day_column
        return np.take(self.cells, row)

    def columns(self, territory: pa.Array, nationality: pa.Array | None, date: pa.Array,
                raw_date: pa.Array | None = None) -> dict[str, pa.Array]:
        """The added columns for a batch of events, as dictionary-encoded arrays.

        ``date`` is the event date as DATE (null when missing or unreadable), or a TIMESTAMP
        column read as it is (its day, in UTC); ``raw_date`` the column as given, to tell a
        missing date from an unreadable one in the counts.
        """
        day_column = np.take(self.day_column, self._day_index(date))  # take: a gather, cheaper than [] indexing
        bad = int(np.count_nonzero(day_column >= self.epochs))
        if bad:
            missing = (raw_date if raw_date is not None else date).null_count
            self.counts["missing_date"] += missing
            self.counts["bad_date"] += bad - missing
        cell_t = self._cells("t", territory, day_column)
        if nationality is None:  # territory only: lookups in small tables indexed by the cell
            cell_t = cell_t.astype(np.intp)  # once: numpy would make this copy for each gather and count below
            self.cell_counts += np.bincount(cell_t, minlength=len(self.cell_counts))
            return {"icc_jurisdiction": _coded(self.fast_out, None, cell_t, list(OUTCOMES)),
                    "icc_basis": _coded(*self.fast_basis, cell_t, list(self.basis_words)),
                    "icc_route": _coded(*self.fast_route, cell_t, list(ROUTE_WORDS)),
                    "icc_territory_status": _coded(*self.fast_status, cell_t, self.status_words)}
        good = day_column < self.epochs
        seg_t = cell_t.astype(np.int64) % self.width - 2
        seg_n = self._cells("n", nationality, day_column).astype(np.int64) % self.width - 2
        unknown = ~good | (seg_t == UNMATCHED) | (seg_n == UNMATCHED) | ((seg_t == MISSING) & (seg_n == MISSING))
        t_only, n_only = (seg_n == MISSING) & ~unknown, (seg_t == MISSING) & ~unknown
        both = ~unknown & ~t_only & ~n_only
        if not both.any() and not n_only.any():  # the common case: territory only
            at = np.maximum(seg_t, 0)
            out = np.where(unknown, OUTCOMES.index("unknown"), self.out_t[at]).astype(np.int8)
            basis = np.where(unknown, -1, self.basis_t[at])
            route = np.where(unknown, -1, self.route_t[at])
            words = list(self.basis_words)
        else:
            out, basis, route, words = self._mixed(seg_t, seg_n, unknown, t_only, n_only, both)
            for i, w in enumerate(words):  # the words are few; a lowered one is counted in one pass
                if self._lowered.setdefault(w, lowered(w)):
                    n = int(np.count_nonzero(basis == i))
                    self.lowered_rows += n
                    if n:
                        self._lowered_seen.add(w)
        self.route_counts += np.bincount(route + 1, minlength=len(ROUTE_WORDS) + 1)
        self.outcome_counts += np.bincount(out, minlength=len(OUTCOMES))
        seg_t, seg_n = np.where(good, seg_t, MISSING), np.where(good, seg_n, MISSING)  # a bad date: no status
        return {"icc_jurisdiction": _dictionary(out, list(OUTCOMES)), "icc_basis": _dictionary(basis, words),
                "icc_route": _dictionary(route, list(ROUTE_WORDS)),
                "icc_territory_status": self._per_state(seg_t, self.status, self.status_words),
                "icc_nationality_status": self._per_state(seg_n, self.status, self.status_words)}

    def _day_index(self, date: pa.Array) -> np.ndarray:
        """Per event, its row of ``day_column``: the day since 1970-01-01 clamped to ``day_lo``..``day_hi``,
        less ``day_lo`` (a null: 0, ``day_lo``, a bad date).  Computed in place on one fresh array."""
        if pa.types.is_timestamp(date.type):  # naive, e.g. pandas' TIMESTAMP[ns]: floor to the day in numpy
            per_day = {"s": 86_400, "ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000}[date.type.unit]
            ticks = np.frombuffer(date.buffers()[1], dtype=np.int64, count=len(date), offset=8 * date.offset)
            days = ticks // per_day
        elif pa.types.is_date32(date.type):  # DATE: days since 1970-01-01 already
            days = np.frombuffer(date.buffers()[1], dtype=np.int32, count=len(date), offset=4 * date.offset)
            days = days.astype(np.int64)
        else:
            days = int32s(call_function("coalesce", [call_function("cast", [date], CastOptions(pa.int32())),
                                                     _int32(self.day_lo)])).astype(np.int64)
        np.clip(days, self.day_lo, self.day_hi, out=days)
        days -= self.day_lo
        if date.null_count:
            days[~_valid(date)] = 0
        return days

    def _mixed(self, seg_t: np.ndarray, seg_n: np.ndarray, unknown: np.ndarray, t_only: np.ndarray,
               n_only: np.ndarray, both: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
        out = np.full(len(seg_t), OUTCOMES.index("unknown"), dtype=np.int8)
        out[t_only] = self.out_t[seg_t[t_only]]
        out[n_only] = self.out_n[seg_n[n_only]]
        basis = np.full(len(seg_t), -1, dtype=np.int32)
        basis[t_only] = self.basis_t[seg_t[t_only]]
        basis[n_only] = self.basis_n[seg_n[n_only]]
        route = np.full(len(seg_t), -1, dtype=np.int32)
        route[t_only] = self.route_t[seg_t[t_only]]
        route[n_only] = self.route_n[seg_n[n_only]]
        words = list(self.basis_words)
        if both.any():
            art12, council = self._held(seg_t[both], seg_n[both])
            held = art12 | council
            out[both] = np.where(held == self.plan.all_bits, 0, np.where(held != 0, 2, 1))
            route[both] = np.where((art12 != 0) & (council != 0), 2, np.where(art12 != 0, 0, np.where(council != 0, 1, -1)))
            # each distinct (territory, nationality) pair's basis text once, kept across batches; the rows take
            # theirs through the inverse of np.unique (one pass, not one mask per pair)
            keys, inverse = np.unique(seg_t[both].astype(np.int64) * self.width + seg_n[both], return_inverse=True)
            known = self._pair_texts
            fresh = np.array([k for k in keys.tolist() if k not in known], dtype=np.int64)
            if len(fresh):  # the pairs no batch has brought yet, in one vectorised pass
                known.update(zip(fresh.tolist(), self.pair_bases(fresh // self.width, fresh % self.width), strict=True))
            where = {w: i for i, w in enumerate(words)}
            index = np.full(len(keys), -1, dtype=np.int32)
            for j, key in enumerate(keys.tolist()):
                text = known[key]
                if text:
                    if text not in where:
                        where[text] = len(words)
                        words.append(text)
                    index[j] = where[text]
            basis[both] = index[inverse.reshape(-1)]
        return out, basis, route, words

    def _held(self, seg_t: np.ndarray, seg_n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The crimes held on the Art. 12 route and on the Council route, as bit masks."""
        p = self.plan
        nonagg = p.all_bits & ~p.agg_bit
        held = (self._basis_t(seg_t, seg_n) | self.an[seg_n]) & ~self.b[seg_t] & ~self.c[seg_n] & nonagg
        return held | np.where(self.g_t[seg_t] & self.g_n[seg_n], p.agg_bit, 0), self.u_t[seg_t] & self.u_n[seg_n]

    def _basis_t(self, seg_t: np.ndarray, seg_n: np.ndarray) -> np.ndarray:
        """The territorial state's basis, less the war crimes its Art. 124 declaration withholds when the accused is
        its own national (``law.war_crimes_opt_out``)."""
        return self.a[seg_t] & ~np.where(self.sid[seg_t] == self.sid[seg_n], self.wn[seg_n], 0)

    def pair_bases(self, t: np.ndarray, n: np.ndarray) -> list[str]:
        """The basis texts for territory rows ``t`` and nationality rows ``n`` (both present), pair by pair: the
        territory's Art. 12 basis, the nationality's, aggression's, then the Council's (13(b), 15 ter)."""
        p = self.plan
        art12, council = self._held(t, n)
        nonagg = p.all_bits & ~p.agg_bit
        flags = zip(t.tolist(), n.tolist(), ((self._basis_t(t, n) & art12 & nonagg) != 0).tolist(),
                    ((self.an[n] & art12 & nonagg) != 0).tolist(), ((art12 & p.agg_bit) != 0).tolist(),
                    ((council & ~p.agg_bit) != 0).tolist(), ((council & p.agg_bit) != 0).tolist(), strict=True)
        lt, ln, lg, lu, lua = self.labels_t, self.labels_n, self.labels_g, self.labels_u, self.labels_u_agg
        return [";".join(x for x in (lt[ti] if by_t else "", ln[ni] if by_n else "", lg[ni] if agg else "",
                                     lu[ti] if unsc else "", lua[ti] if unsc_agg else "") if x)
                for ti, ni, by_t, by_n, agg, unsc, unsc_agg in flags]

    @staticmethod
    def _per_state(seg: np.ndarray, table: np.ndarray, words: list[str]) -> pa.Array:
        return _dictionary(np.where(seg < 0, -1, table[np.maximum(seg, 0)]), words)


def _nullable(table: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """A word table with -1 for none, as (codes with 0 for none, validity or None when every entry has a word)."""
    valid = table >= 0
    return np.maximum(table, 0).astype(np.int32), None if valid.all() else valid


def _coded(codes: np.ndarray, valid: np.ndarray | None, cell: np.ndarray, words: list[str]) -> pa.Array:
    """A dictionary-encoded string array of ``words[codes[cell]]``, null where ``valid[cell]`` is False."""
    indices = np.take(codes, cell)
    validity, nulls = None, 0
    if valid is not None:
        present = np.take(valid, cell)
        nulls = len(cell) - int(np.count_nonzero(present))
        if nulls:
            validity = pa.py_buffer(np.packbits(present, bitorder="little"))
    array = pa.Array.from_buffers(pa.int32(), len(indices), [validity, pa.py_buffer(indices)], null_count=nulls)
    return pa.DictionaryArray.from_arrays(array, _strings(words or [""]), safe=False)  # codes index ``words``


def _dictionary(indices: np.ndarray, words: list[str]) -> pa.Array:
    """A dictionary-encoded string array; index -1 is null."""
    mask = indices < 0
    nulls = int(np.count_nonzero(mask))
    validity = None
    if nulls:
        validity = pa.py_buffer(np.packbits(~mask, bitorder="little"))
        indices = np.maximum(indices, 0)
    indices = indices.astype(np.int32, copy=False)
    codes = pa.Array.from_buffers(pa.int32(), len(indices), [validity, pa.py_buffer(indices)], null_count=nulls)
    return pa.DictionaryArray.from_arrays(codes, _strings(words or [""]), safe=False)  # indices index ``words``


# Arrays, scalars and numpy views made from buffers: pa.array(), pa.scalar() and Array.to_numpy()
# import pandas when it is installed (to look for pandas objects), 0.25 s rome annotate need not spend.

def int32s(array: pa.Array) -> np.ndarray:
    """An int32 Arrow array without nulls as a numpy view."""
    if array.type != pa.int32() or array.null_count:
        raise TypeError(f"expected int32 without nulls, got {array.type} with {array.null_count} nulls")
    return np.frombuffer(array.buffers()[1], dtype=np.int32, count=len(array), offset=4 * array.offset)


def _valid(array: pa.Array) -> np.ndarray:
    """The validity bitmap of an Arrow array with nulls, as a numpy bool array."""
    bits = np.frombuffer(array.buffers()[0], dtype=np.uint8)
    return np.unpackbits(bits, bitorder="little", count=array.offset + len(array))[array.offset:].astype(bool)


def _strings(words: list[str]) -> pa.Array:
    data = [w.encode("utf-8") for w in words]
    offsets = np.zeros(len(data) + 1, dtype=np.int32)
    np.cumsum([len(b) for b in data], out=offsets[1:])
    return pa.Array.from_buffers(pa.string(), len(data), [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(data))])


def _index_in(column: pa.Array, values: pa.Array) -> pa.Array:
    """Each value's position in ``values`` (null where absent, and for a null)."""
    return call_function("index_in", [column], SetLookupOptions(values))


def _int32(value: int) -> pa.Scalar:
    return pa.Array.from_buffers(pa.int32(), 1, [None, pa.py_buffer(np.array([value], dtype=np.int32))])[0]
