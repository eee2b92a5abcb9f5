"""Power: population, GDP, military expenditure, CINC, military personnel and nuclear warheads.

Each indicator is read for one *reference year*: the latest year, not after the assessment date, in which the
table has any value (SIPRI 2024, WDI GDP 2023, WDI population 2024, NMC 2022, FAS warheads 2025). A member
without a value in that year is "no data" (its last earlier value is not carried forward), and every total
says how many members reported and which did not. Warheads: the FAS estimates list every nuclear-armed state;
a state absent from them holds none (0, marked so), which is a fact, not a missing value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import polars as pl

STATE_SCHEMA = {
    "state": pl.String,
    "role": pl.String,
    "indicator": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "year": pl.Int32,
    "status": pl.String,
    "source": pl.String,
}

TOTAL_SCHEMA = {
    "entity": pl.String,
    "indicator": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "year": pl.Int32,
    "n_reporting": pl.Int32,
    "n_states": pl.Int32,
    "missing": pl.String,
    "label": pl.String,
    "source": pl.String,
}

RATIO_SCHEMA = {
    "indicator": pl.String,
    "adversary": pl.String,
    "alliance_value": pl.Float64,
    "adversary_value": pl.Float64,
    "ratio": pl.Float64,
    "complete": pl.Boolean,
    "note": pl.String,
}


@dataclass(frozen=True)
class Indicator:
    """One power indicator: where it is read and how it is labelled."""

    key: str
    table: str
    column: str
    unit: str
    label: str
    scale: float = 1.0


INDICATORS: tuple[Indicator, ...] = (
    Indicator("population", "wdi", "population", "persons", "Population (World Bank WDI SP.POP.TOTL)"),
    Indicator("gdp", "wdi", "gdp_current_usd", "current US$ m", "GDP (World Bank WDI NY.GDP.MKTP.CD)", 1e-6),
    Indicator("milex", "sipri_milex", "constant_2023_usd_m", "constant 2023 US$ m",
              "Military expenditure (SIPRI, constant 2023 US$)"),
    Indicator("cinc", "nmc", "cinc", "share of world (0-1)", "CINC composite capability index (CoW NMC)"),
    Indicator("milper", "nmc", "milper", "thousand personnel", "Military personnel (CoW NMC milper)"),
    Indicator("warheads", "nuclear_forces", "stockpile", "warheads", "Nuclear warhead stockpile (FAS estimates)"),
)


def source_of(table: str) -> str:
    """'source, version' of a bundled table, for provenance columns."""
    from foedus.data import spec

    s = spec(table)
    return f"{s.title}: {s.version} ({s.source})"


@cache
def reference_year(table: str, column: str, until: int) -> int | None:
    """Latest year <= ``until`` in which ``table.column`` has any non-null value."""
    from foedus.data import spec
    from foedus.data import table as get

    yc = spec(table).year_column
    years = get(table).filter(pl.col(column).is_not_null() & (pl.col(yc) <= until))[yc]
    return int(years.max()) if years.len() else None


@cache
def _year_slice(table: str, column: str, year: int) -> dict[str, float]:
    from foedus.data import spec
    from foedus.data import table as get

    yc = spec(table).year_column
    frame = get(table).filter((pl.col(yc) == year) & pl.col(column).is_not_null() & pl.col("iso3").is_not_null())
    return dict(zip(frame["iso3"].to_list(), frame[column].cast(pl.Float64).to_list(), strict=True))


def value_for(ind: Indicator, state: str, until: int) -> tuple[float | None, int | None, str]:
    """(value, year, status) of indicator ``ind`` for ``state`` in the reference year."""
    year = reference_year(ind.table, ind.column, until)
    if year is None:
        return None, None, "no data"
    values = _year_slice(ind.table, ind.column, year)
    if state in values:
        return values[state] * ind.scale, year, "ok"
    if ind.key == "warheads":
        return 0.0, year, "none (not a nuclear-armed state in FAS estimates)"
    return None, year, "no data"


def state_power(members: list[str], adversaries: list[str], until: int) -> pl.DataFrame:
    """Long table: one row per (state, indicator) for members and adversaries (schema :data:`STATE_SCHEMA`)."""
    rows = []
    for role, states in (("member", members), ("adversary", adversaries)):
        for state in states:
            for ind in INDICATORS:
                value, year, status = value_for(ind, state, until)
                rows.append({"state": state, "role": role, "indicator": ind.key, "value": value, "unit": ind.unit,
                             "year": year, "status": status, "source": source_of(ind.table)})
    return pl.DataFrame(rows, schema=STATE_SCHEMA)


def total(per_state: pl.DataFrame, states: list[str], entity: str) -> list[dict]:
    """Sum of each indicator over ``states``; nulls are not counted as 0 and are listed as missing."""
    out = []
    for ind in INDICATORS:
        rows = per_state.filter((pl.col("indicator") == ind.key) & pl.col("state").is_in(states))
        have = rows.filter(pl.col("value").is_not_null())
        missing = sorted(set(states) - set(have["state"].to_list()))
        value = float(have["value"].sum()) if have.height else None
        year = int(rows["year"].drop_nulls().max()) if rows["year"].drop_nulls().len() else None
        label = f"{have.height} of {len(states)} reported" + (f"; no data: {', '.join(missing)}" if missing else "")
        out.append({"entity": entity, "indicator": ind.key, "value": value, "unit": ind.unit, "year": year,
                    "n_reporting": have.height, "n_states": len(states), "missing": ", ".join(missing) or None,
                    "label": label, "source": source_of(ind.table)})
    return out


def power_totals(per_state: pl.DataFrame, alliance_id: str, members: list[str],
                 adversaries: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Totals for the alliance, each adversary and the adversaries together; ratios alliance / adversary."""
    rows = total(per_state, members, alliance_id)
    for adv in adversaries:
        rows += total(per_state, [adv], adv)
    if len(adversaries) > 1:
        rows += total(per_state, adversaries, "adversaries")
    totals = pl.DataFrame(rows, schema=TOTAL_SCHEMA)
    ratios = []
    others = adversaries + (["adversaries"] if len(adversaries) > 1 else [])
    for ind in INDICATORS:
        mine = totals.filter((pl.col("entity") == alliance_id) & (pl.col("indicator") == ind.key)).row(0, named=True)
        for adv in others:
            theirs = totals.filter((pl.col("entity") == adv) & (pl.col("indicator") == ind.key)).row(0, named=True)
            a, b = mine["value"], theirs["value"]
            ratio = a / b if a is not None and b not in (None, 0) else None
            complete = mine["missing"] is None and theirs["missing"] is None
            note = []
            if mine["missing"]:
                note.append(f"alliance total lacks {mine['missing']}")
            if theirs["missing"]:
                note.append(f"no data for {theirs['missing']}")
            if b == 0:
                note.append(f"{adv} value is 0: no ratio")
            ratios.append({"indicator": ind.key, "adversary": adv, "alliance_value": a, "adversary_value": b,
                           "ratio": ratio, "complete": complete, "note": "; ".join(note) or None})
    return totals, pl.DataFrame(ratios, schema=RATIO_SCHEMA)
