"""Shared test fixtures: where the committed raw excerpts and the raw data folder live."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "data" / "fixtures"
RAW = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def raw_data() -> Path:
    if not RAW.is_dir():
        pytest.skip(f"raw data folder {RAW} absent (CI has it at ../shared/data)")
    return RAW
