"""The public value types (Replacement, ScrubResult) and the placeholder kinds."""

from __future__ import annotations

from dataclasses import dataclass, field

# Placeholder kinds (French labels, as they appear in exports: "[PERSONNE 1]").
PERSONNE = "PERSONNE"
TELEPHONE = "TÉLÉPHONE"
EMAIL = "EMAIL"
ADRESSE = "ADRESSE"
CODE_POSTAL = "CODE POSTAL"
NISS = "NISS"
IBAN = "IBAN"
DATE_NAISSANCE = "DATE DE NAISSANCE"
NUMERO = "NUMÉRO"
MASQUE = "MASQUÉ"
# Kinds of the quasi-identifiers flagged for review (round 5), never used for a masked span by the rules.
DATE = "DATE"
LIEU = "LIEU"

KINDS: tuple[str, ...] = (
    PERSONNE,
    TELEPHONE,
    EMAIL,
    ADRESSE,
    CODE_POSTAL,
    NISS,
    IBAN,
    DATE_NAISSANCE,
    NUMERO,
    MASQUE,
    DATE,
    LIEU,
)

REASONS = frozenset({"register", "pattern", "ner", "manual"})


@dataclass(frozen=True)
class Replacement:
    """One masked span of `ScrubResult.source`. `detail` says why, in French, never quoting the original."""

    start: int
    end: int
    original: str
    placeholder: str
    kind: str
    reason: str
    detail: str
    ambiguous: bool = False
    # A coarser wording the referent may write instead (a quasi-identifier flagged for review: the region
    # for a commune, the month for a date); "" when there is none.
    generalisation: str = ""

    def __repr__(self) -> str:  # never print the original (logs, tracebacks)
        return (
            f"Replacement({self.start}, {self.end}, {self.placeholder!r}, kind={self.kind!r}, "
            f"reason={self.reason!r}, ambiguous={self.ambiguous})"
        )


@dataclass(frozen=True)
class ScrubResult:
    source: str = field(repr=False)
    text: str = field(repr=False)
    replacements: tuple[Replacement, ...] = ()
    # Possible identifiers deliberately left in clear (a register name used as a common word, e.g.
    # "une robe rose"): the review screen may offer them for masking.
    candidates: tuple[Replacement, ...] = ()

    @property
    def ambiguous(self) -> tuple[Replacement, ...]:
        return tuple(r for r in self.replacements if r.ambiguous)


@dataclass(frozen=True)
class Hit:
    """A detection before merging and numbering. `key` makes placeholders consistent (same key, same
    placeholder); `priority` breaks ties between overlapping detections (register > pattern > ner)."""

    start: int
    end: int
    kind: str
    reason: str
    detail: str
    key: str
    ambiguous: bool = False
    priority: int = 0
    generalisation: str = ""

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.kind!r}, {self.reason!r})"
