"""Entry point of the `relais` script: subcommands go to app.cli.main; no subcommand opens the window.

Qt is imported only when the window opens, so scripted use (`relais verify …`) starts fast and works on
machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli.main import main as cli_main


def open_window(register: Path | None) -> int:
    from ui.shell.application import run

    return run(register)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
