"""Parsing and checking dates and years given by users.

foedus answers questions for dates from the Congress of Vienna (1815, where ATOP and the Correlates of War
begin) to the end of 2100 (far enough for hypothetical treaties); anything else is treated as a typo.
"""

from __future__ import annotations

import datetime as dt

from foedus.errors import BadDateError

EARLIEST = dt.date(1815, 1, 1)
LATEST = dt.date(2100, 12, 31)


def parse_date(value: str | dt.date | None, *, field: str = "date") -> dt.date:
    """Return a date from ISO text (YYYY-MM-DD), a date, or today when ``value`` is None.

    Raises BadDateError with a one-line message for text that is not a real calendar date or lies
    outside 1815-01-01..2100-12-31.
    """
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        parsed = value
    else:
        text = str(value).strip()
        try:
            parsed = dt.date.fromisoformat(text)
        except ValueError:
            raise BadDateError(
                f"impossible {field} {text!r}; expected a real calendar date as YYYY-MM-DD, e.g. 2025-01-01"
            ) from None
    if not EARLIEST <= parsed <= LATEST:
        raise BadDateError(
            f"{field} {parsed.isoformat()} is out of range; foedus answers for {EARLIEST} to {LATEST}"
        )
    return parsed


def check_year(value: int, *, field: str = "year") -> int:
    """Return ``value`` if it is a year foedus can answer for, else raise BadDateError."""
    if not EARLIEST.year <= int(value) <= LATEST.year:
        raise BadDateError(f"impossible {field} {value}; expected a year from {EARLIEST.year} to {LATEST.year}")
    return int(value)
