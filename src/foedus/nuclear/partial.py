"""Partial dates (YYYY, YYYY-MM or YYYY-MM-DD) that keep their precision instead of inventing a day.

Many agreement dates are known only to the month or year. A :class:`PartialDate` keeps the text and its
precision and gives the earliest and latest calendar day it can stand for, so the registry can say "in force",
"not in force" or "unknown" on a date without guessing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator

from foedus.errors import BadInputError

Precision = Literal["year", "month", "day"]
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class PartialDate(BaseModel, frozen=True):
    """A date known to the day, month or year; ``text`` is kept exactly as sourced."""

    text: str
    precision: Precision

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read YYYY, YYYY-MM or YYYY-MM-DD (or a date); raise BadInputError for anything else."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.date):
            return cls(text=value.isoformat(), precision="day")
        text = str(value).strip()
        match = _PATTERN.match(text)
        if not match:
            raise BadInputError(f"bad partial date {text!r}; expected YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        try:
            if day:
                dt.date(int(year), int(month), int(day))
            elif month and not 1 <= int(month) <= 12:
                raise ValueError
        except ValueError:
            raise BadInputError(f"bad partial date {text!r}; not a real calendar date") from None
        precision: Precision = "day" if day else "month" if month else "year"
        return cls(text=text, precision=precision)

    @property
    def earliest(self) -> dt.date:
        """The first calendar day this partial date can stand for."""
        parts = [int(p) for p in self.text.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    @property
    def latest(self) -> dt.date:
        """The last calendar day this partial date can stand for."""
        parts = [int(p) for p in self.text.split("-")]
        if len(parts) == 3:
            return dt.date(*parts)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(parts[0], 12, 31)

    def on_or_before(self, day: dt.date) -> bool | None:
        """True if this date is certainly <= ``day``, False if certainly later, None if it cannot be told."""
        if self.latest <= day:
            return True
        if self.earliest > day:
            return False
        return None

    def __str__(self) -> str:
        return self.text


def opt(value: object) -> PartialDate | None:
    """Parse an optional partial date (None and empty text stay None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return PartialDate.parse(value)


def _parse(value: object) -> PartialDate:
    return PartialDate.parse(value)


PD = Annotated[PartialDate, BeforeValidator(_parse)]
"""A pydantic field type: a partial date read from text."""
OptPD = Annotated[PartialDate | None, BeforeValidator(opt)]
"""A pydantic field type: an optional partial date read from text."""
