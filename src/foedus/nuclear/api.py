"""Tabular and summary views of the registry: ``agreements(date)`` and ``status_for(iso3, date)``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from foedus.dates import parse_date
from foedus.nuclear.registry import Agreement, agreement_on, registry


def _row(a: Agreement, day: dt.date) -> dict[str, Any]:
    state = a.in_force(day)
    eif = a.entered_into_force
    return {
        "id": a.id, "partner": a.partner, "name": a.partner_name,
        "in_force": bool(state), "in_force_certain": state is not None,
        "signed": a.signed.text if a.signed else None,
        "entered_into_force": eif.text if eif else None,
        "entered_into_force_precision": eif.precision if eif else None,
        "in_force_by": a.in_force_by.date.text if a.in_force_by else None,
        "expires": a.expires.text if a.expires and a.after_term != "indefinite" else None,
        "initial_term_ends": a.expires.text if a.expires else None,
        "after_term": a.after_term, "term": a.term,
        "ended": a.ended.date.text if a.ended and a.ended.date else None,
        "end_reason": a.ended.reason if a.ended else None,
        "predecessor": a.predecessor, "successor": a.successor,
        "er_legally_renounced": a.enrichment_reprocessing.legally_renounced,
        "enrichment_reprocessing": a.enrichment_reprocessing.note,
        "conditions": "; ".join(a.conditions) or None,
        "exemptions": "; ".join(f"123 a.({e.paragraph}): {e.authority}" for e in a.exemptions) or None,
        "nnpa_conforming": a.nnpa_conforming,
        "source": " | ".join(a.sources), "verified": a.verified, "uncertain": a.uncertain,
        "uncertainty": a.uncertainty,
    }


def agreement_rows(date: object = None) -> list[dict[str, Any]]:
    """One dict per agreement (current, expired, superseded) with in_force on ``date``."""
    day = parse_date(date)  # type: ignore[arg-type]
    rows = [_row(a, day) for a in registry().values()]
    return sorted(rows, key=lambda r: (r["partner"], r["entered_into_force"] or r["signed"] or ""))


def agreements(date: object = None) -> pl.DataFrame:
    """Every US 123 agreement as a polars DataFrame, with ``in_force`` on ``date`` (default today)."""
    return pl.DataFrame(agreement_rows(date), infer_schema_length=None)


def status_for(iso3: str, date: object = None) -> dict[str, Any]:
    """Short summary for one state on ``date``: 123 agreement in force?, since, expiry, NPT/CSA/AP/NWFZ.

    Unknown values are None, never guessed. States covered only through Euratom membership are not modelled.
    """
    from foedus.nuclear.partners import resolve_partner
    from foedus.nuclear.profiles import evaluate, records

    day = parse_date(date)  # type: ignore[arg-type]
    p = resolve_partner(iso3)
    agreement, certain = agreement_on(p.id, day)
    rec = records().get(p.id)
    prof = evaluate(rec, day) if rec else None
    since = None
    if agreement is not None:
        start = agreement.entered_into_force or (agreement.in_force_by and agreement.in_force_by.date)
        since = start.text if start else None
    return {
        "partner": p.id, "date": day.isoformat(),
        "agreement_123_in_force": certain if agreement is not None else False,
        "agreement": agreement.id if agreement else None,
        "since": since,
        "expires": agreement.expires.text if agreement and agreement.expires else None,
        "after_term": agreement.after_term if agreement else None,
        "npt": prof.npt_status if prof else None,
        "nuclear_weapon_state": prof.nuclear_weapon_state if prof else None,
        "csa_in_force": prof.csa_in_force if prof else None,
        "ap_in_force": prof.ap_in_force if prof else None,
        "nwfz": prof.nwfz if prof else None,
        "uncertain": bool((agreement and agreement.uncertain) or (prof and prof.uncertain) or prof is None),
    }
