"""Render an assessment as one self-contained HTML file, Markdown or JSON (same numbers in all three)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from foedus.errors import BadInputError

FORMATS = ("html", "json", "md")

__all__ = ["FORMATS", "render", "write_report"]


def render(assessment, fmt: str = "html") -> str:
    """The report text in format ``fmt`` (html, json or md)."""
    if fmt == "html":
        from foedus.report.html import render_html

        return render_html(assessment)
    if fmt == "md":
        from foedus.report.markdown import render_markdown

        return render_markdown(assessment)
    if fmt == "json":
        return json.dumps(assessment.to_dict(), indent=1, ensure_ascii=False, default=str)
    raise BadInputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def write_report(assessment, path: str | Path, fmt: str = "html") -> Path:
    """Render and write atomically (temporary file in the same directory, then os.replace)."""
    path = Path(path)
    text = render(assessment, fmt)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise BadInputError(f"--out {str(path)!r}: directory {str(directory)!r} does not exist")
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
