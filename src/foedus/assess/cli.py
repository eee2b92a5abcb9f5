"""``foedus assess ALLIANCE [--vs OTHER ...] [--date D] [--adversaries ...] [--members ...] [--format ...]``.

Heavy imports happen inside the command so ``foedus --help`` stays fast. Mistakes raise FoedusError
subclasses, which ``foedus.cli.main`` prints as one line with exit code 2.
"""

from __future__ import annotations

import typer

from foedus.errors import BadInputError


def assess_cmd(
    alliance: str = typer.Argument(..., help="bundled charter id (asia-pacific-formal, nato, ...), a charter "
                                             "file path, or 'custom' with --members"),
    vs: list[str] = typer.Option([], "--vs", help="another alliance to assess side by side (repeatable)"),
    date: str = typer.Option(None, "--date", help="YYYY-MM-DD (default today; data years: latest available)"),
    adversaries: str = typer.Option("CHN,PRK", "--adversaries", help="ISO3 codes, comma-separated"),
    members: str = typer.Option(None, "--members", help="for 'custom': ISO3 codes, comma-separated"),
    fmt: str = typer.Option(None, "--format", help="html, json or md (default: from --out's suffix, else json)"),
    out: str = typer.Option(None, "--out", help="write the report to FILE (atomically); default stdout"),
) -> None:
    """Assess an alliance with numbers and law (power, burden sharing, obligations, geography, cohesion,
    obstacles, history, nuclear side), optionally beside others (--vs)."""
    from foedus.report import FORMATS, render, write_report

    if fmt is None:
        suffix = (out or "").rsplit(".", 1)[-1].lower() if out and "." in out else ""
        fmt = {"html": "html", "htm": "html", "md": "md", "json": "json"}.get(suffix, "json")
    if fmt not in FORMATS:
        raise BadInputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    # validate cheap arguments before the work starts
    from foedus.dates import parse_date

    day = parse_date(date)
    from foedus.assess import assess

    result = assess(alliance, date=day, vs=vs, adversaries=adversaries, members=members)
    if out:
        path = write_report(result, out, fmt)
        typer.echo(f"wrote {path} ({path.stat().st_size:,} bytes, {fmt})", err=True)
    else:
        typer.echo(render(result, fmt))


def register(app: typer.Typer) -> None:
    """Attach ``foedus assess`` to the top-level app."""
    app.command("assess")(assess_cmd)
