"""The readable rendering of a reading, for the terminal (Rich, imported lazily).

Colour is used only when writing to a terminal; piped output is plain text.
Every statement is followed by the article it applies and the sources of the
record events behind it.
"""

from __future__ import annotations

import io
from typing import Any

from romestatute.read.acts import long

WIDTH = 100
#: States named in a list of states obliged to arrest (the JSON has them all).
MAX_LISTED = 6


def _src(src: dict[str, Any] | None) -> str:
    if not src:
        return ""
    ref = src.get("document") or src.get("url") or ""
    conf = src.get("confidence")
    return f"<{ref}>" + (f" [{conf} confidence]" if conf and conf != "high" else "")


def _art(article: str) -> str:
    return f"Art. {article}" if article and not article.startswith("Art") else article


def render(r: dict[str, Any], *, color: bool = False, width: int = WIDTH) -> str:
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=color, color_system="standard" if color else None,
                  highlight=False, emoji=False, soft_wrap=False)

    def line(text: str = "", style: str = "", indent: int = 0) -> None:
        con.print(Padding(Text(text, style=style, overflow="fold"), (0, 0, 0, indent), expand=False))

    def head(title: str) -> None:
        con.print()
        con.rule(Text(title, style="bold"), align="left", characters="─")

    def event(e: dict[str, Any], indent: int = 4) -> None:
        tail = " — after the report" if e.get("after_report") else ""
        line(f"{e['date']}  {e['event']}: {e['meaning']} ({_art(e['article'])}) {_src(e.get('source'))}{tail}",
             "dim" if e.get("after_report") else "", indent)

    d = r["date"]
    how = {"given": "given with --date", "today": "no date found: read as of today",
           "published": f"from its \"Published\" line: \"{d.get('text')}\"",
           "weekday": f"from \"{d.get('text')}\", with no year (the year the report itself gives that day on that weekday)",
           "updated": f"from its \"Updated\" line: \"{d.get('text')}\"",
           "metadata": "from the page's publication metadata",
           "dateline": f"found in the dateline: \"{d.get('text')}\"", "text": f"found in the text: \"{d.get('text')}\""}
    line(f"Report dated {long(d['value'])} ({how[d['how']]}); today is {long(r['today'])}.", "bold")
    relative: dict[str, dict[str, Any]] = {}
    for x in d.get("relative", []):  # the first mention of each
        relative.setdefault(x["text"].lower(), x)
    if relative:
        line("Days it gives relative to its own: " + "; ".join(f"\"{x['text']}\" = {x['value']}" for x in list(relative.values())[:8])
             + ".", "dim")
    inp = r["input"]
    line(f"Input: {'HTML' if inp['html'] else 'plain text'}, {inp['characters']} characters, "
         f"{inp['sentences']} sentences read.", "dim")
    if r["empty"]:
        line("")
        line("Nothing in this text concerns the Rome Statute: no state, treaty act, trigger or crime was found.",
             "bold")
        for c in r["caveats"]:
            line(f"note: {c}", "dim")
        return _tidy(buf.getvalue())

    if r["corrections"]:
        head("Where the report and the record differ")
        for c in r["corrections"]:
            words = ", ".join(f"\"{m['text']}\" (at {m['start']})" for m in c["mentions"])
            line(f"✗ {c['name']}: {c['text']} ({_art(c['article'])})", "bold red")
            line(f"report's words: {words}", "", 4)

    if r.get("claims"):
        head("Claims checked against the record")
        for c in r["claims"]:
            mark = {"right": "✓ right", "wrong": "✗ wrong", "loose": "≈ loose"}[c["verdict"]]
            line(f"{mark}: \"{c['text']}\" ({c['kind'].replace('_', ' ')}) — {c['record']} ({_art(c['article'])})",
                 "bold red" if c["verdict"] == "wrong" else "", 0)

    if r.get("people"):
        head("People named who are wanted by the Court")
        for p in r["people"]:
            names = sorted({m["text"] for m in p["mentions"]})
            line(f"{p['person']} ({p['role']}; national of {p['nationality']}; situation {p['situation']}) — "
                 f"named as {', '.join(names)}", "bold")
            for w in p["warrants"]:
                if w["public_on_report_date"]:
                    now = f"on the report's date: {str(w['status_on_report_date']).replace('_', ' ')}"
                else:
                    now = "not yet public on the report's date"
                later = ""
                if w.get("later"):
                    later = f"; later: {w['later']['status'].replace('_', ' ')} " + (
                        f"on {w['later']['date']}" if w["later"].get("date") else "(date not recorded)")
                line(f"{w['id']} ({str(w['kind']).replace('_', ' ')}, issued {w['issued']}): {now}{later} "
                     f"{_src({'url': w.get('source'), 'confidence': w.get('confidence')})}", "", 2)
            duty = p.get("obliged_to_arrest")
            if duty:
                shown = [x["name"] for x in duty["states"][:MAX_LISTED]]
                more = f", and {duty['count'] - len(shown)} more" if duty["count"] > len(shown) else ""
                line(f"must arrest and surrender {p['person']} on {duty['on']}: {duty['count']} states"
                     + (f" ({', '.join(shown)}{more})" if shown else "")
                     + f" (Arts. 86, 89(1); every state: rome obligation \"{p['person']}\" --map --on {duty['on']})",
                     "", 2)

    head("States the report mentions")
    for s in r["states"]:
        names = sorted({m["text"] for m in s["mentions"]})
        line(f"{s['name']} ({s['state']}) — {len(s['mentions'])} mention(s): {', '.join(names)}", "bold")
        on, now = s["on_report_date"], s["today"]
        for label, st in (("on the report's date", on), ("today", now)):
            extra = ""
            if st["withdrawal_pending"]:
                extra = f"; withdrawal pending, effective {st['withdrawal_pending']['effective']} (Art. 127(1))"
            if st["declarations_12_3"]:
                extra += "; 12(3) declaration(s) in force: " + ", ".join(
                    f"conduct from {x['covers_from']}" + (f" to {x['covers_to']}" if x["covers_to"] else "")
                    for x in st["declarations_12_3"])
            line(f"{label} ({st['on']}): {st['status'].replace('_', ' ')} — {st['meaning']}{extra}", "", 2)
        relevant = [e for e in s["events"] if not e.get("derived") or e["event"] == "withdrawal_effective"]
        if relevant:
            line("record:", "", 2)
            for e in relevant:
                event(e)
        for sit in s["situations"]:
            line(f"docket: {sit['summary']} {_src({'url': sit.get('source'), 'confidence': sit.get('confidence')})}",
                 "", 2)

    if r["acts"]:
        head("Treaty acts the report names, and their legal effect")
        for a in r["acts"]:
            words = ", ".join(f"\"{m['text']}\"" + (" (refers back)" if m.get("anaphora") else "")
                              for m in a["mentions"])
            neg = ", which the report says did not happen" if a["negated"] else ""
            line(f"{a['name']} — {a['label']}{neg}: {words}", "bold")
            line(f"{a['effect']} ({_art(a['article'])})", "", 2)
            for e in a["record"]:
                event(e)

    if r["triggers"]:
        head("Referrals, vetoes, investigations and warrants the report names")
        for t in r["triggers"]:
            words = ", ".join(f"\"{m['text']}\"" for m in t["mentions"])
            line(f"{t['kind']}: {words} (states in the sentence: {', '.join(t['states']) or '-'})", "bold")
            line(f"{t['effect']}" + (f" ({_art(t['article'])})" if t.get("article") else ""), "", 2)
            for rec in t["record"]:
                src = rec.get("source")
                line(f"{rec.get('date', '')} {rec.get('document') or rec.get('situation') or rec.get('summary') or ''} "
                     f"{_src(src if isinstance(src, dict) else {'url': src})}", "", 4)

    if r["questions"]:
        head("Questions the report raises")
        for q in r["questions"]:
            qq = q["query"]
            line(f"Q: {q['title']}", "bold")
            if q.get("kind") == "obligation":
                a = q["answer"]
                for ev in q["why"]:
                    line(f"because the report says: \"{ev['text']}\" — {ev['sentence'][:140]}", "", 2)
                line(f"Answer: {'YES' if a['obliged'] else 'NO'} — {a['state_name']} "
                     f"{'was' if a['obliged'] else 'was not'} obliged to arrest and surrender {a['person']} on {a['on']}"
                     + (f" ({', '.join(a['bases'])})" if a["bases"] else "") + " (as `rome obligation` answers)",
                     "bold green" if a["obliged"] else "bold red", 2)
                for reason in a["reasons"]:
                    line(f"{_art(reason['article'])}: {reason['explanation']}", "", 4)
                continue
            f = q["finding"]
            line(f"conduct {qq['from']} to {qq['to']} ({q['period_basis']}); {q['crimes_basis']}; "
                 f"assessed as of {qq['as_of']}", "dim", 2)
            route = qq.get("trigger")
            for ev in q["why"]:
                line(f"because the report says: \"{ev['text']}\" — {ev['sentence'][:140]}", "", 2)
            style = {"yes": "bold green", "no": "bold red", "partial": "bold yellow"}[f["outcome"]]
            basis = {"unsc_referral": "on the Security Council's referral", "state_referral": "on the state referral",
                     "proprio_motu": "on the Prosecutor's own motion, authorised"}.get(
                route or "", "on a state referral or the Prosecutor's own motion")
            line(f"Answer: {f['outcome'].upper()} ({basis})", style, 2)
            for w in f["windows"]:
                line(f"{w['from']} to {w['to'] or 'open'}: {', '.join(w['crimes'])} [{'; '.join(w['basis'])}]", "", 4)
            for reason in f["reasons"]:
                if reason["article"].startswith("12(") or reason["holds"] is False:
                    mark = {True: "holds", False: "fails", None: "note"}[reason["holds"]]
                    line(f"{_art(reason['article'])} ({mark}): {reason['explanation']}", "", 4)
                    for fact in reason["facts"][:4]:
                        line(f"- {fact.get('date', '')} {fact['fact']} {_src(fact.get('source'))}", "dim", 6)
            u = f.get("routes", {}).get("unsc_referral")
            if not u:
                continue
            line(f"Security Council route: {u['outcome'].upper()} in law — {u['in_law']} It needs {u['requires']}.",
                 "", 2)
            if u["permanent_members_involved"]:
                line(f"permanent members involved: {', '.join(u['permanent_members_involved'])}", "", 4)
            for v in u["vetoed_referrals"]:
                if v.get("id") in u["relevant_vetoes"]:
                    line(f"on record: draft {v.get('document')} of {v.get('date')} ({v.get('subject')}) vetoed by "
                         f"{', '.join(v.get('vetoed_by') or [])} {_src(v)}", "", 4)

    notes = list(r["caveats"]) + ["Jurisdiction answers leave out admissibility (Art. 17) and the interests of "
                                  "justice (Art. 53)."] * bool(r["questions"])
    if notes:
        head("Notes")
        for c in notes:
            line(f"- {c}", "dim")
    return _tidy(buf.getvalue())


def _tidy(out: str) -> str:
    return "\n".join(line.rstrip() for line in out.rstrip().splitlines()) + "\n"
