"""The document check: what OCR read and the sheet's layout, weighed together."""

from __future__ import annotations

import numpy as np
import pytest

from postcheck.images.checks import PhotoSignals
from postcheck.images.checks.document import Document
from postcheck.images.ocr import OcrResult
from postcheck.images.signals import gray


def _marks_on_a_desk(sheet: tuple[int, int], rows: range, columns: range, mark: tuple[int, int], ink: int) -> np.ndarray:
    """A pale sheet (its left and right edges) on a brown desk, with a grid of dark marks (height, width)."""
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[40:440, sheet[0]:sheet[1]] = 250
    for y in rows:
        for x in columns:
            rgb[y:y + mark[0], x:x + mark[1]] = ink
    return rgb


def _write_lines(rgb: np.ndarray, rows: range, left: int, right: int, ink) -> np.ndarray:
    """Lines of writing at `rows` between `left` and `right` on `rgb`: words of 2 to 6 letters of uneven widths, so that,
    as on a page, the letters of one line do not stand in columns under the line above's (a lattice of marks is a
    grid: a word search, a keyboard)."""
    rng = np.random.default_rng(3)
    for y in rows:
        x = left + int(rng.integers(0, 10))
        while x < right - 10:
            for _ in range(int(rng.integers(2, 7))):
                if x >= right:
                    break
                width = int(rng.integers(5, 12))
                rgb[y:y + 7, x:x + width] = ink
                x += width + int(rng.integers(3, 6))
            x += int(rng.integers(8, 16))
    return rgb


def _sheet_on_a_desk() -> np.ndarray:
    """A pale sheet ruled with lines of writing, on a brown desk."""
    return _write_lines(_marks_on_a_desk((170, 470), range(0), range(0), (1, 1), 30), range(70, 420, 22), 190, 450, 30)


def _blank_sheet_on_a_desk() -> np.ndarray:
    """A pale, unmarked sheet on a brown desk, for a test to draw on."""
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[30:450, 110:530] = 248
    return rgb


def _largest_sheet(rgb: np.ndarray):
    """The photo's signals and the largest sheet the layout finds in it."""
    from postcheck.images import layout

    photo = PhotoSignals(rgb, gray(rgb), candidates=[], text=None)
    return photo, max(layout.sheets(photo.hsv, photo.gray), key=lambda s: s.region.width * s.region.height)


def _seen(rgb: np.ndarray, read: str) -> list:
    from postcheck.model import Region

    text = OcrResult(text=read.replace(" ", "\n"), words=len(read.split()), text_area=0.02,
                     lines=[Region(190, 70, 260, 350)])
    return Document().run(PhotoSignals(rgb, gray(rgb), candidates=[], text=text), [])


def test_a_lined_sheet_with_one_form_word_read_is_a_document():
    # OCR of a form at an angle reads fragments: one field label among a dozen words is enough
    # beside a sheet lined with writing.
    found = _seen(_sheet_on_a_desk(), "Reason for referral reports night terrors and wetting caring for younger children after")
    assert [seen.kind.name for seen in found] == ["document"]


def test_a_lined_sheet_read_as_a_flyer_is_not():
    assert _seen(_sheet_on_a_desk(), "Spring fair on the green this Saturday with cakes games and a raffle for everyone") == []


def test_a_lined_sheet_read_only_as_fragments_is_a_document():
    # A page too small or slanted to read comes out as fragments, however many: they say
    # nothing against the lines of writing. A flyer reads as words.
    fragments = "of the The the agree 22 the that hae the of Core core and"
    assert [seen.kind.name for seen in _seen(_sheet_on_a_desk(), fragments)] == ["document"]
    assert _seen(_sheet_on_a_desk(), "Fun day this Saturday on the green with cakes, games, a raffle, everyone welcome") == []


def test_the_minutes_of_a_meeting_are_a_document():
    # Who came, who sent apologies, the actions: a meeting's minutes, read in full.
    read = "Present: team manager health visitor and the chair. Apologies: school nurse. Action points agreed for the group"
    assert [seen.kind.name for seen in _seen(_sheet_on_a_desk(), read)] == ["document"]
    assert _seen(_sheet_on_a_desk(), "Book club this month: present your favourite read and bring a friend along to the library") == []


def test_a_lined_flyer_about_the_work_is_not_a_form():
    # "court" is a form's word and a CASA recruitment flyer's: alone it does not make a form.
    read = "Become a Court Appointed Special Advocate information evening Thursday at the library all welcome"
    assert _seen(_sheet_on_a_desk(), read) == []


def test_a_field_label_lets_fainter_lines_count(monkeypatch):
    # Handwritten notes band less than print: with a field label read, a fainter sheet will do.
    from postcheck.images import layout
    from postcheck.images.checks import document
    from postcheck.model import Region

    faint = layout.Sheet(Region(170, 40, 300, 400), banding=0.12, lines=8, strokes=0.6)
    monkeypatch.setattr(layout, "sheets", lambda hsv, gray: [faint])
    assert document.LABELLED_BANDING <= faint.banding < document.BANDING
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "16/02 mum tired ring re: jabs")] == ["document"]
    assert _seen(_sheet_on_a_desk(), "16/02 mum tired ring about jabs") == []


def test_a_workers_case_notes_in_shorthand_are_a_document():
    # A notebook page read whole: no form's field labels, but a home visit ("HV"), a strategy
    # meeting ("strat mtg") and an injury are case notes, not a flyer.
    read = "HV Lucan mum tired flat smelt of damp bruise arm says fell off bike next strat mtg ring HV about jabs"
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), read)] == ["document"]


def test_a_diary_of_child_protection_appointments_is_a_document():
    # A week-to-view page read in fragments: appointments, and one word of the record (a team
    # around the child meeting) that no flyer prints.
    read = "Monday training trauma informed panel bring file Westbrook TAC mtg text foster carer"
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), read)] == ["document"]


def test_a_concern_form_read_at_an_angle_is_a_document():
    # A school's safeguarding concern form, photographed close: a body map and "the child's own
    # words" are a record's prompts, beside a concern.
    read = "Community School Safeguarding Concern Kind of concern Body map use the child's own words upset"
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), read)] == ["document"]


def test_an_awareness_flyer_about_bruises_is_not_case_notes():
    read = "Bruises on a baby who cannot crawl need a second look talk to your health visitor free leaflet inside"
    assert _seen(_sheet_on_a_desk(), read) == []


def _page(read: str, words: int) -> list:
    """What the check makes of OCR that read `read` as most of a photo (a page of text)."""
    from postcheck.model import Region

    rgb = np.full((480, 640, 3), 245, np.uint8)
    text = OcrResult(text=read, words=words, text_area=0.3, lines=[Region(40, 40, 500, 380)])
    assert text.looks_like_document
    return Document().run(PhotoSignals(rgb, gray(rgb), candidates=[], text=text), [])


FLYER = ("Information Evening\nThursday 28 May, 7:30pm\nCentral Library, 12 High Street\nMeet local carers\n"
         "Ask us anything\nRefreshments served\nFull training provided\nCall 07212 710983\nwww.example-fostering.org")


def test_a_page_of_text_with_one_date_and_no_field_label_is_a_flyer_not_a_document():
    assert _page(FLYER, 30) == []


def test_a_page_of_text_with_a_field_label_or_dated_lines_is_a_document():
    assert [s.kind.name for s in _page(FLYER + "\nCarer: Mrs Lowe", 32)] == ["document"]
    dated = FLYER.replace("Ask us anything", "visit 14/05 mum late").replace("Refreshments served", "21/05 no answer")
    assert [s.kind.name for s in _page(dated, 30)] == ["document"]


def test_a_tall_banded_strip_is_not_a_sheet_of_writing():
    # A candle's lit side (or a pole, a door frame) can band like lines of writing; a strip
    # thirteen times taller than it is wide is no page.
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (40, 30, 25)
    rgb[40:440, 300:330] = 245
    for y in range(60, 420, 22):
        rgb[y:y + 7, 303:327] = 40
    assert Document().run(PhotoSignals(rgb, gray(rgb), candidates=[]), []) == []


def test_a_sheet_on_a_pale_wall_is_found_by_its_outline():
    # By paleness alone a sheet on a pale wall is one patch with the wall; its edges still
    # show, and inside them the lines of writing band.
    import cv2

    from postcheck.images import layout

    rgb = np.full((640, 480, 3), 205, np.uint8)
    rgb[120:520, 110:370] = 250
    for y in range(150, 500, 24):
        rgb[y:y + 8, 130:350] = 40
    outlined = layout._outlined_sheets(cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV), gray(rgb))
    sheet = max(outlined, key=lambda s: s.banding)
    assert abs(sheet.region.x - 110) <= 4 and abs(sheet.region.y - 120) <= 4
    assert abs(sheet.region.width - 260) <= 8 and abs(sheet.region.height - 400) <= 8
    assert sheet.banding >= 0.15 and sheet.lines >= 4


@pytest.mark.parametrize(("paper", "found"), [
    ((250, 238, 150), True),   # a yellow legal pad: too coloured for the pale test, of one yellow hue
    ((244, 228, 130), True),   # a deeper yellow, in shade
    ((180, 140, 95), False),   # a light wooden desk ruled the same way: orange-brown, not yellow paper
    ((250, 215, 40), False),   # a lemon-yellow board: far too saturated for paper
])
def test_yellow_paper_lined_with_writing_is_a_document_unread(paper, found):
    """A legal pad's yellow paper is too coloured for the pale-sheet test (saturation about 100 of 255): it is read
    as tinted paper, of a yellow hue and bright; a wooden desk or a lemon-yellow board banded the same way is not."""
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (60, 60, 64)
    rgb[40:440, 170:470] = paper
    assert bool(_unread(_write_lines(rgb, range(70, 420, 22), 190, 450, (20, 40, 140)))) == found


def test_a_board_of_solid_black_squares_is_no_page_of_writing():
    """An ArUco or marker board, a lightbox's black frame: rows of solid black on a pale sheet band like lines of
    writing, with strokes along them, but a third or more of the sheet is solid ink; a page's letters are thin."""
    import cv2

    from postcheck.images import layout

    board = _marks_on_a_desk((150, 490), range(60, 420, 44), range(170, 470, 44), (30, 30), 15)
    sheet = max(layout.sheets(cv2.cvtColor(board, cv2.COLOR_RGB2HSV), gray(board)), key=lambda s: s.banding)
    assert sheet.banding >= 0.15 and sheet.lines >= 4 and sheet.solid > 0.3
    assert _unread(board) == []
    assert [seen.kind.name for seen in _unread(_sheet_on_a_desk())] == ["document"]


def _unread(rgb: np.ndarray) -> list:
    """What the check makes of a photo where OCR read nothing."""
    return Document().run(PhotoSignals(rgb, gray(rgb), candidates=[], text=OcrResult()), [])


def test_a_screen_in_dark_mode_is_a_document_even_unread():
    # Light writing on a dark blue-grey page: read with its brightness turned over, it bands
    # like any page (HSV calls that grey 'saturated'; its chroma is low).
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (150, 120, 90)
    rgb[60:420, 80:560] = (30, 32, 38)
    assert [seen.kind.name for seen in _unread(_write_lines(rgb, range(90, 400, 22), 100, 540, (220, 222, 228)))] == ["document"]


def test_a_night_sky_with_lights_is_not_a_dark_page():
    rng = np.random.default_rng(0)
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (12, 14, 28)
    for y, x in zip(rng.integers(0, 470, 300), rng.integers(0, 630, 300)):
        rgb[y:y + 3, x:x + 3] = 240
    assert _unread(rgb) == []


def _read_with_no_sheet(read: str) -> list:
    """What the check makes of OCR that read `read` in small type on a grey photo with no sheet in
    it: the words alone decide (a screen photographed across a room, a close-up of a form)."""
    from postcheck.model import Region

    rgb = np.full((480, 640, 3), 128, np.uint8)
    text = OcrResult(text=read, words=len(read.split()), text_area=0.02, lines=[Region(200, 150, 300, 200)])
    return Document().run(PhotoSignals(rgb, gray(rgb), candidates=[], text=text), [])


def test_a_caseload_screen_whose_dates_lost_a_separator_is_a_document():
    # A monitor photographed across a room: OCR dropped each date's first slash ("2208/2011").
    read = "CF-2024-00996\n2208/2011\n98/02/2020\nNext visit\n1503/2023"
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]


def test_seasons_and_fiscal_years_are_not_dates_that_lost_a_separator():
    read = "Season tickets\n2024/2025\nJunior league 2025/2026\nHome games\n1200/2024 members"
    assert _read_with_no_sheet(read) == []


def test_minutes_listing_attendees_by_their_roles_are_a_document():
    # A page of a meeting's minutes read in part: no field label, but names with their roles in
    # brackets after them are who attended.
    read = "Ravi Dunmore (social worker) Ana Ley (DSL, Westbrook Primary) Tomasz Larkspur (father) Wren Abe (PC, public protection)"
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), read)] == ["document"]


def test_a_flyer_naming_one_speaker_by_role_is_not_minutes():
    read = "Fostering information evening talk by Ravi Dunmore (social worker) tea and cake all welcome Thursday"
    assert _seen(_sheet_on_a_desk(), read) == []


def _striped_label_on_a_desk() -> np.ndarray:
    """A pale label printed with the upright bars of a barcode, on a brown desk: read sideways, its
    bars band as evenly as lines of writing, but each runs whole, with no letters along it."""
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[40:440, 170:470] = 250
    for k, x in enumerate(range(190, 450, 14)):
        rgb[60:420, x:x + (7 if k % 3 else 4)] = 30
    return rgb


def test_a_striped_label_is_no_page_of_writing():
    from postcheck.images import layout

    bars = [s for s in layout.sheets(*_hsv_and_gray(_striped_label_on_a_desk())) if s.lines >= 4]
    assert bars and max(s.banding for s in bars) >= 0.15  # it bands like writing...
    assert max(s.strokes for s in bars) < 0.15  # ...but its brightness changes only across the bars
    writing = [s for s in layout.sheets(*_hsv_and_gray(_sheet_on_a_desk())) if s.lines >= 4]
    assert writing and min(s.strokes for s in writing) >= 0.2
    assert _seen(_striped_label_on_a_desk(), "") == []
    assert [seen.kind.name for seen in _seen(_sheet_on_a_desk(), "")] == ["document"]


def _hsv_and_gray(rgb: np.ndarray):
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV), gray(rgb)


def test_a_medication_chart_read_in_part_is_a_document():
    # A children's home's medication record: its field labels are a child's health record's.
    read = "Medication Administration Record Rowan House Allergies None known Medicine dose route Time Staff initials"
    assert [seen.kind.name for seen in _seen(_sheet_on_a_desk(), read)] == ["document"]


def test_a_poster_that_is_mostly_text_and_names_the_work_is_not_a_record():
    # A flyer read whole is "mostly text" like a page; the name of the team that prints it ("Family
    # Placement") is a word of the work, not a record's field label. A case number on it would be.
    flyer = ("Branwick Family Placement Could you give a child a home Refreshments served Meet local carers No "
             "experience needed Thursday 2 October 5:30pm Riverside Family Centre Call 0800 428 9798 example-fostering.org")
    assert _page(flyer, 30) == []
    assert [s.kind.name for s in _page(flyer + " Case no: CF-2024-00412", 30)] == ["document"]


def test_a_leaflet_asking_readers_to_get_in_touch_is_a_flyer_though_it_names_a_home_visit():
    # A fostering leaflet lists its steps ("a home visit") and asks to be contacted: a flyer, whose
    # words the text rules read. A filled field on the same page makes it a form.
    leaflet = ("Foster for your community\nHow it works\nGet in touch by phone or a short online form\n"
               "A home visit and a relaxed chat\nFree training and support\nInformation evening every month\n"
               "www.example-fostering.org")
    assert _page(leaflet, 40) == []
    assert [s.kind.name for s in _page(leaflet + "\nSocial worker: Ms Adeyemi", 44)] == ["document"]


def test_a_close_up_with_two_field_labels_read_is_a_document():
    # A close-up shows a form's few large lines: OCR reads a couple of its labels and no date.
    read = "Next steps agreed\nHome visit Rosewarne GP appoint review"
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]
    # two words of the work, as a flyer about it prints them, are not
    assert _read_with_no_sheet("Court appointed advocates\nsafeguarding training for volunteers this spring") == []


def test_a_diary_close_up_read_as_day_headings_and_hours_is_a_document():
    read = "supervision ma\nLAC review Rohan\nSaturday 18\n4pm supervised conta\ndnesday 15\nTACT"
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]


def test_a_flyer_with_two_evenings_and_their_hours_is_not_a_record():
    read = "Fostering information evenings\nThursday 14 March\n6pm to 8pm\nTown Library, all welcome"
    assert _read_with_no_sheet(read) == []


def test_a_signed_form_with_a_reference_read_at_an_angle_is_a_document():
    read = "Referral\nF-2023-04364 chase\nSigned: Greta\nMother reports difficulty managing"
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]


def _form_with_ruled_boxes_and_blank_lines() -> np.ndarray:
    """A form on a brown desk: ruled header boxes, a block of handwriting, then blank ruled lines
    for more (a supervised contact record, a referral form). Its rules run whole along the page."""
    rng = np.random.default_rng(1)
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[20:460, 170:470] = 250
    for y in (40, 58, 100, 118, 160):
        rgb[y:y + 3, 185:455] = 50
    for x in (185, 320, 453):
        rgb[40:163, x:x + 3] = 50
    for y in range(175, 295, 15):
        x = 190
        while x < 440:
            width = int(rng.integers(10, 35))
            rgb[y:y + 5, x:min(x + width, 450)] = 40
            x += width + int(rng.integers(4, 9))
    for y in range(310, 450, 21):
        rgb[y:y + 2, 185:455] = 90
    return rgb


def test_half_a_form_written_on_is_a_document_though_its_rules_outweigh_the_writing():
    # Read whole, the page bands, but its box rules and blank lines run whole along it, so it
    # shows too few letters' strokes for a page of writing; its block of handwriting, read on its
    # own, bands clearly with strokes along every line.
    from postcheck.images import layout
    from postcheck.images.checks import document

    form = _form_with_ruled_boxes_and_blank_lines()
    page = max((s for s in layout.sheets(*_hsv_and_gray(form))), key=lambda s: s.region.width * s.region.height)
    assert page.strokes < document.MIN_STROKES
    assert page.half_banding >= document.HALF_BANDING and page.half_lines >= document.MIN_HALF_LINES
    assert page.half_strokes >= document.MIN_STROKES
    assert [seen.kind.name for seen in _unread(form)] == ["document"]
    # Read as a flyer's words, it is judged by them, as before.
    assert _seen(form, "Spring fair on the green this Saturday with cakes games and a raffle for everyone") == []


def test_half_a_sheet_counts_only_with_many_lines_and_no_field_label_read(monkeypatch):
    from postcheck.images import layout
    from postcheck.images.checks import document
    from postcheck.model import Region

    def only(sheet):
        monkeypatch.setattr(layout, "sheets", lambda hsv, gray: [sheet])

    half = dict(banding=0.05, lines=8, strokes=0.6, half_banding=0.5, half_strokes=0.6)
    only(layout.Sheet(Region(170, 40, 300, 400), half_lines=document.MIN_HALF_LINES, **half))
    assert [s.kind.name for s in _unread(_sheet_on_a_desk())] == ["document"]
    # A label or a sign: too few lines in its banded half.
    only(layout.Sheet(Region(170, 40, 300, 400), half_lines=document.MIN_HALF_LINES - 1, **half))
    assert _unread(_sheet_on_a_desk()) == []
    # With a field label read, the banded half is not read (a leaflet's numbered steps band like half a form): the
    # field label is a document of itself, among fragments or among a page's readable words, unless it is a flyer's
    # step alone among them.
    only(layout.Sheet(Region(170, 40, 300, 400), half_lines=document.MIN_HALF_LINES, **half))
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "16/02 mum tired ring re: jabs")] == ["document"]
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "16/02 mum tired ring re: jabs, asked about nursery places "
                                                            "and housing today")] == ["document"]
    assert _seen(_sheet_on_a_desk(), "How fostering works: a home visit, then training evenings with other carers") == []


def _lines_read(rgb: np.ndarray, lines: list[str]) -> list:
    """What the check makes of OCR that read `lines`, one line of text each, on `rgb`."""
    from postcheck.model import Region

    read = "\n".join(lines)
    text = OcrResult(text=read, words=len(read.split()), text_area=0.02, lines=[Region(190, 70, 260, 350)])
    return Document().run(PhotoSignals(rgb, gray(rgb), candidates=[], text=text), [])


def test_readable_words_with_a_date_in_figures_on_a_lined_sheet_are_a_record():
    # A family-time record read in part: no field label the check knows, but a date of birth in
    # figures, year and all. A flyer writes its evening's date in words.
    record = ["Family Time Service", "Noor Sokolova 14/01/2020", "Arrived on time brought food",
              "They played snakes and ladders", "cried at the end, did not want to let go"]
    assert [s.kind.name for s in _lines_read(_sheet_on_a_desk(), record)] == ["document"]
    in_words = [line.replace("14/01/2020", "Thursday 14 January") for line in record]
    assert _lines_read(_sheet_on_a_desk(), in_words) == []
    # Nor is a year's date in figures enough without a sheet lined with writing.
    assert _lines_read(np.full((480, 640, 3), 128, np.uint8), record) == []


def test_a_chat_with_its_compose_box_read_is_a_document():
    # A messaging app photographed off a phone: the messages read as everyday words, and the
    # compose box's "Message" on its own line below them is the chat's chrome.
    chat = ["can do Saturdays, not Sundays (work)", "Meeting at 14 Station Drive.", "Bring the red book along",
            "sounds good, thanks everyone"]
    assert [s.kind.name for s in _lines_read(_sheet_on_a_desk(), chat + ["Message"])] == ["document"]
    assert _lines_read(_sheet_on_a_desk(), chat) == []
    # A flyer's "Message us on Facebook" is no compose box.
    assert _lines_read(_sheet_on_a_desk(), chat + ["Message us on Facebook"]) == []


def test_readable_words_with_a_case_reference_or_a_run_together_date_are_a_record():
    # A home-conditions form read in part: a case reference ("CF-2024-06324"); a referral queue off
    # a screen, a date of birth whose first separator OCR lost ("2911/2017" for 29/11/2017).
    notes = ["94 Kestrel Drive, Branwick", "Nadia Oduya", "mould on the ceiling, smoke alarm missing",
             "lighter left on the table", "cot clear, clean bedding"]
    assert _lines_read(_sheet_on_a_desk(), notes) == []
    assert [s.kind.name for s in _lines_read(_sheet_on_a_desk(), notes + ["CF-2024-06324"])] == ["document"]
    assert [s.kind.name for s in _lines_read(_sheet_on_a_desk(), notes + ["TALLIS, Tomasz 2911/2017"])] == ["document"]


def test_a_case_systems_referrals_tab_is_a_field_label():
    # "Referrals", a case system's tab or queue, is the plural of a field label: the queue's rows,
    # read as a few names and words, are a screen of records.
    queue = ["Front Door Contacts Referrals", "Marisol Kestrelton contact reason"]
    assert [s.kind.name for s in _lines_read(_sheet_on_a_desk(), queue)] == ["document"]
    assert _lines_read(_sheet_on_a_desk(), ["Front Door Contacts Directory", "Marisol Kestrelton contact reason"]) == []


def test_half_a_small_form_with_five_lines_of_writing_is_a_document(monkeypatch):
    # A small form photographed beside an object: its half block of handwriting shows five lines,
    # more than a name tag's or a label's three or four.
    from postcheck.images import layout
    from postcheck.model import Region

    def half_with(lines):
        monkeypatch.setattr(layout, "sheets", lambda hsv, gray: [layout.Sheet(
            Region(170, 40, 300, 400), banding=0.0, lines=3, strokes=2.2, half_banding=0.3, half_lines=lines,
            half_strokes=1.8)])

    half_with(5)
    assert [s.kind.name for s in _unread(_sheet_on_a_desk())] == ["document"]
    half_with(4)
    assert _unread(_sheet_on_a_desk()) == []


def _genogram_on_a_desk() -> np.ndarray:
    """A pale sheet with a family drawn on it (squares and circles joined by lines, no lines of writing), on a desk."""
    import cv2

    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[60:420, 120:520] = 248
    for x in (180, 300, 420):
        cv2.rectangle(rgb, (x - 18, 120), (x + 18, 156), (30, 30, 30), 2)
        cv2.circle(rgb, (x, 330), 18, (30, 30, 30), 2)
        cv2.line(rgb, (x, 156), (x, 312), (30, 30, 30), 2)
    return rgb


def test_one_field_label_beside_a_records_date_or_reference_is_a_document():
    # A genogram's few handwritten names neither band like writing nor read as labels; its printed
    # header does: a case reference beside its number, a completion date with its year.
    header = "Children's Services Case ref: CF-2024-00542 GENOGRAM Tallis family Completed: 10/06/2024 by Ravi Leilani Key"
    assert [seen.kind.name for seen in _seen(_genogram_on_a_desk(), header)] == ["document"]
    # on a bare desk, the label is a document of itself, with a record's mark or without; a date with its year and no
    # label is not enough
    desk = np.full((480, 640, 3), (90, 60, 40), np.uint8)
    assert [seen.kind.name for seen in _seen(desk, header)] == ["document"]
    assert [seen.kind.name for seen in _seen(desk, "Children's Services Case ref GENOGRAM Tallis family by Ravi Leilani "
                                                   "Key")] == ["document"]
    assert _seen(desk, "Summer fair Saturday 14/06/2025 Central Library cakes games everyone welcome") == []


def test_a_diagram_drawn_on_a_sheet_is_a_document_though_nothing_on_it_reads():
    # A genogram photographed close or at a slant: OCR reads a name or two, the sheet has no lines
    # of writing to band, but its people are squares and circles of one size drawn in thin lines.
    import cv2

    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[60:420, 120:520] = 248
    people = ((175, 110), (300, 185), (440, 125), (205, 300), (345, 370), (460, 280))  # scattered: nothing bands
    for k, (x, y) in enumerate(people):
        if k % 2:
            cv2.circle(rgb, (x, y), 20, (30, 30, 30), 2)
        else:
            cv2.rectangle(rgb, (x - 20, y - 20), (x + 20, y + 20), (30, 30, 30), 2)
    for (xa, ya), (xb, yb) in zip(people, people[1:]):
        cv2.line(rgb, (xa, ya + 20), (xb, yb - 20), (30, 30, 30), 2)
    found = _seen(rgb, "Bet Sep.")
    assert [seen.kind.name for seen in found] == ["document"] and "diagram" in found[0].detail
    assert _seen(np.full((480, 640, 3), (90, 60, 40), np.uint8), "Bet Sep.") == []  # the desk alone


def test_a_chessboard_or_cards_on_a_table_are_no_drawn_diagram():
    import cv2

    board = np.zeros((480, 640, 3), np.uint8)
    board[:] = (90, 60, 40)
    board[40:440, 120:520] = 245
    for i in range(8):
        for j in range(8):
            if (i + j) % 2:
                board[40 + i * 50: 90 + i * 50, 120 + j * 50: 170 + j * 50] = 25
    assert _seen(board, "") == []
    cards = np.full((480, 640, 3), (20, 70, 30), np.uint8)  # a green baize table
    for k in range(6):
        x, y = 60 + (k % 3) * 190, 60 + (k // 3) * 200
        cv2.rectangle(cards, (x, y), (x + 110, y + 150), (245, 245, 245), -1)
        cv2.rectangle(cards, (x, y), (x + 110, y + 150), (120, 120, 120), 1)
    assert _seen(cards, "") == []


def test_a_case_systems_chronology_or_a_courts_caption_read_off_a_screen_is_a_document():
    """Readable words with no field label are judged as a flyer's; a child's chronology (a case record's tab) and a
    court's caption ("In the matter of ...") are a record's labels, which no flyer about the work prints."""
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "CaseView Chronology Ines Tallis entered Kwame Tobias Neighbour")] \
        == ["document"]
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "Marlow Vale Family Court Supervision In the matter of Tallis child")] \
        == ["document"]
    assert _seen(_sheet_on_a_desk(), "Marlow Vale Family Court Supervision volunteers wanted training evenings") == []


def _sheet_music() -> np.ndarray:
    """A pale sheet of music on a brown desk: eight staves of five lines, notes with stems on them."""
    import cv2

    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (90, 60, 40)
    rgb[30:450, 150:490] = 250
    for top in range(60, 420, 48):
        for line in range(5):
            rgb[top + 6 * line, 165:475] = 30
        for note, x in enumerate(range(190, 460, 26)):
            y = top + (note * 7) % 24
            cv2.ellipse(rgb, (x, y), (4, 3), -20, 0, 360, (20, 20, 20), -1)
            rgb[y - 18:y, x + 3] = 20
    return rgb


def test_sheet_music_bands_like_writing_but_is_no_document():
    """Staves band as lines of writing do, with the notes' strokes along them; groups of five level lines at one
    spacing, set apart, are music. A page of writing holds no staves and is still a document."""
    import cv2

    from postcheck.images import layout

    music = _sheet_music()
    sheets = layout.sheets(cv2.cvtColor(music, cv2.COLOR_RGB2HSV), gray(music))
    assert any(s.banding >= 0.15 and s.lines >= 4 and s.strokes >= 0.15 for s in sheets)
    region = max(sheets, key=lambda s: s.banding).region
    assert layout.staves(gray(music)[region.y:region.y + region.height, region.x:region.x + region.width]) == 8
    assert _unread(music) == []
    page = _sheet_on_a_desk()
    assert layout.staves(gray(page)[40:440, 170:470]) == 0
    assert [seen.kind.name for seen in _unread(page)] == ["document"]


def test_a_face_masks_pleats_band_but_are_no_page_of_writing():
    """A close-up of a face mask: pale fabric with four soft level pleats, which band like lines of writing but
    leave almost no ink; every mark on it lies in a long level line."""
    import cv2

    from postcheck.images import layout

    rng = np.random.default_rng(0)
    fabric = np.full((480, 640), 205.0) + cv2.GaussianBlur(rng.normal(0, 4, (480, 640)), (0, 0), 1.5)
    rows = np.arange(480)[:, None]
    for pleat in (110, 200, 290, 380):
        fabric -= 30 * np.exp(-((rows - pleat) ** 2) / 8.0)
    mask = np.repeat(np.clip(fabric, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    sheets = layout.sheets(cv2.cvtColor(mask, cv2.COLOR_RGB2HSV), gray(mask))
    assert any(s.banding >= 0.15 and s.lines >= 4 and s.strokes >= 0.15 for s in sheets)
    assert layout.ink_share(gray(mask)) <= 0.03 and layout.long_line_share(gray(mask)) >= 0.6
    assert _unread(mask) == []
    assert layout.ink_share(gray(_sheet_on_a_desk())[40:440, 170:470]) > 0.03


def _barcode_labels() -> np.ndarray:
    """A pale sheet of five barcode labels on a brown desk: rows of upright bars of random widths, 56 pixels tall."""
    rng = np.random.default_rng(1)
    rgb = _marks_on_a_desk((170, 470), range(0), range(0), (1, 1), 30)
    for top in range(60, 420, 72):
        x = 185
        while x < 455:
            width = int(rng.integers(1, 5))
            rgb[top:top + 56, x:x + width] = 25
            x += width + int(rng.integers(2, 6))
    return rgb


def test_barcode_labels_band_like_writing_but_are_no_page():
    """Rows of barcodes band as lines of writing do; but every mark is an upright bar an eighth of the sheet's height
    or more, where a line of letters is far shorter: a barcode label, not a page. A page of writing is still one."""
    import cv2

    from postcheck.images import layout

    labels = _barcode_labels()
    sheets = layout.sheets(cv2.cvtColor(labels, cv2.COLOR_RGB2HSV), gray(labels))
    assert any(s.banding >= 0.15 and s.lines >= 4 and s.strokes >= 0.15 for s in sheets)
    assert layout.upright_bar_share(gray(labels)[40:440, 170:470]) >= 0.5
    assert _unread(labels) == []
    assert layout.upright_bar_share(gray(_sheet_on_a_desk())[40:440, 170:470]) < 0.5
    assert [seen.kind.name for seen in _unread(_sheet_on_a_desk())] == ["document"]


MENU = ("Harbour Lights\nServed 12 3pm daily\nSTARTERS\nSoup of the day 5.50\ncrusty bread\nFish and chips 14.95\n"
        "mushy peas, tartare\nMAINS\nHalloumi 12.50\nbrioche bun, fries\nCaesar salad 9.95\ncroutons, parmesan\n"
        "DESSERTS\nSticky toffee 6.50\ncustard or ice cream\nPlease tell us about any allergies")


def test_a_menus_prices_are_no_dates_and_its_allergy_notice_no_field_label():
    # "5.50" and "14.95" cannot be a day and a month; "allergies" alone is a menu's notice.
    assert _page(MENU, 40) == []
    assert _read_with_no_sheet(MENU) == []
    # A log's dates written with a point still count: "14.03", "2.11".
    log = "Visit log\n14.03 home visit, mum present\n21.03 no answer\n2.11 school called\nnext: 9.12"
    assert [s.kind.name for s in _read_with_no_sheet(log)] == ["document"]
    # And beside a medication chart's doses, "allergies" is one of its labels.
    chart = "Medication administration record\nAllergies: penicillin\nDose 5ml twice daily\nGiven by"
    assert [s.kind.name for s in _read_with_no_sheet(chart)] == ["document"]


def test_a_sheet_drawn_on_in_several_vivid_colours_is_a_drawing_not_a_document():
    """A child's drawing in crayon: the same marks as _sheet_on_a_desk's lines of writing, in orange, purple, green
    and blue, band as writing does but are drawn in colour; in black ink they are a document."""
    import cv2

    from postcheck.images import layout

    colours = [(235, 120, 20), (130, 40, 170), (40, 150, 40), (30, 80, 220)]
    drawing = _sheet_on_a_desk()
    drawing[40:440, 170:470] = 250
    for row, y in enumerate(range(70, 420, 22)):
        for col, x in enumerate(range(190, 450, 14)):
            drawing[y:y + 7, x:x + 10] = colours[(row + col) % 4]
    hsv = cv2.cvtColor(drawing, cv2.COLOR_RGB2HSV)
    assert any(s.banding >= 0.15 and s.lines >= 4 for s in layout.sheets(hsv, gray(drawing)))
    share, hues = layout.coloured_ink(hsv[40:440, 170:470], gray(drawing)[40:440, 170:470])
    assert share >= 0.75 and hues >= 3
    assert _unread(drawing) == []
    assert [seen.kind.name for seen in _unread(_sheet_on_a_desk())] == ["document"]


def test_a_case_systems_ethnicity_field_a_cp_medical_and_an_interim_care_order_are_record_words():
    # A case system photographed at a steep angle reads as scraps: a filled-in ethnicity field beside a date.
    assert [s.kind.name for s in _read_with_no_sheet("NEGLECT\nDominik Mi\nLane, Branwick 24/08/2024\nWhite British\n97261")] \
        == ["document"]
    # A worker's shorthand pad: a child protection medical beside a case reference.
    assert [s.kind.name for s in _read_with_no_sheet("CF-2023-06095\nMateo quiet, wouldn't\nat me\nCP medical today?")] \
        == ["document"]
    # A court's interim order beside a date of birth.
    read = "AMILY COURT SI\n1989\nBrightwater (born 25/05/2014)\nNoor is placed in the interim care of the local authority"
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]
    # Without them, the same scraps read as a flyer's words.
    assert _read_with_no_sheet("Mateo quiet, wouldn't\nat me\nmedical today? lots of words here about nothing much") == []


def test_sheet_music_held_at_a_slant_is_read_turned_level():
    """A close-up of sheet music at a slant: its staff lines cross the strips at an angle, and are counted turned
    level (layout.text_skew)."""
    import cv2

    from postcheck.images import layout

    music = _sheet_music()
    turned = cv2.warpAffine(music, cv2.getRotationMatrix2D((320, 240), 9, 1.0), (640, 480),
                            borderMode=cv2.BORDER_CONSTANT, borderValue=(90, 60, 40))
    assert layout.staves(gray(turned)[60:420, 180:460]) < 3  # read as it lies, the staves do not show
    assert _unread(turned) == []


def test_a_menus_soup_of_the_day_is_no_diary_line():
    from postcheck.images.checks.document import DIARY_LINE

    assert not DIARY_LINE.search("Soup of the day 5.50")
    assert DIARY_LINE.search("Thursday 27 LAC review") and DIARY_LINE.search("Monday 3, HV 4pm")
    # Three lines that looked dated ("6.25" can be a date; "3pm"; "day 5.50") beside a menu's allergy notice.
    assert _read_with_no_sheet(MENU + "\nApple crumble 6.25\ncustard") == []


@pytest.mark.parametrize("read", [
    # a pupil's school report, read from a photo of it (held_out_13's OCR)
    "Riverside Junior School\nEnd of Year Report 2023-24\nPupil: Delphine Pemberly\nForm: 10C Attendance: 84% Lates: 16",
    "End of Year\nCallum Dunmore\nn:10R Attendance: 70%\nHistory\nScience\nForm tutor's co\nCallum has had",
    # a family's bank statement
    "Your current account statement\n15 2023 to 14 2023\ncode 36-68-66 Account 20919225\nCASH\nTESCO STORES 2291",
    # a worker's staff ID card
    "Branwick Council\nYara Halvorsen\nSocial Worker\nChildren's Services\nStaff no. 113615 Expires 12/2028",
    # a video call's participants under a looked-after child's review
    "Bethany Halvorsen (Foster carer)\nKwame Dunmore (IRO)\nTalia Brightwater\n01:33:23\nParticipants\nImani Dunmore",
])
def test_a_school_report_a_bank_statement_an_id_card_and_a_review_call_are_documents(read):
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]


def test_a_school_newsletter_a_bank_advert_and_a_call_invite_are_not():
    assert _read_with_no_sheet("Sports day this Friday\nparents welcome to attend\nbring a packed lunch and a hat") == []
    assert _read_with_no_sheet("Open a current account today\nno fees for the first year\nask in branch") == []
    assert _read_with_no_sheet("Join our online talk on Thursday\nparticipants can ask questions at the end") == []


def test_a_crossword_grid_is_no_drawn_diagram():
    # Dozens of equal outlined squares in a lattice are a puzzle's grid; a genogram's or an ecomap's people are a few.
    import cv2

    grid = _blank_sheet_on_a_desk()
    rng = np.random.default_rng(3)
    for i in range(13):
        for j in range(13):
            x, y = 125 + j * 30, 45 + i * 30
            if rng.random() < 0.15:
                cv2.rectangle(grid, (x, y), (x + 30, y + 30), (15, 15, 15), -1)
            else:
                cv2.rectangle(grid, (x, y), (x + 30, y + 30), (30, 30, 30), 1)
    from postcheck.images import layout
    from postcheck.images.checks import document

    photo, sheet = _largest_sheet(grid)
    assert layout.drawn_symbols(document._detail(photo, sheet)) > document.MAX_SYMBOLS
    assert document.Document._drawn(photo, [sheet], lambda region: False) == []


def test_a_birthday_cards_greeting_is_no_letter_but_a_letters_sign_off_makes_one():
    # "Dear Mum," begins a card's message as a letter's; alone it is no field label, so a card read in full is judged
    # by its words. A letter's sign-off beside it is a letter's chrome.
    card = "Wishing you a day as lovely as you are Dear Mum, Have the best day and don't eat all the cake! Lots of love"
    assert _seen(_sheet_on_a_desk(), card) == []
    letter = "Dear Dr Larkspur, I saw Amara today in the paediatric clinic with her mother. Yours sincerely"
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), letter)] == ["document"]


def test_a_till_receipts_words_make_it_no_document():
    # A receipt bands like a page and carries the till's date in figures; its total, how it was paid and its
    # thank-you say what it is. One such word on a form ("Total hours") is not enough.
    receipt = "VALUEMART\n5 Wren Close\nMILK 2PT 1.45\nBANANAS LOOSE 0.89\nTOTAL 17.13\nCONTACTLESS 17.13\n01/03/2024 14:05"
    assert _seen(_sheet_on_a_desk(), receipt) == []
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), receipt.replace("CONTACTLESS", "PAID"))] == ["document"]


def test_a_tickets_words_make_it_no_document():
    # A bus or a cinema ticket bands like a page and carries a date and a time; its fare, "valid until" and "admit one"
    # say what it is. A form's field label beside them keeps it a document.
    ticket = "Kelderby Buses\nDAY RIDER\nAdult 4.50\n11 SEP 24 14:21\nValid until end of day\nKeep for inspection"
    assert _seen(_sheet_on_a_desk(), ticket) == []
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), ticket + "\nCase no. 4471")] == ["document"]


def test_an_everyday_page_that_names_itself_is_no_document():
    # A menu, a bingo card or a fixtures list bands like a page, and a fixtures list's match dates read like a record's
    # dated lines; what the page calls itself says what it is. A field label or a record's own mark keeps it a document.
    for read in ("Rosie's Kitchen\nSTARTERS", "Mecca Bingo\nGame 2 3.00", "Hollins Cross Golf Club",
                 "Branwick Juniors U10s Fixtures\n07/09/24 Cross Rovers KO 9:30\n14/09/24 Ashbourne\n21/09/24 Marlow Vale"
                 "\n28/09/24 Kelderby\n05/10/24 Hollins Cross"):
        assert _seen(_sheet_on_a_desk(), read) == [], read
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "Rosie's Kitchen\nSTARTERS\nCase no. 4471")] == ["document"]
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), "Chapter 5\nCF-2024-06324")] == ["document"]


def test_a_puzzle_grid_of_ruled_squares_is_no_page_of_writing():
    # A sudoku's ruled grid bands like lines, but most of its marks are the grid's long upright lines; a page's
    # letters are short strokes.
    import cv2

    from postcheck.images import layout
    from postcheck.images.checks import document

    grid = _blank_sheet_on_a_desk()
    rng = np.random.default_rng(5)
    for k in range(10):
        width = 4 if k % 3 == 0 else 2
        cv2.line(grid, (140, 60 + 40 * k), (500, 60 + 40 * k), (20, 20, 20), width)
        cv2.line(grid, (140 + 40 * k, 60), (140 + 40 * k, 420), (20, 20, 20), width)
    for i in range(9):
        for j in range(9):
            if rng.random() < 0.35:
                cv2.putText(grid, str(int(rng.integers(1, 10))), (150 + 40 * j, 92 + 40 * i), cv2.FONT_HERSHEY_SIMPLEX,
                            0.8, (20, 20, 20), 2)
    photo, whole = _largest_sheet(grid)
    assert document._lined(whole, document.BANDING) and document._barcode(photo, whole)
    # (one of its 3 x 3 boxes, found as a sheet of its own, can hold enough digits to pass as writing: a sudoku
    # photographed far or close is still called a document at times)
    page = _sheet_on_a_desk()
    page_photo = PhotoSignals(page, gray(page), candidates=[], text=None)
    lined = [s for s in layout.sheets(page_photo.hsv, page_photo.gray) if document._lined(s, document.BANDING)]
    assert lined and not any(document._barcode(page_photo, s) for s in lined)


def test_a_form_under_a_warm_night_lamp_is_read_with_the_cast_taken_out():
    # Under a tungsten lamp at night, paper is orange and dim: neither pale nor yellow to the sheet test. Where a field
    # label was read, the photo is read again with the cast taken out.
    lamp = np.clip(_sheet_on_a_desk().astype(np.float32) * np.array([1.0, 0.82, 0.55]) * 0.5, 0, 255).astype(np.uint8)
    read = "Your current account statement Account"
    assert _seen(_sheet_on_a_desk(), read) != []
    assert [s.kind.name for s in _seen(lamp, read)] == ["document"]
    assert _seen(lamp, "") == []  # no label read: the lamp-lit sheet is not read again


def test_a_diagram_drawn_in_several_hues_is_no_case_diagram():
    # A coach's board: players as circles in one marker, the other side's crosses and the runs in other colours. The
    # genograms and ecomaps of the labelled photo set are drawn in two hues at most.
    import cv2

    board = np.zeros((480, 640, 3), np.uint8)
    board[:] = (90, 60, 40)
    board[60:420, 120:520] = 248
    players = ((175, 110), (300, 185), (440, 125), (205, 300), (345, 370), (460, 280))
    for x, y in players:
        cv2.circle(board, (x, y), 20, (30, 60, 200), 2)  # blue marker
    for x, y in ((240, 140), (380, 250), (420, 360)):
        cv2.line(board, (x - 12, y - 12), (x + 12, y + 12), (210, 30, 30), 3)  # red crosses
        cv2.line(board, (x - 12, y + 12), (x + 12, y - 12), (210, 30, 30), 3)
    for (xa, ya), (xb, yb) in zip(players, players[1:]):
        cv2.arrowedLine(board, (xa, ya + 22), (xb, yb - 22), (30, 160, 60), 2)  # green runs
    assert _seen(board, "") == []
    one_pen = board.copy()
    sheet = one_pen[60:420, 120:520]
    sheet[(sheet != 248).any(axis=2)] = 30  # the same drawing in one dark pen
    found = _seen(one_pen, "")
    assert [s.kind.name for s in found] == ["document"] and "diagram" in found[0].detail


def test_readable_words_with_two_dated_lines_on_a_lined_sheet_are_a_record():
    # A carer's diary reads as plain words (no field label), but its entries are dated: with two dated lines or more
    # the lined sheet decides, as with a record's own mark. One date is a flyer's.
    diary = ("22/02/23\nSchool rang Noor hit another child at lunch. Picked her up early.\n25/02/23\n"
             "Noor back from contact very quiet. Wouldn't eat tea, went straight up to bed.")
    assert [s.kind.name for s in _seen(_sheet_on_a_desk(), diary)] == ["document"]
    one_date = "22/02\nSpring fair on the green this Saturday with cakes games and a raffle for everyone"
    assert _seen(_sheet_on_a_desk(), one_date) == []


def test_a_tv_guides_programme_times_are_no_dated_lines():
    # held_out_15's TV guide: each programme's time, written with a point on the quarter hour, reads to RECORD_LINE as a
    # date ("7.15", "10.30"). With no field label read, such lines date nothing, on a lined sheet or off it.
    guide = ("Friday 7 November\n8.00 Homes Under the Hammer\nLive coverage.\n10.30 The Chase\n12.15 Weather\n"
             "6.30 Match of the Day\nNew series.\n7.15 Pointless\n11.15 Doctors\nRepeat.")
    assert _lines_read(_sheet_on_a_desk(), guide.split("\n")) == []
    # A gym's class timetable writes its times with a colon, each starting a line of classes (held_out_17's, cut off).
    gym = "Ashbourne Leisure Centre\nMon Tue Wed Thu Fri\n07:00 Stretch Aqua\n09:30 Zumba Circuits Yoga\n12:15 Boxfit HIIT\n" \
          "17:30 Body Pump Spin\n18:30 Pilates Stretch Aqua"
    assert _read_with_no_sheet(gym) == []
    # A record's times keep their odd minutes, and with a field label a diary's quarter hours still date its lines.
    log = ["Arrived 8.07 with no coat", "Not collected till 4.22", "Office rang 3.11 about lunch", "Back 9.03"]
    assert [s.kind.name for s in _read_with_no_sheet("\n".join(log))] == ["document"]
    diary = ["Visit: 9.15 home visit", "Contact 10.30 at the centre", "TAC mtg 3.15"]
    assert [s.kind.name for s in _read_with_no_sheet("\n".join(diary))] == ["document"]
    # A listing's line starts with its time; a behaviour log's quarter hours fall inside its lines and date them, with no
    # field label read too (held_out_7's log close up: "Not collected till 4.20", "Arrived 8.05").
    log = ["Breakfast club: arrived 8.05 with no coat", "Not collected till 4.20, cousin came", "Office rang at 3.15 about it",
           "Sent home with a spare coat by 9.30"]
    assert [s.kind.name for s in _read_with_no_sheet("\n".join(log))] == ["document"]
    assert _read_with_no_sheet("\n".join(line.split(" ", 1)[1].replace("8.05", "").replace("4.20", "").replace("3.15", "")
                                         .replace("9.30", "") for line in log)) == []


def test_a_record_of_the_states_services_read_in_part_is_a_document():
    # held_out_17's layouts cut off, forwarded as a low-quality JPEG or out of focus: a youth court's bail conditions, a
    # contact centre's booking form, a Universal Credit statement, a hospital wristband's NHS number.
    for read in ("rhistlecombe Youth Court\nRECORD OF BAIL CONDITIONS\nFemi Castellane",
                 "Booking Form\nAmara Rosewarne\nLevel of supervision\nArrival\ndad leaves 15 mins after.",
                 "Department for Work and Pensions\n73 Quarry Row\nYour Universal Credit statement\nto",
                 "THORNBURY, Noor\nO08: 31/03/2014 NHS: 459 628 6134\nCross General"):
        assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"], read
    # An advice centre's poster about the benefit names it, not its statement; a number alone is no NHS number's field.
    assert _read_with_no_sheet("Free advice\nUniversal Credit\nevery Tuesday") == []
    assert _read_with_no_sheet("Call 459 628 6134 today") == []


def test_a_courts_caption_read_over_two_lines_is_a_field_label():
    # held_out_6's court portal off a monitor: OCR reads each case's caption with its "of" on the next line, by the name.
    read = "Marlow Vale Family Court\nmatter\nIn the matter\nof J. Tallis\nof L. Greaves child)\nConfirmed"
    assert [s.kind.name for s in _read_with_no_sheet(read)] == ["document"]


def test_a_field_label_among_fragments_of_a_page_is_a_document_though_no_sheet_bands():
    # A chronology seen small beside a mug reads as its heading only; a legal pad at a slant as a line or two of notes.
    assert [s.kind.name for s in _read_with_no_sheet("Chronology of significant events")] == ["document"]
    assert [s.kind.name for s in _read_with_no_sheet("Rohan Farro\nHV Thurs\nchase GP letter")] == ["document"]
    assert "among what was read of a page" in _read_with_no_sheet("Case ref\nComplet\n82\n2016")[0].detail
    # A record's heading, all that is read of a page seen small or far, is read whole: "Risk Assessment" is no topic word.
    assert [s.kind.name for s in _read_with_no_sheet("Risk Assessment")] == ["document"]
    assert [s.kind.name for s in _read_with_no_sheet("Trust\nDISCHARGE SUMMARY")] == ["document"]
    assert _read_with_no_sheet("Risk") == []
    # A page cut off at the frame's edge loses its lines' first letters ("afety Plan", "worker: Femi Pemberly"): a safety
    # plan's heading and any worker's field still read so.
    assert [s.kind.name for s in _read_with_no_sheet("afety Plan\n883649)\nschool")] == ["document"]
    assert [s.kind.name for s in _read_with_no_sheet("worker: Femi Pemberly\nMon Tue Wed")] == ["document"]
    assert _read_with_no_sheet("Youth worker\nMon Tue Wed") == []


def test_two_lines_with_a_records_date_or_reference_are_a_document_without_a_label_or_a_sheet():
    # A return interview under a lamp: no field label the check knows, no sheet found, but its dates of going missing
    # and of coming back, year and all, and a police reference. A flyer's one date in figures is not enough.
    interview = "Return Home Interview\nMissing from 27/02/2024\nFound returned 15/03/2024\nWhere did you stay? Who with?"
    assert [s.kind.name for s in _read_with_no_sheet(interview)] == ["document"]
    assert _read_with_no_sheet("Summer fair\nSaturday 14/06/2025\nCentral Library\ncakes games everyone welcome") == []


def test_a_readable_page_or_a_word_of_the_work_alone_is_no_document_without_a_sheet():
    # Eight readable words or more whose one field label is a flyer's step ("a home visit") are judged by their words,
    # and a word a flyer about the work prints too is no field label.
    leaflet = "Short break carers wanted\nGive disabled children a regular break\nA home visit\nrelaxed chat over tea"
    assert _read_with_no_sheet(leaflet) == []
    assert _read_with_no_sheet("Safeguarding\nCourt") == []


def test_a_lattice_of_letters_is_a_grid_not_lines_of_writing():
    # A word search's letters stand in columns as well as rows: the sheet bands across as strongly as down (held_out_15's
    # word search and scorecard, held_out_14's keyboard). A page's words, of uneven letters, band across far less.
    from postcheck.images.checks import document

    lattice = _marks_on_a_desk((170, 470), range(70, 420, 22), range(190, 450, 14), (7, 10), 30)
    _, whole = _largest_sheet(lattice)
    assert document._lined(whole, document.BANDING) and document._grid(whole)
    assert _unread(lattice) == []
    _, page = _largest_sheet(_sheet_on_a_desk())
    assert document._lined(page, document.BANDING) and not document._grid(page)
    assert [seen.kind.name for seen in _unread(_sheet_on_a_desk())] == ["document"]


def test_a_childs_health_record_and_an_assessments_domains_are_field_labels():
    # The red book's heading over a child's immunisations, and an assessment's inner page read under its domain heading.
    red_book = "Personal Child Health Record\nImmunisations\nName Delphine\nvaccine given\nbatch no"
    assert [s.kind.name for s in _page(red_book, 30)] == ["document"]
    assessment = "Parenting capacity\nMum has engaged with the parenting course and attended seven of eight sessions so far"
    assert [s.kind.name for s in _page(assessment, 30)] == ["document"]


def test_a_clinic_poster_about_immunisations_is_not_a_record():
    # Keeping a child's immunisations up to date is what a clinic's poster asks: a word of the topic, no field label.
    poster = ("Is your child up to date\nImmunisations protect your child\nAsk at reception\nDrop-in clinic every Tuesday\n"
              "Health visiting team")
    assert _page(poster, 30) == []
