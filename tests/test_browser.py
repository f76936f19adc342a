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
from webclient import KASI, PASSWORD, accounts, git_init

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


def test_an_employee_page_prints_spec_text_literally_and_previews_its_form(page: Any, ws: Path) -> None:
    spec = ws / "diskominfo" / f"{KASI}.yaml"
    spec.write_text(
        spec.read_text().replace("Terselenggaranya layanan e-government", '"<script>alert(1)</script>"'),
        encoding="utf-8",
    )
    accounts(ws)
    git_init(ws)
    with serving(ws) as base:
        log_in(page, base, "ops", PASSWORD)
        page.get(f"{base}/pegawai/{KASI}")
        assert "Rina Marlina" in page.find_element(By.TAG_NAME, "h1").text
        assert "<script>alert(1)</script>" in page.find_element(By.TAG_NAME, "main").text  # printed as text
        assert page.execute_script("return document.querySelectorAll('main script').length") == 0
        screenshot(page, "pegawai")
        # the preview's PDF, fetched by the page's own session
        pdf = page.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"fetch('/pegawai/{KASI}/pratinjau/skp').then(r => r.arrayBuffer())"
            ".then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 5)))));"
        )
        assert pdf == "%PDF-"


def test_a_reviewer_reads_the_proposed_changes_and_may_not_post(page: Any, ws: Path) -> None:
    import subprocess

    accounts(ws)
    git_init(ws)
    spec = ws / "diskominfo" / f"{KASI}.yaml"
    subprocess.run(["git", "checkout", "-q", "-b", "usulan"], cwd=ws, check=True)
    spec.write_text(spec.read_text().replace("target: 12", "target: 14"), encoding="utf-8")
    subprocess.run(["git", "commit", "-qam", "usulan target"], cwd=ws, check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=ws, check=True)
    with serving(ws) as base:
        log_in(page, base, "reviewer", PASSWORD)
        page.get(f"{base}/telaah?rev=main..usulan")
        text = page.find_element(By.TAG_NAME, "main").text
        assert "rhk-1.1" in text and "12" in text and "14" in text
        screenshot(page, "telaah")
        page.get(f"{base}/pegawai/{KASI}")
        assert not page.find_elements(By.LINK_TEXT, "Ubah rencana")  # no button to press...
        token = page.find_element(By.NAME, "csrf").get_attribute("value")
        status = page.execute_async_script(  # ... and the server refuses the request made by hand
            "const done = arguments[arguments.length - 1];"
            f"fetch('/pegawai/{KASI}/ubah', {{method: 'POST', body: new URLSearchParams({{csrf: arguments[0]}})}})"
            ".then(r => done(r.status));",
            token,
        )
        assert status == 403
