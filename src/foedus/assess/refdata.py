"""Hand-compiled reference tables of the assessment: obstacles and foreign military presence.

Both live in ``src/foedus/assess/data/`` (``obstacles.yaml``, ``foreign_presence.yaml``), each row cited with
source, url and a ``verified`` flag. A file that is absent gives an empty table and a note (never invented
rows). Unknown columns are ignored; missing personnel stays null.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from foedus.errors import BadInputError

DATA_DIR = Path(__file__).parent / "data"

OBSTACLE_SCHEMA = {
    "id": pl.String, "state": pl.String, "kind": pl.String, "instrument": pl.String, "date": pl.String,
    "text": pl.String, "blocks": pl.String, "strength": pl.String, "source": pl.String, "url": pl.String,
    "verified": pl.String, "note": pl.String,
}

PRESENCE_SCHEMA = {
    "id": pl.String, "host": pl.String, "operator": pl.String, "location": pl.String, "lat": pl.Float64,
    "lon": pl.Float64, "kind": pl.String, "personnel": pl.Int64, "year": pl.Int32, "source": pl.String,
    "url": pl.String, "verified": pl.String, "note": pl.String,
}


def _rows(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), [])
    if not isinstance(data, list):
        raise BadInputError(f"{path.name}: expected a list of rows, got {type(data).__name__}")
    return [r for r in data if isinstance(r, dict)]


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def load(name: str, schema: dict, path: Path | None = None) -> tuple[pl.DataFrame, list[str]]:
    """Rows of ``name`` (a file in DATA_DIR, or ``path``) coerced to ``schema``; notes say what is missing."""
    path = path or DATA_DIR / name
    if not path.is_file():
        return pl.DataFrame([], schema=schema), [f"{name} not found: this section is empty"]
    rows = []
    for r in _rows(path):
        row = {}
        for col, dtype in schema.items():
            v = r.get(col)
            if dtype == pl.String:
                row[col] = _text(v)
            elif v is None or v == "":
                row[col] = None
            else:
                try:
                    row[col] = float(v) if dtype == pl.Float64 else int(v)
                except (TypeError, ValueError):
                    row[col] = None
        rows.append(row)
    return pl.DataFrame(rows, schema=schema), []


def obstacles(states: list[str], path: Path | None = None) -> tuple[pl.DataFrame, list[str]]:
    """Obstacles (constitutional, legal, political) of the given states."""
    frame, notes = load("obstacles.yaml", OBSTACLE_SCHEMA, path)
    return frame.filter(pl.col("state").is_in(states)), notes


def foreign_presence(states: list[str], region_geom=None,
                     path: Path | None = None) -> tuple[pl.DataFrame, list[str]]:
    """Foreign military presence hosted by or operated by the given states, or located in the covered area."""
    import shapely

    frame, notes = load("foreign_presence.yaml", PRESENCE_SCHEMA, path)
    if frame.is_empty():
        return frame, notes
    keep = frame["host"].is_in(states) | frame["operator"].is_in(states)
    if region_geom is not None:
        inside = [
            lat is not None and lon is not None and bool(shapely.intersects_xy(region_geom, lon, lat))
            for lat, lon in zip(frame["lat"], frame["lon"], strict=True)
        ]
        keep = keep | pl.Series(inside)
    return frame.filter(keep), notes
