"""Rebuild this layer's tables from the raw data into a tmp dir and compare with the shipped files."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from foedus.data.build import build
from foedus.data.registry import TABLE_DIR

RAW = Path(__file__).resolve().parents[2].parent / "shared" / "data"
MINE = ["states", "state_system", "aliases", "capitals", "contiguity", "mindist", "atop_alliances", "atop_members"]

pytestmark = pytest.mark.build


@pytest.mark.skipif(not RAW.is_dir(), reason=f"raw data folder {RAW} absent (CI has it at ../shared/data)")
def test_rebuild_matches_shipped(tmp_path: Path) -> None:
    catalog = build(RAW, MINE, out_dir=tmp_path)
    for name in MINE:
        rebuilt = pl.read_parquet(tmp_path / f"{name}.parquet")
        shipped = pl.read_parquet(TABLE_DIR / f"{name}.parquet")
        assert_frame_equal(rebuilt, shipped)
        assert catalog[name]["rows"] == shipped.height


def test_shipped_tables_are_small() -> None:
    total = sum((TABLE_DIR / f"{n}.parquet").stat().st_size for n in MINE)
    assert total < 2_000_000
