"""Conflict tables against raw peacesciencer excerpts (tests/data/fixtures/conflict_*)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from foedus.data import table

FIX = Path(__file__).parent / "fixtures"


def test_mid_disputes_match_excerpt_and_minus9_is_null() -> None:
    raw = pl.read_csv(FIX / "conflict_cow_mid_disps_excerpt.csv")
    md = table("mid_disputes").filter(pl.col("dataset") == "cow")
    for row in raw.iter_rows(named=True):
        got = md.filter(pl.col("dispnum") == row["dispnum"]).row(0, named=True)
        for col, value in row.items():
            assert got[col] == (None if value == -9 else value), (row["dispnum"], col)
    assert set(table("mid_disputes")["dataset"]) == {"cow", "gml"}


def test_mid_dyads_match_gml_excerpt() -> None:
    raw = pl.read_csv(FIX / "conflict_gml_mid_ddydisps_excerpt.csv")
    dy = table("mid_dyads").filter(pl.col("dataset") == "gml")
    for row in raw.iter_rows(named=True):
        got = dy.filter(
            (pl.col("ccode1") == row["ccode1"]) & (pl.col("ccode2") == row["ccode2"]) & (pl.col("year") == row["year"])
        ).row(0, named=True)
        assert got["dispnum"] == row["dispnum"]
        assert got["onset"] == row["gmlmidonset"]
        assert got["hostlev1"] == row["hostlev1"] and got["hostlev2"] == row["hostlev2"]
        assert got["fatalpre1"] == (None if row["fatalpre1"] == -9 else row["fatalpre1"])


def test_mid_dyads_state_filter() -> None:
    usa = table("mid_dyads", state="United States")
    assert set(usa["ccode1"]) == {2}


def test_wars_minus9_battle_deaths_become_null() -> None:
    raw = pl.read_csv(FIX / "conflict_cow_war_inter_excerpt.csv")
    wars = table("wars")
    for row in raw.iter_rows(named=True):
        got = wars.filter(
            (pl.col("warnum") == row["warnum"]) & (pl.col("ccode1") == row["ccode1"]) & (pl.col("year") == row["year"])
        ).row(0, named=True)
        assert got["batdeath1"] is None  # -9 in the raw file
        assert got["batdeath2"] == row["batdeath2"]
    assert (wars["batdeath1"].drop_nulls() < 0).sum() == 0


def test_rivalries_match_tss_excerpt_and_date_filter() -> None:
    raw = pl.read_csv(FIX / "conflict_tss_rivalries_excerpt.csv")
    riv = table("rivalries").filter(pl.col("dataset") == "tss")
    for row in raw.iter_rows(named=True):
        got = riv.filter(pl.col("rivalry_id") == row["tssr_id"]).row(0, named=True)
        assert (got["ccode1"], got["ccode2"], got["start_year"], got["end_year"]) == (
            row["ccode1"], row["ccode2"], row["start"], row["end"],
        )  # fmt: skip
        assert got["positional"] == (row["positional"] == 1)
        assert got["ideological"] == (row["ideological"] == 1)
    on_2010 = table("rivalries", date="2010-06-01").filter(pl.col("dataset") == "tss")
    assert "China-United States 2" in set(on_2010["rivalry"])
    assert "China-United States 1" not in set(on_2010["rivalry"])


def test_ucdp_matches_excerpt() -> None:
    raw = pl.read_csv(FIX / "conflict_ucdp_acd_excerpt.csv")
    u = table("ucdp")
    for row in raw.iter_rows(named=True):
        got = u.filter((pl.col("conflict_id") == row["conflict_id"]) & (pl.col("year") == row["year"])).row(
            0, named=True
        )
        assert got["gwno_a"] == row["gwno_a"] and got["gwno_b"] is None
        assert got["intensity_level"] == row["intensity_level"]
        assert got["start_date"] == dt.date.fromisoformat(row["start_date"])
        assert got["ep_end_date"] == dt.date.fromisoformat(row["ep_end_date"])
    assert u["year"].min() == 1946
