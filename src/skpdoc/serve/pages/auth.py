"""Logging in and out: ``/login`` (GET the form, POST the name and password) and ``/logout`` (POST)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from skpdoc.serve.site import Site, fingerprint, safe_next

if TYPE_CHECKING:
    from skpdoc.serve.app import Verify
    from skpdoc.serve.throttle import LoginThrottle


def routes(site: Site, check: Verify, attempts: LoginThrottle) -> list[BaseRoute]:
    def form(request: Request, **context: object) -> dict[str, object]:
        return {
            "error": False,
            "name": "",
            "next": safe_next(request.query_params.get("next")),
            "no_accounts": not site.users().accounts,
            **context,
        }

    async def login_form(request: Request) -> Response:
        if site.account(request) is not None:
            return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
        return site.page(request, "login.html", form(request))

    async def login(request: Request) -> Response:
        data = await site.form(request)
        name, password = data.get("name"), data.get("password")
        shown = name if isinstance(name, str) else ""
        back = safe_next(data.get("next"))
        address = request.client.host if request.client else ""
        wait = attempts.wait(address, shown)
        if wait:  # refused before the password is checked: no argon2 work spent on a guess
            response = site.page(request, "login.html", form(request, name=shown, next=back, wait=wait), 429)
            response.headers["Retry-After"] = str(wait)
            return response
        attempts.failed(address, shown)  # counted before the check runs, so parallel guesses cannot race the limit
        accounts = site.users()
        if isinstance(name, str) and isinstance(password, str) and name:
            # argon2 takes ~0.2 s of CPU: off the event loop, so other requests are answered meanwhile
            ok = await run_in_threadpool(check, accounts, name, password)
        else:
            ok = False
        if ok and isinstance(name, str):
            attempts.succeeded(address, name)
            kept = request.session.get("pulih")  # input kept from an expired session, in this browser
            request.session.clear()  # nothing else of the anonymous session carries over (a fresh CSRF token too)
            request.session["user"] = name
            request.session["akun"] = fingerprint(accounts.get(name))
            if isinstance(kept, str):
                request.session["pulih"] = kept
            return RedirectResponse(back, status_code=303)
        return site.page(request, "login.html", form(request, error=True, name=shown, next=back), 401)

    async def logout(request: Request) -> Response:
        await site.form(request)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    return [
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
    ]
