"""The text path: an offline spaCy + Presidio engine, PII recognizers and the policy rules."""

from postcheck.text.spacy_cli import keep_spacy_cli_out

keep_spacy_cli_out()  # before anything here imports spaCy or Presidio
