"""``foedus nuclear``: list the 123 agreements, check the 123 a. requirements, compute the review clock.

Heavy imports (polars, the registry) happen inside the commands so ``foedus --help`` stays fast.
"""

from __future__ import annotations

import json
from typing import Any

import typer

from foedus.errors import BadInputError

nuclear_app = typer.Typer(help="US 123 agreements: registry, statutory requirements, congressional review clock.",
                          no_args_is_help=True)

FORMATS = ("table", "json")


def _format(value: str) -> str:
    if value not in FORMATS:
        raise BadInputError(f"unknown format {value!r}; expected one of: {', '.join(FORMATS)}")
    return value


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console(width=160).print(table)


@nuclear_app.command("list")
def list_cmd(date: str = typer.Option(None, "--date", help="YYYY-MM-DD (default today)"),
             fmt: str = typer.Option("table", "--format", help="table or json")) -> None:
    """List every US 123 agreement (current, expired, superseded) with whether it is in force on DATE."""
    from foedus.nuclear.api import agreement_rows

    fmt = _format(fmt)
    rows = agreement_rows(date)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    shown = [[r["partner"], r["name"], "yes" if r["in_force"] else ("?" if not r["in_force_certain"] else "no"),
              r["entered_into_force"] or (f"by {r['in_force_by']}" if r["in_force_by"] else None),
              r["expires"], r["end_reason"], "yes" if r["uncertain"] else ""] for r in rows]
    _table(f"US 123 agreements (in force on {date or 'today'})",
           ["partner", "name", "in force", "entered into force", "expires", "ended", "uncertain"], shown)


@nuclear_app.command("check")
def check_cmd(partner: str = typer.Argument(..., help="partner: ISO3, name, EURATOM, IAEA or Taiwan"),
              date: str = typer.Option(None, "--date", help="YYYY-MM-DD (default today)"),
              fmt: str = typer.Option("table", "--format", help="table or json")) -> None:
    """Evaluate the nine requirements of AEA sec. 123 a. for PARTNER on DATE; say what is in place and missing."""
    from foedus.nuclear.rules import check

    fmt = _format(fmt)
    result = check(partner, date)
    if fmt == "json":
        typer.echo(result.model_dump_json(indent=2))
        return
    state = {True: "in force", None: "possibly in force (dates uncertain)", False: "none in force"}
    which = f"agreement {result.agreement}: {state[result.agreement_in_force]}" if result.agreement else (
        "no 123 agreement in force")
    typer.echo(f"{result.name} ({result.partner}) on {result.date}: {which}")
    _table("AEA sec. 123 a. requirements", ["para.", "requirement", "status", "reason"],
           [[f"({r.paragraph})", r.title, r.status, r.reason] for r in result.results])
    typer.echo("In place:" + ("".join(f"\n  + {x}" for x in result.in_place) or " nothing"))
    typer.echo("Missing:" + ("".join(f"\n  - {x}" for x in result.missing) or " nothing"))
    for line in result.exemptions + result.notes:
        typer.echo(f"Note: {line}")


@nuclear_app.command("timeline")
def timeline_cmd(partner: str = typer.Argument(..., help="partner: ISO3, name, EURATOM, IAEA or Taiwan"),
                 submitted: str = typer.Option(..., "--submitted", help="submission date YYYY-MM-DD"),
                 adjournments: str = typer.Option(None, "--adjournments", help="YAML or CSV file of adjournments"),
                 exempt: bool = typer.Option(False, "--exempt", help="agreement exempts a 123 a. requirement"),
                 fmt: str = typer.Option("table", "--format", help="table or json")) -> None:
    """Earliest completion of the 90-day (30 + 60) congressional review for an agreement submitted on a date."""
    from foedus.nuclear.clock import earliest_entry_into_force
    from foedus.nuclear.partners import resolve_partner

    fmt = _format(fmt)
    p = resolve_partner(partner)
    clock = earliest_entry_into_force(submitted, adjournments=adjournments, exempt=exempt)
    if fmt == "json":
        typer.echo(json.dumps({"partner": p.id, **clock.model_dump(mode="json")}, indent=2))
        return
    typer.echo(f"{p.name} ({p.id}): submitted {clock.submitted}")
    typer.echo(f"  30 days of consultation complete: {clock.consultation_complete}")
    typer.echo(f"  90 days of continuous session complete: {clock.review_complete} "
               f"({clock.excluded_days} day(s) excluded, {clock.restarts} restart(s))")
    eif = clock.earliest_entry_into_force
    typer.echo(f"  earliest entry into force: {eif or 'only after a joint resolution of approval is enacted'}")
    for c in clock.conditions:
        typer.echo(f"  - {c}")


def register(app: typer.Typer) -> None:
    """Attach the ``nuclear`` sub-app to the top-level foedus CLI."""
    app.add_typer(nuclear_app, name="nuclear")
