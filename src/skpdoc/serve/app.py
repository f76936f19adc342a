"""The web app of ``skpdoc serve``: security headers, sessions, and the pages of :mod:`skpdoc.serve.pages`.

Everything a page shows comes from :mod:`skpdoc.api` and the snapshot of
:mod:`skpdoc.serve.state`; the app only checks who asks and renders HTML.
Sessions are signed cookies (HttpOnly, SameSite=lax, 8 hours) whose secret
sits in ``<workspace>/.skpdoc/serve-secret`` (0600, made on first run, never
printed). Every form carries a CSRF token kept in the session; every response
carries a Content-Security-Policy that forbids inline scripts and styles, so
the pages use only ``/static`` files. Jinja escapes every value.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from skpdoc.serve.site import LoginRequired, Site, login_redirect
from skpdoc.serve.state import State
from skpdoc.serve.throttle import LoginThrottle

if TYPE_CHECKING:
    from skpdoc.serve.users import Users

HERE = Path(__file__).parent
STATIC = HERE / "static"
SECRET_FILE = Path(".skpdoc") / "serve-secret"
SESSION_SECONDS = 8 * 3600
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'"
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"SAMEORIGIN"),
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
    watch: bool = False,
) -> Starlette:
    """The app serving the workspace at ``root``.

    ``users`` loads the accounts (called on every request, so an account added
    or removed meanwhile counts at once) and ``verify`` checks a password
    against them; both default to :mod:`skpdoc.serve.users`. ``secret`` signs
    the session cookies (default: the workspace's ``.skpdoc/serve-secret``);
    ``https_only`` marks the cookie Secure, for a server behind an HTTPS
    reverse proxy. ``throttle`` limits failed logins
    (:mod:`skpdoc.serve.throttle`). ``watch`` follows changes made on disk by
    others (the CLI, ``git pull``) with a thread; saves through the app are
    seen without it.
    """
    from skpdoc.serve import pages
    from skpdoc.serve import users as accounts
    from skpdoc.serve.pages import auth

    root = Path(root).resolve()
    state = State(root)
    site = Site.create(root, state, users or (lambda: accounts.load(root)))
    routes: list[BaseRoute] = auth.routes(site, verify or accounts.verify, throttle or LoginThrottle())
    for module in pages.modules():
        routes += module.routes(site)
    routes.append(Mount("/static", app=StaticFiles(directory=STATIC), name="static"))
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

    async def to_login(request: Request, exc: Exception) -> Response:
        return login_redirect(request)

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 403 and exc.detail == "CSRF":
            return PlainTextResponse("CSRF", status_code=403)
        text = site.t(f"http.{exc.status_code}") if exc.status_code in (403, 404, 409) else str(exc.detail)
        return site.page(request, "error.html", {"status": exc.status_code, "text": text}, exc.status_code)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if watch:
            state.watch()
        try:
            yield
        finally:
            state.close()
            from skpdoc.serve import preview

            preview.close(root)  # the LibreOffice kept running for previews

    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={LoginRequired: to_login, HTTPException: refused},
        lifespan=lifespan,
    )
    app.state.site = site
    return app
