"""Readers on real export files written by others (../shared/external, beside the repo)."""

from __future__ import annotations

import csv
import html
import json
from pathlib import Path

import pytest

from postcheck.inputs import read_posts
from postcheck.inputs.mastodon import html_to_text
from postcheck.model import Post

EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"

pytestmark = pytest.mark.skipif(
    not EXTERNAL.is_dir(),
    reason=f"real export files not found at {EXTERNAL} (CI keeps ../shared beside the repo)",
)


def read(path: Path) -> list[Post]:
    items = list(read_posts(path))
    assert all(isinstance(item, Post) for item in items)
    return items


def load_js_array(path: Path) -> list:
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1 :])


def test_x_current_archive_folder():
    archive = EXTERNAL / "x_twitter" / "community-archive"
    posts = read(archive)
    tweets = [element["tweet"] for element in load_js_array(archive / "data" / "tweets.js")]
    assert [p.id for p in posts] == [t["id_str"] for t in tweets]
    assert [p.text for p in posts] == [html.unescape(t["full_text"]) for t in tweets]
    first = posts[0]
    assert first.source.timestamp == "2023-02-18T19:45:15+00:00"
    assert first.source.line == 2
    thread = next(p for p in posts if p.id == "1627019761950375936")
    # Four photos in extended_entities, where entities.media holds only the first.
    assert [image.name for image in thread.images] == [
        "1627019761950375936-FpRUnGtX0AEvwY1.jpg",
        "1627019761950375936-FpRUuz6X0AETb-X.jpg",
        "1627019761950375936-FpRVfznXoAICT86.jpg",
        "1627019761950375936-FpRV09rWIAEBXjz.jpg",
    ]
    assert thread.images[0].parent == archive / "data" / "tweets_media"
    assert all(p.source.line < q.source.line for p, q in zip(posts, posts[1:], strict=False))


def test_x_legacy_tweet_js():
    posts = read(EXTERNAL / "x_twitter" / "mrled-twarchive" / "data" / "tweet.js")
    assert [p.id for p in posts] == ["254848497235398656", "1276916896974110721"]
    assert posts[0].text.startswith("RT @nostrich: 2012 is about correcting the typo")
    assert posts[0].source.timestamp == "2012-10-07T07:39:51+00:00"
    assert all(p.images == [] for p in posts)


def test_mastodon_outbox_keeps_creates_and_skips_boosts():
    outbox = EXTERNAL / "mastodon" / "quicoto" / "outbox.json"
    items = json.loads(outbox.read_text(encoding="utf-8"))["orderedItems"]
    creates = [item for item in items if item["type"] == "Create"]
    posts = read(outbox.parent)
    assert len(posts) == len(creates) == 50  # the three Announce items are boosts
    assert [p.id for p in posts] == [item["object"]["id"] for item in creates]
    assert posts[0].text == "First Toot from my very own Mastodon instance 🥳"
    assert posts[0].source.timestamp == "2022-10-21T01:03:09Z"
    assert not any("<" in p.text or "&#39;" in p.text or "&quot;" in p.text for p in posts)
    warned = [
        (p, item["object"]["summary"])
        for p, item in zip(posts, creates, strict=True)
        if item["object"]["summary"]
    ]
    assert len(warned) == 2
    assert all(post.text.startswith(summary + "\n\n") for post, summary in warned)
    mention = posts[1]
    assert mention.text.startswith("@zalasur")
    assert any("#AWS" in p.text for p in posts)


def test_html_to_text_rebuilds_links_mastodon_shortened():
    markup = (
        '<p>New post: <a href="https://ricard.dev/x/"><span class="invisible">https://</span>'
        '<span class="ellipsis">ricard.dev/hosting-my-</span><span class="invisible">own/</span></a></p>'
        "<p>Line one<br />line two &amp; more</p>"
    )
    assert html_to_text(markup) == "New post: https://ricard.dev/hosting-my-own/\n\nLine one\nline two & more"


def test_linkedin_shares_all_rows_and_quirk():
    shares = EXTERNAL / "linkedin" / "sanand0" / "Shares.csv"
    with shares.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    posts = read(shares)
    # One share is repeated on five consecutive rows, one per thumbnail size: read once.
    assert len(rows) == 202
    assert len(posts) == len({row["ShareLink"] for row in rows}) == 198
    assert len({p.id for p in posts}) == len({p.source.post_id for p in posts}) == 198
    first = posts[0]
    assert first.source.post_id == "urn:li:share:7345821826846990338"
    assert first.source.timestamp == "2025-07-01T14:33:22"
    assert first.text.splitlines()[:3] == [
        "I'm off for a 10-day Vipassana meditation program.",
        "",
        "𝗪𝗛𝗔𝗧? A 10-day residential meditation. No phone, laptop, or speaking. https://www.dhamma.org/",
    ]
    # No line of any multi-line share keeps the stray wrapping quotes.
    for post in posts:
        lines = post.text.split("\n")
        if len(lines) > 1:
            assert not (lines[0].endswith('"') and lines[-1].startswith('"')), post.id
    # A quote the author really wrote survives.
    assert posts[1].text.startswith(
        "If someone asked me, \"What's changed this year in LLMs\", here's my list:\n"
    )
    assert all(p.images == [] for p in posts)  # MediaUrl is remote-only
    assert all(p.source.line for p in posts)
