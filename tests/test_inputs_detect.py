"""Telling an input's format from its shape, and refusing what cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postcheck.errors import InputError
from postcheck.inputs import FORMATS, read_posts
from postcheck.inputs.detect import detect

SAMPLES = Path(__file__).resolve().parents[1] / "sample_posts" / "exports"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("drafts", "drafts"),
        ("drafts/late-night.txt", "drafts"),
        ("drafts/training-recap.md", "drafts"),
        ("posts.csv", "csv"),
        ("posts.jsonl", "jsonl"),
        ("facebook", "facebook"),
        ("facebook/your_activity_across_facebook/posts", "facebook"),
        ("x", "x"),
        ("x/data", "x"),
        ("x/data/tweets.js", "x"),
        ("instagram", "instagram"),
        ("instagram/your_instagram_activity/content/posts_1.json", "instagram"),
        ("mastodon", "mastodon"),
        ("mastodon/outbox.json", "mastodon"),
        ("linkedin", "linkedin"),
        ("linkedin/Shares.csv", "linkedin"),
    ],
)
def test_samples_are_recognised(path, expected):
    reader, files = detect(SAMPLES / path)
    assert reader.NAME == expected
    assert files


def test_formats_lists_every_reader_name():
    assert sorted(FORMATS) == sorted(
        ["drafts", "csv", "jsonl", "facebook", "x", "instagram", "mastodon", "linkedin"]
    )


@pytest.fixture
def renamed(tmp_path):
    """Copy a sample file under a name that gives nothing away."""

    def copy(relative: str, name: str) -> Path:
        target = tmp_path / name
        target.write_bytes((SAMPLES / relative).read_bytes())
        return target

    return copy


@pytest.mark.parametrize(
    ("relative", "name", "expected"),
    [
        ("x/data/tweets.js", "export.js", "x"),
        ("mastodon/outbox.json", "toots.json", "mastodon"),
        (
            "facebook/your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
            "fb.json",
            "facebook",
        ),
        ("instagram/your_instagram_activity/content/posts_1.json", "ig.json", "instagram"),
        ("linkedin/Shares.csv", "my_linkedin.csv", "linkedin"),
    ],
)
def test_content_tells_the_format_when_the_name_does_not(renamed, relative, name, expected):
    reader, _ = detect(renamed(relative, name))
    assert reader.NAME == expected


def test_legacy_and_multipart_x_files_are_all_read_from_the_archive_folder(tmp_path):
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    for name, prefix, tweet_id in [
        ("tweets.js", "tweets.part0", "1"),
        ("tweets-part1.js", "tweets.part1", "2"),
    ]:
        tweet = {
            "tweet": {
                "id_str": tweet_id,
                "full_text": "hello",
                "created_at": "Sat Feb 18 19:45:15 +0000 2023",
            }
        }
        (data / name).write_text(f"window.YTD.{prefix} = " + json.dumps([tweet]), encoding="utf-8")
    (data / "account.js").write_text("window.YTD.account.part0 = []", encoding="utf-8")
    assert [post.id for post in read_posts(tmp_path / "archive")] == ["1", "2"]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_posts(tmp_path / "nowhere.csv")


def test_unrecognisable_file_is_an_input_error_that_names_the_option(tmp_path):
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="--input-format"):
        read_posts(odd)


def test_folder_without_posts_is_an_input_error(tmp_path):
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="cannot tell the format"):
        read_posts(tmp_path)


def test_named_format_overrides_detection(tmp_path):
    notes = tmp_path / "notes.log"
    notes.write_text('{"text": "a draft"}\n', encoding="utf-8")
    assert [post.text for post in read_posts(notes, fmt="jsonl")] == ["a draft"]


def test_unknown_format_name_is_an_input_error():
    with pytest.raises(InputError, match="unknown input format"):
        read_posts(SAMPLES / "posts.csv", fmt="myspace")


def test_named_format_that_finds_nothing_in_a_folder_is_an_input_error():
    with pytest.raises(InputError, match="no mastodon files"):
        read_posts(SAMPLES / "drafts", fmt="mastodon")


@pytest.mark.parametrize("export_file", ["media.json", "outbox.json"])
def test_a_drafts_folder_holding_an_export_file_is_refused_not_read_as_the_export(tmp_path, export_file):
    """Read as the export, every draft would be skipped and the scan would pass with 0 posts."""
    (tmp_path / "a.txt").write_text("Call the mom at 310-555-0199 tonight", encoding="utf-8")
    (tmp_path / export_file).write_text("[]" if export_file == "media.json" else "{}", encoding="utf-8")
    with pytest.raises(InputError, match="draft file"):
        detect(tmp_path)
    reader, files = detect(tmp_path, "drafts")
    assert files == [tmp_path / "a.txt"]
