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
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from livesite import log_in, screenshot, serving, wait_gone
from webclient import HEAD, KASI, PASSWORD, accounts, git_init

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


TARGET = "utama.0.0.target"
TARGET_ID = "f-hasil_kerja-utama-0-indikator-0-target"


def git_out(ws: Path, *args: str) -> str:
    import subprocess

    return subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True, text=True).stdout


def save(page: Any) -> None:
    """Press Simpan and wait for the next page."""
    button = page.find_element(By.CSS_SELECTOR, "button[name=aksi][value=simpan]")
    button.click()
    wait_gone(page, button)


def set_value(page: Any, name: str, value: str) -> None:
    field = page.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value, Keys.TAB)  # leaving the field is a change: htmx checks it


def test_an_operator_changes_a_target_sees_a_bad_value_refused_and_commits(page: Any, ws: Path) -> None:
    from skpdoc import api

    accounts(ws)
    git_init(ws)
    with serving(ws) as base:
        log_in(page, base, "ops", PASSWORD)
        page.get(f"{base}/pegawai/{KASI}")
        page.find_element(By.LINK_TEXT, "Ubah rencana").click()
        WebDriverWait(page, 10).until(lambda d: d.current_url.endswith("/ubah"))
        set_value(page, TARGET, "banyak")
        beside = WebDriverWait(page, 10, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.find_element(By.ID, f"p-{TARGET_ID}").text or None  # the check answered, beside the field
        )
        assert "angka" in beside
        screenshot(page, "ubah-rencana-masalah")
        save(page)  # refused: the input is kept, nothing written
        assert page.find_element(By.NAME, TARGET).get_attribute("value") == "banyak"
        assert git_out(ws, "rev-list", "--count", "HEAD").strip() == "1"
        set_value(page, TARGET, "14")
        WebDriverWait(page, 10, ignored_exceptions=(WebDriverException,)).until(
            lambda d: not d.find_element(By.ID, f"p-{TARGET_ID}").text
        )
        save(page)
        assert page.current_url == f"{base}/pegawai/{KASI}"
        assert "14" in page.find_element(By.ID, TARGET_ID).text
    assert git_out(ws, "log", "-1", "--format=%an|%s").startswith(f"ops|SKP {KASI}: target rhk-1.1")
    changes = api.diff_revisions("HEAD~1..HEAD", cwd=ws).changes
    assert [(c.what, c.kind) for c in changes] == [("target", "changed")]
    assert "12" in str(changes[0].old) and "14" in str(changes[0].new)


def test_a_save_over_someone_elses_change_is_refused_and_keeps_the_input(page: Any, ws: Path) -> None:
    accounts(ws)
    git_init(ws)
    spec = ws / "diskominfo" / f"{KASI}.yaml"
    with serving(ws) as base:
        log_in(page, base, "ops", PASSWORD)
        page.get(f"{base}/pegawai/{KASI}/ubah")
        set_value(page, TARGET, "16")
        # meanwhile someone changes the same spec from the command line and commits it
        spec.write_text(spec.read_text().replace("target: 12", "target: 13"), encoding="utf-8")
        git_out(ws, "commit", "-qam", "dari CLI")
        save(page)
        assert page.find_element(By.NAME, TARGET).get_attribute("value") == "16"  # nothing lost
        text = page.find_element(By.TAG_NAME, "main").text
        assert "13" in text  # the other change is shown
        screenshot(page, "ubah-rencana-konflik")
        assert "target: 13" in spec.read_text()
        save(page)  # saving again applies the input over the current file
        assert "target: 16" in spec.read_text()


def test_a_penilai_rates_her_staff_and_is_refused_for_her_head(page: Any, ws: Path) -> None:
    from selenium.webdriver.support.ui import Select

    accounts(ws)
    git_init(ws)
    with serving(ws) as base:
        log_in(page, base, "kabid", PASSWORD)
        page.get(f"{base}/pegawai/{KASI}/evaluasi/triwulan-1")
        Select(page.find_element(By.NAME, "e.rating_hasil_kerja")).select_by_value("di-atas-ekspektasi")
        screenshot(page, "evaluasi")
        save(page)
        assert page.current_url == f"{base}/pegawai/{KASI}"
        page.get(f"{base}/pegawai/{HEAD}/evaluasi/triwulan-1")
        assert "Anda tidak berhak" in page.find_element(By.TAG_NAME, "main").text
    spec = (ws / "diskominfo" / f"{KASI}.yaml").read_text()
    assert "rating_hasil_kerja: di-atas-ekspektasi" in spec and "predikat: sangat-baik" in spec
    assert git_out(ws, "log", "-1", "--format=%an").strip() == "kabid"


def test_a_session_that_expires_mid_edit_keeps_the_input(page: Any, ws: Path) -> None:
    accounts(ws)
    git_init(ws)
    with serving(ws) as base:
        log_in(page, base, "ops", PASSWORD)
        page.get(f"{base}/pegawai/{KASI}/ubah")
        set_value(page, TARGET, "15")
        page.delete_all_cookies()  # the session is gone while the form is open
        save(page)
        assert "/login" in page.current_url
        log_in(page, base, "ops", PASSWORD, here=True)
        assert "pulih=" in page.current_url
        assert page.find_element(By.NAME, TARGET).get_attribute("value") == "15"
        save(page)
    assert "target: 15" in (ws / "diskominfo" / f"{KASI}.yaml").read_text()
