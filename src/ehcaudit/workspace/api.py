"""The workspace's JSON API (routes and fields are a contract: see the README, "Using the
workspace"): months, a month's plans, a plan, adding a grade, agreement, the session."""

from __future__ import annotations

import json
import secrets

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ehcaudit.store import STATUSES, GradeError
from ehcaudit.workspace.site import Refused, Site


class Api(Site):
    async def api_months(self, request: Request) -> Response:
        self.require_login(request)
        with self.store() as s:
            return JSONResponse({"months": s.months()})

    async def api_month_plans(self, request: Request) -> Response:
        self.require_login(request)
        month = self.month_or_404(request.path_params["month"])
        status = request.query_params.get("status") or None
        if status not in (None, *STATUSES):
            raise Refused(400, f"status must be one of: {', '.join(STATUSES)}")
        with self.store() as s:
            return JSONResponse({"plans": s.month_plans(month, status)})

    async def api_plan(self, request: Request) -> Response:
        self.require_login(request)
        with self.store() as s:
            return JSONResponse(s.plan_json(self.plan_or_404(s, request.path_params["key"], "no plan with this key in the store")))

    async def api_grade(self, request: Request) -> Response:
        user = self.require_login(request)
        self.check_origin(request)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Refused(415, "send the grade as application/json")
        if self.cfg.users is not None:
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
            with self.store(write=True) as s:
                g = s.add_grade(request.path_params["key"], auditor, role, body.get("criterion"),
                                body.get("level"), body.get("comment", ""))
        except GradeError as e:
            raise Refused(e.status, str(e)) from None
        return JSONResponse(g, status_code=201)

    async def api_agreement(self, request: Request) -> Response:
        self.require_login(request)
        month = self.month_or_404(request.path_params["month"])
        with self.store() as s:
            agr = s.agreement(month)
        return JSONResponse({"month": month, "tool_vs_auditors": agr["tool_vs_auditors"],
                             "between_auditors": agr["between_auditors"], "levels": agr["levels"],
                             "tool_disagrees": agr["tool_disagrees"]})

    async def api_session(self, request: Request) -> Response:
        user = self.session_user(request)
        return JSONResponse({"user": user.name if user else None, "role": user.role if user else None,
                             "accounts": self.cfg.users is not None, "csrf": self.csrf_token(request)})
