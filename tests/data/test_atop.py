"""ATOP tables and bound_toward against raw member rows (tests/data/fixtures/atop_members_excerpt.csv)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from fixture_rows import rows

from foedus.data import table
from foedus.data.atop import atop_alliances_of, bound_toward

FIXTURES = Path(__file__).parent / "fixtures"

FLAGS = ("defense", "offense", "neutral", "nonagg", "consul", "defcon", "concon", "obvary")


def test_member_rows_match_raw() -> None:
    members = table("atop_members")
    for r in rows("atop_members_excerpt.csv"):
        hit = members.filter(
            (pl.col("atopid") == int(r["atopid"])) & (pl.col("member") == int(r["member"]))
            & (pl.col("phase") == int(r["phase"])) & (pl.col("entry").dt.year() == int(r["yrent"]))
        )
        assert hit.height == 1, r["atopid"]
        row = hit.row(0, named=True)
        for flag in FLAGS:
            assert row[flag] == int(r[flag]), (r["atopid"], r["member"], flag)
        assert row["entry"].month == int(r["moent"])
        if r["yrexit"] == "0":
            assert row["exit"] is None  # still in force at the end of ATOP 5.1
        else:
            assert row["exit"].year == int(r["yrexit"])
        if r["dayent"] == "":
            assert row["entry"].day == 1 and row["entry_day_known"] is False


def test_us_japan_asymmetry() -> None:
    japan = table("atop_members").filter((pl.col("atopid") == 3375) & (pl.col("member") == 740)).row(0, named=True)
    assert (japan["defense"], japan["consul"]) == (0, 1)
    us_to_japan = bound_toward("USA", "Japan", "2018-12-31")
    japan_to_us = bound_toward("Japan", "USA", "2018-12-31")
    assert "defense" in us_to_japan.filter(pl.col("atopid") == 3375)["obligation"].to_list()
    assert "defense" not in japan_to_us.filter(pl.col("atopid") == 3375)["obligation"].to_list()
    assert "consultation" in japan_to_us.filter(pl.col("atopid") == 3375)["obligation"].to_list()
    assert us_to_japan.columns[:5] == ["atopid", "obligation", "conditional", "begin", "end"]


def test_before_signature_nothing_binds() -> None:
    assert bound_toward("USA", "Japan", "1959-12-31").filter(pl.col("atopid") == 3375).is_empty()


def test_alliances_of() -> None:
    ids = atop_alliances_of("USA", "2018-12-31")["atopid"].to_list()
    assert 3180 in ids and 3375 in ids  # NATO, US-Japan
    assert table("atop_alliances").filter(pl.col("atopid") == 3375)["end"][0] is None
