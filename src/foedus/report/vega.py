"""Vega-Lite specs for the assessment report: map, obligation network, power and burden-sharing charts.

Specs are plain dicts (Vega-Lite v5), with their data inlined, so the HTML report needs nothing from the
network. The map uses the bundled Natural Earth 1:110m TopoJSON (``foedus/geo/data/world-110m.json``; ids are
ISO 3166 numeric codes as three-digit strings).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
WORLD = Path(__file__).resolve().parents[1] / "geo" / "data" / "world-110m.json"
ROLE_COLORS = {"member": "#2b6cb0", "adversary": "#c53030", "other": "#e2e8f0"}


@cache
def world_topojson() -> dict:
    """The bundled Natural Earth 1:110m countries TopoJSON."""
    return json.loads(WORLD.read_text(encoding="utf-8"))


def _iso_numeric(iso3: str) -> str | None:
    from foedus.data import resolve_state

    n = resolve_state(iso3).iso_numeric
    return f"{n:03d}" if n is not None else None


def _center_lon(lons: list[float]) -> float:
    """Circular mean of longitudes (degrees), for the projection's rotation."""
    if not lons:
        return 0.0
    x = sum(math.cos(math.radians(v)) for v in lons)
    y = sum(math.sin(math.radians(v)) for v in lons)
    return math.degrees(math.atan2(y, x))


def region_features(geom) -> list[dict]:
    """GeoJSON features of a lon-lat shapely geometry, densified to 1 degree and wound clockwise (d3-geo's
    convention for the inside of a spherical polygon)."""
    import shapely
    from shapely.geometry import mapping
    from shapely.geometry.polygon import orient

    if geom is None or geom.is_empty:
        return []
    polys = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
    out = []
    for p in polys:
        if p.geom_type != "Polygon" or p.is_empty:
            continue
        dense = orient(shapely.segmentize(p, 1.0), sign=-1.0)
        out.append({"type": "Feature", "properties": {"name": "covered area"}, "geometry": mapping(dense)})
    return json.loads(json.dumps(out))  # tuples -> lists


def map_spec(assessment, width: int = 720, height: int = 400) -> dict[str, Any]:
    """Members, adversaries, capitals, the charter's covered area and foreign bases on one map."""
    from foedus.data.states import capital

    roles = []
    points = []
    for role, states in (("member", assessment.members), ("adversary", assessment.adversaries)):
        for s in states:
            num = _iso_numeric(s)
            if num:
                roles.append({"id": num, "role": role, "state": s})
            try:
                name, lat, lon = capital(s, on=assessment.date)
                points.append({"state": s, "capital": name, "lat": lat, "lon": lon, "role": role})
            except Exception:
                pass
    center = _center_lon([p["lon"] for p in points if p["role"] == "member"])
    presence = assessment.sections["presence"].filter(pl.col("lat").is_not_null() & pl.col("lon").is_not_null())
    bases = [{"location": r["location"], "host": r["host"], "operator": r["operator"], "kind": r["kind"],
              "lat": r["lat"], "lon": r["lon"], "personnel": r["personnel"], "source": r["source"]}
             for r in presence.iter_rows(named=True)]
    layers: list[dict] = [
        {"data": {"sphere": True}, "mark": {"type": "geoshape", "fill": "#f7fbff", "stroke": "#cbd5e0"}},
        {
            "data": {"values": world_topojson(), "format": {"type": "topojson", "feature": "countries"}},
            "transform": [{"lookup": "id", "from": {"data": {"values": roles or [{"id": "", "role": "", "state": ""}]},
                                                    "key": "id", "fields": ["role", "state"]},
                           "default": "other"}],
            "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.4},
            "encoding": {
                "color": {"field": "role", "type": "nominal", "title": "role",
                          "scale": {"domain": list(ROLE_COLORS), "range": list(ROLE_COLORS.values())}},
                "tooltip": [{"field": "properties.name", "title": "country"}, {"field": "role"}],
            },
        },
    ]
    features = region_features(assessment.covered_geometry)
    if features:
        layers.append({"data": {"values": features},
                       "mark": {"type": "geoshape", "fill": "#38a169", "fillOpacity": 0.15, "stroke": "#2f855a",
                                "strokeWidth": 1, "strokeDash": [4, 2]},
                       "encoding": {"tooltip": {"value": "area covered by the charter: "
                                                + ", ".join(assessment.summary.get("regions", []))}}})
    if points:
        layers.append({"data": {"values": points}, "mark": {"type": "circle", "size": 40, "stroke": "#1a202c",
                                                            "strokeWidth": 0.8},
                       "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                                    "latitude": {"field": "lat", "type": "quantitative"},
                                    "fill": {"field": "role", "type": "nominal", "legend": None,
                                             "scale": {"domain": list(ROLE_COLORS),
                                                       "range": list(ROLE_COLORS.values())}},
                                    "tooltip": [{"field": "state"}, {"field": "capital"}]}})
    if bases:
        layers.append({"data": {"values": bases}, "mark": {"type": "point", "shape": "triangle-up", "filled": True,
                                                           "color": "#d69e2e", "size": 60},
                       "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                                    "latitude": {"field": "lat", "type": "quantitative"},
                                    "tooltip": [{"field": "location"}, {"field": "host"}, {"field": "operator"},
                                                {"field": "kind"}, {"field": "personnel"}, {"field": "source"}]}})
    return {
        "$schema": SCHEMA, "width": width, "height": height,
        "title": f"{assessment.name}: members, adversaries, covered area, foreign bases",
        "projection": {"type": "equalEarth", "rotate": [-center, 0, 0]},
        "layer": layers,
    }


def network_spec(edges: pl.DataFrame, members: list[str], title: str) -> dict[str, Any]:
    """Two circle-layout graphs (before / after) of the defend obligations among members."""
    n = len(members)
    pos = {m: (math.cos(2 * math.pi * i / n - math.pi / 2), math.sin(2 * math.pi * i / n - math.pi / 2))
           for i, m in enumerate(members)}
    nodes = [{"state": m, "x": pos[m][0], "y": pos[m][1]} for m in members]

    def panel(which: str) -> dict:
        rows = []
        for r in edges.filter(pl.col(which)).iter_rows(named=True):
            (x1, y1), (x2, y2) = pos[r["defender"]], pos[r["protected"]]
            kind = "new" if (which == "after" and r["new"]) else "existing"
            rows.append({"defender": r["defender"], "protected": r["protected"], "x": x1, "y": y1, "x2": x2,
                         "y2": y2, "edge": kind,
                         "treaties": r["after_treaties"] if which == "after" else r["before_treaties"]})
        count = len(rows)
        scale = {"domain": [-1.25, 1.25]}
        axis = {"x": {"field": "x", "type": "quantitative", "axis": None, "scale": scale},
                "y": {"field": "y", "type": "quantitative", "axis": None, "scale": scale}}
        layers = []
        if rows:
            layers.append({"data": {"values": rows}, "mark": {"type": "rule", "opacity": 0.45},
                           "encoding": {**axis, "x2": {"field": "x2"}, "y2": {"field": "y2"},
                                        "color": {"field": "edge", "type": "nominal", "title": "obligation",
                                                  "scale": {"domain": ["existing", "new"],
                                                            "range": ["#4a5568", "#dd6b20"]}},
                                        "tooltip": [{"field": "defender"}, {"field": "protected"},
                                                    {"field": "treaties"}]}})
        layers.append({"data": {"values": nodes}, "mark": {"type": "circle", "size": 180, "color": "#2b6cb0"},
                       "encoding": {**axis, "tooltip": [{"field": "state"}]}})
        layers.append({"data": {"values": [dict(nd, lx=nd["x"] * 1.13, ly=nd["y"] * 1.13) for nd in nodes]},
                       "mark": {"type": "text", "fontSize": 10},
                       "encoding": {"x": {"field": "lx", "type": "quantitative", "axis": None, "scale": scale},
                                    "y": {"field": "ly", "type": "quantitative", "axis": None, "scale": scale},
                                    "text": {"field": "state"}}})
        return {"title": f"{which}: {count} ordered pairs bound to defend", "width": 300, "height": 300,
                "layer": layers}

    return {"$schema": SCHEMA, "title": title, "hconcat": [panel("before"), panel("after")]}


def power_spec(totals: pl.DataFrame) -> dict[str, Any]:
    """Bars of each indicator's total by entity (alliances and adversaries), one facet per indicator."""
    rows = [{"entity": r["entity"], "indicator": r["indicator"], "value": r["value"], "unit": r["unit"],
             "year": r["year"], "reporting": r["label"]}
            for r in totals.filter(pl.col("value").is_not_null()).iter_rows(named=True)]
    return {
        "$schema": SCHEMA, "title": "Power: totals (sums over reporting states; see tables for who is missing)",
        "data": {"values": rows},
        "facet": {"field": "indicator", "type": "nominal", "title": None},
        "columns": 3,
        "spec": {"width": 200, "height": 140, "mark": "bar",
                 "encoding": {"x": {"field": "entity", "type": "nominal", "title": None, "sort": None},
                              "y": {"field": "value", "type": "quantitative", "title": None},
                              "color": {"field": "entity", "type": "nominal", "legend": None},
                              "tooltip": [{"field": "entity"}, {"field": "indicator"},
                                          {"field": "value", "format": ",.4~r"}, {"field": "unit"},
                                          {"field": "year"}, {"field": "reporting"}]}},
        "resolve": {"scale": {"y": "independent"}},
    }


def burden_spec(burden: pl.DataFrame, title: str) -> dict[str, Any]:
    """Horizontal bars of military expenditure / GDP per member, with the 2%, 3.5% and 5% lines."""
    rows = []
    for r in burden.iter_rows(named=True):
        label = r["state"] if r["share_gdp"] is not None else f"{r['state']} (no data)"
        rows.append({"state": label, "share": r["share_gdp"] * 100 if r["share_gdp"] is not None else 0.0,
                     "year": r["year"], "status": r["status"]})
    rules = [{"target": "2% (Wales 2014)", "value": 2.0}, {"target": "3.5% core (The Hague 2025)", "value": 3.5},
             {"target": "5% (The Hague 2025)", "value": 5.0}]
    return {
        "$schema": SCHEMA, "title": title, "width": 420, "height": max(120, 16 * len(rows)),
        "layer": [
            {"data": {"values": rows}, "mark": "bar",
             "encoding": {"y": {"field": "state", "type": "nominal", "sort": "-x", "title": None},
                          "x": {"field": "share", "type": "quantitative", "title": "military expenditure, % of GDP"},
                          "tooltip": [{"field": "state"}, {"field": "share", "format": ".2f"}, {"field": "year"},
                                      {"field": "status"}]}},
            {"data": {"values": rules}, "mark": {"type": "rule", "strokeDash": [4, 3]},
             "encoding": {"x": {"field": "value", "type": "quantitative"},
                          "color": {"field": "target", "type": "nominal", "title": "NATO yardstick",
                                    "scale": {"range": ["#38a169", "#dd6b20", "#c53030"]}}}},
        ],
    }
