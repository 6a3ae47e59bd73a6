"""`relais cdp merge`: the CdP moderator's synthesis of many referents' bundles (docs/moderator.md).

    relais cdp merge FOLDER --out FILE.pdf|FILE.csv|FILE.json [--register DIR]

Reads every bundle under FOLDER, refuses bad files with a reason (listed on stderr and in the output), and
writes the suppressed synthesis. No register and no passphrase are needed: bundles are anonymised files. With
`--register DIR` (the moderator's own register, unlocked as for every command) the written synthesis is
recorded in that register's export log; without it, nothing is logged anywhere. Messages follow the language
of the environment (LC_ALL, LC_MESSAGES, LANG), and so do the written files' reasons for refused files. The
moderator modules (DuckDB, reportlab) are imported only when the command runs: every `relais` start builds
this parser.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from app.cli.parsers import metavar_file
from app.cli.say import said
from app.errors import ValidationError
from app.exports.files import check_target
from app.messages import environment_language, message_text
from app.moderator.refusals import refusal_message


def add_cdp_commands(sub: argparse._SubParsersAction, parser_factory, open_register=None) -> None:
    """`relais cdp merge …`; `parser_factory(sub, name, help)` builds a subparser (app/cli/parsers.py),
    `open_register(args)` unlocks args.DIR (given with --register)."""
    cdp = parser_factory(sub, "cdp", said("help.cdp"))
    tools = cdp.add_subparsers(
        dest="cdp", metavar=said("help.metavar_tool"), title=said("help.title_tools"), required=True
    )
    merge = parser_factory(tools, "merge", said("help.cdp_merge"))
    merge.add_argument("FOLDER", type=Path, help=said("help.cdp_folder"))
    merge.add_argument("--out", metavar=metavar_file(), type=Path, required=True, help=said("help.cdp_out"))
    merge.add_argument(
        "--register", dest="DIR", metavar=said("help.metavar_folder"), type=Path, default=None,
        help=said("help.cdp_register"),
    )
    merge.set_defaults(cdp_handler=_merge, cdp_open=open_register)


def cmd_cdp(args: argparse.Namespace) -> int:
    return args.cdp_handler(args)


def _merge(args: argparse.Namespace) -> int:
    from app.moderator.outputs import output_format, write_synthesis
    from app.moderator.synthesis import merge_folder

    output_format(args.out)  # refused before any reading
    check_target(args.out)
    if not args.FOLDER.is_dir():
        raise ValidationError("folder", "moderator.folder_missing", folder=args.FOLDER.name)
    synthesis = merge_folder(args.FOLDER)
    if synthesis.empty:  # nothing to merge: no synthesis is written, and the command fails
        if not synthesis.refused:
            raise ValidationError("folder", "moderator.no_bundle_files", folder=args.FOLDER.name)
        _say_refused(synthesis, environment_language())
        raise ValidationError(
            "folder", "moderator.all_refused", folder=args.FOLDER.name, count=len(synthesis.refused)
        )
    language = environment_language()  # the files' refusals say why in the language the command speaks
    with _register(args) as register:
        write_synthesis(synthesis, args.out, register, language=language)
    _say(synthesis, args, language)
    return 0


def _register(args: argparse.Namespace):
    if args.DIR is None or args.cdp_open is None:
        return contextlib.nullcontext(None)
    return args.cdp_open(args)


def _say(synthesis, args: argparse.Namespace, language: str) -> None:
    _say_refused(synthesis, language)
    overview = synthesis.overview
    params = {"file": str(args.out), "cdp": overview.cdp_bundles, "work": overview.work_bundles,
              "refused": len(synthesis.refused)}  # fmt: skip
    print(message_text("moderator.cli_written", params, language))
    if args.DIR is not None:
        print(message_text("moderator.cli_logged", {"folder": args.DIR.name}, language))


def _say_refused(synthesis, language: str) -> None:
    """One line on stderr per refused file: its path in the folder and why."""
    from app.moderator.reading import relative_name

    for refused in synthesis.refused:
        name = relative_name(refused.path, synthesis.folder)
        reason = refusal_message(refused.refusal.name, refused.detail, language)
        line = message_text("moderator.cli_refused", {"file": name, "reason": reason}, language)
        print(line, file=sys.stderr)
