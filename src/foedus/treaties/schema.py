"""The charter format: one YAML file per treaty, validated by these pydantic models.

A charter reads like the treaty it encodes. Each article is a dated clause that carries its number, its
operative words (``text``) and a ``source`` next to the rule that encodes it (kind, trigger, geographic scope,
conditions, strength), so a reviewer can hold rule and text side by side. Parties have dated spells
(accession, withdrawal), suspensions may be toward one party only, and reservations or understandings are
exceptions attached to the clause they modify. Every fact cites a source declared in the charter's
``sources`` list; facts not fully checked carry ``uncertain: true`` and a note.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ObligationKind = Literal[
    "defend", "consult", "neutrality", "non_aggression", "nuclear_weapon_free_zone", "assurance", "cooperation"
]
Asset = Literal["territory", "armed_forces", "public_vessel", "aircraft"]
ALL_ASSETS: tuple[str, ...] = ("territory", "armed_forces", "public_vessel", "aircraft")
StrengthLevel = Literal["automatic", "discretionary", "constitutional_processes", "consultation", "undertaking"]
Verified = Literal["yes", "partly", "no"]


def _yes_no(value: object) -> object:
    """YAML 1.1 reads a bare yes/no as a boolean; take it as the word."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value

STATE_CODE = r"^[A-Z]{3}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Source(Strict):
    """A document cited by the charter."""

    id: str
    cite: str = Field(min_length=3)
    url: str | None = None


class Dated(Strict):
    """Something that holds from ``from`` to ``to`` inclusive (``to`` missing: still holds)."""

    start: dt.date | None = Field(default=None, alias="from")
    end: dt.date | None = Field(default=None, alias="to")

    @model_validator(mode="after")
    def _ordered(self):
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"'to' {self.end} is before 'from' {self.start}")
        return self

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Spell(Dated):
    """One spell of membership. ``uncertain``: its dates are not fully verified; ``contested``: whether the
    state is a party at all during the spell is disputed (answers involving it are flagged uncertain)."""

    source: str
    uncertain: bool = False
    contested: bool = False
    note: str = ""


class Party(Strict):
    """A party and its membership spells (accession to withdrawal)."""

    state: str = Field(pattern=STATE_CODE)
    spells: list[Spell] = Field(min_length=1)


class Suspension(Dated):
    """``state`` suspends its obligations toward ``toward`` (a party, or ``ALL``), e.g. the US toward NZ."""

    state: str = Field(pattern=STATE_CODE)
    toward: str = Field(pattern=r"^([A-Z]{3}|ALL)$")
    source: str
    note: str = ""
    uncertain: bool = False


class Where(Strict):
    """A geographic predicate on the attacked point; all given parts must hold.

    - ``anywhere``: no geographic limit.
    - ``territory_of``: the point is administered by the victim (``victim``) or by any party (``any_party``).
    - ``metropolitan``: and it is not a dependency (overseas territory) of that state.
    - ``in_regions``: the point lies in one of these named regions.
    - ``places``: the point lies in one of these gazetteer places or Natural Earth features (e.g. ``TUR``).
    - ``victims``: this predicate applies only when the victim is one of these states.
    """

    anywhere: bool = False
    territory_of: Literal["victim", "any_party"] | None = None
    metropolitan: bool = False
    in_regions: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    victims: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self):
        if not (self.anywhere or self.territory_of or self.in_regions or self.places):
            raise ValueError("give anywhere, territory_of, in_regions or places")
        return self


class ScopeEntry(Dated):
    """One way an attack falls within the clause: which assets, where (with its own reference)."""

    assets: list[Asset] = Field(min_length=1)
    where: Where
    article: str | None = None
    text: str | None = None
    source: str | None = None
    description: str = Field(min_length=3)
    uncertain: bool = False
    note: str = ""


class Condition(Strict):
    """A condition on the trigger; ``kind`` says how the engine tests it."""

    kind: Literal[
        "attacker_is_state",  # the attacker must be a state ("armed attack by any State")
        "attacker_in",  # only attacks by these states
        "attacker_not_party",  # an attack by a fellow party does not trigger it
        "victim_request",  # the victim must ask for assistance
        "state_of_war",  # the victim must be put in a state of war
        "nuclear_weapons_used",  # the aggression must involve nuclear weapons
        "other",  # recorded, not tested: always reported with the obligation
    ]
    states: list[str] = Field(default_factory=list)
    text: str = Field(min_length=3)
    source: str
    uncertain: bool = False


class Exception_(Dated):
    """A reservation, understanding or statement that modifies the clause for one party (Catala-style).

    ``unless_attacker_in``: the exception applies unless the attacker is one of these states (e.g. the US
    understanding to the Manila Pact: defence only against communist aggression). ``becomes``: the obligation
    the party has instead (or ``none``).
    """

    party: str = Field(pattern=STATE_CODE)
    kind: Literal["understanding", "reservation", "statement", "declaration"]
    text: str = Field(min_length=3)
    source: str
    becomes: ObligationKind | Literal["none"]
    unless_attacker_in: list[str] | None = None
    uncertain: bool = False
    note: str = ""


class Trigger(Strict):
    event: Literal["armed_attack", "aggression", "threat"] = "armed_attack"


class Clause(Dated):
    """One operative article: the rule and, beside it, the words that the rule encodes."""

    article: str
    kind: ObligationKind
    text: str = Field(min_length=3, description="the operative words of the article")
    source: str
    verified: Verified = "yes"
    trigger: Trigger = Field(default_factory=Trigger)
    scope: list[ScopeEntry] = Field(default_factory=list)
    protects: Literal["all_parties"] | list[str] = "all_parties"
    obliged: Literal["other_parties"] | list[str] = "other_parties"
    conditions: list[Condition] = Field(default_factory=list)
    strength: str = Field(min_length=3, description="the words that say how strong the undertaking is")
    strength_level: StrengthLevel
    exceptions: list[Exception_] = Field(default_factory=list)
    note: str = ""

    @field_validator("verified", mode="before")
    @classmethod
    def _verified_word(cls, value: object) -> object:
        return _yes_no(value)

    @model_validator(mode="after")
    def _scope_needed(self):
        if self.kind in ("defend", "consult") and self.trigger.event == "armed_attack" and not self.scope:
            raise ValueError(f"article {self.article}: a {self.kind} clause triggered by armed attack needs a scope")
        return self


class FinalClause(Strict):
    """A final clause that decides who is a party when (entry into force, accession, withdrawal, duration).

    The engine applies these through the dated party spells and the charter's dates; the clause itself is
    kept beside them so a reviewer can check the dates against the rule that produced them."""

    article: str
    subject: Literal["entry_into_force", "accession", "withdrawal", "termination", "duration", "amendment"]
    text: str = Field(min_length=3)
    source: str
    verified: Verified = "yes"

    @field_validator("verified", mode="before")
    @classmethod
    def _verified_word(cls, value: object) -> object:
        return _yes_no(value)


class InlineRegion(Strict):
    """A region declared inside a charter (e.g. a proposal's treaty area), same fields as geo/regions/*.yaml."""

    id: str
    name: str
    definition: str = Field(min_length=10)
    sources: list[str] = Field(min_length=1)
    polygons: list[list[tuple[float, float]]] = Field(min_length=1)
    uncertain_polygons: list[list[tuple[float, float]]] = Field(default_factory=list)
    uncertain_note: str = ""
    north_of: float | str | None = None
    not_north_of: float | str | None = None
    south_of: float | str | None = None
    sea: bool = False


class Charter(Strict):
    """One treaty (or arrangement, memorandum, proposal) as data."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    short_name: str
    kind: Literal["treaty", "arrangement", "memorandum", "political_declaration", "proposal"]
    hypothetical: bool = False
    signed: dt.date | None = None
    in_force: dt.date | None = None
    ended: dt.date | None = None
    dates_source: str
    end_note: str = ""
    atop_ids: list[int] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)
    parties: list[Party] = Field(min_length=1)
    suspensions: list[Suspension] = Field(default_factory=list)
    articles: list[Clause] = Field(min_length=1)
    final_clauses: list[FinalClause] = Field(default_factory=list)
    regions: list[InlineRegion] = Field(default_factory=list)
    notes: str = ""

    @field_validator("parties")
    @classmethod
    def _unique_parties(cls, parties: list[Party]) -> list[Party]:
        seen = [p.state for p in parties]
        dupes = sorted({s for s in seen if seen.count(s) > 1})
        if dupes:
            raise ValueError(f"parties listed twice: {dupes}")
        return parties

    @model_validator(mode="after")
    def _references_resolve(self):
        known = {s.id for s in self.sources}
        cited: list[tuple[str, str]] = [("dates_source", self.dates_source)]
        for party in self.parties:
            cited += [(f"parties[{party.state}]", s.source) for s in party.spells]
        cited += [(f"suspensions[{s.state}->{s.toward}]", s.source) for s in self.suspensions]
        for clause in self.articles:
            cited.append((f"articles[{clause.article}]", clause.source))
            cited += [(f"articles[{clause.article}].scope", e.source) for e in clause.scope if e.source]
            cited += [(f"articles[{clause.article}].conditions", c.source) for c in clause.conditions]
            cited += [(f"articles[{clause.article}].exceptions", e.source) for e in clause.exceptions]
        cited += [(f"final_clauses[{f.article}]", f.source) for f in self.final_clauses]
        missing = [f"{where}: {key!r}" for where, key in cited if key not in known]
        if missing:
            raise ValueError(f"unknown source ids (declare them under sources): {'; '.join(missing)}")
        return self

    def in_force_on(self, day: dt.date) -> bool:
        start = self.in_force or self.signed
        return start is not None and start <= day and (self.ended is None or day <= self.ended)

    def party_states(self) -> list[str]:
        return [p.state for p in self.parties]
