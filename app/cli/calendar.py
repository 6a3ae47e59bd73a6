"""`relais calendar`: the open check-ins and follow-ups as an .ics file for the referent's agenda.

    relais calendar DIR --out FILE.ics [--situation CODE] [--with-names]

Pseudonym codes only unless --with-names; the file is written and logged like every export
(app.documents.calendar_export, through app.exports.pipeline). The events' titles follow the language of the
environment (LC_ALL, LC_MESSAGES, LANG), like the command line's messages.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.parsers import add_recovery_code, metavar_file
from app.cli.say import said
from app.documents.calendar_export import export_calendar
from app.errors import ValidationError
from app.exports.files import check_target
from app.messages import environment_language, message_text
from app.registers import Register

OpenRegister = Callable[[argparse.Namespace], Register]


def add_calendar_commands(
    sub: argparse._SubParsersAction, open_register: OpenRegister, parser_factory
) -> None:
    """`relais calendar …`; `parser_factory(sub, name, help)` builds a subparser (app/cli/parsers.py)."""
    calendar = parser_factory(sub, "calendar", said("help.calendar"))
    calendar.add_argument("DIR", type=Path, help=said("help.register_dir"))
    calendar.add_argument("--out", metavar=metavar_file(".ics"), type=Path, required=True,
                          help=said("help.calendar_out"))
    calendar.add_argument("--situation", metavar="CODE", help=said("help.calendar_situation"))
    calendar.add_argument("--with-names", action="store_true", help=said("help.calendar_with_names"))
    add_recovery_code(calendar)
    calendar.set_defaults(calendar_open=open_register)


def cmd_calendar(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".ics":
        raise ValidationError("out", "calendar.output_format")
    check_target(args.out)  # refused before the passphrase is asked
    language = environment_language()
    with args.calendar_open(args) as register:
        count = export_calendar(
            register, args.out, situation_code=args.situation, with_names=args.with_names, language=language
        )
    print(message_text("calendar.written", {"file": str(args.out), "count": count}, language))
    return 0
