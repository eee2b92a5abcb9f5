"""Geography: capital-to-capital great-circle distances, border distances, contiguity, and covered area.

Great-circle distance (haversine, mean Earth radius R = 6371.0088 km, IUGG):

    d = 2 R asin( sqrt( sin^2((phi2-phi1)/2) + cos phi1 cos phi2 sin^2((lam2-lam1)/2) ) )

Covered area: the union of the regions that the charter's defence and consultation clauses name, clipped to
their latitude limits. Region polygons are drawn with straight edges in longitude-latitude, so the exact area
on a sphere of authalic radius R_A = 6371.0072 km follows from Green's theorem:

    A = R_A^2 * | sum over edges of  integral sin(phi) d(lambda) |

and along an edge where phi is linear in lambda (phi = a + b*lambda) the integral is
(cos phi1 - cos phi2) / b, or sin(phi) * (lam2 - lam1) when b = 0 (angles in radians). A sphere, not the
WGS84 ellipsoid: the error is below 0.3%. Sea-only regions are measured with the land inside their polygons.
"""

from __future__ import annotations

import datetime as dt
import math

import polars as pl

R_MEAN_KM = 6371.0088
R_AUTHALIC_KM = 6371.0072
MINDIST_YEAR = 2019

DISTANCE_SCHEMA = {
    "member": pl.String,
    "adversary": pl.String,
    "member_capital": pl.String,
    "adversary_capital": pl.String,
    "great_circle_km": pl.Float64,
    "min_border_km": pl.Float64,
    "min_border_year": pl.Int32,
    "contiguity": pl.String,
    "source": pl.String,
}

AREA_SCHEMA = {"region": pl.String, "name": pl.String, "area_km2": pl.Float64, "method": pl.String}

CONTIGUITY = {1: "land border", 2: "water <= 12 mi", 3: "water <= 24 mi", 4: "water <= 150 mi",
              5: "water <= 400 mi"}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in degrees (mean radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R_MEAN_KM * math.asin(min(1.0, math.sqrt(h)))


def ring_area_km2(coords: list[tuple[float, float]]) -> float:
    """Area on the sphere of a ring of (lon, lat) points joined by straight lines in lon-lat (see module doc)."""
    total = 0.0
    for (l1, p1), (l2, p2) in zip(coords, coords[1:], strict=False):
        lam1, lam2, phi1, phi2 = map(math.radians, (l1, l2, p1, p2))
        dl = lam2 - lam1
        if dl == 0:
            continue
        if abs(phi2 - phi1) < 1e-15:
            total += math.sin(phi1) * dl
        else:
            b = (phi2 - phi1) / dl
            total += (math.cos(phi1) - math.cos(phi2)) / b
    return abs(total) * R_AUTHALIC_KM**2


def geometry_area_km2(geom) -> float:
    """Area of a shapely (Multi)Polygon in lon-lat degrees, holes subtracted."""
    polys = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
    area = 0.0
    for poly in polys:
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        area += ring_area_km2(list(poly.exterior.coords))
        area -= sum(ring_area_km2(list(r.coords)) for r in poly.interiors)
    return area


def clipped_region(reg, day: dt.date):
    """The region's polygon clipped to its exact latitude limits (the uncertain part left out)."""
    from shapely.geometry import box

    from foedus.geo.regions import _latitude

    south, north = -90.0, 90.0
    if reg.north_of is not None:
        south = max(south, _latitude(reg.north_of, day))
    if reg.south_of is not None:
        north = min(north, _latitude(reg.south_of, day))
    if reg.not_north_of is not None:
        north = min(north, _latitude(reg.not_north_of, day))
    return reg.geometry.intersection(box(-180.0, south, 180.0, north))


def covered_area(region_ids: tuple[str, ...], charter, day: dt.date) -> tuple[pl.DataFrame, object | None]:
    """Area of each named region and of their union (row 'union'); and the union geometry (or None)."""
    from shapely.ops import unary_union

    from foedus.obligations.engine import regions_of

    if not region_ids:
        return pl.DataFrame([], schema=AREA_SCHEMA), None
    known = regions_of(charter)
    rows, geoms = [], []
    method = "exact spherical area of lon-lat polygons (Green's theorem), R_A = 6371.0072 km"
    for rid in region_ids:
        geom = clipped_region(known[rid], day)
        geoms.append(geom)
        note = method + ("; sea region measured with the land inside its polygon" if known[rid].sea else "")
        rows.append({"region": rid, "name": known[rid].name, "area_km2": geometry_area_km2(geom), "method": note})
    union = unary_union(geoms)
    if len(region_ids) > 1:
        rows.append({"region": "union", "name": "all named regions together", "area_km2": geometry_area_km2(union),
                     "method": method})
    return pl.DataFrame(rows, schema=AREA_SCHEMA), union


def distances(members: list[str], adversaries: list[str], day: dt.date) -> pl.DataFrame:
    """Member-adversary capital distances, CShapes minimum distance (2019) and CoW contiguity on ``day``."""
    from foedus.data.states import capital, contiguous, min_distance

    rows = []
    for m in members:
        cm = capital(m, on=day)
        for a in adversaries:
            if a == m:
                continue
            ca = capital(a, on=day)
            try:
                md = min_distance(m, a, MINDIST_YEAR)
            except Exception:
                md = None
            try:
                ct = contiguous(m, a, day)
            except Exception:
                ct = None
            rows.append({
                "member": m, "adversary": a, "member_capital": cm[0], "adversary_capital": ca[0],
                "great_circle_km": haversine_km(cm[1], cm[2], ca[1], ca[2]),
                "min_border_km": md, "min_border_year": MINDIST_YEAR if md is not None else None,
                "contiguity": CONTIGUITY.get(ct, f"type {ct}") if ct is not None else "not contiguous",
                "source": "capitals: peacesciencer capitals 2020; min distance: CShapes 2.0 via peacesciencer "
                          "(1 Jan 2019); contiguity: CoW Direct Contiguity 3.2 (spells open in 2016 continued)",
            })
    return pl.DataFrame(rows, schema=DISTANCE_SCHEMA)
