"""newsjson's errors: every failure of one input is a NewsjsonError with a type.

The ``type`` string is what the CLI writes into an error record, so users can
count failures by kind (``jq -r .error.type``).
"""
from __future__ import annotations


class NewsjsonError(Exception):
    """One input could not be turned into a record."""

    type = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self):  # keep the subclass when crossing a process boundary
        return (type(self), (self.message,))


class EmptyInput(NewsjsonError):
    type = "empty"


class BinaryInput(NewsjsonError):
    type = "binary"


class DecodeFailed(NewsjsonError):
    type = "decode"


class ParseFailed(NewsjsonError):
    type = "parse"


class TooLarge(NewsjsonError):
    type = "too_large"


class NoArticle(NewsjsonError):
    type = "no_article"


class Timeout(NewsjsonError):
    type = "timeout"
