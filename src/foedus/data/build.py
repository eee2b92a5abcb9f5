"""Build the bundled tables from the raw public datasets.

Usage (from the repository root)::

    python -m foedus.data.build --source ../shared/data [--only TABLE ...]

Each table's ``build`` reads only the raw files it needs, the frame is checked against the declared schema and
written as zstd-compressed Parquet into ``src/foedus/data/tables``; ``catalog.json`` records rows, observed
coverage and a checksum of each file. Files are written to a temporary name and renamed, so an interrupted
build never leaves a half-written table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

import polars as pl

from foedus.data.registry import CATALOG_FILE, TABLE_DIR, TableSpec, all_specs
from foedus.data.schema import check_schema


def observed_coverage(spec: TableSpec, frame: pl.DataFrame) -> str | None:
    """The first and last year (or date) present in the table, for the catalogue."""
    if spec.year_column and frame.height:
        years = frame[spec.year_column].drop_nulls()
        if len(years):
            return f"{years.min()}-{years.max()}"
    if spec.start_column and frame.height:
        starts = frame[spec.start_column].drop_nulls()
        if len(starts):
            return f"{starts.min()}-"
    return None


def write_atomically(frame: pl.DataFrame, path: Path) -> None:
    tmp = path.with_suffix(".parquet.tmp")
    frame.write_parquet(tmp, compression="zstd", compression_level=19, statistics=False)
    os.replace(tmp, path)


def build(source: Path, only: list[str] | None = None, out_dir: Path = TABLE_DIR) -> dict[str, dict]:
    """Build the named tables (all by default) from ``source`` and return the catalogue entries."""
    specs = all_specs()
    names = only or sorted(specs)
    unknown = [n for n in names if n not in specs]
    if unknown:
        raise SystemExit(f"unknown table(s) {unknown}; known: {sorted(specs)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    catalog_path = out_dir / CATALOG_FILE.name
    catalog = json.loads(catalog_path.read_text()) if catalog_path.exists() else {}
    for name in names:
        spec = specs[name]
        frame = spec.build(source)
        frame = check_schema(frame, spec)
        path = out_dir / f"{name}.parquet"
        write_atomically(frame, path)
        catalog[name] = {
            "rows": frame.height,
            "observed": observed_coverage(spec, frame),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
        print(f"{name:28s} {frame.height:>9,d} rows  {path.stat().st_size / 1e6:6.2f} MB", file=sys.stderr)
    tmp = catalog_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(dict(sorted(catalog.items())), indent=1) + "\n")
    os.replace(tmp, catalog_path)
    return catalog


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("../shared/data"), help="raw data folder")
    parser.add_argument("--only", nargs="*", help="build only these tables")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        raise SystemExit(f"raw data folder {args.source} not found; pass --source PATH/TO/shared/data")
    build(args.source, args.only)


if __name__ == "__main__":
    main()
