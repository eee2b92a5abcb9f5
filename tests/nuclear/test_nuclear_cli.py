"""The ``foedus nuclear`` commands, including the Malaysia case end to end and bad input (exit code 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foedus.cli import app, main

runner = CliRunner()


def test_list_json_malaysia_case() -> None:
    res = runner.invoke(app, ["nuclear", "list", "--date", "2025-08-01", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert not any(r["partner"] == "MYS" for r in rows)  # no agreement (in force or not) with Malaysia
    for key in ("partner", "name", "in_force", "entered_into_force", "expires", "source"):
        assert key in rows[0]
    zaf = [r for r in rows if r["partner"] == "ZAF"]
    assert zaf and not any(r["in_force"] for r in zaf)  # expired 2022-12-04
    assert any(r["partner"] == "EURATOM" and r["in_force"] for r in rows)
    jpn = next(r for r in rows if r["partner"] == "JPN")
    assert jpn["in_force"] is True and jpn["expires"] is None  # indefinite since 2018


def test_check_malaysia_table() -> None:
    res = runner.invoke(app, ["nuclear", "check", "MYS", "--date", "2025-08-01"])
    assert res.exit_code == 0, res.output
    assert "no 123 agreement in force" in res.output and "2025-07-10" in res.output and "agreement signed" in res.output


def test_check_json_and_timeline() -> None:
    res = runner.invoke(app, ["nuclear", "check", "Japan", "--date", "2025-01-01", "--format", "json"])
    assert {r["status"] for r in json.loads(res.output)["results"]} == {"met"}
    res = runner.invoke(app, ["nuclear", "timeline", "MYS", "--submitted", "2008-05-13", "--format", "json"])
    assert json.loads(res.output)["review_complete"] == "2008-08-11"  # CRS RL34541


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["nuclear", "check", "Atlantis"], "Atlantis"),
        (["nuclear", "check", "MYS", "--date", "2025-13-01"], "2025-13-01"),
        (["nuclear", "list", "--date", "yesterday"], "yesterday"),
        (["nuclear", "list", "--format", "xml"], "xml"),
        (["nuclear", "timeline", "MYS", "--submitted", "2025-02-30"], "2025-02-30"),
    ],
)
def test_bad_input_exit_2(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err and "Traceback" not in err


def test_bad_adjournments_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "adj.csv"
    f.write_text("chamber,kind,first_day_out,last_day_out\nhouse,recess,2025-03-15,2025-03-23\n")
    with pytest.raises(SystemExit) as exc:
        main(["nuclear", "timeline", "MYS", "--submitted", "2025-03-03", "--adjournments", str(f)])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert f"{f}:2" in err and "recess" in err and "\n" not in err
