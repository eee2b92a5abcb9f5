"""Render an assessment as one self-contained HTML file, Markdown or JSON (same numbers in all three)."""

from __future__ import annotations

import json
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
    from foedus.files import write_text_atomically

    return write_text_atomically(path, render(assessment, fmt))
