"""PII recognizers: the Presidio ones that make sense for US social posts, plus postcheck's own.

Each of postcheck's recognizers is one small Presidio recognizer class in its own module
of this package, with its own test file. `build_registry` is the one place that says
which recognizers run.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry


def predefined_recognizers() -> list[EntityRecognizer]:
    """Presidio's recognizers worth running on US social posts.

    Country packs for other countries are left out on purpose: they cost time and raise
    false alarms (UK_NHS scores US phone numbers at 1.0).

    Two are wrapped so that a bigger finding wins over a smaller one inside it (measured
    on presidio-research's synthetic set, bench/pii_recall.py): python-phonenumbers reads
    IP addresses and house numbers as phones, and spaCy's small model reads street names
    and e-mail local parts as people (a third of its PERSON false alarms there).
    """
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IpRecognizer,
        UsSsnRecognizer,
    )

    from postcheck.text.recognizers.email import OfflineEmailRecognizer
    from postcheck.text.recognizers.spacy_entities import AddressAwareSpacyRecognizer
    from postcheck.text.recognizers.us_phone import UsPhoneRecognizer

    return [
        CreditCardRecognizer(),
        UsSsnRecognizer(),
        UsPhoneRecognizer(),
        OfflineEmailRecognizer(),
        IpRecognizer(),
        AddressAwareSpacyRecognizer(supported_entities=["PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME", "NRP"]),
    ]


def postcheck_recognizers() -> list[EntityRecognizer]:
    """The recognizers postcheck adds to Presidio's (one module each)."""
    from postcheck.text.recognizers.card_numbers import CardNumberRecognizer
    from postcheck.text.recognizers.case_number import CaseNumberRecognizer
    from postcheck.text.recognizers.date_of_birth import DateOfBirthRecognizer
    from postcheck.text.recognizers.hashtag_names import HashtagNameRecognizer
    from postcheck.text.recognizers.license_plate import LicensePlateRecognizer
    from postcheck.text.recognizers.name_gazetteer import NameGazetteerRecognizer
    from postcheck.text.recognizers.obfuscated_email import ObfuscatedEmailRecognizer
    from postcheck.text.recognizers.phone_variants import PhoneVariantsRecognizer
    from postcheck.text.recognizers.street_address import StreetAddressRecognizer

    return [
        StreetAddressRecognizer(),
        CaseNumberRecognizer(),
        DateOfBirthRecognizer(),
        LicensePlateRecognizer(),
        PhoneVariantsRecognizer(),
        CardNumberRecognizer(),
        ObfuscatedEmailRecognizer(),
        NameGazetteerRecognizer(),
        HashtagNameRecognizer(),
    ]


def build_registry() -> RecognizerRegistry:
    """The single registry every analyzer in postcheck uses."""
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in predefined_recognizers() + postcheck_recognizers():
        registry.add_recognizer(recognizer)
    return registry
