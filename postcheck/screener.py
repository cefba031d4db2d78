"""The Screener: builds every detector once per process and screens posts into Reports.

    text:   spaCy pipe -> Presidio recognizers (PII) + watchlist + spelled-out names ─┐
            learned layer (sentence encoder + per-category classifiers) ───────────────┴-> policy rules -> findings
    images: faces, obscured faces, EXIF, OCR -> image facts (+ OCR text joins the text path)

`check`, `scan` and `evaluate` are thin faces of `screen` / `screen_many`.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator

from postcheck.errors import DetectorUnavailable, InputError
from postcheck.time_limit import TimeLimitExceeded, time_limit
from postcheck.model import ErrorKind, Finding, Post, Report, ScreenError, Unreadable, unreadable_report
from postcheck.rulebook import load_rulebook
from postcheck.settings import Settings
from postcheck.text.chunks import chunk_spans
from postcheck.text.cleaning import CleanText, clean
from postcheck.text.matching import EntityResult, ImageFact, TextContext
from postcheck.text.rules import RuleEngine
from postcheck.text.spelled_names import spelled_out_names
from postcheck.text.watchlist import ENTITY as WATCHLIST_ENTITY, open_watchlist

if TYPE_CHECKING:
    from postcheck.learned.classifier import ModelReading

log = logging.getLogger("postcheck")

OCR_SEPARATOR = "\n\n"


class Screener:
    """One per process: the NLP engine, analyzer, rules and image detectors are built once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.rulebook = load_rulebook()
        self.rules = RuleEngine(
            self.rulebook,
            self.settings.policy,
            employer_names=self.settings.employer_names,
            disclaimers=[self.settings.disclaimer] if self.settings.disclaimer else [],
            allow=self.settings.allow,
            disabled_rules=self.settings.disable,
            enabled_rules=self.settings.enable,
            severity_overrides=self.settings.severity,
        )
        self.watchlist = open_watchlist(self.settings.watchlist, self.settings.watchlist_key)
        self._analyzer = None
        self._learned = None
        self._images = None
        # The learned layer loads on a thread while spaCy loads. Imports hold the GIL, so on a
        # thread they would only slow spaCy down: they run here. What is left, hashing the
        # model files and building the ONNX session, mostly releases it and overlaps.
        self._learned_loading = None
        if self.rules.uses_model:
            from postcheck.learned.classifier import import_runtime

            import_runtime()
            self._learned_loading = _Loading(_load_learned_model)

    # Detectors are built on first use, so `postcheck rules` or a usage error never pays for them.
    @property
    def analyzer(self):
        if self._analyzer is None:
            from postcheck.text.pii import build_analyzer

            try:
                self._analyzer = build_analyzer(self.settings.model)
            except DetectorUnavailable:
                raise
            except Exception as exc:
                raise DetectorUnavailable(f"PII analyzer failed to build: {type(exc).__name__}") from exc
        return self._analyzer

    @property
    def learned(self):
        if self._learned is None:
            self._learned = (self._learned_loading or _Loading(_load_learned_model)).result()
        return self._learned

    @property
    def images(self):
        if self._images is None:
            from postcheck.images import ImageScreener

            self._images = ImageScreener(ocr=self.settings.ocr)
        return self._images

    def warm_up(self) -> None:
        """Build the text detectors now, so that loading them is not charged to the first post's
        time limit (fails closed with DetectorUnavailable)."""
        _ = self.analyzer
        if self.rules.uses_model:
            _ = self.learned.encoder

    def screen(self, post: Post) -> Report:
        return next(self.screen_many([post]))

    def screen_many(self, posts: Iterable[Post | Unreadable], batch_size: int = 64) -> Iterator[Report]:
        """Screen posts lazily, in batches through spaCy's `nlp.pipe`, in input order."""
        iterator = iter(posts)
        while batch := list(islice(iterator, batch_size)):
            yield from self._screen_batch(batch)

    def _screen_batch(self, batch: list[Post | Unreadable]) -> list[Report]:
        reports: list[Report] = []
        pending: list[_PendingText] = []
        limit = self.settings.max_chars
        for item in batch:
            if isinstance(item, Unreadable):
                reports.append(unreadable_report(item))
                continue
            report = Report(post=item)
            reports.append(report)
            if len(item.text) > limit:
                report.errors.append(ScreenError(ErrorKind.INPUT, "text", (
                    f"the post is {len(item.text):,} characters, over the limit of {limit:,} "
                    f"(--max-chars, or max_chars in the config)")))
                continue
            pending.append(self._screen_images(report))
        self._screen_texts(pending, [clean(p.text) for p in pending])
        return reports

    def _screen_texts(self, pending: list[_PendingText], cleaned: list[CleanText]) -> None:
        """The text stage for a batch. If it fails or runs past the time limit, each post is
        tried alone, so one post that breaks or stalls a detector is that post's error, not
        its batch's."""
        if not pending:
            return
        limit = self.settings.max_seconds
        try:
            self.warm_up()
            with time_limit(limit * len(pending)):
                analyzed = self._analyze_texts([c.text for c in cleaned])
                readings, model_seconds = self._model_readings([c.text for c in cleaned])
        except (DetectorUnavailable, TimeLimitExceeded) as exc:
            if len(pending) > 1:
                for one, one_cleaned in zip(pending, cleaned):
                    self._screen_texts([one], [one_cleaned])
                return
            pending[0].report.errors.append(ScreenError(ErrorKind.DETECTOR, "text", str(exc))
                                            if isinstance(exc, DetectorUnavailable) else _over_time(limit, "text"))
            return
        for p, cleaned_text, (entities, nlp_seconds), reading in zip(pending, cleaned, analyzed, readings):
            started = time.perf_counter()
            try:
                with time_limit(limit):
                    findings = self._rule_findings(cleaned_text, entities, p.facts, p.text, reading)
            except TimeLimitExceeded:
                p.report.errors.append(_over_time(limit, "rules"))
                continue
            p.report.findings.extend(p.attach_ocr_findings(findings))
            p.report.timings["text"] = nlp_seconds
            if self.rules.uses_model:
                p.report.timings["model"] = model_seconds
            p.report.timings["rules"] = time.perf_counter() - started

    def findings_for_text(self, text: str, facts: Iterable[ImageFact] = ()) -> list[Finding]:
        """The rule findings for a text, with image observations given directly (rule examples use this)."""
        cleaned = clean(text)
        ((entities, _),) = self._analyze_texts([cleaned.text])
        (reading,), _ = self._model_readings([cleaned.text])
        return self._rule_findings(cleaned, entities, list(facts), text, reading)

    def _rule_findings(self, cleaned: CleanText, entities: list[EntityResult], facts: list[ImageFact],
                       original: str, reading: ModelReading | None) -> list[Finding]:
        """Rules run on the cleaned text; their spans and quotes are mapped back to the draft."""
        entities = entities + spelled_out_names(cleaned, entities)
        context = TextContext(text=cleaned.text, entities=entities, images=facts,
                              model_signals=reading.signals if reading else [],
                              model_clears=reading.cleared if reading else frozenset())
        findings = self.rules.findings(context)
        for finding in findings:
            if finding.start is not None:
                finding.start, finding.end = cleaned.span(finding.start, finding.end)
                finding.quote = original[finding.start:finding.end]
        return findings

    def _analyze_texts(self, texts: list[str]) -> list[tuple[list[EntityResult], float]]:
        """spaCy over the batch, then Presidio's recognizers on each doc's artifacts. A long draft
        goes through spaCy in bounded chunks (postcheck.text.chunks), its entities put back in place."""
        analyzer = self.analyzer
        engine = analyzer.nlp_engine
        nlp = engine.get_nlp("en")
        started = time.perf_counter()
        pieces = [(index, start, end) for index, text in enumerate(texts) for start, end in chunk_spans(text)]
        results: list[list[EntityResult]] = [[] for _ in texts]
        try:
            chunks = [texts[index][start:end] for index, start, end in pieces]
            for (index, start, _), chunk, doc in zip(pieces, chunks, nlp.pipe(chunks, batch_size=max(len(chunks), 1))):
                # Presidio's own batch path converts docs the same way (process_batch).
                artifacts = engine._doc_to_nlp_artifact(doc, "en")
                presidio = analyzer.analyze(text=chunk, language="en", nlp_artifacts=artifacts)
                results[index] += [EntityResult(r.entity_type, r.start + start, r.end + start, r.score)
                                   for r in presidio]
            if self.watchlist is not None:
                for text, entities in zip(texts, results):
                    entities += [EntityResult(WATCHLIST_ENTITY, s, e, 1.0) for s, e in self.watchlist.find(text)]
        except Exception as exc:  # fail closed: a crashed detector is an error, never a pass
            log.error("text detectors failed: %s", type(exc).__name__)
            raise DetectorUnavailable(f"text detectors failed: {type(exc).__name__}") from exc
        share = (time.perf_counter() - started) / max(len(texts), 1)
        return [(entities, share) for entities in results]

    def _model_readings(self, texts: list[str]) -> tuple[list[ModelReading | None], float]:
        """The learned layer over the batch (only when a chosen rule reads it), and its time per post."""
        if not self.rules.uses_model:
            return [None] * len(texts), 0.0
        started = time.perf_counter()
        try:
            readings = self.learned.read(texts)
        except DetectorUnavailable:
            raise
        except Exception as exc:  # fail closed: a crashed model is an error, never a pass
            log.error("learned layer failed: %s", type(exc).__name__)
            raise DetectorUnavailable(f"learned layer failed: {type(exc).__name__}") from exc
        return readings, (time.perf_counter() - started) / max(len(texts), 1)

    def _screen_images(self, report: Report) -> "_PendingText":
        """Run the image detectors; OCR text joins the post's text for the rules."""
        pending = _PendingText(report, report.post.text)
        if not report.post.images:
            return pending
        started = time.perf_counter()
        for path in report.post.images:
            name = str(path)
            try:
                analysis = self.images.analyze(path)
            except InputError as exc:
                report.errors.append(ScreenError(ErrorKind.INPUT, "images", str(exc), image=name))
                continue
            except Exception as exc:  # DetectorUnavailable or a crash: fail closed
                report.errors.append(ScreenError(ErrorKind.DETECTOR, "images", _describe(exc), image=name))
                continue
            report.images.append(analysis.summary)
            pending.facts.extend(analysis.observations)
            if analysis.summary.ocr_text.strip():
                pending.add_ocr_text(name, analysis.summary.ocr_text)
        report.timings["images"] = time.perf_counter() - started
        return pending


def _over_time(limit: float, stage: str) -> ScreenError:
    return ScreenError(ErrorKind.INPUT, stage, f"screening the post took longer than the limit of {limit:g} s "
                                               "(--max-seconds, or max_seconds in the config)")


@dataclass
class _PendingText:
    """A post between its image stage and its text stage: the text to analyse is the draft
    followed by any text read from its photos, so photo text counts as if it were posted."""

    report: Report
    text: str
    facts: list[ImageFact] = field(default_factory=list)
    ocr_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, image)

    def add_ocr_text(self, image: str, ocr_text: str) -> None:
        self.text += OCR_SEPARATOR
        self.ocr_spans.append((len(self.text), len(self.text) + len(ocr_text), image))
        self.text += ocr_text

    def attach_ocr_findings(self, findings: list[Finding]) -> list[Finding]:
        """Findings in photo text point at the photo (quote kept), not at a span of the draft."""
        draft_end = len(self.report.post.text)
        for finding in findings:
            if finding.start is None or finding.end <= draft_end:
                continue
            image = next((img for s, e, img in self.ocr_spans if s <= finding.start < e), None)
            if image is None:  # a span that starts in the draft and runs into photo text
                finding.end = draft_end
                finding.quote = finding.quote[: draft_end - finding.start]
                continue
            finding.image, finding.detector = image, "ocr+rules"
            finding.start = finding.end = None
        return findings


class _Loading:
    """Runs `build` on a thread at once; `result()` waits for it and re-raises what it raised."""

    def __init__(self, build) -> None:
        self._value = self._error = None
        self._thread = threading.Thread(target=self._run, args=(build,), name="postcheck-load", daemon=True)
        self._thread.start()

    def _run(self, build) -> None:
        try:
            self._value = build()
        except BaseException as exc:  # handed to the caller of result(), never lost
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _load_learned_model():
    from postcheck.learned.classifier import LearnedModel  # imported in Screener.__init__

    model = LearnedModel()
    _ = model.encoder  # the ONNX session: the slow part
    return model


def _describe(exc: Exception) -> str:
    return str(exc) if isinstance(exc, DetectorUnavailable) else f"image detector failed: {type(exc).__name__}"
