"""Build the sample exports in this folder, one per input format postcheck reads.

Run from anywhere: `python sample_posts/exports/make_samples.py`. The files are committed;
this script is how they were made, so the platform quirks (Meta's mojibake, X's
`window.YTD` prefix and string numbers, Mastodon's minified `\\u003c` HTML, LinkedIn's
doubled quotes) are produced by code rather than typed by hand. Every post is invented:
names, places, handles and numbers belong to nobody (phone numbers use 555-01xx).
The photos are small drawn scenes with no people in them.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent


def epoch(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


# ---------------------------------------------------------------- pictures


def landscape(path: Path) -> None:
    """Sky, sun, hills: a clean outdoor photo."""
    image = Image.new("RGB", (96, 64), (135, 190, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse((66, 8, 82, 24), fill=(255, 220, 90))
    draw.polygon([(0, 44), (30, 26), (58, 42), (96, 30), (96, 64), (0, 64)], fill=(70, 140, 70))
    _save(image, path)


def stripes(path: Path) -> None:
    """A painted wall of colour bands (a mural)."""
    image = Image.new("RGB", (96, 64), (240, 240, 235))
    draw = ImageDraw.Draw(image)
    for i, colour in enumerate(
        [(230, 80, 70), (250, 180, 60), (90, 170, 90), (70, 120, 210), (150, 90, 190)]
    ):
        draw.rectangle((i * 19, 8, i * 19 + 15, 56), fill=colour)
    _save(image, path)


def flowers(path: Path) -> None:
    """Green leaves with yellow blooms (a garden bed)."""
    image = Image.new("RGB", (96, 64), (60, 120, 50))
    draw = ImageDraw.Draw(image)
    for x, y in [(12, 14), (40, 30), (70, 12), (24, 46), (80, 44), (55, 52)]:
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill=(250, 210, 40))
        draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=(120, 70, 20))
    _save(image, path)


def balloons(path: Path) -> None:
    """Three balloons on strings against a wall."""
    image = Image.new("RGB", (96, 64), (245, 235, 220))
    draw = ImageDraw.Draw(image)
    for x, colour in [(24, (220, 60, 80)), (48, (70, 130, 220)), (72, (250, 190, 50))]:
        draw.ellipse((x - 10, 6, x + 10, 30), fill=colour)
        draw.line((x, 30, x, 60), fill=(90, 90, 90))
    _save(image, path)


def boxes(path: Path) -> None:
    """Rows of packed backpacks seen as coloured blocks on a floor."""
    image = Image.new("RGB", (96, 64), (200, 190, 170))
    draw = ImageDraw.Draw(image)
    for row in range(3):
        for col in range(6):
            shade = (60 + col * 30, 90 + row * 40, 160 - col * 15)
            draw.rounded_rectangle((4 + col * 15, 6 + row * 19, 15 + col * 15, 21 + row * 19), 3, fill=shade)
    _save(image, path)


def _save(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kind = "JPEG" if path.suffix.lower() in (".jpg", ".jpeg") else "PNG"
    image.save(path, kind, **({"quality": 80} if kind == "JPEG" else {"optimize": True}))


# ---------------------------------------------------------------- drafts folder


def drafts() -> None:
    folder = HERE / "drafts"
    texts = {
        "foster-info-night.md": (
            "# Foster parent info night\n\n"
            "Thinking about fostering? Join us for our public info night on Thursday, March 12 at 6 pm "
            "at the Central Library community room. Questions: fosterinfo@countyfamilies.example\n\n"
            "![Hills above the library](photos/library-hills.png)\n"
        ),
        "late-night.txt": (
            "Another 11:40pm finish tonight. Removal in Lancaster ran long and I'm back at the "
            "Compton office at 7 tomorrow for the detention hearing. Send coffee."
        ),
        "proud-of-my-kiddo.txt": (
            "So proud of my kiddo Darnell W. - started at Jefferson Middle this week and already "
            "made the soccer team! Third placement this year and he's finally settling in."
        ),
        "friend-request.txt": (
            "lol one of my moms on my caseload just sent me a friend request. Accepted it so she "
            "can message me on here instead of calling the office line."
        ),
        "weekend-hike.txt": "Sunday reset: six miles up Mount Baldy with the dog. Legs are jelly, head is clear.",
        "training-recap.md": (
            "Spent the day at a training on trauma-informed interviewing. Best takeaway: slow down, "
            "name what you are doing, and let the child set the pace.\n\n"
            "*Views are my own and not those of my employer.*\n"
        ),
    }
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    landscape(folder / "weekend-hike.jpg")
    landscape(folder / "photos" / "library-hills.png")


# ---------------------------------------------------------------- CSV and JSON Lines


def csv_and_jsonl() -> None:
    stripes(HERE / "media" / "visit-room-mural.png")
    flowers(HERE / "media" / "office-garden.jpg")
    boxes(HERE / "media" / "backpacks.png")
    rows = [
        (
            "p-101",
            "2026-02-02T08:15:00",
            "Heading to court at 1:30 in Dept. 418 for the Alvarez kids' review hearing.",
            "",
        ),
        (
            "p-102",
            "2026-02-03T17:40:00",
            "Our visitation room got a makeover thanks to local art students! #fostercare",
            "media/visit-room-mural.png",
        ),
        (
            "p-103",
            "2026-02-04T12:05:00",
            "If you need anything for your case just text my personal cell, (626) 555-0148. "
            "I can put in a good word with the judge.",
            "",
        ),
        (
            "p-104",
            "2026-02-05T09:30:00",
            "Garden club at the office is thriving.\nThe tomatoes are winning.",
            "media/office-garden.jpg;media/backpacks.png",
        ),
        (
            "p-105",
            "2026-02-06T19:10:00",
            "Honestly some of these parents should never have had kids. Today was a circus.",
            "",
        ),
        (
            "p-106",
            "2026-02-07T10:00:00",
            "The county is hiring social workers! Apply at jobs.county.example - "
            "great benefits, meaningful work.",
            "",
        ),
    ]
    lines = ["id,created_at,text,images"] + [",".join(_csv_cell(v) for v in row) for row in rows]
    (HERE / "posts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    records = [
        {
            "id": "j-201",
            "created_at": "2026-03-01T07:45:00Z",
            "text": "Early start: two home visits in Pacoima before my 10am supervision. Coffee count: 3.",
            "images": [],
        },
        {
            "id": "j-202",
            "created_at": "2026-03-02T16:20:00Z",
            "text": "Backpack drive done! 180 backpacks for kids in care. Thank you to every volunteer.",
            "images": ["media/backpacks.png"],
        },
        {
            "id": "j-203",
            "created_at": "2026-03-03T11:00:00Z",
            "text": "Mom tested positive again and the baby is staying with grandma in Norwalk for now. Heartbreaking.",
            "images": [],
        },
    ]
    malformed = '{"id": "j-204", "created_at": "2026-03-04T09:00:00Z", "text": "Lunch with the team at'
    records_after = [
        {
            "id": "j-205",
            "created_at": "2026-03-05T18:30:00Z",
            "text": "As a DCFS social worker I'm asking you all to vote YES on Prop 12. The department supports it!",
            "images": [],
        },
        {
            "id": "j-206",
            "created_at": "2026-03-06T08:00:00Z",
            "text": "Read a great new report on kinship care outcomes this week. Worth your time if you work in this field. "
            "(Opinions are my own.)",
            "images": [],
        },
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + [malformed]
    lines += [json.dumps(r, ensure_ascii=False) for r in records_after]
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _csv_cell(value: str) -> str:
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


# ---------------------------------------------------------------- Facebook


def mojibake(value):
    """Meta's export encoding: each UTF-8 byte stored as the Latin-1 code point."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: mojibake(v) for k, v in value.items()}
    return value


def facebook() -> None:
    root = HERE / "facebook"
    posts_dir = root / "your_activity_across_facebook" / "posts"
    album = "your_activity_across_facebook/posts/media/TimelinePhotos_q8Zr2LkW0p"
    balloons(root / album / "401223344556677_88990011.jpg")
    landscape(root / album / "401223344556699_88990022.jpg")
    name = "Renée Castillo"
    posts = [
        {
            "timestamp": epoch("2026-01-10T18:22:04"),
            "data": [
                {"post": "Café con el equipo after our quarterly training ☕ — grateful for this crew."}
            ],
            "title": f"{name} updated her status.",
        },
        {
            "timestamp": epoch("2026-01-14T21:05:51"),
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": f"{album}/401223344556677_88990011.jpg",
                                "creation_timestamp": epoch("2026-01-14T21:05:40"),
                                "media_metadata": {
                                    "photo_metadata": {
                                        "exif_data": [
                                            {
                                                "upload_ip": "203.0.113.54",
                                                "taken_timestamp": epoch("2026-01-14T19:02:11"),
                                            }
                                        ]
                                    }
                                },
                                "title": "Timeline photos",
                                "description": "Adoption day!! 🎉 Little Sofía (4) is officially home with her forever family. "
                                "Dept. 415 was full of tears today.",
                            }
                        }
                    ]
                }
            ],
            "data": [{"update_timestamp": epoch("2026-01-14T21:05:51")}],
            "title": f"{name} added a new photo.",
        },
        {
            "timestamp": epoch("2026-01-20T06:48:13"),
            "data": [
                {
                    "post": "Three home visits in Palmdale before noon, then a 2:30 meeting with county counsel. "
                    "Pray for me 🙏"
                }
            ],
            "title": f"{name} updated her status.",
        },
        {
            "timestamp": epoch("2026-01-27T13:30:00"),
            "attachments": [
                {
                    "data": [
                        {
                            "external_context": {
                                "url": "https://news.example.org/kinship-care-report",
                                "name": "New statewide report on kinship placements",
                                "source": "news.example.org",
                            }
                        }
                    ]
                }
            ],
            "data": [
                {
                    "post": "Every worker should read this. Kinship placements keep kids connected — "
                    "we need more support for grandparents raising grandkids."
                }
            ],
            "title": f"{name} shared a link.",
        },
        {
            "timestamp": epoch("2026-02-02T09:12:45"),
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": f"{album}/401223344556699_88990022.jpg",
                                "creation_timestamp": epoch("2026-02-02T09:12:30"),
                                "title": "Mobile uploads",
                                "description": "Morning hike before a long week. Über-grateful for these hills. 🌄",
                            }
                        }
                    ]
                }
            ],
            "data": [{"post": "Morning hike before a long week. Über-grateful for these hills. 🌄"}],
            "title": f"{name} added a new photo.",
        },
        {
            "timestamp": epoch("2026-02-08T20:40:02"),
            "attachments": [
                {
                    "data": [
                        {
                            "event": {
                                "name": "Foster Family Open House",
                                "start_timestamp": epoch("2026-02-21T17:00:00"),
                                "end_timestamp": epoch("2026-02-21T19:00:00"),
                            }
                        }
                    ]
                }
            ],
            "data": [
                {
                    "post": "Come to our Foster Family Open House on Feb 21, 5–7 pm at the Eastside Community Center! "
                    "Learn what it takes to open your home."
                }
            ],
            "title": f"{name} shared an event.",
        },
    ]
    _write_json(posts_dir / "your_posts__check_ins__photos_and_videos_1.json", mojibake(posts), indent=2)


# ---------------------------------------------------------------- Instagram


def instagram() -> None:
    root = HERE / "instagram"
    landscape(
        root / "media/posts/202604/452211009_988776655443322_1122334455667788990_n_18034455667788990.jpg"
    )
    boxes(root / "media/posts/202605/459900112_977665544332211_2233445566778899001_n_18045566778899001.jpg")
    stripes(root / "media/posts/202605/459900113_977665544332212_2233445566778899002_n_18045566778899002.jpg")
    balloons(
        root / "media/posts/202606/461122334_966554433221100_3344556677889900112_n_18056677889900112.jpg"
    )
    # Some real media files have no extension; the reader must still attach them.
    flowers(root / "media/posts/202606/temp.png")
    (root / "media/posts/202606/temp.png").rename(root / "media/posts/202606/G7kLmQ2xYz0_18067788990011223")
    posts = [
        {
            "media": [
                {
                    "uri": "media/posts/202604/452211009_988776655443322_1122334455667788990_n_18034455667788990.jpg",
                    "creation_timestamp": epoch("2026-04-12T15:03:27"),
                    "media_metadata": {
                        "photo_metadata": {"exif_data": [{"latitude": 34.2, "longitude": -118.1}]}
                    },
                    "title": "Weekend reset in the mountains 🌄 #selfcare #hiking",
                    "cross_post_source": {"source_app": "FB"},
                }
            ]
        },
        {
            "media": [
                {
                    "uri": "media/posts/202605/459900112_977665544332211_2233445566778899001_n_18045566778899001.jpg",
                    "creation_timestamp": epoch("2026-05-03T19:44:10"),
                    "title": "",
                    "cross_post_source": {"source_app": "FB"},
                },
                {
                    "uri": "media/posts/202605/459900113_977665544332212_2233445566778899002_n_18045566778899002.jpg",
                    "creation_timestamp": epoch("2026-05-03T19:44:10"),
                    "title": "",
                    "cross_post_source": {"source_app": "FB"},
                },
            ],
            "title": "Back-to-school drive: 212 backpacks packed for kids in foster care 💙 Thank you, volunteers! "
            "#fostercare",
            "creation_timestamp": epoch("2026-05-03T19:44:10"),
        },
        {
            "media": [
                {
                    "uri": "media/posts/202606/461122334_966554433221100_3344556677889900112_n_18056677889900112.jpg",
                    "creation_timestamp": epoch("2026-06-01T22:15:48"),
                    "title": "Reunification day for my little guy Mateo 😭❤️ 14 months of visits at the "
                    "Norwalk office and he's home with mamá tonight.",
                    "cross_post_source": {"source_app": "FB"},
                }
            ]
        },
        {
            "media": [
                {
                    "uri": "media/posts/202606/G7kLmQ2xYz0_18067788990011223",
                    "creation_timestamp": epoch("2026-06-09T08:02:31"),
                    "title": "Office garden update: the sunflowers won. 🌻",
                    "cross_post_source": {"source_app": "FB"},
                }
            ]
        },
    ]
    _write_json(root / "your_instagram_activity" / "content" / "posts_1.json", mojibake(posts), indent=2)


# ---------------------------------------------------------------- X / Twitter


def x_archive() -> None:
    data = HERE / "x" / "data"
    tweets = [
        _tweet(
            "1893101122334455667",
            "2026-02-19T16:04:11",
            "If you suspect a child is being abused or neglected, call the Child Protection Hotline at "
            "1-800-540-4000. Open 24/7. #ChildAbusePrevention",
            hashtags=["ChildAbusePrevention"],
        ),
        _tweet(
            "1893455667788990011",
            "2026-02-20T23:51:40",
            "6am drive to Lancaster for a detention report due by 9 &amp; visits until 8pm after that 😩",
        ),
        _tweet(
            "1893812233445566778",
            "2026-02-21T20:17:05",
            "@marisol_r_1988 DM me, happy to help with the reunification paperwork outside work hours",
            mentions=[("marisol_r_1988", "Marisol R", "1701122334455")],
            reply_to=("1893800011223344556", "marisol_r_1988", "1701122334455"),
        ),
        _tweet(
            "1894200011223344556",
            "2026-02-23T17:30:00",
            "New mural in our family visitation room 🎨 made by local art students. #FosterCareAwareness "
            "https://t.co/Qm3rTx8yZa",
            hashtags=["FosterCareAwareness"],
            photos=[
                (
                    "1894199988776655443",
                    "https://pbs.twimg.com/media/GkR2mWxXcAAq7Lp.jpg",
                    "https://t.co/Qm3rTx8yZa",
                )
            ],
        ),
        _tweet(
            "1894577889900112233",
            "2026-02-25T01:12:09",
            "Speaking as a @CountyDCFS social worker: vote YES on Measure K. Our department backs it 100%!",
            mentions=[("CountyDCFS", "County DCFS", "1500000000001")],
        ),
        _tweet(
            "1894912345678901234",
            "2026-02-26T14:45:33",
            "Finished my first half marathon!! 2:14 and zero regrets 🏃‍♀️",
        ),
    ]
    stripes(data / "tweets_media" / "1894200011223344556-GkR2mWxXcAAq7Lp.jpg")
    body = json.dumps(tweets, indent=2, ensure_ascii=False, separators=(",", " : "))
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + body, encoding="utf-8")
    account = [
        {
            "account": {
                "email": "r.castillo.sw@mail.example",
                "createdVia": "web",
                "username": "renee_sw_la",
                "accountId": "1400000000042",
                "createdAt": "2021-05-02T17:20:11.000Z",
                "accountDisplayName": "Renée 🌻",
            }
        }
    ]
    (data / "account.js").write_text(
        "window.YTD.account.part0 = "
        + json.dumps(account, indent=2, ensure_ascii=False, separators=(",", " : ")),
        encoding="utf-8",
    )


def _tweet(id_str, when, text, hashtags=(), mentions=(), reply_to=None, photos=()):
    created = datetime.fromisoformat(when).replace(tzinfo=UTC)
    tweet = {
        "edit_info": {
            "initial": {
                "editTweetIds": [id_str],
                "editableUntil": (created + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "editsRemaining": "5",
                "isEditEligible": True,
            }
        },
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [{"text": tag, "indices": _indices(text, "#" + tag)} for tag in hashtags],
            "symbols": [],
            "user_mentions": [
                {
                    "name": name,
                    "screen_name": handle,
                    "indices": _indices(text, "@" + handle),
                    "id_str": uid,
                    "id": uid,
                }
                for handle, name, uid in mentions
            ],
            "urls": [],
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "3",
        "id_str": id_str,
        "truncated": False,
        "retweet_count": "0",
        "id": id_str,
        "created_at": created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }
    if reply_to:
        status, handle, uid = reply_to
        tweet.update(
            {
                "in_reply_to_status_id_str": status,
                "in_reply_to_status_id": status,
                "in_reply_to_screen_name": handle,
                "in_reply_to_user_id": uid,
                "in_reply_to_user_id_str": uid,
            }
        )
    if photos:
        media = [
            {
                "expanded_url": f"https://twitter.com/renee_sw_la/status/{id_str}/photo/{n}",
                "indices": _indices(text, short),
                "url": short,
                "media_url": url.replace("https://", "http://"),
                "id_str": media_id,
                "id": media_id,
                "media_url_https": url,
                "sizes": {"large": {"w": "96", "h": "64", "resize": "fit"}},
                "type": "photo",
                "display_url": "pic.twitter.com/" + short.rsplit("/", 1)[1],
            }
            for n, (media_id, url, short) in enumerate(photos, 1)
        ]
        tweet["entities"]["media"] = media[:1]
        tweet["extended_entities"] = {"media": media}
        tweet["possibly_sensitive"] = False
    return {"tweet": tweet}


def _indices(text: str, needle: str) -> list[str]:
    start = text.index(needle)
    return [str(start), str(start + len(needle))]


# ---------------------------------------------------------------- Mastodon


def mastodon() -> None:
    root = HERE / "mastodon"
    actor = "https://social.example/users/renee"
    attachment_path = "/social.example/media_attachments/files/116/020/331/original/9f3c2a7be41d05aa.png"
    flowers(root / attachment_path.lstrip("/"))

    def create(status_id, when, content, summary=None, attachments=(), in_reply_to=None, tags=()):
        note_id = f"{actor}/statuses/{status_id}"
        return {
            "id": f"{note_id}/activity",
            "type": "Create",
            "actor": actor,
            "published": when,
            "to": ["https://www.w3.org/ns/activitystreams#Public"],
            "cc": [f"{actor}/followers"],
            "object": {
                "id": note_id,
                "type": "Note",
                "summary": summary,
                "inReplyTo": in_reply_to,
                "published": when,
                "url": f"https://social.example/@renee/{status_id}",
                "attributedTo": actor,
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [f"{actor}/followers"],
                "sensitive": summary is not None,
                "atomUri": note_id,
                "inReplyToAtomUri": in_reply_to,
                "conversation": f"tag:social.example,{when[:10]}:objectId={status_id[-5:]}:objectType=Conversation",
                "content": content,
                "contentMap": {"en": content},
                "attachment": list(attachments),
                "tag": list(tags),
                "replies": {
                    "id": f"{note_id}/replies",
                    "type": "Collection",
                    "first": {
                        "type": "CollectionPage",
                        "next": f"{note_id}/replies?only_other_accounts=true&page=true",
                        "partOf": f"{note_id}/replies",
                        "items": [],
                    },
                },
            },
        }

    hashtag = (
        '<a href="https://social.example/tags/{0}" class="mention hashtag" rel="tag">#<span>{0}</span></a>'
    )
    mention = (
        '<span class="h-card"><a href="https://{1}/@{0}" class="u-url mention">@<span>{0}</span></a></span>'
    )
    items = [
        create(
            "116020110000000001",
            "2026-03-10T23:58:02Z",
            "<p>Four hours in the ER with a kiddo from my caseload waiting on a psych eval. "
            "Nobody should be 9 and this alone.</p>",
            summary="work vent",
        ),
        create(
            "116020220000000002",
            "2026-03-11T16:40:19Z",
            f"<p>Great panel on {hashtag.format('KinshipCare')} today, thanks "
            f"{mention.format('kinshipnetwork', 'mastodon.example')}! Slides: "
            '<a href="https://kinship.example.org/slides/spring-panel" target="_blank" rel="nofollow noopener">'
            '<span class="invisible">https://</span><span class="ellipsis">kinship.example.org/slides/</span>'
            '<span class="invisible">spring-panel</span></a></p><p>Views are my own.</p>',
            tags=[
                {
                    "type": "Hashtag",
                    "href": "https://social.example/tags/kinshipcare",
                    "name": "#kinshipcare",
                },
                {
                    "type": "Mention",
                    "href": "https://mastodon.example/users/kinshipnetwork",
                    "name": "@kinshipnetwork@mastodon.example",
                },
            ],
        ),
        create(
            "116020330000000003",
            "2026-03-12T12:15:44Z",
            "<p>Our office garden is finally blooming &amp; the sunflowers are taller than me 🌻</p>",
            attachments=[
                {
                    "type": "Document",
                    "mediaType": "image/png",
                    "url": attachment_path,
                    "name": "Yellow flowers in a raised garden bed",
                    "blurhash": "UCF~Zh00~q9F",
                    "width": 96,
                    "height": 64,
                }
            ],
        ),
        {
            "id": "https://social.example/users/renee/statuses/116020440000000004/activity",
            "type": "Announce",
            "actor": actor,
            "published": "2026-03-12T18:01:09Z",
            "to": ["https://www.w3.org/ns/activitystreams#Public"],
            "cc": ["https://mastodon.example/users/kinshipnetwork", f"{actor}/followers"],
            "object": "https://mastodon.example/users/kinshipnetwork/statuses/116019990000000077",
        },
        create(
            "116020550000000005",
            "2026-03-13T21:33:27Z",
            "<p>If any of my families see this: you can always reach me on my cell at (661) 555-0193 after hours, "
            "don&#39;t hesitate.</p>",
        ),
        create(
            "116020660000000006",
            "2026-03-14T10:05:00Z",
            "<p>Saturday farmers market haul 🍓<br />Strawberries are back!</p>",
            attachments=[
                {
                    "type": "Document",
                    "mediaType": "image/jpeg",
                    "url": "https://files.social.example/media_attachments/files/116/020/660/original/"
                    "b7d1e2.jpg",
                    "name": None,
                    "width": 1200,
                    "height": 900,
                }
            ],
        ),
    ]
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }
    text = json.dumps(outbox, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    (root / "outbox.json").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- LinkedIn


def linkedin() -> None:
    shares = [
        (
            "2026-04-02 15:20:41",
            "7446001122334455667",
            [
                "Thrilled to share that I've accepted a supervising social worker role at Riverside County DCFS!",
                "",
                "Eight years on the front line taught me that good supervision is what keeps workers in this field.",
                "Grateful to every mentor who picked up the phone at 10pm.",
            ],
            "",
            "",
        ),
        (
            "2026-04-05 09:02:13",
            "7447112233445566778",
            ['My favorite line from this week\'s training: "Safety is a relationship, not a checklist."'],
            "",
            "",
        ),
        (
            "2026-04-09 18:45:30",
            "7448223344556677889",
            [
                "Big news: our department has officially partnered with SafeKids Tracker!",
                "",
                "Every family we serve should download the app today. Use my code RENEE10 for a discount.",
            ],
            "",
            "",
        ),
        (
            "2026-04-14 11:11:11",
            "7449334455667788990",
            [
                "We're hiring! Join our foster family recruitment team and help kids find homes close to their schools."
            ],
            "",
            "https://media.licdn.com/dms/image/v2/D5622AQF/feedshare-shrink_800/0/1744600000000",
        ),
        ("2026-04-18 08:30:00", "7450445566778899001", [""], "https://www.acf.hhs.gov/cb", ""),
        (
            "2026-04-21 22:05:47",
            "7451556677889900112",
            [
                "Placed two brothers (6 and 9) with their grandmother in Pomona tonight at 9:15pm.",
                "",
                "Long day, full heart. This is why we do it.",
            ],
            "",
            "",
        ),
    ]
    lines = ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"]
    for date, urn, text_lines, shared, media in shares:
        commentary = '"\n"'.join(text_lines)  # LinkedIn wraps each line of a multi-line share in quotes
        cells = [
            date,
            f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{urn}",
            '"' + commentary.replace('"', '""') + '"',
            shared or '""',
            media or '""',
            "MEMBER_NETWORK",
        ]
        lines.append(",".join(cells))
    (HERE / "linkedin").mkdir(exist_ok=True)
    (HERE / "linkedin" / "Shares.csv").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _write_json(path: Path, value, indent: int | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=indent, ensure_ascii=True), encoding="utf-8")


def main() -> None:
    for folder in ("drafts", "media", "facebook", "instagram", "x", "mastodon", "linkedin"):
        shutil.rmtree(HERE / folder, ignore_errors=True)
    drafts()
    csv_and_jsonl()
    facebook()
    instagram()
    x_archive()
    mastodon()
    linkedin()


if __name__ == "__main__":
    main()
