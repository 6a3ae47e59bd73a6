"""`relais resources export|import`: sharing directory entries with a colleague from the command line.

    relais resources export DIR FILE [--commune NAME] [--category ID]
    relais resources import DIR FILE [--duplicates skip|merge|keep-both] [--dry-run]

The file format is docs/resource-file-format.md (directory entries only, never person data): an export first
prints what it masks in the entries (counts per entry and kind, never the values). An import is
all or nothing; it first prints the plan (new entries, duplicates by name and commune) and applies one
decision to every duplicate (skip by default, as in the window's default for repeats).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.say import say
from app.errors import ValidationError
from app.exports.files import check_target

DECISIONS = {"skip": "skip", "merge": "merge", "keep-both": "keep_both"}


def add_resource_commands(sub: argparse._SubParsersAction, open_register, parser_factory) -> None:
    resources = parser_factory(sub, "resources", "partager des fiches du répertoire des ressources (JSON)")
    actions = resources.add_subparsers(
        dest="resources_action", metavar="ACTION", title="actions", required=True
    )
    export = parser_factory(actions, "export", "écrire des fiches du répertoire dans un fichier à partager")
    export.add_argument("DIR", type=Path, help="dossier du registre")
    export.add_argument("FILE", type=Path, help="fichier JSON à écrire")
    export.add_argument("--commune", metavar="NOM", help="seulement les fiches de cette commune")
    export.add_argument("--category", metavar="ID",
                        help="seulement cette catégorie (vocabulaire resource_categories)")
    _recovery(export)
    export.set_defaults(resources_handler=lambda args: _export(args, open_register))
    imp = parser_factory(actions, "import", "importer le fichier de ressources d'un collègue (tout ou rien)")
    imp.add_argument("DIR", type=Path, help="dossier du registre")
    imp.add_argument("FILE", type=Path, help="fichier JSON à lire")
    imp.add_argument("--duplicates", choices=tuple(DECISIONS), default="skip",
                     help="que faire des doublons (même nom, même commune) : skip (défaut), merge, keep-both")
    imp.add_argument("--dry-run", action="store_true", help="montrer le plan sans rien importer")
    _recovery(imp)
    imp.set_defaults(resources_handler=lambda args: _import(args, open_register))


def cmd_resources(args: argparse.Namespace) -> int:
    return args.resources_handler(args)


def _export(args: argparse.Namespace, open_register) -> int:
    from app.resource_sharing import ResourceSharing
    from app.resources_directory import ResourceService

    check_target(args.FILE)  # a missing folder is said before the passphrase is asked
    with open_register(args) as register:
        found = ResourceService(register).search(commune=args.commune, category=args.category)
        if not found:
            raise ValidationError("resources", "sharing.nothing_matches")
        sharing = ResourceSharing(register)
        ids = [r.id for r in found]
        _print_screening(sharing.plan_export(ids))
        written = sharing.export(ids, args.FILE)
    say("cli.resources_written", count=written, file=str(args.FILE))
    return 0


def _print_screening(screening) -> None:
    """Counts per entry and per kind, never the values (the masked name says which entry)."""
    if not screening.total:
        return
    say("cli.resources_masked", count=screening.total)
    for entry in screening.hits:
        kinds = ", ".join(f"{kind} {count}" for kind, count in entry.by_kind.items())
        say("cli.resources_masked_entry", number=entry.index + 1, name=entry.name, kinds=kinds,
            fields=", ".join(entry.fields))


def _import(args: argparse.Namespace, open_register) -> int:
    from app.resource_sharing import ResourceSharing, read_resource_file

    document = read_resource_file(args.FILE)  # a bad file is refused before the passphrase is asked
    with open_register(args) as register:
        sharing = ResourceSharing(register)
        plan = sharing.plan_document(document)
        say("cli.resources_plan", new=plan.new_count, duplicates=plan.duplicate_count)
        if args.dry_run:
            say("cli.resources_dry_run")
            return 0
        decision = DECISIONS[args.duplicates]
        decisions = {item.index: decision for item in plan.items if item.is_duplicate}
        result = sharing.apply_import(plan, decisions)
    say("cli.resources_imported", added=result.added, merged=result.merged, skipped=result.skipped)
    return 0


def _recovery(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--recovery-code", action="store_true",
                        help="déverrouiller avec le code de récupération au lieu de la phrase de passe")
