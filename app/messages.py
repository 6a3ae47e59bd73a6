"""The texts of coded errors in French, Dutch or English: one catalog for the window and the command line.

The catalog is `resources/messages/errors.json` (``{code: {"fr": …, "nl": …, "en": …}}``, placeholders
``{name}``); this module is Qt-free so that the command line can use it (tests/test_architecture.py). An
unknown code gives a generic sentence naming the code, a missing param shows as "…": showing an error
must never fail. See docs/errors.md for how to add an error.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Mapping

from storage.errors import CodedError, ParamValue

LANGUAGES = ("fr", "nl", "en")
FALLBACK = "fr"
UNEXPECTED = "error.unexpected"
TERM_MARK = "@"  # "@priority_statuses:done": shown as the term's label (app.errors.term_param)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MISSING = "…"
PATH = "path."  # "path.persons": what one item of a file's list is called ("personne"), for readable_path
_PATH_STEP = re.compile(r"([a-z_]+)\[(\d+)\]")
_QUOTES = {"fr": "« {} »", "nl": "‘{}’", "en": "‘{}’"}
ONE = ".one"  # "code.one": the text for a count of 1 (the code's own text is the plural)


@functools.cache
def catalog() -> Mapping[str, Mapping[str, str]]:
    """Every code with its texts, read once from the shipped catalog."""
    from importlib.resources import files  # ~5 ms: not on the way to the unlock window (issue 14)

    text = (files("resources") / "messages" / "errors.json").read_text(encoding="utf-8")
    return json.loads(text)


def message_text(code: str, params: Mapping[str, ParamValue] | None = None, language: str = FALLBACK) -> str:
    """The sentence for `code` in `language` (fr, nl or en; anything else reads French)."""
    return _text(code, dict(params or {}), language if language in LANGUAGES else FALLBACK, depth=0)


def error_message(error: BaseException, language: str = FALLBACK) -> str:
    """What to tell the person about `error`; an error without a code is named by its type only."""
    if isinstance(error, CodedError):
        return message_text(error.code, error.params, language)
    return message_text(UNEXPECTED, {"code": type(error).__name__}, language)


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: the first of LC_ALL, LC_MESSAGES, LANG that is set (nl*, en*, else fr)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            prefix = value[:2].lower()
            return prefix if prefix in LANGUAGES else FALLBACK
    return FALLBACK


def placeholders(text: str) -> set[str]:
    """The param names a text uses (for the catalog's tests)."""
    return set(_PLACEHOLDER.findall(text))


def _text(code: str, params: dict[str, ParamValue], language: str, depth: int) -> str:
    texts = catalog().get(code)
    if params.get("count") == 1 and f"{code}{ONE}" in catalog():
        texts = catalog()[f"{code}{ONE}"]  # "1 fiche écrite", where the code's own text says "fiches écrites"
    if texts is None:
        params, texts = {"code": code}, catalog()[UNEXPECTED]
    cause = params.get("cause")
    if isinstance(cause, str) and cause in catalog() and depth < 3:
        # A wrapped error ("Priority no. 2: <why>"): its text, in the same language, with the same params.
        inner = {name: value for name, value in params.items() if name != "cause"}
        params = {**params, "cause": _text(cause, inner, language, depth + 1)}
    template = texts.get(language) or texts[FALLBACK]
    if code.startswith("validation.") and isinstance(params.get("field"), str):
        # a form's field by its label ("Nom"), not its column ("professional_name"); files keep their keys
        label = catalog().get(f"field.{params['field']}")
        if label is not None:
            params = {**params, "field": label.get(language) or label[FALLBACK]}
    field = params.get("field")
    if isinstance(field, str) and _PATH_STEP.search(field):
        params = {**params, "field": readable_path(field, language)}
    return _PLACEHOLDER.sub(lambda match: _shown(params.get(match[1]), language), template)


def readable_path(path: str, language: str) -> str:
    """A place in an imported file in words: "persons[0].situations[1].code" reads "Personne 1, situation 2,
    « code »" — the numbers count from 1, as a person counts, and the key stays for whoever opens the file."""
    words = []
    for part in path.split("."):
        step = _PATH_STEP.fullmatch(part)
        if step is None:
            words.append(_QUOTES.get(language, "“{}”").format(part))
            continue
        texts = catalog().get(f"{PATH}{step[1]}")
        name = (texts.get(language) or texts[FALLBACK]) if texts else step[1]
        words.append(f"{name} {int(step[2]) + 1}")
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def _shown(value: ParamValue | None, language: str) -> str:
    if value is None:
        return _MISSING
    if isinstance(value, str) and value.startswith(TERM_MARK) and ":" in value:
        return _term_label(value[len(TERM_MARK):], language)
    return str(value)


def _term_label(reference: str, language: str) -> str:
    vocabulary, _, term_id = reference.partition(":")
    try:
        from app.vocab import vocabularies  # here: the texts of broken vocabularies must still be shown

        return vocabularies()[vocabulary].label(term_id, language)
    except Exception:  # an unknown vocabulary or term: its id still says what it is
        return term_id
