"""Build the bundled country shapes from Natural Earth (world-atlas TopoJSON in ``shared/data/geo``).

Usage (from the repository root)::

    python -m foedus.geo.build --source ../shared/data

Writes ``src/foedus/geo/data/shapes.json.gz`` (one record per 1:50m feature: key, Natural Earth name and the
geometry as base64 WKB, for point location) and copies the 1:110m TopoJSON for maps. The feature key is the
ISO 3166-1 alpha-3 code of the territory (from ISO numeric via country_converter's table), or a documented
pseudo-code for the five features that carry no ISO code.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import shutil
from pathlib import Path

import shapely

from foedus.geo.topojson import decode_arcs, geometry

DATA_DIR = Path(__file__).parent / "data"

# Natural Earth features without an ISO numeric id, keyed by their Natural Earth name.
NO_ID_KEYS = {
    "Kosovo": "XKX",
    "N. Cyprus": "N-CYPRUS",
    "Somaliland": "SOMALILAND",
    "Indian Ocean Ter.": "INDIAN-OCEAN-TER",
    "Siachen Glacier": "SIACHEN",
}
# In the 1:50m file id 036 is used twice; the Natural Earth name tells them apart.
NAME_KEYS = {"Ashmore and Cartier Is.": "ASHMORE"}


def iso_numeric_to_iso3() -> dict[str, str]:
    """ISO 3166-1 numeric (zero-padded) -> alpha-3, from country_converter's country table."""
    from foedus.data.codes import _cc

    cc = _cc()
    return {num.zfill(3): iso3 for num, iso3 in zip(cc["ISOnumeric"], cc["ISO3"], strict=True) if num}


def build(source: Path, out_dir: Path = DATA_DIR) -> list[dict]:
    topology = json.loads((source / "geo" / "countries-50m.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    iso3_of = iso_numeric_to_iso3()
    records = []
    for obj in topology["objects"]["countries"]["geometries"]:
        name = obj["properties"]["name"]
        key = NAME_KEYS.get(name) or (iso3_of.get(obj["id"]) if obj.get("id") else NO_ID_KEYS.get(name))
        if key is None:
            raise SystemExit(f"no key for Natural Earth feature {name!r} (id {obj.get('id')})")
        geom = geometry(obj, arcs)
        if geom is None or geom.is_empty:
            continue
        records.append({"key": key, "name": name, "wkb": base64.b64encode(shapely.to_wkb(geom)).decode()})
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "shapes.json.gz"
    tmp = target.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as handle:
        json.dump({"source": "Natural Earth 1:50m admin-0 v4.1.0 via world-atlas 2.0.2", "features": records}, handle)
    os.replace(tmp, target)
    shutil.copyfile(source / "geo" / "countries-110m.json", out_dir / "world-110m.json")
    return records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    records = build(args.source)
    print(f"{len(records)} features written to {DATA_DIR}")


if __name__ == "__main__":
    main()
