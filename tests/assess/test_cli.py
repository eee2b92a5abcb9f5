"""``foedus assess`` on bad input: one line naming the bad value, exit code 2 (via subprocess, as a user runs it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "foedus", "assess", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ([str(FIXTURES / "bad-state.yaml")], "XXQ"),
        ([str(FIXTURES / "bad-date.yaml")], "bad-date.yaml:11: parties.0.spells.0.from"),  # loader names file:line:field
        (["nato", "--date", "2024-02-30"], "2024-02-30"),
        (["nato", "--date", "1700-01-01"], "1700-01-01"),
        (["no-such-alliance"], "no-such-alliance"),
        (["custom"], "--members"),
        (["custom", "--members", "USA,Atlantis"], "Atlantis"),
        (["nato", "--adversaries", "CHN,Mordor"], "Mordor"),
        (["nato", "--format", "pdf"], "pdf"),
    ],
)
def test_bad_input_one_line_exit_2(args, needle):
    done = run(*args)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert needle in lines[0]
    assert "Traceback" not in done.stderr


def test_failed_run_leaves_existing_report_untouched(tmp_path):
    out = tmp_path / "report.html"
    out.write_text("previous report")
    done = run("nato", "--date", "2024-13-01", "--out", str(out))
    assert done.returncode == 2
    assert out.read_text() == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left behind


def test_custom_alliance_json(tmp_path):
    out = tmp_path / "c.json"
    done = run("custom", "--members", "JPN,KOR,AUS", "--date", "2025-01-01", "--adversaries", "CHN",
               "--out", str(out))
    assert done.returncode == 0, done.stderr
    import json

    data = json.loads(out.read_text())
    assert data["members"] == ["JPN", "KOR", "AUS"]
    assert data["summary"]["network"]["ordered_pairs"] == 6
