"""Who administers a point on a date: Natural Earth shapes plus the dated gazetteer (``places/*.yaml``).

``locate(lat, lon, day)`` answers with the administering state (ISO3, or None at sea or where no recognised
state administers the place), the place's name, claimants, whether it is a dependency (outside the
administering state's metropolitan territory) and the sources. Gazetteer entries with their own geometry win
over the shapes (the smallest such entry first); feature-level entries (dependencies, reverted territories)
relabel a Natural Earth shape; any other shape belongs to the state of its ISO3 code.

Known limit: the shapes are today's borders; changes of borders between states (e.g. German unification)
are recorded only where the gazetteer has an entry.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import shapely
import shapely.affinity
from shapely.geometry import Point, box
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from foedus.yamlio import load_yaml

DATA_DIR = Path(__file__).parent / "data"
PLACES_DIR = Path(__file__).parent / "places"
SOURCES_DIR = Path(__file__).parent / "sources"


@dataclass(frozen=True)
class Spell:
    state: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    administration: tuple[Spell, ...]
    feature: str | None = None
    geometry: BaseGeometry | None = None
    claimed_by: tuple[str, ...] = ()
    dependency: bool = False
    uncertain: bool = False
    sources: tuple[str, ...] = ()
    notes: str = ""
    small: bool = False  # drawn as a point and radius: an islet, reef or shoal

    def administered_by(self, day: dt.date) -> tuple[bool, str | None]:
        """(known, state): known is False when no spell covers ``day``."""
        for spell in self.administration:
            if spell.covers(day):
                return True, spell.state
        return False, None


@dataclass(frozen=True)
class Location:
    """The answer of :func:`locate`."""

    lat: float
    lon: float
    administered_by: str | None
    on_land: bool
    place: str
    place_id: str | None = None
    feature: str | None = None
    claimed_by: tuple[str, ...] = ()
    dependency: bool = False
    uncertain: bool = False
    notes: str = ""
    sources: tuple[str, ...] = field(default=())
    feature_level: bool = False  # the gazetteer place is a whole Natural Earth shape (not a smaller place)

    def describe(self) -> str:
        where = self.place if self.on_land else "at sea"
        admin = f"administered by {self.administered_by}" if self.administered_by else "no state administers it"
        return f"{where} ({self.lat:.4f}, {self.lon:.4f}); {admin}"


def _date(value) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _place_geometry(entry: dict) -> BaseGeometry | None:
    if "bbox" in entry:
        return box(*entry["bbox"])
    if "polygon" in entry:
        return ShapelyPolygon(entry["polygon"])
    if "point" in entry:
        lon, lat = entry["point"]
        radius = float(entry.get("radius_km", 1.0))
        # a circle of radius_km on the sphere, drawn as an ellipse in degrees
        dlat = radius / 111.32
        dlon = radius / (111.32 * max(math.cos(math.radians(lat)), 1e-6))
        return shapely.affinity.scale(Point(lon, lat).buffer(1.0, quad_segs=16), dlon, dlat)
    return None


@dataclass
class Gazetteer:
    """Shapes and places, loaded once; ``locate`` is the only query."""

    keys: list[str]
    names: list[str]
    shapes: list[BaseGeometry]
    tree: STRtree
    places: list[Place]
    by_feature: dict[str, Place]
    place_geoms: list[tuple[float, Place]]

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("tree", None)  # rebuilt on load: STRtree does not pickle
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        for shape in self.shapes:
            shapely.prepare(shape)
        for _, place in self.place_geoms:
            shapely.prepare(place.geometry)
        self.tree = STRtree(self.shapes)

    def locate(self, lat: float, lon: float, day: dt.date, snap_km: float = 0.0) -> Location:
        hits = [p for _, p in self.place_geoms if shapely.intersects_xy(p.geometry, lon, lat)]
        feature_index = None
        for index in self.tree.query(Point(lon, lat)):
            if shapely.intersects_xy(self.shapes[index], lon, lat):
                feature_index = int(index)
                break
        snapped = False
        if feature_index is None and not hits and snap_km > 0:
            # the 1:50m coastline is coarse: a point just off it is taken as the nearest shape's coast
            nearest = self.tree.query_nearest(Point(lon, lat), max_distance=snap_km / 111.32)
            if len(nearest):
                feature_index, snapped = int(nearest[0]), True
        feature = self.keys[feature_index] if feature_index is not None else None
        for place in hits:  # smallest first
            known, state = place.administered_by(day)
            if known:
                # islets and reefs drawn as a point and radius count as at sea for sea regions
                return self._from_place(lat, lon, place, state, feature, on_land=not place.small)
        if feature is None:
            return Location(lat, lon, None, False, "open sea")
        place = self.by_feature.get(feature)
        if place is not None:
            known, state = place.administered_by(day)
            if known:
                return self._from_place(lat, lon, place, state, feature, on_land=True, feature_level=True)
        note = f"within {snap_km:g} km of the 1:50m coastline of {self.names[feature_index]}" if snapped else ""
        return Location(lat, lon, feature, True, self.names[feature_index], feature=feature, notes=note,
                        sources=("natural-earth",))

    @staticmethod
    def _from_place(lat, lon, place: Place, state, feature, *, on_land: bool, feature_level: bool = False
                    ) -> Location:
        return Location(
            lat, lon, state, on_land, place.name, place_id=place.id, feature=feature,
            claimed_by=place.claimed_by, dependency=place.dependency, uncertain=place.uncertain,
            notes=place.notes, sources=place.sources, feature_level=feature_level,
        )


def load_places(paths: list[Path] | None = None) -> list[Place]:
    """Gazetteer entries from ``paths`` (default: every file in ``places/``); ids must be unique."""
    entries = []
    for path in paths or sorted(PLACES_DIR.glob("*.yaml")):
        entries += load_yaml(path.read_text(encoding="utf-8")) or []
    ids = [e["id"] for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RuntimeError(f"gazetteer ids used twice: {dupes}")
    places = []
    for entry in entries:
        spells = tuple(
            Spell(s.get("state"), _date(s.get("from")), _date(s.get("to"))) for s in entry["administration"]
        )
        places.append(
            Place(
                id=entry["id"],
                name=entry["name"],
                administration=spells,
                feature=entry.get("feature"),
                geometry=_place_geometry(entry),
                claimed_by=tuple(c["state"] for c in entry.get("claimed_by", ()) if c.get("state")),
                dependency=bool(entry.get("dependency", False)),
                uncertain=bool(entry.get("uncertain", False)),
                sources=tuple(entry.get("sources", ())),
                notes=entry.get("notes", ""),
                small="point" in entry,
            )
        )
    return places


@cache
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (shapes and places), loaded on first use (through the warm-start cache)."""
    from foedus.cache import cached

    inputs = [DATA_DIR / "shapes.json.gz", *PLACES_DIR.glob("*.yaml")]
    return cached("gazetteer", inputs, _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    with gzip.open(DATA_DIR / "shapes.json.gz", "rt", encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    keys = [f["key"] for f in features]
    names = [f["name"] for f in features]
    shapes = list(shapely.from_wkb([base64.b64decode(f["wkb"]) for f in features]))
    for shape in shapes:
        shapely.prepare(shape)
    places = load_places()
    with_geom = sorted(((p.geometry.area, p) for p in places if p.geometry is not None), key=lambda t: t[0])
    for _, place in with_geom:
        shapely.prepare(place.geometry)
    by_feature = {p.feature: p for p in places if p.feature}
    return Gazetteer(keys, names, shapes, STRtree(shapes), places, by_feature, with_geom)


def locate(lat: float, lon: float, day: dt.date, snap_km: float = 0.0) -> Location:
    """Who administers the point (lat, lon) on ``day``; see the module docstring.

    ``snap_km`` > 0 treats a point that falls in the sea within that distance of a shape as on that shape's
    coast (for attacks on territory given by city coordinates the 1:50m coastline may miss).
    """
    return gazetteer().locate(lat, lon, day, snap_km)


@cache
def source_texts() -> dict[str, str]:
    """Citation text for each source key used by the gazetteer and regions (all files in ``sources/``)."""
    texts: dict[str, str] = {}
    for path in sorted(SOURCES_DIR.glob("*.yaml")):
        texts.update(load_yaml(path.read_text(encoding="utf-8")) or {})
    return texts
