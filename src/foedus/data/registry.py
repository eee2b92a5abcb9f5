"""The catalogue of bundled tables: what each is, its unit of analysis, coverage, source and citation.

A table is declared once as a :class:`TableSpec` in one of the modules of :mod:`foedus.data.sources`. The spec
carries the schema (column name -> polars dtype) that the build checks before writing and that the loader checks
again after reading, and the function that builds the table from the raw files in ``../shared/data``. Only the
build calls ``build``; loading a shipped table never touches the raw data.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TABLE_DIR = Path(__file__).parent / "tables"
CATALOG_FILE = TABLE_DIR / "catalog.json"


@dataclass(frozen=True)
class TableSpec:
    """Declaration of one bundled table.

    ``state_columns`` name the columns that hold a state code (``state_code`` says which system: "ccode",
    "gwcode" or "iso3"); the first is used for ``state=`` filters, all of them for dyadic filters.
    ``year_column`` is used for ``year=`` filters; ``start_column``/``end_column`` (ISO dates) for ``date=``
    filters on spell tables. ``coverage`` is the documented window (e.g. "1816-2022"): outside it a value is
    missing, never 0.
    """

    name: str
    title: str
    unit: str
    key: tuple[str, ...]
    coverage: str
    source: str
    version: str
    bibtex: str
    schema: dict[str, Any]
    build: Callable[[Path], Any] = field(repr=False, compare=False)
    state_columns: tuple[str, ...] = ()
    state_code: str | None = None
    year_column: str | None = None
    start_column: str | None = None
    end_column: str | None = None
    notes: str = ""

    @property
    def path(self) -> Path:
        return TABLE_DIR / f"{self.name}.parquet"


def all_specs() -> dict[str, TableSpec]:
    """Every declared table, by name, collected from the modules of :mod:`foedus.data.sources`."""
    from foedus.data import sources

    specs: dict[str, TableSpec] = {}
    for info in sorted(pkgutil.iter_modules(sources.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"foedus.data.sources.{info.name}")
        for spec in getattr(module, "TABLES", ()):
            if spec.name in specs:
                raise RuntimeError(f"table {spec.name!r} declared twice")
            specs[spec.name] = spec
    return specs
