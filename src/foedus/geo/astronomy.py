"""The Tropic of Cancer as a latitude on a given date.

Treaties name "the Tropic of Cancer" (North Atlantic Treaty Art. 6), a line whose latitude equals the mean
obliquity of the ecliptic and drifts by about 0.47 arc-seconds a year. foedus applies the line of the query
date, from the IAU 1976 expression (Lieske et al. 1977): 23°26'21.448" - 46.8150" T - 0.00059" T^2
+ 0.001813" T^3, with T in Julian centuries of 36,525 days from J2000.0 (2000-01-01 12:00 TT).
"""

from __future__ import annotations

import datetime as dt

J2000 = dt.datetime(2000, 1, 1, 12, 0, 0)


def mean_obliquity_degrees(day: dt.date) -> float:
    """Mean obliquity of the ecliptic at 00:00 of ``day`` (degrees), IAU 1976."""
    moment = dt.datetime(day.year, day.month, day.day)
    t = (moment - J2000).total_seconds() / 86400.0 / 36525.0
    arcsec = 84381.448 - 46.8150 * t - 0.00059 * t**2 + 0.001813 * t**3
    return arcsec / 3600.0


def tropic_of_cancer(day: dt.date) -> float:
    """Latitude (degrees north) of the Tropic of Cancer on ``day``."""
    return mean_obliquity_degrees(day)
