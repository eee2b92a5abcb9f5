"""Read the raw-file excerpts committed under tests/data/fixtures (shared by the data tests)."""

from __future__ import annotations

import csv
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def rows(name: str) -> list[dict]:
    """The rows of fixture ``name`` as dicts of strings, exactly as in the raw file."""
    with open(FIXTURES / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
