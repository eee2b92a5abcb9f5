"""Cohesion: UN General Assembly voting agreement, members' treaty ties to adversaries, rivalries.

UN votes (Voeten data via unvotes, ending early 2020): the window is the last five years of the data that
have at least 1,000 recorded votes (so the 172 votes of January 2020 do not form a "year"); agreement is
pooled over the window's roll calls (share of joint roll calls with the identical vote).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import polars as pl

VOTE_PAIR_SCHEMA = {
    "state_a": pl.String,
    "state_b": pl.String,
    "group": pl.String,
    "joint_votes": pl.Int32,
    "agreement": pl.Float64,
    "agreement_voeten": pl.Float64,
}

VOTE_SUMMARY_SCHEMA = {
    "comparison": pl.String,
    "mean_agreement": pl.Float64,
    "mean_agreement_voeten": pl.Float64,
    "n_pairs": pl.Int32,
    "n_pairs_with_votes": pl.Int32,
    "years": pl.String,
    "source": pl.String,
}

TIES_SCHEMA = {
    "member": pl.String,
    "adversary": pl.String,
    "basis": pl.String,
    "treaty": pl.String,
    "obligation": pl.String,
    "conditional": pl.Boolean,
    "since": pl.String,
    "note": pl.String,
}

RIVALRY_SCHEMA = {
    "state_a": pl.String,
    "state_b": pl.String,
    "relation": pl.String,
    "dataset": pl.String,
    "rivalry": pl.String,
    "start_year": pl.Int32,
    "end_year": pl.Int32,
    "source": pl.String,
}


@cache
def vote_window(until: int) -> tuple[int, int]:
    """(first, last): the last five years <= ``until`` with at least 1,000 recorded votes."""
    from foedus.data import table

    counts = table("un_votes").group_by("year").len().filter((pl.col("len") >= 1000) & (pl.col("year") <= until))
    years = sorted(counts["year"].to_list())[-5:]
    return (int(years[0]), int(years[-1])) if years else (0, 0)


def _iso(ccode: int) -> str:
    from foedus.data import resolve_state

    try:
        return resolve_state(int(ccode)).iso3
    except Exception:
        return str(ccode)


def votes(members: list[str], adversaries: list[str], until: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Pairwise agreement (within the alliance and member-adversary) and its means."""
    from foedus.data.analysis import vote_agreement_matrix

    first, last = vote_window(until)
    label = f"{first}-{last}"
    source = "Voeten UNGA votes via unvotes 0.2.0.9000 (Dataverse download of 21 Feb 2021)"
    everyone = list(dict.fromkeys(members + adversaries))
    matrix = vote_agreement_matrix(everyone, (first, last)) if first else None
    rows = []
    if matrix is not None:
        mset, aset = set(members), set(adversaries)
        for r in matrix.iter_rows(named=True):
            a, b = r["state_a"], r["state_b"]
            if a in mset and b in mset:
                group = "within alliance"
            elif (a in mset and b in aset) or (b in mset and a in aset):
                if a in aset and b not in aset:
                    a, b = b, a
                group = f"with {b}"
            else:
                continue
            rows.append({"state_a": a, "state_b": b, "group": group, "joint_votes": r["joint_votes"],
                         "agreement": r["agreement"], "agreement_voeten": r["agreement_voeten"]})
    pairs = pl.DataFrame(rows, schema=VOTE_PAIR_SCHEMA)
    summary = []
    for group in ["within alliance"] + [f"with {a}" for a in adversaries]:
        g = pairs.filter(pl.col("group") == group)
        ok = g.filter(pl.col("agreement").is_not_null())
        summary.append({
            "comparison": group,
            "mean_agreement": float(ok["agreement"].mean()) if ok.height else None,
            "mean_agreement_voeten": float(ok["agreement_voeten"].mean()) if ok.height else None,
            "n_pairs": g.height, "n_pairs_with_votes": ok.height, "years": label, "source": source,
        })
    return pairs, pl.DataFrame(summary, schema=VOTE_SUMMARY_SCHEMA)


def treaty_ties(members: list[str], adversaries: list[str], day: dt.date) -> pl.DataFrame:
    """Members' existing ties to each adversary: ATOP 5.1 obligations and bundled charters in force."""
    from foedus.data.atop import bound_toward
    from foedus.obligations.engine import active_parties
    from foedus.treaties import bundled_charters

    rows = []
    charters = [c for c in bundled_charters().values() if not c.hypothetical and c.in_force_on(day)]
    for m in members:
        for a in adversaries:
            if a == m:
                continue
            for direction, (x, y) in (("member toward adversary", (m, a)), ("adversary toward member", (a, m))):
                try:
                    found = bound_toward(x, y, day)
                except Exception:
                    continue
                for r in found.iter_rows(named=True):
                    rows.append({
                        "member": m, "adversary": a, "basis": f"ATOP 5.1 ({direction})",
                        "treaty": f"atop-{r['atopid']}", "obligation": r["obligation"],
                        "conditional": r["conditional"], "since": str(r["begin"]) if r["begin"] else None,
                        "note": "ATOP ends 2018-12-31; later dates assume no change"
                                + ("; obligation varies by partner" if r["varies_by_partner"] else ""),
                    })
            for c in charters:
                parties = active_parties(c, day)
                if m in parties and a in parties:
                    kinds = sorted({cl.kind for cl in c.articles if cl.holds_on(day)})
                    rows.append({"member": m, "adversary": a, "basis": "foedus charter", "treaty": c.id,
                                 "obligation": ", ".join(kinds), "conditional": None,
                                 "since": str(c.in_force or c.signed or ""), "note": c.short_name})
    frame = pl.DataFrame(rows, schema=TIES_SCHEMA)
    return frame.unique(subset=["member", "adversary", "treaty", "obligation", "basis"], keep="first",
                        maintain_order=True)


def rivalries(members: list[str], adversaries: list[str]) -> pl.DataFrame:
    """Strategic rivalries (Thompson-Dreyer; Thompson-Sakuwa-Suhas) among members and with adversaries."""
    from foedus.data import resolve_state, table

    codes = {resolve_state(s).ccode: s for s in members + adversaries if resolve_state(s).ccode is not None}
    mset = set(members)
    riv = table("rivalries").filter(pl.col("ccode1").is_in(list(codes)) & pl.col("ccode2").is_in(list(codes)))
    rows = []
    for r in riv.iter_rows(named=True):
        a, b = codes[r["ccode1"]], codes[r["ccode2"]]
        if a in mset and b in mset:
            relation = "among members"
        elif a in mset or b in mset:
            relation = "member-adversary"
        else:
            continue
        rows.append({"state_a": a, "state_b": b, "relation": relation, "dataset": r["dataset"],
                     "rivalry": r["rivalry"], "start_year": r["start_year"], "end_year": r["end_year"],
                     "source": "Thompson & Dreyer 2012 (td, to 2010); Thompson, Sakuwa & Suhas 2021 (tss, to 2020)"
                               " via peacesciencer 1.2.9"})
    return pl.DataFrame(rows, schema=RIVALRY_SCHEMA).sort("relation", "start_year")
