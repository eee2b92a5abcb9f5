"""Registry rows against the facts cited in /work/shared/reference/nuclear/us_123_agreements.csv and README."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.nuclear.partial import PartialDate
from foedus.nuclear.registry import agreement_on, processes, registry

D = dt.date


@pytest.mark.parametrize(
    ("aid", "field", "expected"),
    [
        ("ARG-1996", "entered_into_force", "1997-10-16"),  # NNSA / H.Doc 104-188
        ("ARG-1996", "expires", "2027-10-16"),
        ("CHN-2015", "signed", "2015-04-13"),  # TIAS 15-1029
        ("CHN-2015", "entered_into_force", "2015-10-29"),
        ("KOR-2015", "entered_into_force", "2015-11-25"),  # ROK MOFA
        ("KOR-2015", "expires", "2035-11-25"),
        ("PHL-2024", "signed", "2023-11-16"),
        ("PHL-2024", "entered_into_force", "2024-07-02"),
        ("THA-2025", "signed", "2025-01-14"),  # H.Doc 119-9
        ("IND-2008", "signed", "2008-10-10"),
        ("EURATOM-1996", "entered_into_force", "1996-04-12"),
        ("IAEA-1959", "expires", "2054-08-07"),
        ("MEX-2022", "entered_into_force", "2022-11-02"),
        ("TUR-2008", "signed", "2000-07-26"),
    ],
)
def test_dates_match_reference(aid: str, field: str, expected: str) -> None:
    assert getattr(registry()[aid], field).text == expected


def test_partial_dates_stay_partial() -> None:
    zaf = registry()["ZAF-1997"]
    assert zaf.signed.text == "1995-08" and zaf.signed.precision == "month"  # "Signature day not verified (August 1995)"
    tha = registry()["THA-1974"]
    assert tha.entered_into_force.precision == "year" and tha.expires.text == "2014"
    assert PartialDate.parse("1969-07").earliest == D(1969, 7, 1)
    assert PartialDate.parse("1969-07").latest == D(1969, 7, 31)


def test_renunciations() -> None:
    assert registry()["ARE-2009"].enrichment_reprocessing.legally_renounced is True  # UAE gold standard
    assert registry()["TWN-2014"].enrichment_reprocessing.legally_renounced is True  # AIT-TECRO
    assert registry()["KOR-2015"].enrichment_reprocessing.legally_renounced is False
    assert registry()["VNM-2014"].enrichment_reprocessing.legally_renounced is False  # non-binding intention only


def test_hyde_act_exemption() -> None:
    (ex,) = registry()["IND-2008"].exemptions
    assert ex.paragraph == 2 and "109-401" in ex.authority


def test_status_over_time() -> None:
    # South Africa: expired 2022-12-04; superseded its 1957 agreement on 1997-12-04.
    assert agreement_on("ZAF", D(2022, 12, 3))[0].id == "ZAF-1997"
    assert agreement_on("ZAF", D(2022, 12, 4)) == (None, False)
    assert agreement_on("ZAF", D(1990, 1, 1))[0].id == "ZAF-1957"
    # Korea: 1972 agreement superseded 2015-11-25.
    assert agreement_on("KOR", D(2015, 11, 24))[0].id == "KOR-1972"
    assert agreement_on("KOR", D(2015, 11, 25))[0].id == "KOR-2015"
    # Japan: initial 30-year term ended 2018, continues indefinitely.
    assert agreement_on("JPN", D(2025, 1, 1)) == (registry()["JPN-1988"], True)
    # Thailand: 1974 agreement expired 2014 (year only); 2025 agreement signed 2025-01-14, EIF unverified.
    assert agreement_on("THA", D(2020, 1, 1)) == (None, False)
    assert agreement_on("THA", D(2014, 6, 1)) == (registry()["THA-1974"], None)
    assert agreement_on("THA", D(2025, 8, 1)) == (registry()["THA-2025"], None)
    assert agreement_on("MYS", D(2025, 8, 1)) == (None, False)
    assert agreement_on("SAU", D(2025, 12, 1)) == (None, False)


def _in_force_count(day: dt.date) -> int:
    return sum(1 for a in registry().values() if a.in_force(day) is True)


def test_counts_match_nnsa_and_reference() -> None:
    # NNSA, 6 Dec 2022: 23 agreements; reference README: 24 in force on 2025-01-01 (after the Philippines).
    assert _in_force_count(D(2022, 12, 6)) == 23
    assert _in_force_count(D(2025, 1, 1)) == 24


def test_every_row_cited_and_uncertainty_explained() -> None:
    for a in registry().values():
        assert a.sources and all(s.startswith("http") for s in a.sources), a.id
        if a.uncertain or not a.verified:
            assert a.uncertainty, a.id
    assert processes()["MYS"].steps[0].date.text == "2025-07-10"  # MoU, Kuala Lumpur
    assert processes()["SAU"].steps[0].step == "negotiations_completed"
