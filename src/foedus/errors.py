"""Errors that foedus raises for user mistakes.

Every user-facing mistake (an unknown state, an impossible date, a malformed charter) raises a subclass of
:class:`FoedusError`. Its message is one line that names the bad value and what would be accepted, so the CLI
can print it as is and exit with code 2, without a traceback.
"""

from __future__ import annotations


class FoedusError(ValueError):
    """Base class for mistakes in what the user asked for; the message is one line, fit to show as is."""


class UnknownStateError(FoedusError):
    """A name or code that resolves to no state (the message carries the closest suggestions)."""

    def __init__(self, value: object, suggestions: list[str] | None = None) -> None:
        self.value = value
        self.suggestions = suggestions or []
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else (
            "; give an English name, ISO3/ISO2 code or Correlates of War code"
        )
        super().__init__(f"unknown state {value!r}{hint}")


class UnknownTableError(FoedusError):
    """A table name that foedus does not ship."""

    def __init__(self, value: str, known: list[str]) -> None:
        self.value = value
        super().__init__(f"unknown table {value!r}; known tables: {', '.join(known)}")


class BadDateError(FoedusError):
    """A date or year that cannot be parsed or lies outside what foedus can answer for."""


class BadInputError(FoedusError):
    """Any other malformed argument (coordinates, formats, options)."""


class CharterError(FoedusError):
    """A charter file that does not validate; the message names file, line and field."""
