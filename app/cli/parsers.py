"""The `relais` parsers in the environment's language: help texts from the catalog, argparse's own words too.

Every help text, title and metavar is a `help.*` code of resources/messages/errors.json, looked up when the
parser is built (each run of `relais` builds it once, after the environment is known). argparse's own words
("usage:", "the following arguments are required", "invalid choice"…) go through its gettext hook, the
module-level `_` it calls at run time: `argparse_words(language)` swaps it for the catalog's texts while the
command line is parsed, and puts the original back afterwards (also when --help or an error exits).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from app.cli.say import said
from app.messages import message_text

# argparse's English message ids → the catalog's code of the same words
ARGPARSE_WORDS = {
    "usage: ": "help.argparse_usage",
    "%(prog)s: error: %(message)s\n": "help.argparse_error",
    "the following arguments are required: %s": "help.argparse_required",
    "one of the arguments %s is required": "help.argparse_one_of_required",
    "unrecognized arguments: %s": "help.argparse_unrecognized",
    "not allowed with argument %s": "help.argparse_not_allowed_with",
    "argument %(argument_name)s: %(message)s": "help.argparse_argument",
    "expected one argument": "help.argparse_expected_one",
    "invalid choice: %(value)r (choose from %(choices)s)": "help.argparse_invalid_choice",
    "invalid %(type)s value: %(value)r": "help.argparse_invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "help.argparse_ambiguous",
    "ignored explicit argument %r": "help.argparse_ignored_explicit",
}


@contextlib.contextmanager
def argparse_words(language: str) -> Iterator[None]:
    """argparse speaks `language` inside the block (a message without a translation stays English)."""
    original = argparse._  # type: ignore[attr-defined]  # argparse's `from gettext import gettext as _`

    def translated(message: str) -> str:
        code = ARGPARSE_WORDS.get(message)
        return original(message) if code is None else message_text(code, None, language)

    argparse._ = translated  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def with_help(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Titles of the argument groups and the -h option in the environment's language."""
    parser._positionals.title = said("help.title_arguments")
    parser._optionals.title = said("help.title_options")
    parser.add_argument("-h", "--help", action="help", help=said("help.help"))
    return parser


def command_parser(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand's parser: its help, -h, and --passphrase-stdin also accepted after the subcommand."""
    parser = with_help(sub.add_parser(name, help=help_text, description=help_text, add_help=False))
    # SUPPRESS keeps the top-level value when the option is absent here.
    parser.add_argument(
        "--passphrase-stdin", action="store_true", default=argparse.SUPPRESS,
        help=said("help.passphrase_stdin"),
    )
    return parser


def add_recovery_code(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--recovery-code", action="store_true", help=said("help.recovery_code"))


def metavar_file(suffix: str = "") -> str:
    """FICHIER, BESTAND or FILE, with the expected ending (".pdf") when there is one."""
    return said("help.metavar_file") + suffix
