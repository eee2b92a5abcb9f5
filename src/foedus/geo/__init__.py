"""Geography: who administers a point on a date (``locate``), and the named regions treaties use."""

from foedus.geo.regions import Region, all_regions, region
from foedus.geo.territory import Location, locate

__all__ = ["Location", "Region", "all_regions", "locate", "region"]
