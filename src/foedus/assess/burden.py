"""Burden sharing: each member's military spending as a share of GDP against NATO's yardsticks, and the money
each would add to reach them.

Targets: 2% of GDP (NATO Wales Summit Declaration, 5 September 2014, para. 14), and the 2025 pledge of 5% of
GDP by 2035, of which at least 3.5% for core defence requirements (The Hague Summit Declaration, 25 June 2025,
paras. 2-3).

Formula (SIPRI reference year, current US$): SIPRI gives military expenditure ``m`` (current US$ m) and its
share of GDP ``s``, so GDP = m / s in the same year and currency. The money to reach target ``t`` is

    gap_t = max(0, t * m / s - m) = max(0, t - s) * GDP

Government spending G = m / share_govt (SIPRI's share_govt is military expenditure / general government
expenditure). Population is the World Bank figure (WDI SP.POP.TOTL) of the same year (or the latest earlier).
"""

from __future__ import annotations

import polars as pl

TARGETS: tuple[tuple[str, float], ...] = (("2pct", 0.02), ("3_5pct", 0.035), ("5pct", 0.05))

TARGET_SOURCES = {
    "2pct": "NATO Wales Summit Declaration, 5 September 2014, para. 14 (move towards 2% of GDP within a decade)",
    "3_5pct": "NATO The Hague Summit Declaration, 25 June 2025, para. 3 (at least 3.5% of GDP on core defence "
              "requirements by 2035)",
    "5pct": "NATO The Hague Summit Declaration, 25 June 2025, para. 2 (5% of GDP annually on core defence and "
            "defence- and security-related spending by 2035)",
}
TARGET_URLS = {
    "2pct": "https://www.nato.int/cps/en/natohq/official_texts_112964.htm",
    "3_5pct": "https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
    "5pct": "https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
}
FORMULA = ("gap_t = max(0, t - s) * GDP, with GDP = m / s (SIPRI military expenditure m in current US$ m and its "
           "share of GDP s, same year); government spending = m / share_govt")

BURDEN_SCHEMA = {
    "state": pl.String,
    "year": pl.Int32,
    "status": pl.String,
    "milex_current_usd_m": pl.Float64,
    "share_gdp": pl.Float64,
    "gdp_usd_m": pl.Float64,
    "share_govt": pl.Float64,
    "govt_spending_usd_m": pl.Float64,
    "population": pl.Float64,
    "population_year": pl.Int32,
    "meets_2pct": pl.Boolean,
    "meets_3_5pct": pl.Boolean,
    "meets_5pct": pl.Boolean,
    "gap_2pct_usd_m": pl.Float64,
    "gap_3_5pct_usd_m": pl.Float64,
    "gap_5pct_usd_m": pl.Float64,
}

YARDSTICK_SCHEMA = {
    "target": pl.String,
    "target_share": pl.Float64,
    "gap_usd_m": pl.Float64,
    "n_reporting": pl.Int32,
    "n_members": pl.Int32,
    "missing": pl.String,
    "share_of_members_gdp": pl.Float64,
    "share_of_members_govt_spending": pl.Float64,
    "n_govt_reporting": pl.Int32,
    "usd_per_inhabitant": pl.Float64,
    "year": pl.Int32,
    "source": pl.String,
}


def gap(milex_m: float, share: float, target: float) -> float:
    """Money (same unit as ``milex_m``) to lift spending from share ``share`` of GDP to ``target``."""
    gdp = milex_m / share
    return max(0.0, target - share) * gdp


def burden_table(members: list[str], until: int) -> pl.DataFrame:
    """One row per member (schema :data:`BURDEN_SCHEMA`); members without SIPRI data have null figures."""
    from foedus.assess.power import INDICATORS, reference_year, value_for
    from foedus.data import table

    year = reference_year("sipri_milex", "share_gdp", until)
    sipri = table("sipri_milex").filter(pl.col("year") == year) if year else None
    pop_ind = next(i for i in INDICATORS if i.key == "population")
    rows = []
    for state in members:
        row = {"state": state, "year": year, "status": "no data"}
        hit = sipri.filter(pl.col("iso3") == state) if sipri is not None else None
        pop, pop_year, _ = value_for(pop_ind, state, min(until, year or until))
        row["population"], row["population_year"] = pop, pop_year
        if hit is not None and hit.height:
            r = hit.row(0, named=True)
            m, s, g = r["current_usd_m"], r["share_gdp"], r["share_govt"]
            row["status"] = r["status"].replace("_", " ") if r["status"] != "ok" else "no data"
            if m is not None and s:
                row.update({
                    "status": "ok", "milex_current_usd_m": m, "share_gdp": s, "gdp_usd_m": m / s,
                    "share_govt": g, "govt_spending_usd_m": m / g if g else None,
                })
                for key, t in TARGETS:
                    row[f"meets_{key}"] = s >= t
                    row[f"gap_{key}_usd_m"] = gap(m, s, t)
        rows.append(row)
    return pl.DataFrame(rows, schema=BURDEN_SCHEMA)


def yardsticks(burden: pl.DataFrame) -> pl.DataFrame:
    """The summed gaps beside members' GDP, government spending and population (reporting members only)."""
    from foedus.assess.power import source_of

    ok = burden.filter(pl.col("status") == "ok")
    missing = ", ".join(sorted(set(burden["state"]) - set(ok["state"]))) or None
    rows = []
    year = int(burden["year"].drop_nulls().max()) if burden["year"].drop_nulls().len() else None
    gdp = float(ok["gdp_usd_m"].sum()) if ok.height else None
    with_govt = ok.filter(pl.col("govt_spending_usd_m").is_not_null())
    with_pop = ok.filter(pl.col("population").is_not_null())
    for key, t in TARGETS:
        total = float(ok[f"gap_{key}_usd_m"].sum()) if ok.height else None
        govt_gap = float(with_govt[f"gap_{key}_usd_m"].sum()) if with_govt.height else None
        govt = float(with_govt["govt_spending_usd_m"].sum()) if with_govt.height else None
        pop_gap = float(with_pop[f"gap_{key}_usd_m"].sum()) if with_pop.height else None
        pop = float(with_pop["population"].sum()) if with_pop.height else None
        rows.append({
            "target": key, "target_share": t, "gap_usd_m": total, "n_reporting": ok.height,
            "n_members": burden.height, "missing": missing,
            "share_of_members_gdp": total / gdp if total is not None and gdp else None,
            "share_of_members_govt_spending": govt_gap / govt if govt_gap is not None and govt else None,
            "n_govt_reporting": with_govt.height,
            "usd_per_inhabitant": pop_gap * 1e6 / pop if pop_gap is not None and pop else None,
            "year": year,
            "source": f"{TARGET_SOURCES[key]}; {source_of('sipri_milex')}; population: {source_of('wdi')}",
        })
    return pl.DataFrame(rows, schema=YARDSTICK_SCHEMA)
