"""Accent- and case-insensitive folding, shared by SQL search (as a SQLite function) and Python code."""

import unicodedata


def fold(text: str | None) -> str:
    """'Éloïse DUPRÉ' → 'eloise dupre': what search and the anonymiser's deny list compare."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
