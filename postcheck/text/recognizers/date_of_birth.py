"""Dates of birth: a date right after "DOB", "born (on)", "date of birth" or "birthday" (with
"is" or a colon between: "DOB is 12.03.2011"), or after an age reached on it ("turns 18 on the
3rd of Nov").

A date alone is not a birth date ("Nov 5", "10/10 would recommend", "at 4:45am"); spaCy
already reports it as DATE_TIME. The cue must come first, within a few characters, and
only the date itself is reported, so a rewrite keeps "born" and drops the date.
"""

from __future__ import annotations

from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"  # 3/14/2012, 03-14-12
         rf"|{_YEAR}-\d{{2}}-\d{{2}}"  # 2012-03-14
         rf"|{_MONTH}[ \t]+{_DAY}(?:,?[ \t]+{_YEAR})?"  # March 14, 2012 / Mar 14
         rf"|{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+{_YEAR})?)"  # 14 March 2012
         )
_CUE = (r"(?:d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|born(?:[ \t]+on)?|b-?day|birthday(?:[ \t]+is)?"
        r"|turn(?:s|ing)[ \t]+\d{1,2}[ \t]+on(?:[ \t]+the)?)")


class DateOfBirthRecognizer(DeclaredPatternRecognizer):
    """Recognize a date given as someone's date of birth."""

    ENTITY = "DATE_OF_BIRTH"

    PATTERNS = [
        DeclaredPattern("date after a birth cue",
                        rf"\b{_CUE}[ \t]*(?:[:\-–=]|is\b|was\b)?[ \t]*\K{_DATE}\b", 0.85),
    ]
    CONTEXT = ["born", "birth", "dob", "birthday"]

