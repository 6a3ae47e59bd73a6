"""The review of a CdP export as a text file, for `relais export canvas` (the command line has no screen).

A first run writes every replacement and every flag of the review to a file the referent reads; the export
then happens only with that file accepted (`--accept-review FILE`): the file's content hash must be the hash
of the review of the register as it is now, so a text changed since the review (or a file edited by hand)
is refused. The file necessarily shows the original items (a name, a phone, a commune) so that the referent
can judge each one — never more of the original text than the item itself; it is written owner-only
(app.exports.files.open_output) and the command says it must be deleted after use.

Nothing time-dependent is written in it, so the same register gives the same file (and the same hash).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.anonymiser import Replacement
from app.cdp.review import CanvasReview
from app.errors import ValidationError
from app.exports.files import open_output

HEADER = (
    "RELAIS — RELECTURE DE L'ANONYMISATION (export de canevas de CdP)",
    "Ce fichier contient des données personnelles (les éléments masqués, en clair) : ne le partagez pas,",
    "supprimez-le après l'export.",
    "Pour exporter : relancez la même commande avec --accept-review CE_FICHIER (sans le modifier).",
)
# The suffix beside --out when no --review-out is given: seance.pdf → seance.review.txt
REVIEW_SUFFIX = ".review.txt"


class ReviewFileError(ValidationError):
    """The review file cannot be accepted; the code says why (missing, changed since the review)."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__("review", code, **params)


def default_review_path(out: Path) -> Path:
    out = Path(out)
    return out.with_name(out.stem + REVIEW_SUFFIX)


def review_text(review: CanvasReview) -> str:
    """Every field with its exported text, every replacement and every flag left in clear."""
    lines = [*HEADER, "", f"Modèle de reconnaissance des noms : {_yes_no(review.anonymiser.ner_available)}"]
    for key, entry in review.fields.items():
        if not entry.source.strip():
            continue
        lines += ["", f"== {key} — {entry.label}", "Texte exporté :", *_indented(review.text(key))]
        lines += [_replacement_line(r) for r in entry.replacements]
        lines += [_flag_line(r) for r in entry.left_in_clear]
        if not entry.replacements and not entry.left_in_clear:
            lines.append("  (rien de masqué, rien à vérifier)")
    return "\n".join(lines) + "\n"


def review_digest(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def write_review(review: CanvasReview, path: Path) -> None:
    """Write the review owner-only (0600), atomically."""
    with open_output(Path(path)) as output:
        output.write(review_text(review).encode("utf-8"))


def check_accepted(review: CanvasReview, path: Path) -> None:
    """Raise ReviewFileError unless `path` holds exactly the review of the register as it is now."""
    path = Path(path)
    try:
        accepted = path.read_bytes()
    except FileNotFoundError:
        raise ReviewFileError("cdp.review_file_missing", file=path.name) from None
    except OSError:
        raise ReviewFileError("cdp.review_file_unreadable", file=path.name) from None
    if review_digest(accepted) != review_digest(review_text(review)):
        raise ReviewFileError("cdp.review_changed", file=path.name)


def _replacement_line(r: Replacement) -> str:
    return f"  - {r.placeholder} ({r.kind}) ← « {r.original} » : {r.detail}{_check(r)}{_general(r)}"


def _flag_line(r: Replacement) -> str:
    return f"  ? laissé en clair ({r.kind}) « {r.original} » : {r.detail}{_check(r)}{_general(r)}"


def _check(r: Replacement) -> str:
    return " [à vérifier]" if r.ambiguous else ""


def _general(r: Replacement) -> str:
    return f" — généralisation proposée : « {r.generalisation} »" if r.generalisation else ""


def _indented(text: str) -> list[str]:
    return [f"    {line}" for line in text.splitlines()] or ["    "]


def _yes_no(value: bool) -> str:
    return "oui" if value else "non"
