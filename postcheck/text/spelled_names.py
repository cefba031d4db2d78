"""Names spelled out letter by letter ("J-a-y-d-e-n", "M a i s i e", "D-E-V-O-N").

Cleaning rejoins spelled-out words so that rules and spaCy read them ("Jayden"); this module
says which of the rejoined words are names. A writer who spells a name out is hiding it from
filters, not from readers, and the disguise itself says it is someone's name to hide, so the
rules treat it as a named person without needing "my kiddo" beside it.

A rejoined word is a name when it is written with a capital and small letters and spaCy reads
it as a person, or when it is written in capitals and the name list holds it as a given name
that is not also an everyday word. spaCy cannot read capitals as a name, and most spelled-out
capitals are acronyms ("D-C-F-S", "C.Y.F.D.") or words ("F-O-S-T-E-R"), which the list does not
hold as given names.
"""

from __future__ import annotations

from postcheck.text.cleaning import CleanText
from postcheck.text.matching import EntityResult
from postcheck.text.recognizers.name_gazetteer import load_names

SPELLED_OUT_NAME = "SPELLED_OUT_NAME"


def spelled_out_names(cleaned: CleanText, entities: list[EntityResult]) -> list[EntityResult]:
    """One SPELLED_OUT_NAME result per rejoined word that is a name (see the module's docstring)."""
    people = [(e.start, e.end) for e in entities if e.entity_type == "PERSON"]
    names = []
    for start, end in cleaned.rejoined:
        word = cleaned.text[start:end]
        if _is_spelled_given_name(word) or (
                word[:1].isupper() and word[1:].islower() and any(s <= start and end <= e for s, e in people)):
            names.append(EntityResult(SPELLED_OUT_NAME, start, end, 1.0))
    return names


def _is_spelled_given_name(word: str) -> bool:
    if not word.isupper():
        return False
    name_list = load_names()
    name = word.lower()
    return name in name_list.names and name not in name_list.surnames_only and name not in name_list.common
