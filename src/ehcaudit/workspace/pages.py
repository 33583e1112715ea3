"""The workspace's HTML pages and forms: months, a month's plans, a plan (with grading), the
moderation queue, agreement, the audit log, logging in and out."""

from __future__ import annotations

import secrets
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ehcaudit.store import STATUSES, GradeError, current, finalise
from ehcaudit.workspace.auth import check_login
from ehcaudit.workspace.plan_text import plan_view
from ehcaudit.workspace.site import Refused, Site, _safe_next


class Pages(Site):
    async def home(self, request: Request) -> Response:
        self.require_login(request)
        with self.store() as s:
            months = s.months()
        return self.render(request, "months.html.j2", months=list(reversed(months)))

    async def month_page(self, request: Request) -> Response:
        self.require_login(request)
        month = self.month_or_404(request.path_params["month"])
        status = request.query_params.get("status") or None
        if status not in (None, *STATUSES):
            status = None
        with self.store() as s:
            plans = s.month_plans(month, status)
        return self.render(request, "month.html.j2", month=month, plans=plans, status=status)

    async def plan_page(self, request: Request) -> Response:
        self.require_login(request)
        key = request.path_params["key"]
        with self.store() as s:
            rec = self.plan_or_404(s, key)
            data = s.plan_json(rec)
        me = (u.name if self.cfg.users is not None and (u := self.session_user(request)) is not None
              else request.session.get("name", ""))
        finals = finalise(rec.tool_levels, data["grades"])
        mine = {g["criterion"]: g for g in current(data["grades"]) if g["auditor"] == me and g["role"] == "auditor"}
        view, why = plan_view(self.cfg, rec)
        return self.render(request, "plan.html.j2", rec=rec, data=data, view=view, why=why, finals=finals,
                      mine=mine, scale=rec.scale, me=me,
                      history=[g for g in data["grades"]])

    async def plan_full(self, request: Request) -> Response:
        """The per-plan report page itself (marks, notes), as ``score --format html`` writes it."""
        self.require_login(request)
        with self.store() as s:
            rec = self.plan_or_404(s, request.path_params["key"])
        view, why = plan_view(self.cfg, rec)
        if view is None:
            raise Refused(404, why)
        # lazy: plan_html loads pydantic (about 0.35 s); the workspace starts without it, only the
        # plan page needs it
        from ehcaudit.reports.plan_html import _env as plan_env

        return HTMLResponse(plan_env().get_template("plan.html.j2").render(**view))

    async def plan_grade_form(self, request: Request) -> Response:
        form = await self.check_form(request)
        key = request.path_params["key"]
        who = self.grader(request, form.get("auditor", ""), moderate=False)
        saved, errors = 0, []
        with self.store(write=True) as s:
            rec = self.plan_or_404(s, key)
            cur = {g["criterion"]: g for g in current(s.grades(key)) if g["auditor"] == who and g["role"] == "auditor"}
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

    async def moderation_page(self, request: Request) -> Response:
        self.require_login(request)
        month = self.month_or_404(request.path_params["month"])
        rows: list[dict[str, Any]] = []
        with self.store() as s:
            grades = s.month_grades(month)
            for rec in s.month_records(month):
                finals = finalise(rec.tool_levels, grades.get(rec.key, []))
                for crit, f in finals.items():
                    if f.disagreement or f.moderator:
                        title = next((c.get("title", "") for c in rec.result.get("criteria", []) if c["id"] == crit),
                                     "Overall grade")
                        rows.append({"rec": rec, "crit": crit, "title": title, "final": f,
                                     "comments": [g for g in current(grades.get(rec.key, []))
                                                  if g["criterion"] == crit and g["role"] == "auditor"]})
        rows.sort(key=lambda r: (not r["final"].needs_moderation, r["final"].moderator is not None,
                                 r["rec"].plan_id, r["crit"]))
        scale = rows[0]["rec"].scale if rows else []
        return self.render(request, "moderation.html.j2", month=month, rows=rows, scale=scale)

    async def moderation_form(self, request: Request) -> Response:
        form = await self.check_form(request)
        month = self.month_or_404(request.path_params["month"])
        who = self.grader(request, form.get("auditor", ""), moderate=True)
        raw = form.get("level", "")
        try:
            with self.store(write=True) as s:
                g = s.add_grade(form.get("plan_key", ""), who, "moderator", form.get("criterion", ""),
                                int(raw) if raw.isdigit() else raw, form.get("comment", ""))
            request.session["flash"] = f"Moderated {g['criterion']}: level {g['level']}."
        except GradeError as e:
            request.session["flash"] = f"Not saved: {e}"
        return RedirectResponse(f"/months/{month}/moderation", status_code=303)

    async def agreement_page(self, request: Request) -> Response:
        self.require_login(request)
        if "month" in request.path_params:
            lo = hi = self.month_or_404(request.path_params["month"])
        else:
            lo = self.month_or_404(request.query_params.get("from", ""))
            hi = self.month_or_404(request.query_params.get("to", "") or lo)
        with self.store() as s:
            agr = s.agreement(lo, hi)
        return self.render(request, "agreement.html.j2", agr=agr, lo=lo, hi=hi)

    async def log_page(self, request: Request) -> Response:
        user = self.require_login(request)
        if user is not None and user.role != "lead":
            raise Refused(403, "only a lead may read the audit log")
        with self.store() as s:
            log = s.audit_log()
        return self.render(request, "log.html.j2", log=log)

    async def login_page(self, request: Request) -> Response:
        if self.cfg.users is None:
            return RedirectResponse("/", status_code=303)
        return self.render(request, "login.html.j2", next=_safe_next(request.query_params.get("next", "/")))

    async def login_post(self, request: Request) -> Response:
        if self.cfg.users is None:
            return RedirectResponse("/", status_code=303)
        form = await self.check_form(request)
        name, password = form.get("name", "").strip(), form.get("password", "")
        user = check_login(self.cfg.users, name, password)
        with self.store(write=True) as s:
            s.log(name or "-", "login" if user else "login refused", request.client.host if request.client else "")
        if user is None:
            return self.render(request, "login.html.j2", http_status=401, next=_safe_next(form.get("next", "/")),
                          error="That name and password do not match an account.")
        request.session.clear()
        request.session.update(user=user.name, csrf=secrets.token_urlsafe(32))
        return RedirectResponse(_safe_next(form.get("next", "/")), status_code=303)

    async def logout(self, request: Request) -> Response:
        await self.check_form(request)
        user = self.session_user(request)
        if user is not None:
            with self.store(write=True) as s:
                s.log(user.name, "logout")
        request.session.clear()
        return RedirectResponse("/login" if self.cfg.users else "/", status_code=303)
