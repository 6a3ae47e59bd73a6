"""`relais document KIND DIR --situation CODE --out FILE [--lang fr|nl|en]`: the documents of one situation.

KIND is a key of WRITERS (handover, situation-file, access here; fridge and gp-note from
app.cli.documents_liaison). Each writer renders the document (same code as the window: app.documents.*), saves
it through the export pipeline (atomic owner-only write, one export-log row) and returns the notices to print.
The handover sheet names the person: it is refused without a recorded,
non-withdrawn consent to share with the professional (`--to NAME` when several are recorded).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.documents_liaison import WRITERS as LIAISON_WRITERS
from app.cli.parsers import add_recovery_code, metavar_file
from app.cli.say import said, say
from app.documents.access import build_access
from app.documents.dossier import situation_id_for_code
from app.documents.handover import build_handover
from app.documents.output import RenderedDocument, save_document
from app.documents.situation_file import build_situation_file
from app.exports.files import check_target
from app.registers import Register

OpenRegister = Callable[[argparse.Namespace], Register]
Builder = Callable[[Register, int, argparse.Namespace], RenderedDocument]
# (register, situation id, parsed arguments) → the notices to print; the writer has written args.out
Writer = Callable[[Register, int, argparse.Namespace], list[str]]


def _handover(register: Register, situation_id: int, args: argparse.Namespace) -> RenderedDocument:
    return build_handover(register, situation_id, to=args.to, lang=args.lang)


def _situation_file(register: Register, situation_id: int, args: argparse.Namespace) -> RenderedDocument:
    return build_situation_file(register, situation_id, lang=args.lang)


def _access(register: Register, situation_id: int, args: argparse.Namespace) -> RenderedDocument:
    file_format = "json" if Path(args.out).suffix.lower() == ".json" else "pdf"
    return build_access(register, situation_id, file_format=file_format, lang=args.lang)


def _saved(build: Builder) -> Writer:
    def write(register: Register, situation_id: int, args: argparse.Namespace) -> list[str]:
        document = build(register, situation_id, args)
        save_document(register, document, args.out)
        return list(document.notices)
    return write


# kind → (code of its help, writer)
WRITERS: dict[str, tuple[str, Writer]] = {
    "handover": ("help.document_handover", _saved(_handover)),
    "situation-file": ("help.document_situation_file", _saved(_situation_file)),
    "access": ("help.document_access", _saved(_access)),
    **LIAISON_WRITERS,
}


def add_document_commands(sub: argparse._SubParsersAction, open_register: OpenRegister, make_parser) -> None:
    """Add `document KIND …`; `open_register(args)` unlocks args.DIR, `make_parser` builds a subparser."""
    document = make_parser(sub, "document", said("help.document"))
    kinds = document.add_subparsers(
        dest="kind", metavar=said("help.metavar_document"), title=said("help.title_documents"), required=True
    )
    for kind, (help_code, writer) in WRITERS.items():
        parser = make_parser(kinds, kind, said(help_code))
        parser.add_argument("DIR", type=Path, help=said("help.register_dir"))
        parser.add_argument("--situation", metavar="CODE", required=True,
                            help=said("help.document_situation"))
        parser.add_argument("--out", metavar=metavar_file(), type=Path, required=True,
                            help=said("help.document_out"))
        parser.add_argument("--lang", choices=("fr", "nl", "en"), default="fr",
                            help=said("help.document_lang"))
        if kind == "handover":
            parser.add_argument("--to", metavar=said("help.metavar_name"), help=said("help.document_to"))
        add_recovery_code(parser)
        parser.set_defaults(document_writer=writer, document_open=open_register)


def cmd_document(args: argparse.Namespace) -> int:
    check_target(args.out)  # before the passphrase is asked
    with args.document_open(args) as register:
        situation_id = situation_id_for_code(register, args.situation)
        notices = args.document_writer(register, situation_id, args)
    say("cli.document_written", file=str(args.out))
    for notice in notices:
        say("cli.document_notice", notice=notice)
    return 0
