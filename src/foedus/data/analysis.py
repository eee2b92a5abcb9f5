"""Small analyses on the bundled tables: UN voting agreement and "latest value" look-ups.

``vote_agreement(a, b)`` measures, per year, how often two states voted alike in the UN General Assembly. Only
roll calls on which *both* voted (yes, abstain or no) count; absences are not votes. Two scores are given:

* ``agreement``: share of joint roll calls with the identical vote (yes/yes, abstain/abstain or no/no);
* ``agreement_voeten``: Voeten's scoring, 1 for the same vote, 0.5 when one abstained and the other did not,
  0 for yes against no, averaged over joint roll calls (1 - |v_a - v_b| / 2 with yes=1, abstain=2, no=3).

A year in which the two never voted together has no row (its agreement is unknown, not 0).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import polars as pl

from foedus.errors import BadInputError

__all__ = ["vote_agreement", "vote_agreement_matrix", "latest", "Latest"]

_UN_FIRST, _UN_LAST = 1946, 2019


def _ccode(state: str | int) -> int:
    """CoW code of ``state``; an int is taken verbatim as a CoW code (so 260, West Germany, stays 260)."""
    from foedus.data import resolve_state, state_code

    if isinstance(state, int) and not isinstance(state, bool):
        resolve_state(state)  # raises UnknownStateError for a code no state ever had
        return state
    return state_code(state, "ccode")


def _year_filter(years: int | tuple[int, int] | Iterable[int] | None) -> pl.Expr | None:
    """A filter on ``year`` from one year, an inclusive (first, last) pair, or an iterable of years."""
    if years is None:
        return None
    if isinstance(years, int):
        chosen = [years]
    elif isinstance(years, tuple) and len(years) == 2 and all(isinstance(y, int) for y in years):
        first, last = years
        if first > last:
            raise BadInputError(f"year range {years!r} runs backwards; give (first, last) with first <= last")
        chosen = list(range(first, last + 1))
    else:
        chosen = list(years)
        if not all(isinstance(y, int) for y in chosen):
            raise BadInputError(f"years {years!r} must be integers; give a year, a (first, last) pair or a list")
    return pl.col("year").is_in(chosen)


def _votes(ccodes: list[int], years: Any) -> pl.DataFrame:
    from foedus.data import table

    votes = table("un_votes").filter(pl.col("ccode").is_in(ccodes))
    keep = _year_filter(years)
    return votes.filter(keep) if keep is not None else votes


def _pair(votes: pl.DataFrame, a: int, b: int) -> pl.DataFrame:
    left = votes.filter(pl.col("ccode") == a).select("rcid", "year", pl.col("vote").alias("vote_a"))
    right = votes.filter(pl.col("ccode") == b).select("rcid", pl.col("vote").alias("vote_b"))
    joint = left.join(right, on="rcid", how="inner")
    diff = (pl.col("vote_a").cast(pl.Int16) - pl.col("vote_b").cast(pl.Int16)).abs()
    return (
        joint.group_by("year")
        .agg(
            pl.len().cast(pl.Int32).alias("joint_votes"),
            (diff == 0).mean().alias("agreement"),
            (1 - diff / 2).mean().alias("agreement_voeten"),
        )
        .sort("year")
    )


def vote_agreement(
    a: str | int, b: str | int, years: int | tuple[int, int] | Iterable[int] | None = None
) -> pl.DataFrame:
    """Per-year UN General Assembly voting agreement between states ``a`` and ``b``.

    ``a``/``b``: any name or code the state resolver accepts, matched on CoW code; an integer is used as a CoW
    code as is, which reaches historical codes (260 West Germany, 678 North Yemen) that a name resolves past.
    ``years``: one year, an inclusive (first, last) pair, or a list; default all years 1946-2019.
    Returns columns year, joint_votes, agreement, agreement_voeten; years without a joint vote have no row.
    """
    ca, cb = _ccode(a), _ccode(b)
    if ca == cb:
        raise BadInputError(f"vote_agreement needs two different states, got {a!r} and {b!r}")
    return _pair(_votes([ca, cb], years), ca, cb)


def vote_agreement_matrix(
    states: Iterable[str | int], years: int | tuple[int, int] | Iterable[int] | None = None
) -> pl.DataFrame:
    """Pooled voting agreement for every pair of ``states`` over ``years`` (long form, one row per pair).

    Columns state_a, state_b (ISO3 where the state has one, else the CoW code as text), ccode_a, ccode_b,
    joint_votes, agreement, agreement_voeten. Pooled means each roll call counts once, whatever the year; a pair
    that never voted together gets null scores and joint_votes 0.
    """
    from foedus.data import resolve_state

    resolved = [resolve_state(s) for s in states]
    if len(resolved) < 2:
        raise BadInputError(f"vote_agreement_matrix needs at least two states, got {len(resolved)}")
    codes = [r.ccode for r in resolved]
    for r in resolved:
        if r.ccode is None:
            raise BadInputError(f"{r.name} has no CoW code, so no UN votes in foedus")
    votes = _votes(codes, years)
    rows = []
    for (ra, ca), (rb, cb) in combinations(zip(resolved, codes, strict=True), 2):
        left = votes.filter(pl.col("ccode") == ca).select("rcid", pl.col("vote").alias("va"))
        right = votes.filter(pl.col("ccode") == cb).select("rcid", pl.col("vote").alias("vb"))
        joint = left.join(right, on="rcid")
        diff = (joint["va"].cast(pl.Int16) - joint["vb"].cast(pl.Int16)).abs()
        n = joint.height
        rows.append(
            {
                "state_a": ra.iso3 or str(ca),
                "state_b": rb.iso3 or str(cb),
                "ccode_a": ca,
                "ccode_b": cb,
                "joint_votes": n,
                "agreement": float((diff == 0).mean()) if n else None,
                "agreement_voeten": float((1 - diff / 2).mean()) if n else None,
            }
        )
    return pl.DataFrame(
        rows,
        schema={
            "state_a": pl.String,
            "state_b": pl.String,
            "ccode_a": pl.Int16,
            "ccode_b": pl.Int16,
            "joint_votes": pl.Int32,
            "agreement": pl.Float64,
            "agreement_voeten": pl.Float64,
        },
    )


@dataclass(frozen=True)
class Latest:
    """The most recent non-null value of a column for one state, with its year and the table's source."""

    value: Any
    year: int
    table: str
    column: str
    source: str
    version: str


def latest(table_name: str, state: str | int, column: str, *, until: int | None = None) -> Latest | None:
    """Most recent non-null ``column`` of ``state`` in bundled table ``table_name`` (optionally up to ``until``).

    Returns None when the state has no non-null value in the table (missing stays missing, never 0).
    """
    from foedus.data import spec, table

    s = spec(table_name)
    if column not in s.schema:
        raise BadInputError(f"table {table_name} has no column {column!r}; columns: {', '.join(s.schema)}")
    if not s.year_column:
        raise BadInputError(f"table {table_name} is not by year; latest() needs a state-year table")
    frame = table(table_name, state=state).filter(pl.col(column).is_not_null())
    if until is not None:
        frame = frame.filter(pl.col(s.year_column) <= until)
    if frame.height == 0:
        return None
    row = frame.sort(s.year_column).row(-1, named=True)
    return Latest(row[column], int(row[s.year_column]), table_name, column, s.source, s.version)
