"""Military expenditure (SIPRI) and the economic denominators (World Bank GDP and population).

SIPRI identifies countries by English name only; the build gives each an ISO3 and a CoW code through
:mod:`foedus.data.codes` (names the regexes cannot settle are fixed in ``SIPRI_NAMES``). SIPRI's "..." (no data)
and "xxx" (country not independent) markers become null values, never 0, and the ``status`` column says which.
World Bank aggregates (regions, income groups, "World") are dropped: only economies with an ISO3 country code
are kept.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from foedus.data.codes import _cc, add_ccode, name_to_iso3
from foedus.data.registry import TableSpec

#: SIPRI names the country_converter regexes miss or that must not share a modern code.
#: Value: (iso3 or None, ccode or None); a None ccode means "derive from iso3".
SIPRI_NAMES: dict[str, tuple[str | None, int | None]] = {
    "Czechoslovakia": ("CSK", 315),
    "German Democratic Republic": ("DDR", 265),
    "Yugoslavia": ("YUG", 345),
    "USSR": ("SUN", 365),
    "Yemen, North": (None, 678),  # overlaps "Yemen" (all years listed); reach it by ccode 678 or sipri_name
}
#: SIPRI entries that are not states.
SIPRI_DROP = ("European Union",)

SIPRI_BIBTEX = """\
@misc{sipri2025milex,
  author = {{Stockholm International Peace Research Institute}},
  title = {{SIPRI} Military Expenditure Database, 1949-2024},
  year = {2025},
  publisher = {SIPRI},
  address = {Stockholm},
  url = {https://www.sipri.org/databases/milex},
  note = {Release of April 2025, constant (2023) US\\$}
}
"""

WDI_BIBTEX = """\
@misc{worldbank2025wdi,
  author = {{World Bank}},
  title = {World Development Indicators: {GDP} (current {US}\\$) [NY.GDP.MKTP.CD] and Population, total [SP.POP.TOTL]},
  year = {2025},
  publisher = {The World Bank},
  address = {Washington, DC},
  url = {https://databank.worldbank.org/source/world-development-indicators},
  note = {Via the datasets/gdp and datasets/population Data Packages (ODC-PDDL-1.0)}
}
"""

_MEASURES = {
    "constant_2023_usd_m": "constant_2023_usd_m",
    "current_usd_m": "current_usd_m",
    "share_of_gdp": "share_gdp",
    "per_capita_current_usd": "per_capita_usd",
    "share_of_govt_spending": "share_govt",
}


def build_sipri_milex(source: Path) -> pl.DataFrame:
    """SIPRI country-years with codes, a row status and measures renamed to foedus' short names."""
    raw = pl.read_csv(source / "milex" / "sipri_milex_1949_2024_long.csv.gz", infer_schema_length=None)
    raw = raw.filter(~pl.col("country").is_in(SIPRI_DROP))
    names = raw["country"].unique().to_list()
    iso = {n: SIPRI_NAMES[n][0] if n in SIPRI_NAMES else name_to_iso3(n) for n in names}
    unmatched = sorted(n for n, v in iso.items() if v is None and n not in SIPRI_NAMES)
    if unmatched:
        raise RuntimeError(f"SIPRI names without ISO3: {unmatched}")
    flags = [f"flag_{m}" for m in _MEASURES]
    any_value = pl.any_horizontal([pl.col(m).is_not_null() for m in _MEASURES.values()])
    frame = (
        raw.rename({"country": "sipri_name", **_MEASURES})
        .with_columns(pl.col("sipri_name").replace_strict(iso, return_dtype=pl.String).alias("iso3"))
        .with_columns(
            pl.when(pl.any_horizontal([pl.col(f) == "not_independent" for f in flags]))
            .then(pl.lit("not_independent"))
            .when(any_value)
            .then(pl.lit("ok"))
            .otherwise(pl.lit("no_data"))
            .alias("status")
        )
    )
    frame = add_ccode(frame, source)
    fixed = {n: c for n, (_, c) in SIPRI_NAMES.items() if c is not None}
    frame = frame.with_columns(
        pl.col("sipri_name").replace_strict(fixed, default=None, return_dtype=pl.Int16).fill_null(pl.col("ccode"))
        .alias("ccode")
    )
    return frame.sort("sipri_name", "year")


def build_wdi(source: Path) -> pl.DataFrame:
    """World Bank GDP (current US$) and population for economies with an ISO3 country code."""
    countries = _cc()["ISO3"].drop_nulls().to_list()

    def read(file: str, column: str) -> pl.DataFrame:
        raw = pl.read_csv(source / "worldbank" / file)
        return raw.filter(pl.col("Country Code").is_in(countries)).select(
            pl.col("Country Code").alias("iso3"), pl.col("Year").alias("year"), pl.col("Value").alias(column)
        )

    gdp = read("gdp_current_usd.csv", "gdp_current_usd")
    pop = read("population.csv", "population")
    frame = gdp.join(pop, on=["iso3", "year"], how="full", coalesce=True)
    return add_ccode(frame, source).sort("iso3", "year")


TABLES = [
    TableSpec(
        name="sipri_milex",
        title="SIPRI military expenditure by country-year",
        unit="country-year (SIPRI country list, incl. defunct states)",
        key=("sipri_name", "year"),
        coverage="1949-2024",
        source="milex/sipri_milex_1949_2024_long.csv.gz (long form of SIPRI-Milex-data-1949-2024_2.xlsx, "
        "shruti-01-narwat/Global_Military_Expenditure_Dashboard@ce37e14)",
        version="SIPRI Milex 1949-2024 (constant 2023 US$)",
        bibtex=SIPRI_BIBTEX,
        schema={
            "iso3": pl.String,
            "ccode": pl.Int16,
            "sipri_name": pl.String,
            "year": pl.Int16,
            "constant_2023_usd_m": pl.Float64,
            "current_usd_m": pl.Float64,
            "share_gdp": pl.Float64,
            "per_capita_usd": pl.Float64,
            "share_govt": pl.Float64,
            "status": pl.String,
            "notes": pl.String,
        },
        build=build_sipri_milex,
        state_columns=("iso3",),
        state_code="iso3",
        year_column="year",
        notes=(
            "constant_2023_usd_m and current_usd_m in millions of US$; share_gdp and share_govt are fractions "
            "(0.034 = 3.4%); per_capita_usd in current US$. per_capita_usd and share_govt start in 1988. "
            "status: 'not_independent' (SIPRI 'xxx'), 'no_data' (SIPRI '...' or blank for every measure) or "
            "'ok' (at least one measure reported; a null measure in an ok row means SIPRI gave no figure for "
            "it). notes holds SIPRI's footnote keys (see sipri_milex_1949_2024_footnotes.csv). SIPRI's colour "
            "codes for estimates and uncertain figures are not preserved. USSR has iso3 SUN, Yugoslavia YUG, "
            "Czechoslovakia CSK, the GDR DDR; 'Yemen, North' has no iso3 (ccode 678). The European Union "
            "total is dropped."
        ),
    ),
    TableSpec(
        name="wdi",
        title="World Bank GDP (current US$) and total population",
        unit="economy-year (World Bank economies with an ISO3 code; aggregates dropped)",
        key=("iso3", "year"),
        coverage="1960-2024 (GDP 1960-2023, population 1960-2024)",
        source="worldbank/gdp_current_usd.csv (datasets/gdp@822019c) and worldbank/population.csv "
        "(datasets/population@425fc44)",
        version="WDI NY.GDP.MKTP.CD to 2023, SP.POP.TOTL to 2024",
        bibtex=WDI_BIBTEX,
        schema={
            "iso3": pl.String,
            "ccode": pl.Int16,
            "year": pl.Int16,
            "gdp_current_usd": pl.Float64,
            "population": pl.Int64,
        },
        build=build_wdi,
        state_columns=("iso3",),
        state_code="iso3",
        year_column="year",
        notes=(
            "gdp_current_usd: GDP in current US$ (NY.GDP.MKTP.CD), series ends 2023, so 2024 is null; "
            "population: total population, persons (SP.POP.TOTL). A value the World Bank does not report is "
            "null. ccode: DEU before 1991 is 260 (German Federal Republic), YEM before 1990 is 678."
        ),
    ),
]
