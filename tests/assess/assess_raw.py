"""Paths, constants and raw-excerpt readers shared by the assessment tests (independent of foedus code)."""

from __future__ import annotations

import csv
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
CHARTER = FIXTURES / "asia-pacific-test.yaml"
DATE = "2026-06-01"  # data years: SIPRI 2024, WDI GDP 2023, WDI population 2024, NMC 2022
MEMBERS = ["USA", "JPN", "KOR", "AUS", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]
# SIPRI spells names its own way; this maps the raw excerpt's country names to ISO3 (written by hand)
SIPRI_NAMES = {
    "United States of America": "USA", "Japan": "JPN", "Korea, South": "KOR", "Australia": "AUS", "Brunei": "BRN",
    "Cambodia": "KHM", "Indonesia": "IDN", "Laos": "LAO", "Malaysia": "MYS", "Myanmar": "MMR",
    "Philippines": "PHL", "Singapore": "SGP", "Thailand": "THA", "Viet Nam": "VNM", "China": "CHN",
    "Korea, North": "PRK",
}


def read_csv(name: str) -> list[dict]:
    with open(FIXTURES / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def raw_sipri() -> dict[str, dict]:
    """ISO3 -> raw SIPRI 2024 row (empty strings where SIPRI has no figure)."""
    return {SIPRI_NAMES[r["country"]]: r for r in read_csv("sipri_milex_2024_excerpt.csv")}
