"""The assessment as Markdown: the same tables and numbers as the HTML report, without charts."""

from __future__ import annotations

import polars as pl

from foedus.report.tables import fmt, side_by_side


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_md(frame: pl.DataFrame) -> str:
    """A GitHub-flavoured Markdown table of ``frame`` (all rows)."""
    if frame.is_empty():
        return "_(no rows)_\n"
    cols = frame.columns
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in frame.iter_rows(named=True):
        lines.append("| " + " | ".join(_escape(fmt(r[c], c)) for c in cols) + " |")
    return "\n".join(lines) + "\n"


def render_markdown(assessment) -> str:
    """The whole report as Markdown."""
    from foedus.assess.model import SECTIONS

    everyone = [assessment, *assessment.comparisons]
    out = [f"# foedus assessment: {assessment.name}", "",
           f"Date {assessment.date}; adversaries {', '.join(assessment.adversaries)}; compared with: "
           f"{', '.join(c.alliance for c in assessment.comparisons) or 'none'}. Data years are the latest available "
           "up to the date; 'no data' is missing, never 0.", "", "## Side by side", ""]
    out.append("| | " + " | ".join(a.alliance for a in everyone) + " |")
    out.append("|---|" + "---|" * len(everyone))
    for label, cells in side_by_side(everyone):
        out.append(f"| {_escape(label)} | " + " | ".join(_escape(c) for c in cells) + " |")
    for a in everyone:
        c = a.summary["network"]
        out += ["", f"## {a.name} ({a.alliance})", "",
                f"Pairs bound before: {c['bound_before']}, after: {c['bound_after']}; new: {c['new']} "
                f"(of {c['ordered_pairs']} ordered pairs).", ""]
        out += [f"- {n}" for n in a.notes]
        out += ["", f"Burden formula: {a.summary['formula_burden']}.", ""]
        out += [f"- {k}: {t['share'] * 100:g}% — {t['source']} <{t['url']}>" for k, t in a.summary["targets"].items()]
        for name, frame in a.sections.items():
            title, what = SECTIONS.get(name, (name, ""))
            out += ["", f"### {title}", "", f"_{what}_", "", table_md(frame)]
    return "\n".join(out) + "\n"
