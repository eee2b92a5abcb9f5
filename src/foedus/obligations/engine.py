"""The obligation engine: an armed attack hits a place on a date; who is bound to do what, and who is not.

For every charter in force on the date in which the target is protected, each operative clause is tested
in the order a lawyer would: is the victim protected by it, is the attacked asset covered, does the place lie
in the clause's geographic scope, do its conditions hold (who attacked, a request, ...). Every other party
that the clause obliges, and that has not suspended its obligations toward the victim, is then bound, unless a
reservation or understanding of its own turns the obligation into something else. Each answer names the
article, its strength and the reason. Alliances that ATOP 5.1 codes but foedus has no charter for are added as
"ATOP-coded" obligations without geography.

The work splits in two so that many queries are cheap: everything that depends on (target, place, date,
asset) is computed once and cached (:func:`_base`); the attacker is applied last (:func:`_apply_attacker`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from foedus.errors import BadInputError
from foedus.geo.regions import Region, all_regions
from foedus.geo.territory import Location, locate
from foedus.obligations.model import KIND_RANK, Answer, NotCovered, Obligation, Query, Violation
from foedus.treaties.schema import ALL_ASSETS, Charter, Clause, ScopeEntry

SPECIAL_ATTACKERS = ("UNKNOWN", "NONSTATE")
SNAP_KM = 10.0  # coastline tolerance for attacks on territory (the 1:50m shapes are coarse)
ARMED_ATTACK_KINDS = ("defend", "consult", "assurance")


# --------------------------------------------------------------------------------------------------------------
# Validation of the query


def check_coordinates(lat: float, lon: float) -> tuple[float, float]:
    """Latitude in [-90, 90] and longitude in [-180, 180], else a one-line error."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise BadInputError(f"coordinates {lat!r},{lon!r} are not numbers; give LAT,LON in degrees") from None
    if not -90.0 <= lat <= 90.0:
        raise BadInputError(f"latitude {lat} is out of range; expected -90 to 90 (degrees north)")
    if not -180.0 <= lon <= 180.0:
        raise BadInputError(f"longitude {lon} is out of range; expected -180 to 180 (degrees east)")
    return lat, lon


def parse_point(text: str) -> tuple[float, float]:
    """'LAT,LON' -> (lat, lon), checked."""
    parts = [p.strip() for p in str(text).split(",")]
    if len(parts) != 2:
        raise BadInputError(f"--at {text!r} is not LAT,LON; e.g. --at 25.75,123.5")
    try:
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise BadInputError(f"--at {text!r} is not LAT,LON in decimal degrees; e.g. --at 25.75,123.5") from None
    return check_coordinates(lat, lon)


def check_asset(asset: str) -> str:
    if asset not in ALL_ASSETS:
        raise BadInputError(f"unknown asset {asset!r}; expected one of {', '.join(ALL_ASSETS)}")
    return asset


def canonical_state(value: str, *, allow_special: bool = False) -> str:
    """ISO3 of a state name or code (UNKNOWN/NONSTATE allowed for attackers)."""
    if allow_special and str(value).upper() in SPECIAL_ATTACKERS:
        return str(value).upper()
    from foedus.data import resolve_state

    return resolve_state(value).iso3


# --------------------------------------------------------------------------------------------------------------
# Membership


def active_parties(charter: Charter, day: dt.date) -> list[str]:
    return [p.state for p in charter.parties if any(s.holds_on(day) for s in p.spells)]


def contested_members(charter: Charter, day: dt.date) -> frozenset[str]:
    """Parties whose membership on ``day`` is contested (e.g. Venezuela's 2019 return to the Rio Treaty)."""
    return frozenset(p.state for p in charter.parties for s in p.spells if s.holds_on(day) and s.contested)


def party_history(charter: Charter, state: str) -> str | None:
    for party in charter.parties:
        if party.state == state:
            return "; ".join(
                f"{s.start or '?'} to {s.end or 'today'}" for s in party.spells
            )
    return None


def suspended(charter: Charter, state: str, toward: str, day: dt.date) -> str | None:
    """Why ``state``'s obligations toward ``toward`` are suspended on ``day`` (None if they are not)."""
    for s in charter.suspensions:
        if s.state == state and s.toward in (toward, "ALL") and s.holds_on(day):
            why = s.note or f"{state} suspended its obligations toward {toward} from {s.start}"
            return f"{why} (uncertain)" if s.uncertain else why
    return None


# --------------------------------------------------------------------------------------------------------------
# Geography


@dataclass(frozen=True)
class ScopeVerdict:
    result: str  # yes / no / uncertain
    entry: ScopeEntry | None
    detail: str


def _regions_for(charter: Charter) -> dict[str, Region]:
    regions = dict(all_regions())
    if charter.regions:
        from foedus.geo.regions import _polygons

        for r in charter.regions:
            regions[r.id] = Region(
                id=r.id, name=r.name, definition=" ".join(r.definition.split()), sources=tuple(r.sources),
                geometry=_polygons([list(map(list, ring)) for ring in r.polygons]),
                uncertain_geometry=_polygons([list(map(list, ring)) for ring in r.uncertain_polygons])
                if r.uncertain_polygons else None,
                uncertain_note=r.uncertain_note, north_of=r.north_of, not_north_of=r.not_north_of,
                south_of=r.south_of, sea=r.sea,
            )
    return regions


_REGION_CACHE: dict[str, dict[str, Region]] = {}


def regions_of(charter: Charter) -> dict[str, Region]:
    key = charter.id if not charter.regions else f"{charter.id}:{id(charter)}"
    if key not in _REGION_CACHE:
        _REGION_CACHE[key] = _regions_for(charter)
    return _REGION_CACHE[key]


def _where(entry: ScopeEntry, charter: Charter, parties: Sequence[str], victim: str, loc: Location,
           day: dt.date) -> tuple[str, str]:
    """Test one scope entry's place predicate: (yes/no/uncertain, explanation when not yes)."""
    w = entry.where
    if w.victims and victim not in w.victims:
        return "no", f"applies only to attacks on {', '.join(w.victims)}"
    if w.anywhere:
        return "yes", ""
    verdict = "yes"
    if w.territory_of:
        owners = (victim,) if w.territory_of == "victim" else tuple(parties)
        if loc.administered_by not in owners:
            whose = "the victim's" if w.territory_of == "victim" else "a party's"
            return "no", f"the point is not {whose} territory ({loc.describe()})"
        if w.metropolitan and loc.dependency:
            return "no", f"{loc.place} is a dependency, not metropolitan territory of {loc.administered_by}"
    if w.places:
        # a named gazetteer place with its own geometry (Okinawa, Kinmen, ...) is not its host shape
        keys = {loc.place_id} if loc.place_id and not loc.feature_level else {loc.place_id, loc.feature}
        if not keys & set(w.places):
            return "no", f"the point ({loc.place}) is not in {', '.join(w.places)}"
    if w.in_regions:
        regions = regions_of(charter)
        results = []
        for region_id in w.in_regions:
            r = regions[region_id]
            results.append((r.membership(loc.lon, loc.lat, day, on_land=loc.on_land), r))
        if any(res == "yes" for res, _ in results):
            pass
        elif any(res == "uncertain" for res, _ in results):
            r = next(r for res, r in results if res == "uncertain")
            verdict = "uncertain"
            return verdict, f"{loc.place} lies where '{r.name}' is uncertain: {r.uncertain_note}"
        else:
            names = " or ".join(
                f"{r.name}" + (f" ({r.limits_text(day)})" if r.limits_text(day) else "") for _, r in results
            )
            return "no", f"the point ({loc.place}, {loc.lat:.4f}, {loc.lon:.4f}) is not in {names}"
    return verdict, ""


def scope_verdict(clause: Clause, charter: Charter, parties: Sequence[str], victim: str, loc: Location,
                  asset: str, day: dt.date) -> ScopeVerdict:
    entries = [e for e in clause.scope if e.holds_on(day) and asset in e.assets]
    if not entries:
        covered = sorted({a for e in clause.scope if e.holds_on(day) for a in e.assets})
        return ScopeVerdict("no", None, f"Art. {clause.article} does not cover attacks on {asset.replace('_', ' ')}"
                            f" (it covers: {', '.join(covered) or 'nothing on this date'})")
    best: ScopeVerdict | None = None
    reasons = []
    for entry in entries:
        result, why = _where(entry, charter, parties, victim, loc, day)
        if result == "yes":
            if entry.uncertain:
                return ScopeVerdict("uncertain", entry, entry.note or entry.description)
            return ScopeVerdict("yes", entry, "")
        if result == "uncertain" and best is None:
            best = ScopeVerdict("uncertain", entry, why)
        reasons.append(f"{entry.description}: {why}")
    return best or ScopeVerdict("no", None, "; ".join(reasons))


# --------------------------------------------------------------------------------------------------------------
# Base answer (everything but the attacker), cached


@dataclass
class Candidate:
    """An obligation before the attacker is known."""

    state: str
    charter: Charter
    clause: Clause
    scope: ScopeVerdict
    kind: str
    parties: frozenset[str] = frozenset()
    basis: str = ""
    shaky: frozenset[str] = frozenset()  # parties whose membership on the date is contested
    # outcome for a state attacker the clause does not name, by whether it is a party to the clause
    outcomes: dict[bool, Obligation | NotCovered] = field(default_factory=dict)
    _named: frozenset[str] | None = None

    @property
    def named(self) -> frozenset[str]:
        """States the clause names in its conditions or exceptions: their attack needs its own evaluation."""
        if self._named is None:
            found = {s for c in self.clause.conditions for s in c.states}
            found |= {s for e in self.clause.exceptions for s in (e.unless_attacker_in or ())}
            self._named = frozenset(found)
        return self._named


@dataclass
class Base:
    location: Location
    day: dt.date
    candidates: list[Candidate] = field(default_factory=list)
    not_covered: list[NotCovered] = field(default_factory=list)
    atop: list[Obligation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    non_aggression: list[tuple[Charter, Clause, tuple[str, ...]]] = field(default_factory=list)
    on_request: list[dict] = field(default_factory=list)

    def relevant_attackers(self) -> frozenset[str]:
        """States whose attack changes the answer otherwise than by dropping the attacker's own obligations:
        parties of the clauses involved, states named in conditions or exceptions, and (for the breach list)
        parties of non-aggression clauses."""
        found: set[str] = set()
        for cand in self.candidates:
            found |= cand.parties
            for cond in cand.clause.conditions:
                found.update(cond.states)
            for exc in cand.clause.exceptions:
                found.update(exc.unless_attacker_in or ())
        for _, _, parties in self.non_aggression:
            found.update(parties)
        return frozenset(found)


def _protects(clause: Clause, parties: Sequence[str], victim: str) -> bool:
    return victim in parties if clause.protects == "all_parties" else victim in clause.protects


def _obliged(clause: Clause, parties: Sequence[str]) -> list[str]:
    return list(parties) if clause.obliged == "other_parties" else [s for s in clause.obliged if s in parties]


def _base_for_charter(base: Base, charter: Charter, victim: str, loc: Location, asset: str,
                      day: dt.date) -> None:
    ever_party = party_history(charter, victim) is not None
    protected_somewhere = any(isinstance(c.protects, list) and victim in c.protects for c in charter.articles)
    if not (ever_party or protected_somewhere):
        return
    others = [p.state for p in charter.parties if p.state != victim]
    if not charter.in_force_on(day):
        if charter.ended and day > charter.ended:
            why = f"{charter.short_name} ended on {charter.ended}" + (f" ({charter.end_note})" if charter.end_note else "")
        else:
            why = f"{charter.short_name} was not yet in force on {day} (in force from {charter.in_force or charter.signed})"
        base.not_covered += [NotCovered(s, charter.id, why) for s in others]
        return
    parties = active_parties(charter, day)
    if victim in parties and not any(c.kind in ARMED_ATTACK_KINDS for c in charter.articles):
        kinds = ", ".join(sorted({c.kind.replace("_", " ") for c in charter.articles}))
        why = f"{charter.short_name} has no defence or consultation clause (it provides: {kinds})"
        base.not_covered += [NotCovered(s, charter.id, why) for s in parties if s != victim]
    if victim not in parties and not protected_somewhere:
        why = f"{victim} is not a party on {day} (member {party_history(charter, victim)})"
        base.not_covered += [NotCovered(s, charter.id, why) for s in parties]
        return
    seen: dict[str, tuple[int, str, str]] = {}
    for clause in charter.articles:
        if not clause.holds_on(day):
            continue
        if clause.kind == "non_aggression":
            base.non_aggression.append((charter, clause, tuple(parties)))
            continue
        if clause.kind not in ARMED_ATTACK_KINDS:
            continue
        if not _protects(clause, parties, victim):
            if isinstance(clause.protects, list) and clause.trigger.event != "threat":
                why = f"Art. {clause.article} protects only {', '.join(clause.protects)}, not {victim}"
                for state in _obliged(clause, parties):
                    if state != victim:
                        seen.setdefault(state, (97, why, clause.article))
            continue
        if clause.trigger.event == "threat":
            base.on_request.append({
                "treaty": charter.id, "article": clause.article, "obligation": clause.kind,
                "states": [s for s in _obliged(clause, parties)
                           if s != victim and not suspended(charter, s, victim, day)],
                "text": _quote(clause.text), "strength": clause.strength,
            })
            continue
        verdict = scope_verdict(clause, charter, parties, victim, loc, asset, day)
        for state in _obliged(clause, parties):
            if state == victim:
                continue
            if verdict.result == "no":
                prefix = f"Art. {clause.article}:"
                detail = verdict.detail if verdict.detail.startswith(prefix) else f"{prefix} {verdict.detail}"
                seen.setdefault(state, (99, detail, clause.article))
                continue
            pause = suspended(charter, state, victim, day)
            if pause:
                seen[state] = (98, f"suspended: {pause}", clause.article)
                continue
            base.candidates.append(Candidate(state, charter, clause, verdict, clause.kind, frozenset(parties),
                                             _basis(victim, loc, day, charter, clause, verdict),
                                             contested_members(charter, day)))
            seen[state] = (KIND_RANK.get(clause.kind, 50), "", clause.article)
    bound = {c.state for c in base.candidates if c.charter is charter}
    for state, (_, reason, article) in seen.items():
        if state not in bound and reason:
            base.not_covered.append(NotCovered(state, charter.id, reason, article))


_POOLS: dict[tuple[int, ...], tuple[Charter, ...]] = {}


def _pool_key(charters: tuple[Charter, ...]) -> tuple[int, ...]:
    key = tuple(id(c) for c in charters)
    _POOLS.setdefault(key, charters)  # keeps the charters alive while their key is cached
    return key


@lru_cache(maxsize=8192)
def _base(victim: str, lat: float, lon: float, day: dt.date, asset: str, pool: tuple[int, ...],
          include_atop: bool) -> Base:
    charters = _POOLS[pool]
    loc = locate(lat, lon, day, snap_km=SNAP_KM if asset == "territory" else 0.0)
    base = Base(location=loc, day=day)
    if asset == "territory" and loc.administered_by != victim:
        base.notes.append(
            f"the point is not territory administered by {victim}: {loc.describe()}; clauses limited to the "
            "victim's territory do not apply"
        )
    if loc.notes:
        base.notes.append(loc.notes)
    for charter in charters:
        _base_for_charter(base, charter, victim, loc, asset, day)
    if include_atop:
        from foedus.obligations.atop_coded import atop_coded

        overridden = {i for c in charters for i in c.atop_ids}
        obligations, note = atop_coded(victim, day, overridden)
        base.atop = obligations
        if note:
            base.notes.append(note)
    return base


# --------------------------------------------------------------------------------------------------------------
# Applying the attacker


def _condition_results(clause: Clause, attacker: str, parties: Sequence[str]) -> tuple[bool, list[str], bool]:
    """(holds, conditions still to be met, uncertain) for the clause's conditions and this attacker."""
    pending: list[str] = []
    uncertain = False
    for cond in clause.conditions:
        uncertain |= cond.uncertain
        if cond.kind == "attacker_is_state":
            if attacker == "NONSTATE":
                return False, [cond.text], uncertain
            if attacker == "UNKNOWN":
                pending.append(cond.text)
        elif cond.kind == "attacker_in":
            if attacker in SPECIAL_ATTACKERS:
                pending.append(cond.text)
            elif attacker not in cond.states:
                return False, [cond.text], uncertain
        elif cond.kind == "attacker_not_party":
            if attacker in parties:
                return False, [cond.text], uncertain
        else:
            pending.append(cond.text)
    return True, pending, uncertain


def _evaluate(cand: Candidate, victim: str, attacker: str, day: dt.date) -> Obligation | NotCovered:
    """One candidate obligation, given the attacker: the obligation it becomes, or why it does not bind."""
    charter, clause = cand.charter, cand.clause
    parties = cand.parties
    holds, pending, uncertain = _condition_results(clause, attacker, parties)
    if not holds:
        return NotCovered(cand.state, charter.id, f"Art. {clause.article}: condition not met: {pending[0]}",
                          clause.article)
    kind = cand.kind
    basis_extra = []
    for exc in clause.exceptions:
        if exc.party != cand.state or not exc.holds_on(day):
            continue
        if exc.unless_attacker_in is not None and attacker in exc.unless_attacker_in:
            continue
        if exc.unless_attacker_in is not None and attacker in SPECIAL_ATTACKERS:
            pending.append(f"{exc.kind} of {exc.party}: {exc.text} (otherwise: {exc.becomes})")
            continue
        kind = exc.becomes
        basis_extra.append(f"{exc.kind} of {exc.party}: {exc.text}")
        uncertain |= exc.uncertain
    if kind == "none":
        return NotCovered(cand.state, charter.id, "; ".join(basis_extra), clause.article)
    if attacker in parties and attacker not in SPECIAL_ATTACKERS:
        pending.append(f"the attacker is itself a party to {charter.short_name}")
        uncertain = True
    contested = cand.shaky & {cand.state, victim}
    basis = cand.basis
    if contested:
        uncertain = True
        basis += f"; membership of {', '.join(sorted(contested))} on this date is contested"
    if basis_extra:
        basis += "; " + "; ".join(basis_extra)
    return Obligation(
        state=cand.state, obligation=kind, treaty=charter.id, article=clause.article,
        strength=clause.strength, basis=basis, strength_level=clause.strength_level,
        conditional=bool(pending), conditions=tuple(pending),
        uncertain=uncertain or cand.scope.result == "uncertain" or clause.verified != "yes",
        text=clause.text, source=clause.source,
    )


def _apply_attacker(base: Base, victim: str, attacker: str, *, full: bool = True
                    ) -> tuple[list[Obligation], list[NotCovered], list[Violation]]:
    """The answer for one attacker; ``full=False`` skips what only a single answer shows (sorting, the
    not-covered list and breaches) for bulk runs.

    A candidate's outcome depends on a state attacker only through whether the clause names it and whether it
    is a party; for attackers the clause does not name, the outcome is computed once per case and kept."""
    best: dict[tuple[str, str], Obligation] = {}
    others: dict[tuple[str, str], list[str]] = {}
    refused: dict[tuple[str, str], NotCovered] = {}
    for cand in base.candidates:
        key = (cand.state, cand.charter.id)
        if cand.state == attacker:
            refused.setdefault(key, NotCovered(cand.state, cand.charter.id, f"{cand.state} is the attacker",
                                               cand.clause.article))
            continue
        if attacker in SPECIAL_ATTACKERS or attacker in cand.named:
            outcome = _evaluate(cand, victim, attacker, base.day)
        else:
            is_party = attacker in cand.parties
            outcome = cand.outcomes.get(is_party)
            if outcome is None:
                outcome = _evaluate(cand, victim, attacker, base.day)
                cand.outcomes[is_party] = outcome
        if isinstance(outcome, NotCovered):
            refused.setdefault(key, outcome)
            continue
        ob, kind = outcome, outcome.obligation
        current = best.get(key)
        if current is None or KIND_RANK.get(kind, 50) < KIND_RANK.get(current.obligation, 50):
            if current is not None:
                others.setdefault(key, []).append(f"Art. {current.article} ({current.obligation})")
            best[key] = ob
        else:
            others.setdefault(key, []).append(f"Art. {ob.article} ({kind})")
    obligations = []
    for key, ob in best.items():
        if key in others:
            ob = _replace(ob, basis=ob.basis + "; also " + ", ".join(others[key]))
        obligations.append(ob)
    obligations += [ob for ob in base.atop if ob.state != attacker]
    if not full:
        return obligations, [], []
    bound_keys = set(best)
    not_covered = [n for n in base.not_covered if (n.state, n.treaty) not in bound_keys]
    not_covered += [n for k, n in refused.items() if k not in bound_keys]
    violations = []
    if attacker not in SPECIAL_ATTACKERS:
        for charter, clause, parties in base.non_aggression:
            if attacker in _obliged(clause, parties) and _protects(clause, parties, victim):
                violations.append(Violation(attacker, charter.id, clause.article, clause.kind, _quote(clause.text)))
    obligations.sort(key=lambda o: (KIND_RANK.get(o.obligation, 50), o.atop_coded, o.treaty, o.state))
    not_covered.sort(key=lambda n: (n.treaty, n.state))
    return obligations, not_covered, violations


def _basis(victim: str, loc: Location, day: dt.date, charter: Charter, clause: Clause, scope: ScopeVerdict) -> str:
    """Why the clause binds, in words (everything but the attacker-dependent parts)."""
    where = scope.entry.description if scope.entry else ""
    return (
        f"armed attack on {victim} ({loc.place}) on {day}"
        + (f"; within {where}" if where else "")
        + (f" [uncertain: {scope.detail}]" if scope.result == "uncertain" else "")
        + f"; {charter.short_name} Art. {clause.article}: {_quote(clause.text)}"
    )


def _replace(ob: Obligation, **changes) -> Obligation:
    from dataclasses import replace

    return replace(ob, **changes)


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return "\u201c" + text + "\u201d"


# --------------------------------------------------------------------------------------------------------------
# Public API


def charters_for(extra: Iterable[Charter] = ()) -> tuple[Charter, ...]:
    """The bundled charters in force in the real world (hypothetical proposals left out), with ``extra`` ones
    added (an extra charter replaces a bundled one of its id)."""
    from foedus.treaties.loader import bundled_charters

    merged = {k: c for k, c in bundled_charters().items() if not c.hypothetical}
    for c in extra:
        merged[c.id] = c
    return tuple(merged.values())


def obligations(
    target: str,
    at: tuple[float, float] | str,
    date: str | dt.date,
    *,
    attacker: str = "UNKNOWN",
    asset: str = "territory",
    charters: Iterable[Charter] | None = None,
    extra_charters: Iterable[Charter] = (),
    include_atop: bool = True,
) -> Answer:
    """Who is bound to defend or consult when an armed attack hits ``at`` (lat, lon) in ``target`` on ``date``.

    ``attacker``: a state, ``UNKNOWN`` (default) or ``NONSTATE``. ``asset``: territory (default),
    armed_forces, public_vessel or aircraft. ``extra_charters`` adds hypothetical treaties for this query
    only; ``charters`` replaces the whole set.
    """
    from foedus.dates import parse_date

    victim = canonical_state(target)
    lat, lon = parse_point(at) if isinstance(at, str) else check_coordinates(*at)
    day = parse_date(date)
    attacker = canonical_state(attacker, allow_special=True)
    asset = check_asset(asset)
    if attacker == victim:
        raise BadInputError(f"attacker and target are both {victim}; give two different states")
    pool = tuple(charters) if charters is not None else charters_for(extra_charters)
    base = _base(victim, lat, lon, day, asset, _pool_key(pool), include_atop)
    obs, nc, violations = _apply_attacker(base, victim, attacker)
    loc = base.location
    answer = Answer(
        query=Query(victim, lat, lon, day, attacker, asset),
        location={
            "place": loc.place, "administered_by": loc.administered_by, "on_land": loc.on_land,
            "claimed_by": list(loc.claimed_by), "dependency": loc.dependency, "notes": loc.notes,
        },
        obligations=obs, not_covered=nc, violations=violations, notes=list(base.notes),
        on_request=[dict(r, states=[s for s in r["states"] if s != attacker]) for r in base.on_request],
    )
    return answer


GENERIC_ATTACKER = "OTHER"  # any state that plays no part in the treaties that protect the target


def all_pairs(capitals: dict[str, tuple[float, float]], date: dt.date, *, include_atop: bool = True,
              charters: Iterable[Charter] | None = None):
    """Obligations for every ordered pair (attacker, target) of the given states, attack on ``capitals[target]``.

    Returns a polars DataFrame with one row per (attacker, target, state bound, treaty): columns attacker,
    target, state, obligation, treaty, article, conditional, atop_coded. For each target the answer is computed
    once for a generic attacker and again only for the attackers that can change it (see
    :meth:`Base.relevant_attackers`); the generic rows are then joined to every other attacker.
    """
    import polars as pl

    pool = tuple(charters) if charters is not None else charters_for()
    key = _pool_key(pool)
    schema = _pair_schema()
    states = list(capitals)
    cols: dict[str, list] = {c: [] for c in ("attacker", "target", "state", "obligation", "treaty", "article",
                                             "conditional", "atop_coded")}
    generic_cols: dict[str, list] = {c: [] for c in cols if c != "attacker"}
    pairs_generic: dict[str, list] = {"attacker": [], "target": []}

    def add(out: dict[str, list], attacker: str | None, target: str, obs: list[Obligation]) -> None:
        n = len(obs)
        if attacker is not None:
            out["attacker"].extend([attacker] * n)
        out["target"].extend([target] * n)
        out["state"].extend([o.state for o in obs])
        out["obligation"].extend([o.obligation for o in obs])
        out["treaty"].extend([o.treaty for o in obs])
        out["article"].extend([o.article for o in obs])
        out["conditional"].extend([o.conditional for o in obs])
        out["atop_coded"].extend([o.atop_coded for o in obs])

    for target in states:
        lat, lon = capitals[target]
        base = _base(target, lat, lon, date, "territory", key, include_atop)
        relevant = base.relevant_attackers()
        add(generic_cols, None, target, _apply_attacker(base, target, GENERIC_ATTACKER, full=False)[0])
        for attacker in states:
            if attacker == target:
                continue
            if attacker in relevant:
                add(cols, attacker, target, _apply_attacker(base, target, attacker, full=False)[0])
            else:
                pairs_generic["attacker"].append(attacker)
                pairs_generic["target"].append(target)
    specific = pl.DataFrame(cols, schema=schema)
    generic = pl.DataFrame(pairs_generic, schema={"attacker": pl.Utf8, "target": pl.Utf8}).join(
        pl.DataFrame(generic_cols, schema={k: v for k, v in schema.items() if k != "attacker"}),
        on="target", how="inner",
    ).filter(pl.col("state") != pl.col("attacker")).select(list(schema))
    return pl.concat([specific, generic])


def _pair_schema():
    import polars as pl

    return {"attacker": pl.Utf8, "target": pl.Utf8, "state": pl.Utf8, "obligation": pl.Utf8, "treaty": pl.Utf8,
            "article": pl.Utf8, "conditional": pl.Boolean, "atop_coded": pl.Boolean}
