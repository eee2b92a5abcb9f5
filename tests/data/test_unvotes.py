"""UN votes tables and vote_agreement, recomputed by hand from a raw excerpt of session 74 (2019-20)."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from foedus.data import table
from foedus.data.analysis import latest, vote_agreement, vote_agreement_matrix
from foedus.errors import BadInputError, FoedusError

FIX = Path(__file__).parent / "fixtures"
SCORE = {"yes": 1, "abstain": 2, "no": 3}


def _raw() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """rcid -> year, and (rcid, ISO2) -> vote word, straight from the raw excerpt."""
    with open(FIX / "unv_roll_calls_session74.csv") as f:
        years = {r["rcid"]: r["date"][:4] for r in csv.DictReader(f)}
    with open(FIX / "unv_votes_session74_usa_isr_cub.csv") as f:
        votes = {(r["rcid"], r["country_code"]): r["vote"] for r in csv.DictReader(f)}
    return years, votes


def _by_hand(a: str, b: str, year: str) -> tuple[int, float, float]:
    years, votes = _raw()
    pairs = [
        (votes[(rc, a)], votes[(rc, b)])
        for rc, y in years.items()
        if y == year and (rc, a) in votes and (rc, b) in votes
    ]
    same = sum(va == vb for va, vb in pairs)
    voeten = sum(1 - abs(SCORE[va] - SCORE[vb]) / 2 for va, vb in pairs)
    return len(pairs), same / len(pairs), voeten / len(pairs)


@pytest.mark.parametrize("other,iso2", [("Israel", "IL"), ("Cuba", "CU")])
@pytest.mark.parametrize("year", [2019, 2020])
def test_agreement_equals_hand_count(other: str, iso2: str, year: int) -> None:
    n, same, voeten = _by_hand("US", iso2, str(year))
    got = vote_agreement("United States", other, years=year).row(0, named=True)
    assert got["year"] == year
    assert got["joint_votes"] == n
    assert got["agreement"] == pytest.approx(same)
    assert got["agreement_voeten"] == pytest.approx(voeten)


def test_usa_agrees_more_with_israel_than_cuba() -> None:
    isr = vote_agreement("USA", "ISR", years=2019)["agreement"][0]
    cub = vote_agreement("USA", "CUB", years=2019)["agreement"][0]
    assert isr > 0.8 > 0.2 > cub


def test_votes_table_matches_excerpt() -> None:
    _, votes = _raw()
    iso2 = {"US": 2, "IL": 666, "CU": 40}
    shipped = table("un_votes").filter(pl.col("ccode").is_in(list(iso2.values())))
    code = {"yes": 1, "abstain": 2, "no": 3}
    for (rcid, cc), word in votes.items():
        got = shipped.filter((pl.col("rcid") == int(rcid)) & (pl.col("ccode") == iso2[cc]))["vote"]
        assert got.to_list() == [code[word]]
    session = table("un_rollcalls").filter(pl.col("session") == 74)
    assert session.height == 91


def test_years_without_joint_votes_have_no_row() -> None:
    # West Germany (260) stopped voting in 1990; unified Germany (255) started then: no joint year after 1990.
    out = vote_agreement(260, 2, years=(1995, 2000))
    assert out.height == 0
    assert table("un_votes")["year"].max() == 2020


def test_matrix_is_pairwise_and_pooled() -> None:
    m = vote_agreement_matrix(["USA", "ISR", "CUB"], years=2019)
    assert m.height == 3
    row = m.filter((pl.col("state_a") == "USA") & (pl.col("state_b") == "CUB")).row(0, named=True)
    n, same, _ = _by_hand("US", "CU", "2019")
    assert row["joint_votes"] == n and row["agreement"] == pytest.approx(same)


def test_bad_input() -> None:
    with pytest.raises(BadInputError):
        vote_agreement("USA", "USA")
    with pytest.raises(BadInputError):
        vote_agreement("USA", "CUB", years=(2019, 2010))
    with pytest.raises(FoedusError):
        vote_agreement("USA", "Atlantis")


def test_latest_helper() -> None:
    got = latest("sipri_milex", "Vietnam", "constant_2023_usd_m")
    assert got is not None and got.year < 2024  # SIPRI has no 2022-2024 figure for Viet Nam
    kor = latest("nmc", "South Korea", "milex")
    assert (kor.value, kor.year) == (42287000, 2022)
    with pytest.raises(BadInputError):
        latest("nmc", "KOR", "gdp")
