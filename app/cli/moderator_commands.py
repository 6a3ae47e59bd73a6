"""`relais cdp merge`: the CdP moderator's synthesis of many referents' bundles (docs/moderator.md).

    relais cdp merge FOLDER --out FILE.pdf|FILE.csv|FILE.json

Reads every bundle under FOLDER, refuses bad files with a reason (listed on stderr and in the output), and
writes the suppressed synthesis. No register and no passphrase: bundles are anonymised files. The moderator
modules (DuckDB, reportlab) are imported only when the command runs: every `relais` start builds this parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import ValidationError
from app.exports.files import check_target


def add_cdp_commands(sub: argparse._SubParsersAction, parser_factory) -> None:
    """`relais cdp merge …`; `parser_factory(sub, name, help)` builds a French subparser."""
    cdp = parser_factory(sub, "cdp", "outils du modérateur d'une communauté de pratique")
    tools = cdp.add_subparsers(dest="cdp", metavar="OUTIL", title="outils", required=True)
    merge = parser_factory(tools, "merge", "fusionner les dossiers anonymisés de plusieurs référents")
    merge.add_argument(
        "FOLDER", type=Path, help="dossier contenant les dossiers .json (sous-dossiers compris)"
    )
    merge.add_argument(
        "--out", metavar="FICHIER", type=Path, required=True, help="synthèse à écrire : .pdf, .csv ou .json"
    )
    merge.set_defaults(cdp_handler=_merge)


def cmd_cdp(args: argparse.Namespace) -> int:
    return args.cdp_handler(args)


def _merge(args: argparse.Namespace) -> int:
    from app.moderator.outputs import output_format, refused_rows, write_synthesis
    from app.moderator.synthesis import merge_folder

    output_format(args.out)  # refused before any reading
    check_target(args.out)
    if not args.FOLDER.is_dir():
        raise ValidationError("folder", "moderator.folder_missing", folder=args.FOLDER.name)
    synthesis = merge_folder(args.FOLDER)
    if synthesis.empty and not synthesis.refused:
        raise ValidationError("folder", "moderator.no_bundle_files", folder=args.FOLDER.name)
    write_synthesis(synthesis, args.out)
    for name, _, reason in refused_rows(synthesis):
        print(f"refusé : {name} — {reason}", file=sys.stderr)
    overview = synthesis.overview
    print(
        f"Synthèse écrite : {args.out} ({overview.cdp_bundles} dossiers de séance, {overview.work_bundles} "
        f"dossiers de travail invisible, {len(synthesis.refused)} fichiers refusés)."
    )
    return 0
