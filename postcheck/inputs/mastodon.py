"""Mastodon archives: `outbox.json`, an ActivityStreams OrderedCollection.

Each `Create` item is one of the account's posts: text is the content warning
(`summary`) followed by the HTML `content` turned into plain text, keeping @mentions,
#hashtags and full link URLs. `Announce` items (boosts) are skipped: the archive holds
only the URL of someone else's post, no words of the account's own. Attachments are
local files under the archive folder; remote ones are not fetched.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from postcheck.errors import InputError
from postcheck.inputs.common import (
    ColumnOptions,
    Item,
    RecordError,
    build_each,
    each_file,
    is_remote,
    objects,
    require,
    sniff,
)
from postcheck.inputs.jsonfile import load_json
from postcheck.model import Post, SourceLocation

NAME = "mastodon"
FILE_NAME = "outbox.json"


def files_in(folder: Path) -> list[Path]:
    return [folder / FILE_NAME] if (folder / FILE_NAME).is_file() else []


def claims(file: Path) -> bool:
    return file.name == FILE_NAME or (file.suffix == ".json" and '"OrderedCollection"' in sniff(file))


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, _read_file)


def _read_file(file: Path) -> Iterator[Item]:
    outbox = load_json(file)
    items = outbox.get("orderedItems") if isinstance(outbox, dict) else None
    if not isinstance(items, list):
        raise InputError(f"{file} has no 'orderedItems' list: not a Mastodon outbox")
    yield from build_each(_located(file, items), lambda item, where: _post(item, where, file.parent))


def _located(file: Path, items: list[Any]) -> Iterator[tuple[SourceLocation, Any]]:
    """The outbox is minified on one line, so an item is located by its activity id, or by
    its place in `orderedItems` when it has none."""
    for number, item in enumerate(items):
        activity = item.get("id") if isinstance(item, dict) else None
        locator = activity if isinstance(activity, str) else f"orderedItems[{number}]"
        yield SourceLocation(file=str(file), post_id=locator), item


def _post(item: Any, where: SourceLocation, root: Path) -> Post | None:
    kind = require(item, "type", str)
    if kind == "Announce":
        return None
    if kind != "Create":
        raise RecordError(f"activity type '{kind}' is not a post")
    note = require(item, "object", dict)
    post_id = require(note, "id", str)
    published = note.get("published") or item.get("published")
    return Post(
        id=post_id,
        text=_note_text(note),
        images=_attachments(note, root),
        source=SourceLocation(
            file=where.file, post_id=post_id, timestamp=published if isinstance(published, str) else None
        ),
    )


def _note_text(note: dict[str, Any]) -> str:
    content = note.get("content")
    if content is None and isinstance(note.get("contentMap"), dict):
        content = next(iter(note["contentMap"].values()), None)
    if not isinstance(content, str):
        raise RecordError("post has no 'content' string")
    parts = [note["summary"]] if isinstance(note.get("summary"), str) and note["summary"].strip() else []
    parts.append(html_to_text(content))
    # A poll's options are the account's words too.
    for option in note.get("oneOf") or note.get("anyOf") or []:
        if isinstance(option, dict) and isinstance(option.get("name"), str):
            parts.append(option["name"])
    return "\n\n".join(parts)


def _attachments(note: dict[str, Any], root: Path) -> list[Path]:
    paths = []
    for attachment in objects(note, "attachment"):
        url = attachment.get("url")
        if not isinstance(url, str):
            raise RecordError("an attachment has no 'url'")
        if not is_remote(url):
            paths.append(_local_file(root, url))
    return paths


def _local_file(root: Path, url: str) -> Path:
    """An attachment's file: `/<instance>/media_attachments/…` in the archive folder.

    Some archives leave out the instance folder; use that path when only it exists.
    """
    relative = Path(url.lstrip("/"))
    without_instance = Path(*relative.parts[1:]) if len(relative.parts) > 1 else relative
    if not (root / relative).exists() and (root / without_instance).exists():
        return root / without_instance
    return root / relative


class _TextExtractor(HTMLParser):
    """Collects the visible text of Mastodon's post HTML: <p> and <br> become line breaks.

    Mastodon hides parts of long link URLs in `<span class="invisible">`; they are kept,
    so the text holds the whole URL as posted.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of a post's HTML, entities decoded."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return "".join(extractor.parts).strip()
