"""Alliances that ATOP 5.1 codes but foedus has no charter for, as "ATOP-coded" obligations.

ATOP records, member by member, whether each member promised to defend or consult its partners (and whether
the promise is conditional), but not which places a promise covers. So these obligations carry no geography:
the basis says so, and a hand-encoded charter (listing the ATOP ids it encodes in ``atop_ids``) replaces them.
ATOP 5.1 ends on 2018-12-31; for later dates the alliances in force at its end are assumed unchanged.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from foedus.obligations.model import Obligation

ATOP_END = dt.date(2018, 12, 31)

# ATOP 5.1 member-level condition details (codebook): which kind of condition limits the promise.
CONDITION_COLUMNS = ("defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr",
                     "concoadv", "concoloc", "concocon", "concoreq")
CONDITION_TEXT = {
    "defcoadv": "only against a specific adversary",
    "defcoloc": "only for attacks in a specific location (not encoded in foedus)",
    "defcocon": "only in a specific conflict",
    "defconum": "only depending on the number of adversaries",
    "defcodem": "only if demands are not met",
    "defconpr": "only if the partner did not provoke the attack",
    "concoadv": "only concerning a specific adversary",
    "concoloc": "only for events in a specific location (not encoded in foedus)",
    "concocon": "only in a specific conflict",
    "concoreq": "only at a partner's request",
}


@cache
def _members() -> dict[str, list[tuple]]:
    from foedus.cache import cached
    from foedus.data.registry import TABLE_DIR

    return cached("atop-members", [TABLE_DIR / "atop_members.parquet"], _build_members)


def _build_members() -> dict[str, list[tuple]]:
    """iso3 -> membership rows (atopid, iso3, entry, exit, defense, consul, defcon, concon, obvary, then the
    condition details of :data:`CONDITION_COLUMNS`)."""
    import polars as pl

    from foedus.data import table

    frame = table("atop_members").filter(pl.col("iso3").is_not_null()).select(
        "atopid", "iso3", "entry", "exit", "defense", "consul", "defcon", "concon", "obvary",
        *CONDITION_COLUMNS,
    )
    by_state: dict[str, list[tuple]] = {}
    for row in frame.iter_rows():
        by_state.setdefault(row[1], []).append(row)
    return by_state


@cache
def _by_alliance() -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for rows in _members().values():
        for row in rows:
            out.setdefault(row[0], []).append(row)
    return out


def _active(row: tuple, day: dt.date) -> bool:
    return row[2] <= day and (row[3] is None or day <= row[3])


def atop_coded(victim: str, day: dt.date, overridden: set[int]) -> tuple[list[Obligation], str]:
    """Defence and consultation promises that ATOP codes toward ``victim`` on ``day``, minus ``overridden``."""
    lookup = min(day, ATOP_END)
    note = ""
    if day > ATOP_END:
        note = "ATOP 5.1 ends on 2018-12-31: ATOP-coded alliances are taken as they stood then"
    out: list[Obligation] = []
    seen: set[tuple[str, int]] = set()
    for row in _members().get(victim, ()):
        atopid = row[0]
        if atopid in overridden or not _active(row, lookup):
            continue
        for other in _by_alliance()[atopid]:
            state = other[1]
            if state == victim or not _active(other, lookup) or (state, atopid) in seen:
                continue
            defense, consul, defcon, concon, obvary = other[4], other[5], other[6], other[7], other[8]
            details = dict(zip(CONDITION_COLUMNS, other[9:], strict=True))
            if defense == 1:
                kind, conditional, prefix = "defend", defcon == 1, "def"
            elif consul == 1:
                kind, conditional, prefix = "consult", concon == 1, "con"
            else:
                continue
            seen.add((state, atopid))
            conditions = [f"ATOP: {text}" for col, text in CONDITION_TEXT.items()
                          if col.startswith(prefix) and details[col] == 1]
            if conditional and not conditions:
                conditions.append("ATOP codes this promise as conditional (see the ATOP 5.1 member file)")
            if obvary == 1:
                conditions.append("ATOP: this member's obligations vary by partner; may not run toward the victim")
            out.append(Obligation(
                state=state, obligation=kind, treaty=f"atop-{atopid}", article="ATOP-coded",
                strength="as coded by ATOP 5.1 (treaty text not encoded in foedus)",
                basis=(f"ATOP 5.1 alliance {atopid} codes a {('defence' if kind == 'defend' else 'consultation')} "
                       f"promise by {state} to its partners, {victim} among them; no geography encoded"),
                strength_level="undertaking", conditional=bool(conditions), conditions=tuple(conditions),
                uncertain=True, atop_coded=True, source="ATOP 5.1 member-level file (Leeds et al. 2002)",
            ))
    return out, note
