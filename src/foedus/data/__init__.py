"""Bundled reference data: one function call per table, filtered by state and date.

>>> from foedus.data import table, resolve_state, cite
>>> table("nmc", state="South Korea", year=2016)      # a polars DataFrame
>>> cite("sipri_milex")                                # BibTeX

Every table is declared in :mod:`foedus.data.sources` with its schema, unit of analysis, coverage window, source,
version and citation; ``list_tables()`` shows them. Outside a table's coverage a value is missing (null), never 0.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import TYPE_CHECKING

from foedus.data.registry import CATALOG_FILE, TableSpec, all_specs
from foedus.errors import UnknownTableError

if TYPE_CHECKING:
    import polars as pl

__all__ = ["table", "list_tables", "cite", "spec", "resolve_state"]


@cache
def _specs() -> dict[str, TableSpec]:
    return all_specs()


def spec(name: str) -> TableSpec:
    """The declaration of table ``name``; raises UnknownTableError with the known names."""
    specs = _specs()
    if name not in specs:
        raise UnknownTableError(name, sorted(specs))
    return specs[name]


@cache
def _load(name: str) -> pl.DataFrame:
    import polars as pl

    from foedus.data.schema import check_schema

    s = spec(name)
    if not s.path.exists():
        raise FileNotFoundError(f"bundled table {name} missing at {s.path}; run python -m foedus.data.build")
    return check_schema(pl.read_parquet(s.path), s)


def table(
    name: str,
    *,
    state: str | int | None = None,
    year: int | None = None,
    date: str | dt.date | None = None,
) -> pl.DataFrame:
    """Return bundled table ``name`` as a polars DataFrame, optionally filtered.

    ``state`` (any name or code the resolver accepts) keeps rows where the table's first state column is that
    state; ``year`` keeps one year; ``date`` keeps spells that include that date (tables with start/end dates).
    """
    import polars as pl

    from foedus.dates import check_year, parse_date

    s = spec(name)
    frame = _load(name)
    if state is not None:
        if not s.state_columns:
            from foedus.errors import BadInputError

            raise BadInputError(f"table {name} has no state column; drop the state filter")
        code = state_code(state, s.state_code)
        frame = frame.filter(pl.col(s.state_columns[0]) == code)
    if year is not None:
        check_year(year)
        if s.year_column:
            frame = frame.filter(pl.col(s.year_column) == year)
        elif s.start_column:
            day_one, day_last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            frame = _spells_overlapping(frame, s, day_one, day_last)
    if date is not None:
        day = parse_date(date)
        if s.start_column:
            frame = _spells_overlapping(frame, s, day, day)
        elif s.year_column:
            frame = frame.filter(pl.col(s.year_column) == day.year)
    return frame


def _spells_overlapping(frame: pl.DataFrame, s: TableSpec, first: dt.date, last: dt.date) -> pl.DataFrame:
    import polars as pl

    keep = pl.col(s.start_column) <= last
    if s.end_column:
        keep &= pl.col(s.end_column).is_null() | (pl.col(s.end_column) >= first)
    return frame.filter(keep)


def state_code(state: str | int, system: str | None):
    """The code of ``state`` in ``system`` ("ccode", "gwcode" or "iso3")."""
    found = resolve_state(state)
    value = getattr(found, system or "iso3")
    if value is None:
        from foedus.errors import BadInputError

        raise BadInputError(f"{found.name} has no {system} code")
    return value


def list_tables() -> pl.DataFrame:
    """One row per bundled table: name, title, unit, rows, coverage, version and source."""
    import polars as pl

    catalog = json.loads(CATALOG_FILE.read_text()) if CATALOG_FILE.exists() else {}
    rows = [
        {
            "table": s.name,
            "title": s.title,
            "unit": s.unit,
            "rows": catalog.get(s.name, {}).get("rows"),
            "coverage": s.coverage,
            "version": s.version,
            "source": s.source,
        }
        for s in _specs().values()
    ]
    return pl.DataFrame(rows, schema_overrides={"rows": pl.Int64})


def cite(name: str) -> str:
    """BibTeX for the dataset behind table ``name``."""
    return spec(name).bibtex.strip() + "\n"


def resolve_state(name: str | int, on: str | dt.date | None = None):
    """Resolve any name or code to one canonical state (see :mod:`foedus.data.states`)."""
    from foedus.data.states import resolve_state as _resolve

    return _resolve(name, on=on)
