"""Keep spaCy's command line out of postcheck's process.

`import spacy` imports `spacy.cli` to re-export `spacy.info`, and `spacy.cli` imports every
command spaCy has (training, packaging, project tools, downloading) with typer, jinja2,
requests and weasel behind them: about 0.3 s of a cold `check`, for code postcheck never runs.
Registering a stand-in for `spacy.cli` before spaCy is first imported skips all of it, and
leaves no path to `spacy.cli.download` (which Presidio calls for a pipeline that is not
installed): what postcheck cannot load is an error, never a download.
"""

from __future__ import annotations

import sys
import types


class _NoSpacyCli(types.ModuleType):
    """Stands in for `spacy.cli` and `spacy.cli.info`: every attribute but `info` is missing."""

    def __getattr__(self, name: str):
        raise AttributeError(f"spaCy's command line is not loaded inside postcheck (spacy.cli.{name})")


def _info(*args, **kwargs):
    raise RuntimeError("spaCy's command line is not loaded inside postcheck: run `python -m spacy info`")


def keep_spacy_cli_out() -> None:
    """Register the stand-in, unless spaCy (or its command line) is already imported."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli, info = _NoSpacyCli("spacy.cli"), _NoSpacyCli("spacy.cli.info")
    cli.__path__ = []  # a package, so that `from .cli.info import info` looks for a submodule
    info.info = cli.info = _info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
