"""The review before a CdP export (DESIGN.md §5.2d): every replacement listed; the referent decides.

One `CanvasReview` holds the free texts of a session's canvases (and of the session itself: the nœud in free
text, the four-point feedback), each scrubbed by ONE anonymiser so placeholders agree across the export. The
referent can restore a false positive, mask more (a resource's name too, masked as a place), generalise a
flagged quasi-identifier (its suggested wording: the region, the month), or rewrite a text; any change
withdraws the confirmation, and nothing can be exported before `confirm()`.

A rewritten text is scrubbed again at once (a name typed while rewriting is caught like any other), except
for the words the referent restored on purpose in that field.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.anonymiser import Anonymiser, Replacement
from app.anonymiser.model import MASQUE
from app.cdp.canvas import CanvasSource
from app.errors import ValidationError
from storage.text import fold

SESSION = "session"
RESOURCE_NAME = re.compile(r"resource\.\d+\.name")  # the key of a resource's name in a canvas


class ReviewNotConfirmed(ValidationError):
    def __init__(self) -> None:
        super().__init__("review", "cdp.review_not_confirmed")


@dataclass
class ReviewField:
    """One free text under review; replacement offsets index `source`."""

    key: str  # "<code>/<canvas key>" or "session/<field>"
    label: str
    source: str
    replacements: list[Replacement] = field(default_factory=list)
    # What the anonymiser saw and left in clear on purpose (a street named without a number, a register
    # name that is a common word after an article): shown to the referent, who may mask it.
    left_in_clear: list[Replacement] = field(default_factory=list)


class CanvasReview:
    def __init__(
        self,
        anonymiser: Anonymiser,
        canvases: Iterable[CanvasSource],
        session_texts: dict[str, tuple[str, str]],
    ) -> None:
        """`session_texts`: field name → (label, text) for the session's own free texts."""
        self.anonymiser = anonymiser
        self.canvases = list(canvases)
        self.fields: dict[str, ReviewField] = {}
        self.confirmed = False
        self.automatic = False  # confirmed without a human review (command line, --no-review)
        self.by_file = False  # confirmed by accepting the review file (command line, --accept-review)
        self._restored: set[tuple[str, str]] = set()  # (field, folded original) the referent chose to keep
        for name, (label, text) in session_texts.items():
            self._add(f"{SESSION}/{name}", label, text)
        for canvas in self.canvases:
            for item in canvas.texts:
                self._add(f"{canvas.code}/{item.key}", item.label, item.text)

    # -- reading ----------------------------------------------------------------------------------------
    def text(self, key: str) -> str:
        """The text as it will be exported."""
        entry = self.fields[key]
        return self.anonymiser.render(entry.source, entry.replacements)

    def canvas_text(self, canvas: CanvasSource, item_key: str) -> str:
        return self.text(f"{canvas.code}/{item_key}")

    def session_text(self, name: str) -> str:
        return self.text(f"{SESSION}/{name}")

    def keys_of(self, canvas: CanvasSource | None) -> list[str]:
        prefix = f"{SESSION}/" if canvas is None else f"{canvas.code}/"
        return [key for key in self.fields if key.startswith(prefix)]

    def all_replacements(self) -> list[tuple[str, Replacement]]:
        return [(key, r) for key, entry in self.fields.items() for r in entry.replacements]

    def all_left_in_clear(self) -> list[tuple[str, Replacement]]:
        return [(key, r) for key, entry in self.fields.items() for r in entry.left_in_clear]

    def counts_by_kind(self) -> dict[str, int]:
        return dict(Counter(r.kind for _key, r in self.all_replacements()))

    # -- the referent's decisions ------------------------------------------------------------------------
    def restore(self, key: str, replacement: Replacement) -> None:
        """Keep the original words of one replacement (a false positive); other fields are not touched."""
        entry = self.fields[key]
        self._restored.add((key, fold(replacement.original)))
        entry.replacements = [r for r in entry.replacements if r != replacement]
        self.confirmed = False

    def mask(self, key: str, start: int, end: int) -> Replacement:
        """Mask the words between `start` and `end` of the field's source (overlaps are absorbed)."""
        entry = self.fields[key]
        if not 0 <= start < end <= len(entry.source):
            raise ValidationError("mask", "cdp.select_words")
        if RESOURCE_NAME.fullmatch(key.partition("/")[2]):
            added = self._mask_resource_name(entry.source, start, end)
        else:
            added = self.anonymiser.manual(entry.source, start, end)
        self._restored.discard((key, fold(added.original)))
        kept = [r for r in entry.replacements if r.end <= start or r.start >= end]
        entry.replacements = sorted([*kept, added], key=lambda r: r.start)
        entry.left_in_clear = [r for r in entry.left_in_clear if r.end <= added.start or r.start >= added.end]
        self.confirmed = False
        return added

    def generalise(self, key: str, flagged: Replacement) -> Replacement:
        """Write a flagged quasi-identifier's suggested coarser wording (the region, the month) instead."""
        entry = self.fields[key]
        if not flagged.generalisation or flagged not in entry.left_in_clear:
            raise ValidationError("generalise", "cdp.nothing_to_generalise")
        added = Replacement(
            flagged.start, flagged.end, flagged.original, flagged.generalisation, flagged.kind, "manual",
            "généralisé par le référent", generalisation=flagged.generalisation,
        )  # fmt: skip
        entry.replacements = sorted([*entry.replacements, added], key=lambda r: r.start)
        entry.left_in_clear = [r for r in entry.left_in_clear if r != flagged]
        self.confirmed = False
        return added

    def edit(self, key: str, new_text: str) -> None:
        """Replace a field's text by the referent's rewrite, scrubbed again at once."""
        entry = self.fields[key]
        entry.source = new_text
        entry.replacements, entry.left_in_clear = self._scrub(new_text, key)
        self.confirmed = False

    def confirm(self, *, automatic: bool = False, by_file: bool = False) -> None:
        """The referent has read every text (on the screen, or `by_file` in the review file of the command
        line), or, `automatic`, a script exports without review (`--no-review`)."""
        self.confirmed = True
        self.automatic = automatic
        self.by_file = by_file and not automatic

    @property
    def mode(self) -> str:
        """How the texts were reviewed: "screen", "file" (command line) or "none"; logged, in the bundle."""
        return "none" if self.automatic else "file" if self.by_file else "screen"

    def require_confirmed(self) -> None:
        if not self.confirmed:
            raise ReviewNotConfirmed()

    # -- helpers -----------------------------------------------------------------------------------------
    def _mask_resource_name(self, source: str, start: int, end: int) -> Replacement:
        """A resource's name (a nursing home that is the person's place of life) is masked as [MASQUÉ n],
        never as a person: the canvas must not say that a person was mobilised."""
        selected = source[start:end]
        start += len(selected) - len(selected.lstrip())
        end -= len(selected) - len(selected.rstrip())
        if start >= end:
            raise ValidationError("mask", "cdp.select_words")
        original = source[start:end]
        placeholder = self.anonymiser.placeholder_for(MASQUE, original)
        return Replacement(start, end, original, placeholder, MASQUE, "manual", "masqué à la main")

    def _add(self, key: str, label: str, text: str) -> None:
        self.fields[key] = ReviewField(key, label, text, *self._scrub(text, key))

    def _scrub(self, text: str, key: str) -> tuple[list[Replacement], list[Replacement]]:
        """(replacements, left in clear) of a text; words the referent restored in this field stay."""
        if not text.strip():
            return [], []
        result = self.anonymiser.scrub(text)
        found = [r for r in result.replacements if (key, fold(r.original)) not in self._restored]
        return found, list(result.candidates)
