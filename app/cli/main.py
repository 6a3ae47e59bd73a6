"""The `relais` command line (DESIGN.md §7).

Without a subcommand, `relais` opens the window (the UI passes `open_window`; this module never imports Qt).
Subcommands print one clear line on stderr and exit 1 on failure, never a traceback: the text of the error's
code from the catalog (app.messages), in the language of the environment (LC_ALL, LC_MESSAGES, LANG).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

from app.cli.parsers import argparse_words, with_help
from app.cli.register_commands import COMMANDS, add_subcommands
from app.cli.say import said
from app.errors import CodedError
from app.messages import environment_language, error_message, message_text
from app.register_lock import holding
from app.vocab import VocabularyError, vocabularies

EXPECTED_ERRORS = (CodedError,)  # every error raised on purpose: register, validation, import, secrets…


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the environment's language (app/cli/parsers.py)."""
    parser = argparse.ArgumentParser(prog="relais", description=said("help.description"), add_help=False)
    with_help(parser)
    parser.add_argument("--version", action="version", version=f"relais {installed_version()}",
                        help=said("help.version"))
    parser.add_argument(
        "--register", metavar=said("help.metavar_folder"), type=Path, help=said("help.register_window")
    )
    parser.add_argument("--passphrase-stdin", action="store_true", help=said("help.passphrase_stdin"))
    commands = parser.add_subparsers(
        dest="command", metavar=said("help.metavar_command"), title=said("help.title_commands")
    )
    add_subcommands(commands)
    return parser


def installed_version() -> str:
    """The version of the installed distribution (the packaged build carries its metadata too)."""
    try:
        return metadata.version("relais")
    except metadata.PackageNotFoundError:
        return said("help.version_unknown")


def main(argv: Sequence[str] | None = None, open_window: Callable[[Path | None], int] | None = None) -> int:
    with argparse_words(environment_language()):
        args = build_parser().parse_args(argv)
    try:
        vocabularies()  # validated once at start: a broken installation is reported, not half-used
        if args.command is None:
            if open_window is None:
                return _fail("cli.no_window")
            return open_window(args.register)
        return _run_locked(args)
    except VocabularyError as exc:
        return _fail("vocabulary.invalid", cause=exc.code, **exc.params)
    except EXPECTED_ERRORS as exc:
        return _fail_with(exc)
    except KeyboardInterrupt:
        return _fail("cli.interrupted")
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else "?"
        return _fail("cli.file_error", file=name, reason=exc.strerror or type(exc).__name__)
    except Exception as exc:  # one line, no traceback (it could carry personal data)
        return _fail("cli.unexpected", kind=type(exc).__name__)


def _run_locked(args: argparse.Namespace) -> int:
    """Every command naming a register folder holds the window's one-instance lock while it runs."""
    folder = getattr(args, "DIR", None)
    if folder is None:
        return COMMANDS[args.command](args) or 0
    with holding(folder):
        return COMMANDS[args.command](args) or 0


def _fail_with(error: BaseException) -> int:
    return _print_failure(error_message(error, environment_language()))


def _fail(code: str, **params: str | int) -> int:
    return _print_failure(message_text(code, params, environment_language()))


def _print_failure(text: str) -> int:
    print(f"relais : {text}", file=sys.stderr)
    return 1
