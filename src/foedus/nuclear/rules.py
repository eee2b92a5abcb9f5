"""The nine requirements of AEA sec. 123 a. as executable rules, evaluated for a partner on a date.

Paragraphs (1) and (3)-(9) are guarantees written into an agreement: met if an agreement in force on the day
contains them (every agreement concluded after the Nuclear Non-Proliferation Act of 1978 does), unknown for
pre-1978 agreements whose conformity was not established, "not met: no agreement in force" otherwise.
Paragraph (2) (full-scope safeguards) is evaluated against the partner's profile: met if a non-nuclear-weapon
state has a comprehensive safeguards agreement in force on the day, not applicable to NPT nuclear-weapon
states, waived where a statute exempts the agreement (the Hyde Act for India). (4) applies to non-nuclear-weapon
states only. The result also says what is in place and what is missing on the path to a new agreement.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any, Literal

import yaml
from pydantic import BaseModel

from foedus.dates import parse_date
from foedus.nuclear.partners import resolve_partner
from foedus.nuclear.profiles import Profile, evaluate, records
from foedus.nuclear.registry import DATA_DIR, Agreement, agreement_on, agreements_for, processes

Status = Literal["met", "not met", "unknown", "not applicable", "waived"]

PATH_STEPS: list[tuple[str, str]] = [
    ("mou_signed", "memorandum of understanding signed (optional first step)"),
    ("negotiations_completed", "negotiations completed (State, with DOE/NNSA concurrence, NRC consulted)"),
    ("signed", "agreement signed"),
    ("submitted", "submitted to Congress with the Nuclear Proliferation Assessment Statement"),
    ("review_complete", "review period complete: 90 days of continuous session (30 + 60)"),
    ("entered_into_force", "entered into force (normally by exchange of diplomatic notes)"),
]


class Requirement(BaseModel):
    """One paragraph of 123 a.: our paraphrase, statutory words where read, and the source."""

    paragraph: int
    title: str
    paraphrase: str
    quote: str | None
    applies_to: Literal["all", "nnws"]
    source: str


class RuleResult(BaseModel):
    """The outcome of one requirement for one partner on one day."""

    paragraph: int
    title: str
    status: Status
    reason: str
    reference: str
    source: str


class CheckResult(BaseModel):
    """All nine requirements for a partner on a day, the agreement in force, and the path to a new one."""

    partner: str
    name: str
    date: dt.date
    agreement: str | None
    agreement_in_force: bool | None
    results: list[RuleResult]
    in_place: list[str]
    missing: list[str]
    exemptions: list[str]
    notes: list[str]

    def status(self, paragraph: int) -> Status:
        """The status of paragraph ``paragraph`` (1-9)."""
        return next(r.status for r in self.results if r.paragraph == paragraph)


@cache
def requirements() -> list[Requirement]:
    """The nine requirements from data/requirements.yaml."""
    raw = yaml.safe_load((DATA_DIR / "requirements.yaml").read_text(encoding="utf-8"))
    return [Requirement.model_validate(r) for r in raw["requirements"]]


@cache
def exemption_clause() -> dict[str, Any]:
    """The presidential exemption clause after 123 a.(9)."""
    return yaml.safe_load((DATA_DIR / "requirements.yaml").read_text(encoding="utf-8"))["presidential_exemption"]


def _ref(req: Requirement) -> str:
    text = f"AEA sec. 123 a.({req.paragraph}) [42 U.S.C. 2153(a)({req.paragraph})]: {req.paraphrase}"
    return text + (f' Statute: "{req.quote}"' if req.quote else "")


def _safeguards(req: Requirement, prof: Profile | None, agreement: Agreement | None, kind: str) -> tuple[Status, str]:
    """Evaluate 123 a.(2) from the profile (and any exemption of the agreement)."""
    if agreement is not None:
        for ex in agreement.exemptions:
            if ex.paragraph == 2:
                return "waived", f"exempted under {ex.authority}: {ex.note}"
    if kind == "organisation":
        return "unknown", "partner is an international organisation; full-scope safeguards are a matter for its member states (not modelled)"
    if prof is None:
        return "unknown", "no safeguards profile for this partner"
    if prof.nuclear_weapon_state:
        return "not applicable", "partner is a nuclear-weapon state under the NPT; 123 a.(2) applies to non-nuclear-weapon states"
    if prof.csa_in_force is True:
        return "met", f"comprehensive safeguards agreement in force since {prof.csa_since}"
    if prof.csa_in_force is None:
        return "unknown", f"whether a comprehensive safeguards agreement was in force on {prof.date} is not known ({prof.safeguards_type})"
    detail = {"item_specific": "only item-specific safeguards", "none": "no safeguards agreement",
              "comprehensive": "comprehensive safeguards agreement not in force on this date"}.get(prof.safeguards_type, prof.safeguards_type)
    extra = f"; NPT {prof.npt_status}" + (f" (withdrawal {prof.npt_withdrawn})" if prof.npt_withdrawn else "")
    return "not met", f"no comprehensive safeguards agreement in force: {detail}{extra}"


def _guarantee(req: Requirement, prof: Profile | None, agreement: Agreement | None,
               certain: bool | None) -> tuple[Status, str]:
    """Evaluate a guarantee paragraph ((1), (3)-(9)) from the agreement in force."""
    if req.applies_to == "nnws" and prof is not None and prof.nuclear_weapon_state:
        return "not applicable", "applies to non-nuclear-weapon-state partners only; partner is an NPT nuclear-weapon state"
    if agreement is None:
        return "not met", "no agreement in force"
    for ex in agreement.exemptions:
        if ex.paragraph == req.paragraph:
            return "waived", f"exempted under {ex.authority}"
    if certain is None:
        return "unknown", f"whether {agreement.id} was in force on this date is not known ({agreement.uncertainty or 'dates partial'})"
    if agreement.nnpa_conforming:
        since = agreement.entered_into_force or agreement.in_force_by and agreement.in_force_by.date
        return "met", (f"{agreement.id} in force (since {since}); concluded after the Nuclear Non-Proliferation "
                       "Act of 1978, so it contains the 123 a. guarantees")
    return "unknown", (f"{agreement.id} predates the Nuclear Non-Proliferation Act of 1978; whether it was brought "
                       "into line with the 123 a. requirements is not verified")


def _path(partner: str, day: dt.date, agreement: Agreement | None, certain: bool | None) -> tuple[list[str], list[str]]:
    """What is in place and what is missing for an agreement (in force or to be concluded) on ``day``."""
    done: dict[str, str] = {}
    proc = processes().get(partner)
    if proc:
        for step in proc.steps:
            if step.date.on_or_before(day):
                done[step.step] = f"{step.date}: {step.note} [{step.source}]"
    current = agreement
    if current is None:  # a signed agreement not yet in force on that day
        later = [a for a in agreements_for(partner) if a.signed and a.signed.on_or_before(day)
                 and a.in_force(day) is not False and a.ended is None]
        current = later[-1] if later else None
    if current is not None:
        src = current.sources[0]
        if current.signed and current.signed.on_or_before(day):
            done["signed"] = f"{current.signed}: {current.label} signed [{src}]"
        if current.submitted and current.submitted.on_or_before(day):
            done["submitted"] = f"{current.submitted}: submitted to Congress [{src}]"
        if certain:
            start = current.entered_into_force or (current.in_force_by and current.in_force_by.date)
            done["entered_into_force"] = f"{start}: {current.label} in force [{src}]"
            for key in ("negotiations_completed", "signed", "submitted", "review_complete"):
                done.setdefault(key, "completed (implied by entry into force)")
            done.setdefault("mou_signed", "not needed once an agreement is in force")
    if "signed" in done:
        done.setdefault("negotiations_completed", "completed (implied by signature)")
    in_place = [f"{label}: {done[key]}" for key, label in PATH_STEPS if key in done]
    missing = [label for key, label in PATH_STEPS if key not in done and key != "mou_signed"]
    return in_place, missing


def check(partner: str, date: object = None) -> CheckResult:
    """Evaluate 123 a.(1)-(9) for ``partner`` (name, ISO3, EURATOM, IAEA, Taiwan) on ``date`` (default today)."""
    day = parse_date(date)  # type: ignore[arg-type]
    p = resolve_partner(partner)
    agreement, certain = agreement_on(p.id, day)
    rec = records().get(p.id)
    prof = evaluate(rec, day) if rec else None
    results: list[RuleResult] = []
    for req in requirements():
        if req.paragraph == 2:
            status, reason = _safeguards(req, prof, agreement if certain is not False else None, p.kind)
            if agreement is None and status in ("met", "not met"):
                reason += " (no agreement in force: this is what a new agreement would rely on)"
        else:
            status, reason = _guarantee(req, prof, agreement, certain)
        results.append(RuleResult(paragraph=req.paragraph, title=req.title, status=status, reason=reason,
                                  reference=_ref(req), source=req.source))
    in_place, missing = _path(p.id, day, agreement if certain else None, certain)
    exemptions = [f"123 a.({e.paragraph}) exempted for {agreement.id}: {e.authority}. {e.note}"
                  for e in (agreement.exemptions if agreement else [])]
    clause = exemption_clause()
    notes = [f"Presidential exemption clause (after 123 a.(9)): {clause['paraphrase']} [{clause['source']}; "
             f"{clause['uncertainty']}]"]
    if agreement is not None and agreement.uncertain:
        notes.append(f"{agreement.id}: {agreement.uncertainty}")
    if prof is not None and prof.uncertain:
        notes.append(f"profile {p.id}: {prof.uncertainty}")
    return CheckResult(partner=p.id, name=p.name, date=day, agreement=agreement.id if agreement else None,
                       agreement_in_force=certain if agreement else False, results=results,
                       in_place=in_place, missing=missing, exemptions=exemptions, notes=notes)
