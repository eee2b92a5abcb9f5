"""Resolve any state name or code to one canonical :class:`State`, and ask who was in the state system when.

Resolution order (all from shipped tables; no country_converter or pandas at run time, so the CLI starts fast):

1. a Correlates of War number (int or digit string): the state holding that code (on ``on`` if given, else
   its latest holder: 365 -> Russia, 345 -> Serbia, 260 -> Germany);
2. exact lookup of the normalized text (casefold, accents and punctuation stripped) in the ``aliases`` table
   (ISO3, ISO2, CoW/G-W abbreviations, English short/official names, CoW/G-W names, a few foedus additions).
   When kinds disagree the higher-priority kind wins (ISO3 "AUS" is Australia, not CoW's Austria); two states
   at the same priority is ambiguous and fails listing the candidates;
3. country_converter's regexes (shipped in ``states.cc_regex``): exactly one match resolves, several fail
   as ambiguous;
4. otherwise :class:`~foedus.errors.UnknownStateError` with the three closest names (difflib).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from foedus.errors import BadInputError, UnknownStateError

if TYPE_CHECKING:
    import polars as pl

SYSTEMS = ("cow", "gw")


@dataclass(frozen=True)
class State:
    """One canonical state and its codes in the ISO, Correlates of War and Gleditsch-Ward systems."""

    iso3: str
    iso2: str | None
    iso_numeric: int | None
    ccode: int | None
    gwcode: int | None
    cow_abbrev: str | None
    name: str

    def __str__(self) -> str:
        return f"{self.name} ({self.iso3})"


def normalize(text: str) -> str:
    """Same normalization as the build (casefold, no accents or punctuation, single spaces)."""
    from foedus.data.names import normalize as _normalize

    return _normalize(text)


@cache
def _names() -> tuple[dict[str, State], dict[str, list[tuple[int, str]]], list[tuple[str, str]]]:
    """(states by iso3, aliases, regexes): the name index, kept in the warm-start cache (no polars needed)."""
    from foedus.cache import cached
    from foedus.data.registry import TABLE_DIR

    inputs = [TABLE_DIR / "states.parquet", TABLE_DIR / "aliases.parquet"]
    return cached("names", inputs, _build_names)


def _build_names() -> tuple[dict[str, State], dict[str, list[tuple[int, str]]], list[tuple[str, str]]]:
    import polars as pl

    from foedus.data import table

    states_frame = table("states")
    states = {
        r["iso3"]: State(r["iso3"], r["iso2"], r["iso_numeric"], r["ccode"], r["gwcode"], r["cow_abbrev"], r["name"])
        for r in states_frame.iter_rows(named=True)
    }
    aliases: dict[str, list[tuple[int, str]]] = {}
    for alias, iso3, priority in table("aliases").select("alias", "iso3", "priority").iter_rows():
        aliases.setdefault(alias, []).append((priority, iso3))
    regexes = [
        (r["iso3"], r["cc_regex"])
        for r in states_frame.filter(pl.col("cc_regex").is_not_null()).iter_rows(named=True)
    ]
    return states, aliases, regexes


def _system():
    """The state_system table (polars DataFrame)."""
    from foedus.data import table

    return table("state_system")


@cache
def _compiled_regexes() -> list[tuple[str, re.Pattern[str]]]:
    """country_converter's regexes, compiled only when an exact alias lookup has failed."""
    return [(iso3, re.compile(rx, re.IGNORECASE)) for iso3, rx in _names()[2]]


def all_states() -> list[State]:
    """Every canonical state foedus knows, sorted by iso3."""
    return list(_names()[0].values())


def _by_code(code: int, on: dt.date | None) -> State | None:
    import polars as pl

    states, system = _names()[0], _system()
    spells = system.filter((pl.col("system") == "cow") & (pl.col("code") == code))
    if spells.is_empty():
        return None
    if on is not None:
        now = spells.filter((pl.col("start") <= on) & (pl.col("end").is_null() | (pl.col("end") >= on)))
        if now.height:
            return states[now["iso3"][0]]
    latest = spells.with_columns(pl.col("end").fill_null(dt.date.max)).sort("end")["iso3"][-1]
    return states[latest]


def resolve_state(name: str | int | State, on: str | dt.date | None = None) -> State:
    """Return the canonical :class:`State` for a name, ISO3/ISO2 code, CoW number or abbreviation.

    ``on`` (optional date) only chooses between states sharing a CoW number (365 on 1980-01-01 is the USSR);
    a state outside the system on that date still resolves (see :func:`in_system`).
    """
    if isinstance(name, State):
        return name
    day = None
    if on is not None:
        from foedus.dates import parse_date

        day = parse_date(on, field="on")
    states, aliases, _ = _names()
    text = str(name).strip()
    if isinstance(name, bool) or not text:
        raise UnknownStateError(name)
    if isinstance(name, int) or text.isdigit():
        found = _by_code(int(text), day)
        if found is None:
            raise UnknownStateError(name, ["a Correlates of War code such as 2 (USA) or 732 (South Korea)"])
        return found
    key = normalize(text)
    hits = aliases.get(key)
    if hits:
        best = min(p for p, _ in hits)
        candidates = sorted({iso for p, iso in hits if p == best})
        if len(candidates) == 1:
            return states[candidates[0]]
        _ambiguous(name, candidates)
    matched = sorted({iso for iso, rx in _compiled_regexes() if rx.search(text)})
    if len(matched) == 1:
        return states[matched[0]]
    if len(matched) > 1:
        _ambiguous(name, matched)
    raise UnknownStateError(name, suggest(text))


def _ambiguous(name: object, candidates: list[str]) -> None:
    states = _names()[0]
    listed = ", ".join(str(states[c]) for c in candidates)
    raise BadInputError(f"ambiguous state {name!r}: matches {listed}; give the ISO3 code")


def suggest(text: str, n: int = 3) -> list[str]:
    """The ``n`` state names closest to ``text`` (difflib over names and aliases)."""
    states, aliases, _ = _names()
    key = normalize(text)
    close = difflib.get_close_matches(key, list(aliases), n=12, cutoff=0.5)
    out: list[str] = []
    for alias in close:
        iso = min(aliases[alias])[1]
        label = states[iso].name
        if label not in out:
            out.append(label)
        if len(out) == n:
            break
    return out


def spells(state: str | int | State, system: str = "cow") -> pl.DataFrame:
    """Membership spells (start, end; end null = continuing) of ``state`` in ``system`` ("cow" or "gw")."""
    import polars as pl

    if system not in SYSTEMS:
        raise BadInputError(f"unknown system {system!r}; use one of {', '.join(SYSTEMS)}")
    s = resolve_state(state)
    return _system().filter((pl.col("system") == system) & (pl.col("iso3") == s.iso3))


def in_system(state: str | int | State, date: str | dt.date, system: str = "cow") -> bool:
    """Whether ``state`` was a member of the CoW (or G-W) system on ``date`` (open spells continue)."""
    import polars as pl

    from foedus.dates import parse_date

    day = parse_date(date)
    found = spells(state, system).filter(
        (pl.col("start") <= day) & (pl.col("end").is_null() | (pl.col("end") >= day))
    )
    return found.height > 0


def states_in_system(date: str | dt.date, system: str = "cow") -> list[State]:
    """All states that were members of ``system`` on ``date``; spells open at the list's end count as ongoing."""
    import polars as pl

    from foedus.dates import parse_date

    if system not in SYSTEMS:
        raise BadInputError(f"unknown system {system!r}; use one of {', '.join(SYSTEMS)}")
    day = parse_date(date)
    states, system_frame = _names()[0], _system()
    iso = (
        system_frame.filter(
            (pl.col("system") == system)
            & (pl.col("start") <= day)
            & (pl.col("end").is_null() | (pl.col("end") >= day))
        )["iso3"]
        .unique()
        .sort()
    )
    return [states[i] for i in iso]


def capital(state: str | int | State, on: str | dt.date | None = None, system: str = "cow") -> tuple[str, float, float]:
    """(capital name, latitude, longitude) of ``state`` on ``on`` (default today) from the ``capitals`` table.

    Falls back to the other system's list when ``system`` has no capital for the state on that date.
    """
    import polars as pl

    from foedus.data import table
    from foedus.dates import parse_date

    s = resolve_state(state)
    day = parse_date(on, field="on")
    held = _system().filter(
        (pl.col("iso3") == s.iso3) & (pl.col("start") <= day) & (pl.col("end").is_null() | (pl.col("end") >= day))
    )
    held_keys = pl.concat_str("system", pl.col("code").cast(pl.Utf8)).is_in(
        [f"{a}{b}" for a, b in held.select("system", "code").iter_rows()]
    )
    mine = pl.col("iso3") == s.iso3
    if s.ccode is not None:
        mine |= (pl.col("system") == "cow") & (pl.col("code") == s.ccode)
    if s.gwcode is not None:
        mine |= (pl.col("system") == "gw") & (pl.col("code") == s.gwcode)
    caps = table("capitals").filter(
        mine & (pl.col("start") <= day) & (pl.col("end").is_null() | (pl.col("end") >= day))
    )
    # capitals are dated generously: prefer the code the state actually held that day, then ``system``
    caps = caps.with_columns(held_keys.alias("_held")).sort(
        [pl.col("_held"), pl.col("system") == system, pl.col("start")], descending=True
    )
    if caps.is_empty():
        raise BadInputError(f"no capital recorded for {s} on {day}; the capitals table covers 1816-2024")
    row = caps.row(0, named=True)
    return row["capital"], float(row["lat"]), float(row["lon"])


def _ccode(state: str | int | State) -> int:
    s = resolve_state(state)
    if s.ccode is None:
        raise BadInputError(f"{s} has no Correlates of War code")
    return s.ccode


def min_distance(a: str | int | State, b: str | int | State, year: int) -> float | None:
    """Minimum distance in km between ``a`` and ``b`` on 1 January of ``year`` (CShapes via peacesciencer).

    None when the year is outside 1886-2019 or either state was not in the CoW system that year
    (missing, never 0); 0.0 means the two states touch.
    """
    import polars as pl

    from foedus.data import table
    from foedus.dates import check_year

    check_year(year)
    c1, c2 = sorted((_ccode(a), _ccode(b)))
    if c1 == c2:
        return 0.0
    hit = table("mindist").filter((pl.col("ccode1") == c1) & (pl.col("ccode2") == c2) & (pl.col("year") == year))
    return float(hit["mindist"][0]) if hit.height else None


def contiguous(a: str | int | State, b: str | int | State, on: str | dt.date) -> int | None:
    """CoW direct-contiguity type of ``a`` and ``b`` on ``on`` (1 land ... 5 <=400 miles of water), else None.

    Spells running at the end of the data (2016) are treated as continuing.
    """
    import polars as pl

    from foedus.data import table
    from foedus.dates import parse_date

    day = parse_date(on, field="on")
    c1, c2 = _ccode(a), _ccode(b)
    hit = table("contiguity").filter(
        (pl.col("ccode1") == c1) & (pl.col("ccode2") == c2) & (pl.col("start") <= day)
        & (pl.col("end").is_null() | (pl.col("end") >= day))
    )
    return int(hit["conttype"].min()) if hit.height else None
