"""Helpers for the tests of ``skpdoc serve``: accounts of every role on the ``ws`` workspace, logged-in clients."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import httpx
from starlette.testclient import TestClient

from conftest import HEAD_NIP, KABID_NIP, STAFF_NIP
from skpdoc.serve import users
from skpdoc.serve.app import create_app

PASSWORD = "rahasia-sekali"

#: In the ``ws`` fixture (only OPD: diskominfo): the head (JPT), the kepala bidang he assesses, the kepala seksi
#: she assesses.
HEAD, KABID, KASI = HEAD_NIP, KABID_NIP, STAFF_NIP


def accounts(ws: Path) -> None:
    """One account of each role: admin, operator of diskominfo, operator of another OPD, penilai (the kabid),
    reviewer. A second OPD ``dinkes`` (a copy of diskominfo's opd.yaml, no employees) is made for the operator
    who may not touch diskominfo."""
    other = ws / "dinkes"
    other.mkdir(exist_ok=True)
    text = (ws / "diskominfo" / "opd.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^nama:.*$", "nama: Dinas Kesehatan", text).replace("singkatan: Diskominfo", "singkatan: Dinkes")
    (other / "opd.yaml").write_text(text, encoding="utf-8")
    users.add(ws, "admin", "admin", [], PASSWORD)
    users.add(ws, "ops", "operator", ["diskominfo"], PASSWORD)
    users.add(ws, "ops-dinkes", "operator", ["dinkes"], PASSWORD)
    users.add(ws, "kabid", "penilai", [], PASSWORD, nip=KABID)
    users.add(ws, "reviewer", "reviewer", [], PASSWORD)


def client(ws: Path) -> TestClient:
    return TestClient(create_app(ws), follow_redirects=False)


def csrf(client: TestClient, url: str = "/login") -> str:
    """The CSRF token of the session, from any page with a form."""
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(url).text)
    assert found, url
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> httpx.Response:
    response = client.post("/login", data={"csrf": csrf(client), "name": name, "password": password})
    assert response.status_code == 303, response.text
    return response


def logged_in(ws: Path, name: str) -> TestClient:
    c = client(ws)
    login(c, name)
    return c


def git_init(ws: Path) -> None:
    """Make ``ws`` a git repository with one commit of everything (as ``skpdoc init`` would)."""

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.name", "Test")
    git("config", "user.email", "test@example.org")
    git("add", "-A")
    git("commit", "-q", "-m", "awal")
