"""Text in a photo is read, so a name tag or a form reaches the text rules."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from postcheck.images import annotate


def render(lines: list[str], size: tuple[int, int], font_size: int, spacing: int, origin=(30, 30)) -> Image.Image:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=font_size)
    x, y = origin
    for line in lines:
        draw.text((x, y), line, fill="black", font=font)
        y += spacing
    return img


def test_a_name_tag_is_read(ocr_screener, save_photo):
    tag = render(["HELLO", "my name is", "Marisol Quintero"], (520, 260), 40, 64)
    analysis = ocr_screener.analyze(save_photo(tag, "name-tag.png"))
    assert "Marisol Quintero" in analysis.summary.ocr_text
    assert analysis.summary.text_regions
    assert not [o for o in analysis.observations if o.kind == "document"]  # a tag is not a document


def test_a_form_is_read_and_called_a_document(ocr_screener, save_photo):
    lines = [
        "COUNTY CHILD WELFARE SERVICES - CASE PLAN",
        "Case number: 24-0081 Worker: R. Alvarez",
        "Child name: Devontae Fischer DOB: 03/14/2016",
        "Placement: relative caregiver, Lancaster",
        "Parent visits: supervised, twice weekly",
        "School: Westside Elementary, grade 2",
        "Services: therapy, tutoring, medical follow-up",
        "Next court date: June 12 Department 415",
    ]
    form = render(lines, (1000, 520), 26, 56)
    analysis = ocr_screener.analyze(save_photo(form, "form.png"))
    text = analysis.summary.ocr_text
    assert "Case number" in text and "Devontae Fischer" in text
    documents = [o for o in analysis.observations if o.kind == "document"]
    assert len(documents) == 1 and documents[0].region is not None


def test_a_photo_without_any_text_reads_as_no_text(ocr_screener, save_photo):
    # Tesseract finds no word at all on a plain picture; that is an empty result, not an error.
    sky = Image.new("RGB", (640, 480), (120, 170, 230))
    ImageDraw.Draw(sky).ellipse((400, 60, 520, 180), fill=(250, 220, 90))
    analysis = ocr_screener.analyze(save_photo(sky, "sky.jpg"))
    assert analysis.summary.ocr_text == ""
    assert not analysis.summary.text_regions


def test_a_photo_of_a_person_is_not_a_document(ocr_screener, face_photos, save_photo):
    analysis = ocr_screener.analyze(save_photo(face_photos["grace_hopper"][0], "portrait.jpg"))
    assert not [o for o in analysis.observations if o.kind == "document"]


def test_annotate_draws_boxes_where_things_were_found(ocr_screener, face_photos, save_photo, photo_dir):
    photo = face_photos["astronaut"][0]
    path = save_photo(photo, "to-annotate.png")
    analysis = ocr_screener.analyze(path)
    out = annotate(path, analysis, photo_dir / "annotated")
    face = next(o.region for o in analysis.observations if o.kind == "face")
    with Image.open(out) as drawn:
        assert drawn.size == photo.size
        assert drawn.getpixel((face.x + face.width // 2, face.y)) != photo.getpixel((face.x + face.width // 2, face.y))
        inside = (face.x + face.width // 2, face.y + face.height // 2)
        assert drawn.getpixel(inside) == photo.getpixel(inside)  # the box is drawn around, not over, the face


def test_text_in_a_16_bit_greyscale_png_is_read(ocr_screener, photo_dir):
    """Mid-range 16-bit values used to be clipped to white, so OCR read nothing."""
    import numpy as np

    tag = np.asarray(render(["HELLO", "my name is", "Marisol Quintero"], (520, 260), 40, 64).convert("L"))
    sixteen = (tag.astype(np.uint16) * 120 + 20000).astype(np.uint16)  # dark text ~20000, paper ~50600
    path = photo_dir / "name-tag-16bit.png"
    Image.fromarray(sixteen).save(path)
    assert Image.open(path).mode.startswith("I")
    assert "Marisol Quintero" in ocr_screener.analyze(path).summary.ocr_text
