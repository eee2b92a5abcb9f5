"""Time importing foedus and loading every bundled table, cold (fresh process) and warm (second call).

Run: python benchmarks/data_load.py
"""

from __future__ import annotations

import subprocess
import sys
import time


def _in_fresh_process(code: str) -> float:
    """Seconds the snippet takes inside a fresh interpreter (it prints its own timing)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    timer = "import time; t=time.perf_counter(); {body}; print(time.perf_counter()-t)"
    rows = [
        ("import foedus", _in_fresh_process(timer.format(body="import foedus"))),
        ("import foedus.data", _in_fresh_process(timer.format(body="import foedus.data"))),
    ]
    import foedus.data as data

    names = data.list_tables()["table"].to_list()
    print(f"{'what':34s} {'cold s':>9s} {'warm s':>9s}")
    for label, seconds in rows:
        print(f"{label:34s} {seconds:9.3f} {'':>9s}")
    for name in names:
        body = f"import foedus.data as d; t=time.perf_counter(); d.table({name!r})"
        try:
            cold = _in_fresh_process(f"import time\n{body}\nprint(time.perf_counter()-t)")
        except subprocess.CalledProcessError:
            print(f"table {name:28s} {'missing':>9s}")
            continue
        data.table(name)
        start = time.perf_counter()
        data.table(name)
        warm = time.perf_counter() - start
        print(f"table {name:28s} {cold:9.3f} {warm:9.4f}")


if __name__ == "__main__":
    main()
