"""Non-proliferation profiles of partners (NPT, IAEA safeguards, Additional Protocol, SQP, NWFZ), dated.

Data: ``data/profiles.yaml`` (from the reference npt_safeguards.csv; rows not in that file are marked
uncertain). :func:`profile_on` answers for a given day: a CSA that entered into force after that day is not
yet in force, an NPT withdrawal before it counts, and so on.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Literal

import yaml
from pydantic import BaseModel, Field

from foedus.dates import parse_date
from foedus.errors import BadInputError
from foedus.nuclear.partial import OptPD
from foedus.nuclear.registry import DATA_DIR

Tri = bool | None


class NPT(BaseModel):
    """NPT standing: party (with date of ratification/accession), non-party, withdrawn (with date)."""

    status: Literal["party", "non-party", "withdrawn", "unknown"]
    date: OptPD = None
    withdrawn: OptPD = None
    note: str = ""


class Safeguards(BaseModel):
    """The partner's IAEA safeguards agreement: type and when it entered into / left force."""

    type: Literal["comprehensive", "voluntary_offer", "item_specific", "none", "unknown"]
    in_force: OptPD = None
    ended: OptPD = None
    note: str = ""


class AdditionalProtocol(BaseModel):
    """Additional Protocol: signature and entry into force (both optional; status_unknown if not known)."""

    signed: OptPD = None
    in_force: OptPD = None
    status_unknown: bool = False
    note: str = ""


class Zone(BaseModel):
    """Membership of a nuclear-weapon-free zone treaty."""

    treaty: str
    since: OptPD = None


class ProfileRecord(BaseModel):
    """One partner's profile as stored (dates of each event)."""

    iso3: str
    origin: str = "reference"
    npt: NPT
    nws: bool
    safeguards: Safeguards
    ap: AdditionalProtocol
    sqp: Tri
    sqp_note: str = ""
    nwfz: list[Zone] = Field(default_factory=list)
    nwfz_note: str = ""
    sources: list[str]
    verified: bool
    uncertain: bool = False
    uncertainty: str | None = None


class Profile(BaseModel):
    """A partner's profile on one day; booleans are None where the data cannot tell."""

    partner: str
    date: dt.date
    npt_status: str
    npt_since: str | None
    npt_withdrawn: str | None
    nuclear_weapon_state: bool
    safeguards_type: str
    csa_in_force: Tri
    csa_since: str | None
    ap_signed: Tri
    ap_in_force: Tri
    ap_since: str | None
    sqp: Tri
    nwfz: list[str]
    notes: list[str]
    sources: list[str]
    verified: bool
    uncertain: bool
    uncertainty: str | None


@cache
def records() -> dict[str, ProfileRecord]:
    """All stored profiles by ISO3 (or TWN)."""
    raw = yaml.safe_load((DATA_DIR / "profiles.yaml").read_text(encoding="utf-8"))
    return {r["iso3"]: ProfileRecord.model_validate(r) for r in raw["profiles"]}


def _happened(date: object, day: dt.date) -> Tri:
    """Whether an event with partial date ``date`` had happened by ``day`` (None date = never recorded)."""
    if date is None:
        return False
    return date.on_or_before(day)  # type: ignore[attr-defined]


def evaluate(record: ProfileRecord, day: dt.date) -> Profile:
    """The profile of ``record`` as it stood on ``day``."""
    npt_status = record.npt.status
    notes: list[str] = []
    if record.npt.status == "withdrawn":
        withdrawn = _happened(record.npt.withdrawn, day)
        joined = _happened(record.npt.date, day)
        npt_status = "withdrawn" if withdrawn else ("party" if joined else "non-party")
        if withdrawn is None:
            npt_status = "unknown"
    elif record.npt.status == "party":
        joined = _happened(record.npt.date, day)
        npt_status = "party" if joined else ("non-party" if joined is False else "unknown")
    sg = record.safeguards
    if sg.type == "comprehensive":
        started = _happened(sg.in_force, day) if sg.in_force else None
        ended = _happened(sg.ended, day)
        csa: Tri = False if (started is False or ended is True) else (True if started and ended is False else None)
    elif sg.type == "unknown":
        csa = None
    else:
        csa = False
    if sg.note:
        notes.append(f"safeguards: {sg.note}")
    ap = record.ap
    if ap.status_unknown:
        ap_signed: Tri = None
        ap_in: Tri = None
    else:
        ap_in = _happened(ap.in_force, day)
        ap_signed = True if ap_in else _happened(ap.signed, day) if ap.signed else ap_in
    if ap.note:
        notes.append(f"additional protocol: {ap.note}")
    if record.npt.note:
        notes.append(f"NPT: {record.npt.note}")
    if record.sqp_note:
        notes.append(f"SQP: {record.sqp_note}")
    zones = [z.treaty + (f" (since {z.since})" if z.since else "") for z in record.nwfz
             if z.since is None or _happened(z.since, day) is not False]
    if record.nwfz_note:
        notes.append(f"NWFZ: {record.nwfz_note}")
    return Profile(
        partner=record.iso3, date=day, npt_status=npt_status,
        npt_since=record.npt.date.text if record.npt.date and record.npt.status != "withdrawn" else
        (record.npt.date.text if record.npt.date else None),
        npt_withdrawn=record.npt.withdrawn.text if record.npt.withdrawn else None,
        nuclear_weapon_state=record.nws, safeguards_type=sg.type, csa_in_force=csa,
        csa_since=sg.in_force.text if sg.in_force and sg.type == "comprehensive" else None,
        ap_signed=ap_signed, ap_in_force=ap_in, ap_since=ap.in_force.text if ap.in_force else None,
        sqp=record.sqp, nwfz=zones, notes=notes, sources=record.sources, verified=record.verified,
        uncertain=record.uncertain, uncertainty=record.uncertainty,
    )


def profile_on(partner: str, date: object = None) -> Profile:
    """Profile of ``partner`` (any name resolve_partner accepts) on ``date``; BadInputError if none stored."""
    from foedus.nuclear.partners import resolve_partner

    day = parse_date(date)  # type: ignore[arg-type]
    p = resolve_partner(partner)
    rec = records().get(p.id)
    if rec is None:
        if p.kind == "organisation":
            raise BadInputError(f"{p.id} is an international organisation; NPT/safeguards profiles exist only for "
                                f"states (known: {', '.join(sorted(records()))})")
        raise BadInputError(f"no nuclear profile for {p.id} ({p.name}); known: {', '.join(sorted(records()))}")
    return evaluate(rec, day)
