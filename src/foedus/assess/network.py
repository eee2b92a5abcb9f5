"""The obligation network among members, before and after the alliance's charter.

For every ordered pair (defender, protected) of distinct members, the obligation engine is asked: an armed
attack by the first adversary hits the protected member's capital on the assessment date; is the defender
bound to *defend* (obligation kind ``defend``; consultation alone does not count)?

* **before**: the treaties in force on that date (bundled charters plus ATOP-coded alliances without a
  charter), *without* the assessed alliance's own charter (and its ATOP codings);
* **after**: the same pool plus the assessed alliance's charter.

For a proposal the "before" network is the world as it is; for a treaty in force (NATO) it shows what the
treaty adds over the other ties among its members.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from foedus.assess.alliance import Alliance

EDGE_SCHEMA = {
    "defender": pl.String,
    "protected": pl.String,
    "before": pl.Boolean,
    "after": pl.Boolean,
    "new": pl.Boolean,
    "before_treaties": pl.String,
    "after_treaties": pl.String,
    "after_conditional": pl.Boolean,
    "atop_coded_only_before": pl.Boolean,
}


def _defenders(answer, exclude: set[str]) -> dict[str, list]:
    out: dict[str, list] = {}
    for ob in answer.obligations:
        if ob.obligation != "defend" or ob.treaty in exclude:
            continue
        out.setdefault(ob.state, []).append(ob)
    return out


def obligation_network(alliance: Alliance, day: dt.date, attacker: str) -> tuple[pl.DataFrame, list[str]]:
    """Edge list (schema :data:`EDGE_SCHEMA`) of the defend obligations among members, and notes."""
    from foedus.data.states import capital
    from foedus.obligations import obligations
    from foedus.obligations.engine import charters_for

    notes: list[str] = []
    ch = alliance.charter
    own = set()
    if ch is not None:
        own = {ch.id} | {f"atop-{i}" for i in ch.atop_ids}
    pool_after = charters_for([ch]) if ch is not None else charters_for()
    pool_before = tuple(c for c in charters_for() if ch is None or c.id != ch.id)
    members = list(alliance.members)
    rows = []
    for protected in members:
        try:
            cap, lat, lon = capital(protected, on=day)
        except Exception as exc:  # no capital recorded: the pair is unknown, not "not bound"
            notes.append(f"no capital for {protected} on {day} ({exc}); its row is left out")
            continue
        if attacker == protected:
            notes.append(f"{protected} is the attacker; its protection is not tested")
            continue
        before = _defenders(obligations(protected, (lat, lon), day, attacker=attacker, charters=pool_before), own)
        after = _defenders(obligations(protected, (lat, lon), day, attacker=attacker, charters=pool_after), set())
        for defender in members:
            if defender == protected:
                continue
            b, a = before.get(defender, []), after.get(defender, [])
            rows.append({
                "defender": defender,
                "protected": protected,
                "before": bool(b),
                "after": bool(a),
                "new": bool(a) and not b,
                "before_treaties": ", ".join(sorted({o.treaty for o in b})) or None,
                "after_treaties": ", ".join(sorted({o.treaty for o in a})) or None,
                "after_conditional": bool(a) and all(o.conditional or o.uncertain for o in a),
                "atop_coded_only_before": bool(b) and all(o.atop_coded for o in b),
            })
    frame = pl.DataFrame(rows, schema=EDGE_SCHEMA)
    notes.append(
        f"attack by {attacker} on each member's capital on {day}; 'bound' = an obligation to defend "
        "(consultation alone not counted); ATOP-coded alliances carry no geography"
    )
    return frame, notes


def network_counts(edges: pl.DataFrame, n_members: int) -> dict[str, int]:
    """Pairs bound before, after and new, out of n*(n-1) ordered pairs."""
    return {
        "ordered_pairs": n_members * (n_members - 1),
        "pairs_tested": edges.height,
        "bound_before": int(edges["before"].sum()),
        "bound_after": int(edges["after"].sum()),
        "new": int(edges["new"].sum()),
        "lost": int((edges["before"] & ~edges["after"]).sum()),
    }
