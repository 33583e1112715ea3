"""Results of scoring plans: the JSON contract of ``ehcaudit score --format json``.

Field names here are a public contract (see README, "JSON output"). Add fields, never rename
or remove them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:  # pragma: no cover
    from ehcaudit.model import Plan

Rag = Literal["red", "amber", "green"]


class Finding(BaseModel):
    section: str = Field(description="Section code, or '-' when the finding concerns the plan as a whole")
    location: str
    quote: str = Field(description="The plan's own words behind the finding ('' only when something is missing)")
    message: str
    kind: Literal["issue", "evidence"] = Field(
        "issue", description="'issue': something to fix; 'evidence': what earned a good level"
    )
    block: int | None = Field(
        None, description="Id of the block of the plan as read that the quote comes from (null: none)")
    span: tuple[int, int] | None = Field(
        None, description="[start, end) character offsets of the quote in the block's text, as shown "
                          "(masked); null when the quote is not an exact substring of it")
    # Not part of the JSON contract: lets writers anchor the finding in the original file.
    block_id: int | None = Field(None, exclude=True)

    def anchor(self, text: str | None) -> None:
        """Set ``block`` from ``block_id`` and ``span`` from the block's ``text`` (None: no such
        block), at the quote's first exact occurrence. The one place a span is computed."""
        self.block = self.block_id if text is not None else None
        at = text.find(self.quote) if (text is not None and self.quote and self.block is not None) else -1
        self.span = (at, at + len(self.quote)) if at >= 0 else None

    def span_in(self, text: str) -> tuple[int, int] | None:
        """The stored span if it marks exactly the finding's quote in ``text``, else None (a result
        from an older store, another version of the plan, or a quote changed since)."""
        if self.span is None or not self.quote:
            return None
        s, e = self.span
        return (s, e) if 0 <= s < e <= len(text) and text[s:e] == self.quote else None


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


def move_spans(result: PlanResult, mask: Callable[[str], str], plan: Plan | None) -> PlanResult:
    """Move each finding's span (in its block's text as read) to the block's masked text, as pages
    show it, before ``mask`` masks the quotes (:func:`ehcaudit.privacy.mask_result`). A span is
    dropped (null: the page searches for the quote instead, and never marks wrong words) when
    masking changed the quoted words, when it cannot tell where they went, or without ``plan``."""
    shown: dict[int, str] = {}
    for c in result.criteria:
        for f in c.findings:
            if f.span is None:
                continue
            block = f.block
            raw = plan.blocks[block].text if plan is not None and block is not None \
                and 0 <= block < len(plan.blocks) else None
            if raw is None or block is None or mask(f.quote) != f.quote:
                f.span = None
                continue
            if block not in shown:
                shown[block] = mask(raw) or ""
            text = shown[block]
            if text != raw:  # the quote's first occurrence is the same one here while masking
                at = text.find(f.quote)  # made or broke no occurrence
                same = at >= 0 and raw.find(f.quote) == f.span[0] and text.count(f.quote) == raw.count(f.quote)
                f.span = (at, at + len(f.quote)) if same else None
    return result
