"""FAS warhead tables and Bleek/NTI status against raw excerpts (tests/data/fixtures/nuc_*)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from foedus.data import table

FIX = Path(__file__).parent / "fixtures"
NAME_ISO3 = {
    "United States": "USA", "Russia": "RUS", "China": "CHN", "South Africa": "ZAF", "North Korea": "PRK",
    "Japan": "JPN", "Iran": "IRN",
}  # fmt: skip
NINE = {"USA", "RUS", "GBR", "FRA", "CHN", "IND", "PAK", "ISR", "PRK"}


def _iso(name: str) -> str:
    return NAME_ISO3[" ".join(name.split())]


def test_stockpiles_match_excerpt() -> None:
    raw = pl.read_csv(FIX / "nuc_stockpiles_excerpt.csv")
    nf = table("nuclear_forces")
    for name, year, value in raw.iter_rows():
        got = nf.filter((pl.col("iso3") == _iso(name)) & (pl.col("year") == year))["stockpile"]
        assert got.to_list() == [value], (name, year)


def test_2023_breakdown_matches_excerpt() -> None:
    raw = pl.read_csv(FIX / "nuc_inventories_2023_excerpt.csv")
    for row in raw.iter_rows(named=True):
        got = table("nuclear_forces", state=_iso(row["country_name"]), year=2023).row(0, named=True)
        assert got["deployed_strategic"] == row["nuclear_weapons_depl_strat"]
        assert got["deployed_nonstrategic"] == row["nuclear_weapons_depl_nonstrat"]
        assert got["reserve"] == row["nuclear_weapons_reserve_nondepl"]
        assert got["retired"] == row["nuclear_weapons_retired"]
        assert got["inventory"] == row["nuclear_weapons_inventory"]


def test_2025_inventory_is_the_nine() -> None:
    raw = pl.read_csv(FIX / "nuc_inventories_2025_owid.csv")
    y25 = table("nuclear_forces", year=2025)
    assert set(y25["iso3"]) == NINE == set(raw["Code"])
    for row in raw.iter_rows():
        code, strat, nonstrat, reserve, retired = row[1], row[3], row[4], row[5], row[6]
        got = y25.filter(pl.col("iso3") == code).row(0, named=True)
        assert (got["deployed_strategic"], got["deployed_nonstrategic"], got["reserve"], got["retired"]) == (
            strat, nonstrat, reserve, retired,
        )  # fmt: skip
        assert got["inventory"] == strat + nonstrat + reserve + retired
        assert got["stockpile"] == strat + nonstrat + reserve


def test_years_without_estimate_are_null_or_absent() -> None:
    nf = table("nuclear_forces")
    assert nf.filter(pl.col("year") == 2024).height == 0
    assert nf.filter(pl.col("year") < 2022)["inventory"].drop_nulls().len() == 0
    # Published FAS figure: the US stockpile peaked at 31,255 warheads in 1967.
    usa = table("nuclear_forces", state="USA")
    assert usa.sort("stockpile")["year"][-1] == 1967


def test_status_matches_excerpt_and_labels() -> None:
    raw = pl.read_csv(FIX / "nuc_status_excerpt.csv")
    st = table("nuclear_status")
    labels = {0: "no consideration", 1: "consideration", 2: "pursuit", 3: "possession"}
    for row in raw.iter_rows(named=True):
        got = st.filter((pl.col("country_name") == row["country_name"]) & (pl.col("year") == row["year"])).row(
            0, named=True
        )
        assert got["status"] == row["nuclear_weapons_status"]
        assert got["status_label"] == labels[row["nuclear_weapons_status"]]
        assert got["iso3"] == _iso(row["country_name"])


def test_status_possessors_2022_are_the_nine() -> None:
    y = table("nuclear_status", year=2022).filter(pl.col("status") == 3)
    assert set(y["iso3"]) == NINE
    assert table("nuclear_status")["year"].min() == 1938


@pytest.mark.parametrize("state,ccode", [("PRK", 731), ("ISR", 666), ("GBR", 200)])
def test_codes(state: str, ccode: int) -> None:
    assert table("nuclear_forces", state=state)["ccode"].unique().to_list() == [ccode]
