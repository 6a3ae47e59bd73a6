"""The referent's random pseudonym, written into every bundle a moderator merges (docs/moderator.md).

Drawn once per register from a random source and stored in AppSetting: stable across exports, so that a
moderator can count referents, and never derived from a name, an e-mail or the register's path, so that it
says nothing about who the referent is. Deleting the register forgets it.
"""

from __future__ import annotations

import re
import secrets

from app.pseudonyms import ALPHABET
from storage.models import AppSetting
from storage.register import Register

SETTING_KEY = "referent_pseudonym"
LENGTH = 8
PATTERN = re.compile(rf"^R-[{ALPHABET}]{{{LENGTH}}}$")


def new_referent_pseudonym() -> str:
    return "R-" + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def referent_pseudonym(register: Register) -> str:
    """The register's pseudonym, drawn and stored on first use."""
    with register.session() as session:
        row = session.get(AppSetting, SETTING_KEY)
        if row is not None and PATTERN.fullmatch(row.value):
            return row.value
        pseudonym = new_referent_pseudonym()
        session.merge(AppSetting(key=SETTING_KEY, value=pseudonym))
        return pseudonym
