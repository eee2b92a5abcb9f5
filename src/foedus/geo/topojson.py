"""Decode TopoJSON (the format of Natural Earth's world-atlas files) into shapely geometries.

TopoJSON stores shared arcs once, delta-encoded and quantized; a polygon ring is a list of arc indexes, a
negative index ``~i`` meaning arc ``i`` reversed. See https://github.com/topojson/topojson-specification.
"""

from __future__ import annotations

from typing import Any

from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat coordinates of every arc (undoing quantization and delta encoding)."""
    transform = topology.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(px), float(py)) for px, py in arc]
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    coords: list[tuple[float, float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        coords.extend(points if not coords else points[1:])
    return coords


def geometry(obj: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> BaseGeometry | None:
    """The shapely geometry of one TopoJSON Polygon or MultiPolygon object (None for empty)."""
    kind = obj.get("type")
    if kind == "Polygon":
        rings = [_ring(r, arcs) for r in obj["arcs"]]
        return Polygon(rings[0], rings[1:]).buffer(0)
    if kind == "MultiPolygon":
        polys = []
        for poly in obj["arcs"]:
            rings = [_ring(r, arcs) for r in poly]
            polys.append(Polygon(rings[0], rings[1:]))
        return MultiPolygon(polys).buffer(0)
    return None
