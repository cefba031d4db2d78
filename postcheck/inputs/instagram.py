"""Instagram "Download your information": `posts_1.json`, `posts_2.json`…

Current exports keep them in `your_instagram_activity/content/`, older ones in
`content/` or `media/` (or a single `media.json`). Each file is a JSON list of posts,
each with a `media` list. A single photo carries its caption (`title`) and time on the
media item; a carousel carries them on the post. Media URIs (`media/posts/202405/…`) are
relative to the export's top folder. Strings are mojibake and are repaired, as on
Facebook. Posts have no id: a post is named by its file and position (`posts_1#2`);
the first media id (the URI's numeric suffix) is kept as the platform id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from postcheck.inputs.common import (
    ColumnOptions,
    Item,
    RecordError,
    build_each,
    each_file,
    export_media,
    fix_mojibake,
    is_remote,
    iso_from_epoch,
    natural_order,
    objects,
    sniff,
)
from postcheck.inputs.jsonfile import located_elements, read_text
from postcheck.model import Post, SourceLocation

NAME = "instagram"
_FILE_NAME = re.compile(r"^(posts_\d+|media)\.json$")
_POST_FOLDERS = ("your_instagram_activity/content", "content", "media")
_INNER_FOLDERS = frozenset({"your_instagram_activity", "content", "media"})
_MEDIA_ID = re.compile(r"_(\d{6,})$")


def files_in(folder: Path) -> list[Path]:
    """The posts files of an export, given its top folder or the folder holding them."""
    found = {path for sub in (".", *_POST_FOLDERS) for path in (folder / sub).glob("posts_*.json")}
    found |= {path for path in [folder / "media.json"] if path.is_file()}
    return sorted(found, key=natural_order)


def claims(file: Path) -> bool:
    if _FILE_NAME.match(file.name):
        return True
    head = sniff(file) if file.suffix == ".json" else ""
    return head.startswith("[") and '"media"' in head and '"timestamp"' not in head


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, _read_file)


def _read_file(file: Path) -> Iterator[Item]:
    yield from build_each(
        located_elements(file, read_text(file)), lambda record, where: _post(*record, where, file)
    )


def _post(index: int, post: Any, where: SourceLocation, file: Path) -> Post:
    if not isinstance(post, dict):
        raise RecordError("record is not a JSON object")
    media = objects(post, "media")
    if not media:
        raise RecordError("post has no 'media' items")
    captions = [item.get("title") for item in [post, *media]]
    created = post.get("creation_timestamp", media[0].get("creation_timestamp"))
    if not isinstance(created, (int, float)):
        raise RecordError("post has no 'creation_timestamp' number")
    uris = [item["uri"] for item in media if isinstance(item.get("uri"), str) and not is_remote(item["uri"])]
    media_id = _MEDIA_ID.search(PurePosixPath(uris[0]).stem) if uris else None
    return Post(
        id=f"{file.stem}#{index}",
        text="\n\n".join(
            dict.fromkeys(fix_mojibake(c) for c in captions if isinstance(c, str) and c.strip())
        ),
        images=[export_media(file, fix_mojibake(uri), _INNER_FOLDERS) for uri in uris],
        source=SourceLocation(
            file=where.file,
            line=where.line,
            post_id=media_id.group(1) if media_id else None,
            timestamp=iso_from_epoch(created),
        ),
    )
