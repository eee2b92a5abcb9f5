"""The obligation engine: who must defend or consult whom, where and when (see :mod:`.engine`)."""

from foedus.obligations.engine import obligations
from foedus.obligations.model import Answer, NotCovered, Obligation, Query, Violation

__all__ = ["Answer", "NotCovered", "Obligation", "Query", "Violation", "obligations"]
