"""Shared fixtures: the screener is expensive to build, so one serves the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def screener():
    from postcheck.screener import Screener

    return Screener()


@pytest.fixture(scope="session")
def rulebook():
    from postcheck.rulebook import load_rulebook

    return load_rulebook()
