"""The review clock on worked examples counted by hand (counts in the comments)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foedus.errors import BadInputError
from foedus.nuclear import earliest_entry_into_force
from foedus.nuclear.clock import Adjournment

D = dt.date


def adj(chamber: str, first: str, last: str, kind: str = "day_certain") -> Adjournment:
    return Adjournment(chamber=chamber, kind=kind, first_day_out=D.fromisoformat(first),
                       last_day_out=D.fromisoformat(last))


def test_crs_example_no_recess() -> None:
    # CRS RL34541: submitted 2008-05-13; with no recesses the period could end "as early as August 11".
    c = earliest_entry_into_force("2008-05-13", adjournments=[])
    assert c.review_complete == D(2008, 8, 11) and c.earliest_entry_into_force == D(2008, 8, 11)


def test_one_house_recess() -> None:
    # Submitted Mon 2025-03-03. Days 1-11 = Mar 4..14. House out Mar 15..23 (9 days, excluded).
    # Day 12 = Mar 24; day 19 = Mar 31; day 30 = Apr 11; day 49 = Apr 30; day 80 = May 31; day 90 = Jun 10.
    c = earliest_entry_into_force("2025-03-03", adjournments=[adj("house", "2025-03-15", "2025-03-23")])
    assert c.consultation_complete == D(2025, 4, 11)
    assert c.review_complete == D(2025, 6, 10) and c.excluded_days == 9


def test_overlapping_recesses_exclude_the_union() -> None:
    # House out Mar 15..23, Senate out Mar 20..28: either House out -> Mar 15..28 = 14 days excluded.
    # No-recess day 90 would be Jun 1 (Mar 3 + 90); + 14 = Jun 15.
    c = earliest_entry_into_force("2025-03-03", adjournments=[adj("house", "2025-03-15", "2025-03-23"),
                                                            adj("senate", "2025-03-20", "2025-03-28")])
    assert c.review_complete == D(2025, 6, 15) and c.excluded_days == 14


def test_sine_die_restarts_count() -> None:
    # Submitted 2025-11-01: Nov 2..Dec 19 = 29 + 19 = 48 days, then sine die Dec 20..Jan 2 breaks continuity.
    # Restart: day 1 = 2026-01-03; Jan 3..31 = days 1-29; Feb = days 30-57; Mar = days 58-88; Apr 2 = day 90.
    c = earliest_entry_into_force("2025-11-01", adjournments=[adj("both", "2025-12-20", "2026-01-02", "sine_die")])
    assert c.review_complete == D(2026, 4, 2) and c.restarts == 1


def test_exempt_needs_approval() -> None:
    c = earliest_entry_into_force("2008-05-13", adjournments=[], exempt=True)
    assert c.review_complete == D(2008, 8, 11) and c.earliest_entry_into_force is None
    assert any("approving" in x for x in c.conditions)


def test_default_calendar_is_labelled() -> None:
    c = earliest_entry_into_force("2025-03-03")
    assert "no adjournments" in c.calendar and c.review_complete == D(2025, 6, 1)  # Mar 3 + 90 days


def test_yaml_and_csv_files(tmp_path: Path) -> None:
    y = tmp_path / "adj.yaml"
    y.write_text("adjournments:\n  - chamber: house\n    kind: day_certain\n"
                 "    first_day_out: 2025-03-15\n    last_day_out: 2025-03-23\n")
    assert earliest_entry_into_force("2025-03-03", adjournments=str(y)).review_complete == D(2025, 6, 10)
    c = tmp_path / "adj.csv"
    c.write_text("chamber,kind,first_day_out,last_day_out\nhouse,day_certain,2025-03-15,2025-03-23\n")
    assert earliest_entry_into_force("2025-03-03", adjournments=str(c)).review_complete == D(2025, 6, 10)


def test_bad_files_name_file_and_line(tmp_path: Path) -> None:
    y = tmp_path / "bad.yaml"
    y.write_text("adjournments:\n  - chamber: house\n    kind: day_certain\n    first_day_out: 2025-03-15\n"
                 "    last_day_out: 2025-03-23\n  - chamber: hous\n    kind: day_certain\n"
                 "    first_day_out: 2025-04-01\n    last_day_out: 2025-04-09\n")
    with pytest.raises(BadInputError, match=r"bad\.yaml:6: .*hous"):
        earliest_entry_into_force("2025-03-03", adjournments=str(y))
    c = tmp_path / "bad.csv"
    c.write_text("chamber,kind,first_day_out,last_day_out\nhouse,day_certain,2025-03-15,2025-03-23\n"
                 "senate,day_certain,2025-04-31,2025-05-09\n")
    with pytest.raises(BadInputError, match=r"bad\.csv:3: .*2025-04-31"):
        earliest_entry_into_force("2025-03-03", adjournments=str(c))
    short = tmp_path / "short.csv"
    short.write_text("chamber,kind,first_day_out,last_day_out\nhouse,day_certain,2025-03-15,2025-03-17\n")
    with pytest.raises(BadInputError, match="more than|exceed 3"):
        earliest_entry_into_force("2025-03-03", adjournments=str(short))
