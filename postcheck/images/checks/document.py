"""A photo of a document or form."""

from __future__ import annotations

from postcheck.images.checks.base import Kind, PhotoSignals, Seen, union

DOCUMENT = Kind("document", "document")


class Document:
    """A photo that is mostly readable text: a document or a form."""

    id = "document"
    kinds = (DOCUMENT,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        text = photo.text
        if text is None or not text.looks_like_document:
            return []
        # OCR reads the full-size photo, so the region is in its pixels; a document has lines.
        return [Seen(DOCUMENT, None, min(1.0, 0.5 + text.text_area),
                     f"the photo is mostly text ({text.words} readable words): it looks like a document or form",
                     original_region=union(text.lines))]
