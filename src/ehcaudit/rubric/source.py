"""A rubric file as read, and the facts an audit run records of it, without pydantic.

Validating a rubric (YAML, schema, every criterion's parameters, every regular expression)
imports every check and takes about 0.15 s: most of a re-audit in which nothing changed.
So each run records the SHA-256 of the rubric file's bytes beside what it needs of the
rubric (id, version, content digest, scale). An audit whose rubric file has the same bytes,
under the same ehcaudit code (``tool_version``), as an earlier run's was validated by that
run: it takes those facts from the store (:class:`KnownRubric`) and validates the rubric only
if a plan has to be scored. Any other rubric is validated before anything is written.

This module imports nothing heavy: ``ehcaudit audit`` on unchanged plans never loads
pydantic, the checks or the reader.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# re-exported: callers import them from here (they live in .files so that schema need not
# import this module, which imports schema to validate a KnownRubric)
from ehcaudit.rubric.files import DEFAULT_RUBRIC_NAME as DEFAULT_RUBRIC_NAME
from ehcaudit.rubric.files import default_rubric_bytes as default_rubric_bytes
from ehcaudit.rubric.files import default_rubric_path as default_rubric_path
from ehcaudit.rubric.files import file_sha256 as file_sha256

if TYPE_CHECKING:
    from ehcaudit.rubric.schema import Rubric


def rubric_digest(rubric: Any) -> str:
    """SHA-256 of the rubric's validated content (any change to a criterion changes it)."""
    return hashlib.sha256(rubric.model_dump_json().encode()).hexdigest()


@dataclass(frozen=True)
class RubricFacts:
    """What a run records of its rubric, and all a re-audit of unchanged plans needs."""

    id: str
    version: str
    digest: str  # rubric_digest of the validated rubric
    scale: tuple[str, ...]  # level labels, lowest first
    file_sha256: str = ""  # SHA-256 of the file's bytes; "" for a rubric not read from a file


class KnownRubric:
    """A rubric file that an earlier run validated: same bytes, same ehcaudit code.

    ``id``, ``version`` and the facts come from that run; :meth:`load` validates the same
    bytes (never the file again, which may have changed since) when plans must be scored.
    """

    def __init__(self, path: Path, data: bytes, facts: RubricFacts) -> None:
        self.path, self._data, self.facts = path, data, facts
        self.id, self.version = facts.id, facts.version  # what reuse keys are made of
        self._rubric: Rubric | None = None

    def load(self) -> Rubric:
        """The validated rubric. Raises :class:`~ehcaudit.errors.RubricError`."""
        if self._rubric is None:
            # lazy: rubric.schema loads pydantic (about 0.25 s); a warm re-audit reuses the stored
            # rubric without it
            from ehcaudit.rubric.schema import load_rubric_bytes

            self._rubric = load_rubric_bytes(self._data, str(self.path))
        return self._rubric


def rubric_facts(rubric: Rubric | KnownRubric) -> RubricFacts:
    if isinstance(rubric, KnownRubric):
        return rubric.facts
    return RubricFacts(rubric.id, rubric.version, rubric_digest(rubric),
                       tuple(lv.label for lv in rubric.scale), rubric.file_sha256)


def full_rubric(rubric: Rubric | KnownRubric) -> Rubric:
    return rubric.load() if isinstance(rubric, KnownRubric) else rubric
