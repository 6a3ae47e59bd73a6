"""The `relais` command line (DESIGN.md §7).

Without a subcommand, `relais` opens the window (the UI passes `open_window`; this module never imports Qt).
Subcommands print one clear French line on stderr and exit 1 on failure, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

from app.cli.register_commands import COMMANDS, PASSPHRASE_STDIN_HELP, add_subcommands, french_help
from app.cli.secrets_input import SecretInputError
from app.errors import NotFoundError, ValidationError
from app.personal_import import ImportFileError
from app.registers import RegisterError
from app.vocab import VocabularyError, vocabularies

EXPECTED_ERRORS = (RegisterError, ValidationError, NotFoundError, ImportFileError, SecretInputError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relais",
        description="Relais : le registre chiffré et personnel du référent de proximité. "
        "Sans sous-commande, ouvre la fenêtre.",
        add_help=False,
    )
    french_help(parser)
    parser.add_argument("--version", action="version", version=f"relais {installed_version()}",
                        help="afficher la version et quitter")
    parser.add_argument(
        "--register",
        metavar="DOSSIER",
        type=Path,
        help="dossier du registre à ouvrir dans la fenêtre (par défaut : celui des réglages)",
    )
    parser.add_argument("--passphrase-stdin", action="store_true", help=PASSPHRASE_STDIN_HELP)
    add_subcommands(parser.add_subparsers(dest="command", metavar="COMMANDE", title="commandes"))
    return parser


def installed_version() -> str:
    """The version of the installed distribution (the packaged build carries its metadata too)."""
    try:
        return metadata.version("relais")
    except metadata.PackageNotFoundError:
        return "inconnue"


def main(argv: Sequence[str] | None = None, open_window: Callable[[Path | None], int] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        vocabularies()  # validated once at start: a broken installation is reported, not half-used
        if args.command is None:
            if open_window is None:
                return _fail("l'interface graphique n'est pas disponible ici.")
            return open_window(args.register)
        return COMMANDS[args.command](args) or 0
    except VocabularyError as exc:
        return _fail(f"vocabulaires invalides : {exc}")
    except EXPECTED_ERRORS as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrompu.")
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else ""
        where = f" ({name})" if name else ""
        return _fail(f"erreur de fichier{where} : {exc.strerror or 'inconnue'}.")
    except Exception as exc:  # one line, no traceback (it could carry personal data)
        return _fail(f"erreur inattendue ({type(exc).__name__}).")


def _fail(message: str) -> int:
    print(f"relais : {message}", file=sys.stderr)
    return 1
