"""spaCy's named entities, minus the ones that are really part of an address, e-mail or URL.

en_core_web_sm reads street names as people ("Glyn St", "Eleftheriou Venizelou") and
the local part of an e-mail as a name. When another recognizer has found the address,
e-mail or URL around such an entity, the entity is dropped: the bigger finding already
covers it, and "a youth" in a rewritten street would be wrong.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from postcheck.text.recognizers.context_window import YieldsTo


class AddressAwareSpacyRecognizer(YieldsTo, SpacyRecognizer):
    """Presidio's SpacyRecognizer that yields to addresses, e-mails and URLs around its entities."""

    YIELDS_TO = frozenset({"STREET_ADDRESS", "EMAIL_ADDRESS", "URL"})
