"""Facebook "Download your information": `your_posts_1.json`, `your_posts_2.json`…

Older exports keep them in `posts/`, newer ones in
`your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json`.
Each file is a JSON list of posts. A post's words are `data[].post` plus the captions of
its photos (`attachments[].data[].media.description`) and notes; the `title` is left out:
it is Facebook's own sentence ("Ann Lee added a new photo."), not the account's words.
Strings are mojibake (UTF-8 bytes stored as Latin-1 code points) and are repaired.
Posts have no id: a post is named by its file and position (`your_posts_1#3`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from postcheck.inputs.common import (
    ColumnOptions,
    Item,
    build_each,
    each_file,
    export_media,
    fix_mojibake,
    is_remote,
    iso_from_epoch,
    natural_order,
    objects,
    require,
    sniff,
)
from postcheck.inputs.jsonfile import located_elements, read_text
from postcheck.model import Post, SourceLocation

NAME = "facebook"
_FILE_NAME = re.compile(r"^your_posts.*\.json$")
_POST_FOLDERS = ("posts", "your_activity_across_facebook/posts", "your_facebook_activity/posts")
# Media URIs are relative to the export's top folder, above these.
_INNER_FOLDERS = frozenset({"posts", "your_activity_across_facebook", "your_facebook_activity"})


def files_in(folder: Path) -> list[Path]:
    """The posts files of an export, given its top folder or the folder holding them."""
    found = {path for sub in (".", *_POST_FOLDERS) for path in (folder / sub).glob("your_posts*.json")}
    return sorted(found, key=natural_order)


def claims(file: Path) -> bool:
    if _FILE_NAME.match(file.name):
        return True
    head = sniff(file) if file.suffix == ".json" else ""
    return head.startswith("[") and '"timestamp"' in head


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, _read_file)


def _read_file(file: Path) -> Iterator[Item]:
    yield from build_each(
        located_elements(file, read_text(file)), lambda record, where: _post(*record, where, file)
    )


def _post(index: int, post: Any, where: SourceLocation, file: Path) -> Post:
    timestamp = iso_from_epoch(require(post, "timestamp", (int, float)))
    attached = list(_attached(post))
    texts = [entry["post"] for entry in objects(post, "data") if isinstance(entry.get("post"), str)]
    texts += [
        item[key] for item in attached for key in ("description", "text") if isinstance(item.get(key), str)
    ]
    uris = [
        item["uri"] for item in attached if isinstance(item.get("uri"), str) and not is_remote(item["uri"])
    ]
    words = [fix_mojibake(text) for text in texts if text.strip()]
    return Post(
        id=f"{file.stem}#{index}",
        # A photo's caption is often the post itself, repeated: keep each text once.
        text="\n\n".join(dict.fromkeys(words)),
        images=[export_media(file, fix_mojibake(uri), _INNER_FOLDERS) for uri in uris],
        source=SourceLocation(file=where.file, line=where.line, timestamp=timestamp),
    )


def _attached(post: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The photos, videos and notes attached to a post (other kinds carry no words of the account's)."""
    for attachment in objects(post, "attachments"):
        for entry in objects(attachment, "data"):
            if isinstance(entry.get("media"), dict):
                yield entry["media"]
            if isinstance(entry.get("note"), dict):
                yield entry["note"]
                yield from objects(entry["note"], "media")
