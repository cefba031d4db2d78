"""Street addresses: US, Canadian grid ("14732 88 Ave"), British ("14 Elmfield Grove"), European-style, military.

Presidio has no address recognizer, and spaCy's LOCATION stops at cities. Each pattern
needs a street-type word (Ave, Street, Via, -strasse, -gatan …), a unit (Apt, Suite),
a military box (PSC/APO/FPO) or "the corner of … and …": a number next to a
capitalised word is not enough ("Grade 3", "Nov 5", "iPhone 12", "poster #42"). An
address is followed through the lines or commas that continue it (unit, city, state,
ZIP, country), so a whole postal block is one span.
"""

from __future__ import annotations

import regex as re

from postcheck.text.recognizers.context_window import TextWindowContext
from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer
from postcheck.text.recognizers.digit_words import DIGIT_WORD

# A capitalised word of a street name ("Cedar", "W.", "O'Neil", "St.") or an ordinal ("42nd").
_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,3}(?:st|nd|rd|th))"
# Lower-case particles inside names: "Rue de Virton", "Via dei Fiorentini".
_PARTICLE = r"(?:de|del|della|dei|di|da|do|dos|das|du|des|la|le|van|von|der|den|ten|z|y|e|i)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"
_NUMBER = r"\d{1,6}(?:-\d{1,5})?[A-Za-z]?\b"

_US_SUFFIX = (r"(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|"
              r"place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|"
              r"loop|plaza|crescent|cres|close|row|turnpike|tpke|pike|bypass|alley|walk|"
              r"point|ridge|heights|hts|str|squares|union|route|expressway|freeway|"
              # British, Irish, Australian and New Zealand street types: 14 Elmfield Grove, 3 Wattlebird Crt, 42 Elm Cl.
              r"grove|gr|gardens|gdns|mews|crt|cl|parade|pde|esplanade|esp|wynd|brae|rise|chase)\b\.?")
# Words that open a street name in Romance, Slavic and other languages.
_PREFIX = (r"(?:Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Rue|Avenida|Avda\.|Rua|Calle|Carrer|"
           r"Camino|Paseo|Plaza|Praça|Travessa|Estrada|Alameda|Boulevard|Chemin|Allée|Impasse|"
           r"Quai|Ulica|ul\.|Trg|Aleja|Strada|Bulevar|Bulevardul|Calea|Sokak|Caddesi)")
# Endings of one-word street names: Magasinsgatan, Friedhofstrasse, Ringvej, Puruntie.
_SUFFIXED = (r"\p{Lu}[\p{L}\p{M}]{2,}(?:stræde|stræti|vænget|braut|stien|hove|gatan|gata|vägen|väg|gränd|vej|vejen|gade|straße|strasse|"
             r"weg|gasse|laan|straat|plein|katu|tie|kuja|polku|ulica|utca|út|cesta|veien|vei|"
             r"vegen|veg|vegur|stígur|allee|dreef|kade|gracht|singel|steeg|torget|torg)\b\.?")

# Street-type words that follow the name in other languages: "Villacher Strasse 89", "Erzsébet tér 19".
_TYPE_WORD = r"(?:Strasse|Straße|strasse|straße|str\.|tér|u\.|útja|út|utca|kapu|Baan|baan|Wei|vej|gade|vei|veg|ulica|cesta|tee|gate)"

_US_STREET = rf"\b{_NUMBER}[ \t]+(?:{_NAME}[ \t]+)?{_WORD}[ \t]+{_US_SUFFIX}"
# A house number spelled out to slip past a filter: "one-four-seven-three-two 88 Ave".
_SPELLED_NUMBER = rf"(?i:{DIGIT_WORD}(?:[ \t-]+{DIGIT_WORD}){{1,5}})"
# ... or as it is said: "twenty-two Clover Rise", "fourteen Elm Close" (one tens word alone, "Forty Acre Lane", is
# a street's own name).
_SAID_NUMBER = (r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ \t-]+(?:one|two|three|four|five|six|seven|"
                r"eight|nine)|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_SPELLED_STREET = rf"\b(?:{_SPELLED_NUMBER}|{_SAID_NUMBER})[ \t]+(?:{_NAME}[ \t]+)?(?:{_WORD}|\d{{1,3}})[ \t]+{_US_SUFFIX}"
# Western Canada's and some US cities' numbered grids: "14732 88 Ave", "10234 104 St NW".
_GRID_STREET = rf"\b\d{{3,6}}[ \t]+\d{{1,3}}[ \t]+(?i:avenue|ave|street|st)\b\.?(?:[ \t]+(?:NW|NE|SW|SE)\b)?"
_PREFIX_STREET = rf"\b{_PREFIX}[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}[ \t]+{_NUMBER}"
_SUFFIXED_STREET = rf"(?:\b{_WORD}[ \t]+){{0,2}}{_SUFFIXED}[ \t]+{_NUMBER}"
_TYPE_WORD_STREET = rf"\b{_NAME}[ \t]+{_TYPE_WORD}[ \t]+{_NUMBER}"
# "Dalmatinova 68 St.": a name and a house number, then the street word.
_NUMBER_THEN_STREET_WORD = rf"\b{_NAME}[ \t]+{_NUMBER}[ \t]+(?:St|Street)\b\.?"
# Capitalised words that often come before a number and are never a street's first word.
_NOT_A_COUNTED_WORD = (r"(?!(?:But|And|Or|So|The|A|An|In|On|At|For|To|Of|By|With|After|Before|Only|About|Over|"
                       r"Under|Top|Day|Week|Year|Game|Grade|Level|Room|Chapter|Season|Episode|Part|Page|"
                       r"Step|Phase|Round|Class|Unit|Section|Lesson|Module|Mile|Gate|Table|Track|Volume)\b)")
_PO_BOX = r"\b(?i:p\.?[ \t]?o\.?[ \t]*box)[ \t]+\d{1,6}\b"
# A unit: "Apt. 117", "apt 4B", "Suite 464", "Unit #3" (a bare "Unit 3" is a school unit).
_UNIT = r"\b(?i:apt|apartment|suite|ste)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b|\b(?i:unit)[ \t]*#[ \t]*\d{1,5}[A-Za-z]?\b"
# "Edeby 55" is only a street when a unit line follows it.
_PLAIN_STREET_BEFORE_UNIT = rf"\b[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}'’.-]*(?:[ \t]+[\p{{L}}\p{{M}}'’.-]+){{0,3}}[ \t]+{_NUMBER}(?=[ \t]*[,\n][ \t]*(?:{_UNIT}))"
_MILITARY = (r"\b(?i:(?:psc|cmr|unit)[ \t]+\d{3,5},?[ \t]+box[ \t]+\d{2,5}(?:[ \t]*\n?[ \t]*(?:apo|fpo|dpo)[ \t]+(?:aa|ae|ap)[ \t]+\d{5})?"
             r"|(?:apo|fpo|dpo)[ \t]+(?:aa|ae|ap)[ \t]+\d{5})\b"
             r"|\bUSN?S[ \t]+\p{Lu}\p{L}+\s*\n?\s*(?i:fpo)[ \t]+(?i:aa|ae|ap)[ \t]+\d{5}\b")
_CORNER = rf"\b(?i:corner of)[ \t]+(?:the[ \t]+)?[\p{{Lu}}\d][^\n,;!?]{{1,60}}?[ \t]+(?i:and|&)[ \t]+(?:{_NAME})"

# What may continue an address after a comma or line break: a unit, "Springfield",
# "Springfield, IL 62704", "Sweden 99178", a bare ZIP. Each piece must end where the
# next separator, a full stop or the text ends, so a following sentence is not taken.
_PLACE = r"\p{Lu}[\p{L}\p{M} .'()-]{1,40}?(?:,?[ \t]+\p{Lu}{2})?(?:[ \t]+\d{4,5}(?:-\d{4})?)?"
# A line break may carry an e-mail quote marker ("> ", "??? ") before the next piece.
_CONTINUATION = rf"(?:[ \t]*(?:,|\n(?:[ \t]*(?:>|\?\?\?))?)[ \t\n]*(?:{_UNIT}|{_PLACE}|\d{{5}})(?=[ \t]*(?:[,\n.]|$)))"
_LEADING_NUMBER = r"(?:\b\d{1,6}[ \t]+)?"


def _block(street: str) -> str:
    """A street followed by the pieces that continue its postal address."""
    return rf"{_LEADING_NUMBER}(?:{street})(?:[ \t]*,?[ \t]*(?:{_UNIT}))?{_CONTINUATION}{{0,4}}"


class StreetAddressRecognizer(TextWindowContext, DeclaredPatternRecognizer):
    """Recognize street addresses and the postal block around them."""

    ENTITY = "STREET_ADDRESS"

    PATTERNS = [
        DeclaredPattern("US street", _block(_US_STREET), 0.6),
        DeclaredPattern("house number spelled out", _block(_SPELLED_STREET), 0.6),
        DeclaredPattern("numbered grid street", _block(_GRID_STREET), 0.6),
        DeclaredPattern("street type word first", _block(_PREFIX_STREET), 0.5),
        DeclaredPattern("street type word last", _block(_SUFFIXED_STREET), 0.5),
        DeclaredPattern("street type word after the name", _block(_TYPE_WORD_STREET), 0.5),
        DeclaredPattern("house number then St", _block(_NUMBER_THEN_STREET_WORD), 0.5),
        DeclaredPattern("street before a unit", _block(_PLAIN_STREET_BEFORE_UNIT), 0.5),
        DeclaredPattern("post office box", _block(_PO_BOX), 0.6),
        # Weak shapes, below the reporting score unless an address word precedes
        # them ("lives on Joaquin Suarez 2906", "his address: 87331 Dunajska 56").
        DeclaredPattern("name and number", _block(rf"\b{_NOT_A_COUNTED_WORD}{_NAME}[ \t]+\d{{1,4}}[A-Za-z]?\b"), 0.1),
        DeclaredPattern("number, name, number", _block(rf"\b\d{{3,5}}[ \t]+{_NAME}[ \t]+{_NUMBER}"), 0.2),
        DeclaredPattern("unit", rf"(?:{_UNIT})(?:[ \t]+(?i:on|off)[ \t]+{_NAME})?{_CONTINUATION}{{0,4}}", 0.5),
        DeclaredPattern("military address", _MILITARY, 0.6),
        DeclaredPattern("street corner", _CORNER, 0.5),
    ]
    CONTEXT = ["address", "lives on", "live on", "lives at", "live at", "street", "moved to", "moving to",
               "apartment", "located at", "located on", "drops you off", "return to", "ship to", "send to", "mail to"]

    # Capitalisation is evidence here; the patterns opt into case-insensitivity.
    FLAGS = re.MULTILINE
