"""History: militarized interstate disputes and wars among the members and between members and adversaries.

Disputes are counted once per dataset (CoW-MID 5.0, to 2014; GML MID 2.2.1, to 2010) and dispute number,
in the period of the first year in which the dyad appears in it. Wars are CoW Inter-State War 4.0 (to 2003),
listed by war number with the dyads that fought on opposite sides.
"""

from __future__ import annotations

import polars as pl

PERIODS: tuple[tuple[str, int, int], ...] = (("1816-1945", 1816, 1945), ("1946-1989", 1946, 1989),
                                            ("1990-", 1990, 9999))

MID_SCHEMA = {
    "relation": pl.String,
    "dataset": pl.String,
    "period": pl.String,
    "disputes": pl.Int32,
    "fatal_disputes": pl.Int32,
    "data_end": pl.Int32,
    "source": pl.String,
}

WAR_SCHEMA = {
    "warnum": pl.Int32,
    "relation": pl.String,
    "dyads": pl.String,
    "first_year": pl.Int32,
    "last_year": pl.Int32,
    "source": pl.String,
}

DATA_END = {"cow": 2014, "gml": 2010}
MID_SOURCE = {"cow": "CoW-MID 5.0 via peacesciencer 1.2.9", "gml": "GML MID 2.2.1 via peacesciencer 1.2.9"}


def _codes(states: list[str]) -> dict[int, str]:
    from foedus.data import resolve_state

    out = {}
    for s in states:
        st = resolve_state(s)
        if st.ccode is not None:
            out[st.ccode] = st.iso3
    return out


def _relation(a: str, b: str, mset: set[str], aset: set[str]) -> str | None:
    if a in mset and b in mset:
        return "among members"
    if (a in mset and b in aset) or (a in aset and b in mset):
        return "members vs adversaries"
    return None


def disputes(members: list[str], adversaries: list[str]) -> pl.DataFrame:
    """MID counts by relation, dataset and period (schema :data:`MID_SCHEMA`)."""
    from foedus.data import table

    codes = _codes(members + adversaries)
    mset, aset = set(members), set(adversaries)
    dy = table("mid_dyads").filter(pl.col("ccode1").is_in(list(codes)) & pl.col("ccode2").is_in(list(codes)))
    dy = dy.with_columns(
        pl.col("ccode1").replace_strict(codes, return_dtype=pl.String).alias("a"),
        pl.col("ccode2").replace_strict(codes, return_dtype=pl.String).alias("b"),
    )
    dy = dy.with_columns(
        pl.struct("a", "b").map_elements(lambda r: _relation(r["a"], r["b"], mset, aset), return_dtype=pl.String)
        .alias("relation")
    ).filter(pl.col("relation").is_not_null())
    fatal = (pl.col("fatality1").fill_null(0) > 0) | (pl.col("fatality2").fill_null(0) > 0)
    per = dy.group_by("relation", "dataset", "dispnum").agg(pl.col("year").min().alias("first"),
                                                           fatal.any().alias("fatal"))
    rows = []
    for relation in ("among members", "members vs adversaries"):
        for dataset in ("cow", "gml"):
            for label, lo, hi in PERIODS:
                sel = per.filter((pl.col("relation") == relation) & (pl.col("dataset") == dataset)
                                 & pl.col("first").is_between(lo, hi))
                rows.append({"relation": relation, "dataset": dataset, "period": label, "disputes": sel.height,
                             "fatal_disputes": int(sel["fatal"].sum()), "data_end": DATA_END[dataset],
                             "source": MID_SOURCE[dataset]})
    return pl.DataFrame(rows, schema=MID_SCHEMA)


def wars(members: list[str], adversaries: list[str]) -> pl.DataFrame:
    """Wars in which members fought each other or an adversary (schema :data:`WAR_SCHEMA`)."""
    from foedus.data import table

    codes = _codes(members + adversaries)
    mset, aset = set(members), set(adversaries)
    w = table("wars").filter(pl.col("ccode1").is_in(list(codes)) & pl.col("ccode2").is_in(list(codes))
                             & (pl.col("ccode1") < pl.col("ccode2")))
    found: dict[tuple[int, str], dict] = {}
    for r in w.iter_rows(named=True):
        a, b = codes[r["ccode1"]], codes[r["ccode2"]]
        rel = _relation(a, b, mset, aset)
        if rel is None:
            continue
        key = (r["warnum"], rel)
        entry = found.setdefault(key, {"dyads": set(), "first": r["year"], "last": r["year"]})
        entry["dyads"].add(f"{a}-{b}")
        entry["first"] = min(entry["first"], r["year"])
        entry["last"] = max(entry["last"], r["year"])
    rows = [{"warnum": k[0], "relation": k[1], "dyads": ", ".join(sorted(v["dyads"])), "first_year": v["first"],
             "last_year": v["last"], "source": "CoW Inter-State War 4.0 via peacesciencer 1.2.9 (to 2003)"}
            for k, v in found.items()]
    return pl.DataFrame(rows, schema=WAR_SCHEMA).sort("first_year", "warnum")
