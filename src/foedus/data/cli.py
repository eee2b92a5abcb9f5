"""``foedus data list|show``, ``foedus cite`` and ``foedus state``: the data layer on the command line.

Heavy imports (polars, rich tables) happen inside the commands so ``foedus --help`` stays fast. User
mistakes raise :class:`~foedus.errors.FoedusError`; ``foedus.cli.main`` prints them as one line (exit 2).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import typer

from foedus.errors import BadInputError

ATOP_LAST = dt.date(2018, 12, 31)
FORMATS = ("table", "csv", "json")


def _check_format(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise BadInputError(f"unknown format {value!r}; use one of {', '.join(allowed)}")
    return value


def _print_frame(frame: Any, fmt: str, title: str | None = None) -> None:
    if fmt == "csv":
        sys.stdout.write(frame.write_csv())
    elif fmt == "json":
        sys.stdout.write(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False, indent=1) + "\n")
    else:
        from rich.console import Console
        from rich.table import Table

        out = Table(title=title)
        for column in frame.columns:
            out.add_column(column)
        for row in frame.iter_rows():
            out.add_row(*["" if v is None else str(v) for v in row])
        Console().print(out)


def data_list() -> None:
    """List the bundled tables: rows, coverage, version and source."""
    from foedus.data import list_tables

    frame = list_tables().select("table", "rows", "coverage", "version", "source")
    _print_frame(frame, "table", title="foedus bundled tables")


def data_show(
    name: str = typer.Argument(..., help="table name (see `foedus data list`)"),
    state: str | None = typer.Option(None, "--state", help="any state name or code"),
    year: int | None = typer.Option(None, "--year"),
    date: str | None = typer.Option(None, "--date", help="YYYY-MM-DD"),
    limit: int = typer.Option(20, "--limit", help="rows to show (0 = all)"),
    fmt: str = typer.Option("table", "--format", help="table, csv or json"),
) -> None:
    """Show rows of a bundled table, filtered by state, year or date."""
    from foedus.data import table

    _check_format(fmt, FORMATS)
    if limit < 0:
        raise BadInputError(f"bad --limit {limit}; give 0 (all rows) or a positive number")
    frame = table(name, state=state, year=year, date=date)
    total = frame.height
    if limit:
        frame = frame.head(limit)
    _print_frame(frame, fmt, title=f"{name}: {frame.height} of {total} rows")


def cite(name: str = typer.Argument(..., help="table name")) -> None:
    """Print the BibTeX citation of the dataset behind a table."""
    from foedus.data import cite as _cite

    sys.stdout.write(_cite(name))


def _latest(name: str, column: str, code: Any, fields: list[str]) -> dict[str, Any] | None:
    """The latest row of table ``name`` for ``code`` with a non-null first field, or None if unavailable."""
    import polars as pl

    from foedus.data import spec, table

    try:
        s = spec(name)
        frame = table(name).filter(pl.col(column) == code).drop_nulls(fields[0])
    except Exception:  # table not built or not declared: report as not available
        return None
    if frame.is_empty():
        return None
    row = frame.sort(s.year_column or "year").row(-1, named=True)
    return {"year": row.get(s.year_column or "year"), "source": s.source, **{f: row.get(f) for f in fields}}


def state_profile(name: str | int) -> dict[str, Any]:
    """Everything ``foedus state`` shows, as a dict (each figure with its year and source)."""
    from foedus.data import spec
    from foedus.data.states import capital, resolve_state, spells

    s = resolve_state(name)
    out: dict[str, Any] = {
        "name": s.name, "iso3": s.iso3, "iso2": s.iso2, "iso_numeric": s.iso_numeric, "cow": s.ccode,
        "cow_abbrev": s.cow_abbrev, "gw": s.gwcode,
    }
    out["system_membership"] = {
        system: [
            {"start": str(a), "end": str(b) if b else "continuing"}
            for a, b in spells(s, system).select("start", "end").iter_rows()
        ]
        for system in ("cow", "gw")
    }
    try:
        cap, lat, lon = capital(s)
        out["capital"] = {"name": cap, "lat": round(lat, 4), "lon": round(lon, 4), "source": spec("capitals").source}
    except Exception:
        out["capital"] = "not available"
    if s.ccode is not None:
        out["nmc"] = _latest("nmc", "ccode", s.ccode, ["cinc", "milex", "milper"]) or "not available"
    out["sipri_milex"] = _latest("sipri_milex", "iso3", s.iso3, ["constant_2023_usd_m", "share_gdp"]) or "not available"
    out["population"] = _latest("wdi", "iso3", s.iso3, ["population"]) or "not available"
    out["gdp"] = _latest("wdi", "iso3", s.iso3, ["gdp_current_usd"]) or "not available"
    out["nuclear"] = _latest("nuclear_forces", "iso3", s.iso3, ["stockpile"]) or "not available"
    out["nuclear_status"] = _latest("nuclear_status", "iso3", s.iso3, ["status_label"]) or "not available"
    try:
        from foedus.data.atop import atop_alliances_of

        alliances = atop_alliances_of(s, ATOP_LAST)
        obligations = ["defense", "offense", "neutral", "nonagg", "consul"]
        out["atop_alliances"] = {
            "as_of": f"{ATOP_LAST} (latest ATOP 5.1 date)",
            "source": spec("atop_members").source,
            "alliances": [
                {"atopid": r["atopid"], "n_members": r["n_members"],
                 "obligations": [o for o in obligations if r[o] == 1]}
                for r in alliances.iter_rows(named=True)
            ],
        }
    except Exception:
        out["atop_alliances"] = "not available"
    return out


def _percent(share: float | None) -> str:
    return "share n/a" if share is None else f"{share * 100:.2f}%"


def state(
    name: str = typer.Argument(..., help="state name, ISO3/ISO2 code, CoW number or abbreviation"),
    fmt: str = typer.Option("table", "--format", help="table or json"),
) -> None:
    """Codes, system membership, capital, capabilities and alliances of one state."""
    _check_format(fmt, ("table", "json"))
    profile = state_profile(name)
    if fmt == "json":
        sys.stdout.write(json.dumps(profile, default=str, ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    out = Table(title=f"{profile['name']}", show_header=False)
    out.add_column("field")
    out.add_column("value")
    out.add_row("codes", f"ISO3 {profile['iso3']}  ISO2 {profile['iso2']}  COW {profile['cow']} "
                f"({profile['cow_abbrev']})  GW {profile['gw']}")
    for system, label in (("cow", "CoW membership"), ("gw", "G-W membership")):
        spans = profile["system_membership"][system]
        out.add_row(label, "; ".join(f"{x['start']} to {x['end']}" for x in spans) or "never a member")
    cap = profile["capital"]
    out.add_row("capital", cap if isinstance(cap, str) else f"{cap['name']} ({cap['lat']}, {cap['lon']})")
    for key, label, fmt_row in (
        ("nmc", "CoW NMC", lambda r: f"CINC {r['cinc']}, milex {r['milex']} (thousands), milper {r['milper']} "
         f"(thousands) in {r['year']}"),
        ("sipri_milex", "SIPRI milex", lambda r: f"{r['constant_2023_usd_m']} m constant 2023 USD, "
         f"{_percent(r['share_gdp'])} of GDP in {r['year']}"),
        ("population", "population", lambda r: f"{r['population']:,.0f} in {r['year']} (World Bank)"),
        ("gdp", "GDP", lambda r: f"{r['gdp_current_usd']:,.0f} current USD in {r['year']} (World Bank)"),
        ("nuclear_status", "nuclear status", lambda r: f"{r['status_label']} in {r['year']}"),
        ("nuclear", "nuclear warheads", lambda r: f"{r['stockpile']} stockpile in {r['year']}"),
    ):
        value = profile.get(key, "not available")
        out.add_row(label, value if isinstance(value, str) else f"{fmt_row(value)} [{value['source']}]")
    atop = profile["atop_alliances"]
    if isinstance(atop, str):
        out.add_row("ATOP alliances", atop)
    else:
        listed = ", ".join(f"{a['atopid']} ({'/'.join(a['obligations']) or 'none'})" for a in atop["alliances"])
        out.add_row(f"ATOP alliances on {atop['as_of']}", listed or "none")
    Console().print(out)


def register(app: typer.Typer) -> None:
    """Attach ``data list``, ``data show``, ``cite`` and ``state`` to the foedus app."""
    data_app = typer.Typer(help="Bundled reference tables.", no_args_is_help=True)
    data_app.command("list")(data_list)
    data_app.command("show")(data_show)
    app.add_typer(data_app, name="data")
    app.command("cite")(cite)
    app.command("state")(state)
