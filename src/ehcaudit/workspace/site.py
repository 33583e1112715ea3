"""What every request handler of the workspace shares (:class:`Site`): the store, who is asking
and whether they may (login, role, the form's CSRF token, the request's origin), rendering a page
and answering an error; and the security headers on every response.

Security: without accounts (loopback only, enforced by ``ehcaudit serve``) the auditor types
their name. With accounts every page and API call needs a login; the auditor is the logged-in
user and the role decides who may grade and moderate. Sessions are signed cookies (HttpOnly,
SameSite=Strict, Secure under TLS); every form carries a CSRF token; JSON writes must be
``application/json`` (which a cross-site form cannot send) and, with accounts, carry the
``X-CSRF-Token`` header; a cross-origin ``Origin`` is refused; only the expected ``Host`` names
are answered (against DNS rebinding).
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ehcaudit.months import is_month
from ehcaudit.store import STATUSES, GradeStore, PlanRecord
from ehcaudit.workspace.auth import User
from ehcaudit.workspace.config import Config


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Site:
    """The handlers' shared helpers, over one configuration and one template environment."""

    def __init__(self, cfg: Config, env: Environment):
        self.cfg = cfg
        self.env = env

    def store(self, write: bool = False) -> GradeStore:
        """Pages read the store read-only; only a grade or a log line opens it for writing."""
        return GradeStore(self.cfg.store, write=write)

    def session_user(self, request: Request) -> User | None:
        if self.cfg.users is None:
            return None
        name = request.session.get("user")
        return self.cfg.users.get(name) if name else None

    def csrf_token(self, request: Request) -> str:
        tok = request.session.get("csrf")
        if not tok:
            tok = secrets.token_urlsafe(32)
            request.session["csrf"] = tok
        return tok

    def is_api(self, request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def require_login(self, request: Request) -> User | None:
        if self.cfg.users is None:
            return None
        user = self.session_user(request)
        if user is None:
            raise Refused(401, "log in first")
        return user

    def check_origin(self, request: Request) -> None:
        origin = request.headers.get("origin")
        if origin and origin != "null":
            if urlsplit(origin).netloc != request.headers.get("host", ""):
                raise Refused(403, "a request from another site is refused")

    async def check_form(self, request: Request) -> dict:
        self.check_origin(request)
        form = await request.form()
        sent = str(form.get("csrf", ""))
        if not sent or not secrets.compare_digest(sent, request.session.get("csrf", "")):
            raise Refused(403, "the form's security token is missing or out of date: reload the page and try again")
        return {k: str(v) for k, v in form.items()}

    def render(self, request: Request, name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
        user = self.session_user(request)
        ctx.update(request=request, user=user, accounts=self.cfg.users is not None, csrf=self.csrf_token(request),
                   typed_name=request.session.get("name", ""), statuses=STATUSES,
                   flash=request.session.pop("flash", ""))
        html = self.env.get_template(name).render(**ctx)
        return HTMLResponse(html, status_code=http_status)

    def plan_or_404(self, s: GradeStore, key: str, message: str = "no such plan in the store") -> PlanRecord:
        """The stored plan with this key, or a 404 saying ``message``."""
        rec = s.plan(key)
        if rec is None:
            raise Refused(404, message)
        return rec

    def month_or_404(self, month: str) -> str:
        if not is_month(month):
            raise Refused(404, f"{month[:20]!r} is not a month in the form YYYY-MM")
        return month

    def grader(self, request: Request, form_name: str, moderate: bool) -> str:
        """Who is grading: the logged-in user (with the right role) or the typed name."""
        if self.cfg.users is not None:
            user = self.require_login(request)
            assert user is not None  # (users are configured: require_login returned one or refused)
            if moderate and not user.may_moderate:
                raise Refused(403, f"{user.name} is a {user.role}: only a lead may moderate")
            if not user.may_grade:
                raise Refused(403, f"{user.name} is a {user.role}: viewers cannot grade")
            return user.name
        name = " ".join(form_name.split())
        if name:
            request.session["name"] = name
        return name

    async def refused(self, request: Request, exc: Exception) -> Response:
        status = exc.status if isinstance(exc, Refused) else getattr(exc, "status_code", 500)
        msg = str(exc) if isinstance(exc, Refused) else (getattr(exc, "detail", "") or "error")
        msg = " ".join(str(msg).split())
        if self.is_api(request):
            return JSONResponse({"error": msg}, status_code=status)
        if status == 401:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return self.render(request, "error.html.j2", http_status=status, message=msg, code=status)

    async def crashed(self, request: Request, exc: Exception) -> Response:
        msg = f"the workspace could not answer ({type(exc).__name__})"
        if self.is_api(request):
            return JSONResponse({"error": msg}, status_code=500)
        return HTMLResponse(f"<!DOCTYPE html><html lang='en-GB'><title>Error</title><p>{msg}</p></html>", 500)



class SecurityHeaders:
    """Pure ASGI middleware: a strict Content-Security-Policy (no script, nothing from another
    site), no sniffing, no referrer, no caching of pages about children."""

    HEADERS = {
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
                                   " form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store",
        "x-frame-options": "DENY",
    }

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in self.HEADERS.items():
                    if k not in headers:
                        headers[k] = v
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _safe_next(value: str) -> str:
    """Only a local path (never another site) to go back to after logging in."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value
