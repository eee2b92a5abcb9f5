"""Open the HTML report in headless Chromium (Debian's /usr/bin/chromium through Playwright's Python API) and
check that every chart, the map included, renders: an svg or canvas in each container, no console errors, and
no network request other than the file itself."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assess"))
from assess_raw import CHARTER, DATE  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.browser


def _browser_or_skip():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (Python package) is not installed: pip install playwright")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    return sync_playwright


def test_report_charts_render_in_chromium(tmp_path):
    sync_playwright = _browser_or_skip()
    from foedus.assess import assess
    from foedus.report import write_report

    page_file = write_report(assess(str(CHARTER), date=DATE, vs=["nato"]), tmp_path / "report.html", "html")
    url = page_file.resolve().as_uri()
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                                    args=ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(url)
            n = page.locator("[data-chart]").count()
            assert n >= 7
            page.wait_for_function(
                f"window.foedusRendered + window.foedusErrors.length >= {n}", timeout=60_000)
            assert page.evaluate("window.foedusErrors") == []
            for i in range(n):
                box = page.locator("[data-chart]").nth(i)
                assert box.locator("svg, canvas").count() > 0, f"chart {i} did not render"
            # the map: country shapes drawn (many paths) in the first alliance's map
            first_map = page.locator("[data-chart]").nth(1)
            assert first_map.locator("path").count() > 100
        finally:
            browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith("file://") and not u.startswith("data:")] == []
