"""Record-level behaviour: clean-ups, column options, bad records, whole-file failures, laziness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postcheck.errors import InputError
from postcheck.inputs import read_posts
from postcheck.inputs.common import fix_mojibake
from postcheck.inputs.linkedin import strip_doubled_quotes
from postcheck.model import Post, Unreadable


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def meta_encoded(value) -> str:
    """A JSON document encoded as Meta exports are: each UTF-8 byte stored as a Latin-1 code point."""

    def garble(item):
        if isinstance(item, str):
            return item.encode("utf-8").decode("latin-1")
        if isinstance(item, list):
            return [garble(v) for v in item]
        if isinstance(item, dict):
            return {k: garble(v) for k, v in item.items()}
        return item

    return json.dumps(garble(value))


# ------------------------------------------------------------------ clean-ups


@pytest.mark.parametrize(
    ("stored", "meant"),
    [
        ("tilf\u00c3\u00b8jet", "tilføjet"),
        ("\u00e2\u0080\u0093", "–"),
        ("\u00f0\u009f\u0098\u0082", "😂"),
        ("plain ascii", "plain ascii"),
        ("naïve café", "naïve café"),  # already right: the round trip fails, the text is kept
        ("smile 😀", "smile 😀"),  # above U+00FF: not Latin-1, kept
    ],
)
def test_fix_mojibake_only_when_it_round_trips(stored, meant):
    assert fix_mojibake(stored) == meant


@pytest.mark.parametrize(
    ("parsed", "meant"),
    [
        ('First line"\n""\n"Third line', "First line\n\nThird line"),
        ('A "quoted" word"\n"second', 'A "quoted" word\nsecond'),
        ('"Quoted from start to end"', '"Quoted from start to end"'),  # one line: nothing to undo
        ("two lines\nwithout the quirk", "two lines\nwithout the quirk"),
        ('ends with a quote"\nbut this line does not', 'ends with a quote"\nbut this line does not'),
    ],
)
def test_linkedin_doubled_quotes_are_removed_only_when_the_whole_pattern_is_there(parsed, meant):
    assert strip_doubled_quotes(parsed) == meant


# ------------------------------------------------------------------ drafts


def test_draft_with_invalid_utf8_is_unreadable_and_the_folder_goes_on(tmp_path):
    write(tmp_path / "a.txt", "First draft.")
    write(tmp_path / "b.txt", b"Second line ok\ncaf\xe9 at 9pm")
    write(tmp_path / "c.md", "Third draft.")
    items = list(read_posts(tmp_path))
    assert [type(item) for item in items] == [Post, Unreadable, Post]
    assert items[1].source.file == str(tmp_path / "b.txt")
    assert items[1].source.line == 2
    assert items[1].reason == "not valid UTF-8"


def test_draft_images_are_matched_by_stem_and_markdown_references(tmp_path):
    write(tmp_path / "visit.txt", "Nice day.")
    for name in ("visit.jpg", "visit.1.png", "visit.2.png", "visitor.jpg", "other.jpg", ".visit.jpg"):
        write(tmp_path / name, b"x")
    write(tmp_path / "notes.md", "See ![park](pics/park.png) and ![web](https://example.org/a.png)")
    write(tmp_path / ".hidden.txt", "not a draft")
    posts = {post.id: post for post in read_posts(tmp_path)}
    assert sorted(posts) == ["notes.md", "visit.txt"]
    assert [image.name for image in posts["visit.txt"].images] == ["visit.1.png", "visit.2.png", "visit.jpg"]
    # A referenced image that is missing is still attached: the image screener reports it.
    assert posts["notes.md"].images == [tmp_path / "pics" / "park.png"]


def test_drafts_in_subfolders_get_their_relative_path_as_id(tmp_path):
    write(tmp_path / "ana" / "monday.txt", "one")
    write(tmp_path / "ben" / "monday.txt", "two")
    assert [post.id for post in read_posts(tmp_path)] == ["ana/monday.txt", "ben/monday.txt"]


# ------------------------------------------------------------------ CSV


def test_csv_column_options_and_image_lists(tmp_path):
    csv_file = write(
        tmp_path / "team.csv",
        'Ref,Draft Body,Pics\nr1,Hello,a.png|b.png\nr2,World,"[""c.png"", ""https://example.org/d.png""]"\n',
    )
    posts = list(read_posts(csv_file, text_column="draft body", id_column="Ref", image_column="pics"))
    assert [(p.source.post_id, p.text) for p in posts] == [("r1", "Hello"), ("r2", "World")]
    assert posts[0].images == [tmp_path / "a.png", tmp_path / "b.png"]
    assert posts[1].images == [tmp_path / "c.png"]  # URLs are never fetched


def test_csv_without_a_text_column_is_an_input_error_listing_the_columns(tmp_path):
    csv_file = write(tmp_path / "x.csv", "when,who\n1,2\n")
    with pytest.raises(InputError, match="columns are: when, who"):
        read_posts(csv_file)


def test_csv_named_column_that_is_missing_is_an_input_error(tmp_path):
    csv_file = write(tmp_path / "x.csv", "text\nhi\n")
    with pytest.raises(InputError, match="no column 'body'"):
        read_posts(csv_file, text_column="body")


def test_csv_bad_rows_are_unreadable_and_reading_goes_on(tmp_path):
    csv_file = write(
        tmp_path / "posts.csv",
        b'id,text\n1,fine\n2,caf\xe9\n3,too,many,fields\n4,"multi\nline"\n5,also fine\n',
    )
    items = list(read_posts(csv_file))
    assert [type(item).__name__ for item in items] == ["Post", "Unreadable", "Unreadable", "Post", "Post"]
    assert (items[1].source.line, items[1].reason) == (3, "line 3 is not valid UTF-8")
    assert (items[2].source.line, items[2].reason) == (4, "row has 4 fields, the header has 2")
    assert (items[3].source.line, items[3].text) == (5, "multi\nline")
    assert items[4].source.line == 7


def test_table_ids_are_file_and_line_so_a_repeated_id_column_cannot_clash(tmp_path):
    csv_file = write(tmp_path / "dup.csv", "id,text\na,one\na,two\n,three\n")
    posts = list(read_posts(csv_file))
    assert [p.id for p in posts] == ["dup:2", "dup:3", "dup:4"]
    assert [p.source.post_id for p in posts] == ["a", "a", None]


# ------------------------------------------------------------------ JSON Lines


def test_jsonl_bad_lines_are_unreadable_with_their_line(tmp_path):
    jsonl = write(
        tmp_path / "posts.jsonl",
        b'{"id": "1", "post": "uses another text name", "images": ["a.png", "https://x.example/b.png"]}\n'
        b"\n"
        b"[1, 2]\n"
        b'{"id": "4", "title": "no text field"}\n'
        b'{"id": "5", "text": "caf\xe9"}\n'
        b'{"id": "6", "text": 42}\n'
        b'{"id": "7", "text": "last", "timestamp": 1767225600}\n',
    )
    items = list(read_posts(jsonl))
    assert [(item.source.line, type(item).__name__) for item in items] == [
        (1, "Post"),
        (3, "Unreadable"),
        (4, "Unreadable"),
        (5, "Unreadable"),
        (6, "Unreadable"),
        (7, "Post"),
    ]
    assert items[0].text == "uses another text name"
    assert items[0].images == [tmp_path / "a.png"]
    assert items[1].reason == "line is not a JSON object"
    assert items[2].reason.startswith("record has no text field")
    assert items[3].reason == "line is not valid UTF-8"
    assert items[4].reason == "field 'text' is not a string"
    assert items[5].source.timestamp == "2026-01-01T00:00:00+00:00"


# ------------------------------------------------------------------ platform exports


def test_facebook_file_cut_off_mid_way_gives_its_posts_then_one_unreadable(tmp_path):
    posts = [{"timestamp": 1767225600 + n, "data": [{"post": f"post {n}"}]} for n in range(3)]
    text = json.dumps(posts, indent=2)
    cut = write(tmp_path / "posts" / "your_posts_1.json", text[: text.rindex('"post 2"')])
    items = list(read_posts(cut))
    assert [item.text for item in items[:2]] == ["post 0", "post 1"]
    assert isinstance(items[2], Unreadable)
    assert "the rest of this file was not read" in items[2].reason
    assert items[2].source.line > items[1].source.line


def test_facebook_record_of_the_wrong_shape_is_unreadable(tmp_path):
    posts = [{"timestamp": 1767225600, "data": [{"post": "ok"}]}, {"data": [{"post": "no time"}]}, "text"]
    items = list(read_posts(write(tmp_path / "your_posts_1.json", json.dumps(posts, indent=1))))
    assert isinstance(items[0], Post)
    assert items[1].reason == "record has no 'timestamp' field"
    assert items[2].reason == "record is a JSON string, expected an object"


def test_facebook_mojibake_in_a_minimal_export(tmp_path):
    export = tmp_path / "export"
    write(
        export / "posts" / "your_posts_1.json",
        meta_encoded([{"timestamp": 1767225600, "data": [{"post": "Søndag på kontoret – 😂"}]}]),
    )
    (post,) = read_posts(export)
    assert post.text == "Søndag på kontoret – 😂"


def test_a_broken_part_is_one_unreadable_and_the_other_parts_are_read(tmp_path):
    export = tmp_path / "export" / "posts"
    write(export / "your_posts_1.json", json.dumps([{"timestamp": 1767225600, "data": [{"post": "one"}]}]))
    write(export / "your_posts_2.json", b"\xff\xfe not json")
    write(export / "your_posts_3.json", json.dumps([{"timestamp": 1767225601, "data": [{"post": "three"}]}]))
    items = list(read_posts(tmp_path / "export"))
    assert [type(item).__name__ for item in items] == ["Post", "Unreadable", "Post"]
    assert items[1].source.file == str(export / "your_posts_2.json")
    assert "not valid UTF-8" in items[1].reason


def test_the_only_file_unreadable_is_an_input_error(tmp_path):
    broken = write(tmp_path / "outbox.json", "{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        read_posts(broken)


def test_x_tweet_without_text_is_unreadable_with_its_line(tmp_path):
    tweets = [
        {"tweet": {"id_str": "1", "full_text": "ok", "created_at": "Sat Feb 18 19:45:15 +0000 2023"}},
        {"tweet": {"id_str": "2", "created_at": "Sat Feb 18 19:45:15 +0000 2023"}},
        {"tweet": {"id_str": "3", "full_text": "bad date", "created_at": "yesterday"}},
        {"tweet": {"id_str": "4", "full_text": "ok too", "created_at": "Sun Feb 19 08:00:00 +0000 2023"}},
    ]
    tweets_js = write(
        tmp_path / "data" / "tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2)
    )
    items = list(read_posts(tweets_js))
    assert [type(item).__name__ for item in items] == ["Post", "Unreadable", "Unreadable", "Post"]
    assert items[1].reason == "tweet has no 'full_text' string"
    assert items[2].reason == "field 'created_at' is not in the archive's date format"
    assert [item.source.line for item in items] == sorted(item.source.line for item in items)


def test_x_video_media_is_the_archived_mp4(tmp_path):
    video = {
        "type": "video",
        "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/9/pu/img/thumb.jpg",
        "video_info": {
            "variants": [
                {
                    "bitrate": "256000",
                    "content_type": "video/mp4",
                    "url": "https://video.twimg.com/low.mp4?tag=1",
                },
                {
                    "bitrate": "2176000",
                    "content_type": "video/mp4",
                    "url": "https://video.twimg.com/high.mp4?tag=1",
                },
                {"content_type": "application/x-mpegURL", "url": "https://video.twimg.com/pl.m3u8"},
            ]
        },
    }
    tweet = {
        "tweet": {
            "id_str": "9",
            "full_text": "clip",
            "created_at": "Sat Feb 18 19:45:15 +0000 2023",
            "extended_entities": {"media": [video]},
        }
    }
    (post,) = read_posts(
        write(tmp_path / "data" / "tweets.js", "window.YTD.tweets.part0 = " + json.dumps([tweet]))
    )
    assert post.images == [tmp_path / "data" / "tweets_media" / "9-high.mp4"]


def test_mastodon_bad_item_is_unreadable_and_boosts_are_skipped(tmp_path):
    items = [
        {"type": "Create", "object": {"id": "https://s.example/1", "content": "<p>one</p>"}},
        {"type": "Announce", "object": "https://elsewhere.example/statuses/2"},
        {"type": "Create", "object": {"id": "https://s.example/3"}},
        {"type": "Create", "object": "https://s.example/4"},
        {
            "type": "Create",
            "object": {
                "id": "https://s.example/5",
                "content": "<p>five</p>",
                "attachment": [{"type": "Document", "url": "/media_attachments/files/5.png"}],
            },
        },
    ]
    outbox = write(tmp_path / "outbox.json", json.dumps({"type": "OrderedCollection", "orderedItems": items}))
    read = list(read_posts(outbox))
    assert [type(item).__name__ for item in read] == ["Post", "Unreadable", "Unreadable", "Post"]
    assert read[1].reason == "post has no 'content' string"
    assert read[1].source.post_id == "orderedItems[2]"
    assert read[2].reason == "field 'object' is a JSON string"
    assert read[3].images == [tmp_path / "media_attachments" / "files" / "5.png"]


def test_instagram_older_media_folder_layout(tmp_path):
    export = tmp_path / "ig"
    write(export / "media" / "posts" / "201904" / "pic_17900000000000001.jpg", b"x")
    write(
        export / "media" / "posts_1.json",
        meta_encoded(
            [
                {
                    "media": [
                        {
                            "uri": "media/posts/201904/pic_17900000000000001.jpg",
                            "creation_timestamp": 1555000000,
                            "title": "Caf\u00e9 \u2615",
                        }
                    ]
                },
            ]
        ),
    )
    (post,) = read_posts(export)
    assert post.text == "Café ☕"
    assert post.images == [export / "media" / "posts" / "201904" / "pic_17900000000000001.jpg"]
    assert post.source.post_id == "17900000000000001"


# ------------------------------------------------------------------ laziness


def test_jsonl_is_read_one_post_at_a_time(tmp_path):
    count = 5_000  # several times what one read of the file buffers
    line = json.dumps({"text": "original"}) + "\n"
    big = write(tmp_path / "big.jsonl", line * count)
    posts = read_posts(big)
    assert next(posts).text == "original"
    # Rewrite the last line in place. A reader that had read the file up front could not see it.
    with big.open("r+b") as handle:
        handle.seek(len(line) * (count - 1))
        handle.write((json.dumps({"text": "replaced"}) + "\n").encode())
    rest = list(posts)
    assert len(rest) == count - 1
    assert rest[-1].text == "replaced"


def test_csv_is_read_one_row_at_a_time(tmp_path):
    count = 5_000  # several times what one read of the file buffers
    big = write(tmp_path / "big.csv", "text\n" + "original\n" * count)
    posts = read_posts(big)
    assert next(posts).text == "original"
    with big.open("r+b") as handle:
        handle.seek(len("text\n") + len("original\n") * (count - 1))
        handle.write(b"replaced\n")
    assert [p.text for p in posts][-1] == "replaced"


def test_export_parts_are_opened_only_when_reached(tmp_path):
    posts_dir = tmp_path / "export" / "posts"
    for part in (1, 2):
        write(
            posts_dir / f"your_posts_{part}.json",
            json.dumps([{"timestamp": 1767225600, "data": [{"post": f"part {part}"}]}]),
        )
    posts = read_posts(tmp_path / "export")
    assert next(posts).text == "part 1"
    write(
        posts_dir / "your_posts_2.json",
        json.dumps([{"timestamp": 1767225600, "data": [{"post": "changed"}]}]),
    )
    assert [p.text for p in posts] == ["changed"]


def test_linkedin_share_repeated_on_consecutive_rows_is_one_post(tmp_path):
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{}"
    shares = write(
        tmp_path / "Shares.csv",
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        f'2026-01-02 10:00:00,{link.format(1)},"Talk video",https://v.example/1,https://i.example/hq.jpg,MEMBER_NETWORK\n'
        f'2026-01-02 10:00:00,{link.format(1)},"Talk video",https://v.example/1,https://i.example/sd.jpg,MEMBER_NETWORK\n'
        f'2026-01-03 09:00:00,{link.format(2)},"Next one","","",MEMBER_NETWORK\n'
        f'2026-01-04 09:00:00,{link.format(1)},"Talk video",https://v.example/1,https://i.example/hq.jpg,MEMBER_NETWORK\n',
    )
    posts = list(read_posts(shares))
    assert [(p.id, p.source.post_id) for p in posts] == [
        ("Shares:2", "urn:li:share:1"),
        ("Shares:4", "urn:li:share:2"),
        ("Shares:5", "urn:li:share:1"),
    ]
