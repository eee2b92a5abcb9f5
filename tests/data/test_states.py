"""states and state_system against the raw CoW/G-W lists (committed excerpts in tests/data/fixtures/states_*)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
from fixture_rows import rows

from foedus.data import table

FIXTURES = Path(__file__).parent / "fixtures"



def test_every_cow_spell_is_shipped_with_its_dates() -> None:
    shipped = table("state_system").filter(pl.col("system") == "cow")
    for r in rows("states_cow_states.csv"):
        code = int(r["ccode"])
        start = dt.date(int(r["styear"]), int(r["stmonth"]), int(r["stday"]))
        end = dt.date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"]))
        spells = shipped.filter(pl.col("code") == code).sort("start")
        # the shipped spells of this code cover exactly [start, end] (possibly split at a succession)
        inside = spells.filter((pl.col("start") >= start) & (pl.col("start") <= end))
        assert inside["start"][0] == start, (code, start)
        last_end = inside["end"][-1]
        if end == dt.date(2016, 12, 31):
            assert last_end is None, code  # open: still a member when CoW v2016 ends
        else:
            assert last_end == end, code


def test_gw_terminal_date_is_open() -> None:
    shipped = table("state_system").filter(pl.col("system") == "gw")
    for r in rows("states_gw_states_excerpt.csv"):
        spells = shipped.filter(pl.col("code") == int(r["gwcode"]))
        start = dt.date.fromisoformat(r["startdate"])
        assert start in spells["start"].to_list()
        if r["enddate"] == "2017-12-31":
            assert spells.filter(pl.col("end").is_null()).height == 1


def test_states_table_codes() -> None:
    states = table("states")
    assert states["iso3"].is_unique().all()
    row = states.filter(pl.col("iso3") == "KOR").row(0, named=True)
    assert (row["ccode"], row["gwcode"], row["iso2"], row["iso_numeric"]) == (732, 732, "KR", 410)
    assert states.filter(pl.col("iso3") == "SRB")["gwcode"][0] == 340
    assert states.filter(pl.col("iso3") == "DEU")["ccode"][0] == 255
    # pseudo-codes are 4 letters, never colliding with ISO alpha-3
    pseudo = states.filter(pl.col("iso3").str.len_chars() != 3)["iso3"]
    assert pseudo.str.starts_with("X").all() and "XBAV" in pseudo.to_list()
