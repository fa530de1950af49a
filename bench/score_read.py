"""Score ``rome read`` on the gold corpus in ``tests/read/corpus/``: precision and recall per field.

Each ``<slug>.txt`` is a real report with a header (Source, Published, Language, Title, then ``---``);
the reader gets only the text after ``---``.  ``<slug>.yaml`` is the hand annotation.  Fields:

* date: the report's date found exactly (%).  A report annotated ``date_in_text: false`` (its page, as
  stored, shows no date of its own: see ``date_checked``) also counts as right when the reader read it as of
  today with the no-date caveat, which is the issue's rule ("no year -> read as of today with the caveat");
  the table says how many of each (``54 dated exact + 3 undated with caveat / 58``).
* states: precision and recall of the states named (ISO3), summed over the corpus.
* acts: precision and recall of (state, kind, negated) acts by a state on the Statute.
* people: recall (and precision) of the people with a public warrant.
* questions: gold questions the reader raised (same kind, person/state or territory) and those it
  answered as the annotation does (``obliged`` or ``outcome``); reports about conduct, a warrant, an
  investigation or a visit that got at least one question answered right.
* claims: wrong or loose claims in the annotation the reader flagged (same state, or a count; a claim about no one
  state when the reader flagged words of it): wrong, loose or unconfirmed.  ``-v`` lists those not flagged.
* invented: acts of signing or withdrawing the reader found that the annotation does not have.

    python bench/score_read.py            # a table
    python bench/score_read.py --json     # the same figures as JSON
    python bench/score_read.py -v         # and what went wrong, report by report
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "read" / "corpus"
#: Reports of these kinds must raise at least one question answered right.
ASKING_KINDS = {"warrant", "visit", "investigation", "arrest", "surrender", "noncompliance", "conviction"}
INVENTED_KINDS = {"signature", "withdrawal"}
ACT_KINDS = {"signature", "ratification", "withdrawal", "not_party_notice", "declaration_12_3", "revocation"}
#: The reader's verdicts that flag a claim: the corpus's ``correct: loose`` covers both "loose" and "unconfirmed"
#: (an announced act the record does not show yet on the report's date).
FLAGGED = ("wrong", "loose", "unconfirmed")


def load(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Every annotated report: slug, the text after the header, the header and the annotation."""
    out = []
    for txt in sorted(corpus.glob("*.txt")):
        gold_path = txt.with_suffix(".yaml")
        if not gold_path.exists():
            continue
        raw = txt.read_text(encoding="utf-8")
        head, sep, body = raw.partition("\n---\n")
        if not sep:
            continue
        header = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        out.append({"slug": txt.stem, "text": body, "header": {k.strip(): v.strip() for k, v in header.items()},
                    "gold": gold})
    return out


def _iso(v: Any) -> str | None:
    if v is None or v == "":
        return None
    return v.isoformat() if isinstance(v, dt.date) else str(v)


def _pr(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "tp": tp, "fp": fp, "fn": fn}


def _norm(text: str) -> str:
    """A claim's words for comparison: lower case, curly quotes straight, spaces single."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def person_key(warrant_id: str) -> str:
    """'al-bashir-1' -> 'al-bashir' (the corpus's person key)."""
    head, _, tail = warrant_id.rpartition("-")
    return head if tail.isdigit() and head else warrant_id


def score_one(item: dict[str, Any], reading: dict[str, Any]) -> dict[str, Any]:
    """The per-report comparison (sets and misses) used by ``score``."""
    gold = item["gold"]
    got_states = {s["state"] for s in reading.get("states", [])}
    want_states = set(gold.get("states") or [])
    want_acts = {(a["state"], a["kind"], bool(a.get("negated"))) for a in gold.get("acts") or []
                 if a.get("kind") in ACT_KINDS}
    got_acts = {(a["state"], a["kind"], bool(a.get("negated"))) for a in reading.get("acts", [])}
    want_people = set(gold.get("people") or [])
    # the corpus names a person as tests/read/test_corpus.py does: the warrant id without "-summons"/"-art70"
    got_people = {re.sub(r"-(?:summons|art70)$", "", p["key"]) for p in reading.get("people", [])}
    questions = reading.get("questions", [])
    raised = right = 0
    misses = []
    for q in gold.get("questions") or []:
        if q.get("kind") == "obligation":
            cands = [x for x in questions if x.get("kind") == "obligation"
                     and x["query"].get("person_key") == q.get("person") and x["query"].get("state") == q.get("state")]
            ok = [x for x in cands if x["answer"]["obliged"] == bool(q.get("obliged"))]
        else:
            terr = set(q.get("territory") or [])
            cands = [x for x in questions if x.get("kind", "jurisdiction") == "jurisdiction"
                     and set(x["query"].get("territory") or []) & terr]
            ok = [x for x in cands if x["finding"]["outcome"] == q.get("outcome")]
        raised += bool(cands)
        right += bool(ok)
        if not ok:
            misses.append(f"question {q.get('kind')} {q.get('person') or q.get('territory')}: "
                          + ("answered differently" if cands else "not raised"))
    asking = bool(set(gold.get("kinds") or []) & ASKING_KINDS or gold.get("questions"))
    corrected_states = {c.get("state") for c in reading.get("corrections", [])} | {
        c.get("state") for c in reading.get("claims", []) if c.get("verdict") in FLAGGED}
    count_checked = any(c.get("kind") == "party_count" and c.get("verdict") in FLAGGED
                        for c in reading.get("claims", []))
    wrong_claims = [c for c in gold.get("claims") or [] if c.get("correct") in (False, "loose")]
    # a claim about no one state ("the 2002 Rome Statute", "Opened in 2004, the Court") is flagged when the reader
    # flags words of it: the flagged claim's text inside the annotation's, or the annotation's inside it
    flagged_texts = [_norm(c.get("text", "")) for c in reading.get("claims", []) if c.get("verdict") in FLAGGED]
    hit = [(c.get("kind") == "party_count" and count_checked) or bool(c.get("state") and c.get("state") in corrected_states)
           or (not c.get("state") and any(t and (t in _norm(c.get("text", "")) or _norm(c.get("text", "")) in t)
                                          for t in flagged_texts))
           for c in wrong_claims]
    claims_hit = sum(hit)
    misses += [f"claim not flagged ({c.get('kind')}, {c.get('state')}, {c.get('correct')}): {c.get('text', '')[:90]}"
               for c, h in zip(wrong_claims, hit, strict=True) if not h]
    invented = sorted(a for a in got_acts - want_acts if a[1] in INVENTED_KINDS
                      and (a[0], a[1]) not in {(s, k) for s, k, _ in want_acts})
    want_date = _iso(gold.get("date"))
    exact = reading["date"]["value"] == want_date
    undated_ok = (gold.get("date_in_text") is False and reading["date"]["how"] == "today"
                  and reading["date"]["value"] == reading.get("today")
                  and any("read as of today" in c for c in reading.get("caveats", [])))
    return {
        "slug": item["slug"],
        "date_ok": exact or undated_ok,
        "date_how": "exact" if exact else "undated" if undated_ok else "wrong",
        "date": (reading["date"]["value"], want_date),
        "states": (got_states, want_states),
        "acts": (got_acts, want_acts),
        "people": (got_people, want_people),
        "questions": (len(gold.get("questions") or []), raised, right),
        "asking": asking,
        "asking_ok": (right > 0) if asking else None,
        "claims": (len(wrong_claims), claims_hit),
        "invented": invented,
        "misses": misses,
    }


def score(items: list[dict[str, Any]], today: str | None = None) -> dict[str, Any]:
    """Read every report the way a user's ``rome read`` does and compare with the annotation."""
    from romestatute.read import read

    rows = [score_one(it, read(it["text"], today=today)) for it in items]

    def pr(field: str) -> dict[str, Any]:
        tp = fp = fn = 0
        for r in rows:
            got, want = r[field]
            tp += len(got & want)
            fp += len(got - want)
            fn += len(want - got)
        return _pr(tp, fp, fn)

    n = len(rows)
    asking = [r for r in rows if r["asking"]]
    q_total = sum(r["questions"][0] for r in rows)
    c_total = sum(r["claims"][0] for r in rows)
    return {
        "reports": n,
        "french": sum(1 for it in items if str(it["gold"].get("language")) == "fr"),
        "date_exact": round(sum(r["date_ok"] for r in rows) / n, 3) if n else 1.0,
        "date_counts": {k: sum(r["date_how"] == k for r in rows) for k in ("exact", "undated", "wrong")},
        "states": pr("states"),
        "acts": pr("acts"),
        "people": pr("people"),
        "questions": {"gold": q_total, "raised": sum(r["questions"][1] for r in rows),
                      "answered_right": sum(r["questions"][2] for r in rows),
                      "raised_rate": round(sum(r["questions"][1] for r in rows) / q_total, 3) if q_total else 1.0,
                      "right_rate": round(sum(r["questions"][2] for r in rows) / q_total, 3) if q_total else 1.0},
        "asking_reports": {"reports": len(asking), "with_a_question_right": sum(bool(r["asking_ok"]) for r in asking)},
        "claims": {"wrong_or_loose": c_total, "corrected": sum(r["claims"][1] for r in rows),
                   "recall": round(sum(r["claims"][1] for r in rows) / c_total, 3) if c_total else 1.0},
        "invented_sign_or_withdraw": sum(len(r["invented"]) for r in rows),
        "rows": rows,
    }


def _misses(r: dict[str, Any]) -> list[str]:
    out = []
    if not r["date_ok"]:
        out.append(f"date {r['date'][0]} (gold {r['date'][1]})")
    elif r["date_how"] == "undated":
        out.append(f"date: none in the text (gold {r['date'][1]}), read as of today with the caveat")
    for field in ("states", "acts", "people"):
        got, want = r[field]
        if got - want:
            out.append(f"{field} extra {sorted(got - want)}")
        if want - got:
            out.append(f"{field} missing {sorted(want - got)}")
    return out + r["misses"] + [f"invented {a}" for a in r["invented"]]


def table(s: dict[str, Any]) -> str:
    lines = [f"{s['reports']} reports ({s['french']} in French)",
             f"{'field':<28}{'precision':>10}{'recall':>10}",
             f"{'date exact':<28}{'':>10}{s['date_exact']:>10.3f}   ({s['date_counts']['exact']} dated exact + "
             f"{s['date_counts']['undated']} undated with caveat / {s['reports']})"]
    for field in ("states", "acts", "people"):
        f = s[field]
        lines.append(f"{field:<28}{f['precision']:>10.3f}{f['recall']:>10.3f}")
    q = s["questions"]
    lines.append(f"{'questions raised':<28}{'':>10}{q['raised_rate']:>10.3f}   ({q['raised']}/{q['gold']})")
    lines.append(f"{'questions answered right':<28}{'':>10}{q['right_rate']:>10.3f}   ({q['answered_right']}/{q['gold']})")
    a = s["asking_reports"]
    lines.append(f"{'reports asking, one right':<28}{'':>10}{a['with_a_question_right']:>7}/{a['reports']}")
    c = s["claims"]
    lines.append(f"{'wrong claims corrected':<28}{'':>10}{c['recall']:>10.3f}   ({c['corrected']}/{c['wrong_or_loose']})")
    lines.append(f"{'invented sign/withdraw acts':<28}{s['invented_sign_or_withdraw']:>10}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list what went wrong in each report")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--today", default=None, help="read as if today were this day (YYYY-MM-DD)")
    args = ap.parse_args(argv)
    items = load(args.corpus)
    if not items:
        print(f"no annotated reports in {args.corpus}", file=sys.stderr)
        return 2
    s = score(items, args.today)
    if args.json:
        out = {k: v for k, v in s.items() if k != "rows"}
        out["misses"] = {r["slug"]: _misses(r) for r in s["rows"] if _misses(r)}
        print(json.dumps(out, indent=2))
        return 0
    print(table(s))
    if args.verbose:
        for r in s["rows"]:
            m = _misses(r)
            if m:
                print(f"\n{r['slug']}:\n  " + "\n  ".join(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
