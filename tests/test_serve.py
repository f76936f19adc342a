"""``skpdoc serve``: login, CSRF, security headers and the dashboard, over HTTP with Starlette's TestClient."""

from __future__ import annotations

import importlib.resources
import re
import stat
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from skpdoc.cli import main
from skpdoc.cli.serve import check_host
from skpdoc.errors import UsageError
from skpdoc.serve import users
from skpdoc.serve.app import CSP, create_app

PASSWORD = "rahasia-sekali"


@pytest.fixture
def client(ws: Path) -> TestClient:
    users.add(ws, "budi", "admin", [], PASSWORD)
    return TestClient(create_app(ws), follow_redirects=False)


def csrf(client: TestClient, url: str = "/login") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(url).text)
    assert found
    return found.group(1)


def login(client: TestClient, password: str = PASSWORD) -> httpx.Response:
    return client.post("/login", data={"csrf": csrf(client), "name": "budi", "password": password})


def test_the_dashboard_asks_for_a_login_first(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 303
    assert response.headers["location"] == "/login"


def test_a_wrong_password_gives_no_session(client: TestClient) -> None:
    response = login(client, "salah-sandi")
    assert response.status_code == 401
    assert "Nama pengguna atau kata sandi salah." in response.text
    assert client.get("/").status_code == 303


def test_the_right_password_shows_every_opd_with_its_counts(client: TestClient) -> None:
    response = login(client)
    assert response.status_code == 303
    page = client.get("/")
    assert page.status_code == 200
    assert "Rencana lengkap" in page.text and "Masuk sebagai budi" in page.text
    # diskominfo: three employees, all three plans complete, one evaluation filled and rated, no errors
    row = re.search(
        r"<tr><th scope=\"row\"><a href=\"/opd/diskominfo\">([^<]+)</a></th>((?:<td>[^<]*</td>)+)</tr>", page.text
    )
    assert row
    assert re.findall(r"<td>([^<]*)</td>", row.group(2)) == ["3", "3", "1", "1", "0", "0", "tanpa capaian"]
    assert "Periode: " in page.text


def test_the_dashboard_speaks_the_workspaces_language(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKPDOC_LANG", "en")
    login(client)
    assert "Plans complete" in client.get("/").text


@pytest.mark.parametrize("token", [None, "forged"])
def test_forms_without_the_csrf_token_are_refused(client: TestClient, token: str | None) -> None:
    csrf(client)
    data = {"name": "budi", "password": PASSWORD} | ({"csrf": token} if token else {})
    assert client.post("/login", data=data).status_code == 403
    assert client.get("/").status_code == 303
    login(client)
    assert client.post("/logout", data={"csrf": token} if token else {}).status_code == 403
    assert client.get("/").status_code == 200  # still logged in
    out = client.post("/logout", data={"csrf": csrf(client, "/")})
    assert out.status_code == 303 and client.get("/").status_code == 303


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    cookie = client.get("/login").headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "max-age=28800" in cookie
    for response in (client.get("/login"), client.get("/"), client.get("/static/app.css"), client.get("/nope")):
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"


def test_spec_text_is_escaped(client: TestClient, ws: Path) -> None:
    opd = ws / "diskominfo" / "opd.yaml"
    opd.write_text(re.sub(r"(?m)^nama:.*$", 'nama: "<script>alert(1)</script>"', opd.read_text()))
    login(client)
    page = client.get("/").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page


def test_the_session_secret_is_private_and_kept(ws: Path) -> None:
    create_app(ws, users=lambda: users.load(ws))
    secret = ws / ".skpdoc" / "serve-secret"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600 and len(secret.read_bytes()) == 32
    before = secret.read_bytes()
    create_app(ws)
    assert secret.read_bytes() == before


def test_templates_and_static_files_ship_in_the_package() -> None:
    package = importlib.resources.files("skpdoc.serve")
    assert all((package / "templates" / name).is_file() for name in ("base.html", "login.html", "dashboard.html"))
    assert (package / "static" / "app.css").is_file()


def test_serve_refuses_the_network_without_accounts(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", str(ws), "--host", "0.0.0.0"]) == 2
    assert "tidak mau mendengarkan di 0.0.0.0" in capsys.readouterr().err
    for host in ("127.0.0.1", "::1", "localhost"):
        check_host(host, ws)
    users.add(ws, "budi", "admin", [], PASSWORD)
    check_host("0.0.0.0", ws)  # with an account: allowed
    with pytest.raises(UsageError):
        check_host("0.0.0.0", ws / "nowhere")


def test_failed_logins_are_limited_before_any_password_is_checked(ws: Path) -> None:
    from skpdoc.serve import throttle

    users.add(ws, "budi", "admin", [], PASSWORD)
    now = [1000.0]
    checked: list[str] = []

    def verify(accounts: users.Users, name: str, password: str) -> bool:
        checked.append(password)
        return users.verify(accounts, name, password) is not None

    limiter = throttle.LoginThrottle(clock=lambda: now[0])
    client = TestClient(create_app(ws, verify=verify, throttle=limiter), follow_redirects=False)
    for _ in range(throttle.PER_NAME):
        assert login(client, "tebakan").status_code == 401
    refused = login(client)  # even the right password: the name is locked for a while
    assert refused.status_code == 429 and "coba lagi dalam 300 detik" in refused.text
    assert refused.headers["retry-after"] == "300"
    assert len(checked) == throttle.PER_NAME  # no password checked once locked
    now[0] += throttle.WINDOW
    assert login(client).status_code == 303  # the window has passed


def test_a_new_password_or_an_account_made_anew_ends_the_sessions_before_it(client: TestClient, ws: Path) -> None:
    login(client)
    assert client.get("/").status_code == 200
    users.set_password(ws, "budi", PASSWORD + "-baru")
    assert client.get("/").status_code == 303  # logged out by the change
    login(client, PASSWORD + "-baru")
    assert client.get("/").status_code == 200
    users.remove(ws, "budi")
    users.add(ws, "budi", "admin", [], PASSWORD + "-baru")  # same name and password, another account
    assert client.get("/").status_code == 303


def test_the_login_limit_keeps_little_whatever_names_are_sent() -> None:
    from skpdoc.serve import throttle

    limiter = throttle.LoginThrottle()
    for i in range(3 * throttle.MAX_KEYS):
        limiter.failed(f"10.0.{i // 250}.{i % 250}", "x" * 1000 + str(i))  # no account has such a name
    assert len(limiter._failures) <= throttle.MAX_KEYS + 2
    assert all(len(name) <= 32 for _, name in limiter._failures)
