"""spaCy's command line stays out of postcheck's process (postcheck/text/spacy_cli.py).

Each test runs in a fresh interpreter: in the pytest process spaCy is long imported.
"""

from __future__ import annotations

import subprocess
import sys

SCREEN_ONE_DRAFT = """
import sys
from postcheck.model import Post
from postcheck.screener import Screener
from postcheck.settings import Settings
report = Screener(Settings()).screen(Post(id="draft", text="Call the mom at 310-555-0199 tonight"))
print(report.verdict.value)
print(sorted(m for m in sys.modules if m.startswith(("spacy.cli", "weasel", "jinja2"))))
print(hasattr(sys.modules["spacy.cli"], "download"))
"""


def run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_a_draft_is_screened_without_importing_spacys_command_line():
    verdict, imported, can_download = run(SCREEN_ONE_DRAFT)
    assert verdict == "block"
    assert imported == "['spacy.cli', 'spacy.cli.info']"  # the stand-ins, and nothing behind them
    assert can_download == "False"


def test_the_stand_in_is_not_registered_over_an_already_imported_spacy():
    code = "import sys, spacy\nimport postcheck.text\nprint(hasattr(sys.modules['spacy.cli'], 'download'))"
    assert run(code) == ["True"]
