"""Cold run of ``foedus assess asia-pacific-formal --vs nato --out report.html``: wall time and HTML size.

Run: ``/work/venv/bin/python benchmarks/assess.py`` (a fresh interpreter each run, so nothing is cached).
Targets (issue #4): under 10 s on the development machine, HTML under 5 MB.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ALLIANCE = sys.argv[1] if len(sys.argv) > 1 else "asia-pacific-formal"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "foedus", "assess", ALLIANCE, "--vs", "nato", "--out", str(out)],
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            raise SystemExit(done.returncode)
        size = out.stat().st_size
    print(f"cold run: {elapsed:.2f} s (target < 10 s)")
    print(f"HTML size: {size:,} bytes = {size / 1024 / 1024:.2f} MB (target < 5 MB)")


if __name__ == "__main__":
    main()
