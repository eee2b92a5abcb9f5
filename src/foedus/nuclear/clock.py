"""The congressional review clock for 123 agreements (AEA sec. 123 b. and d.; sec. 130 g.).

A non-exempt agreement is submitted with the Nuclear Proliferation Assessment Statement; the committees are
consulted for 30 days of continuous session, then the agreement lies before Congress for 60 more: 90 days of
continuous session in all [CRS R43433; CRS RL34541]. It may then take effect unless a joint resolution of
disapproval is enacted. An exempt agreement needs a joint resolution approving it (123 d.).

"Days of continuous session" [CRS RL34541; same wording in other statutes, e.g. Impoundment Control Act sec.
1011(5)]: continuity is broken only by an adjournment of Congress sine die, and days on which either House is
not in session because of an adjournment of more than three days to a day certain are excluded.

Counting conventions (stated, not taken from the statute): day 1 is the calendar day after submission; with
no excluded days the 90th day is submission + 90 calendar days, which matches CRS RL34541 (a 2008-05-13
submission could complete "as early as August 11"). After a sine die adjournment the count restarts at zero
and day 1 is the first day of the new session [assumption: CRS says the period "would have to start over"].
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ValidationError

from foedus.dates import parse_date
from foedus.errors import BadInputError
from foedus.nuclear.registry import DATA_DIR

CONSULTATION_DAYS = 30
LIE_BEFORE_DAYS = 60
TOTAL_DAYS = CONSULTATION_DAYS + LIE_BEFORE_DAYS
SOURCES = [
    "https://www.everycrsreport.com/files/20080620_RL34541_1849be3e2da6ebd448a1b9d505934bc29d0e01bf.html",
    "https://www.everycrsreport.com/reports/R43433.json",
    "https://www.gpo.gov/fdsys/pkg/HMAN-115/html/HMAN-115-pg1176.htm",
]
_MAX_DAYS = 3 * 366 * 4  # give up after ~12 years of calendar (a calendar that never lets 90 days pass)


class Adjournment(BaseModel):
    """Days a chamber (or Congress) is out: a >3-day adjournment to a day certain, or a sine die adjournment."""

    chamber: Literal["house", "senate", "both"]
    kind: Literal["day_certain", "sine_die"]
    first_day_out: dt.date
    last_day_out: dt.date

    @property
    def days_out(self) -> int:
        """Number of calendar days out of session."""
        return (self.last_day_out - self.first_day_out).days + 1


class ReviewClock(BaseModel):
    """Result of counting the review period for one submission."""

    submitted: dt.date
    exempt: bool
    consultation_complete: dt.date
    review_complete: dt.date
    earliest_entry_into_force: dt.date | None
    excluded_days: int
    restarts: int
    calendar: str
    conditions: list[str]
    sources: list[str]


def _fail(where: str, message: str) -> BadInputError:
    return BadInputError(f"{where}: {message}; expected chamber (house|senate|both), kind (day_certain|sine_die), "
                         "first_day_out and last_day_out as YYYY-MM-DD")


def _make(row: dict[str, object], where: str) -> Adjournment:
    try:
        adj = Adjournment.model_validate({k: (str(v).strip() if v is not None else v) for k, v in row.items()})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(x) for x in err["loc"]) or "entry"
        raise _fail(where, f"bad {field} {err.get('input')!r} ({err['msg']})") from None
    if adj.last_day_out < adj.first_day_out:
        raise _fail(where, f"last_day_out {adj.last_day_out} is before first_day_out {adj.first_day_out}")
    if adj.kind == "day_certain" and adj.days_out <= 3:
        raise _fail(where, f"a day_certain adjournment of {adj.days_out} day(s) does not count (must exceed 3 days)")
    if adj.kind == "sine_die" and adj.chamber != "both":
        raise _fail(where, "a sine die adjournment is an adjournment of Congress: chamber must be 'both'")
    return adj


def load_adjournments(path: str | Path) -> list[Adjournment]:
    """Read adjournments from a YAML (list under ``adjournments:``) or CSV file; one-line errors with file:line."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"adjournments file {str(path)!r} not found; give a YAML or CSV file")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        need = {"chamber", "kind", "first_day_out", "last_day_out"}
        if not reader.fieldnames or not need <= set(reader.fieldnames):
            raise _fail(f"{path}:1", f"CSV header {reader.fieldnames} lacks {sorted(need)}")
        return [_make(row, f"{path}:{reader.line_num}") for row in reader]
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise _fail(f"{path}:{line}", "not valid YAML") from None
    if root is None:
        return []
    items = root
    if isinstance(root, yaml.MappingNode):
        found = [v for k, v in root.value if k.value == "adjournments"]
        if not found:
            raise _fail(f"{path}:{root.start_mark.line + 1}", "no 'adjournments:' list")
        items = found[0]
    if not isinstance(items, yaml.SequenceNode):
        raise _fail(f"{path}:{items.start_mark.line + 1}", "'adjournments' must be a list")
    out = []
    for node in items.value:
        where = f"{path}:{node.start_mark.line + 1}"
        if not isinstance(node, yaml.MappingNode):
            raise _fail(where, "each adjournment must be a mapping")
        row = {k.value: v.value for k, v in node.value}
        out.append(_make(row, where))
    return out


def default_calendar() -> tuple[str, list[Adjournment]]:
    """The shipped calendar (label, adjournments); see data/session_calendar.yaml."""
    raw = yaml.safe_load((DATA_DIR / "session_calendar.yaml").read_text(encoding="utf-8"))
    rows = [_make(r, f"session_calendar.yaml entry {i + 1}") for i, r in enumerate(raw["adjournments"] or [])]
    return raw["label"], rows


def count_days(submitted: dt.date, adjournments: Iterable[Adjournment], needed: int) -> tuple[dt.date, int, int]:
    """The calendar day on which the ``needed``-th day of continuous session after ``submitted`` falls.

    Returns (that day, number of excluded days, number of restarts caused by sine die adjournments).
    """
    adjs = list(adjournments)
    count = excluded = restarts = 0
    day = submitted
    for _ in range(_MAX_DAYS):
        day += dt.timedelta(days=1)
        out = [a for a in adjs if a.first_day_out <= day <= a.last_day_out]
        if any(a.kind == "sine_die" for a in out):
            if count:
                restarts += 1
            count = 0
            excluded += 1
            continue
        if out:
            excluded += 1
            continue
        count += 1
        if count == needed:
            return day, excluded, restarts
    raise BadInputError(f"the calendar never allows {needed} days of continuous session after {submitted}")


def earliest_entry_into_force(submitted: object, adjournments: object = None, exempt: bool = False) -> ReviewClock:
    """Count the 30 + 60 days of continuous session from ``submitted``.

    ``adjournments``: None (the shipped default calendar), a path to a YAML/CSV file, or a list of
    :class:`Adjournment`. For an exempt agreement the review period is counted the same way, but entry into
    force also needs an approving joint resolution, so no earliest date is given.
    """
    start = parse_date(submitted, field="submission date")  # type: ignore[arg-type]
    if adjournments is None:
        label, adjs = default_calendar()
    elif isinstance(adjournments, (str, Path)):
        label, adjs = f"from {adjournments}", load_adjournments(adjournments)
    else:
        label, adjs = "user-supplied adjournments", list(adjournments)  # type: ignore[call-overload]
    consult, _, _ = count_days(start, adjs, CONSULTATION_DAYS)
    done, excluded, restarts = count_days(start, adjs, TOTAL_DAYS)
    conditions = [
        "the President approves the agreement and determines in writing that it promotes and does not "
        "unreasonably risk the common defense and security (123 b.)",
        f"day 1 = the day after submission; {TOTAL_DAYS} days of continuous session "
        f"({CONSULTATION_DAYS} consultation + {LIE_BEFORE_DAYS} before Congress), counted on the calendar: {label}",
    ]
    if exempt:
        conditions.append("exempt agreement: may not take effect unless Congress enacts a joint resolution "
                          "approving it (123 d.); Congress may also legislate around the periods (e.g. P.L. 110-369)")
        eif = None
    else:
        conditions.append("takes effect after the period unless a joint resolution of disapproval is enacted "
                          "(subject to veto); entry into force then by exchange of diplomatic notes")
        eif = done
    return ReviewClock(submitted=start, exempt=exempt, consultation_complete=consult, review_complete=done,
                       earliest_entry_into_force=eif, excluded_days=excluded, restarts=restarts,
                       calendar=label, conditions=conditions, sources=SOURCES)
