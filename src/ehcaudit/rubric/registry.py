"""The fixed registry of check kinds.

In the spirit of Vale, a rubric criterion names one *kind* of check and gives it parameters;
the kinds are a closed set defined in code (``ehcaudit.checks``), each with a pydantic model
of its parameters that rejects unknown keys. Word lists and thresholds live in the rubric
YAML, never in the check code.

A check is a function ``(ctx, params) -> Outcome``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ehcaudit.model import Block, Plan
from ehcaudit.results import Finding

if TYPE_CHECKING:  # pragma: no cover
    from ehcaudit.rubric.schema import Criterion, Rubric


def optional_list(description: str = "") -> Any:
    """A check parameter that lists words, patterns or items and may be left out of a rubric (empty)."""
    return Field(default_factory=list, description=description)


class Params(BaseModel):
    """Base for check parameters: unknown keys are rejected.

    A check kind says which of its parameters are regular expressions, so that ``rubric check``
    compiles and guards them (:mod:`ehcaudit.rubric.regex_guard`) without the rubric package
    importing its plugins: ``REGEX_FIELDS`` names them; ``ALL_TEXT_IS_REGEX`` says every text
    parameter is one. Fields named ``patterns`` or ``*_patterns`` always are.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    REGEX_FIELDS: ClassVar[frozenset[str]] = frozenset()
    ALL_TEXT_IS_REGEX: ClassVar[bool] = False


class Band(BaseModel):
    """One band of a threshold table: ``{upto: 2, level: 3}`` or ``{atleast: 0.8, level: 4}``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    upto: float | None = Field(None, allow_inf_nan=False)
    atleast: float | None = Field(None, allow_inf_nan=False)
    level: int

    @model_validator(mode="after")
    def _one_bound(self) -> Band:
        if (self.upto is None) == (self.atleast is None):
            raise ValueError("a band needs exactly one of 'upto' or 'atleast'")
        return self


class Bands(BaseModel):
    """Maps a number to a level: the first band that matches wins, else ``otherwise``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    bands: list[Band]
    otherwise: int

    def level(self, value: float) -> int:
        for b in self.bands:
            if b.upto is not None and value <= b.upto:
                return b.level
            if b.atleast is not None and value >= b.atleast:
                return b.level
        return self.otherwise

    def levels(self) -> list[int]:
        return [b.level for b in self.bands] + [self.otherwise]


@dataclass
class Outcome:
    """What a check returns. ``level`` is None only when ``applicable`` is False."""

    applicable: bool = True
    level: int | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class CheckContext:
    plan: Plan
    as_of: dt.date
    rubric: Rubric
    criterion: Criterion
    cache: dict[str, Any] = field(default_factory=dict)

    # -- helpers that keep findings uniform ------------------------------------------
    @property
    def top(self) -> int:
        return self.rubric.top_level

    @property
    def bottom(self) -> int:
        return self.rubric.bottom_level

    def passes(self, level: int) -> bool:
        """Whether ``level`` is a passing level on the rubric's own scale (its RAG is green):
        what a check means by a good result, whatever the number of levels."""
        return self.rubric.level_info(max(self.bottom, min(self.top, level))).rag == "green"

    def finding(self, block: Block, message: str, quote: str | None = None, kind: str = "issue") -> Finding:
        return Finding(
            section=block.section or "-",
            location=block.location,
            quote=quote if quote is not None else block.text,
            message=message,
            block_id=block.id,
            kind=kind,
        )

    def missing(self, section: str, message: str) -> Finding:
        """A finding about something absent: located at the section (or the plan)."""
        sec = self.plan.section(section) if section != "-" else None
        if sec is not None and sec.found:
            loc = f"Section {section} (whole section)"
            quote = ""
            heading_blocks = [self.plan.blocks[b] for b in sec.block_ids if self.plan.blocks[b].kind == "heading"]
            # a bare code cell ("A1" in the national template) says nothing: quote a heading with words
            heading_blocks = [b for b in heading_blocks if len(b.text.split()) > 1] or heading_blocks
            if heading_blocks:
                quote = heading_blocks[0].text
            return Finding(section=section, location=loc, quote=quote, message=message,
                           block_id=heading_blocks[0].id if heading_blocks else None)
        loc = f"Section {section} (not found in the plan)" if section != "-" else "Whole plan"
        return Finding(section=section, location=loc, quote="", message=message)


CheckFn = Callable[[CheckContext, Any], Outcome]


@dataclass(frozen=True)
class CheckKind:
    name: str
    params: type[Params]
    fn: CheckFn
    doc: str


REGISTRY: dict[str, CheckKind] = {}


def check(name: str, params: type[Params]):
    """Register a check kind: ``@check("advice_age", AdviceAgeParams)``."""

    def deco(fn: CheckFn) -> CheckFn:
        if name in REGISTRY:
            raise RuntimeError(f"check kind {name!r} registered twice")
        REGISTRY[name] = CheckKind(name=name, params=params, fn=fn, doc=(fn.__doc__ or "").strip())
        return fn

    return deco


#: The entry-point group that names the modules registering check kinds (plugins). ehcaudit's
#: own is ``ehcaudit.checks`` (pyproject.toml); another installed package may add kinds the
#: same way. The rubric package names no plugin: it only knows this group.
ENTRY_POINT_GROUP = "ehcaudit.checks"
_plugins_loaded = False


def registry() -> dict[str, CheckKind]:
    """Every check kind, after importing each plugin module named in ``ENTRY_POINT_GROUP``."""
    global _plugins_loaded
    if not _plugins_loaded:
        # on first use only: an audit that re-uses every plan never loads the checks

        found = entry_points(group=ENTRY_POINT_GROUP)
        if not found:
            raise RuntimeError(
                f"no check kinds are installed (entry point group {ENTRY_POINT_GROUP!r} is "
                "empty): install ehcaudit again (bash scripts/setup.sh, or pip install .)"
            )
        for ep in found:
            ep.load()
        _plugins_loaded = True
    return REGISTRY
