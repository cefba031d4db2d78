"""The HTML report: self-contained, escaped, highlighted, with photo thumbnails and boxes."""

import base64
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from PIL import Image

from postcheck.render.html_report import HtmlWriter, highlight


class Page(HTMLParser):
    """Collects the tags of a page, with their attributes and the text inside <mark>s."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.marks: list[tuple[dict[str, str], str]] = []
        self.text: list[str] = []
        self._in_mark: dict[str, str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag == "mark":
            self._in_mark = attributes
            self.marks.append((attributes, ""))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark is not None:
            attributes, text = self.marks[-1]
            self.marks[-1] = (attributes, text + data)

    def find(self, tag, **attrs):
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def render(reports) -> str:
    out = io.StringIO()
    writer = HtmlWriter(out)
    for report in reports:
        writer.write(report)
    writer.close()
    return out.getvalue()


@pytest.fixture
def page_html(all_reports) -> str:
    return render(all_reports)


@pytest.fixture
def page(page_html) -> Page:
    return Page(page_html)


def test_post_text_cannot_inject_markup(page):
    assert len(page.find("script")) == 1  # the report's own filter script
    assert not [a for _, a in page.tags if any(name.startswith("on") for name in a)]
    shown = "".join(page.text)  # what the reader sees: the hostile strings, as text
    assert '<script>alert("x")</script>' in shown
    assert "<img src=x onerror=alert(1)>" in shown
    assert "<b>bold</b> message" in shown


def test_nothing_is_fetched_from_anywhere(page, page_html):
    for tag, attributes in page.tags:
        assert attributes.get("src", "data:").startswith("data:"), tag
        assert attributes.get("href", "#").startswith("#"), tag
    assert not page.find("link")
    assert "@import" not in page_html and "url(" not in page_html
    (policy,) = [a["content"] for a in page.find("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy and "img-src data:" in policy


def test_flagged_spans_are_highlighted_with_their_messages(page):
    marks = {text: attributes for attributes, text in page.marks}
    assert "sev-medium" in marks["until 10pm"]["class"]
    assert "Gives the time of a work task." in marks["until 10pm"]["title"]
    # "Ortiz" lies inside a longer case_details span: the overlap is marked once, with both messages.
    assert "Names a client family." in marks["Ortiz"]["title"]
    assert "Names a court task with a client family." in marks["Ortiz"]["title"]
    assert "sev-high" in marks["court with the "]["class"]


def test_suppressed_span_is_marked_as_suppressed(page):
    marks = {text: attributes for attributes, text in page.marks}
    assert "suppressed" in marks["at 8am"]["class"]


def test_highlight_ignores_spans_outside_the_text(schedule_report):
    finding = schedule_report.findings[0]
    finding.end = len(schedule_report.post.text) + 10
    marked = highlight(schedule_report.post.text, [finding])
    assert "<mark" not in marked
    assert marked == schedule_report.post.text


def test_photos_are_inline_thumbnails_without_metadata(page):
    images = page.find("img")
    assert len(images) == 1
    data = base64.b64decode(images[0]["src"].split(",", 1)[1])
    with Image.open(io.BytesIO(data)) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert max(thumbnail.size) <= 320
        assert thumbnail.size[0] / thumbnail.size[1] == pytest.approx(640 / 480, rel=0.02)
        assert not thumbnail.getexif()


def test_boxes_are_drawn_where_faces_text_and_findings_are(page):
    boxes = {a["class"]: a["style"] for a in page.find("div") if a.get("class", "").startswith("box ")}
    assert set(boxes) == {"box face", "box text", "box finding"}
    left = float(re.search(r"left:([\d.]+)%", boxes["box face"]).group(1))
    width = float(re.search(r"width:([\d.]+)%", boxes["box text"]).group(1))
    assert left == pytest.approx(100 * 250 / 640, abs=0.01)
    assert width == pytest.approx(100 * 180 / 640, abs=0.01)


def test_a_photo_that_cannot_be_read_is_named_not_shown(page_html):
    assert "photo could not be shown" in page_html
    assert "missing.jpg" in page_html


def test_posts_carry_what_the_filters_need(page, all_reports):
    articles = page.find("article")
    assert [a["id"] for a in articles] == [f"post-{i}" for i in range(len(all_reports))]
    assert [a["data-verdict"] for a in articles] == [r.verdict.value for r in all_reports]
    assert articles[0]["data-categories"].split() == ["case_details", "client_identity", "schedule_disclosure"]
    options = [a["value"] for a in page.find("option")]
    assert options[0] == "" and set(options[1:]) == {
        "case_details", "client_identity", "schedule_disclosure", "person_photo", "contact_pii",
    }
    assert {a["value"] for a in page.find("input", name="verdict")} == {"block", "warn", "pass", "error"}


def test_summary_counts_posts_errors_and_links_the_worst(page, page_html):
    assert re.search(r'<div class="card v-block"><b>2</b>', page_html)
    assert re.search(r'<div class="card v-error"><b>1</b>', page_html)
    assert "<b>2 errors</b> in 1 posts" in page_html
    worst_links = [a["href"] for a in page.find("a")]
    assert worst_links[0] == "#post-2"  # the unscreened post ranks worst: it was not cleared
    assert set(worst_links) == {"#post-0", "#post-1", "#post-2", "#post-4"}


def test_errors_appear_on_their_post(page_html):
    post = page_html[page_html.index('id="post-2"') : page_html.index('id="post-3"')]
    assert "detector error</b> in presidio" in post
    assert "not fully screened" in post


def test_an_empty_scan_still_makes_a_page():
    page = Page(render([]))
    assert page.find("section", id="posts")
    assert not page.find("article")


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_report_runs_its_filters_in_a_browser_offline(all_reports, tmp_path):
    """The page loads from disk in headless Chromium and its script runs under its own CSP."""
    path = tmp_path / "report.html"
    path.write_text(render(all_reports), encoding="utf-8")
    command = [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom", path.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, check=True, timeout=300).stdout
    assert f"{len(all_reports)} of {len(all_reports)} posts shown" in dom


def test_a_fifo_named_like_a_photo_is_not_opened_for_a_thumbnail(tmp_path):
    """Opening it would block until something wrote to it: the report would never finish."""
    import os

    from postcheck.render.thumbnails import thumbnail_data_uri

    fifo = tmp_path / "fifo.jpg"
    os.mkfifo(fifo)
    assert thumbnail_data_uri(str(fifo), 64) is None
    assert thumbnail_data_uri(str(tmp_path / "missing.jpg"), 64) is None
