"""ATOP 5.1: alliances (one row per alliance) and members (one row per member per alliance phase).

Read from ``atop/atop5_1a.csv`` and ``atop/atop5_1m.csv`` (ATOP 5.1, codebook of 9 Aug 2022). The Correlates
of War Formal Alliances data are deliberately not used (their maintainer asked that they not be
redistributed).

Dates (codebook 2.32): entry is the *signature* date, not ratification. ``yrexit = 0`` means the alliance was
still in force for that member on 2018-12-31, the end of ATOP 5.1's coverage: ``exit`` is stored null (open)
and foedus treats the obligation as continuing after 2018 (``ineffect`` = 1 keeps ATOP's own flag). When ATOP
could not identify the day (empty ``dayent``/``dayexit``; months are never missing for real dates) foedus
uses the 1st of the month for an entry and the last day of the month for an exit, so the alliance is treated
as in force for the whole uncertain month; ``entry_day_known``/``exit_day_known`` record this. Alliance-level
``begin``/``end`` follow the same rules.

Obligations and conditions are **member-specific** (``defense`` etc. in the member file say what *this*
member promised; asymmetric treaties differ by member: in atopid 3375, the 1960 US-Japan treaty, Japan's row
has defense=0, consul=1). ATOP codes -9 (missing) are stored as null.

Not representable from these files: toward *which* partners an obligation runs when a member's obligations
differ by partner (``obvary`` = 1; ATOP's directed-dyad file, absent here, would be needed), the text of
conditions (only the dummy codes are available), and the exact geography of location limits.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from foedus.data.registry import TableSpec

ATOP_END = dt.date(2018, 12, 31)

BIB_ATOP = """@article{leedsetal2002atop,
  author = {Brett Ashley Leeds and Jeffrey M. Ritter and Sara McLaughlin Mitchell and Andrew G. Long},
  title = {Alliance Treaty Obligations and Provisions, 1815-1944},
  journal = {International Interactions},
  volume = {28}, pages = {237--260}, year = {2002}
}"""

OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")
CONDITIONS = (
    "conditio", "defcon", "offcon", "neucon", "concon",
    "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr",
    "offcoadv", "offcoloc", "offcocon", "offconum", "offcodem",
    "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr", "neucoatt",
    "concoadv", "concoloc", "concocon", "concoreq", "olimob",
)
MEMBER_FLAGS = ("cowsys", "ineffect", "obvary", *OBLIGATIONS, *CONDITIONS)
ALLIANCE_FLAGS = (
    "ineffect", "bilat", "maxphase", "wartime", "pubsecr", *OBLIGATIONS, "active", "conditio", "defcon",
    "offcon", "neucon", "concon", "asymm", "specthrt", "milcon", "milaid", "base", "intcom", "organ1",
)


def _int(col: str) -> pl.Expr:
    """An ATOP integer column with -9 (missing) as null."""
    value = pl.col(col).cast(pl.Int32, strict=False)
    return pl.when(value < 0).then(None).otherwise(value).alias(col)


def _dates(y: str, m: str, d: str, *, is_end: bool) -> tuple[pl.Expr, pl.Expr]:
    """(date, day_known) from ATOP year/month/day columns; year 0 -> null (open end)."""
    year, month, day = (pl.col(c).cast(pl.Int32, strict=False) for c in (y, m, d))
    known = day.is_not_null() & (day > 0)
    first = pl.date(year, month.clip(1, 12), 1)
    fallback = first.dt.month_end() if is_end else first
    value = pl.when(year.is_null() | (year == 0)).then(None).when(known).then(pl.date(year, month, day)) \
        .otherwise(fallback)
    return value, pl.when(year.is_null() | (year == 0)).then(None).otherwise(known)


def _iso3_by_ccode(source: Path) -> pl.DataFrame:
    """(ccode, iso3 of its latest holder) from the state_system build."""
    from foedus.data.sources.states import build_state_system

    system = build_state_system(source).filter(pl.col("system") == "cow")
    latest = system.with_columns(pl.col("end").fill_null(dt.date.max)).sort("end")
    return latest.group_by("code").agg(pl.col("iso3").last()).rename({"code": "member"})


def build_atop_members(source: Path) -> pl.DataFrame:
    raw = pl.read_csv(source / "atop" / "atop5_1m.csv", infer_schema=False)
    entry, entry_known = _dates("yrent", "moent", "dayent", is_end=False)
    exit_, exit_known = _dates("yrexit", "moexit", "dayexit", is_end=True)
    frame = raw.select(
        pl.col("atopid").cast(pl.Int16),
        pl.col("phase").cast(pl.Int8),
        pl.col("member").cast(pl.Int16),
        entry.alias("entry"),
        exit_.alias("exit"),
        entry_known.alias("entry_day_known"),
        exit_known.alias("exit_day_known"),
        *[_int(c).cast(pl.Int8) for c in MEMBER_FLAGS],
    )
    iso = _iso3_by_ccode(source).with_columns(pl.col("member").cast(pl.Int16))
    frame = frame.join(iso, on="member", how="left")
    return frame.sort("atopid", "phase", "member", "entry")


def build_atop_alliances(source: Path) -> pl.DataFrame:
    raw = pl.read_csv(source / "atop" / "atop5_1a.csv", infer_schema=False)
    begin, begin_known = _dates("begyr", "begmo", "begday", is_end=False)
    end, end_known = _dates("endyr", "endmo", "endday", is_end=True)
    members = [c for c in raw.columns if c.startswith("mem") and c[3:].isdigit()]
    n_members = pl.sum_horizontal([(pl.col(c).cast(pl.Int32, strict=False).fill_null(0) > 0) for c in members])
    frame = raw.select(
        pl.col("atopid").cast(pl.Int16),
        begin.alias("begin"),
        end.alias("end"),
        begin_known.alias("begin_day_known"),
        end_known.alias("end_day_known"),
        n_members.cast(pl.Int16).alias("n_members"),
        *[_int(c).cast(pl.Int8) for c in ALLIANCE_FLAGS],
        _int("statthr1").cast(pl.Int16),
        _int("statthr2").cast(pl.Int16),
    )
    return frame.sort("atopid")



MEMBER_SCHEMA = {
    "atopid": pl.Int16, "phase": pl.Int8, "member": pl.Int16, "iso3": pl.Utf8, "entry": pl.Date,
    "exit": pl.Date, "entry_day_known": pl.Boolean, "exit_day_known": pl.Boolean,
    **{c: pl.Int8 for c in MEMBER_FLAGS},
}
ALLIANCE_SCHEMA = {
    "atopid": pl.Int16, "begin": pl.Date, "end": pl.Date, "begin_day_known": pl.Boolean,
    "end_day_known": pl.Boolean, "n_members": pl.Int16, **{c: pl.Int8 for c in ALLIANCE_FLAGS},
    "statthr1": pl.Int16, "statthr2": pl.Int16,
}

TABLES = [
    TableSpec(
        name="atop_alliances",
        title="ATOP 5.1 alliances: dates, obligations, conditions and key provisions",
        unit="alliance",
        key=("atopid",),
        coverage="1815-2018 (alliances in force on 2018-12-31 have end null)",
        source="atop/atop5_1a.csv (ATOP 5.1 alliance-level file)",
        version="5.1 (codebook 9 Aug 2022)",
        bibtex=BIB_ATOP,
        schema=ALLIANCE_SCHEMA,
        build=build_atop_alliances,
        start_column="begin",
        end_column="end",
        notes="Flags are 'any member' summaries; specthrt 0 none, 1 state(s), 2 region, 3 state(s) in region, "
        "4 ongoing conflict, 5 non-state actors, 6 other alliance; statthr1/2 CoW codes of named threats "
        "(0 none). -9 stored as null. Unknown day: 1st of month for begin, month end for end.",
    ),
    TableSpec(
        name="atop_members",
        title="ATOP 5.1 alliance members: entry/exit and member-specific obligations and conditions",
        unit="alliance member in an alliance phase",
        key=("atopid", "phase", "member", "entry"),
        coverage="1815-2018 (memberships in force on 2018-12-31 have exit null)",
        source="atop/atop5_1m.csv (ATOP 5.1 member-level file)",
        version="5.1 (codebook 9 Aug 2022)",
        bibtex=BIB_ATOP,
        schema=MEMBER_SCHEMA,
        build=build_atop_members,
        state_columns=("member",),
        state_code="ccode",
        start_column="entry",
        end_column="exit",
        notes="Obligations are member-specific. yrexit=0 -> exit null (open, continuing after 2018). Entry is "
        "the signature date. Unknown day: 1st of month for entry, month end for exit. -9 stored as null.",
    ),
]
