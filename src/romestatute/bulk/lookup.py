"""The compiled plan applied to columns of events, vectorised with numpy over Arrow arrays.

``annotate`` streams record batches out of one DuckDB query, adds these columns and
streams them into a DuckDB COPY: no row is dropped, duplicated or moved.

``columns`` finds, per event, the compiled interval row of the territorial state and of
the state of nationality (or "missing"/"unmatched") and turns them into
dictionary-encoded string columns.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from romestatute.bulk.plan import Plan

MISSING, UNMATCHED = -1, -2
OUTCOMES = ("yes", "no", "partial", "unknown")
_EPOCH = dt.date(1970, 1, 1)
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


class Lookup:
    """Per-segment arrays of a plan and the mapping of one or two country columns."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        rows = plan.rows
        self.n = len(rows)
        self.width = self.n + 2  # segment index shifted by 2 (MISSING, UNMATCHED)
        self.a = np.array([r["a"] for r in rows] + [0, 0], dtype=np.int64)
        self.b = np.array([r["b"] for r in rows] + [0, 0], dtype=np.int64)
        self.c = np.array([r["c"] for r in rows] + [0, 0], dtype=np.int64)
        self.g_t = np.array([r["g_t"] for r in rows] + [False, False])
        self.g_n = np.array([r["g_n"] for r in rows] + [False, False])
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
        self.values: dict[str, tuple[pa.Array, np.ndarray]] = {}
        self.rows_seen = 0

    def set_values(self, role: str, values: pa.Array, sids: list[int | None], blank: list[bool]) -> None:
        """The distinct values of a country column and their state ids (None: unmatched)."""
        codes = np.array([MISSING if bl else UNMATCHED if s is None else s for s, bl in zip(sids, blank, strict=True)],
                         dtype=np.int32)
        self.values[role] = (values, codes)

    def _segments(self, role: str, column: pa.Array | None, offset: np.ndarray) -> np.ndarray:
        if column is None or role not in self.values:
            return np.full(len(offset), MISSING, dtype=np.int64)
        values, codes = self.values[role]
        if len(values) == 0:
            return np.full(len(offset), MISSING, dtype=np.int64)
        idx = pc.index_in(column, value_set=values).fill_null(-1).to_numpy(zero_copy_only=False)
        sid = np.where(idx >= 0, codes[np.maximum(idx, 0)], MISSING).astype(np.int64)
        known = sid >= 0
        seg = np.where(known, self.plan.segment_of[np.where(known, sid, 0) * self.plan.days + offset], sid)
        return seg.astype(np.int64)

    def columns(self, territory: pa.Array, nationality: pa.Array | None, date: pa.Array) -> dict[str, pa.Array]:
        """The added columns for a batch of events, as dictionary-encoded arrays."""
        days = pc.cast(date, pa.int32()).fill_null(np.iinfo(np.int32).min).to_numpy(zero_copy_only=False)
        good = (days >= self.lo) & (days <= self.hi)
        offset = np.clip(days.astype(np.int64) - self.first, 0, self.plan.days - 1)
        seg_t = self._segments("t", territory, offset)
        seg_n = self._segments("n", nationality, offset)
        unknown = ~good | (seg_t == UNMATCHED) | (seg_n == UNMATCHED) | ((seg_t == MISSING) & (seg_n == MISSING))
        t_only, n_only = (seg_n == MISSING) & ~unknown, (seg_t == MISSING) & ~unknown
        both = ~unknown & ~t_only & ~n_only
        if not both.any() and not n_only.any():  # the common case: territory only
            out = np.where(unknown, OUTCOMES.index("unknown"), self.out_t[np.maximum(seg_t, 0)]).astype(np.int8)
            basis = np.where(unknown, -1, self.basis_t[np.maximum(seg_t, 0)])
            words = list(self.basis_words)
        else:
            out, basis, words = self._mixed(seg_t, seg_n, unknown, t_only, n_only, both)
        cols = {"icc_jurisdiction": _dictionary(out, list(OUTCOMES)), "icc_basis": _dictionary(basis, words),
                "icc_territory_status": self._per_state(seg_t, self.status, self.status_words)}
        if nationality is not None:
            cols["icc_nationality_status"] = self._per_state(seg_n, self.status, self.status_words)
        return cols

    def _mixed(self, seg_t: np.ndarray, seg_n: np.ndarray, unknown: np.ndarray, t_only: np.ndarray,
               n_only: np.ndarray, both: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str]]:
        out = np.full(len(seg_t), OUTCOMES.index("unknown"), dtype=np.int8)
        out[t_only] = self.out_t[seg_t[t_only]]
        out[n_only] = self.out_n[seg_n[n_only]]
        basis = np.full(len(seg_t), -1, dtype=np.int32)
        basis[t_only] = self.basis_t[seg_t[t_only]]
        basis[n_only] = self.basis_n[seg_n[n_only]]
        words = list(self.basis_words)
        if both.any():
            held = self._held(seg_t[both], seg_n[both])
            out[both] = np.where(held == self.plan.all_bits, 0, np.where(held != 0, 2, 1))
            pair = seg_t * self.width + seg_n
            where = {w: i for i, w in enumerate(words)}
            for key in np.unique(pair[both]):
                text = self.pair_basis(int(key // self.width), int(key % self.width))
                if text:
                    if text not in where:
                        where[text] = len(words)
                        words.append(text)
                    basis[both & (pair == key)] = where[text]
        return out, basis, words

    def _held(self, seg_t: np.ndarray, seg_n: np.ndarray) -> np.ndarray:
        p = self.plan
        nonagg = p.all_bits & ~p.agg_bit
        held = (self.a[seg_t] | self.a[seg_n]) & ~self.b[seg_t] & ~self.c[seg_n] & nonagg
        return held | np.where(self.g_t[seg_t] & self.g_n[seg_n], p.agg_bit, 0)

    def pair_basis(self, t: int, n: int) -> str:
        """The basis text for territory row ``t`` and nationality row ``n`` (both present)."""
        p = self.plan
        held = int(self._held(np.array([t]), np.array([n]))[0])
        nonagg = p.all_bits & ~p.agg_bit
        parts = []
        if self.a[t] & held & nonagg:
            parts.append(self.labels_t[t])
        if self.a[n] & held & nonagg:
            parts.append(self.labels_n[n])
        if held & p.agg_bit:
            parts.append(self.labels_g[n])
        return ";".join(x for x in parts if x)

    @staticmethod
    def _per_state(seg: np.ndarray, table: np.ndarray, words: list[str]) -> pa.Array:
        return _dictionary(np.where(seg < 0, -1, table[np.maximum(seg, 0)]), words)


def _dictionary(indices: np.ndarray, words: list[str]) -> pa.Array:
    """A dictionary-encoded string array; index -1 is null."""
    mask = indices < 0
    return pa.DictionaryArray.from_arrays(pa.array(np.where(mask, 0, indices).astype(np.int32), mask=mask),
                                          pa.array(words or [""], type=pa.string()))
