"""Reading passphrases and recovery codes for the command line: a TTY prompt, or lines on standard input."""

from __future__ import annotations

import getpass
import sys

from app.cli.say import said
from app.errors import CodedError

MIN_PASSPHRASE_LENGTH = 8


class SecretInputError(CodedError, ValueError):
    """No way to ask, or the answers do not fit."""


class SecretReader:
    """Hands out secrets in order: from stdin lines (`--passphrase-stdin`) or from interactive prompts."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin

    def existing(self, prompt: str = "") -> str:
        return self._read(prompt or said("cli.prompt_passphrase"))

    def new(self) -> str:
        """A new passphrase: typed twice on a terminal, one line on stdin."""
        secret = self._read(said("cli.prompt_new_passphrase"))
        if len(secret) < MIN_PASSPHRASE_LENGTH:
            raise SecretInputError("secret.too_short", min=MIN_PASSPHRASE_LENGTH)
        if not self._from_stdin and self._read(said("cli.prompt_confirm_passphrase")) != secret:
            raise SecretInputError("secret.mismatch")
        return secret

    def _read(self, prompt: str) -> str:
        if self._from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise SecretInputError("secret.stdin_empty")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise SecretInputError("secret.no_terminal")
        return getpass.getpass(prompt)
