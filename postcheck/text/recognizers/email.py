"""E-mail addresses, validated against the public-suffix list bundled with tldextract.

Presidio's EmailRecognizer calls `tldextract.extract`, whose default extractor downloads
the public-suffix list on first use. Drafts are confidential and postcheck is offline,
so this recognizer validates with an extractor built on the snapshot that ships inside
the tldextract wheel (`suffix_list_urls=()`) and writes no cache.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

_OFFLINE_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail patterns with an offline top-level-domain check."""

    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_EXTRACT(pattern_text).fqdn != ""
