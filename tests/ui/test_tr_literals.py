"""lupdate only sees literal strings: every tr()/translate() call in ui/ passes its source text as a literal
(an f-string or a variable would silently stay untranslated, since the .ts test cannot see it). The only
exceptions are helpers that translate texts marked with QT_TRANSLATE_NOOP elsewhere in the same module."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
NOOP_HELPERS = {"_tr"}  # def _tr(text): translate(CONTEXT, text), fed with QT_TRANSLATE_NOOP texts


def _text_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and call.args:
        return call.args[0]
    if name == "translate" and len(call.args) >= 2:
        return call.args[1]
    return None


def _offences(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    exempt = [
        (node.lineno, node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name in NOOP_HELPERS and "QT_TRANSLATE_NOOP" in source
    ]
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or any(start <= node.lineno <= end for start, end in exempt):
            continue
        text = _text_argument(node)
        if text is not None and not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_translated_text_is_a_literal():
    offences = sorted({offence for path in sorted(UI.rglob("*.py")) for offence in _offences(path)})
    assert offences == [], "tr()/translate() with a non-literal text (lupdate cannot see it): " + ", ".join(
        offences
    )
