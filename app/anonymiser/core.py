"""The Anonymiser: one export's detectors (`pipeline.DETECTORS`), merging, names learnt along the export
and consistent placeholders."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from datetime import date

from app.anonymiser import ner
from app.anonymiser.denylist import DenyList
from app.anonymiser.folding import Folded, normalise_key
from app.anonymiser.keep import TermIndex, organisation_spans
from app.anonymiser.lexicon import default_keep_terms
from app.anonymiser.merging import merge
from app.anonymiser.model import (
    EMAIL,
    IBAN,
    KINDS,
    MASQUE,
    NISS,
    NUMERO,
    PERSONNE,
    TELEPHONE,
    Hit,
    Replacement,
    ScrubResult,
)
from app.anonymiser.near_names import NearNames
from app.anonymiser.organisations import OrganisationNames
from app.anonymiser.patterns import phone_key
from app.anonymiser.pipeline import Page, detect, lowercase_text
from app.anonymiser.places import eponym_spans
from app.anonymiser.propagation import PROPAGATED, LearntNames

__all__ = ["PROPAGATED", "Anonymiser"]

_NAME_LIKE = re.compile(r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,4}")


class Anonymiser:
    """Scrubs free text for one export: placeholders stay consistent across every `scrub` call of the
    instance. Thread-safe; the NER model is shared by all instances and loaded on first use."""

    def __init__(
        self,
        deny: DenyList | None = None,
        keep: Iterable[str] = (),
        use_ner: bool = True,
        today: date | None = None,
        near_names: NearNames | None = None,
    ) -> None:
        """`near_names`: the deny list's misspelt-name index when the caller keeps one (app.cdp.identifiers);
        built on first use otherwise."""
        self._deny = deny if deny is not None else DenyList()
        self._keep = TermIndex([*default_keep_terms(), *keep])
        self._keep_keys = frozenset(self._keep.keys)
        self._use_ner = use_ner
        self._today = today
        self._lock = threading.RLock()
        self._placeholders: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._aliases: dict[tuple[str, str], str] = {}  # (kind, folded original) → consistency key
        # Name tokens found outside the register (NER, announced names, given names) → consistency key of
        # the full name: later occurrences are masked with the same placeholder (in every later scrub).
        self._learnt = LearntNames(self._deny, self._keep_keys)
        self._near_names = near_names  # built on first use when None (a large register: ~0.1 s)
        self._organisations = OrganisationNames()  # organisation names met along the export

    # -- public API ------------------------------------------------------------------------------------
    @property
    def ner_available(self) -> bool:
        """False when use_ner is off or spaCy/the model is missing (loads the model on first call)."""
        return self._use_ner and ner.available()

    def scrub(self, text: str) -> ScrubResult:
        if not text:
            return ScrubResult(text or "", text or "", ())
        page = self._page(text)
        found = detect(page)
        merged = merge(found.hits)
        with self._lock:
            merged = self._learnt.propagate(text, merged, page.keep_spans, page.lowercase)
            replacements = tuple(self._to_replacement(text, hit) for hit in merged)
        masked_spans = [(r.start, r.end) for r in replacements]
        kept = tuple(
            Replacement(
                h.start, h.end, text[h.start : h.end], "", h.kind, h.reason, h.detail, True, h.generalisation
            )
            for h in {
                (h.start, h.end): h for h in found.candidates
            }.values()  # one per span (FR and NL rules)
            if not any(h.start < end and start < h.end for start, end in masked_spans)
        )
        return ScrubResult(text, self.render(text, replacements), replacements, kept)

    def render(self, source: str, replacements: Sequence[Replacement]) -> str:
        """The source with the given replacements applied (overlaps: earliest, then longest, wins)."""
        parts: list[str] = []
        cursor = 0
        for replacement in sorted(replacements, key=lambda r: (r.start, -(r.end - r.start))):
            if (
                replacement.start < cursor
                or replacement.end > len(source)
                or replacement.start >= replacement.end
            ):
                continue
            parts.append(source[cursor : replacement.start])
            parts.append(replacement.placeholder)
            cursor = replacement.end
        parts.append(source[cursor:])
        return "".join(parts)

    def manual(self, source: str, start: int, end: int) -> Replacement:
        """A replacement chosen by the referent ("mask more"): a person's placeholder when the span is a
        known name or looks like one, otherwise [MASQUÉ n]."""
        if not (0 <= start < end <= len(source)):
            raise ValueError("La sélection est hors du texte.")
        original = source[start:end]
        stripped = original.strip()
        offset = original.find(stripped) if stripped else 0
        start, end = start + offset, start + offset + len(stripped)
        folded = normalise_key(stripped)
        with self._lock:
            kind = next((k for k in KINDS if (k, folded) in self._aliases), None)
            if kind is None:
                words = stripped.split()
                looks_like_name = bool(_NAME_LIKE.fullmatch(stripped)) and all(w[:1].isupper() for w in words)
                kind = PERSONNE if looks_like_name else MASQUE
            placeholder = self.placeholder_for(kind, stripped)
        return Replacement(start, end, source[start:end], placeholder, kind, "manual", "masqué à la main")

    def placeholder_for(self, kind: str, original: str) -> str:
        """The placeholder of `original` in this export ("[PERSONNE 2]"), numbered on first sight."""
        with self._lock:
            key = self._aliases.get((kind, normalise_key(original))) or _default_key(kind, original)
            return self._placeholder(kind, key, original)

    # -- internals -------------------------------------------------------------------------------------
    def _page(self, text: str) -> Page:
        folded = Folded.of(text)
        organisations = self._organisations.spans(text)
        directory_spans = self._keep.spans(folded) + organisations.whole
        keep_spans = directory_spans + eponym_spans(text) + organisation_spans(text) + organisations.names
        return Page(
            text,
            folded,
            lowercase_text(text),
            self._deny,
            self._near(),
            self._keep_keys,
            directory_spans,
            keep_spans,
            self._today,
            self._use_ner,
        )

    def _placeholder(self, kind: str, key: str, original: str) -> str:
        self._aliases.setdefault((kind, normalise_key(original)), key)
        placeholder = self._placeholders.get((kind, key))
        if placeholder is None:
            number = self._counters.get(kind, 0) + 1
            self._counters[kind] = number
            placeholder = self._placeholders[(kind, key)] = f"[{kind} {number}]"
        return placeholder

    def _to_replacement(self, text: str, hit: Hit) -> Replacement:
        original = text[hit.start : hit.end]
        placeholder = self._placeholder(hit.kind, hit.key, original)
        return Replacement(
            hit.start, hit.end, original, placeholder, hit.kind, hit.reason, hit.detail, hit.ambiguous
        )

    def _near(self) -> NearNames:
        with self._lock:
            if self._near_names is None:
                self._near_names = NearNames(self._deny.name_words())
            return self._near_names


def _default_key(kind: str, original: str) -> str:
    if kind == TELEPHONE:
        return phone_key(original)
    if kind == EMAIL:
        return "email:" + original.strip().casefold()
    if kind in (NISS, NUMERO):
        return ("niss:" if kind == NISS else "num:") + re.sub(r"\D", "", original)
    if kind == IBAN:
        return "iban:" + re.sub(r"\s", "", original).upper()
    if kind == PERSONNE:
        return "nom:" + normalise_key(original)
    return kind.lower() + ":" + normalise_key(original)
