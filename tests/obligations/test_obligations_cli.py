"""`foedus obligations` on the command line: JSON shape, and one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "foedus", *args], capture_output=True, text=True)


def test_json_answer_shape_for_the_senkakus():
    out = run("obligations", "--target", "JPN", "--at", "25.75,123.5", "--date", "2025-06-01",
              "--attacker", "CHN", "--format", "json")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["query"] == {"target": "JPN", "at": [25.75, 123.5], "date": "2025-06-01",
                               "attacker": "CHN", "asset": "territory"}
    assert set(answer) >= {"query", "obligations", "not_covered"}
    for ob in answer["obligations"]:
        assert set(ob) >= {"state", "obligation", "treaty", "article", "strength", "basis"}
        assert len(ob["state"]) == 3 and ob["state"].isupper()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--target", "JPN", "--at", "95,123.5", "--date", "2025-01-01"], "latitude 95.0 is out of range"),
        (["--target", "JPN", "--at", "25,200", "--date", "2025-01-01"], "longitude 200.0 is out of range"),
        (["--target", "JPN", "--at", "north", "--date", "2025-01-01"], "is not LAT,LON"),
        (["--target", "Japn", "--at", "25,123", "--date", "2025-01-01"], "did you mean Japan"),
        (["--target", "JPN", "--at", "25,123", "--date", "2025-02-30"], "impossible date '2025-02-30'"),
        (["--target", "JPN", "--at", "25,123", "--date", "1700-01-01"], "out of range"),
        (["--target", "JPN", "--at", "25,123", "--date", "2025-01-01", "--asset", "tank"], "unknown asset 'tank'"),
        (["--target", "JPN", "--at", "25,123", "--date", "2025-01-01", "--attacker", "Chna"], "unknown state"),
        (["--target", "JPN", "--at", "25,123", "--date", "2025-01-01", "--charter", "/no/such.yaml"], "not found"),
    ],
)
def test_user_mistakes_are_one_line_with_exit_code_2(args, needle):
    out = run("obligations", *args)
    assert out.returncode == 2
    assert needle in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "Traceback" not in out.stderr


def test_hypothetical_charter_adds_obligations_for_this_query_only(tmp_path):
    from test_charter_errors import GOOD  # the two-party test pact (USA, JPN)

    path = tmp_path / "pact.yaml"
    path.write_text(GOOD, encoding="utf-8")
    base = ["obligations", "--target", "JPN", "--at", "35.6762,139.6503", "--date", "2025-01-01",
            "--format", "json"]
    with_pact = json.loads(run(*base, "--charter", str(path)).stdout)
    without = json.loads(run(*base).stdout)
    assert {(o["state"], o["treaty"]) for o in with_pact["obligations"]} >= {("USA", "test-pact")}
    assert "test-pact" not in {o["treaty"] for o in without["obligations"]}


def test_cascade_writes_a_picture(tmp_path):
    picture = tmp_path / "chain.svg"
    out = run("obligations", "--target", "EST", "--at", "59.437,24.7536", "--date", "2025-01-01",
              "--attacker", "RUS", "--cascade", "--picture", str(picture), "--format", "json")
    assert out.returncode == 0, out.stderr
    chain = json.loads(out.stdout)["cascade"]
    assert chain["attacks"][0] == {"round": 0, "attacker": "RUS", "victim": "EST", "at": [59.437, 24.7536],
                                   "asset": "territory"}
    # NATO allies strike back at Russia in round 1 (Art. 5): Russia is then the victim
    assert any(a["round"] == 1 and a["victim"] == "RUS" and a["attacker"] == "USA" for a in chain["attacks"])
    assert picture.read_text().startswith("<svg")
