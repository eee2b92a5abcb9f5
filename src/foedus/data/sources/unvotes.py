"""UN General Assembly roll-call votes (Voeten, via the unvotes R package): roll calls and country votes.

``un_rollcalls`` has one row per recorded vote (session, date, resolution, issue codes, description).
``un_votes`` has one row per country x roll call where the country voted yes, abstained or no, encoded as int8
(1 = yes, 2 = abstain, 3 = no, Voeten's coding), with the CoW code, ISO3 and year. Absences and non-membership
are *not* rows (the unvotes package drops them), so a missing row means "did not vote", never a vote.
Sessions 1-74 (1946-2019).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from foedus.data.codes import add_ccode, name_to_iso3
from foedus.data.registry import TableSpec

VOTE_CODES = {"yes": 1, "abstain": 2, "no": 3}

#: unvotes names the regexes miss or that must keep a historical code: name -> (iso3 or None, ccode or None).
UN_NAMES: dict[str, tuple[str | None, int | None]] = {
    "Czechoslovakia": ("CSK", 315),
    "Yugoslavia": ("YUG", 345),
    "Yemen Arab Republic": ("YEM", 678),
    "Yemen People's Republic": ("YMD", 680),
    "Federal Republic of Germany": ("DEU", 260),
    "German Democratic Republic": ("DDR", 265),
    "Zanzibar": (None, 511),
}

UN_BIBTEX = """\
@incollection{voeten2013unga,
  author = {Voeten, Erik},
  title = {Data and Analyses of Voting in the {UN} {G}eneral {A}ssembly},
  booktitle = {Routledge Handbook of International Organization},
  editor = {Reinalda, Bob},
  publisher = {Routledge},
  address = {London},
  year = {2013},
  note = {Data: Harvard Dataverse, hdl:1902.1/12379; via the unvotes R package (Robinson), 0.2.0.9000}
}
"""

_SOURCE = "dgrtwo/unvotes@7eb7034, unvotes 0.2.0.9000 (Dataverse download of 21 Feb 2021)"


def build_un_rollcalls(source: Path) -> pl.DataFrame:
    """Roll calls with their date, year and the list of issue codes (me, nu, di, hr, co, ec)."""
    raw = pl.read_csv(source / "unvotes" / "un_roll_calls.csv.gz", infer_schema_length=None)
    issues = (
        pl.read_csv(source / "unvotes" / "un_roll_call_issues.csv.gz")
        .group_by("rcid")
        .agg(pl.col("short_name").unique().sort().alias("issues"))
    )
    frame = raw.with_columns(pl.col("date").str.to_date("%Y-%m-%d")).with_columns(
        pl.col("date").dt.year().alias("year"),
        pl.col("importantvote") == 1,
        pl.col("amend") == 1,
        pl.col("para") == 1,
    )
    return frame.join(issues, on="rcid", how="left").sort("rcid")


def build_un_votes(source: Path) -> pl.DataFrame:
    """Country votes with CoW code, ISO3 and the roll call's year; vote as int8 1/2/3."""
    raw = pl.read_csv(source / "unvotes" / "un_votes.csv.gz")
    years = pl.read_csv(source / "unvotes" / "un_roll_calls.csv.gz", columns=["rcid", "date"]).select(
        "rcid", pl.col("date").str.slice(0, 4).cast(pl.Int16).alias("year")
    )
    names = raw["country"].unique().to_list()
    iso = {n: UN_NAMES[n][0] if n in UN_NAMES else name_to_iso3(n) for n in names}
    unmatched = sorted(n for n, v in iso.items() if v is None and n not in UN_NAMES)
    if unmatched:
        raise RuntimeError(f"unvotes names without ISO3: {unmatched}")
    frame = raw.join(years, on="rcid", how="left").with_columns(
        pl.col("country").replace_strict(iso, return_dtype=pl.String).alias("iso3"),
        pl.col("vote").replace_strict(VOTE_CODES, return_dtype=pl.Int8),
    )
    frame = add_ccode(frame, source)
    fixed = {n: c for n, (_, c) in UN_NAMES.items() if c is not None}
    frame = frame.with_columns(
        pl.col("country").replace_strict(fixed, default=None, return_dtype=pl.Int16).fill_null(pl.col("ccode"))
        .alias("ccode")
    )
    return frame.sort("rcid", "ccode")


TABLES = [
    TableSpec(
        name="un_rollcalls",
        title="UN General Assembly roll calls",
        unit="roll-call vote",
        key=("rcid",),
        coverage="1946-2020 (sessions 1-74; last vote 14 Jan 2020)",
        source=f"unvotes/un_roll_calls.csv.gz and un_roll_call_issues.csv.gz ({_SOURCE})",
        version="Voeten UNGA voting data via unvotes 0.2.0.9000",
        bibtex=UN_BIBTEX,
        schema={
            "rcid": pl.Int32,
            "session": pl.Int16,
            "date": pl.Date,
            "year": pl.Int16,
            "importantvote": pl.Boolean,
            "amend": pl.Boolean,
            "para": pl.Boolean,
            "unres": pl.String,
            "issues": pl.List(pl.String),
            "short": pl.String,
            "descr": pl.String,
        },
        build=build_un_rollcalls,
        year_column="year",
        notes=(
            "issues: unvotes issue codes (me Palestinian conflict, nu nuclear weapons and material, di arms "
            "control and disarmament, hr human rights, co colonialism, ec economic development); null if "
            "unclassified. importantvote: flagged by the US State Department (from 1983). amend/para: vote on an "
            "amendment / a paragraph."
        ),
    ),
    TableSpec(
        name="un_votes",
        title="UN General Assembly votes by country",
        unit="country x roll call (yes/abstain/no only; absences are not rows)",
        key=("rcid", "ccode"),
        coverage="1946-2020 (sessions 1-74; last vote 14 Jan 2020)",
        source=f"unvotes/un_votes.csv.gz ({_SOURCE})",
        version="Voeten UNGA voting data via unvotes 0.2.0.9000",
        bibtex=UN_BIBTEX,
        schema={
            "rcid": pl.Int32,
            "ccode": pl.Int16,
            "iso3": pl.String,
            "year": pl.Int16,
            "vote": pl.Int8,
        },
        build=build_un_votes,
        state_columns=("ccode",),
        state_code="ccode",
        year_column="year",
        notes=(
            "vote: 1 yes, 2 abstain, 3 no. Countries absent from a roll call have no row. West Germany votes "
            "under ccode 260 (iso3 DEU) and unified Germany under 255; Yemen Arab Republic 678, South Yemen 680 "
            "(iso3 YMD); Yugoslavia 345 (iso3 YUG), Czechoslovakia 315 (CSK), Zanzibar 511 (no iso3). Join "
            "un_rollcalls on rcid for session, date and issues; see foedus.data.analysis.vote_agreement."
        ),
    ),
]
