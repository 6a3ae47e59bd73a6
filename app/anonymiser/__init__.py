"""Anonymisation of free text for exports (DESIGN §5): register deny list, validated patterns, named
entities as a safety net, keep list of organisations, typed placeholders consistent within one export.

Pure Python, no Qt. See docs/anonymisation.md.
"""

from app.anonymiser.core import Anonymiser
from app.anonymiser.denylist import DenyList
from app.anonymiser.labels import age_band, month_label
from app.anonymiser.model import KINDS, Replacement, ScrubResult
from app.anonymiser.ner import preload as preload_ner

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
