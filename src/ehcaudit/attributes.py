"""Plan attributes for breakdowns in audits and trend reports: key stage, need, setting, team.

All four are read from the plan itself; any may be ``None`` when the plan does not say.

* ``key_stage`` — from the front matter's National Curriculum year group (Reception = year 0),
  or failing that the child's age, mapped as in England (:data:`KEY_STAGES_BY_YEAR`,
  :data:`KEY_STAGES_BY_AGE`):

  ======== ================ ==================
  value    year group       age (if no year)
  ======== ================ ==================
  EYFS     Nursery, Rec (0) under 5
  KS1      1-2              5-6
  KS2      3-6              7-10
  KS3      7-9              11-13
  KS4      10-11            14-15
  Post-16  12-14            16-18 (KS5 / post-16)
  Post-19  —                19-25
  ======== ================ ==================

* ``need`` — the primary area of need (Code of Practice 6.28): "communication and
  interaction", "cognition and learning", "social, emotional and mental health" or
  "sensory and/or physical". In order: a "primary (area of) need" the plan states; the first
  area of the national template's B|F|E table rows; the first Section B sub-heading naming an
  area; the first area named (or specific need such as autism or dyslexia) in Section B.
* ``setting`` — the type of placement in Section I: mainstream, resourced provision, special,
  independent, post-16 or other (anything else, including a placement the word lists do not
  recognise). ``None`` when Section I is missing, empty or "to be confirmed".
* ``team`` — the front matter's team (or locality); failing that its caseworker *code* (only
  a code such as "CW12": a caseworker given by name is not copied, so no name reaches a
  report).

Word lists live in ``ehcaudit/data/attributes.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ehcaudit.model import Plan
from ehcaudit.teams import safe_team
from ehcaudit.yaml_safe import safe_load

#: Package data (found through importlib.resources, so an installed wheel has it too).
DATA = resources.files("ehcaudit").joinpath("data", "attributes.yaml")

#: National Curriculum year group (Reception = 0) -> key stage.
KEY_STAGES_BY_YEAR: dict[int, str] = {
    0: "EYFS", 1: "KS1", 2: "KS1", 3: "KS2", 4: "KS2", 5: "KS2", 6: "KS2", 7: "KS3", 8: "KS3",
    9: "KS3", 10: "KS4", 11: "KS4", 12: "Post-16", 13: "Post-16", 14: "Post-16",
}
#: Age (years) -> key stage, used only when the plan gives no year group. Lowest age first.
KEY_STAGES_BY_AGE: tuple[tuple[int, str], ...] = (
    (0, "EYFS"), (5, "KS1"), (7, "KS2"), (11, "KS3"), (14, "KS4"), (16, "Post-16"), (19, "Post-19"),
)
KEY_STAGE_ORDER = ("EYFS", "KS1", "KS2", "KS3", "KS4", "Post-16", "Post-19")
NEEDS = ("communication and interaction", "cognition and learning",
         "social, emotional and mental health", "sensory and/or physical")
SETTINGS = ("mainstream", "resourced provision", "special", "independent", "post-16", "other")

_PRIMARY_RE = re.compile(r"\b(?:primary|main)\s+(?:area\s+of\s+)?(?:special\s+educational\s+)?needs?\b"
                         r"\s*(?:is|:|-|–)?\s*(.{3,120})", re.IGNORECASE)
_CASEWORKER_CODE_RE = re.compile(r"^[A-Z]{1,5}[-/ ]?\d{1,5}[A-Z]?$")


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    """One regex for a word list: whole words; all-capital entries (acronyms) match only in capitals."""
    parts = []
    for ph in sorted(phrases, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in ph.split())
        if ph.isupper():
            parts.append(rf"(?-i:{body})")
        else:
            parts.append(body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]], re.Pattern[str]]:
    data = safe_load(DATA.read_text(encoding="utf-8"))
    need = {k: _phrase_re(v) for k, v in data["need"].items()}
    setting = {k: _phrase_re(v) for k, v in data["setting"].items()}
    return need, setting, _phrase_re(data["setting_unknown"])


def key_stage(year_group: int | None, age: int | None) -> str | None:
    if year_group is not None:
        return KEY_STAGES_BY_YEAR.get(year_group)
    if age is not None and 0 <= age <= 25:
        stage = None
        for lowest, name in KEY_STAGES_BY_AGE:
            if age >= lowest:
                stage = name
        return stage
    return None


def need_in(text: str) -> str | None:
    """The area of need named first in ``text`` (by position), or None."""
    need_res, _, _ = _lists()
    best: tuple[int, str] | None = None
    for area, rx in need_res.items():
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), area)
    return best[1] if best else None


def primary_need(plan: Plan) -> str | None:
    # 1. a primary need the plan states, in the front matter or Section B
    stated = [f"{k}: {v}" for k, v in plan.front.fields.items()]
    stated += [b.text for b in plan.blocks_in("B", include_headings=True)]
    for text in stated:
        m = _PRIMARY_RE.search(text)
        if m:
            area = need_in(m.group(1))
            if area:
                return area
    # 2. the national template's B|F|E rows, in order
    for row in plan.threads:
        if row.table == "BFE" and row.area:
            area = need_in(row.area)
            if area:
                return area
    # 3. Section B sub-headings, then 4. the first area named in Section B
    blocks = plan.blocks_in("B", include_headings=True)
    for b in blocks:
        if b.subsection:
            area = need_in(b.subsection)
            if area:
                return area
    return need_in("\n".join(b.text for b in blocks))


def setting_type(plan: Plan) -> str | None:
    text = " ".join(plan.text_of("I").split())
    if not text:
        return None
    _, setting_res, unknown = _lists()
    for kind, rx in setting_res.items():
        if rx.search(text):
            return kind
    stripped = re.sub(r"\b(?:name|type|placement|school|setting)\b\W*", "", text, flags=re.I)
    if not stripped.strip() or unknown.search(text):
        return None
    return "other"


def team(plan: Plan) -> str | None:
    if plan.front.team:  # a person's name given as the team is not copied (ehcaudit.teams)

        return safe_team(" ".join(plan.front.team.split()))
    cw = (plan.front.caseworker or "").strip()
    return cw if _CASEWORKER_CODE_RE.match(cw) else None


def plan_attributes(plan: Plan) -> dict[str, str | None]:
    """``{"key_stage", "need", "setting", "team"}`` for breakdowns; each may be None."""
    return {
        "key_stage": key_stage(plan.front.year_group, plan.front.age),
        "need": primary_need(plan),
        "setting": setting_type(plan),
        "team": team(plan),
    }
