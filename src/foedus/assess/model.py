"""The result of an assessment: named sections (polars DataFrames with declared schemas) and a summary."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import polars as pl

MEMBERSHIP_SCHEMA = {"state": pl.String, "name": pl.String, "joined": pl.String, "source": pl.String}

# section name -> (title, what it shows); the order is the report's order
SECTIONS: dict[str, tuple[str, str]] = {
    "membership": ("Membership", "members on the assessment date"),
    "network": ("Obligation network", "who is bound to defend whom, before and after"),
    "power_totals": ("Power: totals", "sums over members (with the count reporting) and adversaries"),
    "power_ratios": ("Power: ratios", "alliance total / adversary total"),
    "power_states": ("Power: by state", "each state's figure, year and source"),
    "burden": ("Burden sharing", "military expenditure / GDP against 2%, 3.5% and 5%"),
    "burden_yardsticks": ("Burden sharing: the money to reach the targets", "sum of gaps beside yardsticks"),
    "distances": ("Geography: distances", "capital to capital, border distance, contiguity"),
    "area": ("Geography: covered area", "regions named in the charter's defence clauses"),
    "presence": ("Foreign military presence", "bases and deployments from foreign_presence.yaml"),
    "votes_summary": ("Cohesion: UN voting", "mean pairwise agreement"),
    "votes_pairs": ("Cohesion: UN voting by pair", "pooled agreement per pair"),
    "ties": ("Cohesion: ties to adversaries", "ATOP obligations and bundled charters linking members to adversaries"),
    "rivalries": ("Cohesion: rivalries", "strategic rivalries among members and with adversaries"),
    "obstacles": ("Obstacles", "legal and political obstacles from obstacles.yaml"),
    "disputes": ("History: militarized disputes", "counts by dataset and period"),
    "wars": ("History: wars", "interstate wars among members and with adversaries"),
    "nuclear": ("Nuclear side", "US 123 agreements, NPT and safeguards"),
}


def _clean(value: Any) -> Any:
    """JSON-safe value: dates as ISO text, NaN as None."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def frame_records(frame: pl.DataFrame) -> list[dict]:
    """Rows of ``frame`` as JSON-safe dicts."""
    return [{k: _clean(v) for k, v in row.items()} for row in frame.iter_rows(named=True)]


@dataclass
class Assessment:
    """One alliance assessed on one date against the adversaries; ``comparisons`` holds the ``--vs`` ones."""

    alliance: str
    name: str
    kind: str
    hypothetical: bool
    date: dt.date
    adversaries: list[str]
    members: list[str]
    sections: dict[str, pl.DataFrame]
    summary: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    comparisons: list[Assessment] = field(default_factory=list)
    covered_geometry: Any = None

    def section(self, name: str) -> pl.DataFrame:
        """One section by name (see :data:`SECTIONS`)."""
        return self.sections[name]

    def schemas(self) -> dict[str, dict[str, str]]:
        """Declared column types of every section."""
        return {k: {c: str(t) for c, t in v.schema.items()} for k, v in self.sections.items()}

    def to_dict(self, *, with_comparisons: bool = True) -> dict[str, Any]:
        """Everything as plain JSON-safe data (same numbers as the HTML and Markdown reports)."""
        out = {
            "alliance": self.alliance, "name": self.name, "kind": self.kind, "hypothetical": self.hypothetical,
            "date": self.date.isoformat(), "adversaries": list(self.adversaries), "members": list(self.members),
            "summary": self.summary, "notes": list(self.notes),
            "schemas": self.schemas(),
            "sections": {k: frame_records(v) for k, v in self.sections.items()},
        }
        if with_comparisons:
            out["comparisons"] = [c.to_dict(with_comparisons=False) for c in self.comparisons]
        return out
