"""``skpdoc serve`` in a real Chromium: what a BKPSDM officer, an operator, a penilai and a reviewer do.

Each test serves a copy of the small workspace (a git repository) on a free
loopback port and drives Debian's Chromium through chromium-driver. Pages are
screenshotted into ``artifacts/screenshots`` to be looked at.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By

from livesite import log_in, screenshot, serving
from webclient import PASSWORD, accounts, git_init

pytestmark = pytest.mark.slow


@pytest.fixture
def site(ws: Path) -> Any:
    accounts(ws)
    git_init(ws)
    with serving(ws) as base:
        yield base


def test_an_officer_logs_in_and_sees_every_opd(page: Any, site: str) -> None:
    page.get(site + "/")
    assert page.current_url.endswith("/login")  # no session: the login first
    log_in(page, site, "admin", "salah-sandi")
    assert "Nama pengguna atau kata sandi salah." in page.find_element(By.CSS_SELECTOR, "[role=alert]").text
    log_in(page, site, "admin", PASSWORD)
    assert page.current_url == site + "/"
    heads = [th.text for th in page.find_elements(By.CSS_SELECTOR, "table thead th")]
    assert "Rencana lengkap" in heads
    names = [th.text for th in page.find_elements(By.CSS_SELECTOR, "table tbody th[scope=row]")]
    assert any("Komunikasi" in n for n in names)
    shot = screenshot(page, "dashboard")
    assert shot.stat().st_size > 10_000


def test_the_pages_run_no_inline_script_and_load_every_resource(page: Any, site: str) -> None:
    log_in(page, site, "admin", PASSWORD)
    html = page.page_source
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # every script is a file
    # the vendored htmx loaded under the CSP (no network outside the site)
    assert page.execute_script("return typeof window.htmx") == "object"
    errors = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
