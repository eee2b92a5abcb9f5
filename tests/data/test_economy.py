"""SIPRI and World Bank tables against raw excerpts (tests/data/fixtures/sipri_*, wb_*) and coverage windows."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from foedus.data import table

FIX = Path(__file__).parent / "fixtures"
SIPRI_MEASURES = {
    "constant_2023_usd_m": "constant_2023_usd_m",
    "current_usd_m": "current_usd_m",
    "share_of_gdp": "share_gdp",
    "per_capita_current_usd": "per_capita_usd",
    "share_of_govt_spending": "share_govt",
}


def test_sipri_values_match_raw_excerpt() -> None:
    raw = pl.read_csv(FIX / "sipri_milex_excerpt.csv", infer_schema_length=None)
    shipped = table("sipri_milex")
    for row in raw.iter_rows(named=True):
        got = shipped.filter((pl.col("sipri_name") == row["country"]) & (pl.col("year") == row["year"])).row(
            0, named=True
        )
        for src, dst in SIPRI_MEASURES.items():
            if row[src] is None:
                assert got[dst] is None, (row["country"], row["year"], dst)
            else:
                assert got[dst] == pytest.approx(row[src], rel=1e-12), (row["country"], row["year"], dst)


def test_sipri_known_figures_by_state() -> None:
    # Published SIPRI figures (constant 2023 US$ m), as in the SIPRI workbook's "Constant (2023) US$" sheet.
    kor = table("sipri_milex", state="KOR", year=2023).row(0, named=True)
    assert kor["constant_2023_usd_m"] == pytest.approx(47801.863, abs=1e-3)
    assert kor["ccode"] == 732 and kor["status"] == "ok"
    assert table("sipri_milex", state="JPN", year=2024)["constant_2023_usd_m"][0] == pytest.approx(58399.280, abs=1e-3)
    usa = table("sipri_milex", state="United States", year=2024).row(0, named=True)
    assert usa["current_usd_m"] == pytest.approx(997309.0)
    assert 0 < usa["share_gdp"] < 1  # a fraction, not a percentage


@pytest.mark.parametrize("state", ["LAO", "VNM"])
def test_sipri_no_2024_figure_for_laos_and_vietnam(state: str) -> None:
    row = table("sipri_milex", state=state, year=2024).row(0, named=True)
    assert row["status"] == "no_data"
    for col in SIPRI_MEASURES.values():
        assert row[col] is None


def test_sipri_not_independent_is_null_with_status() -> None:
    row = table("sipri_milex").filter((pl.col("sipri_name") == "Czechoslovakia") & (pl.col("year") == 1993))
    assert row["status"].to_list() == ["not_independent"]
    assert row["constant_2023_usd_m"].to_list() == [None]


def test_sipri_historical_codes() -> None:
    s = table("sipri_milex")
    ussr = s.filter((pl.col("sipri_name") == "USSR") & (pl.col("year") == 1990)).row(0, named=True)
    assert ussr["ccode"] == 365 and ussr["iso3"] == "SUN"
    ger = s.filter((pl.col("sipri_name") == "Germany") & (pl.col("year") == 1985)).row(0, named=True)
    assert ger["ccode"] == 260  # West Germany before unification
    assert s.filter(pl.col("iso3").is_not_null()).select("iso3", "year").is_duplicated().sum() == 0


def test_sipri_coverage() -> None:
    s = table("sipri_milex")
    assert s["year"].min() == 1949 and s["year"].max() == 2024
    assert s.filter(pl.col("year") < 1988)["per_capita_usd"].drop_nulls().len() == 0


def test_wdi_matches_world_bank_excerpt() -> None:
    gdp = pl.read_csv(FIX / "wb_gdp_excerpt.csv").filter(pl.col("Country Code") == "KOR")
    pop = pl.read_csv(FIX / "wb_population_excerpt.csv").filter(pl.col("Country Code") == "KOR")
    wdi = table("wdi", state="KOR")
    for year, value in zip(gdp["Year"], gdp["Value"], strict=True):
        assert wdi.filter(pl.col("year") == year)["gdp_current_usd"][0] == pytest.approx(value, rel=1e-12)
    for year, value in zip(pop["Year"], pop["Value"], strict=True):
        assert wdi.filter(pl.col("year") == year)["population"][0] == value
    assert wdi["ccode"].unique().to_list() == [732]


def test_wdi_gdp_2024_is_null_and_aggregates_dropped() -> None:
    kor = table("wdi", state="KOR", year=2024).row(0, named=True)
    assert kor["gdp_current_usd"] is None
    assert kor["population"] == 51751065
    wdi = table("wdi")
    assert wdi.filter(pl.col("iso3").is_in(["WLD", "EUU", "HIC", "EAS"])).height == 0
    assert wdi["year"].min() == 1960 and wdi["year"].max() == 2024
    assert wdi.filter(pl.col("year") == 2024)["gdp_current_usd"].drop_nulls().len() == 0
