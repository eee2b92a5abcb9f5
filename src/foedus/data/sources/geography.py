"""Capitals, direct contiguity and minimum distances between states (all via peacesciencer 1.2.9).

``capitals``
    Capital cities with coordinates from peacesciencer's ``cow_capitals`` and ``gw_capitals`` (one table,
    ``system`` says which list). The compiler dates capitals "generously" around system entry/exit and ends
    every current capital on 2024-12-31; that terminal date is stored as ``end`` null (still the capital).
    ``capitals_raw.csv`` (the compiler's sheet with comments, no coordinates) is not shipped.
``contiguity``
    CoW Direct Contiguity v3.2, directed (each pair appears both ways), with ``conttype`` 1 = land border,
    2 = separated by <= 12 miles of water, 3 = <= 24, 4 = <= 150, 5 = <= 400 miles (a nominal code, not a
    scale). Spells that end on the data's terminal date 2016-12-01 are stored with ``end`` null (continuing).
``mindist``
    Non-directed dyad-year minimum distance in km between CoW states (ccode1 < ccode2), measured on
    1 January, 1886-2019. Stored compactly (int16 codes and year, float32 km: about 2 m resolution at the
    largest distances). Years outside 1886-2019 are missing, never 0; 0 means the states touch.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from foedus.data.registry import TableSpec
from foedus.data.sources.states import BIB_PEACESCIENCER

CAPITALS_TERMINAL = dt.date(2024, 12, 31)
CONTIGUITY_TERMINAL = dt.date(2016, 12, 1)

BIB_CONTIGUITY = """@article{stinnettetal2002cow,
  author = {Stinnett, Douglas M. and Tir, Jaroslav and Schafer, Philip and Diehl, Paul F. and Gochman, Charles S.},
  title = {The Correlates of War Project Direct Contiguity Data, Version 3},
  journal = {Conflict Management and Peace Science},
  volume = {19}, number = {2}, pages = {58--66}, year = {2002}
}"""
BIB_CSHAPES = """@article{schvitz2022mis,
  author = {Guy Schvitz and Luc Girardin and Seraina R{\\"u}egger and Nils B. Weidmann and Lars-Erik Cederman and Kristian Skrede Gleditsch},
  title = {Mapping the International System, 1886-2019: The {CShapes} 2.0 Dataset},
  journal = {Journal of Conflict Resolution},
  volume = {66}, number = {1}, pages = {144--161}, year = {2022}
}"""
BIB_WEIDMANN = """@article{weidmanngleditsch2010mmcs,
  author = {Nils B. Weidmann and Kristian Skrede Gleditsch},
  title = {Mapping and Measuring Country Shapes},
  journal = {The R Journal},
  volume = {2}, number = {1}, pages = {18--24}, year = {2010}
}"""


def _iso_lookup(source: Path) -> pl.DataFrame:
    """(system, code, start, end, iso3) spells to attach iso3 to code-dated rows."""
    from foedus.data.sources.states import build_state_system

    return build_state_system(source)


def build_capitals(source: Path) -> pl.DataFrame:
    ps = source / "peacesciencer"
    frames = []
    for system, file, code in (("cow", "cow_capitals.csv", "ccode"), ("gw", "gw_capitals.csv", "gwcode")):
        raw = pl.read_csv(ps / file, try_parse_dates=True)
        frames.append(
            raw.select(
                pl.lit(system).alias("system"),
                pl.col(code).cast(pl.Int16).alias("code"),
                pl.col("capital"),
                pl.col("lat").cast(pl.Float32),
                pl.col("lng").cast(pl.Float32).alias("lon"),
                pl.col("stdate").cast(pl.Date).alias("start"),
                pl.when(pl.col("enddate") == CAPITALS_TERMINAL).then(None).otherwise(pl.col("enddate"))
                .cast(pl.Date).alias("end"),
            )
        )
    frame = pl.concat(frames)
    # iso3 of the state holding the code (latest holder: capitals are dated generously, not per ISO entity)
    system = _iso_lookup(source).with_columns(pl.col("end").fill_null(dt.date.max)).sort("end")
    latest = system.group_by("system", "code").agg(pl.col("iso3").last())
    frame = frame.join(latest, on=["system", "code"], how="left")
    return frame.sort("system", "code", "start")


def build_contiguity(source: Path) -> pl.DataFrame:
    raw = pl.read_csv(source / "peacesciencer" / "cow_contdir.csv", try_parse_dates=True)
    return raw.select(
        pl.col("ccode1").cast(pl.Int16),
        pl.col("ccode2").cast(pl.Int16),
        pl.col("conttype").cast(pl.Int8),
        pl.col("stdate").cast(pl.Date).alias("start"),
        pl.when(pl.col("enddate") == CONTIGUITY_TERMINAL).then(None).otherwise(pl.col("enddate"))
        .cast(pl.Date).alias("end"),
    ).sort("ccode1", "ccode2", "start")


def build_mindist(source: Path) -> pl.DataFrame:
    raw = pl.read_csv(source / "peacesciencer" / "cow_mindist.csv.gz")
    return raw.select(
        pl.col("ccode1").cast(pl.Int16),
        pl.col("ccode2").cast(pl.Int16),
        pl.col("year").cast(pl.Int16),
        pl.col("mindist").cast(pl.Float32),
    ).sort("ccode1", "ccode2", "year")


TABLES = [
    TableSpec(
        name="capitals",
        title="Capital cities with coordinates (CoW and G-W states)",
        unit="state capital spell",
        key=("system", "code", "start"),
        coverage="1816-2024 (current capitals open-ended)",
        source="peacesciencer/cow_capitals.csv and gw_capitals.csv (peacesciencer 1.2.9, capitals 2020)",
        version="peacesciencer capitals 2020 (package 1.2.9)",
        bibtex=BIB_PEACESCIENCER,
        schema={"system": pl.Utf8, "code": pl.Int16, "iso3": pl.Utf8, "capital": pl.Utf8, "lat": pl.Float32,
                "lon": pl.Float32, "start": pl.Date, "end": pl.Date},
        build=build_capitals,
        state_columns=("iso3",),
        state_code="iso3",
        start_column="start",
        end_column="end",
        notes="end null = still the capital (source ends current capitals on 2024-12-31).",
    ),
    TableSpec(
        name="contiguity",
        title="CoW Direct Contiguity v3.2 (directed, dated)",
        unit="directed contiguity spell",
        key=("ccode1", "ccode2", "start"),
        coverage="1816-2016 (spells running at the end are open)",
        source="peacesciencer/cow_contdir.csv (CoW Direct Contiguity v3.2)",
        version="3.2",
        bibtex=BIB_CONTIGUITY,
        schema={"ccode1": pl.Int16, "ccode2": pl.Int16, "conttype": pl.Int8, "start": pl.Date, "end": pl.Date},
        build=build_contiguity,
        state_columns=("ccode1", "ccode2"),
        state_code="ccode",
        start_column="start",
        end_column="end",
        notes="conttype 1 land, 2 <=12mi water, 3 <=24mi, 4 <=150mi, 5 <=400mi; end null = continuing past "
        "2016-12-01.",
    ),
    TableSpec(
        name="mindist",
        title="Minimum distance between CoW states (non-directed dyad-year, km)",
        unit="non-directed dyad-year",
        key=("ccode1", "ccode2", "year"),
        coverage="1886-2019",
        source="peacesciencer/cow_mindist.csv.gz (CShapes-based, peacesciencer 1.2.9)",
        version="peacesciencer 1.2.9 (CShapes 2.0)",
        bibtex="\n\n".join([BIB_CSHAPES, BIB_WEIDMANN, BIB_PEACESCIENCER]),
        schema={"ccode1": pl.Int16, "ccode2": pl.Int16, "year": pl.Int16, "mindist": pl.Float32},
        build=build_mindist,
        state_columns=("ccode1", "ccode2"),
        state_code="ccode",
        year_column="year",
        notes="ccode1 < ccode2; measured on 1 January; outside 1886-2019 missing, never 0.",
    ),
]
