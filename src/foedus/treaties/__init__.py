"""Treaties as data: the charter schema, the bundled charter files and their loader."""

from foedus.treaties.loader import bundled_charters, charter, load_charter, parse_charter
from foedus.treaties.schema import Charter

__all__ = ["Charter", "bundled_charters", "charter", "load_charter", "parse_charter"]
