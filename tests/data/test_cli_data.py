"""The data commands of the CLI: output for good input, one-line errors and exit code 2 for bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from foedus.cli import app, main

runner = CliRunner()


def test_state_south_korea_shows_kor_and_732() -> None:
    result = runner.invoke(app, ["state", "South Korea"])
    assert result.exit_code == 0, result.output
    assert "KOR" in result.output and "732" in result.output


def test_state_json() -> None:
    result = runner.invoke(app, ["state", "Japan", "--format", "json"])
    data = json.loads(result.output)
    assert data["iso3"] == "JPN" and data["cow"] == 740
    assert "3375" in json.dumps(data["atop_alliances"])


def test_data_list_and_show_and_cite() -> None:
    assert "mindist" in runner.invoke(app, ["data", "list"]).output
    out = runner.invoke(app, ["data", "show", "mindist", "--state", "KOR", "--year", "2000", "--format", "csv",
                              "--limit", "2"]).output
    assert out.splitlines()[0] == "ccode1,ccode2,year,mindist" and len(out.splitlines()) == 3
    assert "@article{leedsetal2002atop" in runner.invoke(app, ["cite", "atop_members"]).output


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["state", "Narnia"], "unknown state"),
        (["data", "show", "mindist", "--year", "3000"], "impossible year"),
        (["data", "show", "nope"], "unknown table"),
        (["data", "show", "states", "--format", "xml"], "unknown format"),
        (["cite", "nope"], "unknown table"),
    ],
)
def test_bad_input_one_line_exit_2(argv: list[str], needle: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
