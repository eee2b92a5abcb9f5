"""Nuclear forces: FAS warhead estimates by state-year, and Bleek/NTI proliferation status.

``nuclear_forces`` joins three FAS series (all via Our World in Data) into one state-year table: the stockpile
estimates 1945-2023 (the nine nuclear-armed states and South Africa), the 2022-2023 inventory breakdown and the
2025 breakdown. A ``*_source`` column says where each row's figures come from. Years FAS does not report
(2024; breakdowns before 2022) are null, never 0.

``nuclear_status`` is OWID's country-year coding of Bleek (2017) and NTI (2022): 0 = not considering nuclear
weapons, 1 = considering, 2 = pursuing, 3 = possessing.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from foedus.data.codes import add_ccode, name_to_iso3
from foedus.data.registry import TableSpec

#: The nine nuclear-armed states (FAS 2025), ISO3.
NUCLEAR_ARMED = ("USA", "RUS", "GBR", "FRA", "CHN", "IND", "PAK", "ISR", "PRK")

STATUS_LABELS = {0: "no consideration", 1: "consideration", 2: "pursuit", 3: "possession"}

#: OWID names the country_converter regexes miss or would merge; value (iso3, ccode or None = derive).
OWID_NAMES: dict[str, tuple[str | None, int | None]] = {
    "German Democratic Republic": ("DDR", 265),
    "Republic of Vietnam": (None, 817),
    "South Yemen": ("YMD", 680),
    "Timor": ("TLS", None),
    "Abkhazia": (None, None),
    "South Ossetia": (None, None),
    "Tibet": (None, None),
}

FAS_BIBTEX = """\
@misc{fas2023status,
  author = {Kristensen, Hans M. and Korda, Matt and Johns, Eliana and Knight, Mackenzie},
  title = {Status of World Nuclear Forces},
  year = {2023},
  publisher = {Federation of American Scientists},
  url = {https://fas.org/initiative/status-world-nuclear-forces/},
  note = {Stockpiles 1945-2023 and inventories 2022-2023 via Our World in Data (Bastian Herre); 2025 inventory via
          the OWID grapher}
}
"""

STATUS_BIBTEX = """\
@techreport{bleek2017proliferate,
  author = {Bleek, Philipp C.},
  title = {When Did (and Didn't) States Proliferate? Chronicling the Spread of Nuclear Weapons},
  institution = {Belfer Center for Science and International Affairs, Harvard Kennedy School},
  year = {2017}
}
@misc{nti2022profiles,
  author = {{Nuclear Threat Initiative}},
  title = {Country Profiles},
  year = {2022},
  url = {https://www.nti.org/countries/},
  note = {Coded by state-year 1938-2022 by Our World in Data (Bastian Herre)}
}
"""

_CATEGORIES = ("deployed_strategic", "deployed_nonstrategic", "reserve", "retired")


def _iso3(names: list[str]) -> dict[str, str | None]:
    """ISO3 for OWID country names (after normalising runs of spaces)."""
    out = {}
    for n in names:
        clean = " ".join(n.split())
        out[n] = OWID_NAMES[clean][0] if clean in OWID_NAMES else name_to_iso3(clean)
        if out[n] is None and clean not in OWID_NAMES:
            raise RuntimeError(f"OWID name without ISO3: {n!r}")
    return out


def build_nuclear_forces(source: Path) -> pl.DataFrame:
    """Stockpile 1945-2023 plus the inventory breakdowns of 2022, 2023 and 2025, one row per state-year."""
    nuc = source / "nuclear"
    stock = pl.read_csv(nuc / "fas_nuclear_warhead_stockpiles_1945_2023.csv").filter(pl.col("country_name") != "World")
    stock = stock.select(
        pl.col("country_name").replace_strict(_iso3(stock["country_name"].unique().to_list())).alias("iso3"),
        "year",
        pl.col("nuclear_weapons_stockpile").alias("stockpile"),
        pl.lit("FAS 2023 stockpile series (OWID)").alias("stockpile_source"),
    )
    inv = pl.read_csv(nuc / "fas_nuclear_warhead_inventories_2022_2023.csv")
    inv = inv.select(
        pl.col("country_name").replace_strict(_iso3(inv["country_name"].unique().to_list())).alias("iso3"),
        "year",
        pl.col("nuclear_weapons_depl_strat").alias("deployed_strategic"),
        pl.col("nuclear_weapons_depl_nonstrat").alias("deployed_nonstrategic"),
        pl.col("nuclear_weapons_reserve_nondepl").alias("reserve"),
        pl.col("nuclear_weapons_retired").alias("retired"),
        pl.col("nuclear_weapons_inventory").alias("inventory"),
        pl.lit("FAS 2022/2023 inventories (OWID)").alias("inventory_source"),
    )
    new = pl.read_csv(nuc / "fas_nuclear_warhead_inventories_2025_owid.csv")
    new = new.select(
        pl.col("Code").alias("iso3"),
        pl.col("Year").alias("year"),
        pl.col("Number of deployed strategic nuclear warheads").alias("deployed_strategic"),
        pl.col("Number of deployed nonstrategic nuclear warheads").alias("deployed_nonstrategic"),
        pl.col("Number of nondeployed nuclear warheads in reserve").alias("reserve"),
        pl.col("Number of retired nuclear warheads").alias("retired"),
    ).with_columns(
        pl.sum_horizontal(_CATEGORIES).alias("inventory"),
        pl.lit("FAS 2025 inventories (OWID grapher); inventory = sum of categories").alias("inventory_source"),
        # FAS's stockpile is the military stockpile: deployed plus reserve warheads (retired ones excluded).
        (pl.col("deployed_strategic") + pl.col("deployed_nonstrategic") + pl.col("reserve")).alias("stockpile"),
        pl.lit("FAS 2025 via OWID grapher: deployed + reserve").alias("stockpile_source"),
    )
    frame = pl.concat([stock.join(inv, on=["iso3", "year"], how="full", coalesce=True), new], how="diagonal")
    return add_ccode(frame, source).sort("iso3", "year")


def build_nuclear_status(source: Path) -> pl.DataFrame:
    """Bleek/NTI status by country-year with codes and a text label."""
    raw = pl.read_csv(source / "nuclear" / "nuclear_weapons_proliferation_status_bleek_nti.csv")
    names = raw["country_name"].unique().to_list()
    frame = raw.select(
        pl.col("country_name"),
        pl.col("country_name").replace_strict(_iso3(names), return_dtype=pl.String).alias("iso3"),
        "year",
        pl.col("nuclear_weapons_status").alias("status"),
        pl.col("nuclear_weapons_status").replace_strict(STATUS_LABELS, return_dtype=pl.String).alias("status_label"),
    )
    frame = add_ccode(frame, source)
    fixed = {n: c for n, (_, c) in OWID_NAMES.items() if c is not None}
    frame = frame.with_columns(
        pl.col("country_name").replace_strict(fixed, default=None, return_dtype=pl.Int16).fill_null(pl.col("ccode"))
        .alias("ccode")
    )
    return frame.sort("country_name", "year")


_WARHEADS = pl.Int32

TABLES = [
    TableSpec(
        name="nuclear_forces",
        title="Nuclear warhead stockpiles and inventories (FAS)",
        unit="state-year (nuclear-armed states and South Africa)",
        key=("iso3", "year"),
        coverage="1945-2025 (stockpile 1945-2023 and 2025; breakdowns 2022, 2023, 2025; no 2024)",
        source="nuclear/fas_nuclear_warhead_stockpiles_1945_2023.csv and "
        "fas_nuclear_warhead_inventories_2022_2023.csv (owid/notebooks@56c36ad), "
        "fas_nuclear_warhead_inventories_2025_owid.csv (HkGan0910/DV2@5a74d3b)",
        version="FAS Status of World Nuclear Forces 2023 and 2025",
        bibtex=FAS_BIBTEX,
        schema={
            "iso3": pl.String,
            "ccode": pl.Int16,
            "year": pl.Int16,
            "stockpile": _WARHEADS,
            "deployed_strategic": _WARHEADS,
            "deployed_nonstrategic": _WARHEADS,
            "reserve": _WARHEADS,
            "retired": _WARHEADS,
            "inventory": _WARHEADS,
            "stockpile_source": pl.String,
            "inventory_source": pl.String,
        },
        build=build_nuclear_forces,
        state_columns=("iso3",),
        state_code="iso3",
        year_column="year",
        notes=(
            "Counts of warheads. stockpile = warheads assigned to the military (deployed + reserve), FAS "
            "estimates; 2025 stockpile computed as deployed + reserve from the 2025 breakdown. inventory = "
            "stockpile + retired warheads awaiting dismantlement (2025: sum of the four categories). FAS figures "
            "are estimates, rounded, and revised between editions; 2022-2023 figures come from two editions and "
            "may not match the stockpile series exactly. Years without an estimate are null (no 2024 row)."
        ),
    ),
    TableSpec(
        name="nuclear_status",
        title="Nuclear weapons proliferation status (Bleek 2017; NTI 2022)",
        unit="country-year (OWID country list, all years 1938-2022)",
        key=("country_name", "year"),
        coverage="1938-2022",
        source="nuclear/nuclear_weapons_proliferation_status_bleek_nti.csv (owid/notebooks@56c36ad)",
        version="OWID 2022 (Bleek 2017; NTI 2022)",
        bibtex=STATUS_BIBTEX,
        schema={
            "country_name": pl.String,
            "iso3": pl.String,
            "ccode": pl.Int16,
            "year": pl.Int16,
            "status": pl.Int8,
            "status_label": pl.String,
        },
        build=build_nuclear_status,
        state_columns=("iso3",),
        state_code="iso3",
        year_column="year",
        notes=(
            "status: 0 no consideration, 1 consideration, 2 pursuit, 3 possession (OWID's coding of Bleek 2017 "
            "and NTI 2022). OWID lists every country in every year 1938-2022, including years before it existed "
            "as a state. Abkhazia, South Ossetia, Tibet and the Republic of Vietnam have no iso3."
        ),
    ),
]
