"""Rubrics as data: the YAML schema, validated with pydantic (unknown keys rejected).

A rubric file looks like::

    id: ehcp-core
    version: "1.2.0"
    title: EHC plan quality
    scale:                       # lowest level first
      - {label: Inadequate, rag: red, min_score: 0}
      - {label: Requires improvement, rag: amber, min_score: 45}
      - {label: Good, rag: green, min_score: 70}
      - {label: Outstanding, rag: green, min_score: 88}
    areas:
      - {id: currency, title: Currency of advice and review, weight: 1}
    criteria:
      - id: CA-ADVICE-AGE
        area: currency
        title: Advice is recent
        guidance: ...
        sections: [K]
        weight: 1
        applies: {year_from: 9}        # optional
        check:
          kind: advice_age             # one of the registered kinds
          ...parameters of that kind...
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from ehcaudit.errors import RubricError
from ehcaudit.model import SECTION_CODES
from ehcaudit.reader.limits import MAX_RUBRIC_BYTES, read_limited
from ehcaudit.regex_cache import patterns_trusted, trusted_patterns
from ehcaudit.rubric.files import default_rubric_bytes, default_rubric_path, file_sha256
from ehcaudit.rubric.regex_guard import check_params
from ehcaudit.rubric.registry import Bands, Params, registry
from ehcaudit.yaml_safe import safe_load

__all__ = ["Rubric", "RubricError", "default_rubric_path", "load_rubric", "load_rubric_bytes", "parse_rubric"]

ID_RE = re.compile(r"^[A-Z]{2,3}(-[A-Z0-9]+)+$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Level(Strict):
    label: str
    rag: Literal["red", "amber", "green"]
    min_score: float = Field(ge=0, le=100, description="Lowest 0-100 score that earns this level")


class Area(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    weight: float = Field(1.0, gt=0, allow_inf_nan=False)
    description: str = ""


class Applies(Strict):
    """When a criterion applies. Omitted: always."""

    year_from: int | None = Field(None, ge=0, le=14, description="National Curriculum year from which it applies")
    year_to: int | None = Field(None, ge=0, le=14)
    sections_found: list[str] = Field(default_factory=list, description="Applies only if these sections are present")

    @field_validator("sections_found")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in SECTION_CODES]
        if bad:
            raise ValueError(f"unknown section code(s) {bad}; use {list(SECTION_CODES)}")
        return v


class CheckSpec(BaseModel):
    """``kind`` plus that kind's parameters (validated against the kind's own model)."""

    model_config = ConfigDict(extra="allow")
    kind: str

    def params_dict(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class Criterion(Strict):
    id: str
    area: str
    title: str
    guidance: str = Field(min_length=10)
    sections: list[str] = Field(min_length=1)
    weight: float = Field(1.0, gt=0, allow_inf_nan=False)
    applies: Applies = Field(default_factory=Applies)
    check: CheckSpec
    dco: str | None = Field(None, description="How a designated clinical officer would phrase this check")
    # Parsed in Rubric validation: the kind's own params model.
    params: Any = Field(None, exclude=True)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not ID_RE.match(v):
            raise ValueError("criterion id must look like 'CA-ADVICE-AGE' (capitals, digits, hyphens)")
        return v

    @field_validator("sections")
    @classmethod
    def _sections(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in SECTION_CODES and c != "-"]
        if bad:
            raise ValueError(f"unknown section code(s) {bad}; use {list(SECTION_CODES)}")
        return v


class Rubric(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    version: str
    title: str
    description: str = ""
    scale: list[Level] = Field(min_length=2)
    areas: list[Area] = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)
    source: str = Field("", exclude=True)
    _file_sha256: str = PrivateAttr("")

    @property
    def file_sha256(self) -> str:
        """SHA-256 of the bytes this rubric was read from ("" if not read from a file)."""
        return self._file_sha256

    @property
    def top_level(self) -> int:
        return len(self.scale)

    @property
    def bottom_level(self) -> int:
        return 1

    def level_info(self, level: int) -> Level:
        return self.scale[level - 1]

    def level_for_score(self, score: float) -> int:
        lvl = 1
        for i, lv in enumerate(self.scale, start=1):
            if score >= lv.min_score - 1e-9:
                lvl = i
        return lvl

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)

    def criterion(self, cid: str) -> Criterion:
        return next(c for c in self.criteria if c.id == cid)

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, v: Any) -> str:
        return str(v)

    @model_validator(mode="after")
    def _consistent(self) -> Rubric:
        mins = [lv.min_score for lv in self.scale]
        if mins[0] != 0:
            raise ValueError("scale: the lowest level must have min_score 0")
        if any(b <= a for a, b in zip(mins, mins[1:], strict=False)):
            raise ValueError("scale: min_score must rise strictly from the lowest level to the highest")
        area_ids = [a.id for a in self.areas]
        if len(set(area_ids)) != len(area_ids):
            raise ValueError("areas: duplicate area id")
        seen: set[str] = set()
        for c in self.criteria:
            if c.id in seen:
                raise ValueError(f"criteria: duplicate criterion id {c.id}")
            seen.add(c.id)
            if c.area not in area_ids:
                raise ValueError(f"criteria {c.id}: area {c.area!r} is not one of {area_ids}")
        return self


def _loc(loc: tuple) -> str:
    return ".".join(str(p) for p in loc)


def parse_rubric(data: Any, source: str = "<rubric>", *, check_patterns: bool = True) -> Rubric:
    """Validate rubric data; raise :class:`RubricError` listing every problem found.

    ``check_patterns=False`` (only for the packaged rubric's own bytes, see
    :func:`load_rubric_bytes`) skips compiling and guarding its ~2,900 regular expressions,
    which ``ehcaudit rubric check`` and the tests check in full; everything else is validated.
    """
    if check_patterns:
        return _parse_rubric(data, source)
    with trusted_patterns():
        return _parse_rubric(data, source)


def _parse_rubric(data: Any, source: str) -> Rubric:
    """Validate rubric data; patterns unchecked inside :func:`trusted_patterns` (one flag, read by
    the parameter models and by the guard below alike)."""
    if not isinstance(data, dict):
        raise RubricError(source, [("", "a rubric must be a YAML mapping (id, version, title, scale, areas, criteria)")])
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as e:
        problems: list[tuple[str, str]] = []
        for err in e.errors():
            path = _loc(err["loc"])
            # Name the criterion by id rather than list index where we can.
            loc = err["loc"]
            if len(loc) >= 2 and loc[0] == "criteria" and isinstance(loc[1], int):
                try:
                    cid = data["criteria"][loc[1]].get("id")
                    if cid:
                        path = _loc(("criteria", cid, *loc[2:]))
                except (KeyError, IndexError, AttributeError, TypeError):
                    pass
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}"
            problems.append((path, msg))
        raise RubricError(source, problems) from None

    kinds = registry()
    problems = []
    top = rubric.top_level
    for c in rubric.criteria:
        kind = kinds.get(c.check.kind)
        if kind is None:
            problems.append((f"criteria.{c.id}.check.kind", f"unknown check kind {c.check.kind!r}; known: {sorted(kinds)}"))
            continue
        try:
            c.params = kind.params.model_validate(c.check.params_dict())
        except ValidationError as e:
            for err in e.errors():
                msg = f"unknown key {err['loc'][-1]!r}" if err["type"] == "extra_forbidden" else err["msg"]
                problems.append((f"criteria.{c.id}.check.{_loc(err['loc'])}", msg))
            continue
        read = getattr(c.params, "sections", None)  # the check's own sections: within the criterion's
        if isinstance(read, list | tuple) and "-" not in c.sections:
            outside = [s for s in read if s not in c.sections and s != "-"]
            if outside:
                problems.append((f"criteria.{c.id}.check.sections",
                                 f"reads section(s) {', '.join(outside)}, which the criterion's sections "
                                 f"({', '.join(c.sections)}) do not list: a check sees only its criterion's sections"))
        for path, reason in check_params(c.params) if not patterns_trusted() else ():  # every pattern compiles, none can hang
            problems.append((f"criteria.{c.id}.check.{path}", reason))
        for lvl in _levels_in(c.params):
            if not 1 <= lvl <= top:
                problems.append((f"criteria.{c.id}.check", f"level {lvl} is outside the scale 1..{top}"))
    if problems:
        raise RubricError(source, problems)
    rubric.source = source
    return rubric


def _levels_in(params: Params) -> list[int]:
    """Every level number mentioned in a check's parameters (to check they fit the scale)."""

    out: list[int] = []
    for name, value in params:
        if isinstance(value, Bands):
            out.extend(value.levels())
        elif name.endswith("_level") and isinstance(value, int):
            out.append(value)
    return out


@lru_cache(maxsize=1)
def _packaged_sha256() -> str:
    return file_sha256(default_rubric_bytes())


def load_rubric(path: str | Path, *, check_patterns: bool = False) -> Rubric:
    """The rubric file at ``path``, validated (see :func:`load_rubric_bytes`)."""
    p = Path(path)

    try:
        data = read_limited(p, MAX_RUBRIC_BYTES, "rubric")
    except FileNotFoundError:
        raise RubricError(str(p), [("", "file not found")]) from None
    except OSError as e:
        raise RubricError(str(p), [("", f"cannot read: {e.strerror or e}")]) from None
    return load_rubric_bytes(data, str(p), check_patterns=check_patterns)


def load_rubric_bytes(data: bytes, source: str, *, check_patterns: bool = False) -> Rubric:
    """Validate a rubric file's bytes (``source`` names it in errors).

    Every pattern of a rubric is compiled and guarded (:mod:`ehcaudit.rubric.regex_guard`)
    unless its bytes are exactly the packaged rubric's (SHA-256) and ``check_patterns`` is
    False: those ~2,900 patterns (0.8 s of every process that loads the rubric) are checked in
    full by ``ehcaudit rubric check`` (which passes ``check_patterns=True``) and by the tests,
    and each is compiled by its check on first use.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RubricError(source, [("", f"cannot read: {e}")]) from None
    try:
        tree = safe_load(text)  # libyaml when present (ehcaudit.yaml_safe)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        raise RubricError(source, [(where, f"not valid YAML: {getattr(e, 'problem', e)}")]) from None
    sha = file_sha256(data)
    rubric = parse_rubric(tree, source, check_patterns=check_patterns or sha != _packaged_sha256())
    rubric._file_sha256 = sha
    return rubric
