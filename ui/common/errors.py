"""What the window says about an error: the catalog text of its code, in the window's language.

`error_text(error)` replaces `str(error)` wherever an error is shown to the person (`str` is only the
technical code). Errors raised by the window itself with an already translated sentence (a field the form
checks before any use case) use `WindowValidationError`, whose text is shown as it is.
"""

from __future__ import annotations

from app.errors import ValidationError
from app.messages import error_message
from ui.common.i18n import current_language


class WindowValidationError(ValidationError):
    """A field refused by the window itself; `text` is already in the window's language."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(field, "validation.invalid")
        self.text = text


def error_text(error: BaseException) -> str:
    """The sentence for `error` in the language the window runs in."""
    if isinstance(error, WindowValidationError):
        return error.text
    return error_message(error, current_language())
