"""The settings every command runs with. Where they come from is `postcheck.config`'s job."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from postcheck.model import Severity
from postcheck.text.nlp import DEFAULT_MODEL


FAIL_ON_LEVELS = ("block", "warn", "never")


@dataclass
class Settings:
    policy: str = "generic"
    model: str = DEFAULT_MODEL
    # The employer's names and aliases (beyond the generic ones in the `employer` lexicon):
    # naming them without a disclaimer is `missing_disclaimer`. `postcheck init` asks for them.
    employer_names: list[str] = field(default_factory=list)
    # The agency's own disclaimer, counted as one; the chosen pack's example disclaimer always is.
    disclaimer: str = ""
    allow: list[str] = field(default_factory=list)  # public names and numbers never flagged
    watchlist: Path | None = None  # keyed hashes of client names
    watchlist_key: Path | None = None  # the watchlist's key file (default: postcheck.text.watchlist.default_key_file)
    fail_on: str = "block"
    disable: list[str] = field(default_factory=list)  # rule IDs turned off
    enable: list[str] = field(default_factory=list)  # rule IDs from outside the chosen pack turned on
    severity: dict[str, Severity] = field(default_factory=dict)  # rule ID -> severity override
    format: str = "terminal"
    ocr: bool = True
    # Longer drafts are refused with an error naming the limit, not screened for minutes.
    max_chars: int = 100_000
    # A post whose screening takes longer is an error naming the limit (postcheck/time_limit.py).
    max_seconds: float = 60.0
    # Reviewed findings to suppress; `postcheck.config` puts it beside the config file (or in the cwd).
    ignore_file: Path | None = None
