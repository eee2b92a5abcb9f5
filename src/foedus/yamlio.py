"""YAML reading with libyaml's C parser when PyYAML has it (ten times faster than the pure-Python one).

Charter files are read with dates left as text (``load_yaml(text, dates=False)``), so that an impossible date
such as 2025-02-30 reaches the schema, which names the field and line, instead of failing inside the parser.
"""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TextDateLoader(SafeLoader):  # type: ignore[misc, valid-type]
    """A safe loader that leaves YYYY-MM-DD values as strings."""


TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, *, dates: bool = True) -> Any:
    """Parse YAML ``text`` safely (no arbitrary objects); ``dates=False`` keeps dates as text."""
    return yaml.load(text, Loader=SafeLoader if dates else TextDateLoader)  # noqa: S506 - safe loaders


def compose_yaml(text: str) -> yaml.Node | None:
    """The node tree of ``text`` (with line numbers), used only to point at the line of an error."""
    return yaml.compose(text, Loader=SafeLoader)
