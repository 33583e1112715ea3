"""The audit group's workspace: a Starlette (ASGI) app over the results store.

Server-rendered HTML with plain forms (Jinja2 templates shipped as package data, inline CSS,
no script, nothing from the internet) and a JSON API (routes and fields are a contract: see the
README, "Using the workspace"). Every request opens its own short connection to the store.

The rooms: :mod:`.config` (settings), :mod:`.site` (what every handler shares: the store, login,
roles, CSRF and origin checks, errors, security headers), :mod:`.pages` (HTML pages and forms),
:mod:`.api` (the JSON API), :mod:`.plan_text` (the plan's text on its page) and :mod:`.auth`
(accounts). This module composes them: routes, middleware and error handlers. Logins and
grades go to the audit log in the store.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import Response
from starlette.routing import Route

from ehcaudit.store import OVERALL
from ehcaudit.workspace.api import Api
from ehcaudit.workspace.config import LOOPBACK_HOSTS, Config
from ehcaudit.workspace.pages import Pages
from ehcaudit.workspace.plan_text import plan_view
from ehcaudit.workspace.site import Refused, SecurityHeaders


def _env() -> Environment:
    env = Environment(loader=PackageLoader("ehcaudit.workspace", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v: "–" if v is None else f"{100 * v:.0f}%"
    env.filters["kappa"] = lambda v: "–" if v is None else f"{v:.2f}"
    return env


def create_app(cfg: Config) -> Starlette:
    env = _env()
    pages, api = Pages(cfg, env), Api(cfg, env)
    routes = [
        Route("/", pages.home), Route("/months/{month}", pages.month_page),
        Route("/months/{month}/moderation", pages.moderation_page),
        Route("/months/{month}/moderation", pages.moderation_form, methods=["POST"]),
        Route("/months/{month}/agreement", pages.agreement_page), Route("/agreement", pages.agreement_page),
        Route("/plans/{key}", pages.plan_page), Route("/plans/{key}/report", pages.plan_full),
        Route("/plans/{key}/grades", pages.plan_grade_form, methods=["POST"]),
        Route("/log", pages.log_page),
        Route("/login", pages.login_page), Route("/login", pages.login_post, methods=["POST"]),
        Route("/logout", pages.logout, methods=["POST"]),
        Route("/api/months", api.api_months), Route("/api/months/{month}/plans", api.api_month_plans),
        Route("/api/plans/{key}", api.api_plan), Route("/api/plans/{key}/grades", api.api_grade, methods=["POST"]),
        Route("/api/months/{month}/agreement", api.api_agreement), Route("/api/session", api.api_session),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=cfg.allowed_hosts),
        Middleware(SessionMiddleware, secret_key=cfg.secret, session_cookie="ehcaudit_session",
                   max_age=8 * 3600, same_site="strict", https_only=cfg.https),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders), *middleware],
                    exception_handlers={Refused: pages.refused, HTTPException: pages.refused, Exception: pages.crashed})
    return app


__all__ = ["Config", "LOOPBACK_HOSTS", "create_app", "OVERALL", "plan_view"]
