"""The plan's own text on the workspace's plan page: the audited file read again (if it is still
there, unchanged), masked, with the stored findings placed in it."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ehcaudit.errors import PlanReadError
from ehcaudit.store import PlanRecord
from ehcaudit.workspace.config import Config

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

    # lazy: plan_html, results and the reader load pydantic and lxml (about 0.5 s); the workspace
    # starts without them, only the plan page needs them
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

    try:
        # lazy: rubric.schema loads pydantic (about 0.25 s); the workspace starts without it
        from ehcaudit.rubric.schema import default_rubric_path, load_rubric

        r = load_rubric(default_rubric_path())
        if r.id == rec.rubric_id:
            return r
    except Exception:  # a rubric that cannot be read must not stop the page
        pass
    return SimpleNamespace(id=rec.rubric_id, version=rec.rubric_version, title=rec.rubric_id, criteria=[])
