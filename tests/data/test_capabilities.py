"""The shipped NMC table against an excerpt of the raw peacesciencer file (tests/data/fixtures/nmc_*)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from foedus.data import cite, spec, table

FIXTURE = Path(__file__).parent / "fixtures" / "nmc_cow_nmc_excerpt.csv"
COMPONENTS = ["milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]


@pytest.fixture(scope="module")
def raw() -> pl.DataFrame:
    return pl.read_csv(FIXTURE)


def test_values_match_raw_excerpt(raw: pl.DataFrame) -> None:
    nmc = table("nmc")
    for row in raw.iter_rows(named=True):
        shipped = nmc.filter((pl.col("ccode") == row["ccode"]) & (pl.col("year") == row["year"])).row(0, named=True)
        for c in COMPONENTS:
            if row[c] is None:
                assert shipped[c] is None, (row["ccode"], row["year"], c)
            else:
                assert shipped[c] == pytest.approx(row[c], rel=1e-9), (row["ccode"], row["year"], c)


def test_missing_is_null_not_zero() -> None:
    # The Bahamas (ccode 31) in 1993 has no milex in NMC 7.0 (an empty field in the raw excerpt).
    row = table("nmc", state=31, year=1993)
    assert row["milex"].to_list() == [None]
    assert row["milex_currency"].to_list() == [None]
    assert (table("nmc")["milex"].drop_nulls() < 0).sum() == 0


def test_state_filters_and_codes() -> None:
    kor = table("nmc", state="South Korea", year=2016)
    assert kor["ccode"].to_list() == [732]
    assert kor["iso3"].to_list() == ["KOR"]
    assert kor["milex"].to_list() == [33778000]


def test_currency_switches_in_1914() -> None:
    usa = table("nmc", state="USA").filter(pl.col("year").is_in([1913, 1914]))
    assert usa.sort("year")["milex_currency"].to_list() == ["GBP", "USD"]


def test_coverage_ends_2022() -> None:
    nmc = table("nmc")
    assert nmc["year"].min() == 1816 and nmc["year"].max() == 2022
    assert table("nmc", state="USA", year=2023).height == 0
    assert spec("nmc").coverage == "1816-2022"


def test_citation() -> None:
    assert "Singer" in cite("nmc") and "@" in cite("nmc")
