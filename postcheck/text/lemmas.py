"""A lemma for every token without the tagger: its lower-case form.

Presidio's context enhancer is the only reader of lemmas, and it finds a context word
as a substring of the nearby lemmas ("phone" in "phones"), so the lower-case form serves
it as well as en_core_web_sm's tagger + attribute ruler + lemmatizer, which cost about
1 ms a post and are left out (see postcheck.text.nlp).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

LOWERCASE_LEMMAS = "postcheck_lowercase_lemmas"


@Language.component(LOWERCASE_LEMMAS)
def lowercase_lemmas(doc: Doc) -> Doc:
    """Set each token's lemma to its lower-case form."""
    for token in doc:
        token.lemma = token.lower
    return doc
