"""The web app of ``skpdoc serve``: sessions, CSRF, security headers, login and a read-only dashboard.

Everything a page shows comes from :mod:`skpdoc.api` (the dashboard is
``skpdoc status``'s computation); the app only checks who asks and renders
HTML. Sessions are signed cookies (HttpOnly, SameSite=lax, 8 hours) whose
secret sits in ``<workspace>/.skpdoc/serve-secret`` (0600, made on first run,
never printed). Every form carries a CSRF token kept in the session; every
response carries a Content-Security-Policy that forbids inline scripts and
styles, so the pages use only ``/static`` files. Jinja escapes every value.
"""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from skpdoc.serve.throttle import LoginThrottle

if TYPE_CHECKING:
    from skpdoc.serve.users import Users
    from skpdoc.status import Status

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
SECRET_FILE = Path(".skpdoc") / "serve-secret"
SESSION_SECONDS = 8 * 3600
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)

#: Checks a name and password against the accounts: ``verify(users, name, password)``, true when they match.
Verify = Callable[["Users", str, str], object]


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response (pages, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in SECURITY_HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message["headers"] = kept + list(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def load_secret(root: Path) -> bytes:
    """The workspace's session secret, made (random, 32 bytes, readable by its owner only) on first use."""
    path = root / SECRET_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it meanwhile: use theirs
        return path.read_bytes()
    with os.fdopen(fd, "wb") as out:
        out.write(secret)
    return secret


def create_app(
    root: Path,
    *,
    secret: bytes | None = None,
    users: Callable[[], Users] | None = None,
    verify: Verify | None = None,
    https_only: bool = False,
    throttle: LoginThrottle | None = None,
) -> Starlette:
    """The app serving the workspace at ``root``.

    ``users`` loads the accounts (called on every login, so an account added
    meanwhile counts) and ``verify`` checks a password against them; both
    default to :mod:`skpdoc.serve.users`. ``secret`` signs the session cookies
    (default: the workspace's ``.skpdoc/serve-secret``); ``https_only`` marks
    the cookie Secure, for a server behind an HTTPS reverse proxy. ``throttle``
    limits failed logins (:mod:`skpdoc.serve.throttle`).
    """
    from skpdoc.serve import users as accounts

    root = Path(root)
    load_users = users or (lambda: accounts.load(root))
    check = verify or accounts.verify
    attempts = throttle or LoginThrottle()
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
    templates = Jinja2Templates(env=env)

    def page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
        lang = _lang(root)
        from skpdoc.messages.labels import columns, label

        words = {
            "lang": lang,
            "t": lambda key, **args: label(f"serve.{key}", lang, **args),
            "t_columns": columns("serve.kolom", lang),
        }
        context = {**words, "csrf": csrf_token(request), "user": request.session.get("user"), **context}
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    async def login_form(request: Request) -> Response:
        if request.session.get("user"):
            return RedirectResponse("/", status_code=303)
        return page(request, "login.html", {"error": False, "name": ""})

    async def login(request: Request) -> Response:
        form = await request.form()
        if not _csrf_ok(request, form.get("csrf")):
            return Response("CSRF", status_code=403, media_type="text/plain")
        name, password = form.get("name"), form.get("password")
        shown = name if isinstance(name, str) else ""
        address = request.client.host if request.client else ""
        wait = attempts.wait(address, shown)
        if wait:  # refused before the password is checked: no argon2 work spent on a guess
            response = page(request, "login.html", {"error": False, "name": shown, "wait": wait}, status_code=429)
            response.headers["Retry-After"] = str(wait)
            return response
        if isinstance(name, str) and isinstance(password, str) and name and check(load_users(), name, password):
            attempts.succeeded(address, name)
            request.session.clear()  # nothing of the anonymous session carries over (a fresh CSRF token too)
            request.session["user"] = name
            return RedirectResponse("/", status_code=303)
        attempts.failed(address, shown)
        return page(request, "login.html", {"error": True, "name": shown}, status_code=401)

    async def logout(request: Request) -> Response:
        form = await request.form()
        if not _csrf_ok(request, form.get("csrf")):
            return Response("CSRF", status_code=403, media_type="text/plain")
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    async def dashboard(request: Request) -> Response:
        if not request.session.get("user"):
            return RedirectResponse("/login", status_code=303)
        from starlette.concurrency import run_in_threadpool

        from skpdoc.api import status

        result = await run_in_threadpool(status, root)  # reads every spec: off the event loop
        from skpdoc.reference import PERIODE

        periode = PERIODE[result.periode] if result.periode else None
        return page(request, "dashboard.html", {"status": result, "periode": periode, "rows": _rows(result)})

    routes = [
        Route("/", dashboard),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    key = (secret if secret is not None else load_secret(root)).hex()
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(
            SessionMiddleware,
            secret_key=key,
            session_cookie="skpdoc_session",
            max_age=SESSION_SECONDS,
            same_site="lax",
            https_only=https_only,
        ),
    ]
    return Starlette(routes=routes, middleware=middleware)


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; every form sends it back in its ``csrf`` field."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def _csrf_ok(request: Request, sent: object) -> bool:
    expected = request.session.get("csrf")
    return isinstance(expected, str) and isinstance(sent, str) and hmac.compare_digest(expected, sent)


def _lang(root: Path) -> str:
    from skpdoc import lang

    return lang.resolve(None, root)


def _rows(result: Status) -> list[dict[str, Any]]:
    """One row of counts per OPD; the evaluation counts only when a periode is looked at."""
    evaluated = result.periode is not None
    return [
        {
            "slug": o.slug,
            "nama": o.nama,
            "jumlah": o.jumlah,
            "rencana": o.hitung("rencana_lengkap"),
            "terisi": o.hitung("terisi") if evaluated else "-",
            "dinilai": o.hitung("dinilai") if evaluated else "-",
            "galat": o.hitung("galat"),
        }
        for o in result.opd
    ]
