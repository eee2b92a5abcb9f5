"""Saving user-visible files so that saved work is never lost or half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from foedus.errors import BadInputError


def write_text_atomically(path: str | Path, text: str, *, option: str = "--out") -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename it into place.

    An existing file is replaced only once the new one is complete; a missing folder is a one-line error
    naming ``option``.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise BadInputError(f"{option} {str(path)!r}: directory {str(directory)!r} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the file ordinary permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
