"""spaCy's named entities, minus the ones that are not what spaCy says they are.

en_core_web_sm reads street names as people ("Glyn St", "Eleftheriou Venizelou") and
the local part of an e-mail as a name. When another recognizer has found the address,
e-mail or URL around such an entity, the entity is dropped: the bigger finding already
covers it, and "a youth" in a rewritten street would be wrong.

It also reads a family word said as a name ("Mum's care home", "Grandad turned 90"), a
day's abbreviation ("Tues 6pm"), an emoji and plain words ("lesson", "Feet", "Turkey Trot":
every word in models/names/everyday_words.txt, a dictionary less the listed names) as people.
Those are no one's name, and a name is what makes the rules and the learned model's name rule
call a sentence identifying, so they are dropped too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from postcheck.assets import models_dir, read_model_text
from postcheck.text.recognizers.context_window import YieldsTo

EVERYDAY_WORDS_FILE = models_dir() / "names" / "everyday_words.txt"

FAMILY_WORDS = frozenset({
    "mum", "mom", "mam", "mummy", "mommy", "momma", "mama", "mamma", "ma", "dad", "daddy", "da", "pops",
    "nan", "nana", "nanna", "gran", "granny", "grandma", "grandpa", "grandad", "granddad", "grandmother",
    "grandfather", "gramps", "grammy", "auntie", "aunty", "hubby", "wifey", "bro", "sis", "bestie",
    # forum shorthand: darling husband/wife/son/daughter, mother/father/sister/brother-in-law
    "dh", "dw", "ds", "dd", "mil", "fil", "sil", "bil",
})
DAY_WORDS = frozenset({
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
DAY_AND_MONTH_WORDS = DAY_WORDS | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                   "dec", "xmas"}
NOT_A_NAME = FAMILY_WORDS | DAY_AND_MONTH_WORDS
# Words of care said in lower case ("new foster mom", "foster + birth parents"): spaCy knows
# Foster as a surname, but written small it is the care word, and names no one.
LOWERCASE_CARE_WORDS = frozenset({"foster", "fostering", "kinship", "birth", "adoptive", "respite", "new"})


# A pet's or a toy's name ("a crab called Dai") and a team read as a person ("the Jets game").
_PET_CALLED = re.compile(
    r"\b(?:dog|cat|crab|puppy|pup|kitten|fish|goldfish|hamster|pet|rabbit|bunny|tortoise|turtle|horse|pony|"
    r"chicken|hen|snail|lizard|budgie|parrot|teddy|plant|car|van)\s+(?:called|named)\s+$", re.IGNORECASE)
_TEAM_FOLLOWS = re.compile(r"\s+(?:game|match|fans?|supporters?)\b", re.IGNORECASE)
# A month that is also a first name ("June", "April", "May", "August") with a day number beside
# it is a date: "Wed 25 June 2-3.30pm", "June 3rd".
_MONTHS_THAT_ARE_NAMES = frozenset({"april", "may", "june", "july", "august"})
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)


def is_pet_team_or_date(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] make it a pet's name, a team, or a month that is
    also a first name with a day number beside it."""
    return bool(_PET_CALLED.search(text[max(0, start - 40):start]) or _TEAM_FOLLOWS.match(text, end)
                or (text[start:end].strip().lower() in _MONTHS_THAT_ARE_NAMES
                    and (_DAY_BEFORE.search(text[max(0, start - 12):start]) or _DAY_AFTER.match(text, end))))


def names_a_person(text: str, start: int, end: int) -> bool:
    """Whether the PERSON span text[start:end] names a person: `is_a_name`, and not a pet, a team
    or a date."""
    return is_a_name(text[start:end]) and not is_pet_team_or_date(text, start, end)


def _letter_like(ch: str) -> bool:
    # Letters dressed as symbols spell disguised names ("🅰🅻🅴🅺🆂"): they count as letters.
    return ch.isalpha() or "LETTER" in unicodedata.name(ch, "")


@lru_cache(maxsize=1)
def everyday_words(path: Path = EVERYDAY_WORDS_FILE) -> frozenset[str]:
    """Read models/names/everyday_words.txt (see models/names/build_everyday_words.py)."""
    return frozenset(read_model_text(path, "word list").split())


def is_a_name(words: str) -> bool:
    """False for a PERSON span that names no one: a family word, a day or month, no letters,
    or only everyday words, days and words of care written in lower case ("Feet", "lesson",
    "foster info night Thurs"; see `_names_no_one`)."""
    stripped = words.strip().removesuffix("'s").removesuffix("’s")
    bare = stripped.lower()
    tokens = re.findall(r"[^\W\d_]+", stripped)
    if tokens and all(_names_no_one(t) for t in tokens):
        return False
    return any(_letter_like(ch) for ch in bare) and bare not in NOT_A_NAME


def _names_no_one(token: str) -> bool:
    """An everyday word, a day of the week (a month can be a name: "Sure Jan"), or a word of care
    written in lower case (an initial is not a word)."""
    word = token.lower()
    return len(word) > 1 and (word in everyday_words() or word in DAY_WORDS
                              or (token == word and word in LOWERCASE_CARE_WORDS))


class AddressAwareSpacyRecognizer(YieldsTo, SpacyRecognizer):
    """Presidio's SpacyRecognizer without the people that are no one's name, and yielding to
    addresses, e-mails and URLs around its entities."""

    YIELDS_TO = frozenset({"STREET_ADDRESS", "EMAIL_ADDRESS", "URL"})

    def load(self) -> None:
        everyday_words()  # read at start, so that a missing word list fails before any post

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """spaCy's entities, less PERSON spans that name no one (see `names_a_person`)."""
        return [result for result in super().analyze(text, entities, nlp_artifacts)
                if result.entity_type != "PERSON" or names_a_person(text, result.start, result.end)]
