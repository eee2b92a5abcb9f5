"""Civil nuclear cooperation: the US section 123 agreement registry, partner profiles, the nine statutory
requirements of AEA sec. 123 a. as executable rules, and the congressional review clock.

Public API (heavy modules are imported on first use so ``import foedus.nuclear`` stays light)::

    agreements(date=None) -> polars.DataFrame      # every agreement, with in_force on that date
    profile(partner, date=None) -> Profile          # NPT / safeguards / AP / SQP / NWFZ on that date
    check(partner, date=None) -> CheckResult        # 123 a.(1)-(9) met / not met / unknown, with reasons
    earliest_entry_into_force(submitted, adjournments=..., exempt=False) -> ReviewClock
    status_for(iso3, date=None) -> dict             # short summary for alliance assessments
"""

from __future__ import annotations

from typing import Any

__all__ = ["agreements", "profile", "check", "earliest_entry_into_force", "status_for"]


def agreements(date: Any = None) -> Any:
    """Every US 123 agreement as a polars DataFrame with ``in_force`` on ``date`` (default today)."""
    from foedus.nuclear.api import agreements as _impl

    return _impl(date)


def profile(partner: str, date: Any = None) -> Any:
    """The non-proliferation profile of ``partner`` as it stood on ``date`` (default today)."""
    from foedus.nuclear.profiles import profile_on

    return profile_on(partner, date)


def check(partner: str, date: Any = None) -> Any:
    """Evaluate the nine requirements of AEA sec. 123 a. for ``partner`` on ``date`` (default today)."""
    from foedus.nuclear.rules import check as _impl

    return _impl(partner, date)


def earliest_entry_into_force(submitted: Any, adjournments: Any = None, exempt: bool = False) -> Any:
    """The earliest date the congressional review of an agreement submitted on ``submitted`` completes."""
    from foedus.nuclear.clock import earliest_entry_into_force as _impl

    return _impl(submitted, adjournments=adjournments, exempt=exempt)


def status_for(iso3: str, date: Any = None) -> dict[str, Any]:
    """Short summary for one state on ``date``: 123 agreement in force?, since, expiry, NPT/CSA/AP/NWFZ."""
    from foedus.nuclear.api import status_for as _impl

    return _impl(iso3, date)
