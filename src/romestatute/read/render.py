"""The readable rendering of a reading, for the terminal (Rich, imported lazily).

Colour is used only when writing to a terminal; piped output is plain text.
Every statement is followed by the article it applies and the sources of the
record events behind it.
"""

from __future__ import annotations

import io
from typing import Any

from romestatute import i18n, ledger
from romestatute.i18n import N_, ngettext
from romestatute.i18n import gettext as _
from romestatute.read.acts import long
from romestatute.read.claims import kind_label
from romestatute.read.questions import CRIME_NAMES, TRIGGER_KIND

#: A duty's basis in words, shown in French (English shows the codes, as it always did); a record event's kind is
#: ``ledger.EVENT_LABEL``, the explorer's labels.
DUTY_BASIS = i18n.Translated({"party": N_("State Party (Arts. 86, 89(1))"),
                              "declaration_12_3": N_("Accepted jurisdiction by a declaration (Art. 12(3))"),
                              "unsc_resolution": N_("Bound by a Security Council resolution (Art. 13(b))"),
                              "former_party": N_("Former party, proceedings begun before its withdrawal (Art. 127(2))")})
WIDTH = 100
#: States named in a list of states obliged to arrest (the JSON has them all).
MAX_LISTED = 6


def _src(src: dict[str, Any] | None) -> str:
    if not src:
        return ""
    ref = src.get("document") or src.get("url") or ""
    conf = src.get("confidence")
    return f"<{ref}>" + (" [" + _(f"{conf} confidence") + "]" if conf and conf != "high" else "")


def _art(article: str, *, inside: bool = True) -> str:
    """An article as cited in brackets (``inside``) or at the start of a line: "Art. 127(1)" in English; in French
    « art. 127(1) » inside a sentence and the Vienna Convention named ("18 VCLT": « Convention de Vienne, art. 18 »)."""
    if i18n.language() == i18n.DEFAULT:
        return f"Art. {article}" if article and not article.startswith("Art") else article
    number = article.removeprefix("Art.").strip()
    if number.endswith(" VCLT"):
        return _("Vienna Convention, Art. %(article)s") % {"article": number.removesuffix(" VCLT")}
    return ("art. " if inside else "Art. ") + number if number else article


def _quoted(words: str) -> str:
    """The report's own words, quoted as the active language quotes ("...", « ... »)."""
    return _("\"%(words)s\"") % {"words": words}


def _states(codes: list[str]) -> str:
    """States listed by their codes, as English has always shown them, or by their names in French."""
    if i18n.language() == i18n.DEFAULT:
        return ", ".join(codes)
    return i18n.listing(i18n.state_name(c, c) for c in codes)


def nationality(code: str | None) -> str:
    """The state a wanted person is a national of, named as the rest of the reading names states (never its code):
    with its article in English, as the duty to arrest's Art. 27(2) line says it ("national of the Russian
    Federation"), the name alone after French's « nationalité : » (« Fédération de Russie »)."""
    if not code:
        return ""
    from romestatute import engine

    english = engine.names().states.get(code)
    if english is None:  # not a state of the data folder in use: its code, as given
        return code
    return i18n.state_name(code, english, "le" if i18n.language() == i18n.DEFAULT else "name")


def situation_name(sid: str) -> str:
    """A situation as the reading names it: its id in English ("situation darfur", as it always was), its French name
    in French (« Situation au Darfour (Soudan) »)."""
    return _situation(sid)


def _situation(sid: str) -> str:
    """A situation by its id, as English has always shown it ("situation darfur"), or by its French name."""
    if i18n.language() == i18n.DEFAULT:
        return _("situation %(situation)s") % {"situation": sid}
    from romestatute.read.questions import _situation as find

    sit = find(sid)
    return i18n.localise(sit)["name"] if sit and sit.get("name") else _("situation %(situation)s") % {"situation": sid}


def _status(code: str, warrant_id: str) -> str:
    """A warrant's status in the active language, agreeing in French with the person (« acquittée » for a woman)."""
    from romestatute.queries.docket import status_label

    return status_label(code, i18n.code_words(code), warrant_id)


def _code(code: str, words: i18n.Translated) -> str:
    """A code as English has always shown it, or its words in the active language."""
    if i18n.language() == i18n.DEFAULT or code not in words:
        return code
    return words[code]


def _state(entry: dict[str, Any]) -> str:
    """The state an entry names, in the active language (its English ``name`` when it has no ISO code)."""
    return i18n.state_name(entry["state"], entry["name"]) if entry.get("state") else entry["name"]


def _crimes(codes: list[str]) -> str:
    """A window's crimes: the codes in English (as they always were shown), the crimes' names in French."""
    if i18n.language() == i18n.DEFAULT:
        return ", ".join(codes)
    return ", ".join(_(CRIME_NAMES[c]) if c in CRIME_NAMES else i18n.code_words(c) for c in codes)


def _bases(window: dict[str, Any]) -> list[str]:
    """A window's bases: the engine's labels in English (as they always were), the states named in French."""
    if i18n.language() == i18n.DEFAULT or "bases" not in window:
        return list(window["basis"])
    from romestatute.law.part02_jurisdiction import VIA_STATE

    return [_("Art. %(article)s: %(state)s (%(via)s)") % {"article": b["article"], "state": i18n.state_name(b["state"], b["state"]),
                                                           "via": _(VIA_STATE.get(b["via"], b["via"]))}
            if b.get("state") else label for b, label in zip(window["bases"], window["basis"], strict=True)]


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
        tail = " — " + _("after the report") if e.get("after_report") else ""
        line(f"{e['date']}  {_code(e['event'], ledger.EVENT_LABEL)}" + _(":")
             + f" {e['meaning']} ({_art(e['article'])}) {_src(e.get('source'))}{tail}",
             "dim" if e.get("after_report") else "", indent)

    d = r["date"]
    said = {"text": d.get("text")}
    how = {"given": _("given with --date"), "today": _("no date found: read as of today"),
           "published": _("from its \"Published\" line: \"%(text)s\"") % said,
           "weekday": _("from \"%(text)s\", with no year (the year the report itself gives that day on that weekday)")
           % said,
           "updated": _("from its \"Updated\" line: \"%(text)s\"") % said,
           "metadata": _("from the page's publication metadata"),
           "dateline": _("found in the dateline: \"%(text)s\"") % said, "text": _("found in the text: \"%(text)s\"") % said}
    line(_("Report dated %(day)s (%(how)s); today is %(today)s.") % {"day": long(d["value"]), "how": how[d["how"]],
                                                                       "today": long(r["today"])}, "bold")
    relative: dict[str, dict[str, Any]] = {}
    for x in d.get("relative", []):  # the first mention of each
        relative.setdefault(x["text"].lower(), x)
    if relative:
        line(_("Days it gives relative to its own:") + " " + _("; ").join(
            _("\"%(words)s\" = %(day)s") % {"words": x["text"], "day": i18n.day(x["value"])}
            for x in list(relative.values())[:8])
             + ".", "dim")
    inp = r["input"]
    line(_("Input: %(kind)s, %(characters)s, %(sentences)s.")
         % {"kind": "HTML" if inp["html"] else _("plain text"),
            "characters": ngettext("%(count)s character", "%(count)s characters", inp["characters"])
            % {"count": inp["characters"]},
            "sentences": ngettext("%(count)s sentence read", "%(count)s sentences read", inp["sentences"])
            % {"count": inp["sentences"]}}, "dim")
    if r["empty"]:
        line("")
        line(_("Nothing in this text concerns the Rome Statute: no state, treaty act, trigger or crime was found."),
             "bold")
        for c in r["caveats"]:
            line(_("note: %(note)s") % {"note": c}, "dim")
        return _tidy(buf.getvalue())

    if r["corrections"]:
        head(_("Where the report and the record differ"))
        for c in r["corrections"]:
            words = ", ".join(_("\"%(text)s\" (at %(start)s)") % {"text": m["text"], "start": m["start"]}
                              for m in c["mentions"])
            who = _state(c)
            lead = f"✗ {who}" + _(":") + " " if who or i18n.language() == i18n.DEFAULT else "✗ "
            line(lead + f"{c['text']} ({_art(c['article'])})", "bold red")
            line(_("report's words: %(words)s") % {"words": words}, "", 4)

    if r.get("claims"):
        head(_("Claims checked against the record"))
        for c in r["claims"]:
            mark = {"right": _("✓ right"), "wrong": _("✗ wrong"), "loose": _("≈ loose"),
                    "unconfirmed": _("? unconfirmed")}[c["verdict"]]
            line(f"{mark}" + _(":") + f" {_quoted(c['text'])} ({kind_label(c['kind'])}) — {c['record']} ({_art(c['article'])})",
                 "bold red" if c["verdict"] == "wrong" else "", 0)

    if r.get("people"):
        head(_("People named who are wanted by the Court"))
        for p in r["people"]:
            names = sorted({m["text"] for m in p["mentions"]})
            line(_("%(person)s (%(role)s; national of %(nationality)s; %(situation)s) — named as %(names)s")
                 % {"person": p["person"], "role": p["role"], "nationality": nationality(p.get("nationality")),
                    "situation": _situation(p["situation"]), "names": ", ".join(names)}, "bold")
            for w in p["warrants"]:
                if w["public_on_report_date"]:
                    now = _("on the report's date: %(status)s") % {"status": _status(str(w["status_on_report_date"]), w["id"])}
                else:
                    now = _("not yet public on the report's date")
                later = ""
                if w.get("later"):
                    later = _(";") + " " + _("later: %(status)s") % {"status": _status(w["later"]["status"], w["id"])} + " " + (
                        _("on %(day)s") % {"day": i18n.day(w["later"]["date"])} if w["later"].get("date")
                        else "(" + _("date not recorded") + ")")
                line(f"{w['id']} ({i18n.code_words(w['kind'])}, " + _("issued %(day)s") % {"day": i18n.day(w["issued"])} + ")" + _(":") + f" {now}{later} "
                     f"{_src({'url': w.get('source'), 'confidence': w.get('confidence')})}", "", 2)
            duty = p.get("obliged_to_arrest")
            if duty:
                shown = [i18n.state_name(x["state"], x["name"]) if x.get("state") else x["name"]
                         for x in duty["states"][:MAX_LISTED]]
                more = (", " + _("and %(count)s more") % {"count": duty["count"] - len(shown)}
                        if duty["count"] > len(shown) else "")
                line(_("must arrest and surrender %(person)s on %(day)s: %(count)s states")
                     % {"person": p["person"], "day": i18n.day(duty["on"]), "count": duty["count"]}
                     + (f" ({', '.join(shown)}{more})" if shown else "")
                     + " (" + _("Arts. 86, 89(1); every state: %(command)s")
                     % {"command": f"rome obligation --person \"{p['person']}\" --map --on {duty['on']}"} + ")",
                     "", 2)

    head(_("States the report mentions"))
    for s in r["states"]:
        names = sorted({m["text"] for m in s["mentions"]})
        line(f"{i18n.state_name(s['state'], s['name'])} ({s['state']}) — "
             + ngettext("%(count)s mention: %(names)s", "%(count)s mentions: %(names)s", len(s["mentions"]))
             % {"count": len(s["mentions"]), "names": ", ".join(names)}, "bold")
        on, now = s["on_report_date"], s["today"]
        for label, st in ((_("on the report's date"), on), (_("today"), now)):
            extra = ""
            if st["withdrawal_pending"]:
                extra = _(";") + " " + _("withdrawal pending, effective %(day)s (Art. 127(1))") % {
                    "day": i18n.day(st["withdrawal_pending"]["effective"])}
            if st["declarations_12_3"]:
                extra += _(";") + " " + ngettext("12(3) declaration in force:", "12(3) declarations in force:",
                                                  len(st["declarations_12_3"])) + " " + ", ".join(
                    _("conduct from %(start)s") % {"start": i18n.day(x["covers_from"])}
                    + (" " + _("to %(day)s") % {"day": i18n.day(x["covers_to"])} if x["covers_to"] else "")
                    for x in st["declarations_12_3"])
            line(f"{label} ({i18n.day(st['on'])})" + _(":") + f" {i18n.code_words(st['status'])} — {st['meaning']}{extra}", "", 2)
        relevant = [e for e in s["events"] if not e.get("derived") or e["event"] == "withdrawal_effective"]
        if relevant:
            line(_("record:"), "", 2)
            for e in relevant:
                event(e)
        for sit in s["situations"]:
            line(_("docket: %(summary)s") % {"summary": sit["summary"]} + f" {_src({'url': sit.get('source'), 'confidence': sit.get('confidence')})}",
                 "", 2)

    if r["acts"]:
        head(_("Treaty acts the report names, and their legal effect"))
        for a in r["acts"]:
            words = ", ".join(_quoted(m["text"]) + (" (" + _("refers back") + ")" if m.get("anaphora") else "")
                              for m in a["mentions"])
            neg = ", " + _("which the report says did not happen") if a["negated"] else ""
            line(f"{_state(a)} — {a['label']}{neg}" + _(":") + f" {words}", "bold")
            line(f"{a['effect']} ({_art(a['article'])})", "", 2)
            for e in a["record"]:
                event(e)

    if r["triggers"]:
        head(_("Referrals, vetoes, investigations and warrants the report names"))
        for t in r["triggers"]:
            words = ", ".join(_quoted(m["text"]) for m in t["mentions"])
            line(f"{TRIGGER_KIND[t['kind']] if t['kind'] in TRIGGER_KIND else t['kind']}" + _(":") + f" {words} (" + _("states in the sentence: %(states)s") % {"states": _states(t["states"]) or "-"}
                 + ")", "bold")
            line(f"{t['effect']}" + (f" ({_art(t['article'])})" if t.get("article") else ""), "", 2)
            for rec in t["record"]:
                src = rec.get("source")
                line(f"{rec.get('date', '')} {rec.get('document') or rec.get('situation') or rec.get('summary') or ''} "
                     f"{_src(src if isinstance(src, dict) else {'url': src})}", "", 4)

    if r["questions"]:
        head(_("Questions the report raises"))
        for q in r["questions"]:
            qq = q["query"]
            line(_("Q: %(question)s") % {"question": q["title"]}, "bold")
            if q.get("kind") == "obligation":
                a = q["answer"]
                for ev in q["why"]:
                    line(_("because the report says: \"%(words)s\" — %(sentence)s")
                         % {"words": ev["text"], "sentence": ev["sentence"][:140]}, "", 2)
                said = {"the_state": i18n.state_name(q["query"].get("state") or "", a["state_name"], "le"), "person": a["person"],
                        "day": i18n.day(a["on"])}
                answer = (_("Answer: YES — %(the_state)s was obliged to arrest and surrender %(person)s on %(day)s") % said
                          if a["obliged"] else
                          _("Answer: NO — %(the_state)s was not obliged to arrest and surrender %(person)s on %(day)s") % said)
                line(answer + (f" ({', '.join(_code(b, DUTY_BASIS) for b in a['bases'])})" if a["bases"] else "") + " " + _("(as `rome obligation` answers)"),
                     "bold green" if a["obliged"] else "bold red", 2)
                for reason in a["reasons"]:
                    line(_art(reason["article"], inside=False) + _(":") + f" {reason['explanation']}", "", 4)
                continue
            f = q["finding"]
            line(_("conduct %(start)s to %(end)s") % {"start": i18n.day(qq["from"]), "end": i18n.day(qq["to"])}
                 + f" ({q['period_basis']})" + _("; ") + f"{q['crimes_basis']}" + _("; ")
                 + _("assessed as of %(day)s") % {"day": i18n.day(qq["as_of"])},
                 "dim", 2)
            route = qq.get("trigger")
            for ev in q["why"]:
                line(_("because the report says: \"%(words)s\" — %(sentence)s")
                     % {"words": ev["text"], "sentence": ev["sentence"][:140]}, "", 2)
            if q.get("reading"):
                line(q["reading"], "dim", 2)
            style = {"yes": "bold green", "no": "bold red", "partial": "bold yellow"}[f["outcome"]]
            basis = {"unsc_referral": _("on the Security Council's referral"), "state_referral": _("on the state referral"),
                     "proprio_motu": _("on the Prosecutor's own motion, authorised")}.get(
                route or "", _("on a state referral or the Prosecutor's own motion"))
            line(_("Answer: %(outcome)s (%(basis)s)") % {"outcome": _(f["outcome"]).upper(), "basis": basis}, style, 2)
            for w in f["windows"]:
                line(_("%(start)s to %(end)s") % {"start": i18n.day(w["from"]), "end": i18n.day(w["to"]) if w["to"] else _("open")}
                     + _(":") + f" {_crimes(w['crimes'])} [{_('; ').join(_bases(w))}]", "", 4)
            for reason in f["reasons"]:
                if reason["article"].startswith("12(") or reason["holds"] is False:
                    mark = {True: _("holds"), False: _("fails"), None: _("note")}[reason["holds"]]
                    line(f"{_art(reason['article'], inside=False)} ({mark})" + _(":") + f" {reason['explanation']}", "", 4)
                    for fact in reason["facts"][:4]:
                        line(f"- {fact.get('date', '')} {fact['fact']} {_src(fact.get('source'))}", "dim", 6)
            u = f.get("routes", {}).get("unsc_referral")
            if not u:
                continue
            line(_("Security Council route: %(outcome)s in law — %(in_law)s It needs %(requires)s.")
                 % {"outcome": _(u["outcome"]).upper(), "in_law": u["in_law"], "requires": u["requires"]}, "", 2)
            if u["permanent_members_involved"]:
                line(_("permanent members involved: %(states)s") % {"states": _states(u["permanent_members_involved"])},
                     "", 4)
            for v in u["vetoed_referrals"]:
                if v.get("id") in u["relevant_vetoes"]:
                    line(_("on record: draft %(document)s of %(day)s (%(subject)s) vetoed by %(states)s")
                         % {"document": v.get("document"), "day": i18n.day(v.get("date")), "subject": v.get("subject"),
                            "states": _states(v.get("vetoed_by") or [])} + f" {_src(v)}", "", 4)

    notes = list(r["caveats"]) + [_("Jurisdiction answers leave out admissibility (Art. 17) and the interests of "
                                    "justice (Art. 53).")] * bool(r["questions"])
    if notes:
        head(_("Notes"))
        for c in notes:
            line(f"- {c}", "dim")
    return _tidy(buf.getvalue())


def _tidy(out: str) -> str:
    return "\n".join(line.rstrip() for line in out.rstrip().splitlines()) + "\n"
