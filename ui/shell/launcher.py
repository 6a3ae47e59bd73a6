"""Entry point of the `relais` script: subcommands go to app.cli.main; no subcommand opens the window.

Qt is imported only when the window opens, so scripted use (`relais verify …`) starts fast and works on
machines without a display. `relais` and `relais --register DIR` skip the command line's parser and its
imports (the subcommands pull in SQLAlchemy and the exports): the unlock window shows first (issue 14).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def open_window(register: Path | None) -> int:
    from ui.shell.application import run

    return run(register)


def window_only(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, the --register folder or None) when `argv` asks for nothing but the window."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--register" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    return False, None


def _vocabularies_valid() -> bool:
    """Validated at start; when broken, the command line's path reports it in one French line."""
    from app.vocab import VocabularyError, vocabularies

    try:
        vocabularies()
    except VocabularyError:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    window, register = window_only(sys.argv[1:] if argv is None else list(argv))
    if window and _vocabularies_valid():
        return open_window(register)
    from app.cli.main import main as cli_main

    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
