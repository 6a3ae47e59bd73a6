"""Controlled vocabularies shipped in ``resources/vocab/*.json`` (built by ``packaging/build_vocab.py``).

Records store stable term ids, never labels. Each file is validated when loaded: a broken or missing file
raises :class:`VocabularyError`, whose message names the file, the item (index and id) and the field.
Pure Python: no Qt here.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from storage.errors import CodedError, os_reason

REQUIRED_VOCABULARIES: tuple[str, ...] = (
    "pathologies",
    "vulnerabilities",
    "situation_statuses",
    "closure_reasons",
    "origins",
    "network_roles",
    "who_mobilises",
    "mobilisation_modes",
    "mobilisation_statuses",
    "failure_reasons",
    "priority_statuses",
    "dialogue_modes",
    "referent_tasks",
    "resource_categories",
    "resource_types",
    "learned_from",
    "cdp_noeuds",
)
LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
ID_PATTERN = re.compile(r"^[a-z0-9_]+$")
_RESERVED_KEYS = frozenset({"id", "labels", "source"})


class VocabularyError(CodedError):
    """A vocabulary file is missing, unreadable or invalid (`where`: file.json items[3])."""


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: a stable id, its labels per language, its source and other attributes."""

    id: str
    labels: Mapping[str, str] = field(hash=False)
    source: str | tuple[str, ...]
    attributes: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    def label(self, lang: str = "fr") -> str:
        """The label in ``lang``, falling back to French, then English, then the id."""
        for candidate in (lang, "fr", "en"):
            text = self.labels.get(candidate)
            if text:
                return text
        return self.id

    def attribute(self, name: str, default: object = None) -> object:
        return self.attributes.get(name, default)


class Vocabulary:
    """An ordered, read-only list of terms with lookup by id."""

    def __init__(self, name: str, terms: Iterable[Term], description: str = "", version: int = 1) -> None:
        self.name = name
        self.description = description
        self.version = version
        self.terms: tuple[Term, ...] = tuple(terms)
        self._by_id = {term.id: term for term in self.terms}

    def get(self, term_id: str) -> Term | None:
        return self._by_id.get(term_id)

    def label(self, term_id: str, lang: str = "fr") -> str:
        """The label of ``term_id``; an unknown id is returned unchanged."""
        term = self._by_id.get(term_id)
        return term.label(lang) if term else term_id

    def ids(self) -> tuple[str, ...]:
        return tuple(term.id for term in self.terms)

    def with_attribute(self, name: str, value: object = True) -> tuple[Term, ...]:
        """The terms whose attribute ``name`` equals ``value`` (e.g. shortage statuses), in order."""
        return tuple(term for term in self.terms if term.attributes.get(name) == value)

    def __contains__(self, term_id: object) -> bool:
        return term_id in self._by_id

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __repr__(self) -> str:
        return f"Vocabulary({self.name!r}, {len(self.terms)} terms)"


# --- Loading and validation -----------------------------------------------------------------------------

def default_directory() -> Traversable:
    return files("resources") / "vocab"


def load_vocabularies(directory: Traversable | Path | None = None) -> dict[str, Vocabulary]:
    """Load and validate every ``*.json`` file of ``directory`` (default: the shipped vocabularies)."""
    folder = default_directory() if directory is None else directory
    try:
        paths = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".json")),
                       key=lambda entry: entry.name)
    except OSError as error:
        raise VocabularyError("vocabulary.folder_unreadable", reason=os_reason(error)) from error
    loaded = {vocab.name: vocab for vocab in (load_vocabulary_file(path) for path in paths)}
    missing = [name for name in REQUIRED_VOCABULARIES if name not in loaded]
    if missing:
        names = ", ".join(f"{name}.json" for name in missing)
        raise VocabularyError("vocabulary.missing_files", files=names)
    return loaded


def load_vocabulary_file(path: Traversable | Path) -> Vocabulary:
    """Parse and validate one vocabulary file; its ``vocabulary`` field must match the file name."""
    file_name = path.name
    expected = file_name.removesuffix(".json")
    document = _parse(path)
    if not isinstance(document, dict):
        raise VocabularyError("vocabulary.not_object", file=file_name)
    if document.get("vocabulary") != expected:
        raise VocabularyError("vocabulary.name_mismatch", file=file_name, expected=expected)
    version = document.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise VocabularyError("vocabulary.bad_version", file=file_name)
    description = document.get("description", "")
    if not isinstance(description, str):
        raise VocabularyError("vocabulary.bad_description", file=file_name)
    items = document.get("items")
    if not isinstance(items, list) or not items:
        raise VocabularyError("vocabulary.no_items", file=file_name)
    terms = _terms(file_name, items)
    return Vocabulary(expected, terms, description, version)


def _parse(path: Traversable | Path) -> Any:
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise VocabularyError("vocabulary.not_utf8", file=path.name) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise VocabularyError(
            "vocabulary.malformed_json", file=path.name, line=error.lineno, column=error.colno) from error


def _terms(file_name: str, items: list[Any]) -> list[Term]:
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        term = _term(file_name, index, item)
        if term.id in seen:
            where = f"{file_name} items[{index}]"
            raise VocabularyError("vocabulary.duplicate_id", where=where, id=term.id, first=seen[term.id])
        seen[term.id] = index
        terms.append(term)
    return terms


def _term(file_name: str, index: int, item: Any) -> Term:
    where = f"{file_name} items[{index}]"
    if not isinstance(item, dict):
        raise VocabularyError("vocabulary.item_not_object", where=where)
    term_id = item.get("id")
    if not isinstance(term_id, str) or not ID_PATTERN.match(term_id):
        raise VocabularyError("vocabulary.bad_id", where=where)
    where = f"{where} ({term_id})"
    labels = item.get("labels")
    if not isinstance(labels, dict):
        raise VocabularyError("vocabulary.labels_missing", where=where)
    for lang in LANGUAGES:
        text = labels.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise VocabularyError("vocabulary.label_missing", where=where, key=f"labels.{lang}")
    attributes = {key: _freeze(value) for key, value in item.items() if key not in _RESERVED_KEYS}
    return Term(term_id, MappingProxyType(dict(labels)), _source(where, item.get("source")),
                MappingProxyType(attributes))


def _source(where: str, source: Any) -> str | tuple[str, ...]:
    if isinstance(source, str) and source.strip():
        return source
    if (isinstance(source, list) and source
            and all(isinstance(part, str) and part.strip() for part in source)):
        return tuple(source)
    raise VocabularyError("vocabulary.bad_source", where=where)


def _freeze(value: Any) -> Any:
    """Read-only copies of attribute values: lists become tuples, objects read-only mappings."""
    if isinstance(value, list):
        return tuple(_freeze(part) for part in value)
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(part) for key, part in value.items()})
    return value


@functools.cache
def vocabularies() -> Mapping[str, Vocabulary]:
    """The shipped vocabularies, loaded and validated once per process."""
    return MappingProxyType(load_vocabularies())


def vocabulary(name: str) -> Vocabulary:
    """One shipped vocabulary by name."""
    try:
        return vocabularies()[name]
    except KeyError:
        raise VocabularyError("vocabulary.unknown", name=name) from None
