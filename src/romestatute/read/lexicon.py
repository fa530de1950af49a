"""The small word lists ``rome read`` adds to country_converter's name patterns, written here.

country_converter's regular expressions cover names and the demonyms that begin
with the name ("Russian", "Syrian", "Ukrainian").  These tables add the rest:
demonyms that do not ("French", "British"), metonyms that stand for a
government ("the Kremlin"), places a report uses for a state's territory
("Aleppo", "Crimea"), and the cue words for treaty acts, triggers, crimes and
conduct.  They are deliberately short: every entry is one a journalist writes
and none is a common English word.
"""

from __future__ import annotations

import re

#: Demonyms that country_converter's patterns do not reach (capitalised words only).
DEMONYMS: dict[str, str] = {
    "French": "FRA", "British": "GBR", "Briton": "GBR", "Britons": "GBR", "Chinese": "CHN",
    "American": "USA", "Americans": "USA", "German": "DEU", "Germans": "DEU", "Dutch": "NLD", "Swiss": "CHE",
    "Turkish": "TUR", "Burmese": "MMR", "Ivorian": "CIV", "Ivorians": "CIV", "Filipino": "PHL",
    "Filipinos": "PHL", "Spanish": "ESP", "Greek": "GRC", "Belgian": "BEL", "Swedish": "SWE",
    "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN", "Portuguese": "PRT", "Malian": "MLI",
    "Malians": "MLI", "Kosovar": "XKX", "Emirati": "ARE", "Saudi": "SAU", "Yemeni": "YEM", "Lebanese": "LBN",
}
#: Words before "American(s)" that make it not the United States.
NOT_USA_BEFORE = {"latin", "south", "north", "central", "native", "african", "asian", "mexican", "pan",
                  "arab", "irish", "italian", "japanese", "korean", "chinese", "cuban", "indian"}

#: Words standing for a state's government or the state itself.
METONYMS: dict[str, str] = {
    "Kremlin": "RUS", "Moscow": "RUS", "Kyiv": "UKR", "Kiev": "UKR", "Damascus": "SYR", "Assad regime": "SYR",
    "Assad government": "SYR", "Beijing": "CHN", "White House": "USA", "Pretoria": "ZAF", "Banjul": "GMB",
    "Bujumbura": "BDI", "Gitega": "BDI", "Manila": "PHL", "Caracas": "VEN", "Budapest": "HUN", "Kabul": "AFG",
    "Khartoum": "SDN", "Downing Street": "GBR", "Elysee": "FRA", "Élysée": "FRA", "Tbilisi": "GEO",
    "Amman": "JOR", "N'Djamena": "TCD", "Ivory Coast": "CIV",
}

#: Places a report names for part of a state's territory.  ``occupier``/``since``: a territory under
#: another state's control from a date recorded in our data (Crimea: Ukraine's second 12(3) declaration
#: covers conduct from 2014-02-20, the start of the events that led to the annexation).
PLACES: dict[str, dict[str, str]] = {
    **{p: {"state": "SYR"} for p in ("Aleppo", "Idlib", "Homs", "Raqqa", "Ghouta", "Daraa", "Hama")},
    **{p: {"state": "UKR"} for p in ("Donbas", "Donbass", "Donetsk", "Luhansk", "Mariupol", "Bucha",
                                     "Kharkiv")},
    "Crimea": {"state": "UKR", "occupier": "RUS", "since": "2014-02-20"},
    "Sevastopol": {"state": "UKR", "occupier": "RUS", "since": "2014-02-20"},
    "Darfur": {"state": "SDN"}, "Benghazi": {"state": "LBY"}, "Rakhine": {"state": "MMR"},
}

#: State names that are also people's names or US states: counted only with evidence (see mentions.py).
AMBIGUOUS: dict[str, dict[str, str]] = {
    "JOR": {"name": "jordan", "demonym": "jordanian", "capital": "Amman"},
    "TCD": {"name": "chad", "demonym": "chadian", "capital": "N'Djamena"},
    "GEO": {"name": "georgia", "demonym": "georgian", "capital": "Tbilisi"},
}
#: Words that, in the same sentence, make "Georgia" the US state.
US_GEORGIA = re.compile(r"\b(Atlanta|Savannah|U\.?S\.? state|state of Georgia|Peach State|county|Georgia Tech)\b")
#: Words around a name that make it a proper noun for a person or an institution, not a state.
STATE_FORM_WORDS = {"republic", "kingdom", "hashemite", "state", "of", "the", "federation", "democratic"}

#: Treaty-context words: an act cue counts only in a sentence that speaks of the Court or the Statute.
TREATY_CONTEXT = re.compile(r"\b(ICC|International Criminal Court|Rome Statute|Statute|the Court|treaty|"
                            r"agreement|the body|tribunal|court's|ICC's)\b", re.IGNORECASE)

_I = re.IGNORECASE
#: Treaty acts: (kind, pattern, needs treaty context).  Longer, more specific patterns first.
ACT_CUES: list[tuple[str, re.Pattern[str], bool]] = [
    ("not_party_notice", re.compile(
        r"\bnot\s+(?:to\s+)?becom\w*\s+a\s+(?:state\s+)?party|\b(?:does|do|did)\s+not\s+intend\s+to\s+"
        r"(?:become|ratify)|\bun-?sign\w*|\b(?:withdr\w+|remov\w+|revok\w+|cancel\w*)\s+(?:its\s+|their\s+|the\s+)?"
        r"signature", _I), False),
    ("declaration_12_3", re.compile(
        r"\b12\s*\(3\)|\baccept\w*\s+(?:the\s+)?(?:ICC'?s?\s+|Court'?s?\s+)?jurisdiction|"
        r"\b(?:lodg|fil|submitt)\w+\s+(?:a\s+|an?\s+)?(?:\w+\s+)?declaration", _I), False),
    ("revocation", re.compile(r"\b(?:revok\w+|rescind\w*|rescission|revers\w+\s+(?:its|the)\s+"
                              r"(?:decision|withdrawal)|U-turn)", _I), True),
    ("withdrawal", re.compile(r"\b(?:withdraw(?:s|n|ing|al|als)?|withdrew|pull(?:s|ed|ing)?\s+out|"
                              r"quit(?:s|ting)?|exit(?:s|ed|ing)?|leav(?:e|es|ing))\b", _I), True),
    ("withdrawal", re.compile(r"\b(?:the\s+)?(?:same|similar)\s+(?:move|step|decision)\b", _I), True),
    ("ratification", re.compile(r"\bratif(?:y|ies|ied|ying|ication|ications)\b|\baccede\w*|\baccession\b|"
                                r"\bjoin(?:s|ed|ing)?\b", _I), True),
    ("signature", re.compile(r"\bsign(?:ed|s|ing)?\b|\bsignator(?:y|ies)\b|\bsignature\b", _I), True),
]
#: "signed an order" is not a signature of the Statute.
NOT_A_TREATY_SIGNATURE = re.compile(r"^\s+(?:an?|the|this)\s+(?:\w+\s+)?(?:order|decree|law|bill|letter|"
                                    r"statement|deal|contract|petition)\b", _I)
NEGATION = re.compile(r"\b(?:never|not|n't|yet\s+to|failed\s+to|refus\w+\s+to|without)\s+(?:\w+\s+){0,2}$", _I)

TRIGGER_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("veto", re.compile(r"\bveto(?:es|ed|ing)?\b", _I)),
    ("referral", re.compile(r"\brefer(?:s|red|ring|ral|rals)?\b", _I)),
    ("investigation", re.compile(r"\binvestigat\w+|\bpreliminary\s+examination|\bprobe\b", _I)),
    ("warrant", re.compile(r"\bwarrants?\b", _I)),
]
CRIME_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("genocide", re.compile(r"\bgenocid\w*", _I)),
    ("crimes_against_humanity", re.compile(r"\bcrimes?\s+against\s+humanity\b", _I)),
    ("war_crimes", re.compile(r"\bwar\s+crimes?\b", _I)),
    ("aggression", re.compile(r"\b(?:crime\s+of\s+)?aggression\b", _I)),
]
#: Conduct a report can place on a territory.
CONDUCT = re.compile(r"\b(?:air\s*-?strikes?|strikes?|bomb(?:s|ed|ing|ings|ardment|ardments)?|shell(?:ed|ing)|"
                     r"attacks?|attacked|offensive|invasion|invaded|annex(?:ation|ed)|occupation|occupied|"
                     r"deportations?|deported|kill(?:ed|ing|ings))\b", _I)
