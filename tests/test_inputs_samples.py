"""Each reader on the sample export built to its platform's layout (sample_posts/exports/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.inputs import read_posts
from postcheck.model import Post, Unreadable

SAMPLES = Path(__file__).resolve().parents[1] / "sample_posts" / "exports"


def posts_of(path: Path, **options) -> list[Post]:
    items = list(read_posts(path, **options))
    assert all(isinstance(item, Post) for item in items), [i for i in items if isinstance(i, Unreadable)]
    return items


def by_id(posts: list[Post]) -> dict[str, Post]:
    return {post.id: post for post in posts}


def test_drafts_folder_reads_txt_and_md_with_images_beside_and_referenced():
    posts = by_id(posts_of(SAMPLES / "drafts"))
    assert sorted(posts) == [
        "foster-info-night.md",
        "friend-request.txt",
        "late-night.txt",
        "proud-of-my-kiddo.txt",
        "training-recap.md",
        "weekend-hike.txt",
    ]
    assert posts["weekend-hike.txt"].images == [SAMPLES / "drafts" / "weekend-hike.jpg"]
    assert posts["foster-info-night.md"].images == [SAMPLES / "drafts" / "photos" / "library-hills.png"]
    assert posts["late-night.txt"].images == []
    assert posts["late-night.txt"].text.startswith("Another 11:40pm finish tonight.")
    assert posts["late-night.txt"].source.file == str(SAMPLES / "drafts" / "late-night.txt")


def test_csv_sample_takes_text_id_time_and_several_images_per_row():
    posts = posts_of(SAMPLES / "posts.csv")
    assert [p.source.post_id for p in posts] == ["p-101", "p-102", "p-103", "p-104", "p-105", "p-106"]
    assert [p.id for p in posts] == ["posts:2", "posts:3", "posts:4", "posts:5", "posts:7", "posts:8"]
    garden = posts[3]
    assert garden.text == "Garden club at the office is thriving.\nThe tomatoes are winning."
    assert garden.images == [SAMPLES / "media" / "office-garden.jpg", SAMPLES / "media" / "backpacks.png"]
    # The quoted two-line cell spans lines 5-6, so the next row starts on line 7.
    assert [p.source.line for p in posts] == [2, 3, 4, 5, 7, 8]
    assert garden.source.timestamp == "2026-02-05T09:30:00"
    assert all(image.exists() for p in posts for image in p.images)


def test_jsonl_sample_reports_its_malformed_line_and_reads_on():
    items = list(read_posts(SAMPLES / "posts.jsonl"))
    assert len(items) == 6
    bad = [item for item in items if isinstance(item, Unreadable)]
    assert len(bad) == 1
    assert bad[0].source.line == 4
    assert "not valid JSON" in bad[0].reason
    assert "Lunch with the team" not in bad[0].reason  # reasons never carry the draft's words
    good = [item for item in items if isinstance(item, Post)]
    assert [p.source.post_id for p in good] == ["j-201", "j-202", "j-203", "j-205", "j-206"]
    assert good[1].id == "posts:2"
    assert good[1].images == [SAMPLES / "media" / "backpacks.png"]
    assert good[0].source.timestamp == "2026-03-01T07:45:00+00:00"


def test_facebook_sample_fixes_mojibake_and_finds_captions_and_photos():
    posts = posts_of(SAMPLES / "facebook")
    assert len(posts) == 6
    first = posts[0]
    assert first.text == "Café con el equipo after our quarterly training ☕ — grateful for this crew."
    assert first.id == "your_posts__check_ins__photos_and_videos_1#1"
    assert first.source.timestamp == "2026-01-10T18:22:04+00:00"
    assert first.source.line == 2
    adoption = posts[1]
    assert "Little Sofía (4)" in adoption.text
    assert "added a new photo" not in adoption.text  # Facebook's own title is not the account's words
    assert [image.name for image in adoption.images] == ["401223344556677_88990011.jpg"]
    assert adoption.images[0].exists()
    hike = posts[4]
    assert hike.text.count("Über-grateful") == 1  # the caption repeating the post is kept once


def test_x_sample_unescapes_entities_and_maps_media_to_tweets_media():
    posts = by_id(posts_of(SAMPLES / "x"))
    assert len(posts) == 6
    assert "detention report due by 9 & visits" in posts["1893455667788990011"].text
    mural = posts["1894200011223344556"]
    assert mural.images == [
        SAMPLES / "x" / "data" / "tweets_media" / "1894200011223344556-GkR2mWxXcAAq7Lp.jpg"
    ]
    assert mural.images[0].exists()
    assert mural.source.post_id == "1894200011223344556"
    assert mural.source.timestamp == "2026-02-23T17:30:00+00:00"
    assert mural.source.file.endswith("tweets.js")


def test_instagram_sample_reads_single_posts_and_carousels():
    posts = posts_of(SAMPLES / "instagram")
    assert len(posts) == 4
    single, carousel, _, no_extension = posts
    assert single.text == "Weekend reset in the mountains 🌄 #selfcare #hiking"
    assert single.source.post_id == "18034455667788990"
    assert carousel.text.startswith("Back-to-school drive: 212 backpacks")
    assert len(carousel.images) == 2 and all(image.exists() for image in carousel.images)
    assert carousel.source.timestamp == "2026-05-03T19:44:10+00:00"
    assert no_extension.images[0].suffix == "" and no_extension.images[0].exists()
    assert "mamá" in posts[2].text


def test_mastodon_sample_turns_html_into_text_and_skips_boosts():
    posts = posts_of(SAMPLES / "mastodon")
    assert len(posts) == 5  # six items, one of them a boost
    vent, panel, garden, _, market = posts
    assert vent.text.startswith("work vent\n\n")  # the content warning is kept, ahead of the post
    assert "#KinshipCare" in panel.text and "@kinshipnetwork" in panel.text
    assert "https://kinship.example.org/slides/spring-panel" in panel.text
    assert "<" not in panel.text
    assert "blooming & the sunflowers" in garden.text
    assert len(garden.images) == 1 and garden.images[0].exists()
    assert market.images == []  # a remote attachment is never fetched
    assert market.text == "Saturday farmers market haul 🍓\nStrawberries are back!"
    assert garden.source.timestamp == "2026-03-12T12:15:44Z"


def test_linkedin_sample_strips_doubled_quotes_and_keeps_real_ones():
    posts = posts_of(SAMPLES / "linkedin")
    assert len(posts) == 6
    assert posts[0].id == "Shares:2"
    assert posts[0].source.post_id == "urn:li:share:7446001122334455667"
    assert posts[0].text.splitlines() == [
        "Thrilled to share that I've accepted a supervising social worker role at Riverside County DCFS!",
        "",
        "Eight years on the front line taught me that good supervision is what keeps workers in this field.",
        "Grateful to every mentor who picked up the phone at 10pm.",
    ]
    assert (
        posts[1].text
        == 'My favorite line from this week\'s training: "Safety is a relationship, not a checklist."'
    )
    assert posts[3].images == []  # MediaUrl is remote-only
    assert posts[4].text == ""  # a link share with no commentary is still a post
    assert posts[0].source.timestamp == "2026-04-02T15:20:41"
    assert [p.source.line for p in posts] == [2, 6, 7, 10, 11, 12]


@pytest.mark.parametrize(
    "path",
    [
        "x/data/tweets.js",
        "facebook/your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        "instagram/your_instagram_activity/content/posts_1.json",
        "mastodon/outbox.json",
        "linkedin/Shares.csv",
    ],
)
def test_a_file_inside_an_export_reads_like_its_folder(path):
    export = SAMPLES / path.split("/")[0]
    from_file = [(p.id, p.text, p.images) for p in read_posts(SAMPLES / path)]
    from_folder = [(p.id, p.text, p.images) for p in read_posts(export)]
    assert from_file == from_folder
