"""Which alliance is assessed: a bundled charter id, a charter file, or an ad-hoc (``custom``) member list.

An :class:`Alliance` carries the members on the assessment date, the charter (if any) and the regions its
defence clauses name. A ``custom`` alliance gets a synthetic hypothetical charter with one clause, modelled on
the North Atlantic Treaty's Art. 5 but without geographic limit beyond the victim's own territory, so that the
"after" obligation network can be computed; the report says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from foedus.errors import BadInputError, CharterError
from foedus.treaties.schema import Charter

CUSTOM = "custom"


@dataclass(frozen=True)
class Alliance:
    """The alliance under assessment, resolved for one date."""

    id: str
    name: str
    kind: str
    hypothetical: bool
    members: tuple[str, ...]
    charter: Charter | None
    regions: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    joined: dict[str, str] = field(default_factory=dict)


def parse_members(text: str | list[str] | tuple[str, ...]) -> list[str]:
    """ISO3 codes from 'USA,JPN,...' or a list; every name is resolved (unknown ones raise one-line errors)."""
    from foedus.data import resolve_state

    items = [p.strip() for p in text.split(",")] if isinstance(text, str) else [str(p).strip() for p in text]
    items = [p for p in items if p]
    if not items:
        raise BadInputError("--members is empty; give ISO3 codes separated by commas, e.g. USA,JPN,KOR")
    out: list[str] = []
    for item in items:
        iso = resolve_state(item).iso3
        if iso not in out:
            out.append(iso)
    if len(out) < 2:
        raise BadInputError(f"--members {','.join(out)!r} names one state; an alliance needs at least two")
    return out


def custom_charter(members: list[str]) -> Charter:
    """A synthetic hypothetical mutual-defence charter among ``members`` (for the 'after' network only)."""
    data = {
        "id": "custom",
        "name": "Ad-hoc alliance (custom member list)",
        "short_name": "custom",
        "kind": "proposal",
        "hypothetical": True,
        "signed": "2000-01-01",
        "in_force": "1815-01-01",
        "dates_source": "foedus",
        "sources": [{"id": "foedus", "cite": "foedus assess --members (synthetic charter, no real text)"}],
        "parties": [{"state": m, "spells": [{"from": "1815-01-01", "source": "foedus"}]} for m in members],
        "articles": [
            {
                "article": "1",
                "kind": "defend",
                "text": "An armed attack against one of the Parties shall be considered an attack against them all.",
                "source": "foedus",
                "verified": "no",
                "strength": "assumed: as NATO Art. 5 (such action as it deems necessary)",
                "strength_level": "discretionary",
                "scope": [
                    {
                        "assets": ["territory"],
                        "where": {"territory_of": "victim"},
                        "description": "the territory of the attacked member (assumed)",
                    }
                ],
            }
        ],
    }
    return Charter.model_validate(data)


def charter_regions(charter: Charter, day: dt.date) -> tuple[str, ...]:
    """Regions named by the charter's defence (and consultation) clauses in force on ``day``, in order."""
    out: list[str] = []
    for clause in charter.articles:
        if clause.kind not in ("defend", "consult") or not clause.holds_on(day):
            continue
        for entry in clause.scope:
            if not entry.holds_on(day):
                continue
            for rid in entry.where.in_regions:
                if rid not in out:
                    out.append(rid)
    return tuple(out)


def resolve_alliance(spec: str, day: dt.date, members: list[str] | str | None = None) -> Alliance:
    """Resolve ALLIANCE (bundled id, charter path, or ``custom`` with ``members``) for ``day``."""
    from foedus.obligations.engine import active_parties
    from foedus.treaties import charter as get_charter

    if spec == CUSTOM:
        if not members:
            raise BadInputError("alliance 'custom' needs --members ISO3,ISO3,... (at least two states)")
        codes = parse_members(members)
        ch = custom_charter(codes)
        return Alliance(
            id=CUSTOM, name="Ad-hoc alliance: " + ", ".join(codes), kind="custom", hypothetical=True,
            members=tuple(codes), charter=ch, regions=(),
            notes=("custom member list: the 'after' network assumes a mutual-defence clause covering each "
                   "member's territory (no real treaty text)",),
            joined={m: "" for m in codes},
        )
    if members:
        raise BadInputError(f"--members is only for the alliance 'custom', not for {spec!r}")
    try:
        ch = get_charter(spec)
    except CharterError:
        raise
    notes: list[str] = []
    if ch.hypothetical:
        # a proposal: all listed parties are members as of the assessment (dates are hypothetical)
        parties = ch.party_states()
        notes.append(f"{ch.id} is a hypothetical proposal: all {len(parties)} listed parties taken as members")
    else:
        parties = active_parties(ch, day)
        if not ch.in_force_on(day):
            notes.append(f"{ch.id} is not in force on {day}; members are the parties whose spells cover the date")
        if not parties:
            raise BadInputError(f"{ch.id} has no parties on {day}; choose a date when it was in force")
    joined = {}
    for p in ch.parties:
        if p.state in parties:
            starts = [s.start.isoformat() for s in p.spells if s.start]
            joined[p.state] = starts[0] if starts else ""
    return Alliance(
        id=ch.id, name=ch.name, kind=ch.kind, hypothetical=ch.hypothetical, members=tuple(parties), charter=ch,
        regions=charter_regions(ch, day), notes=tuple(notes), joined=joined,
    )
