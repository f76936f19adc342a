"""What every page of ``skpdoc serve`` shares: the snapshot, the account, templates in the user's language, CSRF.

A route module (``skpdoc.serve.pages.*``) gets a :class:`Site` and returns its
routes. A handler starts with :meth:`Site.account` (None: send to the login)
and asks :mod:`skpdoc.serve.access` before it reads or writes a spec; it
looks people and OPDs up in the snapshot's index (:meth:`Site.entry`), never
by a path from the request.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from skpdoc.serve.access import Account
from skpdoc.serve.state import Entry, Snapshot, State

if TYPE_CHECKING:
    from skpdoc.serve.users import Users

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"


class LoginRequired(Exception):
    """Raised by :meth:`Site.require` without a valid session; the app answers with a redirect to the login."""


@dataclass
class Site:
    root: Path
    state: State
    users: Callable[[], Users]
    templates: Jinja2Templates

    @classmethod
    def create(cls, root: Path, state: State, users: Callable[[], Users]) -> Site:
        env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
        return cls(root, state, users, Jinja2Templates(env=env))

    @property
    def lang(self) -> str:
        from skpdoc import lang

        return lang.resolve(None, self.root)

    def t(self, key: str, **args: Any) -> str:
        """The page text ``serve.<key>`` in the workspace's language."""
        from skpdoc.messages.labels import label

        return label(f"serve.{key}", self.lang, **args)

    def page(self, request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
        """Render the template ``name``; every template gets ``t``, ``lang``, ``csrf``, ``user`` and ``account``."""
        from skpdoc.messages.labels import columns

        lang = self.lang
        words = {
            "lang": lang,
            "t": self.t,
            "t_columns": lambda key: columns(f"serve.{key}", lang),
            "message": lambda problem: _problem_text(problem, lang),
        }
        account = self.account(request)
        context = {
            **words,
            "csrf": csrf_token(request),
            "user": account.name if account else None,
            "account": account,
            "flash": request.session.pop("flash", []),  # what the last save said, shown once
            **context,
        }
        return self.templates.TemplateResponse(request, name, context, status_code=status_code)

    def account(self, request: Request) -> Account | None:
        """The logged-in account, read again on every request: an account removed, given a new password or made
        anew under the same name since the login is logged out at once."""
        name = request.session.get("user")
        if not isinstance(name, str):
            return None
        user = self.users().get(name)
        if user is None or not hmac.compare_digest(str(request.session.get("akun", "")), fingerprint(user)):
            request.session.clear()
            return None
        return Account(user.name, user.role, user.opds, user.nip)

    def require(self, request: Request) -> Account:
        account = self.account(request)
        if account is None:
            raise LoginRequired
        return account

    async def snapshot(self) -> Snapshot:
        """The current snapshot; reading the workspace again after a change runs off the event loop."""
        return await run_in_threadpool(self.state.current)

    def entry(self, snapshot: Snapshot, nip: str) -> Entry:
        """The employee ``nip`` of the index; 404 for a NIP the workspace does not have."""
        found = snapshot.index.pegawai.get(nip)
        if found is None:
            raise HTTPException(404)
        return found

    def forbidden(self, request: Request) -> Response:
        return self.page(request, "error.html", {"status": 403, "text": self.t("dilarang")}, status_code=403)

    async def form(self, request: Request) -> Any:
        """The posted form, after its CSRF token is checked (403 without the session's token)."""
        form = await request.form()
        if not csrf_ok(request, form.get("csrf")):
            raise HTTPException(403, "CSRF")
        return form


def fingerprint(user: Any) -> str:
    """What a session remembers of its account: changes when the password does or the account is made anew."""
    import hashlib

    if user is None:
        return ""
    return hashlib.sha256(f"{user.password_hash}\0{user.created}".encode()).hexdigest()[:32]


def same_origin(request: Request) -> bool:
    """The request comes from a page of this site (the browser says so: Sec-Fetch-Site, else Origin)."""
    from urllib.parse import urlsplit

    fetched = request.headers.get("sec-fetch-site")
    if fetched is not None:
        return fetched == "same-origin"
    origin = request.headers.get("origin")
    return origin is not None and urlsplit(origin).netloc == request.headers.get("host")


def login_redirect(request: Request) -> Response:
    """To the login, coming back to this page afterwards (only a path of this site, never another host)."""
    from urllib.parse import quote

    back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if back == "/":
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(f"/login?next={quote(back, safe='/')}", status_code=303)


def safe_next(value: object) -> str:
    """A place to go after the login: a path of this site only (``//host`` or ``http://`` would leave it)."""
    if isinstance(value, str) and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; every form sends it back in its ``csrf`` field."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def csrf_ok(request: Request, sent: object) -> bool:
    expected = request.session.get("csrf")
    return isinstance(expected, str) and isinstance(sent, str) and hmac.compare_digest(expected, sent)


def _problem_text(problem: Any, lang: str) -> str:
    text = problem.message(lang)
    hint = problem.hint(lang)
    return f"{text} ({hint})" if hint else text
