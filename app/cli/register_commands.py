"""The subcommands of `relais`: each opens the register, does one thing, closes it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import registers
from app.cli.backup_commands import add_backup_commands, cmd_backups
from app.cli.calendar import add_calendar_commands, cmd_calendar
from app.cli.cdp_commands import add_export_commands, cmd_export
from app.cli.documents import add_document_commands, cmd_document
from app.cli.moderator_commands import add_cdp_commands, cmd_cdp
from app.cli.parsers import add_recovery_code, command_parser, metavar_file
from app.cli.report_commands import add_report_commands, cmd_report
from app.cli.resource_commands import add_resource_commands, cmd_resources
from app.cli.say import said, say
from app.cli.secrets_input import SecretReader
from app.recovery_file import RECOVERY_FILE_OPTION, check_recovery_output, write_recovery_code
from app.registers import Register


def _demo_size(text: str) -> str:
    if text in ("small", "large") or (text.isdigit() and int(text) >= 20):
        return text
    raise argparse.ArgumentTypeError(said("help.demo_size_invalid"))


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """The register's own commands, then those of the other modules; help in the environment's language."""
    def command(name: str, help_code: str, *positionals: tuple[str, str]) -> argparse.ArgumentParser:
        parser = command_parser(sub, name, said(help_code))
        for dest, code in positionals:
            parser.add_argument(dest, type=Path, help=said(code))
        return parser

    new_register = ("DIR", "help.new_register_dir")
    register_dir = ("DIR", "help.register_dir")
    init = command("init", "help.init", new_register)
    init.add_argument(RECOVERY_FILE_OPTION, metavar=metavar_file(), type=Path,
                      help=said("help.recovery_file"))
    demo = command("demo", "help.demo", new_register)
    demo.add_argument(
        "--size", type=_demo_size, default="small", metavar="{small,large,N}", help=said("help.demo_size")
    )
    demo.add_argument("--seed", type=int, default=0, help=said("help.demo_seed"))
    demo.add_argument(RECOVERY_FILE_OPTION, metavar=metavar_file(), type=Path,
                      help=said("help.recovery_file"))
    add_recovery_code(command("verify", "help.verify", register_dir))
    add_recovery_code(command("passwd", "help.passwd", register_dir))
    add_recovery_code(command("backup", "help.backup", register_dir, ("FILE", "help.backup_file_new")))
    add_recovery_code(
        command("restore", "help.restore", ("FILE", "help.backup_file"), ("DIR", "help.restore_dir"))
    )
    add_recovery_code(
        command("export-json", "help.export_json", register_dir, ("FILE", "help.json_file_new"))
    )
    add_recovery_code(command("import", "help.import", register_dir, ("FILE", "help.json_file")))
    add_report_commands(sub, lambda args: _open(args, _reader(args)))
    add_export_commands(sub, lambda args: _open(args, _reader(args)), command_parser)
    add_resource_commands(sub, lambda args: _open(args, _reader(args)), command_parser)
    add_cdp_commands(sub, command_parser, lambda args: _open(args, _reader(args)))
    add_calendar_commands(sub, lambda args: _open(args, _reader(args)), command_parser)
    add_backup_commands(sub, lambda args: _open(args, _reader(args)), command_parser)
    add_document_commands(sub, lambda args: _open(args, _reader(args)), command_parser)


def _open(args: argparse.Namespace, reader: SecretReader) -> Register:
    registers.check_register(args.DIR)  # a wrong folder is reported before any passphrase is asked
    if getattr(args, "recovery_code", False):
        code = reader.existing(said("cli.prompt_recovery_code"))
        register = registers.unlock_with_recovery_code(args.DIR, code)
    else:
        register = registers.unlock_with_passphrase(args.DIR, reader.existing())
    _say_warnings(register)
    return register


def _say_warnings(register: Register) -> None:
    """What the open noticed and repaired or set aside (read-only media, a key-file copy, a damaged log):
    one line each on standard error, in the environment's language; the command goes on."""
    from app.messages import environment_language, error_message

    for warning in register.warnings:
        print(f"relais : {error_message(warning, environment_language())}", file=sys.stderr)


def _reader(args: argparse.Namespace) -> SecretReader:
    return SecretReader(args.passphrase_stdin)


def cmd_init(args: argparse.Namespace) -> int:
    _check_recovery_output(args)
    register, code = registers.create(args.DIR, _reader(args).new())
    register.close()
    say("cli.register_created", folder=str(args.DIR))
    _deliver_recovery_code(args, code)
    return 0


def _check_recovery_output(args: argparse.Namespace) -> None:
    """Before the register exists: a recovery code printed into a pipe or a file would be unprotected."""
    check_recovery_output(args.recovery_code_file, interactive=sys.stdout.isatty())


def _deliver_recovery_code(args: argparse.Namespace, code: str) -> None:
    if args.recovery_code_file is None:
        say("cli.recovery_code_shown", code=code)
        return
    write_recovery_code(args.recovery_code_file, code)
    say("cli.recovery_code_written", file=str(args.recovery_code_file))


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.builder import build_demo  # imported late: only this command needs the demo data

    _check_recovery_output(args)
    register, code = registers.create(args.DIR, _reader(args).new())
    try:
        summary = build_demo(register, size=args.size, seed=args.seed)
    except BaseException:
        register.close()
        raise
    register.close()
    say("cli.demo_created", folder=str(args.DIR), count=summary.situations)
    _deliver_recovery_code(args, code)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with _open(args, _reader(args)) as register:
        registers.verify(register)
    say("cli.register_intact")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args, _reader(args)) as register:
        registers.back_up(register, args.FILE)
    say("cli.backup_written", file=str(args.FILE))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Unpack, then prove the register opens and is intact; on failure nothing is left behind."""
    registers.restore(args.FILE, args.DIR, lambda folder: _open(args, _reader(args)))
    say("cli.backup_restored", folder=str(args.DIR))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    reader = _reader(args)
    with _open(args, reader) as register:
        new = reader.new()
        registers.replace_passphrase(register, new)
    say("cli.passphrase_changed")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from app.exports.files import check_target
    from app.exports.personal_dump import export_json

    check_target(args.FILE)  # a missing folder is said before the passphrase is asked
    with _open(args, _reader(args)) as register:
        count = export_json(register, args.FILE)
    say("cli.dump_written", file=str(args.FILE), count=count)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.personal_import import import_json, read_document

    read_document(args.FILE)  # refuse a malformed file before asking for the passphrase
    with _open(args, _reader(args)) as register:
        count = import_json(register, args.FILE)
    say("cli.import_done", count=count)
    return 0


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "passwd": cmd_passwd,
    "export-json": cmd_export_json,
    "import": cmd_import,
    "report": cmd_report,
    "export": cmd_export,
    "resources": cmd_resources,
    "cdp": cmd_cdp,
    "backups": cmd_backups,
    "calendar": cmd_calendar,
    "document": cmd_document,
}
