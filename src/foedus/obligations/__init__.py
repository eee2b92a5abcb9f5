"""The obligation engine: who must defend or consult whom, where and when (see :mod:`.engine`).

Names load on first use, so the command line can import ``foedus.obligations.cli`` cheaply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foedus.obligations.engine import obligations
    from foedus.obligations.model import Answer, NotCovered, Obligation, Query, Violation

__all__ = ["Answer", "NotCovered", "Obligation", "Query", "Violation", "obligations"]


def __getattr__(name: str):
    if name == "obligations":
        from foedus.obligations.engine import obligations

        return obligations
    if name in ("Answer", "NotCovered", "Obligation", "Query", "Violation"):
        from foedus.obligations import model

        return getattr(model, name)
    raise AttributeError(f"module 'foedus.obligations' has no attribute {name!r}")
