"""Anonymisation of free text for exports (DESIGN §5): register deny list, validated patterns, named
entities as a safety net, keep list of organisations, typed placeholders consistent within one export.

Pure Python, no Qt. See docs/anonymisation.md.
"""

from importlib import import_module

# Where each public name lives, imported on first use (PEP 562): the NER child process imports
# app.anonymiser.ner_process, and with it this package, without loading the whole anonymiser (0.13 s).
_EXPORTS = {
    "Anonymiser": "app.anonymiser.core",
    "DenyList": "app.anonymiser.denylist",
    "age_band": "app.anonymiser.labels",
    "month_label": "app.anonymiser.labels",
    "KINDS": "app.anonymiser.model",
    "Replacement": "app.anonymiser.model",
    "ScrubResult": "app.anonymiser.model",
}

__all__ = [
    "KINDS",
    "Anonymiser",
    "DenyList",
    "Replacement",
    "ScrubResult",
    "age_band",
    "month_label",
    "preload_ner",
]


def __getattr__(name: str):
    if name == "preload_ner":
        return import_module("app.anonymiser.ner").preload
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value  # found directly next time
        return value
    raise AttributeError(name)
