"""What the command line tells the person, from the message catalog, in the environment's language.

Errors already follow LC_ALL / LC_MESSAGES / LANG (app/messages.py); the lines a command prints when it
succeeds, its warnings and its prompts do too, so a Dutch-speaking referent reads Dutch throughout.
"""

from __future__ import annotations

import sys

from app.errors import ParamValue
from app.messages import environment_language, message_text


def said(code: str, **params: ParamValue) -> str:
    """The sentence for `code` in the environment's language."""
    return message_text(code, params, environment_language())


def say(code: str, **params: ParamValue) -> None:
    """One line on standard output."""
    print(said(code, **params))


def warn(code: str, **params: ParamValue) -> None:
    """One line on standard error (a warning the command goes on after)."""
    print(said(code, **params), file=sys.stderr)
