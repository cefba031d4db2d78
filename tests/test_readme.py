"""The docs stay true: the rulebook page's rule table is generated from the rulebook, and every
relative link in the README and docs/ leads to a file (and heading) that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from postcheck.cli import app

REPO = Path(__file__).resolve().parent.parent
RULEBOOK_DOC = REPO / "docs" / "rulebook.md"
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]

# [text](target) outside code; the target has no spaces and is not a URL or a mail address.
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", flags=re.M | re.S)
CODE = re.compile(r"`[^`\n]*`")


def test_rulebook_doc_rule_table_matches_the_rulebook():
    generated = CliRunner().invoke(app, ["rules", "--markdown"]).stdout.strip()
    page = RULEBOOK_DOC.read_text(encoding="utf-8")
    assert generated in page, "docs/rulebook.md rule table is stale: regenerate it with `postcheck rules --markdown`"


def relative_links(doc: Path) -> list[str]:
    text = CODE.sub("", FENCE.sub("", doc.read_text(encoding="utf-8")))
    return [t for t in LINK.findall(text) if not re.match(r"[a-z][a-z0-9+.-]*:", t, flags=re.I)]


def anchors(doc: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    text = FENCE.sub("", doc.read_text(encoding="utf-8"))
    slugs = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *#*$", text, flags=re.M):
        plain = re.sub(r"[`*_]|\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
        slugs.add(re.sub(r"[^\w\- ]", "", plain).replace(" ", "-"))
    return slugs


@pytest.mark.parametrize("doc", DOCS, ids=[str(d.relative_to(REPO)) for d in DOCS])
def test_every_relative_link_resolves(doc):
    broken = []
    for target in relative_links(doc):
        path, _, anchor = target.partition("#")
        file = (doc.parent / path).resolve() if path else doc
        if not file.exists():
            broken.append(f"{target}: no such file")
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            broken.append(f"{target}: no heading #{anchor} in {file.relative_to(REPO)}")
    assert not broken, f"{doc.relative_to(REPO)}: " + "; ".join(broken)
