"""Questions about ATOP 5.1 alliances: which alliances a state is in, and what it owes whom.

Semantics (ATOP codebook 5.1, section 2.33): obligations are promises made by *each member* to its partners
in the alliance: defense (aid a partner attacked), offense (join a partner's attack), neutrality (not aid a
partner's adversary), non-aggression (not attack partners), consultation (consult partners in a crisis).
``defcon``/``offcon``/``neucon``/``concon`` = 1 when the promise holds only under conditions (a specific
adversary, location, ongoing conflict, number of adversaries, demands met, non-provocation, attack,
request...).

Membership in force on a date: ``entry <= date`` and (``exit`` null or ``date <= exit``). An exit that is
null means ATOP found the alliance in force on 2018-12-31 (the end of its coverage); foedus treats it as
continuing, so answers for later dates assume nothing changed after 2018.

Limits: when ATOP marks a member's obligations as differing by partner (``obvary`` = 1) the member file does
not say toward whom; :func:`bound_toward` then reports the obligation and flags ``varies_by_partner``.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

OBLIGATION_NAMES = {
    "defense": ("defense", "defcon"),
    "offense": ("offense", "offcon"),
    "neutral": ("neutrality", "neucon"),
    "nonagg": ("nonaggression", "nonagg"),  # non-aggression has no condition dummy in ATOP
    "consul": ("consultation", "concon"),
}

RESULT_SCHEMA = {
    "atopid": pl.Int16, "obligation": pl.Utf8, "conditional": pl.Boolean, "begin": pl.Date, "end": pl.Date,
    "varies_by_partner": pl.Boolean,
}


def _in_force(frame: pl.DataFrame, day: dt.date) -> pl.DataFrame:
    return frame.filter((pl.col("entry") <= day) & (pl.col("exit").is_null() | (pl.col("exit") >= day)))


def _ccodes(state) -> list[int]:
    """Every CoW code the state has held (Germany: 255 and 260), since ATOP codes members by CoW code."""
    from foedus.data import table
    from foedus.data.states import resolve_state

    s = resolve_state(state)
    spells = table("state_system").filter((pl.col("system") == "cow") & (pl.col("iso3") == s.iso3))
    codes = set(spells["code"].to_list()) | ({s.ccode} if s.ccode is not None else set())
    return sorted(codes)


def _members_on(state, day: dt.date) -> pl.DataFrame:
    from foedus.data import table

    return _in_force(table("atop_members").filter(pl.col("member").is_in(_ccodes(state))), day)


def atop_alliances_of(state: str | int, date: str | dt.date) -> pl.DataFrame:
    """The ATOP alliances in which ``state`` is a member on ``date``, with its own obligations.

    One row per alliance (and phase): atopid, phase, entry, exit (null = in force at the end of ATOP, 2018),
    the member's defense/offense/neutral/nonagg/consul flags and condition summaries, plus the alliance's
    number of members and begin/end dates.
    """
    from foedus.data import table
    from foedus.dates import parse_date

    day = parse_date(date)
    mine = _members_on(state, day).select(
        "atopid", "phase", "entry", "exit", "defense", "offense", "neutral", "nonagg", "consul",
        "defcon", "offcon", "neucon", "concon", "obvary",
    )
    alliances = table("atop_alliances").select("atopid", "begin", "end", "n_members", "specthrt")
    return mine.join(alliances, on="atopid", how="left").sort("atopid", "phase")


def bound_toward(state_x: str | int, state_y: str | int, date: str | dt.date) -> pl.DataFrame:
    """ATOP obligations that bind ``state_x`` toward ``state_y`` on ``date``.

    Lists the alliances in force on ``date`` in which both are members and X's own (member-specific)
    obligations include defense, offense, neutrality, non-aggression or consultation; one row per
    obligation with ``conditional`` (X's condition dummy), ``begin``/``end`` (the overlap of the two
    memberships; end null = open after 2018) and ``varies_by_partner`` (ATOP obvary: X's obligations differ
    by partner, so this one may not run toward Y).
    """
    from foedus.dates import parse_date

    day = parse_date(date)
    xs = _members_on(state_x, day)
    ys = _members_on(state_y, day).select("atopid", pl.col("entry").alias("y_entry"), pl.col("exit").alias("y_exit"))
    both = xs.join(ys.unique("atopid"), on="atopid", how="inner")
    rows = []
    for r in both.iter_rows(named=True):
        for column, (label, condition) in OBLIGATION_NAMES.items():
            if r[column] != 1:
                continue
            ends = [e for e in (r["exit"], r["y_exit"]) if e is not None]
            rows.append({
                "atopid": r["atopid"],
                "obligation": label,
                "conditional": bool(r[condition]) if column != "nonagg" else False,
                "begin": max(r["entry"], r["y_entry"]),
                "end": min(ends) if ends else None,
                "varies_by_partner": bool(r["obvary"]),
            })
    frame = pl.DataFrame(rows, schema=RESULT_SCHEMA)
    return frame.unique(["atopid", "obligation"], keep="first").sort("atopid", "obligation")
