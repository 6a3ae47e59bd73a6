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
from app.cli.say import say
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


# kind → (help, writer)
WRITERS: dict[str, tuple[str, Writer]] = {
    "handover": ("fiche « passer le relais » pour le professionnel nommé (PDF ; accord de partage requis)",
                 _saved(_handover)),
    "situation-file": ("dossier de la situation pour vos propres archives (PDF)", _saved(_situation_file)),
    "access": ("accès RGPD : tout ce que le registre contient sur la personne (PDF, ou JSON si FICHIER se "
               "termine par .json)", _saved(_access)),
    **LIAISON_WRITERS,
}


def add_document_commands(sub: argparse._SubParsersAction, open_register: OpenRegister, make_parser) -> None:
    """Add `document KIND …`; `open_register(args)` unlocks args.DIR, `make_parser` is the French parser."""
    document = make_parser(sub, "document", "produire un document d'une situation (PDF ou JSON)")
    kinds = document.add_subparsers(dest="kind", metavar="DOCUMENT", title="documents", required=True)
    for kind, (help_text, writer) in WRITERS.items():
        parser = make_parser(kinds, kind, help_text)
        parser.add_argument("DIR", type=Path, help="dossier du registre")
        parser.add_argument("--situation", metavar="CODE", required=True, help="code de la situation (S-…)")
        parser.add_argument("--out", metavar="FICHIER", type=Path, required=True, help="fichier à écrire")
        parser.add_argument("--lang", choices=("fr", "nl", "en"), default="fr",
                            help="langue du document (par défaut : fr)")
        if kind == "handover":
            parser.add_argument("--to", metavar="NOM", help="le professionnel (quand plusieurs accords sont "
                                "enregistrés) : son nom tel qu'enregistré")
        parser.add_argument("--recovery-code", action="store_true",
                            help="déverrouiller avec le code de récupération au lieu de la phrase de passe")
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
