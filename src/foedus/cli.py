"""The ``foedus`` command line: a thin layer over the Python API.

Each layer contributes its own commands through a ``register(app)`` function in its ``cli`` module, so this
file only wires them together and turns user mistakes into one-line messages with exit code 2.
"""

from __future__ import annotations

import sys

import typer

from foedus.errors import FoedusError

app = typer.Typer(
    name="foedus",
    help="Security alliances made executable: treaties, obligations, assessments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_all() -> None:
    """Attach every layer's commands; a layer that is not installed yet is skipped."""
    import importlib

    for module in ("foedus.data.cli", "foedus.obligations.cli", "foedus.assess.cli", "foedus.nuclear.cli"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:  # layer not present in this build
            if exc.name != module:
                raise
            continue
        mod.register(app)


_register_all()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; user mistakes print one line on stderr and exit with code 2."""
    try:
        app(args=argv, standalone_mode=True)
    except FoedusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
