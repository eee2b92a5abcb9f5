"""The spherical area formula against closed forms."""

from __future__ import annotations

import math

import pytest

from foedus.assess.geography import R_AUTHALIC_KM, ring_area_km2


def _box(lon1, lat1, lon2, lat2):
    return [(lon1, lat1), (lon2, lat1), (lon2, lat2), (lon1, lat2), (lon1, lat1)]


@pytest.mark.parametrize("box", [(0, 0, 90, 90), (-180, -90, 180, 90), (10, -20, 40, 35), (100, 5, 101, 6)])
def test_latitude_longitude_box(box):
    lon1, lat1, lon2, lat2 = box
    closed = R_AUTHALIC_KM**2 * math.radians(lon2 - lon1) * (math.sin(math.radians(lat2)) - math.sin(math.radians(lat1)))
    assert ring_area_km2(_box(*box)) == pytest.approx(closed, rel=1e-12)


def test_whole_earth_is_510_million_km2():
    # published: Earth's surface area 510.1 million km² (authalic sphere 510,065,622 km²)
    assert ring_area_km2(_box(-180, -90, 180, 90)) == pytest.approx(510_065_622, rel=1e-6)


def test_sloped_edge_triangle_matches_fine_subdivision():
    # a triangle with a sloped edge: compare with a Riemann sum of R² cos(phi) dphi dlambda
    tri = [(0.0, 0.0), (40.0, 0.0), (0.0, 60.0), (0.0, 0.0)]
    n = 2000
    total = 0.0
    for i in range(n):
        lam = 40.0 * (i + 0.5) / n
        top = 60.0 * (1 - lam / 40.0)  # the hypotenuse: phi linear in lambda
        total += math.radians(40.0 / n) * math.sin(math.radians(top))
    assert ring_area_km2(tri) == pytest.approx(total * R_AUTHALIC_KM**2, rel=1e-5)
