"""Turning what a user types (``MYS``, ``Malaysia``, ``Viet Nam``, ``Euratom``, ``Taiwan``) into a partner id.

States are resolved by :func:`foedus.data.resolve_state` (the shared state list); this module only adds the
two international organisations that hold US 123 agreements (EURATOM, IAEA) and Taiwan, whose agreement is
concluded between the American Institute in Taiwan and TECRO.
"""

from __future__ import annotations

from pydantic import BaseModel

from foedus.errors import UnknownStateError

ORGANISATIONS: dict[str, str] = {
    "EURATOM": "European Atomic Energy Community (Euratom)",
    "IAEA": "International Atomic Energy Agency (IAEA)",
}
_ALIASES: dict[str, str] = {
    "euratom": "EURATOM",
    "european atomic energy community": "EURATOM",
    "iaea": "IAEA",
    "international atomic energy agency": "IAEA",
    "twn": "TWN",
    "taiwan": "TWN",
    "ait-tecro": "TWN",
    "ait tecro": "TWN",
}


class Partner(BaseModel, frozen=True):
    """A 123 partner: a state (ISO3 id), an organisation (EURATOM, IAEA) or Taiwan (TWN)."""

    id: str
    name: str
    kind: str  # "state" | "organisation" | "taiwan"


def resolve_partner(value: str) -> Partner:
    """Return the partner for a name or code; raise UnknownStateError with suggestions if none matches."""
    text = str(value).strip()
    key = text.lower()
    if key in _ALIASES:
        pid = _ALIASES[key]
        if pid == "TWN":
            return Partner(id="TWN", name="Taiwan", kind="taiwan")
        return Partner(id=pid, name=ORGANISATIONS[pid], kind="organisation")
    if not text:
        raise UnknownStateError(value, ["an ISO3 code such as MYS", "EURATOM", "IAEA"])
    from foedus.data import resolve_state

    state = resolve_state(text)
    if state.iso3 == "TWN":
        return Partner(id="TWN", name="Taiwan", kind="taiwan")
    return Partner(id=state.iso3, name=state.name, kind="state")
