"""What stays in clear: keep terms (the referent's directory, the default keep list, the vocabularies),
institutions named after a person, eponymous diseases; and how detections are cut around them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.anonymiser.folding import Folded, fold_text, normalise_key, tokens_of
from app.anonymiser.lexicon import PARTICLES, is_common_word
from app.anonymiser.model import PERSONNE, Hit

_TERM_GAP = re.compile(r"[\s.'\-,’&]{1,3}")

# An institution named after a person: "Haute École Léonard de Vinci", "Institut Jules Bordet", "Clinique
# Édith Cavell", "Fondation Roi Baudouin", "Athénée Adolphe Max". The name after the institution word is
# part of an organisation name: kept (a register name inside still wins, as for every keep term).
_ORGANISATION = re.compile(
    r"(?<![\w-])(?:Haute[ -][EÉ]cole|[EÉ]cole|Institut|Clinique|Fondation|Universit[eé]|Athénée|Lycée|"
    r"Coll[eè]ge|Hôpital|H[oô]pitaux|CHU|CHR|Centre hospitalier|Ziekenhuis|Stichting|Campus|Prix|Fonds)"
    r"[ \t]+((?:[A-ZÀ-Ý][\w'’\-]*|de|du|des|la|le|van|der|den)(?:[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*|de|du|des|la|"
    r"le|van|der|den)){0,3})"
)


class TermIndex:
    """Token-sequence matching of keep terms (organisations and resources)."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self.keys: set[str] = set()
        for term in terms:
            tokens = tokens_of(term)
            if not tokens:
                continue
            self.keys.add(" ".join(tokens))
            self._by_first.setdefault(tokens[0], []).append(tokens)
        for sequences in self._by_first.values():
            sequences.sort(key=len, reverse=True)

    def spans(self, folded: Folded) -> list[tuple[int, int]]:
        tokens = folded.tokens()
        found: list[tuple[int, int]] = []
        index = 0
        while index < len(tokens):
            matched = self._longest_at(folded, tokens, index)
            if matched:
                found.append(folded.span(tokens[index][1], tokens[index + matched - 1][2]))
                index += matched
            else:
                index += 1
        return found

    def _longest_at(self, folded: Folded, tokens, index: int) -> int:
        """The number of tokens of the longest keep term starting at tokens[index] (0: none)."""
        for sequence in self._by_first.get(tokens[index][0], ()):
            length = len(sequence)
            if (
                index + length <= len(tokens)
                and all(tokens[index + k][0] == sequence[k] for k in range(length))
                and all(
                    _TERM_GAP.fullmatch(folded.text[tokens[index + k][2] : tokens[index + k + 1][1]])
                    for k in range(length - 1)
                )
            ):
                return length
        return 0


def organisation_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _ORGANISATION.finditer(text):
        name = re.sub(r"(?:[ \t]+(?:de|du|des|la|le|van|der|den))+$", "", match.group(1))
        if name[:1].isupper():
            spans.append((match.start(1), match.start(1) + len(name)))
    return spans


def part_of_a_directory_name(hit: Hit, text: str, spans: list[tuple[int, int]]) -> bool:
    """A one-word register name inside a longer name of the referent's directory or the keep list: "Marie"
    (a variant of a person "Marie-Claire") in "Maison Marie-Louise". A full register name inside one
    ("Maison Jeanne Dupont" for a person Jeanne Dupont) is still masked."""
    if hit.reason != "register" or hit.kind != PERSONNE or re.search(r"\s", text[hit.start : hit.end]):
        return False
    return any(
        start <= hit.start
        and hit.end <= end
        and (start, end) != (hit.start, hit.end)
        and re.search(r"\s", text[start:end])
        for start, end in spans
    )


def outside_keep(hit: Hit, text: str, keep_spans: list[tuple[int, int]]) -> list[Hit]:
    """The hit without the parts that are kept organisation or resource names."""
    pieces = _cut(hit.start, hit.end, keep_spans)
    if pieces == [(hit.start, hit.end)]:
        return [hit]
    kept = []
    for start, end in pieces:
        words = list(re.finditer(r"[^\W\d_][\w'’\-]*", text[start:end]))
        words = [w for w in words if w.group()[:1].isupper() and fold_text(w.group()) not in PARTICLES]
        if not words:
            continue
        piece_start, piece_end = start + words[0].start(), start + words[-1].end()
        key = normalise_key(text[piece_start:piece_end])
        if all(is_common_word(t) for t in key.split()):
            continue
        kept.append(
            Hit(
                piece_start,
                piece_end,
                hit.kind,
                hit.reason,
                hit.detail,
                "nom:" + key,
                hit.ambiguous,
                hit.priority,
            )
        )
    return kept


def _cut(start: int, end: int, keep_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside every keep span."""
    pieces = [(start, end)]
    for keep_start, keep_end in keep_spans:
        next_pieces = []
        for piece_start, piece_end in pieces:
            if keep_end <= piece_start or piece_end <= keep_start:
                next_pieces.append((piece_start, piece_end))
                continue
            next_pieces.extend(p for p in ((piece_start, keep_start), (keep_end, piece_end)) if p[0] < p[1])
        pieces = next_pieces
    return pieces
