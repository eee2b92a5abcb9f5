"""One self-contained HTML file: tables, and Vega-Lite charts rendered by the vendored vega, vega-lite and
vega-embed scripts (``report/static/``, BSD-3-Clause) inlined in the page; nothing is fetched when it opens."""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path

import polars as pl

from foedus.report import vega
from foedus.report.tables import fmt, side_by_side

STATIC = Path(__file__).parent / "static"
SCRIPTS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
COLLAPSE_ROWS = 40  # longer tables are folded into <details>

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#1a202c}
h1{font-size:1.6em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.5em}
table{border-collapse:collapse;margin:.5em 0;font-size:12.5px}th,td{border:1px solid #cbd5e0;padding:2px 6px;text-align:left;vertical-align:top}
th{background:#edf2f7}td.num{text-align:right;font-variant-numeric:tabular-nums}td.nd{color:#a0aec0;font-style:italic}
.note{color:#4a5568;font-size:12.5px}.chart{margin:1em 0;min-height:60px}.warn{background:#fffaf0;border-left:4px solid #dd6b20;padding:.4em .8em}
details summary{cursor:pointer;color:#2b6cb0}
"""


@cache
def _scripts() -> str:
    parts = []
    for name in SCRIPTS:
        text = (STATIC / name).read_text(encoding="utf-8").replace("</script", "<\\/script")
        parts.append(f"<script>/* {name}: vendored, BSD-3-Clause, see LICENSE-vega.txt */\n{text}\n</script>")
    return "\n".join(parts)


def _cell(value, column: str) -> str:
    text = html.escape(fmt(value, column))
    if value is None and text:
        return f'<td class="nd">{text}</td>'
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<td class="num">{text}</td>'
    return f"<td>{text}</td>"


def table_html(frame: pl.DataFrame, *, drop: tuple[str, ...] = ()) -> str:
    """An HTML table of ``frame`` (folded when long); empty frames say so."""
    cols = [c for c in frame.columns if c not in drop]
    if frame.is_empty():
        return '<p class="note">(no rows)</p>'
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join("<tr>" + "".join(_cell(r[c], c) for c in cols) + "</tr>" for r in frame.iter_rows(named=True))
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if frame.height > COLLAPSE_ROWS:
        return f"<details><summary>{frame.height} rows (click to show)</summary>{table}</details>"
    return table


class _Charts:
    """Collects chart specs; each gets a container div and a vegaEmbed call."""

    def __init__(self) -> None:
        self.specs: list[tuple[str, dict]] = []

    def add(self, spec: dict) -> str:
        cid = f"chart-{len(self.specs)}"
        self.specs.append((cid, spec))
        return f'<div class="chart" id="{cid}" data-chart="1"></div>'

    def script(self) -> str:
        payload = json.dumps({cid: spec for cid, spec in self.specs}, separators=(",", ":"))
        payload = payload.replace("</", "<\\/")
        return (
            "<script>\nconst FOEDUS_SPECS = " + payload + ";\n"
            "window.foedusRendered = 0; window.foedusErrors = [];\n"
            "for (const [id, spec] of Object.entries(FOEDUS_SPECS)) {\n"
            "  vegaEmbed('#' + id, spec, {actions: false, renderer: 'svg'})\n"
            "    .then(() => { window.foedusRendered += 1; })\n"
            "    .catch(err => { window.foedusErrors.push(id + ': ' + err); console.error(err); });\n"
            "}\n</script>"
        )


def _alliance_sections(a, charts: _Charts) -> str:
    from foedus.assess.model import SECTIONS

    out = [f'<h2 id="{html.escape(a.alliance)}">{html.escape(a.name)} ({html.escape(a.alliance)})</h2>']
    kind = "hypothetical proposal" if a.hypothetical else a.kind
    out.append(f"<p>{kind}; assessed on {a.date}; adversaries: {', '.join(a.adversaries)}; "
               f"{len(a.members)} members.</p>")
    if a.notes:
        out.append('<div class="warn"><ul>' + "".join(f"<li>{html.escape(n)}</li>" for n in a.notes) + "</ul></div>")
    out.append(charts.add(vega.map_spec(a)))
    c = a.summary["network"]
    out.append(f"<p><b>Pairs bound before: {c['bound_before']}, after: {c['bound_after']}; new: {c['new']}</b> "
               f"(of {c['ordered_pairs']} ordered pairs of members).</p>")
    out.append(charts.add(vega.network_spec(a.sections["network"], a.members, f"{a.alliance}: obligation network")))
    out.append(charts.add(vega.burden_spec(a.sections["burden"], f"{a.alliance}: military expenditure / GDP")))
    out.append(f'<p class="note">Burden formula: {html.escape(a.summary["formula_burden"])}. Targets: '
               + "; ".join(f'<a href="{t["url"]}">{html.escape(t["source"])}</a>' for t in a.summary["targets"].values())
               + "</p>")
    for name, frame in a.sections.items():
        title, what = SECTIONS.get(name, (name, ""))
        out.append(f"<h3>{html.escape(title)}</h3><p class=\"note\">{html.escape(what)}</p>")
        if name == "network":
            frame = frame.sort(["new", "before"], descending=True)
        out.append(table_html(frame))
    return "\n".join(out)


def render_html(assessment) -> str:
    """The whole report as one HTML string."""
    everyone = [assessment, *assessment.comparisons]
    charts = _Charts()
    title = f"foedus assessment: {assessment.name}"
    parts = [f"<h1>{html.escape(title)}</h1>",
             f"<p>Date {assessment.date}; adversaries {', '.join(assessment.adversaries)}; compared with: "
             f"{', '.join(c.alliance for c in assessment.comparisons) or 'none'}. Data years are the latest "
             "available up to the date; every figure carries its year and source; 'no data' is missing, never 0."
             "</p>"]
    rows = side_by_side(everyone)
    head = "<tr><th></th>" + "".join(f"<th>{html.escape(a.alliance)}</th>" for a in everyone) + "</tr>"
    body = "".join("<tr><th>" + html.escape(label) + "</th>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells)
                   + "</tr>" for label, cells in rows)
    parts.append(f"<h2>Side by side</h2><table>{head}{body}</table>")
    totals = pl.concat([a.sections["power_totals"] for a in everyone]).unique(
        subset=["entity", "indicator"], keep="first", maintain_order=True)
    parts.append(charts.add(vega.power_spec(totals)))
    for a in everyone:
        parts.append(_alliance_sections(a, charts))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style>{_scripts()}</head><body>"
            + "\n".join(parts) + charts.script() + "</body></html>")
