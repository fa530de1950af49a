"""A brief as Markdown (footnotes ``[^n]``) or as one self-contained HTML page (A4 print stylesheet, no script)."""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape

from romestatute.briefs.collect import Brief, Step

MARK = {"holds": "holds", "fails": "does not hold", "note": "note", "event": "event"}

#: The print stylesheet: A4, footnotes at the foot of the document, links spelled out. Inline, so the file
#: stands alone; the server sends it with a policy that allows this one stylesheet by its hash.
STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "DejaVu Serif", serif; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; }
h3 { font-size: 1em; margin: 1em 0 .3em; }
dl.question { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; }
dl.question dt { font-weight: bold; }
dl.question dd { margin: 0; }
.whatif { border-left: 4px solid #b35900; padding-left: .6em; }
ol.steps > li { margin: .4em 0; }
.mark { font-variant: small-caps; font-weight: bold; }
.mark-fails { color: #8b0000; }
.mark-holds { color: #0b5d1e; }
sup { line-height: 0; }
sup a { text-decoration: none; }
.colophon { color: #444; font-size: .9em; }
section.footnotes { margin-top: 2em; border-top: 1px solid #333; font-size: .9em; }
section.footnotes ol { padding-left: 2em; }
a { color: #003a8c; overflow-wrap: anywhere; }
@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  li { break-inside: avoid; }
  section.footnotes { break-before: auto; }
  section.footnotes a[href^="http"]::after { content: ""; }
}
""".strip()


def style_hash() -> str:
    """The CSP source expression that allows :data:`STYLE` and nothing else."""
    digest = hashlib.sha256(STYLE.encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def _groups(steps: list[Step]) -> list[tuple[str, list[Step]]]:
    out: list[tuple[str, list[Step]]] = []
    for s in steps:
        if out and out[-1][0] == s.group:
            out[-1][1].append(s)
        else:
            out.append((s.group, [s]))
    return out


def _md_text(text: str) -> str:
    """Text the user gave (a report's words), with Markdown's marks escaped so it reads as it was written."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def markdown(b: Brief) -> str:
    lines = [f"# {b.title}", ""]
    lines += ["## Question", ""]
    lines += [f"- **{k}:** {_md_text(v)}" for k, v in b.question]
    if b.what_if:
        lines += ["", "**What-if:** this question adds hypothetical events to the record:", ""]
        lines += [f"- {w}" for w in b.what_if]
    lines += ["", "## Answer", ""]
    lines += [f"- {a}" for a in b.answer] or ["- (no answer)"]
    lines += ["", "## Reasoning", ""]
    for group, steps in _groups(b.steps):
        if group:
            lines += [f"### {group}", ""]
        for i, s in enumerate(steps, 1):
            refs = "".join(f"[^{n}]" for n in s.refs)
            lines.append(f"{i}. **{s.heading}** ({MARK[s.mark]}): {s.text}{refs}")
        lines.append("")
    if not b.steps:
        lines += ["No rule or event is recorded for this answer.", ""]
    if b.other_facts:
        lines += ["## Other facts relied on", ""]
        lines += ["- " + "".join(f"[^{n}]" for n in b.other_facts), ""]
    if b.readings:
        lines += ["## Contested readings applied", ""]
        lines += ["- " + ", ".join(f"Art. {c}[^{n}]" for c, n in cites) + f": {r}" for cites, r in b.readings]
        lines.append("")
    if b.caveats:
        lines += ["## Caveats", ""]
        lines += [f"- {c}" for c in b.caveats]
        lines.append("")
    lines += ["---", "", f"Data checked on {b.checked_on}. Program: romestatute {b.version}"
              + (f"; answer schema {b.schema}" if b.schema else "") + ". Summaries are ours, not the Statute's "
              "text. Not legal advice.", ""]
    lines += [f"[^{n.number}]: {n.text}" for n in b.footnotes]
    return "\n".join(lines).rstrip() + "\n"


def _refs(numbers: tuple[int, ...] | list[int]) -> str:
    return "".join(f'<sup><a href="#fn-{n}" class="ref">[{n}]</a></sup>' for n in numbers)


def _note(text: str, url: str) -> str:
    body = escape(text)
    if url and url.startswith(("http://", "https://")):
        e = escape(url)
        body = body.replace(e, f'<a href="{e}">{e}</a>', 1)
    return body


def html(b: Brief) -> str:
    out = ['<!doctype html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<meta name="generator" content="romestatute {escape(b.version)}">',
           f"<title>{escape(b.title)}</title>", f"<style>\n{STYLE}\n</style>", "</head>", "<body>", "<article>",
           f'<header><h1 id="title">{escape(b.title)}</h1>',
           f'<p class="colophon">A brief from romestatute {escape(b.version)}; data checked on '
           f'{escape(b.checked_on)}.</p></header>',
           '<section id="question"><h2>Question</h2>', '<dl class="question">']
    out += [f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in b.question]
    out.append("</dl>")
    if b.what_if:
        out.append('<div class="whatif" id="what-if"><p><strong>What-if:</strong> this question adds hypothetical '
                   "events to the record:</p><ul>")
        out += [f"<li>{escape(w)}</li>" for w in b.what_if]
        out.append("</ul></div>")
    out += ["</section>", '<section id="answer"><h2>Answer</h2>', "<ul>"]
    out += [f"<li>{escape(a)}</li>" for a in b.answer]
    out += ["</ul>", "</section>", '<section id="reasoning"><h2>Reasoning</h2>']
    for group, steps in _groups(b.steps):
        if group:
            out.append(f"<h3>{escape(group)}</h3>")
        out.append('<ol class="steps">')
        for s in steps:
            out.append(f'<li><strong>{escape(s.heading)}</strong> <span class="mark mark-{s.mark}">'
                       f"({MARK[s.mark]})</span>: {escape(s.text)}{_refs(s.refs)}</li>")
        out.append("</ol>")
    if not b.steps:
        out.append("<p>No rule or event is recorded for this answer.</p>")
    out.append("</section>")
    if b.other_facts:
        out += ['<section id="other-facts"><h2>Other facts relied on</h2>', f"<p>{_refs(b.other_facts)}</p>",
                "</section>"]
    if b.readings:
        out += ['<section id="readings"><h2>Contested readings applied</h2>', "<ul>"]
        out += ["<li>" + ", ".join(f"Art. {escape(c)}{_refs([n])}" for c, n in cites) + f": {escape(r)}</li>"
                for cites, r in b.readings]
        out += ["</ul>", "</section>"]
    if b.caveats:
        out += ['<section id="caveats"><h2>Caveats</h2>', "<ul>"]
        out += [f"<li>{escape(c)}</li>" for c in b.caveats]
        out += ["</ul>", "</section>"]
    out += ['<section class="footnotes" id="footnotes"><h2>Notes</h2>', "<ol>"]
    out += [f'<li id="fn-{n.number}" data-kind="{n.kind}">{_note(n.text, n.url)}</li>' for n in b.footnotes]
    out += ["</ol>", "</section>",
            f'<p class="colophon" id="colophon">Data checked on {escape(b.checked_on)}. Program: romestatute '
            f"{escape(b.version)}" + (f"; answer schema {escape(b.schema)}" if b.schema else "")
            + ". Summaries are ours, not the Statute's text. Not legal advice.</p>",
            "</article>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
