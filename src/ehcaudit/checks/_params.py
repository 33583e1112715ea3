"""Parameter models shared by the care and provision checks: word lists that must compile as
regular expressions, and how a provision section is split into items (no check kinds here).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field, model_validator

from ehcaudit.checks._items import Item, provision_items
from ehcaudit.model import Block
from ehcaudit.regex_cache import compiles, patterns_trusted
from ehcaudit.rubric.registry import Params, optional_list


class CareParams(Params):
    """Parameters whose word lists are regular expressions: a bad pattern is a rubric error, not a crash."""

    ALL_TEXT_IS_REGEX = True

    @model_validator(mode="after")
    def _patterns_compile(self):
        if patterns_trusted():  # the packaged rubric's own bytes: checked by `rubric check` and the tests
            return self
        for name, value in self:
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                for v in value:
                    e = compiles(v)  # as re.compile(v), checked once a process (ehcaudit.regex_cache)
                    if e is not None:
                        raise ValueError(f"{name}: {v!r} is not a valid regular expression ({e})") from None
        return self


class DeadlineParams(CareParams):
    """By when a one-off piece of work is done: health (HC-PROVISION-SPECIFIC) and social care
    (SC-PROVISION-SPECIFIC) provision read it alike, so the rubric gives both one list."""

    deadline_patterns: list[str] = optional_list(
        "By when (besides a date), for health and social care provision alike: 'by the end of the autumn term', "
        "'before his 18th birthday', 'at his next annual review'")


class ProvisionPatterns(CareParams):
    """How a provision section (G, or H1/H2) is split into items and read."""

    blank_patterns: list[str] = Field(description="Whole-text phrases that say nothing")
    none_patterns: list[str] = Field(description="Statements that there is no provision in this section")
    min_item_words: int = Field(3, ge=1, description="Shorter lines are labels, not provision")
    skip_patterns: list[str] = optional_list("Lines that are not provision (sign-off)")

    def items(self, blocks: Sequence[Block]) -> tuple[list[Item], list[Item], list[Item]]:
        return provision_items(blocks, self.blank_patterns, self.none_patterns, self.min_item_words, self.skip_patterns)
