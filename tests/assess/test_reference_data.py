"""The hand-compiled reference tables (assess/data/obstacles.yaml, foreign_presence.yaml) and the three Asia-Pacific
proposal charters: structure, vocabulary, codes and dates, and the facts checked against outside sources
(shared/reference/treaties.md §17-19 and the pages cited in the rows)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from foedus.data import resolve_state
from foedus.treaties import load_charter

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "foedus" / "assess" / "data"
CHARTERS = ROOT / "src" / "foedus" / "treaties" / "charters"

MEMBERS = ["USA", "JPN", "KOR", "AUS", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]
ASEAN = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]
BLOCKS = {"formal_defence_clause", "foreign_bases", "foreign_troops", "nuclear_umbrella", "nuclear_stationing",
          "collective_self_defence", "treaty_ratification"}
OBSTACLE_KINDS = {"constitution", "statute", "policy", "treaty", "norm"}
STRENGTHS = {"hard", "soft", "conditional"}
PRESENCE_KINDS = {"base", "rotational", "access", "facility"}
VERIFIED = {"yes", "partly", "no"}


def _load(name: str) -> list[dict]:
    rows = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    assert isinstance(rows, list) and rows
    return rows


OBSTACLES = _load("obstacles.yaml")
PRESENCE = _load("foreign_presence.yaml")
BY_ID = {r["id"]: r for r in OBSTACLES} | {r["id"]: r for r in PRESENCE}


def _valid_date(value) -> bool:
    """ISO date, or a year (int), or 'YYYY-MM'."""
    if isinstance(value, dt.date):
        return 1700 <= value.year <= dt.date.today().year
    if isinstance(value, int):
        return 1700 <= value <= dt.date.today().year
    if isinstance(value, str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return 1700 <= int(value[:4]) <= dt.date.today().year
    return False


def _iso3_ok(code: str) -> bool:
    return isinstance(code, str) and resolve_state(code).iso3 == code


# ---------------------------------------------------------------------------------------------------------------
# Structure common to both tables


@pytest.mark.parametrize("rows", [OBSTACLES, PRESENCE], ids=["obstacles", "presence"])
def test_ids_unique_and_slugs(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


@pytest.mark.parametrize("rows", [OBSTACLES, PRESENCE], ids=["obstacles", "presence"])
def test_every_row_cites_a_source_and_says_how_far_it_is_verified(rows):
    for r in rows:
        assert isinstance(r.get("source"), str) and len(r["source"]) > 10, r["id"]
        url = r.get("url")
        assert url is None or re.match(r"https?://\S+$", url), (r["id"], url)
        assert url or "treaties.md" in r["source"] or ":" in r["source"], r["id"]
        assert r.get("verified") in VERIFIED, (r["id"], r.get("verified"))
        if r["verified"] != "yes":  # anything not fully checked says what is not
            assert isinstance(r.get("note"), str) and len(r["note"]) > 20, r["id"]


# ---------------------------------------------------------------------------------------------------------------
# Obstacles


def test_obstacle_columns_and_vocabulary():
    for r in OBSTACLES:
        assert _iso3_ok(r["state"]), r["id"]
        assert r["kind"] in OBSTACLE_KINDS, r["id"]
        assert r["strength"] in STRENGTHS, r["id"]
        assert isinstance(r["blocks"], list) and set(r["blocks"]) <= BLOCKS, (r["id"], r["blocks"])
        assert isinstance(r["instrument"], str) and len(r["instrument"]) > 5, r["id"]
        assert isinstance(r["text"], str) and r["text"].startswith(("operative words", "paraphrase")), r["id"]
        if r["date"] is None:  # an undated constraint must be flagged unverified
            assert r["verified"] == "no", r["id"]
        else:
            assert _valid_date(r["date"]), (r["id"], r["date"])


def test_every_member_has_an_obstacle_row():
    states = {r["state"] for r in OBSTACLES}
    assert set(MEMBERS) <= states, sorted(set(MEMBERS) - states)


def test_every_asean_state_bound_by_the_bangkok_treaty_against_stationing():
    # treaties.md §18 [V]: Art. 3 forbids parties to station nuclear weapons or allow others to; parties = 10 ASEAN.
    for state in ASEAN:
        rows = [r for r in OBSTACLES if r["state"] == state and "Bangkok Treaty" in r["instrument"]]
        assert rows, state
        assert any("nuclear_stationing" in r["blocks"] and r["strength"] == "hard" for r in rows), state
        assert all(r["date"] == dt.date(1995, 12, 15) for r in rows), state  # signed Bangkok 1995-12-15
    assert not [r for r in OBSTACLES if "Bangkok Treaty" in r["instrument"] and r["state"] not in ASEAN]


def test_cambodia_article_53():
    r = BY_ID["khm-constitution-art53"]
    assert r["date"] == dt.date(1993, 9, 21)  # Constitution of 1993-09-21 (treaties.md §19 [V])
    assert r["strength"] == "hard" and r["verified"] == "yes"
    assert {"formal_defence_clause", "foreign_bases"} <= set(r["blocks"])
    assert "may not permit any foreign military base" in r["text"]


def test_myanmar_section_42b_bars_foreign_troops():
    r = BY_ID["mmr-constitution-s42b"]
    assert "No foreign troops shall be permitted" in r["text"]
    assert "foreign_troops" in r["blocks"] and r["strength"] == "hard" and r["date"] == 2008


def test_philippines_nuclear_policy_and_bases_clause():
    nuclear = BY_ID["phl-constitution-art2-s8"]
    assert "freedom from nuclear weapons" in nuclear["text"] and "nuclear_stationing" in nuclear["blocks"]
    bases = BY_ID["phl-constitution-art18-s25"]
    # Art. XVIII §25: allowed only under a Senate-concurred treaty -> conditional, not an absolute bar
    assert bases["strength"] == "conditional"
    assert {"foreign_bases", "foreign_troops"} <= set(bases["blocks"])


def test_vietnam_four_nos_is_policy_of_the_2019_white_paper():
    r = BY_ID["vnm-four-nos-2019"]
    assert r["date"] == dt.date(2019, 11, 25) and r["kind"] == "policy" and r["strength"] == "soft"
    assert "neither joining any military alliances" in r["text"]


def test_japan_collective_self_defence_is_conditional():
    assert BY_ID["jpn-cabinet-decision-2014"]["date"] == dt.date(2014, 7, 1)
    law = BY_ID["jpn-peace-security-legislation-2015"]
    assert law["date"] == dt.date(2015, 9, 19) and law["strength"] == "conditional"
    assert "collective_self_defence" in law["blocks"] and "minimum necessary" in law["text"]
    assert BY_ID["jpn-three-non-nuclear-principles"]["date"] == dt.date(1967, 12, 11)


def test_consent_requirements_of_the_us_and_korea():
    us = BY_ID["usa-constitution-art2-s2"]
    assert "two thirds of the Senators present concur" in us["text"] and us["blocks"] == ["treaty_ratification"]
    kor = BY_ID["kor-constitution-art60"]
    assert kor["strength"] == "conditional" and "treaty_ratification" in kor["blocks"]


def test_laos_policy_is_flagged_unverified():
    # treaties.md §19: Laos [UNVERIFIED] - no primary text found
    r = BY_ID["lao-foreign-policy-non-alignment"]
    assert r["verified"] == "no" and "UNVERIFIED" in r["note"]


def test_asean_non_interference_norm_for_each_asean_state():
    for state in ASEAN:
        r = BY_ID[f"{state.lower()}-asean-non-interference"]
        assert r["kind"] == "norm" and "Art. 2(2)(e)" in r["instrument"]
        assert r["date"] == dt.date(2007, 11, 20)  # ASEAN Charter signed Singapore 2007-11-20


# ---------------------------------------------------------------------------------------------------------------
# Foreign presence


def test_presence_columns_and_vocabulary():
    for r in PRESENCE:
        assert _iso3_ok(r["host"]) and _iso3_ok(r["operator"]), r["id"]
        assert r["host"] != r["operator"] or r["id"] == "usa-in-guam", r["id"]
        assert r["kind"] in PRESENCE_KINDS, r["id"]
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["id"]
        assert r["personnel"] is None or (isinstance(r["personnel"], int) and r["personnel"] > 0), r["id"]
        assert isinstance(r["year"], int) and 1945 <= r["year"] <= dt.date.today().year, r["id"]
        if r.get("since") is not None:
            assert _valid_date(r["since"]), r["id"]


def test_presence_points_lie_in_the_host_state():
    from foedus.geo.territory import locate

    for r in PRESENCE:
        loc = locate(r["lat"], r["lon"], dt.date(2024, 1, 1), snap_km=25)
        if r["host"] == "GEO":  # Abkhazia and South Ossetia: administered de facto by others, claimed by Georgia
            assert loc.administered_by == "GEO" or "GEO" in loc.claimed_by, (r["id"], loc.describe())
        elif r["host"] == "MDA":  # Transnistria
            assert loc.administered_by == "MDA" or "MDA" in loc.claimed_by, (r["id"], loc.describe())
        else:
            assert loc.administered_by == r["host"], (r["id"], loc.describe())


def test_required_deployments_present():
    ids = set(BY_ID)
    for required in ["usa-in-jpn", "usa-in-kor", "usa-in-aus-mrfd", "usa-in-phl-edca", "usa-in-guam", "usa-in-sgp",
                     "chn-in-dji", "chn-in-khm-ream", "rus-in-tjk-201", "rus-in-arm-102", "rus-in-kgz-kant",
                     "rus-in-syr-tartus", "rus-in-syr-hmeimim", "rus-in-blr", "rus-in-mda-transnistria"]:
        assert required in ids, required
    guam = BY_ID["usa-in-guam"]
    assert guam["host"] == "USA" and "Guam" in guam["location"]


def test_checked_presence_facts():
    dji = BY_ID["chn-in-dji"]  # Xinhua/Global Times 2017-08-02: opening ceremony on Tuesday 2017-08-01
    assert dji["since"] == dt.date(2017, 8, 1) and dji["verified"] == "yes" and dji["operator"] == "CHN"
    darwin = BY_ID["usa-in-aus-mrfd"]  # Stars and Stripes 2019-07-24: full strength of 2,500 reached
    assert darwin["personnel"] == 2500 and darwin["year"] == 2019 and darwin["kind"] == "rotational"
    assert BY_ID["usa-in-jpn"]["personnel"] == 52852  # DMDC June 2024 via Statista
    assert BY_ID["rus-in-tjk-201"]["personnel"] == 7000  # Asia-Plus 2022
    assert BY_ID["rus-in-blr"]["since"] == dt.date(1996, 6, 7)  # TASS 2020-06-05: agreements in force 1996-06-07
    assert "nine" in BY_ID["usa-in-phl-edca"]["location"]


def test_uncertain_presence_is_not_marked_verified():
    # Ream: Chinese funding confirmed, exclusive Chinese use only reported; Syria: status after 2024-12-08 uncertain
    for rid in ["chn-in-khm-ream", "rus-in-syr-tartus", "rus-in-syr-hmeimim"]:
        assert BY_ID[rid]["verified"] == "partly", rid
    assert BY_ID["chn-in-khm-ream"]["kind"] != "base"


# ---------------------------------------------------------------------------------------------------------------
# Proposal charters


@pytest.mark.parametrize(("name", "parties"), [("asia-pacific-formal", MEMBERS), ("asia-pacific-informal", MEMBERS),
                                               ("asia-pacific-core", ["USA", "JPN", "KOR", "AUS", "PHL"])])
def test_proposal_charters_load_with_their_parties(name, parties):
    charter = load_charter(CHARTERS / f"{name}.yaml")
    assert charter.id == name and charter.kind == "proposal" and charter.hypothetical
    assert sorted(charter.party_states()) == sorted(parties)
    assert len(charter.parties) == {"asia-pacific-core": 5}.get(name, 14)
    kinds = {a.kind for a in charter.articles}
    assert kinds == ({"consult"} if name == "asia-pacific-informal" else {"consult", "defend"})


def test_documentation_describes_both_tables():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    for word in ["obstacles.yaml", "foreign_presence.yaml", "blocks", "verified", "personnel", "strength"]:
        assert word in text, word
