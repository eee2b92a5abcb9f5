"""The report formats: same numbers in HTML, Markdown and JSON; HTML self-contained and small; atomic writes."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import polars as pl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assess"))
from assess_raw import CHARTER, DATE  # noqa: E402


@pytest.fixture(scope="module")
def ap():
    from foedus.assess import assess

    return assess(str(CHARTER), date=DATE, vs=["nato"])


def test_html_is_self_contained_and_small(ap):
    from foedus.report import render

    text = render(ap, "html")
    assert len(text.encode()) < 5 * 1024 * 1024
    assert not re.search(r"<script[^>]+src=", text)
    assert not re.search(r"<link[^>]+href=", text)
    assert "vegaEmbed(" in text
    assert text.count('data-chart="1"') >= 7  # power + (map, network, burden) x 2 alliances


def test_same_numbers_in_json_and_markdown(ap):
    from foedus.report import render

    data = json.loads(render(ap, "json"))
    md = render(ap, "md")
    milex = next(r for r in data["sections"]["power_totals"] if r["entity"] == ap.alliance
                 and r["indicator"] == "milex")
    assert milex["value"] == pytest.approx(ap.section("power_totals").filter(
        (pl.col("entity") == ap.alliance) & (pl.col("indicator") == "milex"))["value"][0])
    assert milex["label"] == "12 of 14 reported; no data: LAO, VNM"
    assert f"{milex['value']:,.0f}" in md and "12 of 14 reported; no data: LAO, VNM" in md
    c = data["summary"]["network"]
    assert f"Pairs bound before: {c['bound_before']}, after: {c['bound_after']}; new: {c['new']}" in md
    assert [x["alliance"] for x in data["comparisons"]] == ["nato"]
    assert "schemas" in data and data["schemas"]["burden"]["gap_2pct_usd_m"] == "Float64"
    # missing is shown as missing: Viet Nam's military expenditure
    vnm = next(r for r in data["sections"]["burden"] if r["state"] == "VNM")
    assert vnm["share_gdp"] is None and vnm["status"] == "no data"
    assert "| VNM | 2024 | no data | no data |" in md


def test_write_report_is_atomic(ap, tmp_path, monkeypatch):
    import foedus.report as report

    out = tmp_path / "r.md"
    report.write_report(ap, out, "md")
    before = out.read_text()
    assert before.startswith("# foedus assessment")

    def boom(*_a, **_k):
        raise RuntimeError("render failed")

    monkeypatch.setattr(report, "render", boom)
    with pytest.raises(RuntimeError):
        report.write_report(ap, out, "md")
    assert out.read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]
