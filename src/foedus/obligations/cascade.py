"""The escalation chain: if the defenders strike back at the attacker, whose obligations does that trigger?

Round 0 is the attack in the query. In each round, every state bound to *defend* the victim is assumed to
strike the attacker's territory (its capital on that date); each such strike is a new armed attack, whose
victim's allies may in turn be bound, and so on, until a round adds no new (attacker, victim) pair. Consult
obligations do not escalate. The chain is a directed graph (networkx): edges ``attack`` (attacker -> victim,
with round) and ``defend`` (defender -> victim, with treaty and article).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from foedus.obligations.engine import SPECIAL_ATTACKERS, obligations
from foedus.treaties.schema import Charter

MAX_ROUNDS = 12


@dataclass
class Cascade:
    rounds: list[dict] = field(default_factory=list)
    attacks: list[dict] = field(default_factory=list)
    defences: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"rounds": self.rounds, "attacks": self.attacks, "defences": self.defences}

    def graph(self):
        import networkx as nx

        g = nx.MultiDiGraph()
        for a in self.attacks:
            g.add_edge(a["attacker"], a["victim"], kind="attack", round=a["round"])
        for d in self.defences:
            g.add_edge(d["state"], d["victim"], kind="defend", round=d["round"], treaty=d["treaty"],
                       article=d["article"])
        return g

    def states(self) -> list[str]:
        found = {a["attacker"] for a in self.attacks} | {a["victim"] for a in self.attacks}
        return sorted(found)


def _capital_point(state: str, day: dt.date) -> tuple[float, float] | None:
    from foedus.data.states import capital

    try:
        _, lat, lon = capital(state, on=day)
    except Exception:  # no capital known for that date
        return None
    return lat, lon


def cascade(target: str, at: tuple[float, float], date: dt.date, *, attacker: str, asset: str = "territory",
            extra_charters: Iterable[Charter] = (), include_atop: bool = True,
            max_rounds: int = MAX_ROUNDS) -> Cascade:
    """Escalation chain from the attack (attacker -> target at ``at``), round by round."""
    extra = tuple(extra_charters)
    out = Cascade()
    pending = [(attacker, target, at, asset)]
    seen = {(attacker, target)}
    for round_no in range(max_rounds):
        if not pending:
            break
        next_round = []
        summary = {"round": round_no, "attacks": [], "new_defenders": []}
        for atk, victim, point, kind in pending:
            out.attacks.append({"round": round_no, "attacker": atk, "victim": victim,
                                "at": list(point), "asset": kind})
            summary["attacks"].append(f"{atk} -> {victim}")
            answer = obligations(victim, point, date, attacker=atk, asset=kind, extra_charters=extra,
                                 include_atop=include_atop)
            defenders = {}
            for ob in answer.obligations:
                if ob.obligation == "defend" and ob.state not in defenders:
                    defenders[ob.state] = ob
            for state, ob in defenders.items():
                out.defences.append({"round": round_no, "state": state, "victim": victim, "treaty": ob.treaty,
                                     "article": ob.article, "conditional": ob.conditional,
                                     "atop_coded": ob.atop_coded})
                summary["new_defenders"].append(state)
                if atk in SPECIAL_ATTACKERS or (state, atk) in seen:
                    continue
                capital = _capital_point(atk, date)
                if capital is None:
                    continue
                seen.add((state, atk))
                next_round.append((state, atk, capital, "territory"))
        out.rounds.append(summary)
        pending = next_round
    return out


def cascade_svg(result: Cascade, title: str = "") -> str:
    """A self-contained SVG picture of the chain: states on a circle, red attack and blue defence arrows."""
    import math
    from html import escape

    states = result.states() or []
    defenders = sorted({d["state"] for d in result.defences} - set(states))
    nodes = states + defenders
    size, radius = 640, 250
    cx = cy = size / 2
    pos = {}
    for i, s in enumerate(nodes):
        angle = 2 * math.pi * i / max(len(nodes), 1) - math.pi / 2
        pos[s] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size + 40}" '
             f'viewBox="0 0 {size} {size + 40}" font-family="sans-serif" font-size="12">',
             '<defs><marker id="a" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto">'
             '<path d="M0,0 L8,4 L0,8 z" fill="#c0392b"/></marker>'
             '<marker id="d" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto">'
             '<path d="M0,0 L8,4 L0,8 z" fill="#2471a3"/></marker></defs>',
             f'<text x="10" y="20" font-size="14">{escape(title)}</text>']

    def line(a, b, color, marker, dash, label):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        x2, y2 = x2 - dx / dist * 18, y2 - dy / dist * 18
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}" '
                     f'stroke-width="1.5" {dash} marker-end="url(#{marker})"><title>{escape(label)}</title></line>')

    for d in result.defences:
        line(d["state"], d["victim"], "#2471a3", "d", 'stroke-dasharray="4 3"',
             f'{d["state"]} bound to defend {d["victim"]} ({d["treaty"]} Art. {d["article"]}, round {d["round"]})')
    for a in result.attacks:
        if a["attacker"] in pos:
            line(a["attacker"], a["victim"], "#c0392b", "a", "",
                 f'{a["attacker"]} attacks {a["victim"]} (round {a["round"]})')
    for s, (x, y) in pos.items():
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="16" fill="#fdfefe" stroke="#34495e"/>'
                     f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle">{escape(s)}</text>')
    parts.append(f'<text x="10" y="{size + 30}">red: attacks (round by round); blue dashed: bound to defend</text>')
    parts.append("</svg>")
    return "\n".join(parts)
