"""Declared schemas for bundled tables, checked when a table is built and when it is loaded (pandera-style)."""

from __future__ import annotations

import polars as pl

from foedus.data.registry import TableSpec


class SchemaError(RuntimeError):
    """A table does not match its declared schema (a defect in foedus or its build, not a user mistake)."""


def check_schema(frame: pl.DataFrame, spec: TableSpec) -> pl.DataFrame:
    """Return ``frame`` with exactly the declared columns, in order and cast to the declared types.

    Fails if a declared column is missing, if a cast would lose values (a non-null value becoming null),
    or if the declared key is not unique.
    """
    missing = [c for c in spec.schema if c not in frame.columns]
    if missing:
        raise SchemaError(f"{spec.name}: missing columns {missing}")
    out = frame.select(list(spec.schema))
    for column, dtype in spec.schema.items():
        if out.schema[column] != dtype:
            before = out[column].null_count()
            casted = out[column].cast(dtype, strict=False)
            if casted.null_count() != before:
                raise SchemaError(f"{spec.name}.{column}: values lost casting to {dtype}")
            out = out.with_columns(casted)
    if spec.key and out.height:
        dupes = out.select(spec.key).is_duplicated().sum()
        if dupes:
            raise SchemaError(f"{spec.name}: key {spec.key} not unique ({dupes} duplicated rows)")
    return out
