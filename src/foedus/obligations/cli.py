"""``foedus obligations``: the obligation engine on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from foedus.errors import BadInputError


def obligations_command(
    target: str = typer.Option(..., "--target", help="the attacked state (ISO3 or any name)"),
    at: str = typer.Option(..., "--at", help="where the attack hits, LAT,LON in decimal degrees"),
    date: str = typer.Option(..., "--date", help="YYYY-MM-DD"),
    attacker: str = typer.Option("UNKNOWN", "--attacker", help="ISO3 or name, NONSTATE or UNKNOWN"),
    asset: str = typer.Option("territory", "--asset", help="territory, armed_forces, public_vessel or aircraft"),
    cascade: bool = typer.Option(False, "--cascade", help="follow the escalation chain round by round"),
    charter: list[Path] = typer.Option([], "--charter", help="hypothetical charter YAML for this query (repeatable)"),
    fmt: str = typer.Option("table", "--format", help="table or json"),
    picture: Path | None = typer.Option(None, "--picture", help="with --cascade: write the chain as an SVG file"),
    no_atop: bool = typer.Option(False, "--no-atop", help="leave out ATOP-coded alliances"),
) -> None:
    """Who is bound to defend or consult when an armed attack hits a place on a date, and who is not."""
    if fmt not in ("table", "json"):
        raise BadInputError(f"unknown format {fmt!r}; use table or json")
    from foedus.obligations.engine import obligations, parse_point
    from foedus.treaties.loader import load_charter

    extra = [load_charter(p) for p in charter]
    point = parse_point(at)
    answer = obligations(target, point, date, attacker=attacker, asset=asset, extra_charters=extra,
                         include_atop=not no_atop)
    result = answer.to_dict()
    chain = None
    if cascade:
        from foedus.files import write_text_atomically
        from foedus.obligations.cascade import cascade as run_cascade
        from foedus.obligations.cascade import cascade_svg

        chain = run_cascade(answer.query.target, point, answer.query.date, attacker=answer.query.attacker,
                            asset=answer.query.asset, extra_charters=extra, include_atop=not no_atop)
        result["cascade"] = chain.to_dict()
        if picture:
            title = f"Escalation chain from {answer.query.attacker} -> {answer.query.target} on {answer.query.date}"
            write_text_atomically(picture, cascade_svg(chain, title), option="--picture")
    elif picture:
        raise BadInputError("--picture needs --cascade")
    if fmt == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    _print_table(answer, chain)


def _print_table(answer, chain) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    q = answer.query
    console.print(f"[bold]Armed attack on {q.target}[/bold] ({q.asset}) at {q.lat}, {q.lon} on {q.date}, "
                  f"attacker {q.attacker}: {answer.location['place']}, administered by "
                  f"{answer.location['administered_by'] or 'no state'}")
    for note in answer.notes:
        console.print(f"[dim]note: {note}[/dim]")
    table = Table(title="Bound")
    for col in ("state", "obligation", "treaty", "article", "strength", "conditions"):
        table.add_column(col)
    for ob in answer.obligations:
        flag = " (uncertain)" if ob.uncertain else ""
        table.add_row(ob.state, ob.obligation + flag, ob.treaty, ob.article, ob.strength_level.replace("_", " "),
                      "; ".join(ob.conditions))
    console.print(table)
    console.print("[dim]strength: the words of each article are in --format json (strength, text, basis)[/dim]")
    if answer.not_covered:
        nc = Table(title="Not bound")
        for col in ("state", "treaty", "reason"):
            nc.add_column(col)
        for n in answer.not_covered:
            nc.add_row(n.state, n.treaty, n.reason)
        console.print(nc)
    for r in answer.on_request:
        console.print(f"On request: {r['treaty']} Art. {r['article']} ({r['obligation']}) - {r['text']}")
    for v in answer.violations:
        console.print(f"[red]Breach:[/red] {v.state} is bound by {v.treaty} Art. {v.article} ({v.obligation})")
    if chain is not None:
        for r in chain.rounds:
            console.print(f"round {r['round']}: attacks {', '.join(r['attacks'])}; defenders "
                          f"{', '.join(r['new_defenders']) or 'none'}")


def register(app: typer.Typer) -> None:
    app.command("obligations")(obligations_command)
