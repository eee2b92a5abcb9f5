"""Named regions that treaties use (Europe, the North Atlantic area north of the Tropic of Cancer, ...).

Regions are declared in ``regions/*.yaml`` (one file per part of the world) with a written definition and sources. Membership is three-valued:
``"yes"``, ``"no"`` or ``"uncertain"`` (inside a part of the region whose treaty meaning is disputed). Latitude
lines named by a treaty are applied exactly, by comparing the latitude, not through the polygon drawing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from foedus.errors import BadInputError
from foedus.geo.astronomy import tropic_of_cancer
from foedus.yamlio import load_yaml

REGIONS_DIR = Path(__file__).parent / "regions"
Membership = Literal["yes", "no", "uncertain"]


def _latitude(value: float | str, day: dt.date) -> float:
    if value == "tropic_of_cancer":
        return tropic_of_cancer(day)
    return float(value)


@dataclass(frozen=True)
class Region:
    """A named region: polygons plus exact latitude limits; ``sea`` regions exclude land."""

    id: str
    name: str
    definition: str
    sources: tuple[str, ...]
    geometry: BaseGeometry
    uncertain_geometry: BaseGeometry | None = None
    uncertain_note: str = ""
    north_of: float | str | None = None
    not_north_of: float | str | None = None
    south_of: float | str | None = None
    sea: bool = False

    def latitude_ok(self, lat: float, day: dt.date) -> bool:
        """Exact test of the latitude limits (strictly north of / not north of / strictly south of)."""
        if self.north_of is not None and not lat > _latitude(self.north_of, day):
            return False
        if self.not_north_of is not None and lat > _latitude(self.not_north_of, day):
            return False
        return not (self.south_of is not None and not lat < _latitude(self.south_of, day))

    def membership(self, lon: float, lat: float, day: dt.date, *, on_land: bool) -> Membership:
        """Whether the point (lon, lat) lies in the region on ``day``."""
        if self.sea and on_land:
            return "no"
        if not self.latitude_ok(lat, day):
            return "no"
        if shapely.intersects_xy(self.geometry, lon, lat):
            return "yes"
        if self.uncertain_geometry is not None and shapely.intersects_xy(self.uncertain_geometry, lon, lat):
            return "uncertain"
        return "no"

    def limits_text(self, day: dt.date) -> str:
        parts = []
        for label, value in (("north of", self.north_of), ("not north of", self.not_north_of),
                             ("south of", self.south_of)):
            if value is not None:
                name = "the Tropic of Cancer " if value == "tropic_of_cancer" else ""
                parts.append(f"{label} {name}{_latitude(value, day):.4f}°N")
        return ", ".join(parts)


def _polygons(rings: list) -> BaseGeometry:
    polys = [Polygon(ring) for ring in rings]
    geom = polys[0] if len(polys) == 1 else MultiPolygon(polys)
    shapely.prepare(geom)
    return geom


@cache
def all_regions() -> dict[str, Region]:
    """Every named region, by id (loaded once from every file in ``regions/``)."""
    regions: dict[str, Region] = {}
    for path in sorted(REGIONS_DIR.glob("*.yaml")):
        for region_id, found in load_regions(path).items():
            if region_id in regions:
                raise RuntimeError(f"region {region_id!r} declared twice ({path.name})")
            regions[region_id] = found
    return regions


def load_regions(path: Path) -> dict[str, Region]:
    entries = load_yaml(path.read_text(encoding="utf-8"))
    regions: dict[str, Region] = {}
    for entry in entries:
        uncertain = entry.get("uncertain_polygons")
        regions[entry["id"]] = Region(
            id=entry["id"],
            name=entry["name"],
            definition=" ".join(entry["definition"].split()),
            sources=tuple(entry.get("sources", ())),
            geometry=_polygons(entry["polygons"]),
            uncertain_geometry=_polygons(uncertain) if uncertain else None,
            uncertain_note=entry.get("uncertain_note", ""),
            north_of=entry.get("north_of"),
            not_north_of=entry.get("not_north_of"),
            south_of=entry.get("south_of"),
            sea=bool(entry.get("sea", False)),
        )
    return regions


def region(region_id: str) -> Region:
    """The region ``region_id``; raises BadInputError naming the known regions."""
    regions = all_regions()
    if region_id not in regions:
        raise BadInputError(f"unknown region {region_id!r}; known regions: {', '.join(sorted(regions))}")
    return regions[region_id]
