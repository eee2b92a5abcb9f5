"""Shared helpers for the report formats: number formatting and the side-by-side comparison rows."""

from __future__ import annotations

from typing import Any

import polars as pl

NO_DATA = "no data"


def fmt(value: Any, column: str = "") -> str:
    """Human formatting: shares as %, money and counts with thousands separators, missing as 'no data'."""
    if value is None:
        return NO_DATA if column not in ("note", "missing", "url", "before_treaties", "after_treaties") else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if column.startswith("share") or column.startswith("agreement") or column.startswith("mean_agreement") \
                or column in ("target_share",):
            return f"{value * 100:.2f}%"
        if column in ("cinc",) or (abs(value) < 1 and value != 0):
            return f"{value:.4f}"
        if column == "ratio":
            return f"{value:.2f}"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:,.2f}"
    if isinstance(value, int) and column not in ("year", "start_year", "end_year", "first_year", "last_year",
                                                 "warnum", "min_border_year", "population_year", "data_end"):
        return f"{value:,}"
    return str(value)


def _total(a, indicator: str) -> dict | None:
    t = a.sections["power_totals"].filter((pl.col("entity") == a.alliance) & (pl.col("indicator") == indicator))
    return t.row(0, named=True) if t.height else None


def side_by_side(assessments: list) -> list[tuple[str, list[str]]]:
    """Rows (label, one cell per alliance) of the headline figures, each cell with year and reporting count."""
    rows: list[tuple[str, list[str]]] = []

    def add(label: str, cells: list[str]) -> None:
        rows.append((label, cells))

    add("members", [str(len(a.members)) for a in assessments])
    for key, label in (("bound_before", "ordered pairs bound to defend, before"),
                       ("bound_after", "ordered pairs bound to defend, after"), ("new", "newly bound pairs"),
                       ("ordered_pairs", "ordered pairs of members")):
        add(label, [f"{a.summary['network'][key]:,}" for a in assessments])
    from foedus.assess.power import INDICATORS

    for ind in INDICATORS:
        cells = []
        for a in assessments:
            t = _total(a, ind.key)
            if t is None or t["value"] is None:
                cells.append(NO_DATA)
            else:
                cells.append(f"{fmt(t['value'], ind.key)} ({t['year']}; {t['label']})")
        add(f"{ind.label} [{ind.unit}]", cells)
    for key in ("2pct", "3_5pct", "5pct"):
        cells = []
        for a in assessments:
            y = a.sections["burden_yardsticks"].filter(pl.col("target") == key).row(0, named=True)
            if y["gap_usd_m"] is None:
                cells.append(NO_DATA)
            else:
                cells.append(f"US$ {y['gap_usd_m']:,.0f} m = {fmt(y['share_of_members_gdp'], 'share')} of GDP, "
                             f"{fmt(y['share_of_members_govt_spending'], 'share')} of govt spending, "
                             f"US$ {y['usd_per_inhabitant']:,.0f}/inhabitant ({y['year']}; {y['n_reporting']} of "
                             f"{y['n_members']} reported)")
        add(f"money to reach {key.replace('_', '.').replace('pct', '%')} of GDP (current US$)", cells)
    cells = []
    for a in assessments:
        s = a.sections["votes_summary"].filter(pl.col("comparison") == "within alliance")
        r = s.row(0, named=True) if s.height else None
        cells.append(NO_DATA if r is None or r["mean_agreement"] is None else
                     f"{fmt(r['mean_agreement'], 'share')} ({r['years']}; {r['n_pairs_with_votes']} of {r['n_pairs']} pairs)")
    add("UN vote agreement within the alliance (mean pairwise)", cells)
    cells = []
    for a in assessments:
        area = a.sections["area"]
        if area.is_empty():
            cells.append("no region named (members' territory)")
        else:
            r = area.row(-1, named=True)
            cells.append(f"{r['area_km2']:,.0f} km² ({r['region']})")
    add("area covered by the charter's regions", cells)
    return rows
