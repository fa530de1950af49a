"""From an answer's JSON to a brief: the question, the answer, the reasoning and numbered footnotes.

The reasoning is read from the answer generically: every object with an ``article`` and an
``explanation`` (a reason of a trace) or a ``meaning`` (an event of a state's history) becomes one
step, and every object with a ``source`` becomes a fact.  So a trace that gains new reasons, or a
reading whose schema grows, still renders whole.  Footnotes are numbered in the order they are first
cited: one per article (its number, heading and our summary) and one per fact (its date, what it is,
its source and its confidence).  Nothing in a brief depends on the clock: the same answer gives the
same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from romestatute import __version__
from romestatute.facts.load import facts
from romestatute.law import articles
from romestatute.model.errors import N_, BadValue, quoted

KINDS = ("status", "jurisdiction", "obligation", "read", "diff")
FORMATS = ("md", "html")
OTHER_TREATIES = {"VCLT": "Vienna Convention on the Law of Treaties (1969)", "Charter": "Charter of the United Nations"}
TITLES = {"status": "Status of a state towards the Rome Statute",
          "jurisdiction": "Can the International Criminal Court act on this conduct?",
          "obligation": "Duty to arrest and surrender",
          "read": "What a news report means in law",
          "diff": "What changed between two days"}


@dataclass(frozen=True)
class Footnote:
    number: int
    kind: str  # "article" or "fact"
    key: tuple[str, ...]  # article: (citation,); fact: (date, text, url, document, confidence)
    text: str
    url: str = ""


@dataclass(frozen=True)
class Step:
    group: str  # e.g. the state or mention it belongs to ("" for the answer as a whole)
    heading: str
    mark: str  # holds, fails, note, event
    text: str
    refs: tuple[int, ...]


@dataclass
class Brief:
    kind: str
    title: str
    question: list[tuple[str, str]]
    what_if: list[str]
    answer: list[str]
    steps: list[Step] = field(default_factory=list)
    other_facts: list[int] = field(default_factory=list)
    #: (the articles it is applied to, each with its footnote; the reading), one entry per reading
    readings: list[tuple[tuple[tuple[str, int], ...], str]] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    checked_on: str = ""
    version: str = __version__
    schema: str = ""

    # -- footnotes -----------------------------------------------------------------------------

    def _note(self, kind: str, key: tuple[str, ...], text: str, url: str = "") -> int:
        for n in self.footnotes:
            if n.kind == kind and n.key == key:
                return n.number
        note = Footnote(len(self.footnotes) + 1, kind, key, text, url)
        self.footnotes.append(note)
        return note.number

    def article(self, citation: str) -> int:
        number, _, treaty = citation.partition(" ")
        if treaty in OTHER_TREATIES:  # e.g. "18 VCLT": an article of another treaty, not in our index
            return self._note("article", (citation,), f"{OTHER_TREATIES[treaty]}, Art. {number}.")
        heading = articles.title(citation) if articles.article(citation) else ""
        summary = articles.pinpoint(citation) if heading else ""
        text = f"Rome Statute, Art. {citation}" + (f" ({heading})" if heading else "") + "." + \
            (f" Our summary: {summary.strip()}" if summary else "")
        return self._note("article", (citation,), text)

    def fact(self, item: dict[str, Any]) -> int:
        src = item.get("source") or {}
        date, what, url, document, confidence = _fact_key(item)
        where = "; ".join(b for b in (document, url) if b) or "no source recorded"
        lead = " ".join(b for b in (date, what) if b) or "A fact of the record"
        text = f"{lead}. Source: {where}. Confidence: {confidence}" + \
            (" (a what-if given with the question, not a fact of the record)" if confidence == "hypothetical" else "") \
            + "."
        if src.get("data"):
            text += f" Data row: {src['data']}."
        return self._note("fact", (date, what, url, document, confidence), text, url)


# -- walking the answer -------------------------------------------------------------------------

def _is_reason(o: dict[str, Any]) -> bool:
    return isinstance(o.get("article"), str) and isinstance(o.get("explanation"), str)


def _is_event(o: dict[str, Any]) -> bool:
    return isinstance(o.get("article"), str) and isinstance(o.get("meaning"), str) and "event" in o


def _is_fact(o: dict[str, Any]) -> bool:
    return isinstance(o.get("source"), dict) and any(k in o["source"] for k in ("url", "document", "confidence"))


def _label(o: dict[str, Any]) -> str:
    for key in ("name", "state_name", "person", "title", "text", "id"):
        value = o.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


#: Keys whose items are parts of one step, not groups of their own.
FLAT = ("reasons", "facts", "events")


def _join(group: str, part: str) -> str:
    return f"{group} › {part}" if group else part


def walk(obj: Any, group: str = "", path: str = "") -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every object of the answer with the group it belongs to and its JSON path, depth first, in order.

    The group names where an object sits: a list item by its name (a state, a person), a nested object by
    its key ("Burundi › jurisdiction › territory").
    """
    if isinstance(obj, dict):
        yield group, path, obj
        for k, v in obj.items():
            if isinstance(v, list):
                for i, item in enumerate(v):
                    sub = _label(item) if isinstance(item, dict) and k not in FLAT else ""
                    yield from walk(item, _join(group, sub) if sub else group, f"{path}/{k}/{i}")
            elif isinstance(v, dict):
                yield from walk(v, _join(group, k.replace("_", " ")) if group else group, f"{path}/{k}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from walk(item, group, f"{path}/{i}")


def _fact_key(item: dict[str, Any]) -> tuple[str, ...]:
    src = item.get("source") or {}
    what = str(item.get("fact") or item.get("meaning") or item.get("event") or item.get("name")
               or item.get("person") or item.get("summary") or "").strip()
    return (str(item.get("date") or ""), what, str(src.get("url") or ""), str(src.get("document") or ""),
            str(src.get("confidence") or "not stated"))


def _inside(path: str, covered: set[str]) -> bool:
    """Whether ``path`` or one of its ancestors is in ``covered`` (each ancestor looked up once)."""
    while path:
        if path in covered:
            return True
        path = path.rpartition("/")[0]
    return False


def _reasoning(brief: Brief, answer: dict[str, Any]) -> None:
    """Steps from the reasons first (they carry the facts), then the events and facts no reason cited; the
    steps are put back in the answer's order and the footnotes numbered as they are first cited there."""
    objects = list(walk(answer))
    steps: list[tuple[int, str, str, str, str, list[tuple[str, Any]]]] = []  # (order, group, heading, mark, text, refs)
    readings: list[tuple[int, str, str]] = []
    cited: set[tuple[str, ...]] = set()
    covered: set[str] = set()
    articles_cited: set[str] = set()
    for order, (group, path, o) in enumerate(objects):
        if not _is_reason(o):
            continue
        refs: list[tuple[str, Any]] = [("article", o["article"])]
        for i, f in enumerate(o.get("facts") or []):
            if isinstance(f, dict):
                refs.append(("fact", f))
                cited.add(_fact_key(f))
                covered.add(f"{path}/facts/{i}")
        covered.add(path)
        mark = {True: "holds", False: "fails", None: "note"}.get(o.get("holds"), "note")
        heading = f"Art. {o['article']}" + (f", {o['title']}" if o.get("title") else "")
        steps.append((order, group, heading, mark, o["explanation"], refs))
        articles_cited.add(o["article"])
        if o.get("reading"):
            readings.append((order, o["article"], str(o["reading"])))
    other: list[tuple[int, dict[str, Any]]] = []
    for order, (group, path, o) in enumerate(objects):
        if _inside(path, covered):
            continue
        if _is_event(o):
            if _fact_key(o) in cited and o["article"] in articles_cited:
                continue  # told already, under an article already cited
            refs = [("article", o["article"])] + ([("fact", o)] if _is_fact(o) else [])
            cited.add(_fact_key(o))
            articles_cited.add(o["article"])
            heading = f"{o.get('date', '')} {str(o['event']).replace('_', ' ')}".strip()
            steps.append((order, group, heading, "event", str(o["meaning"]), refs))
        elif _is_fact(o) and _fact_key(o) not in cited:
            cited.add(_fact_key(o))
            other.append((order, o))
    steps.sort(key=lambda s: s[0])
    for _, group, heading, mark, text, refs in steps:
        numbers = [brief.article(v) if kind == "article" else brief.fact(v) for kind, v in refs]
        brief.steps.append(Step(group, heading, mark, text, tuple(dict.fromkeys(numbers))))
    for _, o in sorted(other, key=lambda x: x[0]):
        number = brief.fact(o)
        if number not in brief.other_facts:
            brief.other_facts.append(number)
    grouped: dict[str, list[str]] = {}
    for _, citation, reading in sorted(readings):
        cites = grouped.setdefault(reading, [])
        if citation not in cites:
            cites.append(citation)
    for reading, cites in grouped.items():
        brief.readings.append((tuple((c, brief.article(c)) for c in cites), reading))


# -- the question and the answer, per kind ------------------------------------------------------

def _yn(value: Any) -> str:
    return str(value).upper() if value else "-"


def _status(a: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    q = [("State", f"{a['name']} ({a['state']})"), ("On", a["on"])]
    ans = [f"{a['name']} was {a['status'].replace('_', ' ')} on {a['on']}"
           + (f", since {a['since']}" if a.get("since") else "") + f": {a['meaning']}"]
    w = a.get("withdrawal_pending")
    if w:
        ans.append(f"Withdrawal pending: notified {w['notified']}, takes effect {w['effective']} (Art. 127(1)).")
    for d in a.get("declarations_12_3") or []:
        ans.append(f"Art. 12(3) declaration of {d['date']}: conduct from {d['covers_from']} to "
                   f"{d['covers_to'] or 'open-ended'}.")
    for m in a.get("amendments") or []:
        ans.append(f"Amendment in force: {m['title']} (from {m['in_force']}, Art. 121(5)).")
    return q, [], ans


def _jurisdiction(a: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    q = a["query"]
    rows = [("Crimes", ", ".join(c.replace("_", " ") for c in q["crimes"])),
            ("Territory", ", ".join(q["territory"]) or "-"), ("Vessel or aircraft flag", ", ".join(q["vessel_flag"]) or "-"),
            ("Nationality of the accused", ", ".join(q["nationality"]) or "-"),
            ("Conduct", f"{q['from']} to {q['to'] or q['from']}"), ("Assessed as of", q["as_of"])]
    for key, label in (("trigger", "Trigger"), ("referred_by", "Referred by"), ("resolution", "Resolution"),
                       ("trigger_date", "Trigger date"), ("aggressor", "Aggressor"), ("victim", "Victim"),
                       ("age", "Age of the accused")):
        if q.get(key) not in (None, ""):
            rows.append((label, str(q[key])))
    what_if = [f"{w} (hypothetical, overlaid on the record for this question only)" for w in q.get("assume") or []]
    ans = [f"Outcome ({a['route'].replace('_', ' ')}): {_yn(a['outcome'])}"
           + (" (lowered confidence: it rests in part on a reading the record cannot confirm; see the caveats)"
              if a.get("confidence") == "lowered" else "")]
    for w in a.get("windows") or []:
        ans.append(f"Jurisdiction holds from {w['from']} to {w['to'] or 'open'} for {', '.join(w['crimes'])} "
                   f"(basis: {'; '.join(w['basis'])}).")
    routes = a.get("routes") or {}
    if routes:
        ans.append(f"Routes: state referral {routes['state_referral']['outcome']}; proprio motu "
                   f"{routes['proprio_motu']['outcome']}; Security Council referral {routes['unsc_referral']['outcome']} "
                   "in law.")
        if routes["state_referral"].get("explanation"):  # the referring state named may not refer (Art. 14(1))
            ans.append(routes["state_referral"]["explanation"])
    return rows, what_if, ans


def _obligation(a: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    if "obliged" not in a:  # the map of every obliged state
        q = [("Person", a["person"]), ("On", a["on"])]
        ans = [f"{a['count']} states were obliged to arrest and surrender {a['person']} on {a['on']}."]
        ans += [f"{s['name']} ({s['state']}): {', '.join(s['bases'])}" for s in a.get("states") or []]
        return q, [], ans
    q = [("Person", a["person"]), ("State asked", f"{a['state_name']} ({a['state']})"), ("On", a["on"])]
    verdict = "must" if a["obliged"] else "need not"
    ans = [f"On {a['on']}, {a['state_name']} {verdict} arrest and surrender {a['person']}"
           + (f" (basis: {', '.join(a['bases'])})." if a["bases"] else ".")]
    return q, [], ans


#: How much of a report's text a brief quotes (the rest is counted, never dropped silently).
QUOTE = 600


def _read(a: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """A reading, from whatever its schema holds (the reader's output grows; unknown keys are ignored)."""
    q: list[tuple[str, str]] = []
    date = a.get("date")
    if isinstance(date, dict) and date.get("value"):
        q.append(("Report's date", f"{date['value']}" + (f" (found by {date['how']})" if date.get("how") else "")))
    elif isinstance(date, str):
        q.append(("Report's date", date))
    if isinstance(a.get("today"), str):
        q.append(("Read on", a["today"]))
    text = a.get("text")
    if isinstance(text, str) and text:
        flat = " ".join(text.split())
        q.append(("Report", flat[:QUOTE] + (f" [... {len(flat) - QUOTE} more characters]" if len(flat) > QUOTE else "")))
    ans: list[str] = []
    for c in a.get("corrections") or []:
        if isinstance(c, dict) and c.get("text"):
            ans.append(f"Correction: {c['text']}")
    for act in a.get("acts") or []:
        if isinstance(act, dict) and (act.get("effect") or act.get("label")):
            ans.append(f"{act.get('name') or act.get('state') or ''}: {act.get('label') or act.get('kind') or ''}. "
                       f"{act.get('effect') or ''}".strip())
    for question in a.get("questions") or []:
        if isinstance(question, dict) and question.get("title"):
            outcome = (question.get("finding") or {}).get("outcome") if isinstance(question.get("finding"), dict) else None
            ans.append(f"{question['title']} {_yn(outcome) if outcome else ''}".strip())
    if a.get("empty") is True and not ans:
        ans.append("Nothing in this text concerns the Rome Statute or the Court.")
    return q or [("Report", "as given")], [], ans


def _diff(a: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    q = [("From", a["from"]["date"]), ("To", a["to"]["date"])]
    if a.get("as_of"):
        q.append(("As known on", a["as_of"]))
    ans = [f"States Parties: {a['from']['count']} on {a['from']['date']}, {a['to']['count']} on {a['to']['date']}."]
    for c in a["changes"]:
        line = f"{c['name']} ({c['state']}): {c['before']['status'].replace('_', ' ')} -> " \
               f"{c['after']['status'].replace('_', ' ')}" if c["changed"] else \
               f"{c['name']} ({c['state']}): no change of status ({c['before']['status'].replace('_', ' ')}); " \
               f"{len(c['events'])} event(s) between the days"
        j = c.get("jurisdiction")
        if j:
            line += f"; as territory {j['territory']['change']}, as nationality {j['nationality']['change']}"
            cont = j.get("continuation")
            if cont:
                w = cont["conduct_while_party"]
                line += (f"; conduct while a party ({w['from']} to {w['to']}): {w['territory']} as territory, "
                         f"{w['nationality']} as nationality (Art. 127(2))")
                if cont["matters_under_consideration"]:
                    line += "; matters already under consideration: " + ", ".join(
                        m["name"] or m["situation"] for m in cont["matters_under_consideration"])
        duties = c.get("arrest_duties") or []
        if duties:
            kinds: dict[str, int] = {}
            for d in duties:
                kinds[d["change"]] = kinds.get(d["change"], 0) + 1
            line += "; duty to arrest under public warrants: " + ", ".join(
                f"{n} {k.replace('_', ' ')}" for k, n in sorted(kinds.items()))
        ans.append(line + ".")
    return q, [], ans


SHAPES = {"status": _status, "jurisdiction": _jurisdiction, "obligation": _obligation, "read": _read, "diff": _diff}


def build(kind: str, answer: dict[str, Any]) -> Brief:
    """The brief of ``answer``, the JSON a query of ``kind`` returned."""
    if kind not in SHAPES:
        raise BadValue(f"brief: no brief for {kind!r}; one of {', '.join(KINDS)}", field="brief")
    question, what_if, said = SHAPES[kind](answer)
    hypothetical = sorted({f"{o.get('date', '')} {o.get('fact') or o.get('meaning') or o.get('event') or ''}".strip()
                           for _, _, o in walk(answer)
                           if _is_fact(o) and (o.get("source") or {}).get("confidence") == "hypothetical"})
    what_if += [f"{h} (hypothetical)" for h in hypothetical if not any(h in w for w in what_if)]
    brief = Brief(kind, TITLES[kind], question, what_if, said, checked_on=facts().checked_on.isoformat(),
                  schema=str(answer.get("schema") or ""))
    _reasoning(brief, answer)
    caveats = answer.get("caveats") or []
    brief.caveats = [str(c) if not isinstance(c, dict) else str(c.get("text") or c.get("message") or c)
                     for c in caveats] if isinstance(caveats, list) else []
    return brief


def format_of(path: str) -> str:
    """``md``, ``html`` or ``pdf`` from a file name; anything else is refused naming the field."""
    match = re.search(r"\.(md|markdown|html|htm|pdf)$", path.lower())
    if not match:
        raise BadValue(N_("brief: %(value)s must end in .md, .html or .pdf"), field="brief", params={"value": quoted(path)})
    return {"markdown": "md", "htm": "html"}.get(match.group(1), match.group(1))
