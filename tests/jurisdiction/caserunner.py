"""Load and check the YAML scenario cases (``cases/*.yaml``); ``conftest.py`` collects them.

A case states its legal claim as a sentence (``name``), the articles it exercises,
the as-of date, the ``query`` (the very mapping the CLI, the HTTP API and the
Python API take) and what the finding must show::

    - name: War crimes on French territory in 2003 are outside jurisdiction (France's Art. 124 declaration)
      articles: ["124", "12(2)(a)"]
      as_of: 2005-01-01
      query: {crimes: [war_crimes], territory: [FRA], from: 2003-05-01}
      expect:
        outcome: "no"                         # yes | no | partial
        windows:                              # optional: the exact list, in order
          - {from: 2003-05-01, to: 2003-05-01, crimes: [war_crimes], bases: ["FRA:party"]}
        holds: ["12(2)(a)"]                   # some reason citing the article holds
        fails: ["124"]                        # some reason citing the article fails
        notes: ["16"]                         # some reason citing the article is a note (holds: null)
        absent: ["127(2)"]                    # no reason cites the article
        routes: {unsc_referral: "yes"}        # outcome per route
        explains: {"15 bis(5)": "15 bis(4)"}  # a reason citing the article says this (case-insensitive)
        caveats: ["BGD"]                      # some caveat says this
        what_if: ["hypothetical referral"]    # the finding is a what-if saying this ([] : not a what-if)
        deferrals: ["res-1422"]               # the Art. 16 requests shown in force, in order
        readings: {"124": "notwithstanding"}  # a reason citing the article names this reading (or view set aside)

Cases run through ``queries.jurisdiction.jurisdiction``; the worked examples in
``test_worked_examples.py`` go through the ``rome`` command itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from romestatute.facts.load import jsonable

CASES_DIR = Path(__file__).parent / "cases"
EXPECT_KEYS = {"outcome", "windows", "holds", "fails", "notes", "absent", "routes", "explains", "caveats", "what_if",
               "deferrals", "readings"}
CASE_KEYS = {"name", "articles", "as_of", "query", "expect", "description"}


def load_cases(path: Path | None = None) -> list[dict[str, Any]]:
    """Every case in ``cases/`` (or one file), dates as ISO text."""
    paths = [path] if path else sorted(CASES_DIR.glob("*.yaml"))
    out: list[dict[str, Any]] = []
    for p in paths:
        for case in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            out.append(jsonable(case))
    return out


class CaseFailure(AssertionError):
    pass


def _reasons(finding: dict[str, Any], article: str) -> list[dict[str, Any]]:
    return [r for r in finding["reasons"] if r["article"] == article]


def check_case(case: dict[str, Any], finding: dict[str, Any]) -> list[str]:
    """Every way ``finding`` departs from ``case['expect']`` (empty when it matches)."""
    exp = case["expect"]
    bad: list[str] = []
    if "outcome" in exp and finding["outcome"] != exp["outcome"]:
        bad.append(f"outcome {finding['outcome']!r}, expected {exp['outcome']!r}")
    if "windows" in exp:
        got = [{"from": w["from"], "to": w["to"], "crimes": w["crimes"],
                "bases": [f"{b['state']}:{b['via']}" if b["state"] else f"{b['article']}:{b['via']}"
                          for b in w["bases"]]} for w in finding["windows"]]
        want = [{"from": w["from"], "to": w.get("to"), "crimes": w.get("crimes"), "bases": w.get("bases")}
                for w in exp["windows"]]
        if len(got) != len(want) or any(
                g["from"] != w["from"] or g["to"] != w["to"]
                or (w["crimes"] is not None and g["crimes"] != w["crimes"])
                or (w["bases"] is not None and sorted(g["bases"]) != sorted(w["bases"]))
                for g, w in zip(got, want, strict=False)):
            bad.append(f"windows {got}, expected {want}")
    for key, value in (("holds", True), ("fails", False), ("notes", None)):
        for article in exp.get(key, []):
            if not any(r["holds"] is value for r in _reasons(finding, article)):
                seen = [r["holds"] for r in _reasons(finding, article)]
                bad.append(f"no reason citing Art. {article} with holds={value} (saw {seen})")
    for article in exp.get("absent", []):
        if _reasons(finding, article):
            bad.append(f"a reason cites Art. {article}, expected none")
    for route, outcome in (exp.get("routes") or {}).items():
        if finding["routes"][route]["outcome"] != outcome:
            bad.append(f"route {route}: {finding['routes'][route]['outcome']!r}, expected {outcome!r}")
    for article, text in (exp.get("explains") or {}).items():
        if not any(text.lower() in r["explanation"].lower() for r in _reasons(finding, article)):
            bad.append(f"no reason citing Art. {article} explains {text!r}")
    if "what_if" in exp:
        got_what_if = finding.get("what_if") or []
        if not exp["what_if"] and got_what_if:
            bad.append(f"what-if {got_what_if}, expected none")
        for text in exp["what_if"]:
            if not any(text.lower() in w.lower() for w in got_what_if):
                bad.append(f"no what-if says {text!r} (saw {got_what_if})")
        if bool(got_what_if) != bool(finding.get("hypothetical")):
            bad.append("'hypothetical' disagrees with 'what_if'")
    if "deferrals" in exp and [d["id"] for d in finding.get("deferrals") or []] != exp["deferrals"]:
        bad.append(f"deferrals {[d['id'] for d in finding.get('deferrals') or []]}, expected {exp['deferrals']}")
    for article, text in (exp.get("readings") or {}).items():
        if not any(text.lower() in (r.get("reading", "") + " " + r.get("set_aside", "")).lower()
                   for r in _reasons(finding, article)):
            bad.append(f"no reason citing Art. {article} names the reading {text!r}")
    for text in exp.get("caveats", []):
        if not any(text.lower() in c.lower() for c in finding["caveats"]):
            bad.append(f"no caveat says {text!r}")
    return bad


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    from romestatute.queries.jurisdiction import jurisdiction

    return jurisdiction({**case["query"], "as_of": case["as_of"]})
