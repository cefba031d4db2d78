"""A post whose screening stalls becomes an error naming the time limit; its batch is screened."""

from __future__ import annotations

import time

import pytest

from postcheck.config import load_config
from postcheck.model import Post, Verdict
from postcheck.screener import Screener
from postcheck.settings import Settings
from postcheck.time_limit import TimeLimitExceeded, time_limit


def test_the_block_is_interrupted_when_its_time_is_up():
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.05) as enforced:
            assert enforced
            time.sleep(5)


def test_a_stalled_post_is_an_error_naming_the_limit_and_the_others_are_screened(monkeypatch, rulebook):
    learned = [r.id for r in rulebook.rules if r.reads_model]
    screener = Screener(Settings(max_seconds=0.5, disable=learned))
    analyze = screener._analyze_texts

    def stalls_on_one_post(texts):
        if any("STALL" in t for t in texts):
            time.sleep(30)
        return analyze(texts)

    monkeypatch.setattr(screener, "_analyze_texts", stalls_on_one_post)
    posts = [Post(id="a", text="Call the mom at 310-555-0199 tonight"), Post(id="b", text="STALL here"),
             Post(id="c", text="Lovely walk with the dog.")]
    reports = {r.post.id: r for r in screener.screen_many(posts)}

    assert reports["a"].verdict is Verdict.BLOCK and reports["c"].verdict is Verdict.PASS
    assert reports["b"].verdict is Verdict.ERROR
    assert "longer than the limit of 0.5 s (--max-seconds" in reports["b"].errors[0].message


def test_the_limit_comes_from_the_config_or_the_flag(tmp_path):
    config = tmp_path / ".postcheck.toml"
    config.write_text("max_seconds = 5\n", encoding="utf-8")
    assert load_config(config, {}).settings.max_seconds == 5.0
    assert load_config(config, {"max_seconds": (2.5, "--max-seconds")}).settings.max_seconds == 2.5
    config.write_text("max_seconds = -1\n", encoding="utf-8")
    with pytest.raises(Exception, match="max_seconds"):
        load_config(config, {})
