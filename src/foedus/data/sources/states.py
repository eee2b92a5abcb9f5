"""States, state-system membership and name aliases: the crosswalk every other table joins through.

Tables
------
``states``
    One row per canonical state. ``iso3`` is the ISO 3166-1 alpha-3 code; dissolved states carry their
    ISO 3166-3 code (SUN, YUG, CSK, DDR, YMD); historical states with no ISO code get a documented
    *pseudo-code* of four letters, ``"X"`` + the CoW (else G-W) abbreviation (``XBAV`` Bavaria, ``XKOR``
    pre-1910 Korea), which can never collide with an ISO alpha-3 code. Kosovo uses the widely used
    user-assigned code XKX (as country_converter and the World Bank do). ``ccode``/``gwcode`` are the codes the
    Correlates of War and Gleditsch-Ward lists use for the state (for Russia and the USSR both 365; Germany
    CoW 255 / G-W 260; Serbia CoW 345 / G-W 340). ``cc_regex`` is country_converter's matching regex,
    shipped so the resolver needs no third-party package at run time.
``state_system``
    CoW (v2016) and G-W membership spells with full dates. Spells ending on the dataset's terminal date
    (CoW 2016-12-31, G-W 2017-12-31) are stored with ``end`` null: the list simply stops there, and foedus
    treats those memberships as continuing (so "states in the system on 2025-01-01" works). Real exits keep
    their date. ``iso3`` is the state of the time: a code whose source spell spans a change of ISO entity is
    split at the documented succession date (see ``SUCCESSIONS``) while ``code`` stays the source's code.
``aliases``
    Normalized name/code -> iso3 with the kind of alias and a priority (lower wins when two kinds disagree,
    e.g. ISO3 "AUS" = Australia beats CoW abbreviation "AUS" = Austria). Derived from country_converter's
    ``country_data.tsv`` (short and official names, ISO2/ISO3), the CoW and G-W names and abbreviations, and
    the few additions in ``EXTRA_ALIASES`` that neither source has.

Mapping of CoW/G-W codes to ISO: each CoW/G-W state name is matched with country_converter's regexes
(exactly as country_converter does); ``CODE_OVERRIDES`` fixes the cases where that fails or is wrong
(historical states, split Germany, Yugoslavia/Serbia, the Pacific micro-states whose CoW and G-W numbers
differ). country_converter's own GWcode column is not trusted (e.g. it gives VNM the G-W code 817, which is
the Republic of Vietnam).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import polars as pl

from foedus.data.names import normalize  # noqa: F401  (re-exported for the build)
from foedus.data.registry import TableSpec

COW_TERMINAL = dt.date(2016, 12, 31)
GW_TERMINAL = dt.date(2017, 12, 31)

BIB_COW_STATES = """@misc{cowstates2016,
  author = {{Correlates of War Project}},
  title = {State System Membership List, v2016},
  year = {2017},
  url = {http://correlatesofwar.org}
}"""
BIB_GW = """@article{gledtischward1999rlis,
  author = {Kristian S. Gleditsch and Michael D. Ward},
  title = {A Revised List of Independent States since the {C}ongress of {V}ienna},
  journal = {International Interactions},
  volume = {25}, number = {4}, pages = {393--413}, year = {1999}
}"""
BIB_CC = """@article{stadler2017cc,
  author = {Konstantin Stadler},
  title = {The country converter coco - a Python package for converting country names between different classification schemes},
  journal = {Journal of Open Source Software},
  volume = {2}, number = {16}, pages = {332}, year = {2017},
  doi = {10.21105/joss.00332}
}"""
BIB_PEACESCIENCER = """@article{peacesciencer-package,
  author = {Steven V. Miller},
  title = {{peacesciencer}: An R Package for Quantitative Peace Science Research},
  journal = {Conflict Management and Peace Science},
  year = {2022},
  url = {http://svmiller.com/peacesciencer/}
}"""

# (system, code) -> iso3 where regex matching of the source's name fails or is wrong. None = pseudo-code.
CODE_OVERRIDES: dict[tuple[str, int], str | None] = {
    ("cow", 255): "DEU", ("gw", 255): "DEU",  # Germany (Prussia) and unified Germany
    ("cow", 260): "DEU", ("gw", 260): "DEU",  # German Federal Republic continues as Germany
    ("cow", 265): "DDR", ("gw", 265): "DDR",
    ("cow", 300): None, ("gw", 300): None,  # Austria-Hungary (regex would give AUT and HUN)
    ("cow", 315): "CSK", ("gw", 315): "CSK",
    ("cow", 327): None, ("gw", 327): None,  # Papal States, not the Vatican City State
    ("gw", 275): "XHSG",  # G-W abbreviates Hesse-Darmstadt HSD, CoW HSG: one state
    ("cow", 345): "SRB", ("gw", 345): "YUG", ("gw", 340): "SRB",
    ("cow", 365): "RUS", ("gw", 365): "RUS",
    ("gw", 510): "TZA", ("gw", 99): None,
    ("cow", 678): None, ("gw", 678): "YEM",  # G-W continues the Yemen Arab Republic as Yemen
    ("cow", 679): "YEM",
    ("cow", 680): "YMD", ("gw", 680): "YMD",
    ("cow", 730): None, ("gw", 730): None,  # Korea before 1910
    ("gw", 815): None,  # Vietnam (Annam) before 1893
    ("cow", 816): "VNM", ("gw", 816): "VNM",
    ("cow", 817): None, ("gw", 817): None,  # Republic of Vietnam
}

# Dissolved states with ISO 3166-3 codes that country_converter lacks: iso3 -> (name, iso2, numeric).
HISTORICAL_ISO: dict[str, tuple[str, str | None, int | None]] = {
    "YUG": ("Yugoslavia", "YU", 891),
    "CSK": ("Czechoslovakia", "CS", 200),
    "DDR": ("German Democratic Republic", "DD", 278),
    "YMD": ("Yemen People's Republic", "YD", 720),
}

# Spells whose ISO entity changes within one source code: (system, code) -> [(first, last, iso3)].
SUCCESSIONS: dict[tuple[str, int], list[tuple[dt.date, dt.date, str]]] = {
    # USSR from its founding treaty to its dissolution; CoW and G-W keep code 365 throughout.
    ("cow", 365): [(dt.date(1922, 12, 30), dt.date(1991, 12, 25), "SUN")],
    ("gw", 365): [(dt.date(1922, 12, 30), dt.date(1991, 12, 25), "SUN")],
    # CoW 345 is Serbia, then Yugoslavia (from the 1918-12-01 union, G-W's date), then Serbia again after
    # Montenegro's exit (G-W's Yugoslavia ends 2006-06-04).
    ("cow", 345): [(dt.date(1918, 12, 1), dt.date(2006, 6, 4), "YUG")],
}

# Aliases that neither country_converter nor the CoW/G-W lists resolve (checked by building the aliases
# without them: everything else in the resolver tests, e.g. ROK, DPRK, PRC, ROC, UK, Burma, Türkiye, Swaziland,
# USSR, Yugoslavia, already resolves from those sources). Each is a common English usage.
EXTRA_ALIASES: dict[str, str] = {
    "America": "USA",
    "Holland": "NLD",
    "East Germany": "DDR",
    "West Germany": "DEU",  # the German Federal Republic (CoW 260, G-W 260) continues as Germany
    "South Yemen": "YMD",  # the regex "yemen" alone would give today's Yemen
    "South Vietnam": "XRVN",
    "North Vietnam": "VNM",  # the Democratic Republic of Vietnam (CoW/G-W 816) continues as Vietnam
}

# Lower wins when aliases of different kinds point to different states.
ALIAS_PRIORITY = {"iso3": 0, "foedus": 1, "name_short": 2, "name_official": 2, "iso2": 3,
                  "cow_name": 4, "gw_name": 4, "cow_abbrev": 5, "gw_abbrev": 6}




def country_converter_table() -> pl.DataFrame:
    """country_converter's country_data.tsv, read as strings (CountryConverter() itself needs pandas<3)."""
    import country_converter

    path = Path(country_converter.__file__).parent / "country_data.tsv"
    return pl.read_csv(path, separator="\t", infer_schema=False)


def _read_systems(source: Path) -> pl.DataFrame:
    """CoW and G-W spells as (system, code, abbrev, source_name, start, end) with raw end dates."""
    ps = source / "peacesciencer"
    cow = pl.read_csv(ps / "cow_states.csv").select(
        pl.lit("cow").alias("system"),
        pl.col("ccode").alias("code"),
        pl.col("stateabb").alias("abbrev"),
        pl.col("statenme").alias("source_name"),
        pl.date("styear", "stmonth", "stday").alias("start"),
        pl.date("endyear", "endmonth", "endday").alias("end"),
    )
    gw = pl.read_csv(ps / "gw_states.csv", try_parse_dates=True).select(
        pl.lit("gw").alias("system"),
        pl.col("gwcode").alias("code"),
        pl.col("stateabb").alias("abbrev"),
        pl.col("statename").alias("source_name"),
        pl.col("startdate").cast(pl.Date).alias("start"),
        pl.col("enddate").cast(pl.Date).alias("end"),
    )
    return pl.concat([cow, gw])


def _code_to_iso3(spells: pl.DataFrame, cc: pl.DataFrame) -> dict[tuple[str, int], str]:
    """Map each (system, code) to an iso3 by country_converter's regexes, with CODE_OVERRIDES."""
    regexes = [(r["ISO3"], re.compile(r["regex"], re.IGNORECASE)) for r in cc.iter_rows(named=True)]
    out: dict[tuple[str, int], str] = {}
    for row in spells.unique(["system", "code"], keep="last").iter_rows(named=True):
        key = (row["system"], row["code"])
        if key in CODE_OVERRIDES:
            iso = CODE_OVERRIDES[key]
        else:
            hits = [iso for iso, rx in regexes if rx.search(row["source_name"])]
            iso = hits[0] if len(hits) == 1 else None
        out[key] = iso if iso is not None else "X" + row["abbrev"]
    return out


def _split(system: str, code: int, iso3: str, start: dt.date, end: dt.date | None) -> list[tuple]:
    """Split one spell at the SUCCESSIONS windows of its code."""
    pieces: list[tuple] = []
    cursor = start
    last = end or dt.date.max
    for first, final, other in SUCCESSIONS.get((system, code), []):
        if final < cursor or first > last:
            continue
        if first > cursor:
            pieces.append((cursor, first - dt.timedelta(days=1), iso3))
        pieces.append((max(cursor, first), min(last, final), other))
        cursor = final + dt.timedelta(days=1)
    if cursor <= last:
        pieces.append((cursor, end, iso3))
    return [(system, code, iso, a, (None if b == dt.date.max else b)) for a, b, iso in pieces]


def build_state_system(source: Path) -> pl.DataFrame:
    spells = _read_systems(source)
    iso = _code_to_iso3(spells, country_converter_table())
    rows = []
    for r in spells.iter_rows(named=True):
        terminal = COW_TERMINAL if r["system"] == "cow" else GW_TERMINAL
        end = None if r["end"] == terminal else r["end"]
        rows.extend(_split(r["system"], r["code"], iso[(r["system"], r["code"])], r["start"], end))
    frame = pl.DataFrame(
        rows, schema={"system": pl.Utf8, "code": pl.Int16, "iso3": pl.Utf8, "start": pl.Date, "end": pl.Date},
        orient="row",
    )
    return frame.sort("system", "code", "start")


def build_states(source: Path) -> pl.DataFrame:
    cc = country_converter_table()
    spells = _read_systems(source)
    system = build_state_system(source)
    names = {(r["system"], r["code"]): (r["abbrev"], r["source_name"]) for r in spells.iter_rows(named=True)}
    # latest code of each state in each system (open spells count as latest)
    latest = (
        system.with_columns(pl.col("end").fill_null(dt.date.max).alias("_end"))
        .sort("_end")
        .group_by("system", "iso3")
        .agg(pl.col("code").last())
    )
    code_of = {(r["system"], r["iso3"]): r["code"] for r in latest.iter_rows(named=True)}
    rows: dict[str, dict] = {}
    keep_cc = cc.filter(
        pl.col("UNmember").is_not_null() | pl.col("GWcode").is_not_null()
        | pl.col("ISO3").is_in(["TWN", "XKX", "VAT", "PSE", "SUN"])
    )
    for r in keep_cc.iter_rows(named=True):
        rows[r["ISO3"]] = {"iso3": r["ISO3"], "iso2": r["ISO2"],
                           "iso_numeric": int(r["ISOnumeric"]) if r["ISOnumeric"] else None,
                           "name": r["name_short"].replace(" (former)", ""), "cc_regex": r["regex"]}
    for iso3, (name, iso2, num) in HISTORICAL_ISO.items():
        rows[iso3] = {"iso3": iso3, "iso2": iso2, "iso_numeric": num, "name": name, "cc_regex": None}
    for r in system.iter_rows(named=True):
        if r["iso3"] not in rows:
            name = names[(r["system"], r["code"])][1]
            rows[r["iso3"]] = {"iso3": r["iso3"], "iso2": None, "iso_numeric": None, "name": name, "cc_regex": None}
    out = []
    for iso3, row in rows.items():
        ccode, gwcode = code_of.get(("cow", iso3)), code_of.get(("gw", iso3))
        if iso3 == "SUN":
            ccode = gwcode = 365
        row["ccode"], row["gwcode"] = ccode, gwcode
        row["cow_abbrev"] = names[("cow", ccode)][0] if ccode is not None else None
        out.append(row)
    return pl.DataFrame(out).sort("iso3")


def build_aliases(source: Path) -> pl.DataFrame:
    cc = country_converter_table()
    states = build_states(source)
    known = set(states["iso3"])
    spells = _read_systems(source)
    system = build_state_system(source)
    rows: list[tuple[str, str, str]] = []
    for r in states.iter_rows(named=True):
        rows.append((r["iso3"], r["iso3"], "iso3"))
        if r["iso2"]:
            rows.append((r["iso2"], r["iso3"], "iso2"))
        rows.append((r["name"], r["iso3"], "name_short"))
    for r in cc.filter(pl.col("ISO3").is_in(list(known))).iter_rows(named=True):
        rows.append((r["name_short"], r["ISO3"], "name_short"))
        rows.append((r["name_official"], r["ISO3"], "name_official"))
    # each source name/abbrev goes to the state of its latest spell
    last_iso = (
        system.with_columns(pl.col("end").fill_null(dt.date.max)).sort("end")
        .group_by("system", "code").agg(pl.col("iso3").last())
    )
    iso_of = {(r["system"], r["code"]): r["iso3"] for r in last_iso.iter_rows(named=True)}
    for r in spells.unique(["system", "code", "source_name"]).iter_rows(named=True):
        iso3 = iso_of[(r["system"], r["code"])]
        rows.append((r["source_name"], iso3, f"{r['system']}_name"))
        rows.append((r["abbrev"], iso3, f"{r['system']}_abbrev"))
    for alias, iso3 in EXTRA_ALIASES.items():
        rows.append((alias, iso3, "foedus"))
    frame = pl.DataFrame(rows, schema={"raw": pl.Utf8, "iso3": pl.Utf8, "kind": pl.Utf8}, orient="row")
    frame = frame.with_columns(
        pl.col("raw").map_elements(normalize, return_dtype=pl.Utf8).alias("alias"),
        pl.col("kind").replace_strict(ALIAS_PRIORITY, return_dtype=pl.Int8).alias("priority"),
    )
    return (
        frame.filter(pl.col("alias") != "")
        .sort("priority", "kind")
        .unique(["alias", "iso3"], keep="first", maintain_order=True)
        .select("alias", "iso3", "kind", "priority")
        .sort("alias", "priority", "iso3")
    )


TABLES = [
    TableSpec(
        name="states",
        title="Canonical states and their ISO, Correlates of War and Gleditsch-Ward codes",
        unit="state",
        key=("iso3",),
        coverage="1816-2017 (CoW/G-W lists) plus current ISO 3166 states",
        source="peacesciencer/cow_states.csv (CoW v2016), peacesciencer/gw_states.csv (G-W 2017), "
        "country_converter 1.3.2 country_data.tsv",
        version="CoW 2016; G-W 2017; country_converter 1.3.2",
        bibtex="\n\n".join([BIB_COW_STATES, BIB_GW, BIB_CC]),
        schema={"iso3": pl.Utf8, "iso2": pl.Utf8, "iso_numeric": pl.Int16, "ccode": pl.Int16,
                "cow_abbrev": pl.Utf8, "gwcode": pl.Int16, "name": pl.Utf8, "cc_regex": pl.Utf8},
        build=build_states,
        state_columns=("iso3",),
        state_code="iso3",
        notes="Pseudo-codes 'X'+CoW/G-W abbreviation for historical states without an ISO code; "
        "SUN/RUS share code 365, SRB has CoW 345 and G-W 340, DEU CoW 255 and G-W 260.",
    ),
    TableSpec(
        name="state_system",
        title="CoW and G-W state-system membership spells",
        unit="state-system membership spell",
        key=("system", "code", "start"),
        coverage="CoW 1816-2016, G-W 1816-2017 (spells open at the list's end are stored with end null)",
        source="peacesciencer/cow_states.csv (CoW State System Membership v2016), peacesciencer/gw_states.csv",
        version="CoW 2016; G-W 2017 (peacesciencer 1.2.9)",
        bibtex="\n\n".join([BIB_COW_STATES, BIB_GW]),
        schema={"system": pl.Utf8, "code": pl.Int16, "iso3": pl.Utf8, "start": pl.Date, "end": pl.Date},
        build=build_state_system,
        state_columns=("iso3",),
        state_code="iso3",
        start_column="start",
        end_column="end",
        notes="end null = still a member when the list ends (CoW 2016-12-31, G-W 2017-12-31), treated as "
        "continuing. Spells of code 365 are split into RUS/SUN at 1922-12-30 and 1991-12-25, CoW 345 into "
        "SRB/YUG at 1918-12-01 and 2006-06-04.",
    ),
    TableSpec(
        name="aliases",
        title="Normalized state names, abbreviations and codes -> iso3",
        unit="alias-state pair",
        key=("alias", "iso3"),
        coverage="n/a",
        source="country_converter 1.3.2 country_data.tsv; CoW/G-W names and abbreviations; "
        "foedus additions (EXTRA_ALIASES in foedus/data/sources/states.py)",
        version="country_converter 1.3.2",
        bibtex=BIB_CC,
        schema={"alias": pl.Utf8, "iso3": pl.Utf8, "kind": pl.Utf8, "priority": pl.Int8},
        build=build_aliases,
        state_columns=("iso3",),
        state_code="iso3",
    ),
]
