"""The registry of US section 123 agreements: loading, validating and asking what was in force on a date.

Data: ``data/agreements.yaml`` (each row cites its sources). An agreement is in force on day D when it has
entered into force on or before D and has not ended before D (an agreement ends at the start of its ``ended``
date, or of ``expires`` when it lapses at the end of its term). Partial dates give three answers: True, False or
None (cannot be told from what is known).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, field_validator

from foedus.nuclear.partial import PD, OptPD

DATA_DIR = Path(__file__).parent / "data"
NNPA_DATE = dt.date(1978, 3, 10)  # Nuclear Non-Proliferation Act of 1978, P.L. 95-242 (enactment date)

class InForceBy(BaseModel):
    """A sourced date by which an agreement was certainly in force (used when its start day is unknown)."""

    date: PD
    source: str
    note: str = ""


class Ending(BaseModel):
    """How an agreement left force: expired or superseded, and when (date may be unknown)."""

    date: OptPD = None
    reason: Literal["expired", "superseded", "terminated"]


class Exemption(BaseModel):
    """A statutory exemption from one 123 a. paragraph (e.g. the Hyde Act for India, paragraph (2))."""

    paragraph: int
    authority: str
    note: str = ""
    sources: list[str] = Field(default_factory=list)


class EnrichmentReprocessing(BaseModel):
    """Whether the partner legally renounced enrichment and reprocessing in the agreement (None = unknown)."""

    legally_renounced: bool | None
    note: str = ""


class Agreement(BaseModel):
    """One US 123 agreement with its dates, terms, commitments and sources."""

    id: str
    partner: str
    partner_name: str
    title: str | None = None
    signed: OptPD = None
    submitted: OptPD = None
    entered_into_force: OptPD = None
    not_before: OptPD = None
    in_force_by: InForceBy | None = None
    expires: OptPD = None
    after_term: Literal["ends", "rolling", "indefinite", "unknown"] = "unknown"
    term: str | None = None
    ended: Ending | None = None
    predecessor: str | None = None
    successor: str | None = None
    enrichment_reprocessing: EnrichmentReprocessing
    conditions: list[str] = Field(default_factory=list)
    exemptions: list[Exemption] = Field(default_factory=list)
    nnpa_conforming: bool | None = None
    sources: list[str]
    verified: bool
    uncertain: bool = False
    uncertainty: str | None = None

    @field_validator("sources")
    @classmethod
    def _cited(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("every agreement needs at least one source")
        return value

    def model_post_init(self, __context: Any) -> None:
        """Agreements signed after the NNPA (1978-03-10) carry the 123 a. guarantees unless data says otherwise."""
        if self.nnpa_conforming is None and "nnpa_conforming" not in self.model_fields_set:
            start = self.signed or self.entered_into_force
            if start is not None and start.earliest > NNPA_DATE:
                self.nnpa_conforming = True

    # -- time ---------------------------------------------------------------------------------------------
    def start_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        """(earliest possible, latest possible) day of entry into force; None where unknown."""
        if self.entered_into_force is not None:
            return self.entered_into_force.earliest, self.entered_into_force.latest
        lo = self.not_before.earliest if self.not_before else (self.signed.earliest if self.signed else None)
        hi = self.in_force_by.date.latest if self.in_force_by else None
        return lo, hi

    def end_bounds(self) -> tuple[dt.date | None, dt.date | None] | None:
        """(earliest, latest) first day out of force, or None if the agreement has not ended/does not lapse."""
        if self.ended is not None:
            if self.ended.date is not None:
                return self.ended.date.earliest, self.ended.date.latest
            if self.successor:
                return registry()[self.successor].start_bounds()
            return None, None
        if self.expires is not None and self.after_term == "ends":
            return self.expires.earliest, self.expires.latest
        return None

    def in_force(self, day: dt.date) -> bool | None:
        """True/False if the agreement was certainly in force / not in force on ``day``; None if unknown."""
        lo, hi = self.start_bounds()
        end = self.end_bounds()
        if lo is not None and day < lo:
            return False
        if end is not None and end[1] is not None and day >= end[1]:
            return False
        started = hi is not None and day >= hi
        not_ended = end is None or (end[0] is not None and day < end[0])
        if started and not_ended:
            return True
        return None

    @property
    def label(self) -> str:
        """A readable name: the title if given, else id and partner."""
        return self.title or f"{self.id} agreement with {self.partner_name}"


class Step(BaseModel):
    """One step on the path to a new agreement (MoU, negotiations, ...), with its source."""

    step: Literal["mou_signed", "negotiations_opened", "negotiations_completed", "signed", "submitted",
                  "entered_into_force"]
    date: PD
    note: str = ""
    source: str


class Process(BaseModel):
    """Steps towards a 123 agreement with a partner that has none in force."""

    partner: str
    partner_name: str
    steps: list[Step]
    verified: bool


class RegistryData(BaseModel):
    """The whole agreements file."""

    agreements: list[Agreement]
    processes: list[Process] = Field(default_factory=list)


@cache
def _data() -> RegistryData:
    raw = yaml.safe_load((DATA_DIR / "agreements.yaml").read_text(encoding="utf-8"))
    raw.pop("nnsa_count_2022", None)
    return RegistryData.model_validate(raw)


@cache
def registry() -> dict[str, Agreement]:
    """All agreements by id."""
    return {a.id: a for a in _data().agreements}


def processes() -> dict[str, Process]:
    """Processes towards new agreements, by partner id."""
    return {p.partner: p for p in _data().processes}


def agreements_for(partner: str) -> list[Agreement]:
    """Every agreement (current, expired, superseded) with ``partner``, oldest first."""
    rows = [a for a in registry().values() if a.partner == partner]
    return sorted(rows, key=lambda a: (a.start_bounds()[0] or a.start_bounds()[1] or dt.date.max))


def partner_ids() -> list[str]:
    """Every partner id that has an agreement or a process in the registry."""
    return sorted({a.partner for a in registry().values()} | set(processes()))


def agreement_on(partner: str, day: dt.date) -> tuple[Agreement | None, bool | None]:
    """The agreement in force with ``partner`` on ``day`` and whether that is certain.

    Returns (agreement, True) if one is certainly in force; (agreement, None) if one may be in force;
    (None, False) if none is.
    """
    maybe: Agreement | None = None
    for agreement in reversed(agreements_for(partner)):
        state = agreement.in_force(day)
        if state is True:
            return agreement, True
        if state is None and maybe is None:
            maybe = agreement
    return (maybe, None) if maybe else (None, False)
