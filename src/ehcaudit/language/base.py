"""What every proofreading engine returns, whatever it is (Harper in-process, or a LanguageTool
server the user runs). Checks, the ``proofread`` command and the benchmark consume only this.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, Protocol

#: ``spelling`` and ``grammar`` count against LG-SPELLING / LG-GRAMMAR; ``style`` is opinion
#: (reported by ``proofread``, never counted as an error).
IssueKind = Literal["spelling", "grammar", "style"]


@dataclass(frozen=True)
class LangIssue:
    """One problem found in a piece of text. Offsets are character offsets into that text."""

    kind: IssueKind
    start: int
    end: int
    text: str  # the offending words, text[start:end]
    message: str
    suggestions: tuple[str, ...] = field(default_factory=tuple)
    rule: str = ""  # the engine's own rule name, e.g. "harper:SpellCheck" or "lt:EN_A_VS_AN"


class EngineError(Exception):
    """A proofreading engine cannot be used. The message is one line a person can act on.

    Defined here, below the engines, so that ``engines`` (which chooses one) and each engine
    (which raises it) import it without importing each other."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class Engine(Protocol):
    """A proofreading engine. Built once per process and reused for every plan."""

    name: str

    def check(self, text: str) -> list[LangIssue]:
        """Problems in one block of plain text (a paragraph, list item or table cell)."""
        ...

    def check_many(self, texts: list[str]) -> list[list[LangIssue]]:
        """Problems in many blocks at once (engines may batch); one list per input text."""
        ...


def block_at(starts: list[int], offset: int) -> int:
    """Index of the block holding ``offset`` in text made by joining blocks that begin at
    ``starts`` (engines lint many blocks in one call and map each finding back)."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def batches(lengths: list[int], limit: int, sep: int) -> list[list[int]]:
    """Indices of texts of these ``lengths`` in consecutive batches, each joined by a separator
    of ``sep`` characters into at most ``limit`` characters where it can be (a longer text is a
    batch of its own): engines check many blocks in one call."""
    out: list[list[int]] = []
    cur: list[int] = []
    size = 0
    for i, n in enumerate(lengths):
        if cur and size + n + sep > limit:
            out.append(cur)
            cur, size = [], 0
        cur.append(i)
        size += n + sep
    if cur:
        out.append(cur)
    return out


#: The vocabularies shipped with ehcaudit (package data under ``ehcaudit/data``): words that are
#: correct in EHC plans and in British public-sector writing, never reported as misspelt.
BUNDLED_VOCABULARIES = (
    "send-vocabulary.txt", "public-sector-vocabulary.txt", "clinical-vocabulary.txt", "family-vocabulary.txt",
)
