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

from app.cli.parsers import add_recovery_code
from app.cli.say import said, say
from app.errors import ValidationError
from app.exports.files import check_target

DECISIONS = {"skip": "skip", "merge": "merge", "keep-both": "keep_both"}


def add_resource_commands(sub: argparse._SubParsersAction, open_register, parser_factory) -> None:
    resources = parser_factory(sub, "resources", said("help.resources"))
    actions = resources.add_subparsers(
        dest="resources_action", metavar=said("help.metavar_action"), title=said("help.title_actions"),
        required=True,
    )
    export = parser_factory(actions, "export", said("help.resources_export"))
    export.add_argument("DIR", type=Path, help=said("help.register_dir"))
    export.add_argument("FILE", type=Path, help=said("help.json_file_new"))
    export.add_argument("--commune", metavar=said("help.metavar_name"), help=said("help.resources_commune"))
    export.add_argument("--category", metavar="ID", help=said("help.resources_category"))
    add_recovery_code(export)
    export.set_defaults(resources_handler=lambda args: _export(args, open_register))
    imp = parser_factory(actions, "import", said("help.resources_import"))
    imp.add_argument("DIR", type=Path, help=said("help.register_dir"))
    imp.add_argument("FILE", type=Path, help=said("help.json_file"))
    imp.add_argument("--duplicates", choices=tuple(DECISIONS), default="skip",
                     help=said("help.resources_duplicates"))
    imp.add_argument("--dry-run", action="store_true", help=said("help.resources_dry_run"))
    add_recovery_code(imp)
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

