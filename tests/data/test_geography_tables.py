"""capitals, contiguity and mindist against raw excerpts (tests/data/fixtures/geo_*), and coverage."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from fixture_rows import rows

from foedus.data import table
from foedus.data.states import capital, contiguous, min_distance

FIXTURES = Path(__file__).parent / "fixtures"



def test_capitals_match_raw() -> None:
    caps = table("capitals").filter(pl.col("system") == "cow")
    for r in rows("geo_cow_capitals_excerpt.csv"):
        hit = caps.filter((pl.col("code") == int(r["ccode"])) & (pl.col("start") == pl.lit(r["stdate"]).str.to_date()))
        assert hit["capital"][0] == r["capital"]
        assert hit["lat"][0] == pytest.approx(float(r["lat"]), abs=1e-4)
        assert hit["lon"][0] == pytest.approx(float(r["lng"]), abs=1e-4)


def test_capital_helper() -> None:
    assert capital("South Korea", on="2020-01-01")[0] == "Seoul"
    assert capital("Germany", on="1980-01-01")[0] == "Bonn"
    assert capital("Germany", on="2000-01-01")[0] == "Berlin"
    assert capital("Russia", on="1900-01-01")[0] == "Saint Petersburg"


def test_contiguity_matches_raw() -> None:
    for r in rows("geo_cow_contdir_excerpt.csv"):
        assert contiguous(int(r["ccode1"]), int(r["ccode2"]), r["stdate"]) == int(r["conttype"])
    assert contiguous("USA", "China", "2000-01-01") is None
    assert contiguous("USA", "Canada", "2025-01-01") == 1  # spell open after 2016


def test_mindist_matches_raw_and_coverage() -> None:
    for r in rows("geo_cow_mindist_excerpt.csv"):
        got = min_distance(int(r["ccode1"]), int(r["ccode2"]), int(r["year"]))
        assert got == pytest.approx(float(r["mindist"]), abs=0.01)
    assert min_distance("KOR", "JPN", 2020) is None  # outside 1886-2019: missing, not 0
    assert min_distance("USA", "Canada", 1885) is None
    assert table("mindist")["year"].max() == 2019
