"""The resolver against codes taken from the raw CoW list and the NATO member list (committed excerpts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_rows import rows

from foedus.data.states import in_system, resolve_state, states_in_system
from foedus.errors import BadInputError, FoedusError, UnknownStateError

FIXTURES = Path(__file__).parent / "fixtures"



COW = {r["stateabb"]: int(r["ccode"]) for r in rows("states_cow_states.csv")}
EXPECTED = rows("states_expected_codes.csv")


@pytest.mark.parametrize("row", EXPECTED, ids=[r["name"] for r in EXPECTED])
def test_names_resolve_to_iso3_and_cow_code(row: dict) -> None:
    state = resolve_state(row["name"])
    assert state.iso3 == row["iso3"]
    assert state.ccode == COW[row["cow_abbrev"]]


@pytest.mark.parametrize("row", rows("states_nato_members.csv"), ids=lambda r: r["Country"])
def test_all_nato_members_resolve(row: dict) -> None:
    assert resolve_state(row["Country"]).iso3 == row["ISO- Alpha3 Code"]
    assert resolve_state(row["ISO- Alpha3 Code"]).iso3 == row["ISO- Alpha3 Code"]


def test_nato_has_32_members_and_asean_10() -> None:
    assert len(rows("states_nato_members.csv")) == 32
    asean = ["Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore",
             "Thailand", "Vietnam"]
    assert len({resolve_state(n).iso3 for n in asean}) == 10


def test_codes_and_abbreviations() -> None:
    assert resolve_state(732).iso3 == "KOR"
    assert resolve_state("732").iso3 == "KOR"
    assert resolve_state("ROK").ccode == 732
    assert resolve_state("KR").iso3 == "KOR"
    assert resolve_state("AUS").iso3 == "AUS"  # ISO3 Australia outranks CoW's abbreviation for Austria
    assert resolve_state(365).iso3 == "RUS"
    assert resolve_state(365, on="1980-01-01").iso3 == "SUN"
    assert resolve_state(345).iso3 == "SRB"
    assert resolve_state(260).iso3 == "DEU"
    assert resolve_state(713).iso3 == "TWN"
    assert resolve_state(347).iso3 == "XKX"


def test_misspelling_suggests() -> None:
    with pytest.raises(UnknownStateError) as err:
        resolve_state("Swedn")
    assert "Sweden" in err.value.suggestions
    assert len(err.value.suggestions) == 3
    assert "\n" not in str(err.value)
    with pytest.raises(UnknownStateError):
        resolve_state(12345)


def test_errors_are_foedus_errors() -> None:
    assert issubclass(BadInputError, FoedusError)
    with pytest.raises(FoedusError):
        resolve_state("Narnia")


def test_in_system_and_states_in_system() -> None:
    members = {s.iso3 for s in states_in_system("2025-01-01")}
    assert {"USA", "KOR", "XKX", "SRB", "DEU", "RUS"} <= members
    assert "SUN" not in members and "DDR" not in members
    assert in_system("SUN", "1980-01-01") and not in_system("Russia", "1980-01-01")
    assert in_system("DDR", "1980-01-01") and not in_system("DDR", "1991-01-01")
    gw = {s.iso3 for s in states_in_system("2025-01-01", system="gw")}
    assert "KOR" in gw
    # Kosovo joined CoW on 2008-02-20 (raw cow_states.csv)
    assert not in_system("Kosovo", "2008-02-19") and in_system("Kosovo", "2008-02-20")
