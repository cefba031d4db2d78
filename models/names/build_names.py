"""Build models/names/names.tsv, the name gazetteer, at development time.

Run once when updating the asset (not at run time; postcheck never imports Faker):

    pip download --no-deps -d /tmp/faker faker==40.54.0 && unzip -q /tmp/faker/*.whl -d /tmp/faker/src
    apt-get install wamerican        # /usr/share/dict/american-english (SCOWL)
    python models/names/build_names.py /tmp/faker/src /usr/share/dict/american-english

Output: one lowercase name per line, then two tab-separated flags (1 or 0): the name is
also a common lowercase English word in the SCOWL list ("will", "grace", "hope"); the
name is a given name in some locale (0 means surname only: "london", "forbes").
Only names written in Latin script are kept (drafts are English social posts), and
country names are left out ("France" and "Chad" are in some locales' name lists).
Then update models/MANIFEST.json (version, sha256).
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

LATIN_NAME = re.compile(r"^[a-zà-öø-ÿā-ɏḁ-ỿ]+(?:['’-][a-zà-öø-ÿā-ɏḁ-ỿ]+)*$")
GIVEN_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female")


def faker_names(faker_src: Path, attributes: tuple[str, ...]) -> set[str]:
    """Every Latin-script name under `attributes` in Faker's person providers, lowercased."""
    sys.path.insert(0, str(faker_src))
    providers = faker_src / "faker" / "providers" / "person"
    names: set[str] = set()
    for locale_dir in sorted(p for p in providers.iterdir() if p.is_dir() and not p.name.startswith("_")):
        provider = importlib.import_module(f"faker.providers.person.{locale_dir.name}").Provider
        for attribute in attributes:
            values = getattr(provider, attribute, ())
            if not isinstance(values, (list, tuple, dict)):  # a few locales compute these
                continue
            for name in values:
                name = unicodedata.normalize("NFC", name).strip().lower()
                if len(name) >= 2 and LATIN_NAME.match(name):
                    names.add(name)
    return names


def country_names(faker_src: Path) -> set[str]:
    """Country names from Faker's en_US address provider: "France" is no one's name in a post."""
    provider = importlib.import_module("faker.providers.address.en_US").Provider
    return {unicodedata.normalize("NFC", c).lower() for c in provider.countries}


def common_words(dictionary: Path) -> set[str]:
    """Lowercase entries of a spelling dictionary: words a name may be mistaken for."""
    words = dictionary.read_text(encoding="utf-8").split()
    return {w for w in words if w.islower() and "'" not in w}


def main() -> int:
    faker_src, dictionary = Path(sys.argv[1]), Path(sys.argv[2])
    given = faker_names(faker_src, GIVEN_NAME_ATTRIBUTES)
    names = (given | faker_names(faker_src, SURNAME_ATTRIBUTES)) - country_names(faker_src)
    common = common_words(dictionary)
    out = Path(__file__).with_name("names.tsv")
    out.write_text("".join(f"{n}\t{int(n in common)}\t{int(n in given)}\n" for n in sorted(names)),
                   encoding="utf-8")
    print(f"{len(names)} names, {sum(n in given for n in names)} given names, "
          f"{sum(n in common for n in names)} also common words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
