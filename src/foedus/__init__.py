"""foedus: security alliances made executable.

Treaties as dated, cited data; an engine that says who is bound to defend or consult whom when an armed attack
hits a place on a date; assessments of alliances on real data. Public API (each returns polars DataFrames or
plain objects; heavy modules load on first use):

- :mod:`foedus.data` - bundled reference tables and the state resolver (``resolve_state``, ``cite``).
- :mod:`foedus.obligations` - ``obligations(target, at, date, ...)``.
"""

from __future__ import annotations

__version__ = "0.1.0"


def __getattr__(name: str):  # lazy re-exports keep `import foedus` fast
    import importlib

    data_names = {"resolve_state", "cite", "table", "list_tables"}
    if name in data_names:
        return getattr(importlib.import_module("foedus.data"), name)
    if name == "obligations":
        return importlib.import_module("foedus.obligations").obligations
    raise AttributeError(f"module 'foedus' has no attribute {name!r}")
