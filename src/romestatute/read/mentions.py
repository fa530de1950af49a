"""What a report mentions: states, places, treaty acts, triggers and crimes, with their positions.

States are found as journalists write them, deterministically:

1. Capitalised phrases ("Russian President Vladimir Putin", "Democratic Republic of the Congo",
   "Ivory Coast") are cut from the text (split at "and" and commas), and each phrase is matched
   against country_converter's patterns as a whole, the way those patterns are meant to be used
   (they are written for a short name string: their ``^...$`` anchors and lookaheads such as
   ``^(?!.*south).*georgia`` then mean what they say).  Within a phrase the mention is the
   smallest run of words that still matches, so "Russian President Vladimir Putin" gives
   "Russian".
2. A match must sit on word boundaries: its end may be followed only by a demonym ending
   ("Russia|n", "Ukrain|ian", "Iraq|i"), so the bare ``gb`` in country_converter's pattern for the
   United Kingdom does not fire inside "Gbagbo", nor ``\\bchad`` inside "Chadwick".  Codes of three
   letters or fewer ("US", "UK", "DRC") count only when written in capitals.
3. Demonyms the patterns miss ("French", "British"), metonyms ("the Kremlin") and places
   ("Aleppo", "Crimea") come from ``lexicon``.
4. Names that are also people's names or a US state (Jordan, Chad, Georgia) are counted only
   with evidence, preferring precision: never inside a longer proper noun ("Michael Jordan",
   "Chad Smith", "Georgia Tech"); never in a sentence with US-state context (Atlanta, "state of
   Georgia"); and otherwise only when the text also has the demonym or capital, or the name follows
   a place preposition ("in Jordan", "war with Georgia"), or stands in a list with another state, or is
   the subject of an act on the Statute in a sentence naming the Court or the Statute ("Jordan ratified
   the Rome Statute").  French texts: « Maurice » (Mauritius, and a first name) the same way.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from romestatute import engine
from romestatute.read import lexicon as lx
from romestatute.read import places, scan
from romestatute.read.gazetteer import Gazetteer, find_many

WORD = r"(?:[dl][’']|al-|el-)?[A-ZÀ-ÖØ-Þ][\w’'.\-]*"
CONNECT = r"(?:of|the|de|du|da|del|des|la|le|von|van)"
PHRASE = re.compile(rf"{WORD}(?:[ \t]+(?:{CONNECT}[ \t]+)*{WORD})*")
#: A line break ends a sentence (headlines, captions), except a single one inside a hard-wrapped sentence: after a
#: line with no closing punctuation, before a line that goes on in lower case.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ö])|\n{2,}|(?<![\w,;])\n|\n(?![a-zà-ÿ])|"
                          r"(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])")
DEMONYM_ENDINGS = {"", "n", "ns", "an", "ans", "ian", "ians", "e", "ese", "i", "is", "ish", "'s", "’s", "ean", "eans", "ia",
                   "ien", "iens", "ic"}
PLACE_PREPOSITIONS = re.compile(r"\b(?:in|into|to|from|with|against|of|on|over|across|by|and)\s+$", re.IGNORECASE)
#: Between two states of one list: a comma or a conjunction, in English, French or Spanish ("Burundi y Filipinas"),
#: after the rest of a capitalised name ("Burundi, the Central African Republic and").  Case-sensitive, so the words
#: before it are a name's, never a clause's ("Budapest must execute the arrest warrant for the Russian ...").
LIST_GAP = re.compile(r"^(?:[ \t]+[A-ZÀ-Ö][\w’'-]*)*\s*(?:,\s*(?:and\s+|or\s+|et\s+|y\s+)?|"
                      r"\b(?:[Aa]nd|[Oo]r|[Nn]or|et|ou|ni|y|e|o)\s+|&\s*)"
                      r"(?:the\s+|l['’]|le\s+|la\s+|les\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’]|el\s+|los\s+|las\s+)?$")
MAX_WINDOW = 7


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str  # state | place | act | trigger | crime
    key: str  # ISO3, act kind, trigger kind or crime
    text: str
    start: int
    end: int
    sentence: int
    via: str = ""  # state: name | demonym | metonym | place
    negated: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "key": self.key, "text": self.text, "start": self.start,
                                  "end": self.end, "sentence": self.sentence}
        if self.via:
            out["via"] = self.via
        if self.negated:
            out["negated"] = True
        if self.extra:
            out.update(self.extra)
        return out


#: Where a sentence end can start: right after a full stop, "!" or "?", or at a line break.
SENTENCE_END_AT = re.compile(r"[.!?\n]")


def _sentence_ends(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of SENTENCE_END, as ``SENTENCE_END.finditer(text)`` finds them, trying the pattern
    only where a match can start (after ".", "!", "?" or at a line break: each alternative of the pattern begins
    there), instead of at every character."""
    last = -1  # where the next match may start (after an empty match: one character on)
    for c in SENTENCE_END_AT.finditer(text):
        at = c.start() if text[c.start()] == "\n" else c.end()
        if at < last:
            continue
        m = SENTENCE_END.match(text, at)
        if m is None:
            continue
        s, e = m.span()
        yield s, e
        last = e if e > s else e + 1


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; line breaks end sentences too (headlines, captions)."""
    out, start = [], 0
    for m_start, m_end in _sentence_ends(text):
        if text[start:m_start].strip():
            out.append((start, m_start))
        start = m_end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(engine.names().patterns)


def _clean_end(window: str, m: re.Match[str], iso3: str | None = None) -> bool:
    """The match starts at a word start and ends where at most a demonym ending follows, or the whole word is
    the name of the pattern's state (``iso3``): patterns stop short of a name's end ("comoro", "maldive",
    "afghan", "mexi"), so "the Comoros", "Afghanistan", "Mexico" are names, not a demonym's stem."""
    if m.start() > 0 and window[m.start() - 1].isalpha():
        return False
    rest = re.match(r"[\w’']*", window[m.end():]).group(0)  # type: ignore[union-attr]
    if rest.lower() in DEMONYM_ENDINGS or rest.lower().rstrip("’'") in DEMONYM_ENDINGS:  # "Palestinians'"
        return True
    return iso3 is not None and engine.names().exact(window[m.start():m.end() + len(rest)]) == iso3


def _trim(window: str) -> str:
    """Drop trailing punctuation and a possessive, keeping the dots of "U.S."."""
    window = window.rstrip(",;:")
    if window.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", window):
        window = window[:-1]
    for tail in ("'s", "’s", "'", "’"):  # "Russia's", "the US' list"
        if window.endswith(tail):
            window = window[: -len(tail)]
            break
    return window


def _window_matches(rx: re.Pattern[str], window: str, iso3: str | None = None) -> bool:
    m = rx.search(window)
    if m is None or not _clean_end(window, m, iso3):
        return False
    core = window.strip(".")
    return not (len(core.replace(".", "")) <= 3 and not core.replace(".", "").isupper())


@lru_cache(maxsize=1)
def _any_pattern() -> re.Pattern[str] | None:
    """All of country_converter's patterns as one: a phrase none of them matches needs no closer look."""
    pats = _patterns()
    flags = {rx.flags for _, rx in pats}
    if len(flags) != 1:
        return None
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for _, rx in pats), next(iter(flags)))
    except re.error:
        return None


def _phrase_states(phrase: str, offset: int) -> list[tuple[str, int, int]]:
    """(iso3, start, end) for the states named in one capitalised phrase."""
    return [(iso3, offset + s, offset + e) for iso3, s, e in _phrase_states_at(phrase)]


@lru_cache(maxsize=20_000)
def _phrase_states_at(phrase: str) -> tuple[tuple[str, int, int], ...]:
    """(iso3, start, end) within ``phrase`` (a phrase recurs in a report: computed once)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", phrase)]
    # the whole phrase, as country_converter's patterns expect a name; plus abbreviations written in
    # capitals ("The US" fails the anchored ``^u\.?s\.?$`` as a phrase but not as a word)
    caps = [phrase[s:e].rstrip(".,;:'’") for s, e in words if phrase[s:e].rstrip(",;:").replace(".", "").isupper()]
    # and the part after each "of (the)": "Judge O-Gon Kwon of the Republic of Korea" fails a pattern whose
    # look-ahead reads the judge's name ("d...p...r": North Korea) but not "Republic of Korea"
    tails = [phrase[m.end():] for m in OF_THE.finditer(phrase)]
    # and the phrase without a leading article: patterns anchored at a name's start (``^(?!.*amer.*)samoa``,
    # ``(^rep.*).*\bcongo``) fail on "The Republic of the Congo", « Le Samoa »
    tails += [phrase[m.end():] for m in [LEADING_ARTICLE.match(phrase)] if m]
    quick = _any_pattern()
    if quick is not None and not quick.search(phrase) and not any(quick.search(c) for c in caps + tails):
        return ()
    candidates = [(iso3, rx) for iso3, rx in _patterns()
                  if rx.search(phrase) or any(_window_matches(rx, c, iso3) for c in caps) or any(rx.search(t) for t in tails)]
    found: list[tuple[int, int, int, str]] = []  # (-length, start, end, iso3)
    for iso3, rx in candidates:
        best = None
        for n in range(1, min(MAX_WINDOW, len(words)) + 1):
            for i in range(len(words) - n + 1):
                s, e = words[i][0], words[i + n - 1][1]
                window = _trim(phrase[s:e])
                if _window_matches(rx, window, iso3):
                    best = (n, s, s + len(window))
                    break
            if best:
                break
        if best:
            best = _whole_name(phrase, words, best, iso3)
            found.append((-best[0], best[1], best[2], iso3))
    out: list[tuple[str, int, int]] = []
    for _, s, e, iso3 in sorted(found):
        if all(e <= s2 or s >= e2 for _, s2, e2 in out):
            out.append((iso3, s, e))
    return tuple(out)


def _whole_name(phrase: str, words: list[tuple[int, int]], best: tuple[int, int, int],
                iso3: str) -> tuple[int, int, int]:
    """The smallest window ``best`` (words, start, end) widened to the left to the longest run of words that is
    exactly a name of ``iso3``: "Republic of the Congo", not its last word "Congo" (which alone could be either
    Congo)."""
    n, s, e = best
    first = next(i for i, (ws, _) in enumerate(words) if ws == s)
    names = engine.names()
    for i in range(max(0, first - MAX_WINDOW), first):
        if names.exact(phrase[words[i][0]:e]) == iso3:
            return (n + first - i, words[i][0], e)
    return best


PIECE = re.compile(r"[^,;]+")
OF_THE = re.compile(r"\bof\s+(?:the\s+)?")
LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l[’'])\s*", re.IGNORECASE)
DEMONYM_TAILS = ("ian", "ians", "ese", "ish", "an", "ans", "i")


@lru_cache(maxsize=20_000)
def _phrase_mentions(phrase: str) -> tuple[tuple[str, int, int, str], ...]:
    """(iso3, start, end, 'name' or 'demonym') for the states in a capitalised phrase cut at commas and
    semicolons, positions within the phrase (a phrase recurs in a report: computed once)."""
    names = engine.names()
    out = []
    for piece in PIECE.finditer(phrase):
        offset = piece.start() + len(piece.group(0)) - len(piece.group(0).lstrip())
        for iso3, s, e in _phrase_states(piece.group(0).strip(), offset):
            word = phrase[s:e]
            demonym = word.lower().endswith(DEMONYM_TAILS)
            out.append((iso3, s, e, "demonym" if demonym and not names.exact(word) else "name"))
    return tuple(out)


@lru_cache(maxsize=8)
def _gazetteer(name: str) -> Gazetteer[str]:
    table = {"metonyms": lx.METONYMS, "demonyms": lx.DEMONYMS, "demonyms_fr": lx.DEMONYMS_FR,
             "demonyms_es": lx.DEMONYMS_ES, "places": {k: v["state"] for k, v in lx.PLACES.items()}}[name]
    if name in ("demonyms_fr", "demonyms_es"):
        return Gazetteer(dict(table), capital_start=False, normalize=str.lower, word_normalize=str.lower)
    return Gazetteer(dict(table))


def sentence_index(spans: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence of ``spans`` (``sentences``) that ``pos`` stands in: the last one starting at
    or before it (0 before the first one, or with none)."""
    return max(0, bisect.bisect_right(spans, (pos, sys.maxsize)) - 1)


def find_states(text: str, spans: list[tuple[int, int]], language: str = "en") -> list[Mention]:
    taken = bytearray(len(text) + 1)  # 1 where a mention already stands: overlap checks in O(length of mention)
    out: list[Mention] = []
    evidence: dict[str, bool] = {}

    known = engine.names().states

    def add(iso3: str, s: int, e: int, via: str, **extra: str) -> None:
        if iso3 not in known or any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("state", iso3, text[s:e], s, e, sentence_index(spans, s), via, extra=dict(extra)))

    # the name tables, in this order of precedence, read in one scan of the text (gazetteer.find_many)
    tables = [_gazetteer("metonyms"), _gazetteer("places"), places.table("region"), places.table("capital"),
              places.table("city"), places.table("foreign", language)]
    local = {"fr": "demonyms_fr", "es": "demonyms_es"}.get(language)  # lower-case adjectives of the report's language
    if local:
        tables.append(_gazetteer(local))
    found = iter(find_many([*tables, _gazetteer("demonyms")], text))
    for iso3, word, s, e in next(found):
        add(iso3, s, e, "metonym" if word != "Ivory Coast" else "name")
    for iso3, word, s, e in next(found):
        add(iso3, s, e, "place", place=word)
    for iso3, word, s, e in next(found):
        add(iso3, s, e, "place", place=word)
    for iso3, word, s, e in next(found):
        if not _inside_name(text, s, e, iso3) and not _first_name(text, s, e):
            add(iso3, s, e, "metonym", capital=word)
    for iso3, word, s, e in next(found):
        if not _inside_name(text, s, e, iso3) and not _first_name(text, s, e):  # "El Salvador", "Salvador Panelo"
            add(iso3, s, e, "place", place=word)
    for iso3, _word, s, e in next(found):
        add(iso3, s, e, "name")
    if local:
        for iso3, _word, s, e in next(found):
            if not _a_language(text, s, e):
                add(iso3, s, e, "demonym")
    for iso3, _word, s, e in next(found):
        before = text[max(0, s - 20):s].split()
        if iso3 == "USA" and before and before[-1].lower().strip(",") in lx.NOT_USA_BEFORE:
            continue
        if not _a_language(text, s, e):
            add(iso3, s, e, "demonym")
    for pm in PHRASE.finditer(text):
        at = pm.start()
        for iso3, s, e, via in _phrase_mentions(pm.group(0)):
            if (via == "demonym" and _a_language(text, at + s, at + e)) or LANGUAGE_WORD.search(text, at + s, at + e):
                continue  # "the Russian and Spanish texts", "Russian-language": languages
            if iso3 in lx.AMBIGUOUS and not _plausible_state(text, spans, iso3, at + s, at + e, pm, evidence):
                continue
            add(iso3, at + s, at + e, via)
        if language == "fr":  # « Maurice »: the name the French table leaves out, with the same evidence
            for iso3, info in lx.AMBIGUOUS_FR.items():
                for w in re.finditer(rf"\b{info['name'].capitalize()}\b", pm.group(0)):
                    if _plausible_state(text, spans, iso3, at + w.start(), at + w.end(), pm, evidence):
                        add(iso3, at + w.start(), at + w.end(), "name")
    if "PH" in text and any(m.key == "PHL" for m in out):
        for m in PH.finditer(text):  # "PH" for the Philippines, as Philippine media write it: only beside another mention
            add("PHL", m.start(), m.end(), "name")
    out.sort(key=lambda m: m.start)
    return out


#: "PH", as Philippine outlets write the Philippines in headlines ("PH to withdraw from ICC"): a word of its own (not
#: "pH", "Ph.D.", "PH-1", "UPH"), counted only where the report also names the Philippines another way (the name, a
#: demonym, Manila...), so a "PH" in a report about anything else is never read as a state.
PH = re.compile(r"(?<![\w.\-])PH(?:['’]s)?(?![\w.\-]|\s*\d)")


#: A name read whole with its hyphenated tail: "Russian-language", "French-speaking".
LANGUAGE_WORD = re.compile(r"-(?:language|speaking)\b", re.IGNORECASE)


def _a_language(text: str, s: int, e: int) -> bool:
    """Whether the demonym at ``s:e`` names a language: "the Chinese, French and Spanish texts", "Russian-speaking",
    "in Russian.", « en français », "traducido al ruso"."""
    if lx.LANGUAGE_AFTER.match(text, e):
        return True
    return bool(lx.LANGUAGE_BEFORE.search(text[max(0, s - 25):s]) and lx.LANGUAGE_BEFORE_END.match(text[e:e + 5]))


def _inside_name(text: str, s: int, e: int, iso3: str) -> bool:
    """Whether the place at ``s:e`` (of the state ``iso3``) is rather part of another state's name: it ends one with
    the words before it ("El Salvador", « République d’El Salvador »: not Brazil's Salvador), or, in French, it
    follows an article and alone names another state (« le Salvador », « du Salvador »: a city takes no article,
    a state's name does; « Le Caire » names no state).  A name of the place's own state ("République de
    Singapour") does not hide it."""
    before = text[max(0, s - 40):s].split()
    names = engine.names()
    if any(names.exact(" ".join([*before[-k:], text[s:e]])) not in (None, iso3)
           for k in range(1, min(3, len(before)) + 1)):
        return True
    return bool(before) and before[-1].lower() in ("le", "du", "au") and names.exact(text[s:e]) not in (None, iso3)


def _first_name(text: str, s: int, e: int) -> bool:
    """Whether the city at ``s:e`` is a person's first name: a title before it and a surname after it
    ("spokesman Salvador Panelo", "President Salvador Allende")."""
    return bool(lx.SURNAME_AFTER.match(text, e) and lx.PERSON_TITLE_BEFORE.search(text[max(0, s - 30):s]))


def _evidence_in(text: str, iso3: str) -> bool:
    """Whether the text has the demonym or the capital of an ambiguous name."""
    info = _ambiguous(iso3)
    return bool(re.search(rf"\b{info['demonym']}", text, re.IGNORECASE)) or info["capital"] in text


def _ambiguous(iso3: str) -> dict[str, str]:
    return lx.AMBIGUOUS.get(iso3) or lx.AMBIGUOUS_FR[iso3]


def _plausible_state(text: str, spans: list[tuple[int, int]], iso3: str, s: int, e: int, phrase: re.Match[str],
                     evidence: dict[str, bool] | None = None) -> bool:
    """Jordan, Chad, Georgia, « Maurice »: a state only with evidence (see the module docstring)."""
    info = _ambiguous(iso3)
    word = text[s:e].lower()
    sent = spans[sentence_index(spans, s)]
    sentence = text[sent[0]:sent[1]]
    if iso3 == "GEO" and lx.US_GEORGIA.search(sentence):
        return False
    bare = [re.sub(r"[’']s$", "", w.lower()).strip(".,;:") for w in re.findall(r"\S+", phrase.group(0))]
    others = [w for w in bare if w != re.sub(r"[’']s$", "", word)]
    if any(w not in lx.STATE_FORM_WORDS for w in others):
        return False  # "Michael Jordan", "Chad Smith", "Georgia Tech"
    if word.startswith(info["demonym"]):
        return True
    if evidence is None:
        evidence = {}
    if iso3 not in evidence:  # once per text and name, not once per mention
        evidence[iso3] = _evidence_in(text, iso3)
    if evidence[iso3]:
        return True
    if PLACE_PREPOSITIONS.search(text[max(sent[0], s - 12):s]):
        return True
    if lx.ACT_SUBJECT.match(text, e, sent[1]) and lx.TREATY_CONTEXT.search(sentence):
        return True  # "Jordan ratified the Rome Statute": the subject of an act on the Statute
    before, after = text[max(sent[0], s - 40):s], text[e:min(sent[1], e + 40)]
    near_state = re.compile(r"(?:,|\band\b|\bor\b)")
    return bool(near_state.search(before[-8:]) or near_state.match(after.lstrip()[:4] or " ")) and any(
        rx.search(chunk) for chunk in (before, after) for iso, rx in _patterns() if iso != iso3)


#: An act word counts in a sentence that names the Court or the Statute, or follows one that did within this many.
CONTEXT_SENTENCES = 2
NEEDS_OBJECT = re.compile(r"^(?:leav\w*|left|join\w*|rejoin\w*|sign|signed|signs|signing|sign[ée]\w*|quitt\w*|"
                          r"retir\w+|exit\w*|firm\w+|se\s+uni\w+|unirse|se\s+adhiri\w+)$", re.IGNORECASE)
#: In a sentence about the Court, "the agreement" or "the treaty" with nothing more is the Statute.
THE_AGREEMENT = re.compile(r"^\s+the\s+(?:agreement|accord|pact)\b(?!\s+(?:on|with|between|to)\b)", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"\b(?:it|which|that|they|she|he)\s+(?:had\s+|has\s+)?$", re.IGNORECASE)
DATED_AFTER = re.compile(r"^\s+(?:in|on)\s+(?:\d{4}|\d{1,2}\s+\w+|\w+\s+\d{1,2})", re.IGNORECASE)
#: A passive act with its agent: "The Rome Statute was signed by Ukraine", "The document was initially signed by the
#: Ukrainian government".
PASSIVE_BY = re.compile(r"^\s+(?:by|par|por)\s+", re.IGNORECASE)
PASSIVE_STATUTE = re.compile(r"\b(?:Statute|treaty|document|Statut(?:\s+de\s+Rome)?|trait[ée]|Estatuto(?:\s+de\s+Roma)?|"
                             r"tratado)\s+(?:was|were|had\s+been|has\s+been|a\s+été|avait\s+été|fut|fue|ha\s+sido)\s+"
                             r"(?:\w+ly\s+|\w+ment\s+)?$", re.IGNORECASE)
NOTICE_BEFORE = re.compile(r"\b(?:notif\w+|notice|instrument|deposit\w*|formally\s+(?:withdr|left|quit)|"
                           r"officially)\b", re.IGNORECASE)


def act_cue_ok(kind: str, sentence: str, word: str, end: int) -> bool:
    """Whether an act word (``word``, ending at ``end`` in the sentence) has the Statute (or the Court) as its
    object, or no other object."""
    after = sentence[end:end + 80]
    if kind == "revocation":
        start = end - len(word)
        return bool(lx.REVOKED_WITHDRAWAL.search(word) or lx.REVOKED_WITHDRAWAL.search(sentence[max(0, start - 60):start])
                    or lx.REVOKED_WITHDRAWAL.search(after[:60]))
    if kind not in ("withdrawal", "ratification", "signature") or " " in word.strip() and "move" in word.lower():
        return True
    if kind != "withdrawal" and UNDONE_BEFORE.search(sentence[max(0, end - len(word) - 45):end - len(word)]):
        return False  # "its withdrawal from ratifying the treaty", « retira ... su ratificación »: the act taken back
    if lx.ACT_NOUNS.match(word):
        if lx.STATUTE_OBJECT.match(after):
            return True
        other = lx.NOUN_OTHER_OBJECT.match(after)
        return not (other and other.group(0).split()[-1][:1].islower())
    if lx.STATUTE_OBJECT.match(after):
        return True
    if lx.ESTABLISHING.match(after) or THE_AGREEMENT.match(after):
        return True
    if NEEDS_OBJECT.match(word) and kind == "signature" and RELATIVE_BEFORE.search(sentence[max(0, end - len(word) - 25):
                                                                                          end - len(word)]) \
            and DATED_AFTER.match(after):
        return True  # "the agreement it signed in 2000": the object comes before
    start = end - len(word)
    if PASSIVE_BY.match(after) and PASSIVE_STATUTE.search(sentence[max(0, start - 60):start]):
        return True  # "The Rome Statute was signed by Ukraine in 2000": the Statute is the subject, the state the agent
    if lx.OTHER_OBJECT.match(after) or NEEDS_OBJECT.match(word):
        return False
    return True


#: Before a ratification or a signature: it is taken back or given up, not stated done ("withdrawal from ratifying
#: the treaty", "refrained from signing", "Filipinas retira con efecto inmediato su ratificación", « retire sa signature »).
UNDONE_BEFORE = re.compile(r"\b(?:withdr\w+|refrain\w*|abstain\w*|renounc\w+|abandon\w*)\s+from\s+$|"
                           r"\b(?:withdr\w+|retir\w+|revok\w+|revoc\w+|r[ée]voqu\w+|annul\w+)\b[^.;:]{0,30}?\b"
                           r"(?:its|their|the|su|sus|sa|son|ses|leur|leurs|la|el)\s+$", re.IGNORECASE)
SIGNATORY = re.compile(r"signator|signataire", re.IGNORECASE)
FIRST_SIGNERS = re.compile(r"\b(?:first|original|earliest|premiers?|premières?)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A sentence opening on a gerund of the act: "In withdrawing from the ICC, ...", « En se retirant de la CPI, ... ».
UNDER_WAY = re.compile(r"\s*[\"“‘']?(?:in|while|en)\s+(?:se\s+|s['’])?", re.IGNORECASE)
#: A verb in the future or the conditional: French ("se retirera", "quitterait") and Spanish ("dejará", "saldría",
#: "abandonarán").
FUTURE_FR = re.compile(r"\w+(?:era|eront|erait|eraient|ira|iront|irait|[aei]r[áa]n?|dr[áa]n?|[aei]r[íi]an?|"
                       r"dr[íi]an?)$", re.IGNORECASE)


#: A condition or a time still to come before an English act word in the present ("once it withdraws", "if
#: Burundi leaves", "when the country quits"): the act is only foreseen, not done.
CONDITION_BEFORE = re.compile(r"\b(?:once|if|when|whenever|unless|until|should)\s+(?:[\w’']+\s+){0,3}$", re.IGNORECASE)
PRESENT_3S = re.compile(r"[a-z]+[^s]s", re.IGNORECASE)


#: A modal verb right before the act word ("can be withdrawn", "would withdraw", « pourrait être retiré »).
MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might|would|will|shall|puede|podr[íi]a|peut|pourrait)\s+(?:not\s+)?"
                          r"(?:be\s+|être\s+|ser\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lowered_checks() -> tuple[re.Pattern[str], ...]:
    """ANNOUNCED, ANNOUNCED_NOT, NOTICE_BEFORE and NEGATION for a lowered text (read.scan; the same answers)."""
    return tuple(scan.lowered_pattern(rx) or rx for rx in (lx.ANNOUNCED, lx.ANNOUNCED_NOT, NOTICE_BEFORE, lx.NEGATION))


def foreseen(sentence: str, start: int, word: str = "") -> bool:
    """The act word ``word`` at ``start`` is told as to come or under way by its own form or the words just before it:
    "la Hongrie se retirera", "once it withdraws", "In withdrawing from the ICC, Duterte said"."""
    return bool(word and FUTURE_FR.match(word)
                or word and PRESENT_3S.fullmatch(word) and CONDITION_BEFORE.search(sentence[max(0, start - 40):start])
                or start < 16 and UNDER_WAY.fullmatch(sentence, 0, start))


def act_mode(sentence: str, start: int, word: str = "", lowered: str | None = None) -> str:
    """'announced' when the act is only announced, planned, voted or threatened; else 'done'.  ``lowered``:
    the sentence lowered (``scan.lowered_text``), read with the patterns made for it (faster)."""
    if foreseen(sentence, start, word):
        return "announced"
    if lowered is not None:
        sentence = lowered
        announced, announced_not, notice, _ = _lowered_checks()
    else:
        announced, announced_not, notice = lx.ANNOUNCED, lx.ANNOUNCED_NOT, NOTICE_BEFORE
    before = sentence[max(0, start - 45):start]
    if not announced.search(before):
        return "done"
    if MODAL_BEFORE.search(before):
        return "announced"  # "the instrument ... can be withdrawn": a notice's words, but only a possibility
    if (announced_not.search(before) or notice.search(sentence[max(0, start - 70):start])
            or lx.REPORTED_DONE.search(before)):
        return "done"
    return "announced"


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], ...]:
    """The treaty-context pattern, then the act, trigger and crime cues, in the order ``find_cues`` reads them."""
    return (lx.TREATY_CONTEXT, *(rx for _, rx, _ in lx.ACT_CUES), *(rx for _, rx in lx.TRIGGER_CUES),
            *(rx for _, rx in lx.CRIME_CUES))


def find_cues(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Treaty acts, triggers and crimes, each with its position; overlapping cues keep the longest.

    The patterns run together in one scan of the whole text (linear); a match is placed in its sentence by
    bisection."""
    raw: list[Mention] = []

    low = scan.lowered_text(text)  # the windows before an act word read lowered (see act_mode)
    negation = _lowered_checks()[3] if low is not None else lx.NEGATION

    # every cue pattern in one scan of the text (read.scan.scan_many), which also finds where a negation or an
    # announcement may start: a window before an act word with none of those needs no search
    every, (may_negate, may_announce) = scan.scan_many(_cue_patterns(), text, (lx.NEGATION, lx.ANNOUNCED))
    found = iter(every)
    named = sorted({sentence_index(spans, s) for s, _ in next(found)})

    def in_context(i: int) -> bool:  # the sentence, or one of the CONTEXT_SENTENCES before it, names the Court
        k = bisect.bisect_right(named, i) - 1
        return k >= 0 and i - named[k] <= CONTEXT_SENTENCES

    for kind, _rx, needs in lx.ACT_CUES:
        for m0, m1 in next(found):
            i = sentence_index(spans, m0)
            s0, e0 = spans[i] if spans else (0, len(text))
            if m1 > e0 or (needs and not in_context(i)):
                continue
            sentence = text[s0:e0]
            said = text[m0:m1]
            r0, r1 = m0 - s0, m1 - s0
            if not act_cue_ok(kind, sentence, said, r1):
                continue
            negated = scan.any_between(may_negate, max(s0, m0 - 30), m0) and \
                bool(negation.search((low or text)[max(s0, m0 - 30):m0])) and not \
                lx.UNTIL_NOW.match(sentence[r1:r1 + 30])
            anaphora = kind == "withdrawal" and any(w in said.lower() for w in ("move", "step", "decision",
                                                                               "do so", "suit", "le faire"))
            extra = {"anaphora": "yes"} if anaphora else {}
            if anaphora and not re.search(r"same|similar", said, re.IGNORECASE):
                extra["needs_antecedent"] = "yes"  # "to do so", "à le faire": only right after an act
            if kind == "signature" and SIGNATORY.match(said) and not negated and \
                    not FIRST_SIGNERS.search(sentence[max(0, r0 - 30):r0]):
                continue  # "X, a signatory": a status (a claim), not an act; "not signatories", "its first signatories" are
            if not anaphora and (scan.any_between(may_announce, max(s0, m0 - 45), m0) or foreseen(sentence, r0, said)) \
                    and act_mode(sentence, r0, said, None if low is None else low[s0:e0]) == "announced":
                extra["mode"] = "announced"
            raw.append(Mention("act", kind, said, m0, m1, i, negated=negated, extra=extra))
    for kind, _rx in lx.TRIGGER_CUES:
        raw += [Mention("trigger", kind, text[s:e], s, e, sentence_index(spans, s)) for s, e in next(found)]
    for kind, _rx in lx.CRIME_CUES:
        raw += [Mention("crime", kind, text[s:e], s, e, sentence_index(spans, s)) for s, e in next(found)]
    raw.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for mention in raw:
        if out and mention.start < out[-1].end and mention.kind == out[-1].kind:
            continue
        out.append(mention)
    return out


def find_places(states: list[Mention]) -> list[Mention]:
    return [m for m in states if m.via == "place"]
