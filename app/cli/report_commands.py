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
refused before the passphrase is asked; errors are one line in the environment's language (app/cli/main.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.parsers import add_recovery_code, command_parser, metavar_file
from app.cli.say import said, say
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
    report = command_parser(sub, "report", said("help.report"))
    reports = report.add_subparsers(
        dest="report", metavar=said("help.metavar_report"), title=said("help.title_reports"), required=True
    )
    invisible = command_parser(reports, "invisible-work", said("help.invisible_work"))
    invisible.add_argument("DIR", type=Path, help=said("help.register_dir"))
    month = said("help.metavar_month")
    invisible.add_argument("--from", dest="start", metavar=month, required=True,
                           help=said("help.month_first"))
    invisible.add_argument("--to", dest="end", metavar=month, required=True, help=said("help.month_last"))
    invisible.add_argument("--out", metavar=metavar_file(".pdf"), type=Path, required=True,
                           help=said("help.pdf_out"))
    invisible.add_argument("--csv", metavar=metavar_file(".csv"), type=Path, help=said("help.report_csv"))
    invisible.add_argument("--bundle", metavar=metavar_file(".json"), type=Path,
                           help=said("help.report_bundle"))
    invisible.add_argument("--lang", choices=("fr", "nl", "en"), help=said("help.report_lang"))
    add_recovery_code(invisible)
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
    say("cli.report_written", period=period.label_in(environment_language()), files=written)
    if data.empty:
        say("cli.report_empty")
    return 0


def _check_targets(args: argparse.Namespace) -> None:
    paths = [Path(path) for path in (args.out, args.csv, args.bundle) if path is not None]
    for path in paths:
        check_target(path)
    if len({path.resolve() for path in paths}) < len(paths):
        raise ValidationError("out", "report.same_file_twice")

