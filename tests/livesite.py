"""A real ``skpdoc serve`` on a free loopback port, and a real Chromium driving it (the browser tests).

Chromium and its driver are Debian's (``chromium``, ``chromium-driver``: the
Makefile installs them like LibreOffice); nothing is downloaded. Screenshots
go to ``artifacts/screenshots/`` at the repository's top (or
``$SKPDOC_ARTIFACTS``), to be looked at.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from skpdoc.serve.app import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(os.environ.get("SKPDOC_ARTIFACTS", Path(__file__).resolve().parent.parent / "artifacts"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(root: Path, *, watch: bool = False) -> Iterator[str]:
    """``skpdoc serve`` of ``root`` in a thread; yields its base URL and stops it afterwards."""
    port = free_port()
    config = uvicorn.Config(create_app(root, watch=watch), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("skpdoc serve did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def chromium(width: int = 1366, height: int = 768) -> WebDriver:
    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=id"):
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def log_in(driver: WebDriver, base: str, name: str, password: str, *, here: bool = False) -> None:
    """Log in through the form: the login page's own, or (``here``) the one the browser was sent to, which
    carries where to go back to."""
    if not here:
        driver.get(f"{base}/login")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password)
    button = driver.find_element(By.CSS_SELECTOR, "form.login button[type=submit]")
    button.click()
    wait_gone(driver, button)


def wait_gone(driver: WebDriver, element: Any, seconds: float = 20) -> None:
    """Wait until ``element`` has left the page: the next page has loaded. Chromium may also answer that its node
    "does not belong to the document" while the old page unloads: gone too."""

    def gone(_: WebDriver) -> bool:
        try:
            element.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(driver, seconds).until(gone)


def screenshot(driver: WebDriver, name: str) -> Path:
    """A PNG of the whole page (as tall as its content), kept for people to look at."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    width = driver.get_window_size()["width"]
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(int(height) + 120, 4000))
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
