"""The recovery code written to a file the person names, owner-only, instead of an unprotected redirect.

`relais init > log.txt` used to leave the code in a file anyone on the machine could read. Written here, it
goes through storage.atomic: an exclusive 0600 temp file, fsynced, renamed into place.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import CodedError
from storage.atomic import write_atomically

RECOVERY_FILE_OPTION = "--recovery-code-file"


class RecoveryCodeOutputError(CodedError, ValueError):
    """The recovery code has nowhere safe to go."""

    code = "cli.recovery_code_needs_file"


def check_recovery_output(target: Path | None, *, interactive: bool) -> None:
    """Refuse before anything is created: without a terminal, only a named file may receive the code."""
    if target is None:
        if not interactive:
            raise RecoveryCodeOutputError(option=RECOVERY_FILE_OPTION)
        return
    if target.exists():
        raise RecoveryCodeOutputError("cli.recovery_code_file_exists", file=target.name)
    if not target.parent.is_dir():
        raise RecoveryCodeOutputError("cli.recovery_code_folder_missing", file=target.name)


def write_recovery_code(target: Path, code: str) -> None:
    """The code alone on one line, readable by its owner only (0600)."""
    write_atomically(Path(target), (code + "\n").encode("ascii"))
