"""Geography: exact latitude lines, who administers a point, the gazetteer's dated changes."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.geo import locate, region
from foedus.geo.astronomy import tropic_of_cancer

# IAU 1976: mean obliquity at J2000.0 = 23 deg 26' 21.448" (Lieske et al. 1977) -- a published constant.
J2000_OBLIQUITY = 23 + 26 / 60 + 21.448 / 3600


def test_tropic_at_j2000_matches_the_published_obliquity():
    # 2000-01-01 00:00 is half a day before J2000.0 (12:00): 46.815"/century * 0.5/36525 = 0.00064" = 1.8e-7 deg
    assert tropic_of_cancer(dt.date(2000, 1, 1)) == pytest.approx(J2000_OBLIQUITY, abs=5e-7)


def test_tropic_drifts_south_by_about_47_arcseconds_a_century():
    drift = tropic_of_cancer(dt.date(1900, 1, 1)) - tropic_of_cancer(dt.date(2000, 1, 1))
    assert drift * 3600 == pytest.approx(46.815, abs=0.05)


def test_north_atlantic_boundary_is_exact_at_the_tropic():
    day = dt.date(2000, 1, 1)
    area = region("north_atlantic_north_of_tropic")
    tropic = tropic_of_cancer(day)
    assert area.membership(-40.0, tropic, day, on_land=False) == "no"  # on the line: not north of it
    assert area.membership(-40.0, tropic + 1e-9, day, on_land=False) == "yes"
    assert area.membership(-40.0, tropic - 1e-9, day, on_land=False) == "no"


@pytest.mark.parametrize(
    ("name", "lat", "lon", "day", "admin"),
    [
        ("Paris", 48.8566, 2.3522, "2025-01-01", "FRA"),
        ("Seoul", 37.5665, 126.978, "2025-01-01", "KOR"),
        ("Senkaku (Uotsuri-jima) after reversion", 25.7433, 123.4731, "2025-01-01", "JPN"),
        ("Senkaku before reversion", 25.7433, 123.4731, "1970-01-01", "USA"),
        ("Naha after reversion (1972-05-15)", 26.2124, 127.6809, "1972-05-15", "JPN"),
        ("Naha on the eve of reversion", 26.2124, 127.6809, "1972-05-14", "USA"),
        ("Hong Kong 1990", 22.3193, 114.1694, "1990-01-01", "GBR"),
        ("Hong Kong 1997-07-01", 22.3193, 114.1694, "1997-07-01", "CHN"),
        ("Guam", 13.4443, 144.7937, "2025-01-01", "USA"),
        ("Nuuk (Greenland)", 64.1814, -51.6941, "2025-01-01", "DNK"),
        ("Sevastopol 2010", 44.6166, 33.5254, "2010-01-01", "UKR"),
        ("Sevastopol 2015", 44.6166, 33.5254, "2015-01-01", "RUS"),
        ("Taipei", 25.033, 121.5654, "2025-01-01", "TWN"),
    ],
)
def test_locate_gives_the_administering_state(name, lat, lon, day, admin):
    assert locate(lat, lon, dt.date.fromisoformat(day), snap_km=10).administered_by == admin, name


def test_open_sea_is_no_state():
    where = locate(0.0, -140.0, dt.date(2025, 1, 1))
    assert where.administered_by is None and not where.on_land


def test_dependencies_are_not_metropolitan():
    assert locate(13.4443, 144.7937, dt.date(2025, 1, 1)).dependency  # Guam
    assert not locate(21.3069, -157.8583, dt.date(2025, 1, 1)).dependency  # Hawaii is a US state


@pytest.mark.parametrize(
    ("region_id", "lat", "lon", "expected"),
    [
        ("europe", 48.8566, 2.3522, "yes"),  # Paris
        ("europe", 64.1466, -21.9426, "yes"),  # Reykjavik
        ("europe", 35.8894, -5.3213, "no"),  # Ceuta, on the African coast
        ("europe", 35.1856, 33.3823, "no"),  # Nicosia
        ("north_america", 40.7128, -74.006, "yes"),  # New York
        ("north_america", 21.3069, -157.8583, "no"),  # Honolulu
        ("north_america", 18.4655, -66.1057, "uncertain"),  # San Juan, Puerto Rico (the Antilles)
        ("pacific_area", 14.5995, 120.9842, "yes"),  # Manila
        ("mediterranean_sea", 35.0, 18.0, "yes"),  # Ionian Sea
        ("mediterranean_sea", 43.0, 34.0, "no"),  # Black Sea
    ],
)
def test_named_regions(region_id, lat, lon, expected):
    day = dt.date(2025, 1, 1)
    on_land = locate(lat, lon, day).on_land
    assert region(region_id).membership(lon, lat, day, on_land=on_land) == expected


def test_shapes_rebuild_from_the_raw_files_matches_the_shipped_copy(tmp_path, raw_data):
    import gzip
    import json

    from foedus.geo.build import DATA_DIR, build

    build(raw_data, tmp_path)
    with gzip.open(tmp_path / "shapes.json.gz", "rt") as new, gzip.open(DATA_DIR / "shapes.json.gz", "rt") as old:
        rebuilt, shipped = json.load(new), json.load(old)
    assert rebuilt == shipped
    assert (tmp_path / "world-110m.json").read_bytes() == (DATA_DIR / "world-110m.json").read_bytes()
