"""The nine 123 a. rules on partners with known outcomes (facts from the reference files and the brief)."""

from __future__ import annotations

import pytest

from foedus.errors import UnknownStateError
from foedus.nuclear import check, profile, status_for

GUARANTEES = [1, 3, 4, 5, 6, 7, 8, 9]


def test_japan_2025_all_met() -> None:
    r = check("Japan", "2025-01-01")
    assert r.agreement == "JPN-1988" and r.agreement_in_force is True
    assert all(x.status == "met" for x in r.results)


def test_india_hyde_waiver() -> None:
    r = check("IND", "2025-01-01")
    assert r.status(2) == "waived" and "P.L. 109-401" in r.results[1].reason
    assert all(r.status(p) == "met" for p in GUARANTEES)


def test_malaysia_mou_only() -> None:
    r = check("MYS", "2025-08-01")
    assert r.agreement is None and r.agreement_in_force is False
    assert all(r.status(p) == "not met" and "no agreement in force" in r.results[p - 1].reason for p in GUARANTEES)
    assert r.status(2) == "met"  # CSA in force since 1972-02-29
    assert any("2025-07-10" in x for x in r.in_place)
    assert "agreement signed" in r.missing and any("Congress" in m for m in r.missing)
    before = check("Malaysia", "2025-07-09")
    assert not any("memorandum" in x for x in before.in_place)


def test_vietnam_2025_in_force() -> None:
    r = check("Viet Nam", "2025-06-01")
    assert r.agreement == "VNM-2014" and all(x.status == "met" for x in r.results)


def test_dprk_safeguards_not_met() -> None:
    r = check("North Korea", "2025-01-01")
    assert r.status(2) == "not met" and r.agreement is None
    assert profile("PRK", "2025-01-01").npt_status == "withdrawn"
    assert profile("PRK", "2000-01-01").npt_status == "party"


def test_saudi_arabia_no_agreement() -> None:
    r = check("SAU", "2025-12-01")
    assert r.agreement is None and r.status(1) == "not met"
    assert any("negotiations completed" in x for x in r.in_place)
    assert "agreement signed" in r.missing


def test_china_nuclear_weapon_state() -> None:
    r = check("CHN", "2025-01-01")
    assert r.status(2) == "not applicable" and r.status(4) == "not applicable" and r.status(7) == "met"


def test_pre_1978_agreements_are_unknown() -> None:
    assert check("CAN", "2025-01-01").status(1) == "unknown"  # 1955 agreement, conformity unverified
    assert check("KOR", "2015-01-01").status(7) == "unknown"  # 1972 agreement


def test_south_africa_after_expiry() -> None:
    assert check("ZAF", "2022-01-01").status(3) == "met"
    assert check("ZAF", "2023-01-01").status(3) == "not met"


def test_israel_item_specific_safeguards() -> None:
    r = check("Israel", "2025-01-01")
    assert r.status(2) == "not met" and r.agreement is None


def test_taiwan_and_organisations() -> None:
    assert check("Taiwan", "2025-01-01").agreement == "TWN-2014"
    assert check("TWN", "2025-01-01").status(2) == "unknown"
    assert check("EURATOM", "2025-01-01").status(7) == "met"
    assert check("iaea", "2025-01-01").status(1) == "unknown"  # 1959 agreement


def test_thailand_signed_not_verified_in_force() -> None:
    r = check("THA", "2025-08-01")
    assert r.agreement_in_force is None and r.status(1) == "unknown"
    assert any("2025-01-14" in x for x in r.in_place)
    assert check("THA", "2025-01-10").agreement is None


def test_status_for() -> None:
    s = status_for("MYS", "2025-08-01")
    assert s["agreement_123_in_force"] is False and s["npt"] == "party" and s["csa_in_force"] is True
    assert s["ap_in_force"] is False and any("SEANWFZ" in z for z in s["nwfz"])
    a = status_for("AUS", "2025-01-01")
    assert a["agreement_123_in_force"] is True and a["since"] == "2010-12-22" and a["expires"] == "2040-12-22"
    assert any("Rarotonga" in z for z in a["nwfz"])


def test_unknown_partner() -> None:
    with pytest.raises(UnknownStateError, match="Malaysa"):
        check("Malaysa", "2025-01-01")


@pytest.mark.parametrize("iso3", ["USA", "JPN", "KOR", "AUS", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL",
                                  "SGP", "THA", "VNM", "CHN", "PRK", "IND", "PAK", "ISR"])
def test_profiles_cover_alliance_and_others(iso3: str) -> None:
    assert profile(iso3, "2025-01-01").partner == iso3
