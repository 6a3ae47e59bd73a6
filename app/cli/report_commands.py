"""`relais report …`: the invisible-work report from the command line.

The job itself (figures, PDF, optional CSV, one export-log row) is app.exports.invisible_work
.export_invisible_work, run through the export pipeline (app.exports.pipeline); it is re-exported here.

The CLI subcommand (DESIGN.md §7):
    relais report invisible-work DIR --from YYYY-MM --to YYYY-MM --out FILE.pdf [--csv FILE.csv]
                                 [--bundle FILE.json] [--lang fr|nl|en]
--lang is the report's language (PDF, CSV header and labels); without it, the environment's (LC_ALL,
LC_MESSAGES, LANG: app.messages.environment_language), French by default.
--bundle also writes the invisible-work bundle a CdP moderator merges (app.exports.invisible_work_bundle).
A period whose end precedes its start, an unreadable month or an output folder that does not exist are
refused before the passphrase is asked; errors are one French line (see app/cli.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.say import say
from app.errors import ValidationError
from app.exports.files import check_target
from app.exports.invisible_work import export_invisible_work
from app.exports.invisible_work_bundle import export_invisible_work_bundle
from app.invisible_work import Period
from app.messages import environment_language
from app.registers import Register

__all__ = ["add_report_commands", "cmd_report", "export_invisible_work"]

OpenRegister = Callable[[argparse.Namespace], Register]


def add_report_commands(sub: argparse._SubParsersAction, open_register: OpenRegister) -> None:
    """Add `report` and its reports to the `relais` subcommands; `open_register(args)` unlocks args.DIR."""
    report = _parser(sub, "report", "produire un rapport anonymisé (PDF, CSV)")
    reports = report.add_subparsers(dest="report", metavar="RAPPORT", title="rapports", required=True)
    invisible = _parser(
        reports, "invisible-work", "rapport du travail invisible sur une période (PDF et, au choix, CSV)"
    )
    invisible.add_argument("DIR", type=Path, help="dossier du registre")
    invisible.add_argument("--from", dest="start", metavar="AAAA-MM", required=True, help="premier mois")
    invisible.add_argument("--to", dest="end", metavar="AAAA-MM", required=True, help="dernier mois (inclus)")
    invisible.add_argument("--out", metavar="FICHIER.pdf", type=Path, required=True, help="PDF à écrire")
    invisible.add_argument(
        "--csv",
        metavar="FICHIER.csv",
        type=Path,
        help="écrire aussi les minutes par mois et par tâche en CSV (UTF-8, séparateur « ; »)",
    )
    invisible.add_argument(
        "--bundle",
        metavar="FICHIER.json",
        type=Path,
        help="écrire aussi le dossier anonymisé (JSON) que le modérateur d'une CdP fusionne",
    )
    invisible.add_argument(
        "--lang",
        choices=("fr", "nl", "en"),
        help="langue du rapport (par défaut celle de l'environnement : LANG, sinon le français)",
    )
    invisible.add_argument(
        "--recovery-code",
        action="store_true",
        help="déverrouiller avec le code de récupération au lieu de la phrase de passe",
    )
    invisible.set_defaults(report_handler=lambda args: _invisible_work(args, open_register))


def cmd_report(args: argparse.Namespace) -> int:
    """The `report` entry of app.cli.register_commands.COMMANDS: runs the report chosen on the command
    line."""
    return args.report_handler(args)


def _invisible_work(args: argparse.Namespace, open_register: OpenRegister) -> int:
    period = Period.parse(args.start, args.end)  # refused before any passphrase is asked
    lang = args.lang or environment_language()
    _check_targets(args)
    with open_register(args) as register:
        data = export_invisible_work(register, period, args.out, args.csv, lang=lang)
        if args.bundle is not None:
            export_invisible_work_bundle(register, period, args.bundle, data)
    written = ", ".join(str(path) for path in (args.out, args.csv, args.bundle) if path is not None)
    say("cli.report_written", period=period.label, files=written)
    if data.empty:
        say("cli.report_empty")
    return 0


def _check_targets(args: argparse.Namespace) -> None:
    paths = [Path(path) for path in (args.out, args.csv, args.bundle) if path is not None]
    for path in paths:
        check_target(path)
    if len({path.resolve() for path in paths}) < len(paths):
        raise ValidationError("out", "report.same_file_twice")


def _parser(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    parser._positionals.title = "arguments"
    parser._optionals.title = "options"
    parser.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")
    # Also accepted after the subcommand; SUPPRESS keeps the top-level value when absent here.
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="lire la phrase de passe (une ligne par secret demandé) sur l'entrée standard",
    )
    return parser
