"""Errors raised by the use cases: coded like every Relais error (see storage.errors and docs/errors.md)."""

from __future__ import annotations

from storage.errors import CodedError, ParamValue

__all__ = ["CodedError", "NotFoundError", "ParamValue", "ValidationError"]


class ValidationError(CodedError, ValueError):
    """Input refused; `field` names what to correct (it is also a param the texts may show)."""

    def __init__(self, field: str, code: str, /, **params: object) -> None:
        self.field = field
        params.setdefault("field", field)
        super().__init__(code, **params)


class NotFoundError(CodedError, LookupError):
    """The record no longer exists (erased, or a stale id)."""

    code = "not_found.record"


def term_param(vocabulary: str, term_id: str) -> str:
    """A param that the texts show as the term's label in their own language (see app.messages)."""
    return f"@{vocabulary}:{term_id}"
