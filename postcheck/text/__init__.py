"""The text path: an offline spaCy + Presidio engine, PII recognizers and the policy rules."""
