"""`relais export canvas`: CdP canvases exported from the command line, for scripting.

    relais export canvas DIR --situation CODE [--situation CODE …] --out FILE.pdf|FILE.json

applies the automatic anonymisation WITHOUT the interactive review of the session screen (it says so on
stderr) and refuses a situation without recorded consent unless --include-without-consent is given. The
export modules (anonymiser, spaCy, reportlab) are imported only when the command runs: every `relais` start
builds this parser.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from app import clock
from app.exports.files import check_target
from app.vocab import vocabularies

AUTOMATIC_WARNING = (
    "relais : anonymisation automatique, SANS la relecture de l'écran de préparation. "
    "Relisez le fichier avant de le partager."
)


def add_export_commands(sub: argparse._SubParsersAction, open_register, parser_factory) -> None:
    """`relais export canvas …`; `parser_factory(sub, name, help)` builds a French subparser."""
    export = parser_factory(sub, "export", "exporter des canevas de CdP anonymisés (PDF ou JSON)")
    kinds = export.add_subparsers(dest="export", metavar="EXPORT", title="exports", required=True)
    canvas = parser_factory(kinds, "canvas", "canevas anonymisés de situations, sans relecture (scripts)")
    canvas.add_argument("DIR", type=Path, help="dossier du registre")
    canvas.add_argument("--situation", metavar="CODE", action="append", required=True,
                        help="code pseudonyme d'une situation (répétable)")  # fmt: skip
    canvas.add_argument("--out", metavar="FICHIER", type=Path, required=True,
                        help="fichier à écrire : .pdf (canevas imprimables) ou .json (dossier à fusionner)")
    canvas.add_argument("--include-without-consent", action="store_true",
                        help="inclure aussi les situations sans consentement enregistré à l'échange en CdP")
    canvas.add_argument("--date", metavar="AAAA-MM-JJ", type=_iso_date,
                        help="date de la séance (défaut : ce jour)")
    canvas.add_argument("--group", metavar="NOM", default="", help="nom du groupe de CdP")
    canvas.add_argument("--noeud", metavar="ID", choices=vocabularies()["cdp_noeuds"].ids(),
                        help="nœud travaillé (identifiant du vocabulaire cdp_noeuds)")
    canvas.add_argument("--no-ner", action="store_true",
                        help="sans le modèle de reconnaissance des noms (plus rapide, moins sûr)")
    canvas.add_argument("--recovery-code", action="store_true",
                        help="déverrouiller avec le code de récupération au lieu de la phrase de passe")
    canvas.set_defaults(export_handler=lambda args: _canvas(args, open_register))


def cmd_export(args: argparse.Namespace) -> int:
    return args.export_handler(args)


def _canvas(args: argparse.Namespace, open_register) -> int:
    from app.cdp.export import export_format, export_session
    from app.cdp.sessions import CdpSessionRead, CdpSessionService
    from app.services import Services

    export_format(args.out)  # refused before the passphrase is asked
    check_target(args.out)
    with open_register(args) as register:
        services = Services.for_register(register)
        ids = [services.situations.get_by_code(code).id for code in args.situation]
        cdp = CdpSessionService(services)
        session = CdpSessionRead(**vars(_session_data(args)), situation_ids=tuple(dict.fromkeys(ids)))
        print(AUTOMATIC_WARNING, file=sys.stderr)
        review = cdp.prepare_review(
            session, use_ner=not args.no_ner, include_without_consent=args.include_without_consent
        )
        review.confirm(automatic=True)
        export_session(register, session, review, args.out)
    count = len(review.canvases)
    plural = "s" if count > 1 else ""
    print(f"{count} canevas anonymisé{plural} écrit{plural} : {args.out}.")
    return 0


def _session_data(args: argparse.Namespace):
    from app.cdp.sessions import CdpSessionData

    return CdpSessionData(held_on=args.date or clock.today(), group_name=args.group.strip(), noeud=args.noeud)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date illisible « {text} » (attendu AAAA-MM-JJ)") from None
