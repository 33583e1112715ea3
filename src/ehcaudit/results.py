"""Results of scoring plans: the JSON contract of ``ehcaudit score --format json``.

Field names here are a public contract (see README, "JSON output"). Add fields, never rename
or remove them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Rag = Literal["red", "amber", "green"]


class Finding(BaseModel):
    section: str = Field(description="Section code, or '-' when the finding concerns the plan as a whole")
    location: str
    quote: str = Field(description="The plan's own words behind the finding ('' only when something is missing)")
    message: str
    kind: Literal["issue", "evidence"] = Field(
        "issue", description="'issue': something to fix; 'evidence': what earned a good level"
    )
    # Not part of the JSON contract: lets writers anchor the finding in the original file.
    block_id: int | None = Field(None, exclude=True)


class CriterionResult(BaseModel):
    id: str
    area: str
    title: str = ""
    applicable: bool
    level: int | None = None
    label: str | None = None
    rag: Rag | None = None
    findings: list[Finding] = Field(default_factory=list)


class AreaResult(BaseModel):
    id: str
    title: str = ""
    score: float | None = None
    level: int | None = None
    label: str | None = None
    rag: Rag | None = None


class Overall(BaseModel):
    score: float
    level: int
    label: str
    rag: Rag


class SectionSummary(BaseModel):
    found: bool
    words: int


class PlanResult(BaseModel):
    plan_id: str
    source: str
    sha256: str
    sections: dict[str, SectionSummary]
    overall: Overall
    areas: list[AreaResult]
    criteria: list[CriterionResult]
    attributes: dict[str, str | None] = Field(
        default_factory=dict, description="Breakdown attributes: key_stage, need, setting, team"
    )
    privacy: list[dict] = Field(default_factory=list, description="Residual identifiers found (masked)")


class RubricRef(BaseModel):
    id: str
    version: str


class ScoreError(BaseModel):
    source: str
    error: str


class ScoreReport(BaseModel):
    rubric: RubricRef
    as_of: str
    plans: list[PlanResult] = Field(default_factory=list)
    errors: list[ScoreError] = Field(default_factory=list)
