"""Errors raised by the use cases, with French messages meant for the referent."""


class ValidationError(ValueError):
    """Input refused; `field` names what to correct."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class NotFoundError(LookupError):
    """The record no longer exists (erased, or a stale id)."""
