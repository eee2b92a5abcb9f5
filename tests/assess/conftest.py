"""Shared fixtures: one assessment of the 14-member Asia-Pacific test charter (vs NATO), computed once."""

from __future__ import annotations

import pytest
from assess_raw import CHARTER, DATE


@pytest.fixture(scope="session")
def ap():
    from foedus.assess import assess

    return assess(str(CHARTER), date=DATE, vs=["nato"])
