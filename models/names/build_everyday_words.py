"""Build models/names/everyday_words.txt at development time.

Run once when updating the asset (not at run time), after names.tsv:

    apt-get install wamerican wbritish   # SCOWL's /usr/share/dict/{american,british}-english
    python models/names/build_everyday_words.py /usr/share/dict/american-english /usr/share/dict/british-english

Output: one word a line, the lowercase entries of the dictionaries (two letters or more, no
apostrophes) that are not a name in names.tsv. spaCy's small model tags words like "lesson",
"Feet" or "Turkey Trot" as people; a span made only of these words names no one
(spacy_entities.is_a_name). Listed names are left out so that "Grace", "Will" or the surname
"Foster" still count.
Then update models/MANIFEST.json (version, sha256).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent


def listed_names(names_tsv: Path) -> set[str]:
    """Every name in names.tsv, given name or surname (its first column)."""
    return {line.split("\t")[0] for line in names_tsv.read_text(encoding="utf-8").splitlines()}


def everyday_words(dictionaries: list[Path], names: set[str]) -> list[str]:
    """Lowercase dictionary entries of two letters or more, less the listed names, sorted."""
    words: set[str] = set()
    for dictionary in dictionaries:
        words |= {w for w in dictionary.read_text(encoding="utf-8").split()
                  if w.islower() and w.isalpha() and len(w) >= 2}
    return sorted(words - names)


def main() -> int:
    words = everyday_words([Path(p) for p in sys.argv[1:]], listed_names(HERE / "names.tsv"))
    out = HERE / "everyday_words.txt"
    out.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} everyday words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
