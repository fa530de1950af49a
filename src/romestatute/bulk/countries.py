"""Country values as datasets hold them (ISO3, ISO2, names, numeric codes) mapped to ISO3.

Each distinct value of a column is mapped once, in Python; the mapping is then
joined with the events in DuckDB.  Names and ISO codes go through the same
resolver as every other face (``engine.resolve_state``).  Numeric values are
Gleditsch-Ward codes by default (the convention of UCDP's ``country_id``) or
Correlates of War codes when asked:

* Gleditsch-Ward codes come from country_converter's data file (``GWcode``), plus
  three codes that GW and UCDP keep for the successor state where that file
  lists another one: 345 (Yugoslavia, kept by UCDP for Serbia), 678 (Yemen Arab
  Republic, the unified Yemen from 1990) and 816 (Vietnam, Democratic Republic of).
* Correlates of War codes come from the ``countrycode`` package's code list
  (columns ``cown`` and ``iso3c``) when it is installed, plus 345 (COW's
  Yugoslavia/Serbia, which that list leaves without an ISO3 code).

A value that matches no state the ledger knows (or several) maps to None: its
rows are kept and annotated ``unknown``.
"""

from __future__ import annotations

import importlib.util
import math
import pickle
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from romestatute import engine
from romestatute.i18n import N_
from romestatute.model.errors import BadValue, quoted
from romestatute.names import coco_table

NUMERIC_SCHEMES = ("gw", "cow")

#: Codes whose successor state the code lists above leave out (see the module docstring).
GW_SUCCESSORS = {345: "SRB", 678: "YEM", 816: "VNM"}
COW_SUCCESSORS = {345: "SRB"}


@lru_cache(maxsize=1)
def gw_codes() -> dict[int, str]:
    known = engine.names().states
    out = {int(e.gw): e.iso3 for e in coco_table() if e.gw.isdigit() and e.iso3 in known}
    out.update({k: v for k, v in GW_SUCCESSORS.items() if v in known})
    return out


@lru_cache(maxsize=1)
def cow_codes() -> dict[int, str]:
    spec = importlib.util.find_spec("countrycode")
    if spec is None or not spec.submodule_search_locations:
        raise BadValue(N_("numeric: Correlates of War codes need the 'countrycode' package "
                          "(pip install countrycode); Gleditsch-Ward codes work without it"), field="numeric", params={})
    # read the package's code list directly: importing the module would import pandas and polars
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "codelist.pickle"
    with path.open("rb") as f:
        table = pickle.load(f)  # noqa: S301 - the data file shipped inside the installed package
    if not isinstance(table, dict):
        table = table.to_dict(as_series=False)
    known = engine.names().states
    out = {int(c): iso3 for c, iso3 in zip(table["cown"], table["iso3c"], strict=True)
           if c is not None and iso3 in known}
    out.update({k: v for k, v in COW_SUCCESSORS.items() if v in known})
    return out


def _number(value: Any) -> int | None:
    """The integer a numeric-looking value holds ('700', 700, 700.0), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


#: Codes a dataset uses for more than the state the code names, where the Court's answer differs:
#: code -> (the other territory's ISO3, the caveat). UCDP (GW 666) and COW (666) code events in Gaza and
#: the West Bank under Israel, while for the Court they are on the territory of Palestine (a party since
#: 2015, with a 12(3) declaration from 13 June 2014).
SHARED_CODES = {
    666: ("PSE", N_("code 666 (Israel) is also how UCDP and COW place events in Gaza and the West Bank, which for "
                    "the Court are Palestine's territory (PSE): give those rows PSE first, e.g. from adm_1 "
                    "(docs/bulk.md)")),
}


def shared_code_caveats(values: Iterable[Any], numeric: str = "gw") -> list[str]:
    """A caveat for each numeric value whose code stands for more than its state (``SHARED_CODES``),
    unless the column also names the other territory (the rows were already split)."""
    values = [v for v in values if not is_blank(v)]
    numbers = {_number(v) for v in values}
    shared = [entry for code, entry in SHARED_CODES.items() if code in numbers]
    if not shared:
        return []
    named = {resolve(v, numeric) for v in values if _number(v) is None}
    return [text for other, text in shared if other not in named]


def is_blank(value: Any) -> bool:
    """A missing value: None, NaN, or text with nothing but spaces."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def resolve(value: Any, numeric: str = "gw") -> str | None:
    """The ISO3 code for one value of a country column, or None if it matches no known state."""
    if is_blank(value):
        return None
    number = _number(value)
    if number is not None:
        return (cow_codes() if numeric == "cow" else gw_codes()).get(number)
    text = str(value).strip()
    names = engine.names()
    iso3 = names.find(text)
    short = text.split(" (")[0].strip()  # 'Myanmar (Burma)' -> also try 'Myanmar'
    if iso3 is None and short and short != text:
        iso3 = names.find(short)
    return iso3


def map_values(values: Iterable[Any], numeric: str = "gw") -> dict[Any, str | None]:
    """Each distinct value mapped to ISO3 (None: unmatched or blank)."""
    if numeric not in NUMERIC_SCHEMES:
        raise BadValue(N_("numeric: %(value)s is not one of %(choices)s"), field="numeric",
                       params={"value": quoted(numeric), "choices": ", ".join(NUMERIC_SCHEMES)})
    return {v: resolve(v, numeric) for v in values}
