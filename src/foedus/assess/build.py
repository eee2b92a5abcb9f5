"""Assemble one :class:`~foedus.assess.model.Assessment` from the section modules."""

from __future__ import annotations

import datetime as dt

import polars as pl

from foedus.assess.model import MEMBERSHIP_SCHEMA, Assessment


def _membership(alliance) -> pl.DataFrame:
    from foedus.data import resolve_state

    src = alliance.charter.id if alliance.charter is not None and alliance.id != "custom" else "--members"
    rows = [{"state": m, "name": resolve_state(m).name, "joined": alliance.joined.get(m) or None,
             "source": f"charter {src}"} for m in alliance.members]
    return pl.DataFrame(rows, schema=MEMBERSHIP_SCHEMA)


def _headline(sections: dict[str, pl.DataFrame], alliance_id: str) -> dict:
    """Headline figures with their provenance (for the report's summary box)."""
    out: dict = {}
    totals = sections["power_totals"].filter(pl.col("entity") == alliance_id)
    for row in totals.iter_rows(named=True):
        out[f"total_{row['indicator']}"] = {"value": row["value"], "unit": row["unit"], "year": row["year"],
                                            "reporting": row["label"], "source": row["source"]}
    ys = sections["burden_yardsticks"]
    for row in ys.iter_rows(named=True):
        out[f"gap_{row['target']}_usd_m"] = {"value": row["gap_usd_m"], "year": row["year"],
                                             "reporting": f"{row['n_reporting']} of {row['n_members']} reported"}
    vs = sections["votes_summary"]
    for row in vs.iter_rows(named=True):
        out[f"un_agreement {row['comparison']}"] = {"value": row["mean_agreement"], "years": row["years"],
                                                    "pairs": f"{row['n_pairs_with_votes']} of {row['n_pairs']}"}
    return out


def build(spec: str, day: dt.date, adversaries: list[str], members) -> Assessment:
    """Assess one alliance on ``day`` against ``adversaries``."""
    from foedus.assess import burden, cohesion, geography, history, network, nuclear, power, refdata
    from foedus.assess.alliance import resolve_alliance

    alliance = resolve_alliance(spec, day, members)
    mem = list(alliance.members)
    advs = [a for a in adversaries if a not in mem]
    notes = list(alliance.notes)
    if len(advs) < len(adversaries):
        notes.append(f"adversaries that are members are left out: {sorted(set(adversaries) - set(advs))}")
    until = day.year
    sections: dict[str, pl.DataFrame] = {"membership": _membership(alliance)}

    edges, net_notes = network.obligation_network(alliance, day, advs[0] if advs else "UNKNOWN")
    sections["network"] = edges
    notes += net_notes
    counts = network.network_counts(edges, len(mem))

    per_state = power.state_power(mem, advs, until)
    totals, ratios = power.power_totals(per_state, alliance.id, mem, advs)
    sections["power_totals"], sections["power_ratios"], sections["power_states"] = totals, ratios, per_state

    sections["burden"] = burden.burden_table(mem, until)
    sections["burden_yardsticks"] = burden.yardsticks(sections["burden"])

    sections["distances"] = geography.distances(mem, advs, day)
    area, union = geography.covered_area(alliance.regions, alliance.charter, day) if alliance.charter else (
        pl.DataFrame([], schema=geography.AREA_SCHEMA), None)
    sections["area"] = area
    if not alliance.regions:
        notes.append("the charter names no region: its defence clauses cover members' territory only")

    presence, p_notes = refdata.foreign_presence(mem + advs, union)
    sections["presence"] = presence
    pairs, summary = cohesion.votes(mem, advs, until)
    sections["votes_summary"], sections["votes_pairs"] = summary, pairs
    sections["ties"] = cohesion.treaty_ties(mem, advs, day)
    sections["rivalries"] = cohesion.rivalries(mem, advs)
    obstacles, o_notes = refdata.obstacles(mem)
    sections["obstacles"] = obstacles
    sections["disputes"] = history.disputes(mem, advs)
    sections["wars"] = history.wars(mem, advs)
    sections["nuclear"], n_notes = nuclear.nuclear_profiles(mem, advs, day)
    notes += p_notes + o_notes + n_notes

    summary_dict = {"network": counts, "regions": list(alliance.regions), "formula_burden": burden.FORMULA,
                    "targets": {k: {"share": t, "source": burden.TARGET_SOURCES[k], "url": burden.TARGET_URLS[k]}
                                for k, t in burden.TARGETS},
                    "vote_years": f"{cohesion.vote_window(until)[0]}-{cohesion.vote_window(until)[1]}",
                    **_headline(sections, alliance.id)}
    return Assessment(
        alliance=alliance.id, name=alliance.name, kind=alliance.kind, hypothetical=alliance.hypothetical,
        date=day, adversaries=advs, members=mem, sections=sections, summary=summary_dict, notes=notes,
        covered_geometry=union,
    )
