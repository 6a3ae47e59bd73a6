"""`relais backups list|purge`: the register's backups that still hold an erased person.

    relais backups list DIR     the backups taken before an erasure, by date (never their content)
    relais backups purge DIR    delete exactly those backups (the rotation would keep them until
                                AUTOMATIC_KEEP newer automatic backups exist)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import registers
from app.cli.parsers import add_recovery_code
from app.cli.say import said, say
from app.erased_backups import ROTATION_KEEP


def add_backup_commands(sub: argparse._SubParsersAction, open_register, parser_factory) -> None:
    backups = parser_factory(sub, "backups", said("help.backups"))
    actions = backups.add_subparsers(
        dest="backups_action", metavar=said("help.metavar_action"), title=said("help.title_actions"),
        required=True,
    )
    for name, help_code, handler in (
        ("list", "help.backups_list", _list),
        ("purge", "help.backups_purge", _purge),
    ):
        action = parser_factory(actions, name, said(help_code))
        action.add_argument("DIR", type=Path, help=said("help.register_dir"))
        add_recovery_code(action)
        action.set_defaults(backups_handler=lambda args, handler=handler: handler(args, open_register))


def cmd_backups(args: argparse.Namespace) -> int:
    return args.backups_handler(args)


def _list(args: argparse.Namespace, open_register) -> int:
    with open_register(args) as register:
        held = registers.backups_holding_erased_data(register)
    if not held:
        say("cli.erased_backups_none")
        return 0
    say("cli.erased_backups_list", count=len(held))
    for backup in held:
        print(f"  {backup.taken_at:%Y-%m-%d %H:%M}  {backup.path.name}")
    say("cli.erased_backups_rotation", keep=ROTATION_KEEP)
    return 0


def _purge(args: argparse.Namespace, open_register) -> int:
    with open_register(args) as register:
        count = registers.purge_backups(register, registers.backups_holding_erased_data(register))
    say("cli.backups_purged", count=count)
    return 0
