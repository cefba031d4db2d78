"""Names spelled out letter by letter ("J-a-y-d-e-n", "M a i s i e").

Cleaning rejoins spelled-out words so that rules and spaCy read them ("Jayden"); this module
says which of the rejoined words are names: written with a capital and small letters, and
read by spaCy as a person. A writer who spells a name out is hiding it from filters, not from
readers, and the disguise itself says it is someone's name to hide, so the rules treat it as a
named person without needing "my kiddo" beside it.
"""

from __future__ import annotations

from postcheck.text.cleaning import CleanText
from postcheck.text.matching import EntityResult

SPELLED_OUT_NAME = "SPELLED_OUT_NAME"


def spelled_out_names(cleaned: CleanText, entities: list[EntityResult]) -> list[EntityResult]:
    """One SPELLED_OUT_NAME result per rejoined word that is name-shaped and inside a PERSON."""
    people = [(e.start, e.end) for e in entities if e.entity_type == "PERSON"]
    names = []
    for start, end in cleaned.rejoined:
        word = cleaned.text[start:end]
        if word[:1].isupper() and word[1:].islower() and any(s <= start and end <= e for s, e in people):
            names.append(EntityResult(SPELLED_OUT_NAME, start, end, 1.0))
    return names
