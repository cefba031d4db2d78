"""Ordinary posts a worker might write raise no contact PII (false alarms cost the most)."""

import pytest

CONTACT_PII = {"PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CASE_NUMBER", "DATE_OF_BIRTH",
               "LICENSE_PLATE", "US_SSN", "CREDIT_CARD"}

CLEAN_POSTS = [
    "Meet Biscuit, our rescue pup, he's 2 and already runs the house.",
    "10/10 would recommend the new taco place downtown.",
    "Up at 4:45am for a sunrise hike. Worth it!",
    "Entry #42 in my year of sketching: a heron at the lake.",
    "Nov 5 is our county's foster parent recruitment night, 6-8pm, all welcome.",
    "62 hrs in a 40 hr week... this is fine.",
    "Use code SARAH20 for 20% off at my sister's candle shop!",
    "Volunteered with the 3rd grade reading club and the 10U softball team.",
    "Chapter 3 of my book club pick was a rollercoaster.",
    "Season 2 Episode 5 had me in tears. No spoilers!",
    "Ran 13.1 miles today, new PR of 1:58:30!",
    "Grace under pressure: finished the conference talk on trauma-informed care.",
    "May is National Foster Care Month. #fostercare #socialwork",
    "Will be offline till Monday, recharging.",
]


@pytest.mark.parametrize("post", CLEAN_POSTS)
def test_clean_post_raises_no_contact_pii(found, post):
    raised = {(entity, hit) for entity in CONTACT_PII for hit in found(post, entity)}
    assert raised == set()
