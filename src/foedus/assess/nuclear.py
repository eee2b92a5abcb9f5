"""The nuclear side: each member's US section 123 agreement and NPT / safeguards profile, and warheads."""

from __future__ import annotations

import datetime as dt

import polars as pl

NUCLEAR_SCHEMA = {
    "state": pl.String,
    "role": pl.String,
    "agreement_123_in_force": pl.String,
    "agreement": pl.String,
    "since": pl.String,
    "expires": pl.String,
    "npt": pl.String,
    "nuclear_weapon_state": pl.String,
    "csa_in_force": pl.String,
    "ap_in_force": pl.String,
    "nwfz": pl.String,
    "uncertain": pl.Boolean,
    "source": pl.String,
}


def _yn(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def nuclear_profiles(members: list[str], adversaries: list[str], day: dt.date) -> tuple[pl.DataFrame, list[str]]:
    """One row per member and adversary from :func:`foedus.nuclear.status_for` (unknown stays null)."""
    from foedus.nuclear import status_for

    rows, notes = [], []
    for role, states in (("member", members), ("adversary", adversaries)):
        for s in states:
            try:
                st = status_for(s, day)
            except Exception as exc:  # a state foedus.nuclear does not profile
                notes.append(f"no nuclear profile for {s}: {exc}")
                rows.append({"state": s, "role": role, "uncertain": True, "source": "foedus.nuclear"})
                continue
            in_force = st["agreement_123_in_force"]
            in_force_text = "n/a (the United States itself)" if s == "USA" else _yn(in_force)
            rows.append({
                "state": s, "role": role, "agreement_123_in_force": in_force_text, "agreement": st["agreement"],
                "since": st["since"], "expires": st["expires"], "npt": st["npt"],
                "nuclear_weapon_state": _yn(st["nuclear_weapon_state"]), "csa_in_force": _yn(st["csa_in_force"]),
                "ap_in_force": _yn(st["ap_in_force"]), "nwfz": "; ".join(st["nwfz"] or []) or None,
                "uncertain": bool(st["uncertain"]),
                "source": "foedus.nuclear registry (US 123 agreements; IAEA/UNODA profiles)",
            })
    return pl.DataFrame(rows, schema=NUCLEAR_SCHEMA), notes
