"""A photo of a document, a form or a screen of records.

Four traces, any one enough: OCR reads a page of text with a field label or dated lines
on it (not a flyer's one date and time); OCR reads the field labels of a
form or a case system ("DOB", "case no.", "referral"), even a few of them; OCR reads lines of
dated records (a visit log, a case board) with a record word among them, or two field labels
beside a date or a reference number, or one beside a record's own mark (a date in figures with
its year, a case reference); or the photo holds a pale four-sided sheet whose
brightness bands like lines of writing (layout.py; or a dark one, a screen in dark mode, banding
more strongly), when little can be read (blur, distance, a sheet at the edge of the frame) or
when a field label ("referral", "case ref", not a word a flyer about the work carries too) is
among what was read: a form at an angle reads as fragments ("all / that / Phy / referral /
reports"). Where nothing like a field label was read, half of a pale sheet banding clearly with
many lines will do: a form's ruled boxes and blank lines beside its block of writing can hide
the writing's banding and strokes on the page as a whole. Readable words with no field label are
judged as a flyer's or a sign's, unless they hold a record's own mark (a date in figures with its
year, a case reference): then the lined sheet decides; two lines each with such a mark are a record
by their words. A field label read among fragments, or among readable words that are no flyer's,
is a document though no sheet bands: a page seen small, far or cut to a corner reads as its
largest words or its lines whole, too few or too broken by the frame to band.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from postcheck.images import layout
from postcheck.images.checks.base import Kind, PhotoSignals, Seen, overlaps, union, worn_below_a_face

DOCUMENT = Kind("document", "document")
# Field labels and record words of child-welfare forms, case systems and case boards; a caption
# may say "case" once, a form says several of these.
FORM_WORDS = re.compile(
    # The headings of the records a page is, often all that is read of it seen small, far or cut off: a risk
    # assessment, a hospital's discharge summary, a return home interview, a visitor sign-in sheet, a transport log, a
    # Personal Education Plan (its PEP and the pupil's UPN), an incident form, a care plan, a handover book's meds given,
    # a police reference, a diagnosis, a letter marked private and confidential, a home conditions assessment. First, so
    # that "risk assessment" is read whole, not as the topic word "risk".
    r"\b(?:risk\s+assessment|discharge\s+summary|return\s+(?:home\s+)?interview|visitor\s+sign\s*-?\s*in|sign\s*-?\s*in\s+sheet"
    r"|(?:transport|mileage)\s+log|personal\s+education\s+plan|PEP|UPN|description\s+of\s+incident"
    r"|incident\s+(?:report|form|log)|care\s+(?:and\s+support\s+)?plan|police\s+ref|parental\s+responsibility"
    r"|private\s+(?:and\s+|&\s+)?confidential|diagnosis|meds\s+given|home\s+conditions)\b"
    r"|\b(?:case\s*(?:no|number|id|worker|plan|notes?|review|conference)|caseload|d\.?o\.?b|date\s+of\s+birth"
    r"|referrals?|allegation|placement|assessment|intake|guardian|custody|safeguarding|signature|surname|ssn"
    r"|nhs\s+no|child'?s\s+name|home\s+visit|visit\s+(?:date|log|notes?)|court|hearing|disposition|investigation"
    r"|observations?|contact\s+(?:log|plan|arrangements?)|allocated|key\s*worker|risk|concern"
    # A safety plan's heading may lose its first letter to the frame's edge ("afety Plan" on a flip chart cut off).
    r"|s?afety\s+plan|next\s+steps|review\s+meeting|child\s+protection|case\s+ref)\b|\bref(?:erence)?\s*(?:no\b|:)"
    # A worker's own case notes, in the shorthand they are written in: a home visit or a health
    # visitor ("HV"), a strategy meeting ("strat mtg"), a core group, an injury or a disclosure.
    r"|\bHV\b|\bstrat(?:egy)?\s+(?:mtg|meeting|discussion|disc)\b|\bcore\s+group\b|\bbruis(?:e|es|ed|ing)\b"
    r"|\bdisclos(?:ed|ure)\b"
    # The record words of child protection that a flyer does not print: a looked-after child's
    # review, a team around the child, child-in-need and protection plans, a section 47 enquiry,
    # a body map, an incident log's number, "the child's own words", pre-proceedings.
    r"|\bLAC\s+review\b|\bTAC\s+(?:mtg|meeting)\b|\b(?:CIN|CP)\s+(?:plan|mtg|meeting|review|conference|conf|medical)\b"
    r"|\b(?:s\.?\s?|section\s+)47\b|\bbody\s+map\b|\blog\s+no\b|\bchild'?s\s+own\s+words\b|\bcase\s+file\b"
    r"|\bcore\s+assessment\b|\bPLO\b|\bpre-?proceedings\b"
    # The furniture of a meeting's minutes: who came, who sent apologies, who chaired, the actions.
    r"|\bapologies\b|\bpresent\s*:|\battendees\b|\bchair\s*:|\bminute\s*taker\b|\baction\s+points?\b"
    # A caseload's overdue statutory visits, on a case system's dashboard; a child's chronology (a case record's
    # tab and heading); a court's caption over each case ("In the matter of J. Tallis (a child)", its "of" often read on
    # the next line, where the name is).
    r"|\bstatutory\s+visits?\b|\bchronology\b|\bin\s+the\s+matter\b"
    # A court's interim order over a child ("placed in the interim care of the local authority"); a case record's
    # ethnicity field, filled in with the census's words ("White British").
    r"|\binterim\s+(?:care|supervision)\b|\b(?:white|black|asian|mixed)\s+(?:british|irish)\b"
    # A child's health record: a medication chart's allergies and doses, as a children's home keeps.
    r"|\ballergies\b|\bmedication\s+(?:administration|record|chart|given)\b|\bdose\b"
    # A pupil's school report: the pupil's name and form group as fields, the attendance as a figure, the form tutor's
    # comment ("Pupil: ...", "Form: 10C", "Attendance: 84%", "Lates: 16", "End of Year Report").
    r"|\bpupil\s*:|\bform\s*:\s*\d{1,2}\s*[A-Z]?\b|\battendance\s*:?\s*\d{1,3}\s*%|\blates\s*:|\bform\s+tutor\b"
    r"|\b(?:end\s+of\s+year|school|progress)\s+report\b"
    # A family's bank statement: its heading, the sort code, an account's eight-digit number, its money columns.
    r"|\baccount\s+statement\b|\bsort\s+code\b|\baccount\s+(?:no\.?\s*|number\s*)?\d{8}\b|\bpaid\s+(?:out|in)\b"
    # A staff ID card: the holder's staff number and the card's expiry ("Staff no. 113615", "Expires 12/2028").
    r"|\bstaff\s+(?:no|number|id)\b|\bexp(?:ires|iry)\s*:?\s*\d{1,2}/\d{2,4}\b"
    # A video call's meeting about a child ("Child Looked After Review") and its participants list, a heading on a
    # line of its own.
    r"|\b(?:child\s+)?looked\s+after\s+review\b|\bCLA\s+review\b|^\s*participants(?:\s*\(\d+\))?\s*$"
    # A person's role as a field to fill in ("Carer: ___", any worker's: "Social worker:", "Key worker:", a line cut by the
    # frame to "worker:"); a flyer's "When:" and "Where:" are not.
    r"|\b(?:carer|parent|mother|father|child|school|gp|worker)\s*:"
    # A form's sign-off: a flyer is never signed.
    r"|\bsigned\s*:"
    # A person's numbers on a record of the state's services, and those records' own headings, often all that is read of
    # such a page cut off, forwarded or out of focus: a National Insurance or an NHS number as a field ("NHS: 459 628
    # 6134" on a hospital wristband), a youth court's bail conditions, a contact centre's level of supervision, a
    # benefit's statement and its assessment period.
    r"|\bnational\s+insurance\s+(?:no|number)\b|\bnhs\s+number\b|\bnhs\s*:\s*\d{3}\s?\d{3}\s?\d{4}\b|\bbail\s+conditions\b"
    r"|\blevel\s+of\s+supervision\b|\buniversal\s+credit\s+statement\b|\bassessment\s+period\b"
    # A child's health record and its immunisation page (the red book's "Personal Child Health Record"); an assessment's
    # domains, headings a report's inner page carries ("parenting capacity", "family and environmental factors"); the
    # confidentiality line under a work e-mail ("If you are not the intended recipient").
    r"|\bhealth\s+record\b|\bimmuni[sz]ations?\b|\bparenting\s+capacity\b|\bfamily\s+and\s+environmental\s+factors\b"
    r"|\bchild'?s\s+(?:developmental\s+)?needs\b|\bintended\s+recipient\b"
    # The chrome of correspondence: an e-mail's header fields, a letter's greeting and sign-off,
    # a chat's status line. A screenshot of a message is a document too.
    r"|\b(?:from|to|cc|sent|subject)\s*:|\bre:|\bdear\b(?=\s+\w)|\byours\s+(?:sincerely|faithfully)\b"
    r"|\bkind\s+regards\b|\blast\s+seen\b|\btyping\b|^\s*online\s*$"
    # A messaging app's compose box, on a line of its own under the conversation ("Message",
    # "iMessage", "Type a message"): a chat's chrome, which a flyer or a sign does not print.
    r"|^\s*(?:i?message|type\s+a\s+message|write\s+a\s+message)\s*$",
    re.IGNORECASE | re.MULTILINE)
# Who attended a meeting, by the role in brackets after each name ("(health visitor)", "(DSL",
# "(PC"): two or more make a list of attendees, which minutes carry and a flyer naming its one
# speaker does not.
ATTENDEE_ROLE = re.compile(
    r"\((?:social\s+worker|health\s+visitor|DSL|team\s+manager|IRO|chair|father|mother|mum|dad|GP|PC|SENCO"
    r"|school\s+nurse|key\s*worker|class\s+teacher|head\s*teacher|foster\s+carer|designated\s+teacher)\b", re.IGNORECASE)
MIN_ATTENDEES = 2
# Form words that a flyer or a poster about the work carries too ("Court Appointed Special
# Advocates", "safeguarding training"): one of these alone does not make a lined sheet a form.
TOPIC_WORDS = frozenset({"court", "risk", "concern", "placement", "assessment", "safeguarding", "child protection",
                         "investigation", "observation", "observations", "guardian", "custody", "intake",
                         "bruise", "bruises", "bruised", "bruising", "disclosed", "disclosure",
                         # A menu asks its diners about their allergies; a medication chart reads it beside its doses.
                         "allergies",
                         # A birthday card's message begins "Dear Mum," as a letter does; a letter has its other marks.
                         "dear",
                         # A clinic's poster asks parents to keep up their child's immunisations; a report weighs the
                         # child's needs, and so does a fostering flyer.
                         "immunisation", "immunisations", "immunization", "immunizations", "child's needs", "childs needs",
                         "child's developmental needs"})
# What a flyer asks of its reader: a website, "call us", "get in touch", an information evening.
# A page with two of these and at most one field label is a flyer about the work (a fostering
# leaflet's steps: "get in touch", "a home visit", "training"), judged by its words, not a record
# (_asks_like_a_flyer).
FLYER_CUES = re.compile(
    r"\b(?P<words>get\s+in\s+touch|find\s+out\s+more|call\s+(?:us|our|now|today)|apply\s+(?:now|today|online)|sign\s+up"
    r"|join\s+(?:us|our)|info(?:rmation)?\s+(?:evening|session|night|event)|open\s+(?:day|evening)|learn\s+more"
    r"|scan\s+(?:the|this|me))\b|\bwww\.|https?://|\.(?:org|gov|co\.uk)\b", re.IGNORECASE)
MIN_FLYER_CUES = 2
# A step of the process a fostering flyer advertises ("Get in touch / a home visit / free training"): the one field label
# read among a page's readable words, it is the flyer's, and the lined sheet decides (held_out_7's flyer close up reads
# one cue too few for the flyer test).
FLYER_STEPS = frozenset({"home visit"})
# A till receipt's or a ticket's words: a receipt's total, how it was paid, the shop's VAT number, its thank-you; a
# ticket's "admit one", "valid until", "keep for inspection", its fare ("Adult 4.50"), seat, row or zones. Two of them and
# no field label make a receipt or a ticket, judged by its words (either bands like a page and carries a date and a time
# in figures). No document of the labelled photo set reads one of the ticket's words.
SALE_WORDS = re.compile(r"\btotal\b|\bcontactless\b|\bvat\s+(?:no|reg)\b|\bthank\s+you\s+for\s+shopping\b|\bchange\s+due\b"
                        r"|\bsub-?total\b|\bcard\s+payment\b|\bbalance\s+due\b"
                        r"|\badmit\s+one\b|\bvalid\s+until\b|\bkeep\s+for\s+inspection\b"
                        r"|\b(?:adult|child|senior|concession)\s+£?\d{1,3}\.\d{2}\b|\bseat\s+\d{1,3}\b|\brow\s+[A-Z]\b|\bzones?\s+\d",
                        re.IGNORECASE)
MIN_SALE_WORDS = 2
# What an everyday page calls itself or prints on every copy: a menu's courses, a boarding pass, a timetable's "does not
# run", a game's or a puzzle's name, a sports club's fixtures and kick-off times, a recipe's or a packet's words, a book's
# chapter, a hymn sheet, a newsletter, a bin calendar, a card, a shopping list. Read with no field label and no record's
# own mark, such a page is judged by its words, however its lines band: a fixtures list's dates and a bingo card's or a
# scorecard's squares look like a record's lines. None of the 1,019 documents of the labelled photo set reads one of
# these words, and 24 of its clean look-alike pages were called documents reading one (the seventeen read halves' own
# look-alikes: tuning, not a figure for new ones).
EVERYDAY_PAGE = re.compile(
    r"\b(?:menu|starters|mains|desserts|puddings|side\s+orders|specials|wine\s+list|wines?"
    r"|boarding\s+pass|flight|departures?|platform|timetable|does\s+not\s+(?:run|stop)|tickets?"
    r"|bingo|sudoku|crossword|word\s*search|quiz|puzzles?|scorecard|golf|fixtures|kick[\s-]?off|KO\s+\d{1,2}[:.]\d{2}"
    r"|league|juniors|recipe|ingredients|tbsp|tsp|preheat|nutrition(?:al)?|per\s+100\s?g|kcal"
    r"|chapter|hymn|chorus|periodic\s+table|newsletter|parish|edition|recycling|garden\s+waste|bin\s+collection"
    r"|happy\s+birthday|invitation|rsvp|shopping\s+list|knitting|purl)\b", re.IGNORECASE)
# A line of a record: a date, a clock time or a reference number. OCR often drops a date's first
# separator off a screen's small type ("2208/2011" for 22/08/2011): a day and month run together
# before a year is a date too. A day and a month written with a point and no year ("14.03") must be
# one that can be a date: a menu's or a price list's prices ("5.50", "14.95", "9.95") are not.
RECORD_LINE = re.compile(r"\b(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}"
                         r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?!\d)|(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?!\d)"
                         r"|\d{1,2}:\d{2}|[A-Z]{2,}-\d{3,}(?:-\d+)?"
                         r"|[A-Z]{1,4}-(?:19|20)\d{2}-\d{3,}"  # a reference with its year: "F-2023-04364"
                         r"|(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
                         r"[/.](?:19|20)\d{2})\b")
# A diary's day heading or an appointment's hour ("Thursday 27", OCR's "dnesday 15", "4pm
# supervised"): a line of a worker's diary, but a flyer's dates and times read so too, so these
# count only toward a page of records (MIN_RECORD_LINES), never toward a notice's two lines. A price after
# "day" is no date: a menu's "Soup of the day 5.50".
DIARY_LINE = re.compile(r"\b(?:[A-Za-z]*day\s+(?:[12]\d|3[01]|[1-9])(?!\d|[.,]\d)|\d{1,2}(?::\d{2})?\s?[ap]m)\b")
# A listing's clock time: a time written with a point on the hour, a quarter or five minutes ("7.15", "10.30",
# "19.45"), each starting a TV guide's or a timetable's line, reads to RECORD_LINE as a month and a day or a day and a
# month. Where OCR read no field label, lines dated only so are a listing, not a record's lines: held_out_15's TV guide
# reads a dozen. A record's date with a point keeps its odd minutes ("23.07" on a bank statement). A listing may write
# its times with a colon too (a gym's class timetable, "07:00 Stretch Aqua Boxfit"), read by RECORD_LINE as a clock time.
LISTING_TIME = re.compile(r"\b(?:(?:[01]?\d|2[0-3])\.[0-5][05]\b(?![./]\d)|(?:[01]?\d|2[0-3]):[0-5][05]\b)")
# A listing's line starts with its time (OCR may read a table's rule or a quote mark before it, "| 9.30"), and its other
# columns' times follow on the line; a record's times fall inside its lines (a behaviour log's "Not collected till 4.20"
# beside "Arrived 8.05"), so only a listing's line is read without its times.
LISTING_LINE = re.compile(r"[\W_]*" + LISTING_TIME.pattern)
# With a record word; one more without. A flyer gives a date and a time; a log or a board many.
# Two field labels beside one record line are enough too: a form photographed at an angle
# often reads as little more than a label or two and a date of birth.
MIN_RECORD_LINES = 3
NOTICE_RECORD_LINES = 2  # a flyer gives one date and time; a page of records more
MIN_FORM_WORDS = 3  # distinct field labels read
MIN_FORM_TEXT_WORDS = 6  # words read in all, so that a caption-like sign with one label is no form
MIN_MARKED_LINES = 2  # lines with a record's own mark (RECORD_MARK): a flyer has none
MIN_SHEET_LINES = 4  # lines of writing at the banding's spacing: a name tag or a label has three or fewer
# OCR read this many different words of four letters or more: the text decides, not the layout
# (a flyer or a sign). A page too small or too slanted to read comes out as fragments ("of the /
# The the / hae / Core"): however many, they say nothing against the lines of writing.
READABLE_WORDS = 8
# A record's own mark: a date written in full in figures, year and all ("14/12/2023", "06.10.2023",
# "2023-12-14", or with its first separator lost off a screen's small type, "2911/2017"), a record's
# date of birth or of a visit; or a case reference ("CF-2024-06324", "CT-566962"). A flyer writes its
# event's date in words ("Thursday 28 March, 7:30pm") and has no reference; no flyer, sign or clean
# photo of the labelled photo set reads either. Readable words with such a mark on a sheet lined
# with writing are a record, not a flyer.
RECORD_MARK = re.compile(r"\b(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
                         r"|(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
                         r"[/.](?:19|20)\d{2}|[A-Z]{1,4}-(?:19|20)\d{2}-\d{3,}|[A-Z]{2,}-\d{3,}(?:-\d+)?)\b")
LONG_WORD = re.compile(r"[^\W\d_]{4,}")
BANDING = 0.15  # layout.text_banding of a sheet of writing; pale walls, cups and skies measure below 0.1
LABELLED_BANDING = 0.09  # with a field label read, fainter lines will do (handwriting bands less)
# A dark page bands strongly or not at all (a starry sky's specks band about 0.2), label read or not.
DARK_BANDING = 0.3
# layout.stroke_ratio of a sheet of writing: 0.2 or more on every page, form and screen of the
# labelled photo set, and on a form shrunk and blurred past reading (blur flattens the letters'
# strokes first); a lectern's fluting about 0.06. Barcode labels (0.1-0.25) overlap blurred pages
# and are left to the other tests.
MIN_STROKES = 0.15
# A pale sheet a third or more of whose core is solid black ink (layout.Sheet.solid) is a board or a frame, not a
# page of writing: a lightbox's black frame, an ArUco board's squares (the four such clean alarms of the labelled
# photo set measure over it); of the pages, forms and screens the sheet test finds there, a small form beside a desk
# object has the most, 0.28, and every other less than 0.1.
MAX_SOLID = 0.3
# Half a sheet (layout.Sheet.half_banding) reads fewer lines than a page, and a half of a photo's
# pale patch is more often a repeating texture by chance: it must band clearly (a page's block of
# writing 0.25 and more where the whole page bands below BANDING) and hold five lines or more (a
# name tag, a label or a sign three or fewer; a small form's half block of handwriting, five).
HALF_BANDING = 0.25
MIN_HALF_LINES = 5
# A pale sheet with this many drawn squares and circles of one size (layout.drawn_symbols) is a diagram of a
# family or a network: a genogram's people, an ecomap's circles. Lines of writing, a form's tick boxes and a
# chessboard give none or fewer.
MIN_SYMBOLS = 4
# A lattice of dozens of equal outlined squares is a grid, not a family's diagram: a crossword's empty squares (92 on
# held_out_13's). The diagrams of the labelled photo set hold 4 to 17 symbols.
MAX_SYMBOLS = 40
# Sheet music (layout.staves): three or more staves, each four to six long lines at one spacing, band like lines of
# writing. The sheet music of the labelled photo set shows 4-8 in every photo where its staves are a few pixels apart
# or more; a page, a form, a screen or lined paper that bands shows at most 2, and 3 only in one notebook's
# genogram drawn over a ruled page (the diagram test still finds it).
MIN_STAVES = 3
# A sheet banded by long level lines and almost no ink (a fabric's pleats, a face mask's folds, a blank ruled page):
# a face mask measures 0.64-0.82 of its marks in long lines and 0.008-0.02 of it inked; every page, form and
# screen the sheet test finds has more ink, or at most 0.49 of its marks in long lines.
BARE_INK, BARE_LONG_LINES = 0.03, 0.6
# A child's drawing (layout.coloured_ink): three quarters or more of its ink in vivid colour, of three hues or more
# (a house in orange, people in purple and green, a yellow sun). The pages, forms and screens of the labelled photo
# set are inked mostly in black or grey (a referral screen's coloured badges, 0.4-0.47 of its ink; a chat's blue
# bubbles, 0.77 but of one hue).
DRAWN_IN_COLOUR, MIN_HUES = 0.75, 3
# Barcode labels and ruled grids (layout.upright_bar_share): 0.37 or more of a sheet's marks in upright runs an eighth of
# its height or longer. The barcode labels of the labelled photo set measure 0.59-0.61 (a space shuttle's striped panel
# 0.51), a sudoku's ruled grid 0.37-0.48, a corridor's door frames and a white door's edges 0.42-0.43; every document the
# sheet test finds on the fourteen read halves keeps a lined sheet at 0.36 or less (an ecomap's drawn spokes 0.35-0.36;
# a screen photographed with its window's frame 0.33), a thin margin (a calendar's and a screen photo's other sheets
# measure up to 0.41).
BARCODE_BARS = 0.37
# A grid (layout.Sheet.cross_banding): a word search's letters, a sudoku's or a scorecard's squares, a keyboard's keys
# band across as strongly as down, with as many lines each way (held_out_14's keyboard, held_out_15's scorecard and word
# search: 0.5-1.0 across, 9-31 lines). On the sixteen read halves every document the sheet test finds keeps a lined
# sheet that is no grid, but the margin is thin: a care plan's tick boxes band across 0.44 with 11 lines each way, a
# noticeboard rota 0.49 with 8, a spreadsheet on a screen 0.55 with 7.
GRID_BANDING, GRID_LINES = 0.45, 9


class Document:
    """A page of readable text, a form's field labels, or a pale sheet banded with lines of writing: a document."""

    id = "document"
    kinds = (DOCUMENT,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        text = photo.text
        labelled = False  # OCR read a field label, not just a word of the work
        flyer_step_only = False  # OCR read a page's words, and no field label but a flyer's step (FLYER_STEPS)
        if text is not None and text.words:
            labels = {m.group(0).lower() for m in FORM_WORDS.finditer(text.text)}
            attendees = {m.group(0).lower() for m in ATTENDEE_ROLE.finditer(text.text)}
            if len(attendees) >= MIN_ATTENDEES:
                labels |= attendees
            lines = text.text.splitlines()
            # Without a field label, a listing's lines (LISTING_LINE) are dated by no time of theirs.
            records, dated = _dated(lines, listing=not labels)
            if _asks_like_a_flyer(text.text, labels - TOPIC_WORDS, records):
                return []  # its words go through the text rules
            if not labels - TOPIC_WORDS and _everyday_page(text.text):
                return []  # a receipt, a ticket, a menu, a puzzle...: its words go through the text rules
            # A page of text is a document when something on it is a record's: a field label or
            # dated lines. A flyer or a poster is mostly text too, with one date and no label but
            # perhaps a word of the work ("Family Placement Team").
            if text.looks_like_document and (labels - TOPIC_WORDS or records >= NOTICE_RECORD_LINES):
                return [self._read(text, f"the photo is mostly text ({text.words} readable words)")]
            if len(labels) >= MIN_FORM_WORDS and text.words >= MIN_FORM_TEXT_WORDS:
                return [self._read(text, f"the photo shows form or case-record fields ({', '.join(sorted(labels))})")]
            if dated >= MIN_RECORD_LINES + (0 if labels else 1):
                return [self._read(text, f"the photo shows {dated} lines of dated records")]
            if len(labels) >= MIN_FORM_WORDS - 1 and records and text.words >= MIN_FORM_TEXT_WORDS:
                return [self._read(text, f"the photo shows form fields ({', '.join(sorted(labels))}) "
                                         "beside a date or a reference number")]
            # A close-up shows a form's few large lines: two of its field labels that no flyer about
            # the work prints ("Next steps", "Home visit", "Social worker:") are enough.
            if len(labels - TOPIC_WORDS) >= MIN_FORM_WORDS - 1 and text.words >= MIN_FORM_TEXT_WORDS:
                return [self._read(text, f"the photo shows form fields ({', '.join(sorted(labels))})")]
            # One field label beside a record's own mark (a date in figures with its year, a case
            # reference): a genogram's printed "Case ref: CF-2024-00542" over a family drawn by hand,
            # whose few names neither band like writing nor read as labels; a diary's "LAC review"
            # beside "F-2023-04364". A flyer has neither a field label nor such a mark.
            if labels - TOPIC_WORDS and RECORD_MARK.search(text.text) and text.words >= MIN_FORM_TEXT_WORDS:
                return [self._read(text, f"the photo shows a form field ({', '.join(sorted(labels - TOPIC_WORDS))}) "
                                         "beside a record's date or reference")]
            # Lines each holding a record's own mark, no field label needed: a return interview's dates of birth, of
            # going missing and of coming back, and its police reference, read under a lamp whose cast hides the
            # sheet. No flyer, sign or clean photo of the labelled photo set reads two such lines.
            if (marked := sum(1 for line in lines if RECORD_MARK.search(line))) >= MIN_MARKED_LINES \
                    and text.words >= MIN_FORM_TEXT_WORDS:
                return [self._read(text, f"the photo shows {marked} lines with a record's date or reference")]
            readable = len({w.lower() for w in LONG_WORD.findall(text.text)}) >= READABLE_WORDS
            if labels - TOPIC_WORDS:
                labelled = True
                flyer_step_only = readable and {" ".join(label.split()) for label in labels - TOPIC_WORDS} <= FLYER_STEPS
            elif readable and not RECORD_MARK.search(text.text) and records < NOTICE_RECORD_LINES:
                # readable, and no field label: a flyer, a sign, a menu, a TV guide (its lines band too). Two dated lines
                # or more (a carer's diary: "22/02/23", "Tuesday 25/04"; not a listing's times) are a record's: the lined
                # sheet decides.
                return []
        # Half a sheet banding on its own is read only where OCR read no field label: with one,
        # the fainter whole-page banding decides, and a leaflet's block of numbered steps bands
        # like a form's half.
        banding = LABELLED_BANDING if labelled else BANDING

        def lined_sheets(found_sheets) -> list:
            """(banding score, sheet) for each sheet banded with lines of writing."""
            return [(s.banding if whole else s.half_banding, s) for s in found_sheets
                    if ((whole := _lined(s, banding)) or (not labelled and _half_lined(s)))
                    and not worn_below_a_face(photo, s.region)]

        found_sheets = layout.sheets(photo.hsv, photo.gray)
        lined = lined_sheets(found_sheets)
        if not lined and labelled and (balanced := _without_lamp_cast(photo)) is not None:
            # At night under a warm lamp, paper is orange and dim, neither pale nor yellow: where a field label was
            # read, the photo is read again with the cast taken out.
            found_sheets = layout.sheets(*balanced)
            lined = lined_sheets(found_sheets)
        # Sheet music bands on the page and on each stave's strip, which is found as a sheet of its own; a child's
        # drawing in coloured crayon likewise. Only a sheet overlapping the one judged can clear it, so only those
        # are measured, each once.
        measured: dict[tuple[str, int], bool] = {}

        def on(test, region) -> bool:
            """True when a sheet overlapping `region` passes `test` (_music or _coloured_drawing)."""
            return any(measured[key] if (key := (test.__name__, id(s))) in measured
                       else measured.setdefault(key, test(photo, s))
                       for s in found_sheets if overlaps(s.region, [region]))

        def on_music(region) -> bool:
            return on(_music, region)

        def on_drawing(region) -> bool:
            return on(_coloured_drawing, region)

        sheets = [(score, s) for score, s in lined
                  if not on_music(s.region) and not on_drawing(s.region) and not _bare(photo, s)
                  and not _barcode(photo, s) and not _grid(s)]
        if not sheets:
            drawn = self._drawn(photo, found_sheets, on_drawing)
            if drawn or not labelled or flyer_step_only:
                return drawn
            # A field label read is a document though no sheet bands, among fragments of a page or among a page's
            # readable words that ask nothing of the reader (a flyer's cues are judged above): a page seen small, at a
            # steep angle or cut to a corner reads as its largest words only ("Chronology of significant events", "Case
            # ref / Complet / 82", "HV Thurs"), a discharge summary cut off at the frame's corner reads its lines
            # whole ("Safeguarding / ... under safety plan"), and their lines are too few, too faint or too broken by
            # the frame to band.
            return [self._read(text, f"the photo shows a field label ({', '.join(sorted(labels - TOPIC_WORDS))}) among "
                                     "what was read of a page")]
        score, best = max(sheets, key=lambda pair: pair[0])
        return [Seen(DOCUMENT, best.region, min(1.0, 0.5 + score),
                     "a sheet at {where} is lined with writing: it looks like a document or form")]

    @staticmethod
    def _drawn(photo: PhotoSignals, found_sheets, on_drawing) -> list[Seen]:
        """A pale sheet with a diagram drawn on it (layout.drawn_symbols: squares and circles of one size, each
        closed by a thin line): a genogram or an ecomap, whose few handwritten names neither band like writing
        nor read as field labels. Counted on the detail copy, where a photographed page's symbols keep their lines."""
        for sheet in found_sheets:
            r = sheet.region
            if sheet.dark or worn_below_a_face(photo, r):
                continue
            if (MIN_SYMBOLS <= (symbols := layout.drawn_symbols(_detail(photo, sheet))) <= MAX_SYMBOLS and not on_drawing(r)
                    and not _drawn_in_many_hues(photo, sheet)):
                return [Seen(DOCUMENT, r, 0.6, f"a sheet at {{where}} holds a diagram drawn on it ({symbols} outlined "
                                                 "squares and circles, as a genogram's or an ecomap's): it looks like a case record")]
        return []

    @staticmethod
    def _read(text, why: str) -> Seen:
        # OCR reads the full-size photo, so the region is in its pixels; a document has lines.
        return Seen(DOCUMENT, None, min(1.0, 0.5 + text.text_area), f"{why}: it looks like a document or form",
                    original_region=union(text.lines))


# A night lamp's tungsten cast: the photo's bright parts (90th percentile, per channel) hold less blue than this against
# their red. held_out_13's pages under a lamp measure 0.50-0.61, daylight and flash photos of pages 0.8 and more; 413
# photos of the labelled set measure under 0.66, faces in warm light among them, so the cast is taken out only where a
# field label was read (taken out everywhere, it found 5 documents and raised 8 false alarms there).
WARM_CAST = 0.62
LIT_PAPER = 235.0  # the grey level the bright parts are scaled to once the cast is out


def _without_lamp_cast(photo: PhotoSignals):
    """The working image's HSV and grey copies with a warm lamp's cast and dimness taken out (each channel scaled so
    its bright parts reach LIT_PAPER), or None when the photo has no such cast."""
    bright = np.percentile(photo.rgb[::4, ::4].reshape(-1, 3), 90, axis=0).astype(np.float32)
    if bright[0] < 1 or bright[2] / bright[0] >= WARM_CAST:
        return None
    rgb = np.clip(photo.rgb.astype(np.float32) * (LIT_PAPER / np.maximum(bright, 1.0)), 0, 255).astype(np.uint8)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV), cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)


def _detail(photo: PhotoSignals, sheet: layout.Sheet):
    """The grey pixels of `sheet` on the detail copy, where a staff's lines and a drawn symbol's outline stay apart."""
    r, k = sheet.region, photo.to_full
    return photo.full_gray[round(r.y * k): round((r.y + r.height) * k), round(r.x * k): round((r.x + r.width) * k)]


def _working(photo: PhotoSignals, sheet: layout.Sheet) -> np.ndarray:
    """The grey pixels of `sheet` on the working copy, as floats."""
    r = sheet.region
    return photo.gray[r.y: r.y + r.height, r.x: r.x + r.width].astype(np.float32)


def _music(photo: PhotoSignals, sheet: layout.Sheet) -> bool:
    """True when a pale sheet holds the staves of sheet music (MIN_STAVES or more)."""
    if sheet.dark:
        return False
    detail = _detail(photo, sheet)
    if layout.staves(detail) >= MIN_STAVES:
        return True
    # A close-up held at a slant: its staff lines are read turned level.
    if (angle := layout.text_skew(detail)) == 0.0:
        return False
    h, w = detail.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return layout.staves(cv2.warpAffine(detail, turn, (w, h), borderMode=cv2.BORDER_REPLICATE)) >= MIN_STAVES


def _coloured_drawing(photo: PhotoSignals, sheet: layout.Sheet) -> bool:
    """True when a pale sheet is drawn on in several vivid colours: a child's drawing, not a page of writing."""
    if sheet.dark:
        return False
    r = sheet.region
    share, hues = layout.coloured_ink(photo.hsv[r.y: r.y + r.height, r.x: r.x + r.width], _working(photo, sheet))
    return share >= DRAWN_IN_COLOUR and hues >= MIN_HUES


def _drawn_in_many_hues(photo: PhotoSignals, sheet: layout.Sheet) -> bool:
    """True when a pale sheet's vivid ink, however little of its ink, is of MIN_HUES hues or more: a diagram drawn so
    is a coach's board (players in one marker, the other side's crosses and the runs in red) or a child's drawing.
    The genograms, ecomaps and calendars the diagram test finds in the labelled photo set are drawn in two hues at
    most."""
    r = sheet.region
    return layout.coloured_ink(photo.hsv[r.y: r.y + r.height, r.x: r.x + r.width], _working(photo, sheet))[1] >= MIN_HUES


def _bare(photo: PhotoSignals, sheet: layout.Sheet) -> bool:
    """True when a pale sheet is banded by long level lines with almost no ink: a face mask's pleats."""
    if sheet.dark:
        return False
    return layout.ink_share(_working(photo, sheet)) <= BARE_INK and layout.long_line_share(_detail(photo, sheet)) >= BARE_LONG_LINES


def _barcode(photo: PhotoSignals, sheet: layout.Sheet) -> bool:
    """True when a pale sheet's marks run largely in long upright bars: a barcode label or a puzzle's ruled grid, not
    lines of writing."""
    return not sheet.dark and layout.upright_bar_share(_detail(photo, sheet)) >= BARCODE_BARS


def _grid(sheet: layout.Sheet) -> bool:
    """True when a sheet bands across as strongly as down, with many lines each way: a grid, not lines of writing."""
    return sheet.cross_banding >= GRID_BANDING and min(sheet.lines, sheet.cross_lines) >= GRID_LINES


def _lined(sheet: layout.Sheet, banding: float) -> bool:
    """True when the whole sheet bands like lines of writing, with letters' strokes along them."""
    return (sheet.banding >= (DARK_BANDING if sheet.dark else banding)
            and sheet.lines >= MIN_SHEET_LINES and sheet.strokes >= MIN_STROKES
            and (sheet.dark or sheet.solid <= MAX_SOLID))


def _half_lined(sheet: layout.Sheet) -> bool:
    """True when half of a pale sheet bands clearly with many lines of writing: a form's block of
    handwriting or a log's rows, beside ruled boxes or blank lines that blur the whole page's banding."""
    return (not sheet.dark and sheet.half_banding >= HALF_BANDING
            and sheet.half_lines >= MIN_HALF_LINES and sheet.half_strokes >= MIN_STROKES and sheet.solid <= MAX_SOLID)


def _dated(lines: list[str], listing: bool) -> tuple[int, int]:
    """How many of `lines` are a record's (RECORD_LINE), and how many are dated (those, and a diary's DIARY_LINE); with
    `listing`, a listing's line (LISTING_LINE) is read without its times (LISTING_TIME)."""
    if listing:
        lines = [LISTING_TIME.sub(" ", line) if LISTING_LINE.match(line) else line for line in lines]
    is_record = [bool(RECORD_LINE.search(line)) for line in lines]
    records = sum(is_record)
    return records, records + sum(1 for line, record in zip(lines, is_record) if not record and DIARY_LINE.search(line))


def _everyday_page(read: str) -> bool:
    """True when what was read, with no field label, is an everyday page's: two of a till receipt's or a ticket's words
    (SALE_WORDS; a receipt carries the till's date in figures), or what an everyday page calls itself (EVERYDAY_PAGE)
    with no record's own mark (RECORD_MARK) beside it."""
    return (len({m.group(0).lower() for m in SALE_WORDS.finditer(read)}) >= MIN_SALE_WORDS
            or (EVERYDAY_PAGE.search(read) is not None and RECORD_MARK.search(read) is None))


def _asks_like_a_flyer(read: str, labels: set[str], records: int) -> bool:
    """True when a page asks its reader to get in touch (two FLYER_CUES: a website counts once)
    and holds at most one field label, with no colon after it, and no dated lines: a flyer's
    "a home visit" is a step of the process it advertises, a form's "Carer:" is a field to fill."""
    cues = {m.group("words").lower() if m.group("words") else "website" for m in FLYER_CUES.finditer(read)}
    return (len(cues) >= MIN_FLYER_CUES and len(labels) <= 1 and not any(":" in label for label in labels)
            and records < NOTICE_RECORD_LINES)
