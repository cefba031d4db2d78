"""One analyzer for all recognizer tests, and a helper that lists what it found."""

from __future__ import annotations

import pytest

from postcheck.text.matching import REPORTING_SCORE


@pytest.fixture(scope="session")
def analyzer():
    from postcheck.text.pii import build_analyzer

    return build_analyzer()


@pytest.fixture(scope="session")
def found(analyzer):
    """found(text, entity) -> the substrings reported as `entity` at the reporting score."""

    def _found(text: str, entity: str) -> list[str]:
        results = analyzer.analyze(text=text, language="en")
        return [text[r.start:r.end] for r in results if r.entity_type == entity and r.score >= REPORTING_SCORE]

    return _found
