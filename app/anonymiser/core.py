"""The Anonymiser: deny list, validated patterns, named entities, keep list, merging and placeholders."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from datetime import date

from app.anonymiser import given_names, ner
from app.anonymiser.denylist import DenyList
from app.anonymiser.folding import Folded, fold_text, normalise_key, tokens_of
from app.anonymiser.lexicon import (
    PARTICLES,
    RELATIONS,
    TITLES,
    commune_keys,
    default_keep_terms,
    is_common_word,
    is_word_form,
)
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
from app.anonymiser.patterns import (
    SHAPED,
    STREET_WITHOUT_NUMBER,
    find_addresses,
    find_announced_names,
    find_apposed_names,
    find_birth_dates,
    find_context_names,
    find_emails,
    find_numbers,
    find_phones,
    phone_key,
)
from app.anonymiser.places import eponym_spans, is_function_word, not_a_name

PROPAGATED = "nom déjà repéré dans cet export"

_NAME_LIKE = re.compile(r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,4}")
_MONTHS_AND_DAYS = frozenset(
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "noel",
        "paques",
        "toussaint",
        "covid",
    ]
)


class _TermIndex:
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
            matched = 0
            for sequence in self._by_first.get(tokens[index][0], ()):
                length = len(sequence)
                if (
                    index + length <= len(tokens)
                    and all(tokens[index + k][0] == sequence[k] for k in range(length))
                    and all(
                        re.fullmatch(
                            r"[\s.'\-,’&]{1,3}", folded.text[tokens[index + k][2] : tokens[index + k + 1][1]]
                        )
                        for k in range(length - 1)
                    )
                ):
                    matched = length
                    break
            if matched:
                found.append(folded.span(tokens[index][1], tokens[index + matched - 1][2]))
                index += matched
            else:
                index += 1
        return found


def _lowercase_text(text: str) -> bool:
    """Is the text written without the usual capitals (quick notes, all lower case)?"""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if not any(c.isupper() for c in letters):
        return True
    starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", text)
    return len(starts) >= 3 and sum(s.islower() for s in starts) > len(starts) / 2


class Anonymiser:
    """Scrubs free text for one export: placeholders stay consistent across every `scrub` call of the
    instance. Thread-safe; the NER model is shared by all instances and loaded on first use."""

    def __init__(
        self,
        deny: DenyList | None = None,
        keep: Iterable[str] = (),
        use_ner: bool = True,
        today: date | None = None,
    ) -> None:
        self._deny = deny if deny is not None else DenyList()
        self._keep = _TermIndex([*default_keep_terms(), *keep])
        self._keep_keys = frozenset(self._keep.keys)
        self._use_ner = use_ner
        self._today = today
        self._lock = threading.RLock()
        self._placeholders: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._aliases: dict[tuple[str, str], str] = {}  # (kind, folded original) → consistency key
        # Name tokens found outside the register (NER, announced names, given names) → consistency key of
        # the full name: later occurrences are masked with the same placeholder (in every later scrub).
        self._known: dict[str, str] = {}
        self._known_common: set[str] = set()  # learnt tokens that are also common words: flagged ambiguous
        self._register_tokens: frozenset[str] | None = None
        self._near_names: NearNames | None = None  # built on first use (a large register: ~0.1 s)

    # -- public API ------------------------------------------------------------------------------------
    @property
    def ner_available(self) -> bool:
        """False when use_ner is off or spaCy/the model is missing (loads the model on first call)."""
        return self._use_ner and ner.available()

    def scrub(self, text: str) -> ScrubResult:
        if not text:
            return ScrubResult(text or "", text or "", ())
        hits, candidates, keep_spans = self._detect(text)
        merged = _merge(hits)
        with self._lock:
            merged = self._propagate(text, merged, keep_spans)
            replacements = tuple(self._to_replacement(text, hit) for hit in merged)
        masked_spans = [(r.start, r.end) for r in replacements]
        kept = tuple(
            Replacement(h.start, h.end, text[h.start : h.end], "", h.kind, h.reason, h.detail, True)
            for h in {(h.start, h.end): h for h in candidates}.values()  # one per span (FR and NL rules)
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

    def _detect(self, text: str) -> tuple[list[Hit], list[Hit], list[tuple[int, int]]]:
        folded = Folded.of(text)
        lowercase = _lowercase_text(text)
        hits, candidates = self._deny.find(folded, lowercase)
        hits.extend(self._near().find(text, self._keep_keys))
        # Register phones and e-mails found by the patterns are reported as register identifiers.
        for hit in [*find_phones(text), *find_emails(text)]:
            if self._is_register(hit, text):
                hit = Hit(
                    hit.start, hit.end, hit.kind, "register", _register_detail(hit.kind), hit.key, False, 3
                )
            hits.append(hit)
        hits.extend(find_numbers(text))
        for hit in find_addresses(text):
            (candidates if hit.detail == STREET_WITHOUT_NUMBER else hits).append(hit)
        hits.extend(find_birth_dates(text, self._today))
        directory_spans = self._keep.spans(folded)
        hits = [hit for hit in hits if not _part_of_a_directory_name(hit, text, directory_spans)]
        keep_spans = directory_spans + eponym_spans(text) + _organisation_spans(text)
        announced = find_announced_names(text, self._keep_keys, lowercase)
        contextual = find_context_names(text, self._keep_keys)
        for hit in [*announced, *find_apposed_names(text, self._keep_keys), *contextual]:
            hits.extend(self._outside_keep(hit, text, keep_spans))
        # Capitalised given names count in every text; in a text written without capitals (quick notes),
        # lower-case frequent given names that are no common word count too (ambiguous).
        found = given_names.find_given_names(text, self._keep_keys)
        if lowercase:
            found += given_names.find_lowercase_given_names(text, self._keep_keys)
        for hit in found:
            hits.extend(self._outside_keep(hit, text, keep_spans))
        if self.ner_available:
            for hit in self._ner_hits(text):
                hits.extend(self._outside_keep(hit, text, keep_spans))
        return hits, candidates, keep_spans

    def _near(self) -> NearNames:
        with self._lock:
            if self._near_names is None:
                self._near_names = NearNames(self._deny.name_words())
            return self._near_names

    def _is_register(self, hit: Hit, text: str) -> bool:
        if hit.kind == EMAIL:
            return self._deny.has_email(text[hit.start : hit.end])
        if hit.kind == TELEPHONE and hit.key.startswith("tel:+"):
            import phonenumbers

            number = phonenumbers.parse(hit.key[4:], None)
            return self._deny.has_phone(number.country_code, number.national_number)
        return False

    def _ner_hits(self, text: str) -> list[Hit]:
        hits = []
        for entity in ner.entities(text):
            start, end = entity.start, entity.end
            words = list(re.finditer(r"[^\W\d_][\w'’\-]*\.?", text[start:end]))
            titled = False
            while words and fold_text(words[0].group().rstrip(".")) in (*TITLES, "le", "la", "les", "l'"):
                titled = titled or fold_text(words[0].group().rstrip(".")) in TITLES
                words.pop(0)
            if entity.label != "PER" and not titled:
                continue
            if not words or re.search(r"\d", text[start:end]):
                continue
            span = person_span(text, start + words[0].start(), start + words[-1].end())
            if span is None:
                continue
            start, end = span
            name = text[start:end]
            tokens = [t for t in tokens_of(name) if t not in PARTICLES]
            if not tokens or len(tokens) > 5:
                continue
            key = " ".join(tokens_of(name))
            if key in self._keep_keys or key in commune_keys() or any(t in _MONTHS_AND_DAYS for t in tokens):
                continue
            if len(tokens) == 1 and not_a_name(tokens[0]):
                continue
            if not titled and len(tokens) > 1 and (not_a_name(tokens[-1]) or tokens[-1] in commune_keys()):
                continue  # "Participate Brussels", "Festival Anderlecht": a name ending with a place
            if not titled and all(is_common_word(t) for t in tokens):
                continue
            if not titled and len(tokens) == 1 and is_word_form(name) and given_names.lookup(name) is None:
                continue  # "Priorités", "Plénière": an accented French word form, not a name
            detail = "entité nommée PER" if entity.label == "PER" else "entité nommée après une civilité"
            hits.append(Hit(start, end, PERSONNE, "ner", detail, "nom:" + key, False, SHAPED))
        return hits

    def _register_token_set(self) -> frozenset[str]:
        if self._register_tokens is None:
            self._register_tokens = frozenset(t for t, _ in self._deny.single_names())
        return self._register_tokens

    def _propagate(self, text: str, merged: list[Hit], keep_spans: list[tuple[int, int]]) -> list[Hit]:
        """Remember the name tokens of persons found outside the register, give a bare token of a known
        name the placeholder of the full name, and mask every other capitalised occurrence (before or
        after, in this text or a later one of the same export). Called under the lock."""
        register = self._register_token_set()
        for hit in sorted(merged, key=lambda h: h.start - h.end):  # longest names first
            if hit.kind != PERSONNE or hit.reason == "register":
                continue
            for word, _start, _end in given_names._words(text[hit.start : hit.end]):
                token = fold_text(word)
                if self._learnable(token, register) and token not in self._known:
                    self._known[token] = hit.key
                    if given_names.is_word(token, (given_names.lookup(token) or (0, 0, False))[1]):
                        self._known_common.add(token)
        if not self._known:
            return merged
        rekeyed = []
        for hit in merged:
            if hit.kind == PERSONNE and hit.reason != "register":
                keys = {
                    self._known.get(fold_text(w))
                    for w, _s, _e in given_names._words(text[hit.start : hit.end])
                    if fold_text(w) not in PARTICLES
                }
                if len(keys) == 1 and None not in keys and keys != {hit.key}:
                    hit = Hit(hit.start, hit.end, hit.kind, hit.reason, hit.detail, keys.pop(), hit.ambiguous,
                              hit.priority)
            rekeyed.append(hit)
        lowercase = _lowercase_text(text)
        covered = [(h.start, h.end) for h in rekeyed] + keep_spans
        added: list[Hit] = []
        for word, start, end in given_names._words(text):
            key = self._known.get(fold_text(word))
            if key is None or (not word[:1].isupper() and not lowercase):
                continue
            if any(start < e and s < end for s, e in covered):
                continue
            common = fold_text(word) in self._known_common
            previous = added[-1] if added else None
            if previous and previous.key == key and re.fullmatch(r"[ \t]{1,2}", text[previous.end : start]):
                ambiguous = previous.ambiguous and common
                added[-1] = Hit(previous.start, end, PERSONNE, "pattern", PROPAGATED, key, ambiguous, 1)
            else:
                added.append(Hit(start, end, PERSONNE, "pattern", PROPAGATED, key, common, 1))
        return _merge(rekeyed + added) if added else rekeyed

    def _learnable(self, token: str, register: frozenset[str]) -> bool:
        parts = [p for p in re.split(r"[-'’]", token) if p]
        return (
            len(token) >= 3
            and token not in PARTICLES
            and token not in self._keep_keys
            and token not in commune_keys()
            and not given_names.excluded(token, self._keep_keys)
            and not any(p in register for p in parts)
        )

    def _outside_keep(self, hit: Hit, text: str, keep_spans: list[tuple[int, int]]) -> list[Hit]:
        """The hit without the parts that are kept organisation or resource names."""
        pieces = [(hit.start, hit.end)]
        for keep_start, keep_end in keep_spans:
            next_pieces = []
            for start, end in pieces:
                if keep_end <= start or end <= keep_start:
                    next_pieces.append((start, end))
                    continue
                next_pieces.extend(p for p in ((start, keep_start), (keep_end, end)) if p[0] < p[1])
            pieces = next_pieces
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


def _part_of_a_directory_name(hit: Hit, text: str, spans: list[tuple[int, int]]) -> bool:
    """A one-word register name inside a longer name of the referent's directory or the keep list: "Marie"
    (a variant of a person "Marie-Claire") in "Maison Marie-Louise". A full register name inside one
    ("Maison Jeanne Dupont" for a person Jeanne Dupont) is still masked."""
    if hit.reason != "register" or hit.kind != PERSONNE or re.search(r"\s", text[hit.start : hit.end]):
        return False
    return any(
        start <= hit.start and hit.end <= end and (start, end) != (hit.start, hit.end)
        and re.search(r"\s", text[start:end])
        for start, end in spans
    )


# An institution named after a person: "Haute École Léonard de Vinci", "Institut Jules Bordet", "Clinique
# Édith Cavell", "Fondation Roi Baudouin", "Athénée Adolphe Max". The name after the institution word is
# part of an organisation name: kept (a register name inside still wins, as for every keep term).
_ORGANISATION = re.compile(
    r"(?<![\w-])(?:Haute[ -][EÉ]cole|[EÉ]cole|Institut|Clinique|Fondation|Universit[eé]|Athénée|Lycée|"
    r"Coll[eè]ge|Hôpital|H[oô]pitaux|CHU|CHR|Centre hospitalier|Ziekenhuis|Stichting|Campus|Prix|Fonds)"
    r"[ \t]+((?:[A-ZÀ-Ý][\w'’\-]*|de|du|des|la|le|van|der|den)(?:[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*|de|du|des|la|"
    r"le|van|der|den)){0,3})"
)


def _organisation_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _ORGANISATION.finditer(text):
        name = re.sub(r"(?:[ \t]+(?:de|du|des|la|le|van|der|den))+$", "", match.group(1))
        if name[:1].isupper():
            spans.append((match.start(1), match.start(1) + len(name)))
    return spans


def person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name inside text[start:end]: from the first capitalised token to the last one, particles
    allowed between them ("Van den Bossche", "El Amrani", "de la Fontaine"), cut at the first lower-case
    word that is not a particle ("Ahmed la raccompagne" → "Ahmed"). None when no capitalised token."""
    words = [
        (m.group().rstrip("."), start + m.start())
        for m in re.finditer(r"[^\W\d_][\w'’\-]*\.?", text[start:end])
    ]
    first = last = None
    for index, (word, _position) in enumerate(words):
        folded = fold_text(word)
        is_name = word[:1].isupper() or bool(re.match(r"(?i)[dl]['’][^\W\d_]", word) and word[2:3].isupper())
        if first is None:  # skip what precedes the first capitalised name token
            if is_name and folded not in PARTICLES and not _not_name_start(folded):
                first = last = index
            continue
        if folded in TITLES or folded in RELATIONS or is_function_word(folded):
            break
        if is_name:
            last = index
        elif folded in PARTICLES:
            continue
        else:
            break
    if first is None:
        return None
    # A particle at the start is part of the name only when written as part of it ("Van Damme").
    while first > 0 and fold_text(words[first - 1][0]) in PARTICLES and words[first - 1][0][:1].isupper():
        first -= 1
    name_start = words[first][1]
    name_end = words[last][1] + len(words[last][0])
    return name_start, name_end


def _not_name_start(folded: str) -> bool:
    """A capitalised word that does not start a name: title, relation, function word, or a common word
    that is not a given name ("Compte de Monsieur", "Hier Ahmed")."""
    return (
        folded in TITLES
        or folded in RELATIONS
        or is_function_word(folded)
        or (is_common_word(folded) and given_names.lookup(folded) is None)
    )


def _register_detail(kind: str) -> str:
    return "téléphone du registre" if kind == TELEPHONE else "adresse e-mail du registre"


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


def _merge(hits: list[Hit]) -> list[Hit]:
    """Overlapping detections become one span (their union) described by the longest detection (then
    the most reliable, then the earliest)."""
    merged: list[Hit] = []
    cluster: list[Hit] = []
    cluster_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if cluster and hit.start < cluster_end:
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.end)
            continue
        if cluster:
            merged.append(_winner(cluster))
        cluster, cluster_end = [hit], hit.end
    if cluster:
        merged.append(_winner(cluster))
    return merged


def _winner(cluster: list[Hit]) -> Hit:
    best = max(cluster, key=lambda h: (h.end - h.start, h.priority, -h.start))
    start = min(h.start for h in cluster)
    end = max(h.end for h in cluster)
    ambiguous = best.ambiguous and all(h.ambiguous for h in cluster)
    return Hit(start, end, best.kind, best.reason, best.detail, best.key, ambiguous, best.priority)
