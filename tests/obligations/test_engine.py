"""Engine properties that hold whatever the charters say."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.errors import BadInputError
from foedus.obligations import obligations
from foedus.obligations.engine import all_pairs


def test_attacker_is_never_bound_to_defend_against_itself():
    answer = obligations("EST", (59.437, 24.7536), "2025-01-01", attacker="USA")
    assert "USA" not in answer.bound()
    assert any(n.state == "USA" and "attacker" in n.reason for n in answer.not_covered)


def test_a_state_bound_under_several_treaties_appears_once_per_treaty():
    answer = obligations("FRA", (48.8566, 2.3522), "2025-01-01", attacker="RUS")
    pairs = [(o.state, o.treaty) for o in answer.obligations]
    assert len(pairs) == len(set(pairs))


def test_same_target_and_attacker_is_refused():
    with pytest.raises(BadInputError, match="both JPN"):
        obligations("JPN", (35.0, 139.0), "2025-01-01", attacker="Japan")


def test_all_pairs_agrees_with_single_queries():
    day = dt.date(2025, 1, 1)
    capitals = {"EST": (59.437, 24.7536), "RUS": (55.7558, 37.6173), "USA": (38.9072, -77.0369),
                "JPN": (35.6762, 139.6503), "CHN": (39.9042, 116.4074), "MEX": (19.4326, -99.1332)}
    frame = all_pairs(capitals, day)
    for target, point in capitals.items():
        for attacker in capitals:
            if attacker == target:
                continue
            single = obligations(target, point, day, attacker=attacker)
            expected = sorted((o.state, o.treaty, o.obligation) for o in single.obligations)
            got = sorted(frame.filter((frame["target"] == target) & (frame["attacker"] == attacker))
                         .select("state", "treaty", "obligation").iter_rows())
            assert got == expected, (attacker, target)
