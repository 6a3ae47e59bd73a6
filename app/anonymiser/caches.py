"""The anonymiser's big word lists let go of after an export, so the window gives their memory back (issue 14).

The French lexicon (~97,000 lemmas and their forms, from the model's lemmatizer tables) and the given-name
index (~40,000 names) are loaded on first use and kept for the process: the command line exits anyway, but
the window would carry ~35 MB for the rest of the session after one CdP export. The next review loads them
again (about a second, on its worker thread or during the CdP page's warm-up).
"""

from __future__ import annotations

from app.anonymiser import given_names, lexicon


def forget_word_lists() -> None:
    lexicon.forget()
    given_names.forget()
