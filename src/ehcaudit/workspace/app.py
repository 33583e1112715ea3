"""The audit group's workspace: a Starlette (ASGI) app over the results store.

Server-rendered HTML with plain forms (Jinja2 templates shipped as package data, inline CSS,
no script, nothing from the internet) and a JSON API (routes and fields are a contract: see the
README, "Using the workspace"). Every request opens its own short connection to the store.

Security: without accounts (loopback only, enforced by ``ehcaudit serve``) the auditor types
their name. With accounts every page and API call needs a login; the auditor is the logged-in
user and the role decides who may grade and moderate. Sessions are signed cookies (HttpOnly,
SameSite=Strict, Secure under TLS); every form carries a CSRF token; JSON writes must be
``application/json`` (which a cross-site form cannot send) and, with accounts, carry the
``X-CSRF-Token`` header; a cross-origin ``Origin`` is refused; only the expected ``Host`` names
are answered (against DNS rebinding). Logins and grades go to the audit log in the store.
"""

from __future__ import annotations

import json
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ehcaudit.months import is_month
from ehcaudit.store import OVERALL, STATUSES, GradeError, GradeStore, PlanRecord, finalise
from ehcaudit.workspace.auth import User, check_login

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


@dataclass
class Config:
    store: Path
    users: dict[str, User] | None = None  # None: loopback mode, the auditor types their name
    secret: str = field(default_factory=lambda: secrets.token_hex(32))
    https: bool = False
    allowed_hosts: list[str] = field(default_factory=lambda: list(LOOPBACK_HOSTS))
    plan_roots: list[Path] = field(default_factory=list)  # where relative plan paths are looked for


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _env() -> Environment:
    env = Environment(loader=PackageLoader("ehcaudit.workspace", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v: "–" if v is None else f"{100 * v:.0f}%"
    env.filters["kappa"] = lambda v: "–" if v is None else f"{v:.2f}"
    return env


# -- the plan's text -------------------------------------------------------------------------

_PLAN_CACHE: OrderedDict[tuple[str, str], Any] = OrderedDict()


def _find_file(cfg: Config, rec: PlanRecord) -> Path | None:
    p = Path(rec.source)
    cands = [p] if p.is_absolute() else [Path.cwd() / p, *[r / p for r in cfg.plan_roots]]
    for c in cands:
        try:
            if c.is_file():
                return c
        except OSError:
            continue
    return None


def plan_view(cfg: Config, rec: PlanRecord) -> tuple[dict | None, str]:
    """The per-plan page's view (:func:`ehcaudit.reports.plan_html.build_view`) of the plan's
    file, with the stored findings placed in the text, or None and the reason it is not shown."""
    import hashlib

    from ehcaudit.errors import PlanReadError
    from ehcaudit.reports.plan_html import _mask, build_view, place_stored
    from ehcaudit.results import PlanResult

    path = _find_file(cfg, rec)
    if path is None:
        return None, "The plan's file is no longer where it was audited, so its text is not shown; the findings are listed beside each criterion."
    try:
        data = path.read_bytes()
    except OSError:
        return None, "The plan's file cannot be read now; the findings are listed beside each criterion."
    if hashlib.sha256(data).hexdigest() != rec.sha256:
        return None, "The plan's file has changed since it was audited, so its text is not shown; the findings are listed beside each criterion."
    cache_key = (str(path), rec.sha256)
    plan = _PLAN_CACHE.get(cache_key)
    if plan is None:
        from ehcaudit.reader import read_plan

        try:
            plan = read_plan(path)
        except PlanReadError as e:
            return None, f"The plan's file cannot be read ({e.reason})."
        _PLAN_CACHE[cache_key] = plan
        while len(_PLAN_CACHE) > 16:
            _PLAN_CACHE.popitem(last=False)
    plan, result = _mask(plan, PlanResult.model_validate(rec.result))
    place_stored(plan, result)
    rubric = _rubric_for(rec)
    return build_view(plan, result, rubric), ""


def _rubric_for(rec: PlanRecord):
    from types import SimpleNamespace

    try:
        from ehcaudit.rubric.schema import default_rubric_path, load_rubric

        r = load_rubric(default_rubric_path())
        if r.id == rec.rubric_id:
            return r
    except Exception:  # a rubric that cannot be read must not stop the page
        pass
    return SimpleNamespace(id=rec.rubric_id, version=rec.rubric_version, title=rec.rubric_id, criteria=[])


# -- the app ---------------------------------------------------------------------------------

def create_app(cfg: Config) -> Starlette:
    env = _env()

    def store(write: bool = False) -> GradeStore:
        """Pages read the store read-only; only a grade or a log line opens it for writing."""
        return GradeStore(cfg.store, write=write)

    def session_user(request: Request) -> User | None:
        if cfg.users is None:
            return None
        name = request.session.get("user")
        return cfg.users.get(name) if name else None

    def csrf_token(request: Request) -> str:
        tok = request.session.get("csrf")
        if not tok:
            tok = secrets.token_urlsafe(32)
            request.session["csrf"] = tok
        return tok

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def require_login(request: Request) -> User | None:
        if cfg.users is None:
            return None
        user = session_user(request)
        if user is None:
            raise Refused(401, "log in first")
        return user

    def check_origin(request: Request) -> None:
        origin = request.headers.get("origin")
        if origin and origin != "null":
            if urlsplit(origin).netloc != request.headers.get("host", ""):
                raise Refused(403, "a request from another site is refused")

    async def check_form(request: Request) -> dict:
        check_origin(request)
        form = await request.form()
        sent = str(form.get("csrf", ""))
        if not sent or not secrets.compare_digest(sent, request.session.get("csrf", "")):
            raise Refused(403, "the form's security token is missing or out of date: reload the page and try again")
        return {k: str(v) for k, v in form.items()}

    def render(request: Request, name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
        user = session_user(request)
        ctx.update(request=request, user=user, accounts=cfg.users is not None, csrf=csrf_token(request),
                   typed_name=request.session.get("name", ""), statuses=STATUSES,
                   flash=request.session.pop("flash", ""))
        html = env.get_template(name).render(**ctx)
        return HTMLResponse(html, status_code=http_status)

    def month_or_404(month: str) -> str:
        if not is_month(month):
            raise Refused(404, f"{month[:20]!r} is not a month in the form YYYY-MM")
        return month

    def grader(request: Request, form_name: str, moderate: bool) -> str:
        """Who is grading: the logged-in user (with the right role) or the typed name."""
        if cfg.users is not None:
            user = require_login(request)
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

    # pages -----------------------------------------------------------------------------------
    async def home(request: Request) -> Response:
        require_login(request)
        with store() as s:
            months = s.months()
        return render(request, "months.html.j2", months=list(reversed(months)))

    async def month_page(request: Request) -> Response:
        require_login(request)
        month = month_or_404(request.path_params["month"])
        status = request.query_params.get("status") or None
        if status not in (None, *STATUSES):
            status = None
        with store() as s:
            plans = s.month_plans(month, status)
        return render(request, "month.html.j2", month=month, plans=plans, status=status)

    async def plan_page(request: Request) -> Response:
        require_login(request)
        key = request.path_params["key"]
        with store() as s:
            rec = s.plan(key)
            if rec is None:
                raise Refused(404, "no such plan in the store")
            data = s.plan_json(rec)
        me = (u.name if cfg.users is not None and (u := session_user(request)) is not None
              else request.session.get("name", ""))
        finals = finalise(rec.tool_levels, data["grades"])
        mine = {g["criterion"]: g for g in _current(data["grades"]) if g["auditor"] == me and g["role"] == "auditor"}
        view, why = plan_view(cfg, rec)
        return render(request, "plan.html.j2", rec=rec, data=data, view=view, why=why, finals=finals,
                      mine=mine, scale=rec.scale, me=me,
                      history=[g for g in data["grades"]])

    async def plan_full(request: Request) -> Response:
        """The per-plan report page itself (marks, notes), as ``score --format html`` writes it."""
        require_login(request)
        with store() as s:
            rec = s.plan(request.path_params["key"])
        if rec is None:
            raise Refused(404, "no such plan in the store")
        view, why = plan_view(cfg, rec)
        if view is None:
            raise Refused(404, why)
        from ehcaudit.reports.plan_html import _env as plan_env

        return HTMLResponse(plan_env().get_template("plan.html.j2").render(**view))

    async def plan_grade_form(request: Request) -> Response:
        form = await check_form(request)
        key = request.path_params["key"]
        who = grader(request, form.get("auditor", ""), moderate=False)
        saved, errors = 0, []
        with store(write=True) as s:
            rec = s.plan(key)
            if rec is None:
                raise Refused(404, "no such plan in the store")
            cur = {g["criterion"]: g for g in _current(s.grades(key)) if g["auditor"] == who and g["role"] == "auditor"}
            for crit in rec.tool_levels:
                raw = form.get(f"level-{crit}", "")
                if not raw:
                    continue
                comment = form.get(f"comment-{crit}", "").strip()
                old = cur.get(crit)
                if old and str(old["level"]) == raw and old["comment"] == comment:
                    continue
                try:
                    s.add_grade(key, who, "auditor", crit, int(raw) if raw.isdigit() else raw, comment)
                    saved += 1
                except GradeError as e:
                    errors.append(f"{crit}: {e}")
        request.session["flash"] = (f"Saved {saved} grade{'s' if saved != 1 else ''}."
                                    + (" Not saved: " + "; ".join(errors) if errors else ""))
        return RedirectResponse(f"/plans/{key}#grading", status_code=303)

    async def moderation_page(request: Request) -> Response:
        require_login(request)
        month = month_or_404(request.path_params["month"])
        rows: list[dict[str, Any]] = []
        with store() as s:
            grades = s.month_grades(month)
            for rec in s.month_records(month):
                finals = finalise(rec.tool_levels, grades.get(rec.key, []))
                for crit, f in finals.items():
                    if f.disagreement or f.moderator:
                        title = next((c.get("title", "") for c in rec.result.get("criteria", []) if c["id"] == crit),
                                     "Overall grade")
                        rows.append({"rec": rec, "crit": crit, "title": title, "final": f,
                                     "comments": [g for g in _current(grades.get(rec.key, []))
                                                  if g["criterion"] == crit and g["role"] == "auditor"]})
        rows.sort(key=lambda r: (not r["final"].needs_moderation, r["final"].moderator is not None,
                                 r["rec"].plan_id, r["crit"]))
        scale = rows[0]["rec"].scale if rows else []
        return render(request, "moderation.html.j2", month=month, rows=rows, scale=scale)

    async def moderation_form(request: Request) -> Response:
        form = await check_form(request)
        month = month_or_404(request.path_params["month"])
        who = grader(request, form.get("auditor", ""), moderate=True)
        raw = form.get("level", "")
        try:
            with store(write=True) as s:
                g = s.add_grade(form.get("plan_key", ""), who, "moderator", form.get("criterion", ""),
                                int(raw) if raw.isdigit() else raw, form.get("comment", ""))
            request.session["flash"] = f"Moderated {g['criterion']}: level {g['level']}."
        except GradeError as e:
            request.session["flash"] = f"Not saved: {e}"
        return RedirectResponse(f"/months/{month}/moderation", status_code=303)

    async def agreement_page(request: Request) -> Response:
        require_login(request)
        if "month" in request.path_params:
            lo = hi = month_or_404(request.path_params["month"])
        else:
            lo = month_or_404(request.query_params.get("from", ""))
            hi = month_or_404(request.query_params.get("to", "") or lo)
        with store() as s:
            agr = s.agreement(lo, hi)
        return render(request, "agreement.html.j2", agr=agr, lo=lo, hi=hi)

    async def log_page(request: Request) -> Response:
        user = require_login(request)
        if user is not None and user.role != "lead":
            raise Refused(403, "only a lead may read the audit log")
        with store() as s:
            log = s.audit_log()
        return render(request, "log.html.j2", log=log)

    async def login_page(request: Request) -> Response:
        if cfg.users is None:
            return RedirectResponse("/", status_code=303)
        return render(request, "login.html.j2", next=_safe_next(request.query_params.get("next", "/")))

    async def login_post(request: Request) -> Response:
        if cfg.users is None:
            return RedirectResponse("/", status_code=303)
        form = await check_form(request)
        name, password = form.get("name", "").strip(), form.get("password", "")
        user = check_login(cfg.users, name, password)
        with store(write=True) as s:
            s.log(name or "-", "login" if user else "login refused", request.client.host if request.client else "")
        if user is None:
            return render(request, "login.html.j2", http_status=401, next=_safe_next(form.get("next", "/")),
                          error="That name and password do not match an account.")
        request.session.clear()
        request.session.update(user=user.name, csrf=secrets.token_urlsafe(32))
        return RedirectResponse(_safe_next(form.get("next", "/")), status_code=303)

    async def logout(request: Request) -> Response:
        await check_form(request)
        user = session_user(request)
        if user is not None:
            with store(write=True) as s:
                s.log(user.name, "logout")
        request.session.clear()
        return RedirectResponse("/login" if cfg.users else "/", status_code=303)

    # API -------------------------------------------------------------------------------------
    async def api_months(request: Request) -> Response:
        require_login(request)
        with store() as s:
            return JSONResponse({"months": s.months()})

    async def api_month_plans(request: Request) -> Response:
        require_login(request)
        month = month_or_404(request.path_params["month"])
        status = request.query_params.get("status") or None
        if status not in (None, *STATUSES):
            raise Refused(400, f"status must be one of: {', '.join(STATUSES)}")
        with store() as s:
            return JSONResponse({"plans": s.month_plans(month, status)})

    async def api_plan(request: Request) -> Response:
        require_login(request)
        with store() as s:
            rec = s.plan(request.path_params["key"])
            if rec is None:
                raise Refused(404, "no plan with this key in the store")
            return JSONResponse(s.plan_json(rec))

    async def api_grade(request: Request) -> Response:
        user = require_login(request)
        check_origin(request)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Refused(415, "send the grade as application/json")
        if cfg.users is not None:
            sent = request.headers.get("x-csrf-token", "")
            if not sent or not secrets.compare_digest(sent, request.session.get("csrf", "")):
                raise Refused(403, "the X-CSRF-Token header is missing or wrong (GET /api/session gives it)")
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise Refused(400, "the body is not valid JSON") from None
        if not isinstance(body, dict):
            raise Refused(400, "the body must be a JSON object")
        role = body.get("role", "auditor")
        auditor = body.get("auditor")
        if user is not None:
            if auditor not in (None, "", user.name):
                raise Refused(403, "you can grade only as yourself")
            if not user.may_grade:
                raise Refused(403, f"{user.name} is a viewer: viewers cannot grade")
            if role == "moderator" and not user.may_moderate:
                raise Refused(403, f"{user.name} is an {user.role}: only a lead may moderate")
            auditor = user.name
        try:
            with store(write=True) as s:
                g = s.add_grade(request.path_params["key"], auditor, role, body.get("criterion"),
                                body.get("level"), body.get("comment", ""))
        except GradeError as e:
            raise Refused(e.status, str(e)) from None
        return JSONResponse(g, status_code=201)

    async def api_agreement(request: Request) -> Response:
        require_login(request)
        month = month_or_404(request.path_params["month"])
        with store() as s:
            agr = s.agreement(month)
        return JSONResponse({"month": month, "tool_vs_auditors": agr["tool_vs_auditors"],
                             "between_auditors": agr["between_auditors"], "levels": agr["levels"],
                             "tool_disagrees": agr["tool_disagrees"]})

    async def api_session(request: Request) -> Response:
        user = session_user(request)
        return JSONResponse({"user": user.name if user else None, "role": user.role if user else None,
                             "accounts": cfg.users is not None, "csrf": csrf_token(request)})

    # errors ----------------------------------------------------------------------------------
    async def refused(request: Request, exc: Exception) -> Response:
        status = exc.status if isinstance(exc, Refused) else getattr(exc, "status_code", 500)
        msg = str(exc) if isinstance(exc, Refused) else (getattr(exc, "detail", "") or "error")
        msg = " ".join(str(msg).split())
        if is_api(request):
            return JSONResponse({"error": msg}, status_code=status)
        if status == 401:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return render(request, "error.html.j2", http_status=status, message=msg, code=status)

    async def crashed(request: Request, exc: Exception) -> Response:
        msg = f"the workspace could not answer ({type(exc).__name__})"
        if is_api(request):
            return JSONResponse({"error": msg}, status_code=500)
        return HTMLResponse(f"<!DOCTYPE html><html lang='en-GB'><title>Error</title><p>{msg}</p></html>", 500)

    routes = [
        Route("/", home), Route("/months/{month}", month_page),
        Route("/months/{month}/moderation", moderation_page),
        Route("/months/{month}/moderation", moderation_form, methods=["POST"]),
        Route("/months/{month}/agreement", agreement_page), Route("/agreement", agreement_page),
        Route("/plans/{key}", plan_page), Route("/plans/{key}/report", plan_full),
        Route("/plans/{key}/grades", plan_grade_form, methods=["POST"]),
        Route("/log", log_page),
        Route("/login", login_page), Route("/login", login_post, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/api/months", api_months), Route("/api/months/{month}/plans", api_month_plans),
        Route("/api/plans/{key}", api_plan), Route("/api/plans/{key}/grades", api_grade, methods=["POST"]),
        Route("/api/months/{month}/agreement", api_agreement), Route("/api/session", api_session),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=cfg.allowed_hosts),
        Middleware(SessionMiddleware, secret_key=cfg.secret, session_cookie="ehcaudit_session",
                   max_age=8 * 3600, same_site="strict", https_only=cfg.https),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders), *middleware],
                    exception_handlers={Refused: refused, HTTPException: refused, Exception: crashed})
    return app


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


def _current(grades: list[dict]) -> list[dict]:
    from ehcaudit.store import current

    return current(grades)


def _safe_next(value: str) -> str:
    """Only a local path (never another site) to go back to after logging in."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


__all__ = ["Config", "create_app", "OVERALL"]
