"""The answer of the obligation engine: who is bound to do what, and who is not, and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

KIND_RANK = {"defend": 0, "consult": 1, "assurance": 2, "neutrality": 3, "non_aggression": 4,
             "nuclear_weapon_free_zone": 5}


@dataclass(frozen=True, slots=True)
class Query:
    target: str
    lat: float
    lon: float
    date: dt.date
    attacker: str = "UNKNOWN"
    asset: str = "territory"

    def to_dict(self) -> dict:
        return {"target": self.target, "at": [self.lat, self.lon], "date": self.date.isoformat(),
                "attacker": self.attacker, "asset": self.asset}


@dataclass(frozen=True, slots=True)
class Obligation:
    """One state bound under one treaty."""

    state: str
    obligation: str
    treaty: str
    article: str
    strength: str
    basis: str
    strength_level: str = ""
    conditional: bool = False
    conditions: tuple[str, ...] = ()
    uncertain: bool = False
    atop_coded: bool = False
    text: str = ""
    source: str = ""

    def to_dict(self) -> dict:
        out = asdict(self)
        out["conditions"] = list(self.conditions)
        return out


@dataclass(frozen=True, slots=True)
class NotCovered:
    """A state that a treaty links to the target but that is not bound here, with the reason."""

    state: str
    treaty: str
    reason: str
    article: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Violation:
    """An undertaking of the attacker toward the target that the attack breaches (e.g. non-aggression)."""

    state: str
    treaty: str
    article: str
    obligation: str
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    query: Query
    location: dict
    obligations: list[Obligation] = field(default_factory=list)
    not_covered: list[NotCovered] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    on_request: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "query": self.query.to_dict(),
            "location": self.location,
            "obligations": [o.to_dict() for o in self.obligations],
            "not_covered": [n.to_dict() for n in self.not_covered],
            "violations": [v.to_dict() for v in self.violations],
            "on_request": list(self.on_request),
            "notes": list(self.notes),
        }

    def bound(self, obligation: str | None = None) -> set[str]:
        """States bound (optionally only with this kind of obligation)."""
        return {o.state for o in self.obligations if obligation is None or o.obligation == obligation}
