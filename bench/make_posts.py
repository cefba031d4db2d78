"""Generate N realistic social-media drafts for the throughput benchmark, as JSON Lines.

    python bench/make_posts.py --count 10000 --out /tmp/posts.jsonl

Posts are built from templates and word lists written for this benchmark (not from the
evaluation set): about half are clean (recruitment, training, personal life, advocacy
with a disclaimer) and half break policy the ways caseworkers' drafts do (client names,
schedules, placements, phone numbers, venting, speaking for the agency). A fixed seed
makes the same N give the same file, so runs compare like with like.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

FIRST_NAMES = ["Maria", "Jayden", "Aaliyah", "Luis", "Brianna", "Marcus", "Destiny", "Kevin", "Sofia",
               "Tyrone", "Emily", "Carlos", "Hannah", "Andre", "Jasmine", "Diego", "Keisha", "Noah",
               "Valeria", "Isaiah", "Rosa", "Malik", "Ashley", "Mateo"]
SURNAMES = ["Hernandez", "Johnson", "Nguyen", "Williams", "Garcia", "Brown", "Lopez", "Kim", "Davis",
            "Martinez", "Washington", "Patel", "Robinson", "Ramirez", "Thompson", "Flores"]
TOWNS = ["Pomona", "Lancaster", "Compton", "Whittier", "Downey", "Inglewood", "Pasadena", "Glendale",
         "Long Beach", "El Monte", "Torrance", "Carson", "Palmdale", "Norwalk", "Burbank"]
STREETS = ["Maple Ave", "Oak Street", "Sunset Blvd", "Pine Road", "Elm Drive", "Vermont Ave",
           "Atlantic Blvd", "Cedar Lane", "Figueroa St", "Lakewood Blvd"]
SCHOOLS = ["Roosevelt Elementary", "Jefferson Middle School", "Lincoln High", "Garfield Elementary",
           "Kennedy Middle School", "Washington Prep"]
TEAMS = ["the Eagles U10 soccer team", "the Tigers little league team", "the Lincoln JV basketball team"]
KIDS = ["a 6-year-old", "two brothers", "a newborn", "a teenager", "three siblings", "a toddler",
        "a 14-year-old girl", "twins"]
TIMES = ["7am", "8:30am", "10am", "noon", "2pm", "4:45pm", "6pm", "9pm", "11pm", "1am"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "April", "May", "June", "August", "September", "October", "November"]
FOODS = ["tacos", "pho", "pizza", "ramen", "a smoothie bowl", "pancakes", "barbecue", "sushi"]
HOBBIES = ["hiking", "baking sourdough", "gardening", "training for a half marathon", "painting",
           "learning guitar", "birdwatching", "rock climbing"]
PLACES = ["the beach", "Griffith Park", "the farmers market", "my sister's place", "the lake",
          "the mountains", "the botanical garden"]
TOPICS = ["kinship care", "trauma-informed practice", "family reunification", "youth aging out of care",
          "caseworker retention", "racial equity in child welfare", "the foster care shortage"]
FEELINGS = ["exhausted", "grateful", "proud", "drained", "hopeful", "frustrated", "fried"]
DISCLAIMER = "Views are my own."
AGENCY = ["DCFS", "the Department of Children and Family Services", "LA DCFS"]
PROPS = ["Prop 12", "Measure H", "Prop 5", "Measure J"]
DIAGNOSES = ["ADHD", "PTSD", "autism", "depression", "asthma"]
SUBSTANCES = ["meth", "fentanyl", "alcohol", "opioids"]
EMOJI = ["", "", " 🙏", " ❤️", " 😩", " 🎉", " ☕", " 💪"]

CLEAN = [
    "Foster parent info night {day} at {time} at the {town} community center! Come learn how you can open "
    "your home to a child in need. Light snacks provided.",
    "Spent the weekend {hobby} at {place}. Needed that reset before another busy week.{emoji}",
    "Great training today on {topic}. So many ideas to bring back to my practice. {disclaimer}",
    "New research on {topic} is worth a read for anyone in this field. {disclaimer}",
    "Made {food} for dinner and it actually turned out great. Small wins!{emoji}",
    "Happy {day}! Coffee in hand and ready for whatever the week brings.{emoji}",
    "Our county is always looking for resource families. If you've ever thought about fostering, reach out "
    "to the recruitment line to learn more.",
    "Proud to have finished my MSW field placement hours this {month}. Onward!{emoji}",
    "Reminder to everyone in helping professions: take care of yourselves too. Rest is not a luxury.",
    "Finally tried that {food} place downtown everyone keeps talking about. Worth the hype.{emoji}",
    "Reading a great book on {topic} this month. Highly recommend it to colleagues. {disclaimer}",
    "Volunteered at the backpack drive with my church group. {count} backpacks packed for kids in {town}!",
]

VIOLATING = [
    # client identity + case details
    "Visited {first} {last} at the new placement in {town} today. {kid_pronoun} finally smiled at me.{emoji}",
    "Placing {kid} in {town} tonight after mom tested positive for {substance} again. {feeling}.",
    "{first} was diagnosed with {diagnosis} and the foster mom has no idea how to handle it.{emoji}",
    # schedule disclosure
    "Out until {time} again doing an emergency removal. Third late night this week.{emoji}",
    "I'm off every {day} now, so if you need me I'll be at {place} around {time}.",
    "Court at 8:30am, two home visits in {town} after, then paperwork until {time}. {feeling}.",
    # contact pii
    "Call me on my personal cell {phone} if the case gets reassigned, don't use the office line.",
    "New address for the family is {number} {street}, {town}. Drop the donations there.",
    "Email me at {email} and I'll send you the referral paperwork.",
    # inferable identifier
    "So proud of my kiddo who made {team} at {school} in {town}! Placement is finally stable.",
    # agency voice
    "As a {agency} social worker I'm telling you all to vote YES on {prop}. The department supports it!",
    # unprofessional
    "Some of these parents are absolutely clueless. Today's mom screamed at me for an hour.{emoji} {feeling}.",
    "My supervisor is a total idiot who has no business running a unit. Can't wait to quit.",
    # client contact
    "Just friended {first} from my caseload so she can message me here whenever she needs.",
    # conflict of interest
    "If your cousin's case is with our office DM me, I can talk to the judge for you.",
    # missing disclaimer
    "{agency} is doing amazing work on {topic} this year and I think the critics are wrong.",
]


def fill(template: str, rng: random.Random) -> str:
    """A template with every slot filled from the word lists."""
    return template.format(
        first=rng.choice(FIRST_NAMES), last=rng.choice(SURNAMES), town=rng.choice(TOWNS),
        street=rng.choice(STREETS), school=rng.choice(SCHOOLS), team=rng.choice(TEAMS),
        kid=rng.choice(KIDS), time=rng.choice(TIMES), day=rng.choice(DAYS), month=rng.choice(MONTHS),
        food=rng.choice(FOODS), hobby=rng.choice(HOBBIES), place=rng.choice(PLACES),
        topic=rng.choice(TOPICS), feeling=rng.choice(FEELINGS).capitalize(), disclaimer=DISCLAIMER,
        agency=rng.choice(AGENCY), prop=rng.choice(PROPS), diagnosis=rng.choice(DIAGNOSES),
        substance=rng.choice(SUBSTANCES), emoji=rng.choice(EMOJI), kid_pronoun=rng.choice(["He", "She"]),
        count=rng.randrange(40, 400), number=rng.randrange(100, 9999),
        phone=f"({rng.randrange(200, 999)}) 555-{rng.randrange(1000, 9999)}",
        email=f"{rng.choice(FIRST_NAMES).lower()}.{rng.choice(SURNAMES).lower()}{rng.randrange(10, 99)}@gmail.com",
    )


def make_post(index: int, rng: random.Random, violating_share: float) -> dict:
    """One post; a few are two sentences joined, as real drafts often are."""
    pool = VIOLATING if rng.random() < violating_share else CLEAN
    text = fill(rng.choice(pool), rng)
    if rng.random() < 0.2:
        text += " " + fill(rng.choice(CLEAN), rng)
    return {"id": f"b{index:06d}", "created_at": f"2026-{1 + index % 12:02d}-{1 + index % 28:02d}T12:00:00Z",
            "text": text, "images": []}


def write_posts(out: Path, count: int, seed: int = 5, violating_share: float = 0.5) -> None:
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8") as handle:
        for index in range(count):
            handle.write(json.dumps(make_post(index, rng, violating_share), ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="how many posts (default 10,000)")
    parser.add_argument("--out", type=Path, default=Path("bench/out/posts.jsonl"))
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_posts(args.out, args.count, args.seed)
    print(f"wrote {args.count} posts to {args.out}")


if __name__ == "__main__":
    main()
