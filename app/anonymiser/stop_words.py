"""The French and Dutch stop words shipped with spaCy, read from its source files without importing it.

`import spacy.lang.fr.stop_words` imports the spaCy package and the French language data (its tokenizer
exceptions: a dict of tens of thousands of entries): 1–4 s and ~100 MB in the window's process, and full
collections of the cyclic collector that stall the GUI thread (issue 14). The stop-word files are one
`STOP_WORDS = set(\"\"\"…\"\"\".split())` each: the string is read with `ast`, nothing is executed.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import cache
from pathlib import Path


@cache
def spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of `language` ("fr", "nl"); empty without spaCy or when its file differs."""
    try:
        spec = importlib.util.find_spec("spacy")  # finds the package without importing it
        if spec is None or not spec.submodule_search_locations:
            return frozenset()
        folder = Path(next(iter(spec.submodule_search_locations)))
        tree = ast.parse((folder / "lang" / language / "stop_words.py").read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return _imported(language)  # no source file (a PyInstaller bundle keeps only compiled modules)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "STOP_WORDS" for t in node.targets):
            strings = [n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant)
                       and isinstance(n.value, str)]
            return frozenset(word for text in strings for word in text.split())
    return frozenset()


def _imported(language: str) -> frozenset[str]:
    """The slow way, importing spaCy's language data: when its source files are not there to read."""
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
        return frozenset(module.STOP_WORDS)
    except Exception:  # spaCy missing or changed: the short lists of app.anonymiser.places apply
        return frozenset()
