"""Run every benchmark and print the figures: python benchmarks/run.py

- data_load.py: import time and the time to load every bundled table, cold and warm (issue 2)
- obligations.py: all ordered pairs, single-query p50, `foedus obligations` cold start (issue 3)
- assess.py: cold run of the Asia-Pacific assessment and its HTML size (issue 4)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    failed = 0
    for script in ("data_load.py", "obligations.py", "assess.py"):
        print(f"== {script}", flush=True)
        failed |= subprocess.run([sys.executable, str(HERE / script)]).returncode
    raise SystemExit(failed)


if __name__ == "__main__":
    main()
