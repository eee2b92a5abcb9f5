"""Build-time helpers that put ISO3 and Correlates of War codes on raw tables.

Raw sources identify states differently: CoW/peacesciencer by ``ccode``, SIPRI by English name only, the World
Bank and OWID by ISO3, unvotes by name and ISO2. Every state-year table foedus ships carries both ``iso3`` and
``ccode`` so users can filter either way; this module is the one place where the two are joined, at build time
only (an installed foedus never calls it).

Names are matched with the regular expressions of the ``country_converter`` package (its TSV is read directly,
because ``CountryConverter()`` itself fails under pandas 3). CoW codes come from the CoW State System
Membership list (peacesciencer/cow_states.csv). The mapping is *static*: an ISO3 code maps to the most recent
CoW code of that state (DEU -> 255, YEM -> 679, SRB -> 345, RUS -> 365), which is the code users expect for
modern data. Historical CoW states with no ISO3 code (Bavaria, Two Sicilies, Republic of Vietnam,
Austria-Hungary, ...) get a null ``iso3``.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

import polars as pl

#: CoW states whose name the country_converter regexes miss or mis-assign. ``None`` = no ISO3 code.
COW_ISO3_OVERRIDES: dict[int, str | None] = {
    260: "DEU",  # German Federal Republic (ISO 3166 DEU was West Germany's code)
    265: "DDR",  # German Democratic Republic (ISO 3166-3 DDR)
    300: None,  # Austria-Hungary
    315: "CSK",  # Czechoslovakia (ISO 3166-3 CSK)
    345: "SRB",  # Yugoslavia / Serbia (CoW keeps 345 for the rump state)
    678: "YEM",  # Yemen Arab Republic (held ISO code YEM before unification)
    680: "YMD",  # Yemen People's Republic (ISO 3166-3 YMD)
    730: None,  # Korea (1887-1905), kept apart from South Korea 732
    817: None,  # Republic of Vietnam
}


def country_converter_tsv() -> Path:
    """Path of country_converter's ``country_data.tsv`` (a dev dependency, needed only to build)."""
    found = importlib.util.find_spec("country_converter")
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("building foedus tables needs the country_converter package (pip install foedus[dev])")
    return Path(next(iter(found.submodule_search_locations))) / "country_data.tsv"


@cache
def _cc() -> pl.DataFrame:
    return pl.read_csv(country_converter_tsv(), separator="\t", infer_schema=False)


@cache
def _regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    cc = _cc()
    return tuple((re.compile(r, re.IGNORECASE), iso) for r, iso in zip(cc["regex"], cc["ISO3"], strict=True))


def name_to_iso3(name: str, overrides: dict[str, str | None] | None = None) -> str | None:
    """ISO3 code of an English country name, or None if no (or more than one) country_converter regex matches.

    ``overrides`` (exact name -> ISO3 or None) settle names that the regexes get wrong for a given source.
    """
    if overrides and name in overrides:
        return overrides[name]
    hits = {iso for rx, iso in _regexes() if rx.search(name)}
    return hits.pop() if len(hits) == 1 else None


def iso2_to_iso3() -> dict[str, str]:
    """ISO2 -> ISO3 for every current country in country_converter."""
    cc = _cc().drop_nulls(["ISO2", "ISO3"])
    return dict(zip(cc["ISO2"], cc["ISO3"], strict=True))


def cow_states(source: Path) -> pl.DataFrame:
    """CoW state spells (ccode, stateabb, statenme, styear, endyear) from peacesciencer/cow_states.csv."""
    return pl.read_csv(source / "peacesciencer" / "cow_states.csv").select(
        "ccode", "stateabb", "statenme", "styear", "endyear"
    )


@cache
def _ccode_iso3(source: Path) -> pl.DataFrame:
    states = cow_states(source).group_by("ccode").agg(
        pl.col("statenme").last(), pl.col("styear").max(), pl.col("endyear").max()
    )
    iso = [
        COW_ISO3_OVERRIDES[c] if c in COW_ISO3_OVERRIDES else name_to_iso3(n)
        for c, n in zip(states["ccode"], states["statenme"], strict=True)
    ]
    return states.with_columns(pl.Series("iso3", iso, dtype=pl.String)).sort("ccode")


def ccode_to_iso3(source: Path) -> dict[int, str]:
    """Static CoW code -> ISO3 map (historical states without an ISO3 code are left out)."""
    frame = _ccode_iso3(source).drop_nulls("iso3")
    return dict(zip(frame["ccode"], frame["iso3"], strict=True))


def iso3_to_ccode(source: Path) -> dict[str, int]:
    """Static ISO3 -> CoW code map: each ISO3 code goes to its state's most recent CoW code."""
    frame = _ccode_iso3(source).drop_nulls("iso3").sort(["endyear", "styear"]).unique("iso3", keep="last")
    return dict(zip(frame["iso3"], frame["ccode"], strict=True))


def add_iso3(frame: pl.DataFrame, source: Path, ccode: str = "ccode") -> pl.DataFrame:
    """Add an ``iso3`` column derived from the CoW code column ``ccode``."""
    mapping = ccode_to_iso3(source)
    return frame.with_columns(pl.col(ccode).replace_strict(mapping, default=None, return_dtype=pl.String).alias("iso3"))


#: ISO3 codes whose CoW code changed over time: (iso3, last year of the old code, old ccode).
CCODE_BEFORE: tuple[tuple[str, int, int], ...] = (
    ("DEU", 1990, 260),  # German Federal Republic until unification (CoW 255 from 3 Oct 1990)
    ("YEM", 1989, 678),  # Yemen Arab Republic until unification in May 1990 (CoW 679)
)


def add_ccode(frame: pl.DataFrame, source: Path, iso3: str = "iso3", year: str | None = "year") -> pl.DataFrame:
    """Add a ``ccode`` column (Int16) derived from the ISO3 column ``iso3``.

    With a ``year`` column, Germany before 1991 gets 260 (German Federal Republic) and Yemen before 1990 gets
    678 (Yemen Arab Republic); otherwise each ISO3 code gets its state's most recent CoW code.
    """
    mapping = iso3_to_ccode(source)
    code = pl.col(iso3).replace_strict(mapping, default=None, return_dtype=pl.Int16)
    if year is not None:
        for iso, last, old in CCODE_BEFORE:
            code = pl.when((pl.col(iso3) == iso) & (pl.col(year) <= last)).then(pl.lit(old, pl.Int16)).otherwise(code)
    return frame.with_columns(code.alias("ccode"))
