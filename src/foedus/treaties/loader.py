"""Load and validate charter files, reporting mistakes with file, line and field.

Bundled charters live in ``charters/*.yaml``; users add their own with ``load_charter(path)`` (the CLI's
``--charter FILE``). Every error is a :class:`~foedus.errors.CharterError` whose one-line message names the
file, the line and the field, e.g. ``nato.yaml:42: articles.0.strength_level: Input should be ...``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from foedus.errors import CharterError, FoedusError
from foedus.treaties.schema import Charter
from foedus.yamlio import compose_yaml, load_yaml

CHARTER_DIR = Path(__file__).parent / "charters"


def _node_at(node: yaml.Node, path: tuple) -> yaml.Node:
    """The deepest YAML node along ``path`` (keys and list indexes), for its line number."""
    current = node
    for key in path:
        if isinstance(current, yaml.MappingNode):
            match = next((v for k, v in current.value if k.value == str(key)), None)
            if match is None:
                break
            current = match
        elif isinstance(current, yaml.SequenceNode) and isinstance(key, int) and key < len(current.value):
            current = current.value[key]
        else:
            break
    return current


def _field(path: tuple) -> str:
    return ".".join(str(p) for p in path) or "(top level)"


def parse_charter(text: str, name: str) -> Charter:
    """Validate charter YAML ``text``; ``name`` is used in error messages."""
    try:
        data = load_yaml(text, dates=False)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CharterError(f"{name}{line}: not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise CharterError(f"{name}:1: a charter is a mapping with id, name, parties, articles, ...")
    root = _LazyRoot(text)
    try:
        charter = Charter.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        line = _line_of(root, loc)
        message = error["msg"].removeprefix("Value error, ")
        bad = error.get("input")
        if isinstance(bad, str | int | float) and error["type"] != "value_error":
            message += f" (got {bad!r})"
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise CharterError(f"{name}:{line}: {_field(loc)}: {message}{more}") from None
    _check_states(charter, root, name)
    _check_geography(charter, root, name)
    return charter


class _LazyRoot:
    """The YAML node tree, composed only when an error needs a line number."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._node: yaml.Node | None = None

    @property
    def node(self) -> yaml.Node | None:
        if self._node is None:
            self._node = compose_yaml(self.text)
        return self._node


def _line_of(root: _LazyRoot, path: tuple) -> int:
    node = root.node
    return _node_at(node, path).start_mark.line + 1 if node is not None else 1


def _check_states(charter: Charter, root: _LazyRoot, name: str) -> None:
    """Every state code must be a state foedus knows, written as its canonical ISO3 code."""
    from foedus.data import resolve_state

    def check(code: str, path: tuple) -> None:
        try:
            found = resolve_state(code)
        except FoedusError as exc:
            raise CharterError(f"{name}:{_line_of(root, path)}: {_field(path)}: {exc}") from None
        if found.iso3 != code:
            raise CharterError(
                f"{name}:{_line_of(root, path)}: {_field(path)}: write {found.name} as {found.iso3}, not {code!r}"
            )

    for i, party in enumerate(charter.parties):
        check(party.state, ("parties", i, "state"))
    for i, s in enumerate(charter.suspensions):
        check(s.state, ("suspensions", i, "state"))
        if s.toward != "ALL":
            check(s.toward, ("suspensions", i, "toward"))
    for i, clause in enumerate(charter.articles):
        for key in ("protects", "obliged"):
            value = getattr(clause, key)
            if isinstance(value, list):
                for j, code in enumerate(value):
                    check(code, ("articles", i, key, j))
        for j, cond in enumerate(clause.conditions):
            for k, code in enumerate(cond.states):
                check(code, ("articles", i, "conditions", j, "states", k))
        for j, exc in enumerate(clause.exceptions):
            check(exc.party, ("articles", i, "exceptions", j, "party"))
            for k, code in enumerate(exc.unless_attacker_in or []):
                check(code, ("articles", i, "exceptions", j, "unless_attacker_in", k))


def _check_geography(charter: Charter, root: _LazyRoot, name: str) -> None:
    """Regions and places named in scopes must exist (bundled or declared in the charter)."""
    from foedus.geo.regions import all_regions
    from foedus.geo.territory import gazetteer

    regions = set(all_regions()) | {r.id for r in charter.regions}
    gaz = gazetteer()
    places = {p.id for p in gaz.places} | set(gaz.keys)
    for i, clause in enumerate(charter.articles):
        for j, entry in enumerate(clause.scope):
            for k, region_id in enumerate(entry.where.in_regions):
                if region_id not in regions:
                    path = ("articles", i, "scope", j, "where", "in_regions", k)
                    raise CharterError(
                        f"{name}:{_line_of(root, path)}: {_field(path)}: unknown region {region_id!r}; "
                        f"known: {', '.join(sorted(regions))}"
                    )
            for k, place in enumerate(entry.where.places):
                if place not in places:
                    path = ("articles", i, "scope", j, "where", "places", k)
                    raise CharterError(
                        f"{name}:{_line_of(root, path)}: {_field(path)}: unknown place {place!r}; give a "
                        "gazetteer id (foedus/geo/places/*.yaml) or an ISO3 code of a Natural Earth shape"
                    )


def load_charter(path: str | Path) -> Charter:
    """Load and validate one charter file."""
    path = Path(path)
    if not path.is_file():
        raise CharterError(f"charter file {str(path)!r} not found")
    return parse_charter(path.read_text(encoding="utf-8"), path.name)


@cache
def bundled_charters() -> dict[str, Charter]:
    """Every charter shipped with foedus, by id (validated once, then kept in the warm-start cache)."""
    from foedus.cache import cached
    from foedus.data.registry import TABLE_DIR
    from foedus.geo.regions import REGIONS_DIR
    from foedus.geo.territory import PLACES_DIR

    inputs = [*CHARTER_DIR.glob("*.yaml"), *REGIONS_DIR.glob("*.yaml"), *PLACES_DIR.glob("*.yaml"),
              TABLE_DIR / "states.parquet", TABLE_DIR / "aliases.parquet"]
    return cached("charters", inputs, _load_bundled)


def _load_bundled() -> dict[str, Charter]:
    charters: dict[str, Charter] = {}
    for path in sorted(CHARTER_DIR.glob("*.yaml")):
        charter = load_charter(path)
        if charter.id in charters:
            raise CharterError(f"{path.name}: charter id {charter.id!r} used twice")
        charters[charter.id] = charter
    return charters


def charter(charter_id: str) -> Charter:
    """A bundled charter by id, or a charter file path."""
    charters = bundled_charters()
    if charter_id in charters:
        return charters[charter_id]
    if charter_id.endswith((".yaml", ".yml")):
        return load_charter(charter_id)
    raise CharterError(f"unknown charter {charter_id!r}; bundled: {', '.join(sorted(charters))}")
