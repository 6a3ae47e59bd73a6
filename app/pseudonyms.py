"""Situation pseudonym codes such as S-4K7Q: random, stable, unambiguous when read aloud."""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 4


def new_code(taken: set[str] | frozenset[str] = frozenset(), rng=None) -> str:
    """A code not in `taken`; `rng` (a random.Random) makes demo data deterministic."""
    choice = rng.choice if rng is not None else secrets.choice
    while True:
        code = "S-" + "".join(choice(ALPHABET) for _ in range(LENGTH))
        if code not in taken:
            return code
