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
    "Turkish": "TUR", "Burmese": "MMR", "Ivorian": "CIV", "Ivorians": "CIV", "Filipino": "PHL", "Philippine": "PHL",
    "Filipinos": "PHL", "Spanish": "ESP", "Greek": "GRC", "Belgian": "BEL", "Swedish": "SWE",
    "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN", "Portuguese": "PRT", "Malian": "MLI",
    "Malians": "MLI", "Kosovar": "XKX", "Emirati": "ARE", "Saudi": "SAU", "Yemeni": "YEM", "Lebanese": "LBN",
    # country_converter's patterns miss these too (a sweep of "The X government said so."): the name's stem differs
    "Hungarian": "HUN", "Hungarians": "HUN", "Burkinabe": "BFA", "Burkinabè": "BFA", "Polish": "POL",
    "Moroccan": "MAR", "Moroccans": "MAR", "Mozambican": "MOZ", "Mauritian": "MUS", "Comorian": "COM",
    "Maldivian": "MDV", "Thai": "THA", "Mexican": "MEX", "Mexicans": "MEX", "Peruvian": "PER", "Honduran": "HND",
    "Salvadoran": "SLV", "Salvadorans": "SLV", "Canadian": "CAN", "Canadians": "CAN", "Irish": "IRL",
    "Kazakh": "KAZ", "Maltese": "MLT", "Cypriot": "CYP", "Montenegrin": "MNE", "Luxembourgish": "LUX",
    "Monegasque": "MCO", "Togolese": "TGO", "Timorese": "TLS", "Barbadian": "BRB", "Grenadian": "GRD",
    "Bahamian": "BHS", "Panamanian": "PAN", "Guyanese": "GUY", "Filipina": "PHL",
}
#: French adjectives of nationality (written in lower case in French: "le président russe"), for French reports.
DEMONYMS_FR: dict[str, str] = {
    "russe": "RUS", "russes": "RUS", "ukrainien": "UKR", "ukrainienne": "UKR", "ukrainiens": "UKR",
    "burundais": "BDI", "burundaise": "BDI", "burundaises": "BDI", "sud-africain": "ZAF", "sud-africaine": "ZAF",
    "sud-africains": "ZAF", "gambien": "GMB", "gambienne": "GMB", "philippin": "PHL", "philippine": "PHL",
    "philippins": "PHL", "israélien": "ISR", "israélienne": "ISR", "israéliens": "ISR", "palestinien": "PSE",
    "palestinienne": "PSE", "palestiniens": "PSE", "soudanais": "SDN", "soudanaise": "SDN", "mongol": "MNG",
    "mongole": "MNG", "hongrois": "HUN", "hongroise": "HUN", "américain": "USA", "américaine": "USA",
    "américains": "USA", "vénézuélien": "VEN", "vénézuélienne": "VEN", "ivoirien": "CIV", "ivoirienne": "CIV",
    "ivoiriens": "CIV", "congolais": "COD", "kényan": "KEN", "kenyan": "KEN", "libyen": "LBY", "libyenne": "LBY",
    "malien": "MLI", "malienne": "MLI", "syrien": "SYR", "syrienne": "SYR", "afghan": "AFG", "birman": "MMR",
    "birmane": "MMR", "bangladais": "BGD", "géorgien": "GEO", "géorgienne": "GEO", "ougandais": "UGA",
    "centrafricain": "CAF", "centrafricaine": "CAF", "tchadien": "TCD", "jordanien": "JOR", "jordanienne": "JOR",
    "français": "FRA", "française": "FRA", "britannique": "GBR", "allemand": "DEU", "chinois": "CHN",
    "néerlandais": "NLD", "tadjik": "TJK", "azerbaïdjanais": "AZE",
}
#: Spanish adjectives of nationality (lower case in Spanish: "el primer ministro israelí"), for Spanish reports; the
#: forms of the states the Court's reports name most (as DEMONYMS_FR).  Not "congoleño" (two Congos: congo.py) nor
#: the forms that are also common words ("libia", "chino" as a noun are read by the names table anyway).
DEMONYMS_ES: dict[str, str] = {
    "israelí": "ISR", "israelíes": "ISR", "estadounidense": "USA", "estadounidenses": "USA", "ruso": "RUS",
    "rusa": "RUS", "rusos": "RUS", "rusas": "RUS", "ucraniano": "UKR", "ucraniana": "UKR", "ucranianos": "UKR",
    "ucranianas": "UKR", "filipino": "PHL", "filipina": "PHL", "filipinos": "PHL", "húngaro": "HUN", "húngara": "HUN",
    "húngaros": "HUN", "palestino": "PSE", "palestina": "PSE", "palestinos": "PSE", "sudanés": "SDN",
    "sudanesa": "SDN", "venezolano": "VEN", "venezolana": "VEN", "venezolanos": "VEN", "sirio": "SYR", "siria": "SYR",
    "sirios": "SYR", "libio": "LBY", "libios": "LBY", "francés": "FRA", "francesa": "FRA", "británico": "GBR",
    "británica": "GBR", "alemán": "DEU", "alemana": "DEU", "neerlandés": "NLD", "neerlandesa": "NLD",
    "holandés": "NLD", "holandesa": "NLD", "sudafricano": "ZAF", "sudafricana": "ZAF", "surafricano": "ZAF",
    "surafricana": "ZAF", "burundés": "BDI", "burundesa": "BDI", "gambiano": "GMB", "gambiana": "GMB",
    "keniano": "KEN", "keniana": "KEN", "keniata": "KEN", "ugandés": "UGA", "ugandesa": "UGA", "marfileño": "CIV",
    "marfileña": "CIV", "maliense": "MLI", "malienses": "MLI", "afgano": "AFG", "afgana": "AFG", "birmano": "MMR",
    "birmana": "MMR", "bangladesí": "BGD", "mongol": "MNG", "mongola": "MNG", "jordano": "JOR", "jordana": "JOR",
    "chadiano": "TCD", "chadiana": "TCD", "centroafricano": "CAF", "centroafricana": "CAF", "georgiano": "GEO",
    "georgiana": "GEO", "mexicano": "MEX", "mexicana": "MEX", "colombiano": "COL", "colombiana": "COL",
    "argentino": "ARG", "argentina": "ARG", "chileno": "CHL", "chilena": "CHL", "peruano": "PER", "peruana": "PER",
    "brasileño": "BRA", "brasileña": "BRA", "cubano": "CUB", "cubana": "CUB", "nicaragüense": "NIC",
    "boliviano": "BOL", "boliviana": "BOL", "ecuatoriano": "ECU", "ecuatoriana": "ECU", "china": "CHN",
    "chinos": "CHN", "japonés": "JPN", "japonesa": "JPN", "iraní": "IRN", "iraquí": "IRQ", "libanés": "LBN",
    "libanesa": "LBN", "egipcio": "EGY", "egipcia": "EGY", "español": "ESP", "española": "ESP", "italiano": "ITA",
    "italiana": "ITA", "belga": "BEL", "tayiko": "TJK", "azerbaiyano": "AZE", "armenio": "ARM", "armenia": "ARM",
}
#: After a demonym: the language, not the state ("the Arabic, Chinese, English, French, Russian and Spanish authentic
#: texts", "Russian-language", "Russian-speaking", "en ruso", "en français"): read on the words that follow a list of
#: capitalised words (or one word) ending in a language noun, or on "in/en X" closing a clause.
LANGUAGE_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bet\b|\by\b)\s*[A-Z][a-z]+)*\s*(?:-\s*|\s+)(?:authentic\s+)?"
                            r"(?:texts?|languages?|translations?|speaking|speakers?|textes?|"
                            r"langues?|textos?|idiomas?|lenguas?)\b")
LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|en|traduit\w*\s+(?:en|du)|traducid\w+\s+al)\s+$", re.IGNORECASE)
LANGUAGE_BEFORE_END = re.compile(r"^\s*(?:[,.;:)\n]|$|(?:y|o|et|ou|and|or)\s)")

#: Words before "American(s)" that make it not the United States.
NOT_USA_BEFORE = {"latin", "south", "north", "central", "native", "african", "asian", "mexican", "pan",
                  "arab", "irish", "italian", "japanese", "korean", "chinese", "cuban", "indian"}

#: Words standing for a state's government or the state itself.
METONYMS: dict[str, str] = {
    "Kremlin": "RUS", "Moscow": "RUS", "Moscou": "RUS", "Oulan-Bator": "MNG", "Ulan Bator": "MNG", "Kyiv": "UKR", "Kiev": "UKR", "Damascus": "SYR", "Assad regime": "SYR",
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
#: The same in French (the foreign-name table leaves the name out): « Maurice » is a first name too.
AMBIGUOUS_FR: dict[str, dict[str, str]] = {
    "MUS": {"name": "maurice", "demonym": "maurici", "capital": "Port-Louis"},
}
#: After an ambiguous name, the verb of an act on the Statute with the name as its subject ("Jordan ratified",
#: "Chad has not signed", « Maurice a ratifié », « Maurice s’est retirée »): in a sentence naming the Court or the
#: Statute (TREATY_CONTEXT), only a state does that.
ACT_SUBJECT = re.compile(r"['’]?s?\s+(?:has\s+|have\s+|had\s+|did\s+|does\s+|a\s+|avait\s+|n['’]a\s+|n['’]avait\s+"
                         r"|s['’]est\s+|se\s+)?(?:not\s+|never\s+|yet\s+to\s+|pas\s+|jamais\s+)?(?:formally\s+)?"
                         r"(?:ratif\w+|acced\w+|join\w*|withdr\w+|sign\w*|adh[ée]r\w+|retir\w+|quitt\w+)\b", re.IGNORECASE)
#: A title or role just before a capitalised name: with a surname after it, a city's name there is a first name
#: ("spokesman Salvador Panelo", "President Salvador Allende", « le porte-parole Salvador Panelo »).
PERSON_TITLE_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|counsel|lawyer|attorney|Mr|Mrs|Ms|Dr|judge|president|"
                                 r"minister|secretary|senator|ambassador|prosecutor|general|colonel|director|chief|"
                                 r"advis[eo]r|aide|deputy|governor|mayor|envoy|porte-parole|M|Mme|juge|ministre|avocat|"
                                 r"pr[ée]sident|procureur|portavoz|abogado|ministro|presidente|se[ñn]or|Sr)\.?\s+$", re.IGNORECASE)
SURNAME_AFTER = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\b")
#: Words that, in the same sentence, make "Georgia" the US state.
US_GEORGIA = re.compile(r"\b(Atlanta|Savannah|U\.?S\.? state|state of Georgia|Peach State|county|Georgia Tech)\b")
#: Words around a name that make it a proper noun for a person or an institution, not a state.
STATE_FORM_WORDS = {"republic", "kingdom", "hashemite", "state", "of", "the", "federation", "democratic"}

#: Treaty-context words: an act cue counts only in a sentence that speaks of the Court or the Statute.
TREATY_CONTEXT = re.compile(r"\b(ICC|CPI|International Criminal Court|Cour p[ée]nale internationale|Rome Statute|"
                            r"Statut de Rome|Statute|Statut|the Court|la Cour|treaty|trait[ée]|agreement|the body|"
                            r"tribunal|court's|ICC's|instance judiciaire|juridiction p[ée]nale|Corte Penal Internacional|Estatuto de Roma|"
                            r"TPI|la\s+corte|el\s+tribunal)\b", re.IGNORECASE)

_I = re.IGNORECASE
#: Treaty acts: (kind, pattern, needs treaty context).  Longer, more specific patterns first.  English and French.
ACT_CUES: list[tuple[str, re.Pattern[str], bool]] = [
    ("not_party_notice", re.compile(
        r"\bnot\s+(?:to\s+)?becom\w*\s+a\s+(?:state\s+)?party|\b(?:does|do|did)\s+not\s+intend\s+to\s+"
        r"(?:become|ratify)|\bun-?sign\w*|\b(?:withdr\w+|remov\w+|revok\w+|cancel\w*)\s+(?:its\s+|their\s+|the\s+)?"
        r"signature|\bretir\w*\s+(?:sa|leur)\s+signature|\bretir\w*\s+(?:\w+\s+)?(?:su|sus)\s+firmas?\b", _I), False),
    ("declaration_12_3", re.compile(
        r"\b12\s*\(3\)|\barticle\s+12(?:[.,]\s?3|,?\s+paragraphe\s+3)\b|\baccept\w*\s+(?:the\s+)?(?:ICC['’]?s?\s+|[Cc]ourt['’]?s?\s+)?jurisdiction|"
        r"\b(?:lodg|fil|submitt)\w+\s+(?:a\s+|an?\s+)?(?:\w+\s+)?declaration|\baccept\w*\s+la\s+comp[ée]tence", _I), False),
    ("revocation", re.compile(r"\b(?:revok\w+|rescind\w*|rescission|revers\w+\s+(?:its|the|their)\s+"
                              r"(?:decision|withdrawal|move)|U-turn|r[ée]voqu\w+|annul\w+\s+(?:son|le|leur)\s+retrait|"
                              r"renonc\w+\s+à\s+(?:son|leur)\s+retrait|revenu\w*\s+sur\s+(?:sa|leur)\s+d[ée]cision)", _I), True),
    ("withdrawal", re.compile(r"\b(?:withdraw(?:s|n|ing|al|als)?|withdrew|pull(?:s|ed|ing)?[\s-]+out|pull-?out|"
                              r"quit(?:s|ting)?|exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|"
                              r"retrait|retir\w+|quitt\w*|sortie|"
                              r"sal(?:ir|ida|i[óo]|ieron|dr[áa]n?|dr[íi]an?)|abandon(?:ar|[óo]|aron|ar[áa]n?|ar[íi]an?)|"
                              r"dej(?:ar|[óo]|aron|ar[áa]n?|ar[íi]an?))\b", _I), True),
    ("withdrawal", re.compile(r"\b(?:the\s+)?(?:same|similar)\s+(?:move|step|decision)\b|\bto\s+do\s+so\b|"
                              r"\bfollow(?:ed|s|ing)?\s+suit\b|\bà\s+le\s+faire\b", _I), True),
    ("ratification", re.compile(r"\bratif(?:y|ies|ied|ying|ication|ications)\b|\baccede\w*|\baccession\b|"
                                r"\bjoin(?:s|ed|ing)?\b|\bratifi\w+|\badh[ée]r\w+|\badh[ée]sion|\badhesi[óo]n|\brejoin\w*|"
                                r"\bse\s+(?:uni(?:ó|eron)|adhiri(?:ó|eron))\b|\bunirse\b", _I), True),
    ("signature", re.compile(r"\bsign(?:ed|s|ing)?\b|\bsignature\b|\bsign[ée]\w*|\bsignator(?:y|ies)\b|"
                             r"\bsignataires?\b|\bfirm(?:ó|aron|ado|ada|ados|adas|ar|an|ante|antes)\b", _I), True),
]
#: What the Statute or the Court is called as the object of an act ("joined the ICC", "signed the Rome Statute").
STATUTE_OBJECT = re.compile(r"^[\s,]*(?:(?:\w+ly|\w+mente|\w+ment|(?:on\s+)?\w+day|today|tomorrow|lundi|mardi|mercredi|jeudi|"
                            r"vendredi|samedi|dimanche|aujourd['’]hui|demain)\s+){0,2}(?:(?:its|his|her|their|the)\s+(?:country['’]s\s+)?)?(?:membership\s+(?:in|of|from)\s+)?"
                            r"(?:(?:from|to|of|with|de|du|à|au|la|le|l'|l’|del|al|a)\s*)*(?:the\s+|an?\s+|its\s+|their\s+|"
                            r"le\s+|la\s+|l['’]|el\s+|lo\s+)?(?:(?:founding|court's|ICC's|treaty's|\d{4})\s+)?"
                            r"(?:ICC|CPI|International\s+Criminal\s+Court|Cour\s+p[ée]nale|Rome\s+(?:Statute|Treaty)|Statute|"
                            r"Statut|court|cour|corte|Estatuto|TPI|treaty|trait[ée]|tribunal|Hague-based|instance\s+judiciaire|juridiction\s+p[ée]nale)", _I)
#: Another object after an act word: "signed an order", "left the country", "withdrew the charges"; with no article only
#: a plural that takes none ("withdrew troops", "withdrew Russian forces").
OTHER_OBJECT = re.compile(r"^\s+(?:(?:an?|the|this|that|its|his|her|their|un|une|le|la|les|ce|cet|cette|ses|son|sa)\s+"
                          r"(?:\w+\s+){0,2}?|(?:\w+\s+)?(?=(?:troops|forces|soldiers|charges|support|troupes)\b))(?:order|decree|law|bill|letter|statement|deal|contract|petition|"
                          r"document|agreement|memorandum|accord|pact|warrant|charges?|troops?|forces?|ambassador|"
                          r"country|capital|city|summit|meeting|room|hall|office|building|post|application|"
                          r"request|support|case|plane|airport|amendments?|ordonnance|d[ée]cret|loi|lettre|"
                          r"pays|troupes|soldiers)\b", _I)
#: After another object: it is the Statute after all ("an agreement to join the court", "a treaty establishing it").
ESTABLISHING = re.compile(r"^\s+\w+\s+(?:\w+\s+)?(?:(?:to|that)\s+(?:establish|create|join|set\s+up)|establishing|creating|"
                          r"setting\s+up|founding)\b", _I)
#: Nouns: "Burundi's withdrawal", "la sortie"; they need no object.
ACT_NOUNS = re.compile(r"^(?:withdrawals?|retrait|sortie|exit|pull-?out|accession|adh[ée]sion|ratifications?|"
                       r"signature|signataire|signator(?:y|ies))$", _I)
#: "withdrawal of the charges", "signature of the agreement": a noun whose object is something else.
NOUN_OTHER_OBJECT = re.compile(r"^\s+(?:of|des?|du)\s+(?:the\s+|its\s+|les?\s+|la\s+|l['’])?(?!ICC|CPI|Court|Cour|Rome|"
                               r"Statut|treaty|trait|International|instance\s+judiciaire|juridiction)\w+", _I)
#: Before an act word: it is announced, planned or threatened, not done.
ANNOUNCED = re.compile(r"(?:\bto\s+(?:\w+ly\s+)?|\b(?:will|would|shall|can|could|may|might|puede|peut|plans?|planned|planning|intends?|intended|"
                       r"intention|threat\w*|wants?|decided|decision|vot\w+|bill|move|considering|consider|"
                       r"proposed|proposal|possible|potential|announc\w+|va|veut|compte|entend|menac\w+|"
                       r"envisag\w+|projet|intention\s+de|annonc\w+|pourrait|d[ée]cid\w+|d[ée]cision|entam\w+|proc[ée]dure|"
                       r"anunci\w+|decidi\w+|decisi[óo]n|inici\w+|proceso|planea\w*|quiere\w*|amenaz\w+|visant|vis[ée]\w*|"
                       r"aim(?:s|ed|ing)?\s+at|seek\w*|sought)\b[\w\s,'’]{0,25})$", _I)
#: ... or a done act reported in the perfect: "announced that it had withdrawn", « a annoncé qu'il s'était retiré »,
#: « anunció que se había retirado ».
REPORTED_DONE = re.compile(r"\b(?:announc\w+|said|says|confirm\w+|declared|annonc\w+|confirm\w+|anunci\w+)\s+"
                           r"(?:that\s+|qu['’]\s*|que\s+)?(?:[\w’']+\s+){0,3}?(?:had|has|have|s['’]\s*était|avait|"
                           r"se\s+hab[íi]a|hab[íi]a)\s+(?:(?:already|formally|officially|d[ée]j[àa]|officiellement|ya)\s+)?$",
                           _I)
#: ... unless it is a record ("the first country to leave").
ANNOUNCED_NOT = re.compile(r"\b(?:first|second|third|1st|2nd|3rd|only|last|latest|premier|première|seul|second)\s+(?:\w+\s+){0,2}"
                           r"(?:to|à)\s+$", _I)
#: A revocation is of a withdrawal (or its notice or the decision): "revoked the licences" is not one.
REVOKED_WITHDRAWAL = re.compile(r"\b(?:withdr\w+|notice|notification|instrument|decision|retrait|d[ée]cision|move|exit|"
                                r"pull-?out|U-turn)\b", _I)
#: "had not ratified it until now": the negation is over, the act is done.
UNTIL_NOW = re.compile(r"^(?:\s+\w+){0,2}\s+(?:until|till)\s+(?:now|today|this\s+week)|^(?:\s+\w+){0,2}\s+"
                       r"jusqu['’](?:à\s+présent|ici|aujourd)", _I)
NEGATION = re.compile(r"(?:\b(?:never|not|n't|yet\s+to|failed\s+to|refus\w+\s+to|without|jamais|pas|non|nunca|jamás|"
                      r"todav[íi]a\s+no|a[úu]n\s+no)\s+(?:\w+\s+){0,2}|n['’]a\s+(?:\w+\s+){0,2}|"
                      r"\bno\s+(?:(?:lo|la|los|las|le|se|ha|han|hab[íi]a|hab[íi]an|haya)\s+){0,2})$", _I)

TRIGGER_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("veto", re.compile(r"\bveto(?:es|ed|ing)?\b|\bnegative\s+votes?\b|\bvet(?:ó|aron|an|ar)\b", _I)),
    ("referral", re.compile(r"\brefer(?:s|red|ring|ral|rals)?\b|\brenvo[iy]\w*|\bd[ée]f[ée]r\w+", _I)),
    ("investigation", re.compile(r"\binvestigat\w+|\bprosecut(?:e|es|ed|ing|ion|ions)\b|\binvestigaci[óo]n\w*|\bpreliminary\s+examination|\bprobe\b|\benqu[êe]tes?\b|"
                                 r"\bexamen\s+pr[ée]liminaire", _I)),
    ("warrant", re.compile(r"\bwarrants?\b|\bmandats?\s+d['’]arr[êe]t|\b[óo]rden(?:es)?\s+de\s+(?:arresto|detenci[óo]n|"
                           r"captura)", _I)),
]
CRIME_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("genocide", re.compile(r"\bg[ée]nocid\w*", _I)),
    ("crimes_against_humanity", re.compile(r"\bcrimes?\s+(?:against\s+humanity|contre\s+l['’]humanit[ée])|"
                                           r"\b(?:cr[íi]men(?:es)?\s+de\s+)?lesa\s+humanidad", _I)),
    ("war_crimes", re.compile(r"\bwar\s+crimes?\b|\bcrimes?\s+de\s+guerre\b|\bcr[íi]men(?:es)?\s+de\s+guerra\b", _I)),
    ("aggression", re.compile(r"\b(?:crime\s+(?:of|d['’])\s*)?agr?ession\b", _I)),
]
#: Conduct a report can place on a territory.
CONDUCT = re.compile(r"\b(?:air\s*-?strikes?|strikes?|bomb(?:s|ed|ing|ings|ardment|ardments)?|shell(?:ed|ing)|"
                     r"attacks?|attacked|offensive|invasion|invaded|annex(?:ation|ed)|occupation|occupied|"
                     r"deportations?|deported|kill(?:ed|ing|ings))\b", _I)

#: Words that put a person somewhere: a visit, a trip, a summit, an arrival (English and French).
VISIT = re.compile(r"\b(?:visit\w*|trip|travel\w*|arriv\w+|land(?:ed|s|ing)|summit|hosted|host(?:s|ing)|"
                   r"plane|flight|flown|took\s+off|taken\s+off|hid(?:e|es|ing)|hiding\s+out|shelter\w*|"
                   r"moving\s+(?:among|between|around|in)|believed\s+to\s+be\s+in|roam\w*|"
                   r"welcom\w+|red\s+carpet|tour\w*|flew|fly(?:ing)?|attend\w*|visite\w*|voyage\w*|sommet|"
                   r"accueill\w+|se\s+rend\w*|s['’]est\s+rendu\w*|arriv[ée]\w*|s[ée]jour\w*)\b", _I)
#: Places that stand for the Court or the UN, not for the state they are in.
SEATS = {"The Hague", "Hague", "La Haye", "New York", "Geneva", "Genève", "Rome"}
#: Regions that matter to the Court, with the state whose territory they are (names as journalists write them).
REGIONS: dict[str, str] = {
    "Gaza": "PSE", "Gaza Strip": "PSE", "West Bank": "PSE", "East Jerusalem": "PSE", "Cisjordanie": "PSE",
    "bande de Gaza": "PSE", "Ituri": "COD", "North Kivu": "COD", "South Kivu": "COD", "Kivu": "COD",
    "Nord-Kivu": "COD", "Sud-Kivu": "COD", "Cox's Bazar": "BGD", "Cox’s Bazar": "BGD", "Rakhine": "MMR",
    "Darfour": "SDN", "Crimée": "UKR", "Donbass": "UKR", "Abkhazia": "GEO", "South Ossetia": "GEO",
    "Tskhinvali": "GEO", "Mindanao": "PHL", "Davao": "PHL", "Kherson": "UKR", "Zaporizhzhia": "UKR",
    # China's special administrative regions: the Statute binds them as China's territory (China is no party)
    "Hong Kong": "CHN", "Macau": "CHN", "Macao": "CHN",
}
