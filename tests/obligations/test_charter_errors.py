"""A malformed charter fails with file, line and field named; unknown states and impossible dates are caught."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from foedus.errors import CharterError
from foedus.treaties import load_charter

GOOD = """\
id: test-pact
name: Test Pact
short_name: Test Pact
kind: treaty
signed: 2020-01-01
in_force: 2020-02-01
dates_source: text
sources:
  - {id: text, cite: "the drafted test text"}
parties:
  - {state: USA, spells: [{from: 2020-02-01, source: text}]}
  - {state: JPN, spells: [{from: 2020-02-01, source: text}]}
articles:
  - article: "1"
    kind: defend
    text: "An armed attack on either Party shall be met by the other."
    source: text
    strength: "shall be met"
    strength_level: automatic
    scope:
      - {assets: [territory], where: {territory_of: victim}, description: "the victim's territory"}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pact.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle`` (computed from the fixture, not the code)."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_good_charter_loads(tmp_path):
    charter = load_charter(write(tmp_path, GOOD))
    assert charter.party_states() == ["USA", "JPN"]


def test_bad_field_value_names_file_line_and_field(tmp_path):
    text = GOOD.replace("strength_level: automatic", "strength_level: sometimes")
    with pytest.raises(CharterError) as err:
        load_charter(write(tmp_path, text))
    assert re.match(rf"pact\.yaml:{line_of(text, 'sometimes')}: articles\.0\.strength_level: ", str(err.value))


def test_impossible_date_is_named(tmp_path):
    text = GOOD.replace("in_force: 2020-02-01", "in_force: 2020-02-30")
    with pytest.raises(CharterError) as err:
        load_charter(write(tmp_path, text))
    assert str(err.value).startswith(f"pact.yaml:{line_of(text, '2020-02-30')}: in_force:")


def test_unknown_state_is_named_with_suggestions(tmp_path):
    text = GOOD.replace("state: JPN", "state: JPX")
    with pytest.raises(CharterError) as err:
        load_charter(write(tmp_path, text))
    message = str(err.value)
    assert message.startswith(f"pact.yaml:{line_of(text, 'JPX')}: parties.1.state: unknown state 'JPX'")


def test_missing_source_reference_is_refused(tmp_path):
    text = GOOD.replace("    source: text\n    strength:", "    source: nowhere\n    strength:")
    with pytest.raises(CharterError, match="unknown source ids.*'nowhere'"):
        load_charter(write(tmp_path, text))


def test_unknown_region_is_refused(tmp_path):
    text = GOOD.replace("where: {territory_of: victim}", "where: {territory_of: victim, in_regions: [atlantis]}")
    with pytest.raises(CharterError, match="unknown region 'atlantis'"):
        load_charter(write(tmp_path, text))


def test_not_yaml(tmp_path):
    with pytest.raises(CharterError, match=r"pact\.yaml:\d+: not valid YAML"):
        load_charter(write(tmp_path, "id: [unclosed\n"))


def test_missing_file():
    with pytest.raises(CharterError, match="not found"):
        load_charter("/nonexistent/charter.yaml")


def test_every_bundled_charter_has_a_reference_for_every_clause():
    """Nothing in the charters lacks a reference: every clause has its words and a declared source."""
    from foedus.treaties import bundled_charters

    charters = bundled_charters()
    assert {"nato"} <= set(charters)
    for charter in charters.values():
        known = {s.id for s in charter.sources}
        for clause in charter.articles:
            assert clause.text.strip() and clause.source in known, (charter.id, clause.article)
            for entry in clause.scope:
                assert entry.description.strip(), (charter.id, clause.article)
        for party in charter.parties:
            assert all(s.source in known for s in party.spells), (charter.id, party.state)
