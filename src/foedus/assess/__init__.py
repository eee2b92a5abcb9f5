"""Assess an alliance with numbers and law: membership and the obligation network it creates, power, burden
sharing, geography, foreign presence, cohesion, obstacles, history and the nuclear side; side by side with
other alliances (``vs``).

>>> from foedus.assess import assess
>>> a = assess("asia-pacific-formal", vs=["nato"])      # doctest: +SKIP
>>> a.section("power_totals"); a.to_dict()               # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foedus.assess.model import Assessment

__all__ = ["Assessment", "SECTIONS", "assess", "DEFAULT_ADVERSARIES"]

DEFAULT_ADVERSARIES = ("CHN", "PRK")


def _adversaries(values: Iterable[str] | str | None) -> list[str]:
    from foedus.data import resolve_state
    from foedus.errors import BadInputError

    if values is None:
        values = DEFAULT_ADVERSARIES
    if isinstance(values, str):
        values = [v for v in (p.strip() for p in values.split(",")) if v]
    out = []
    for v in values:
        iso = resolve_state(v).iso3
        if iso not in out:
            out.append(iso)
    if not out:
        raise BadInputError("--adversaries is empty; give ISO3 codes separated by commas, e.g. CHN,PRK")
    return out


def assess(
    alliance: str,
    *,
    date: str | dt.date | None = None,
    vs: Iterable[str] = (),
    adversaries: Iterable[str] | str | None = None,
    members: Iterable[str] | str | None = None,
) -> Assessment:
    """Assess ``alliance`` (bundled charter id, charter file path, or ``custom`` with ``members``) on ``date``
    (default today; data years are the latest available up to that date) against ``adversaries`` (default
    CHN, PRK); each alliance in ``vs`` is assessed the same way and attached as a comparison."""
    from foedus.assess.build import build
    from foedus.dates import parse_date

    day = parse_date(date)
    advs = _adversaries(adversaries)
    main = build(alliance, day, advs, list(members) if members and not isinstance(members, str) else members)
    for other in vs:
        main.comparisons.append(build(other, day, advs, None))
    return main


def __getattr__(name: str):
    """``Assessment`` and ``SECTIONS`` load on first use (they need polars; the CLI imports this package)."""
    if name in ("Assessment", "SECTIONS"):
        from foedus.assess import model

        return getattr(model, name)
    raise AttributeError(f"module 'foedus.assess' has no attribute {name!r}")
