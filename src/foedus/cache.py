"""A warm-start cache: objects that take long to build from the bundled files (validated charters, the
gazetteer, the name index) are pickled once and reused by later processes, so the command line starts fast.

Each cached value is keyed by the foedus version and the size and modification time of every input file;
any change to an input rebuilds it. The cache lives in ``$FOEDUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/foedus``,
else ``~/.cache/foedus``; ``FOEDUS_CACHE_DIR=off`` disables it. A cache that cannot be read or written is
ignored (the value is then built in memory), and files are written atomically.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
FORMAT = 1


def cache_dir() -> Path | None:
    configured = os.environ.get("FOEDUS_CACHE_DIR")
    if configured:
        return None if configured.lower() == "off" else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "foedus"


def _key(name: str, inputs: Iterable[Path]) -> str:
    from foedus import __version__

    digest = hashlib.sha256(f"{name}|{__version__}|{FORMAT}".encode())
    for path in sorted(inputs):
        stat = path.stat()
        digest.update(f"|{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T]) -> T:
    """The value ``build()`` for these input files, from the on-disk cache when it is current."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{_key(name, list(inputs))}.pickle"
    except OSError:
        return build()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, stale or unreadable: rebuild
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - a read-only home or full disk must not break a query
        pass
    return value
