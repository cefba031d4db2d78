"""`postcheck serve` through Starlette's TestClient: every route, who is refused, the size
limits, photos held in memory, and a failed screening shown as an error, never as a pass."""

from __future__ import annotations

import io
import logging
import re
import tempfile

import pytest
from PIL import Image
from starlette.testclient import TestClient

from postcheck.config import load_config
from postcheck.errors import DetectorUnavailable
from postcheck.serve.app import Limits, create_app
from postcheck.serve.guard import CONTENT_SECURITY_POLICY, TOKEN_HEADER
from serve_photos import face_photo_with_gps, has_gps, plain_png

PORT = 8765
TOKEN = "test-token-made-at-start-up"
ADDRESS = f"http://127.0.0.1:{PORT}"
BLOCKING_DRAFT = "Out till 11pm placing two kids in Palmdale"
CLEAN_DRAFT = ("Thinking about fostering? Our next resource-parent info night is online and free. "
               "Link in bio! #FosterCare")


def make_client(screener, tmp_path, **flags) -> TestClient:
    config = load_config(None, {key: (value, f"--{key}") for key, value in flags.items()}, cwd=tmp_path, environ={})
    app = create_app(screener, config, token=TOKEN, port=PORT)
    return TestClient(app, base_url=ADDRESS, headers={TOKEN_HEADER: TOKEN})


@pytest.fixture
def client(screener, tmp_path) -> TestClient:
    return make_client(screener, tmp_path)


def check(client: TestClient, text: str, photos: list[tuple[str, bytes]] = ()):
    """Send a draft as the page does: a multipart form with the text and each photo."""
    files = [("text", (None, text))] + [("photos", (name, data, "application/octet-stream")) for name, data in photos]
    return client.post("/api/check", files=files)


def verdict_of(html: str) -> str:
    return html.split('data-verdict="', 1)[1].split('"', 1)[0]


# --- the routes ---------------------------------------------------------------------------

def test_the_page_carries_the_token_and_says_which_pack_is_in_use(client):
    page = client.get(f"/?token={TOKEN}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert f'<meta name="postcheck-token" content="{TOKEN}">' in page.text
    assert '<label for="draft"' in page.text and 'id="photo-input"' in page.text
    assert 'aria-live="polite"' in page.text
    assert "Generic child-welfare pack" in page.text
    assert "http://" not in page.text.replace(ADDRESS, "")  # no external asset of any kind


def test_the_pack_chosen_with_policy_is_the_one_shown(screener, tmp_path):
    page = make_client(screener, tmp_path, policy="la-dcfs").get(f"/?token={TOKEN}")
    assert "LA County DCFS MD 16-02" in page.text


@pytest.mark.parametrize("asset, kind", [("app.js", "javascript"), ("app.css", "text/css")])
def test_the_script_and_stylesheet_are_served_by_postcheck(client, asset, kind):
    response = client.get(f"/static/{asset}?token={TOKEN}")
    assert response.status_code == 200
    assert kind in response.headers["content-type"]


def test_a_draft_that_breaks_policy_blocks_with_cards_highlights_and_a_rewrite(client):
    response = check(client, BLOCKING_DRAFT)
    assert response.status_code == 200
    html = response.text
    assert verdict_of(html) == "block"
    assert "BLOCK — do not post this draft" in html
    assert '<mark class="sev-high">' in html
    assert 'id="finding-1"' in html and "How to fix:" in html
    assert "Why:" in html and "<li>" in html.split("Why:", 1)[1]  # the policy clause cited
    assert 'id="rewrite"' in html and "a nearby town" in html
    assert "Palmdale" not in html.split('id="rewrite"', 1)[1]


def test_a_clean_draft_passes(client):
    html = check(client, CLEAN_DRAFT).text
    assert verdict_of(html) == "pass"
    assert "PASS — no policy problems found" in html
    assert 'id="rewrite"' not in html


def test_the_draft_is_escaped(client):
    html = check(client, "<script>alert(1)</script> see you at 3pm").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


# --- who is refused -----------------------------------------------------------------------

@pytest.mark.parametrize("headers", [{}, {TOKEN_HEADER: "wrong"}, {TOKEN_HEADER: TOKEN[:-1]}])
def test_a_check_without_the_right_token_is_refused(screener, tmp_path, headers):
    config = load_config(None, {}, cwd=tmp_path, environ={})
    bare = TestClient(create_app(screener, config, token=TOKEN, port=PORT), base_url=ADDRESS, headers=headers)
    response = bare.post("/api/check", files={"text": (None, BLOCKING_DRAFT)})
    assert response.status_code == 403
    assert "key is missing or wrong" in response.text


@pytest.mark.parametrize("path", ["/", "/?token=wrong", "/static/app.js", "/static/app.js?token=nope"])
def test_the_page_and_its_files_without_the_token_are_refused(client, path):
    assert client.get(path).status_code == 403


def test_the_token_in_the_query_string_does_not_open_the_api(screener, tmp_path):
    config = load_config(None, {}, cwd=tmp_path, environ={})
    bare = TestClient(create_app(screener, config, token=TOKEN, port=PORT), base_url=ADDRESS)
    response = bare.post(f"/api/check?token={TOKEN}", files={"text": (None, "hi")})
    assert response.status_code == 403


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1", f"127.0.0.1:{PORT + 1}",
                                  f"0.0.0.0:{PORT}"])
def test_a_foreign_host_header_is_refused(client, host):
    response = client.get(f"/?token={TOKEN}", headers={"host": host})
    assert response.status_code == 403
    assert "answers only to 127.0.0.1 or localhost" in response.text


def test_localhost_on_the_right_port_is_accepted(client):
    assert client.get(f"/?token={TOKEN}", headers={"host": f"localhost:{PORT}"}).status_code == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", f"http://127.0.0.1:{PORT + 1}",
                                    f"https://127.0.0.1:{PORT}"])
def test_a_foreign_origin_is_refused(client, origin):
    response = client.post("/api/check", files={"text": (None, BLOCKING_DRAFT)}, headers={"origin": origin})
    assert response.status_code == 403
    assert "other web pages" in response.text


def test_the_page_s_own_origin_is_accepted(client):
    response = client.post("/api/check", files={"text": (None, CLEAN_DRAFT)}, headers={"origin": ADDRESS})
    assert response.status_code == 200


def test_every_response_carries_the_content_security_policy_and_no_store(client):
    for response in (client.get(f"/?token={TOKEN}"), client.get("/"), client.get(f"/static/app.js?token={TOKEN}"),
                     check(client, CLEAN_DRAFT)):
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY and "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY


def test_only_the_routes_there_are_answer(client):
    assert client.get("/api/check").status_code == 405
    assert client.get("/nothing").status_code == 404
    assert client.get(f"/static/nothing.js?token={TOKEN}").status_code == 404


# --- size limits --------------------------------------------------------------------------

def test_a_draft_over_max_chars_is_refused_with_a_clear_message(screener, tmp_path):
    response = check(make_client(screener, tmp_path, max_chars=50), "word " * 20)
    assert response.status_code == 413
    assert "Your draft is 100 characters long" in response.text
    assert "up to 50 characters" in response.text and "was not checked" in response.text


def test_a_photo_over_20_mb_is_refused_with_a_clear_message(client):
    response = check(client, CLEAN_DRAFT, [("huge.jpg", b"\xff" * (Limits(1).max_photo_bytes + 1))])
    assert response.status_code == 413
    assert "The photo “huge.jpg” is 20.0 MB" in response.text and "up to 20 MB" in response.text


def test_more_than_eight_photos_are_refused(client):
    response = check(client, CLEAN_DRAFT, [(f"p{i}.png", plain_png()) for i in range(9)])
    assert response.status_code == 413
    assert "Up to 8 photos can be checked with one draft" in response.text


def test_a_request_larger_than_every_limit_together_is_refused_before_it_is_read(client):
    limits = Limits(max_chars=100_000)
    response = client.post("/api/check", content=b"x", headers={
        "content-type": "multipart/form-data; boundary=b", "content-length": str(limits.max_request_bytes + 1)})
    assert response.status_code == 413
    assert "more than postcheck accepts at once" in response.text


def test_anything_but_a_form_is_refused(client):
    response = client.post("/api/check", json={"text": BLOCKING_DRAFT})
    assert response.status_code == 400


# --- photos -------------------------------------------------------------------------------

def test_a_photo_of_a_face_with_gps_blocks_and_gets_its_boxes(client):
    html = check(client, "Great day at the park!", [("visit.jpg", face_photo_with_gps())]).text
    assert verdict_of(html) == "block"
    assert 'data-photo-index="0"' in html and "visit.jpg" in html
    # The face found, boxed on the thumbnail and labelled with the number of its finding's card.
    assert re.search(r'<text class="label finding sev-\w+"[^>]*>\d+ face</text>', html)
    assert "records where it was taken" in html
    assert 'class="strip-button"' in html


def test_photos_are_never_spooled_to_disk(client, monkeypatch):
    """Starlette spools an upload over 1 MB to a temporary file unless told otherwise."""
    def refuse(self):
        raise AssertionError("an upload was about to be written to a temporary file")

    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", refuse)
    noisy = Image.effect_noise((1400, 1400), 90).convert("RGB")
    buffer = io.BytesIO()
    noisy.save(buffer, format="PNG")
    assert len(buffer.getvalue()) > 1024 * 1024
    response = check(client, CLEAN_DRAFT, [("noise.png", buffer.getvalue())])
    assert response.status_code == 200


def test_two_photos_with_the_same_name_are_told_apart(client):
    html = check(client, CLEAN_DRAFT, [("IMG_1.png", plain_png()), ("IMG_1.png", plain_png())]).text
    assert "IMG_1.png (2)" in html


def test_a_photo_that_is_not_a_picture_is_an_error_not_a_pass(client):
    html = check(client, CLEAN_DRAFT, [("notes.jpg", b"this is not a photo")]).text
    assert verdict_of(html) == "error"
    assert "notes.jpg" in html


def test_the_stripped_download_has_no_gps(client):
    original = face_photo_with_gps()
    assert has_gps(original)
    response = client.post("/api/strip", files={"photo": ("visit.jpg", original, "image/jpeg")})
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/jpeg"
    assert response.headers["content-disposition"] == "attachment"
    assert not has_gps(response.content)
    with Image.open(io.BytesIO(response.content)) as stripped, Image.open(io.BytesIO(original)) as before:
        assert stripped.size == before.size and not stripped.getexif()


def test_strip_wants_exactly_one_readable_photo(client):
    assert client.post("/api/strip", files={"text": (None, "no photo")}).status_code == 400
    response = client.post("/api/strip", files={"photo": ("bad.jpg", b"nope", "image/jpeg")})
    assert response.status_code == 400 and "bad.jpg" in response.text


# --- failures are errors, never passes ----------------------------------------------------

def test_a_detector_failure_is_shown_as_an_error_never_a_pass(client, screener, monkeypatch, caplog):
    def broken(post):
        raise DetectorUnavailable("text detectors failed: RuntimeError")

    monkeypatch.setattr(screener, "screen", broken)
    with caplog.at_level(logging.DEBUG):
        html = check(client, "Palmdale secret draft words").text
    assert verdict_of(html) == "error"
    assert "screening did not complete; do not treat as safe" in html
    assert "PASS" not in html and 'class="result v-pass' not in html
    assert "Palmdale secret draft words" not in caplog.text  # failures are logged without the draft


def test_a_photo_detector_failure_inside_the_screener_is_an_error(client, screener, monkeypatch):
    def broken(photo):
        raise RuntimeError("face detector crashed")

    monkeypatch.setattr(screener.images, "analyze", broken)
    html = check(client, CLEAN_DRAFT, [("kid.png", plain_png())]).text
    assert verdict_of(html) == "error"
    assert "do not treat as safe" in html
