"""The Presidio analyzer over postcheck's offline engine and recognizer registry."""

from __future__ import annotations

from postcheck.text.nlp import DEFAULT_MODEL, build_nlp_engine, load_pipeline
from postcheck.text.recognizers import build_registry


def build_analyzer(model_name: str = DEFAULT_MODEL):
    """Build Presidio's AnalyzerEngine once: offline pipeline, postcheck's registry."""
    from presidio_analyzer import AnalyzerEngine

    nlp_engine = build_nlp_engine(load_pipeline(model_name))
    return AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=build_registry(),
        supported_languages=["en"],
    )
