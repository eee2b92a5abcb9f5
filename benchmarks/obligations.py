"""Benchmarks of the obligation engine (issue 3). Run: python benchmarks/obligations.py

Prints:
- all ordered pairs: obligations for every ordered pair (attacker, target) of states in the Correlates of War
  system on 2025-01-01, attack on the target's capital, all treaties (target: at most 1 s on one core);
- single query: p50 / p95 of one in-process query for varied targets, warm caches (target: p50 at most 2 ms);
- cold start: wall time of `foedus obligations ...` in a fresh process (target: under 1 s).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time


def all_pairs(day: dt.date) -> tuple[float, int, int, int]:
    from foedus.data.states import capital, states_in_system
    from foedus.obligations.atop_coded import _members
    from foedus.obligations.engine import all_pairs as run
    from foedus.obligations.engine import charters_for

    states = [s.iso3 for s in states_in_system(day)]
    capitals = {}
    for s in states:
        try:
            _, lat, lon = capital(s, on=day)
            capitals[s] = (lat, lon)
        except Exception:  # noqa: BLE001 - a state without a capital on that date is skipped
            continue
    charters_for(), _members()  # one-off loading, measured by the cold-start figure instead
    start = time.perf_counter()
    frame = run(capitals, day)
    elapsed = time.perf_counter() - start
    return elapsed, len(capitals), frame.height, len(capitals) * (len(capitals) - 1)


def single(day: dt.date, n: int = 400) -> tuple[float, float]:
    from foedus.data.states import capital
    from foedus.obligations import obligations
    from foedus.obligations.engine import _base

    targets = ["JPN", "USA", "EST", "PHL", "MYS", "KOR", "AUS", "FRA", "PRK", "TWN"]
    points = {t: capital(t, on=day)[1:] for t in targets}
    attackers = ["CHN", "RUS", "PRK", "UNKNOWN", "NONSTATE"]
    for t in targets:  # warm the geography and charter caches, as a long-running process would
        obligations(t, points[t], day, attacker="UNKNOWN")
    times = []
    for i in range(n):
        t = targets[i % len(targets)]
        a = attackers[i % len(attackers)]
        if a == t:
            a = "UNKNOWN"
        lat, lon = points[t]
        _base.cache_clear()  # a full query each time: geography, every charter, ATOP
        start = time.perf_counter()
        obligations(t, (lat, lon), day, attacker=a)
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times) * 1000, times[int(0.95 * len(times))] * 1000


def cold_start(runs: int = 3) -> float:
    cmd = [sys.executable, "-m", "foedus", "obligations", "--target", "JPN", "--at", "25.75,123.5",
           "--date", "2025-06-01", "--attacker", "CHN", "--format", "json"]
    best = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best.append(time.perf_counter() - start)
    return min(best)


def one_core() -> None:
    """The targets are for one core: pin this process to one CPU and polars to one thread."""
    os.environ.setdefault("POLARS_MAX_THREADS", "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def main() -> None:
    one_core()
    day = dt.date(2025, 1, 1)
    elapsed, n_states, rows, pairs = all_pairs(day)
    print(f"all ordered pairs, 2025-01-01: {pairs:,} pairs of {n_states} states -> {rows:,} obligation rows "
          f"in {elapsed:.3f} s (target <= 1 s)")
    p50, p95 = single(day)
    print(f"single in-process query: p50 {p50:.3f} ms, p95 {p95:.3f} ms (target p50 <= 2 ms)")
    print(f"`foedus obligations` cold start: {cold_start():.3f} s best of 3 (target < 1 s)")


if __name__ == "__main__":
    main()
