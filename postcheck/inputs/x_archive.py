"""X / Twitter archives: `data/tweets.js` (and `tweets-part1.js`…), or the legacy `tweet.js`.

The files are JavaScript: `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`. Text is
`full_text` with HTML entities escaped; photos and videos live in `data/tweets_media/`
(`data/tweet_media/` in legacy archives) as `<tweet id>-<basename of the media URL>`.
Retweets are kept: they are in the archive as text the account chose to publish.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from postcheck.errors import InputError
from postcheck.inputs.common import (
    ColumnOptions,
    Item,
    RecordError,
    build_each,
    each_file,
    objects,
    require,
    sniff,
)
from postcheck.inputs.jsonfile import located_elements, read_text
from postcheck.model import Post, SourceLocation

NAME = "x"
_FILE_NAME = re.compile(r"^tweets?(?:-part(\d+))?\.js$")
_PREFIX = re.compile(r"^window\.YTD\.tweets?\.part\d+\s*=")
_CREATED_AT = "%a %b %d %H:%M:%S %z %Y"
_MEDIA_FOLDERS = ("tweets_media", "tweet_media")


def files_in(folder: Path) -> list[Path]:
    """The tweet files of an archive, given its top folder or its `data/` folder."""
    data = folder / "data" if (folder / "data").is_dir() else folder
    return sorted((path for path in data.glob("tweet*.js") if _FILE_NAME.match(path.name)), key=_part_number)


def _part_number(file: Path) -> tuple[int, str]:
    """tweets.js is part 0, tweets-part1.js part 1…"""
    match = _FILE_NAME.match(file.name)
    return int(match.group(1) or 0) if match else 0, file.name


def claims(file: Path) -> bool:
    return bool(_FILE_NAME.match(file.name)) or (
        file.suffix == ".js" and bool(_PREFIX.match(sniff(file, 200)))
    )


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, _read_file)


def _read_file(file: Path) -> Iterator[Item]:
    text = read_text(file)
    prefix = _PREFIX.match(text)
    if prefix is None:
        raise InputError(f"{file} does not start with 'window.YTD.tweets.part0 =': not an X archive file")
    media_folder = _media_folder(file)
    located = located_elements(file, text, prefix.end())
    yield from build_each(located, lambda record, where: _post(record[1], where, media_folder))


def _post(element: Any, where: SourceLocation, media_folder: Path) -> Post:
    # Current archives wrap each tweet as {"tweet": {...}}; some older ones do not.
    tweet = require(element, "tweet", dict) if isinstance(element, dict) and "tweet" in element else element
    tweet_id = require(tweet, "id_str", str)
    text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(text, str):
        raise RecordError("tweet has no 'full_text' string")
    try:
        created = datetime.strptime(require(tweet, "created_at", str), _CREATED_AT).isoformat()
    except ValueError as err:
        raise RecordError("field 'created_at' is not in the archive's date format") from err
    return Post(
        id=tweet_id,
        text=html.unescape(text),
        images=[media_folder / f"{tweet_id}-{name}" for name in _media_names(tweet)],
        source=SourceLocation(file=where.file, line=where.line, post_id=tweet_id, timestamp=created),
    )


def _media_names(tweet: dict[str, Any]) -> list[str]:
    """Basenames of the tweet's media files: all of them are in extended_entities."""
    entities = tweet.get("extended_entities") or tweet.get("entities") or {}
    if not isinstance(entities, dict):
        raise RecordError("field 'entities' is not an object")
    names = []
    for media in objects(entities, "media"):
        url = _largest_video(media) if media.get("type") in ("video", "animated_gif") else None
        url = url or media.get("media_url_https") or media.get("media_url")
        if not isinstance(url, str):
            raise RecordError("a media entry has no media URL")
        names.append(Path(urlparse(url).path).name)
    return names


def _largest_video(media: dict[str, Any]) -> str | None:
    """A video's archived file is its highest-bitrate MP4 variant."""
    variants = (media.get("video_info") or {}).get("variants") or []
    mp4 = [v for v in variants if isinstance(v, dict) and v.get("content_type") == "video/mp4" and "url" in v]
    return (
        max(mp4, key=lambda v: int(v["bitrate"]) if str(v.get("bitrate")).isdigit() else 0)["url"]
        if mp4
        else None
    )


def _media_folder(file: Path) -> Path:
    for name in _MEDIA_FOLDERS:
        if (file.parent / name).is_dir():
            return file.parent / name
    legacy = file.name.startswith(("tweet.", "tweet-"))
    return file.parent / ("tweet_media" if legacy else "tweets_media")
